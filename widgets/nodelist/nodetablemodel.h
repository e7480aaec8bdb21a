// A table of a story's nodes for item views, fetched page by page from the store.
#pragma once

#include "core/error.h"
#include "core/story.h"

#include <QAbstractTableModel>

#include <optional>
#include <string>
#include <vector>

namespace ryuk {

class StoryStore;

class NodeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, TypeColumn, LabelColumn, ChapterColumn, SequenceColumn, XColumn, YColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        NodeIdRole = Qt::UserRole + 1, // the node id as a QString, whatever the column
        NodeTypeRole,                  // the node type as a QString
        ValueRole,                     // the cell as a typed value (qint64, double or QString), for sorting and copying
    };

    static constexpr int DefaultPageSize = 500;

    explicit NodeTableModel(QObject *parent = nullptr);
    ~NodeTableModel() override;

    // The store is not owned; call setStore(nullptr) before it is destroyed.
    // Setting a store resets the model and loads the first page.
    void setStore(StoryStore *store);
    StoryStore *store() const { return mStore; }

    // std::nullopt lists every type. Changing the filter resets the model.
    void setTypeFilter(std::optional<std::string> type);
    const std::optional<std::string> &typeFilter() const { return mTypeFilter; }

    // Rows asked of the store at a time, 1 to MaxPageLimit. Takes effect on the next reset.
    void setPageSize(int rows);
    int pageSize() const { return mPageSize; }

    // Drops the loaded rows and loads the first page again, e.g. after the story changed.
    void reload();

    // How many nodes match the filter, loaded or not (the store's count at the last fetch).
    qint64 totalCount() const { return mTotal; }
    int loadedCount() const { return int(mRows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);
    // The number of loaded rows or the total changed (after a reset or a fetch).
    void loadedCountChanged();

private:
    // One node as shown: decoded once when its page arrives, so painting never parses JSON.
    struct Row
    {
        QString id;
        QString type;
        QString label;
        std::optional<qint64> chapter;
        std::optional<qint64> sequence;
        double x = 0;
        double y = 0;
    };

    struct FetchedPage
    {
        std::vector<Row> rows;
        Pagination pagination;
    };

    static Row rowFromNode(const Node &node);
    QVariant displayValue(const Row &row, int column) const;
    QVariant typedValue(const Row &row, int column) const;

    // Asks the store for the next page without touching the model, so a failed
    // fetch leaves it as it was; appendPage() then takes the rows in.
    Result<FetchedPage> fetchPage() const;
    void appendPage(FetchedPage &&page);

    StoryStore *mStore = nullptr;
    std::optional<std::string> mTypeFilter;
    int mPageSize = DefaultPageSize;
    std::vector<Row> mRows;
    qint64 mTotal = 0;
    qint64 mNextPage = 1;
    bool mHasMore = false;
    // Set when a fetch failed, so a view scrolling to the end does not retry in a loop.
    bool mFetchFailed = false;
};

} // namespace ryuk
