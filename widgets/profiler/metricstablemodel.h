// The metrics table: one row per query kind (count, min, mean, p50, p95, p99,
// max in microseconds, rows), updated in place so a selection survives.
#pragma once

#include "metrics/querymetrics.h"

#include <QAbstractTableModel>

#include <vector>

namespace ryuk {

class MetricsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, Count, Min, Mean, P50, P95, P99, Max, Rows, ColumnCount };
    // The number behind a cell, for sorting.
    static constexpr int SortRole = Qt::UserRole;

    explicit MetricsTableModel(QObject *parent = nullptr);

    // Rows of kinds seen before are updated in place, new kinds are added at
    // the end; if a kind went away (a reset) the table starts over.
    void setStats(std::vector<KindStats> stats);
    const std::vector<KindStats> &stats() const { return mStats; }
    // -1 if the kind has no row.
    int rowOf(const std::string &kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<KindStats> mStats;
};

} // namespace ryuk
