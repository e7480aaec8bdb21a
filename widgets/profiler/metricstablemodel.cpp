// The metrics table's rows and cells.
#include "metricstablemodel.h"

#include "metricsexport.h"

#include <algorithm>
#include <unordered_map>

namespace ryuk {

MetricsTableModel::MetricsTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int MetricsTableModel::rowOf(const std::string &kind) const
{
    const auto it = std::find_if(mStats.begin(), mStats.end(), [&](const KindStats &k) { return k.kind == kind; });
    return it == mStats.end() ? -1 : int(it - mStats.begin());
}

void MetricsTableModel::setStats(std::vector<KindStats> stats)
{
    std::unordered_map<std::string, std::size_t> incoming;
    for (std::size_t i = 0; i < stats.size(); ++i)
        incoming.emplace(stats[i].kind, i);
    const bool lostOne = std::any_of(mStats.begin(), mStats.end(), [&](const KindStats &k) { return !incoming.count(k.kind); });
    if (lostOne) {
        beginResetModel();
        mStats = std::move(stats);
        endResetModel();
        return;
    }
    std::vector<KindStats> added;
    for (KindStats &k : stats) {
        const int row = rowOf(k.kind);
        if (row < 0) {
            added.push_back(std::move(k));
        } else {
            mStats[std::size_t(row)] = std::move(k);
        }
    }
    if (!mStats.empty())
        emit dataChanged(index(0, 0), index(int(mStats.size()) - 1, ColumnCount - 1));
    if (!added.empty()) {
        beginInsertRows({}, int(mStats.size()), int(mStats.size() + added.size()) - 1);
        for (KindStats &k : added)
            mStats.push_back(std::move(k));
        endInsertRows();
    }
}

int MetricsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mStats.size());
}

int MetricsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(mStats.size()))
        return {};
    const KindStats &k = mStats[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Kind ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case Kind:
        return QString::fromStdString(k.kind);
    case Count:
        return display ? QVariant(QString::number(k.count)) : QVariant(k.count);
    case Min:
        return display ? QVariant(metricsexport::micros(k.minNs)) : QVariant(k.minNs);
    case Mean:
        return display ? QVariant(metricsexport::micros(k.meanNs)) : QVariant(k.meanNs);
    case P50:
        return display ? QVariant(metricsexport::micros(k.p50Ns)) : QVariant(k.p50Ns);
    case P95:
        return display ? QVariant(metricsexport::micros(k.p95Ns)) : QVariant(k.p95Ns);
    case P99:
        return display ? QVariant(metricsexport::micros(k.p99Ns)) : QVariant(k.p99Ns);
    case Max:
        return display ? QVariant(metricsexport::micros(k.maxNs)) : QVariant(k.maxNs);
    case Rows:
        return display ? QVariant(QString::number(k.rows)) : QVariant(k.rows);
    default:
        return {};
    }
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case Count:
        return tr("Count");
    case Min:
        return tr("Min µs");
    case Mean:
        return tr("Mean µs");
    case P50:
        return tr("P50 µs");
    case P95:
        return tr("P95 µs");
    case P99:
        return tr("P99 µs");
    case Max:
        return tr("Max µs");
    case Rows:
        return tr("Rows");
    default:
        return {};
    }
}

} // namespace ryuk
