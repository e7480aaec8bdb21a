// A table of a story's nodes for item views, fetched page by page from the store.
#include "nodetablemodel.h"

#include "core/properties.h"
#include "store/storystore.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <charconv>
#include <iterator>
#include <string_view>

namespace ryuk {

namespace {

// The property that names a node of each well-known type.
const char *labelKeyFor(const std::string &type)
{
    if (type == NodeType::Character)
        return "name";
    if (type == NodeType::Choice)
        return "text";
    return "title"; // Scene, Event
}

// Tried in turn for custom types, and for nodes that lack their type's own field.
constexpr std::array<const char *, 4> FallbackLabelKeys = {"title", "name", "text", "label"};

std::optional<qint64> integerProperty(std::string_view properties, std::string_view key)
{
    const std::optional<std::string> json = propertyJson(properties, key);
    if (!json)
        return std::nullopt;
    qint64 value = 0;
    const char *end = json->data() + json->size();
    const auto [ptr, ec] = std::from_chars(json->data(), end, value);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

bool isNumericColumn(int column)
{
    return column == NodeTableModel::ChapterColumn || column == NodeTableModel::SequenceColumn
            || column == NodeTableModel::XColumn || column == NodeTableModel::YColumn;
}

} // namespace

NodeTableModel::NodeTableModel(QObject *parent) : QAbstractTableModel(parent) {}

NodeTableModel::~NodeTableModel() = default;

void NodeTableModel::setStore(StoryStore *store)
{
    mStore = store;
    reload();
}

void NodeTableModel::setTypeFilter(std::optional<std::string> type)
{
    if (type == mTypeFilter)
        return;
    mTypeFilter = std::move(type);
    reload();
}

void NodeTableModel::setPageSize(int rows)
{
    mPageSize = std::clamp(rows, 1, MaxPageLimit);
}

void NodeTableModel::reload()
{
    beginResetModel();
    mRows.clear();
    mRows.shrink_to_fit();
    mTotal = 0;
    mNextPage = 1;
    mHasMore = false;
    // The first page comes with the reset so that views and callers see a row
    // count and a total at once; the rest waits until a view scrolls to it.
    std::optional<Error> error;
    if (mStore) {
        Result<FetchedPage> page = fetchPage();
        if (page)
            appendPage(std::move(page).value());
        else
            error = page.takeError();
    }
    mFetchFailed = error.has_value();
    endResetModel();

    // Signals go out only once the model is consistent again.
    if (error)
        emit errorOccurred(error->toString());
    emit loadedCountChanged();
}

Result<NodeTableModel::FetchedPage> NodeTableModel::fetchPage() const
{
    NodeFilter filter;
    filter.type = mTypeFilter;
    Result<Page<Node>> page = mStore->nodes(filter, {mNextPage, mPageSize});
    if (!page)
        return page.takeError();
    FetchedPage fetched;
    fetched.pagination = page->pagination;
    fetched.rows.reserve(page->data.size());
    for (const Node &node : page->data)
        fetched.rows.push_back(rowFromNode(node));
    return fetched;
}

void NodeTableModel::appendPage(FetchedPage &&page)
{
    // No reserve() here: growing by exactly one page each time would copy every row on every page.
    std::move(page.rows.begin(), page.rows.end(), std::back_inserter(mRows));
    ++mNextPage;
    // An empty page ends the list even if the total says otherwise (the story
    // shrank since the last page), so a view never asks again in a loop.
    mHasMore = page.pagination.hasNext && !page.rows.empty();
    mTotal = mHasMore ? std::max(page.pagination.total, qint64(mRows.size())) : qint64(mRows.size());
}

NodeTableModel::Row NodeTableModel::rowFromNode(const Node &node)
{
    Row row;
    row.id = QString::fromStdString(node.id);
    row.type = QString::fromStdString(node.type);
    row.x = node.x;
    row.y = node.y;

    std::optional<std::string> label = propertyString(node.properties, labelKeyFor(node.type));
    for (const char *key : FallbackLabelKeys) {
        if (label)
            break;
        label = propertyString(node.properties, key);
    }
    // One line per row: line breaks in a choice's text would be clipped away.
    if (label)
        row.label = QString::fromStdString(*label).simplified();

    // Only Scenes have a chapter and a sequence; the same keys on other types are plain properties.
    if (node.type == NodeType::Scene) {
        row.chapter = integerProperty(node.properties, "chapter");
        row.sequence = integerProperty(node.properties, "sequence");
    }
    return row;
}

int NodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int NodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = mRows[std::size_t(index.row())];
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case Qt::ToolTipRole:
        // Ids and labels are the cells that get cut off; rich text makes long tooltips wrap.
        if (column == IdColumn)
            return row.id;
        if (column == LabelColumn && !row.label.isEmpty())
            return QString(QLatin1String("<p>") + row.label.toHtmlEscaped() + QLatin1String("</p>"));
        return {};
    case Qt::TextAlignmentRole:
        if (isNumericColumn(column))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case NodeIdRole:
        return row.id;
    case NodeTypeRole:
        return row.type;
    case ValueRole:
        return typedValue(row, column);
    default:
        return {};
    }
}

QVariant NodeTableModel::displayValue(const Row &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case IdColumn:
        return row.id;
    case TypeColumn:
        return row.type;
    case LabelColumn:
        return row.label;
    case ChapterColumn:
        return row.chapter ? locale.toString(*row.chapter) : QString();
    case SequenceColumn:
        return row.sequence ? locale.toString(*row.sequence) : QString();
    case XColumn:
        return locale.toString(row.x, 'f', QLocale::FloatingPointShortest);
    case YColumn:
        return locale.toString(row.y, 'f', QLocale::FloatingPointShortest);
    default:
        return {};
    }
}

QVariant NodeTableModel::typedValue(const Row &row, int column) const
{
    switch (column) {
    case ChapterColumn:
        return row.chapter ? QVariant(*row.chapter) : QVariant();
    case SequenceColumn:
        return row.sequence ? QVariant(*row.sequence) : QVariant();
    case XColumn:
        return row.x;
    case YColumn:
        return row.y;
    default:
        return displayValue(row, column);
    }
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(section + 1);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    if (role == Qt::TextAlignmentRole)
        return int((isNumericColumn(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case TypeColumn:
        return tr("Type");
    case LabelColumn:
        //: Column header: a Scene's or Event's title, a Character's name or a Choice's text.
        return tr("Title / Name");
    case ChapterColumn:
        return tr("Chapter");
    case SequenceColumn:
        return tr("Sequence");
    case XColumn:
        //: Column header: the node's horizontal position on the canvas.
        return tr("X");
    case YColumn:
        //: Column header: the node's vertical position on the canvas.
        return tr("Y");
    default:
        return {};
    }
}

bool NodeTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && mStore && mHasMore && !mFetchFailed;
}

void NodeTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;

    Result<FetchedPage> page = fetchPage();
    if (!page) {
        mFetchFailed = true;
        emit errorOccurred(page.error().toString());
        return;
    }
    const int first = int(mRows.size());
    const int count = int(page->rows.size());
    if (count > 0)
        beginInsertRows({}, first, first + count - 1);
    appendPage(std::move(page).value());
    if (count > 0)
        endInsertRows();
    emit loadedCountChanged();
}

} // namespace ryuk
