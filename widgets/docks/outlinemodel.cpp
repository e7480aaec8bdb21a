// The outline of a story: its nodes grouped by type (Scenes further by
// chapter), filled lazily so a story of 100,000 nodes costs one pass of counts.
#include "outlinemodel.h"

#include "document/storydocument.h"

#include <QFont>

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

namespace ryuk {

namespace {

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Well-known types first, in the order authors think of them; then the rest by name.
int typeRank(const std::string &type)
{
    if (type == NodeType::Scene)
        return 0;
    if (type == NodeType::Character)
        return 1;
    if (type == NodeType::Choice)
        return 2;
    if (type == NodeType::Event)
        return 3;
    return 4;
}

} // namespace

OutlineModel::OutlineModel(QObject *parent) : QAbstractItemModel(parent) {}

OutlineModel::~OutlineModel() = default;

void OutlineModel::setDocument(StoryDocument *document)
{
    mDocument = document;
    rebuild();
}

void OutlineModel::setFilter(const QString &text)
{
    if (text == mFilter)
        return;
    mFilter = text;
    rebuild();
}

bool OutlineModel::matches(const GraphVertex &vertex) const
{
    if (!vertex.alive)
        return false;
    if (mFilter.isEmpty())
        return true;
    return qstr(vertex.label).contains(mFilter, Qt::CaseInsensitive)
            || qstr(vertex.id).contains(mFilter, Qt::CaseInsensitive);
}

bool OutlineModel::lessThan(VertexIndex a, VertexIndex b) const
{
    const StoryGraph &graph = mDocument->graph();
    const GraphVertex &va = graph.vertex(a);
    const GraphVertex &vb = graph.vertex(b);
    // Scenes in reading order within their chapter; the rest by name. A
    // missing sequence sorts after every present one.
    return std::make_tuple(!va.sequence, va.sequence.value_or(0), std::string_view(va.label), std::string_view(va.id))
            < std::make_tuple(!vb.sequence, vb.sequence.value_or(0), std::string_view(vb.label),
                              std::string_view(vb.id));
}

void OutlineModel::rebuild()
{
    beginResetModel();
    mRoot.children.clear();
    mOwner.clear();
    if (mDocument) {
        const StoryGraph &graph = mDocument->graph();
        mOwner.assign(graph.vertexSlots(), nullptr);
        // One pass; groups are looked up by type index and chapter (a
        // generated story has thousands of chapters), then put in order.
        std::unordered_map<std::uint16_t, Group *> types;
        std::map<std::pair<bool, qint64>, Group *> chapters; // (no chapter, chapter): "No chapter" last
        auto make = [](Group *parent) {
            parent->children.push_back(std::make_unique<Group>());
            Group *group = parent->children.back().get();
            group->parent = parent;
            return group;
        };
        for (VertexIndex v = 0; v < graph.vertexSlots(); ++v) {
            const GraphVertex &vertex = graph.vertex(v);
            if (!matches(vertex))
                continue;
            Group *&typeGroup = types[vertex.typeIndex];
            if (!typeGroup) {
                typeGroup = make(&mRoot);
                typeGroup->type = graph.typeName(vertex.typeIndex);
            }
            Group *group = typeGroup;
            if (isSceneType(typeGroup)) {
                Group *&chapterGroup = chapters[{!vertex.chapter, vertex.chapter.value_or(0)}];
                if (!chapterGroup) {
                    chapterGroup = make(typeGroup);
                    chapterGroup->type = typeGroup->type;
                    chapterGroup->isChapter = true;
                    chapterGroup->chapter = vertex.chapter;
                }
                group = chapterGroup;
            }
            mOwner[v] = group;
            for (Group *g = group; g != &mRoot; g = g->parent)
                ++g->count;
        }
        std::sort(mRoot.children.begin(), mRoot.children.end(), [](const auto &a, const auto &b) {
            return std::make_tuple(typeRank(a->type), std::string_view(a->type))
                    < std::make_tuple(typeRank(b->type), std::string_view(b->type));
        });
        renumber(&mRoot);
        for (const auto &typeGroup : mRoot.children) {
            std::sort(typeGroup->children.begin(), typeGroup->children.end(), [](const auto &a, const auto &b) {
                return std::make_tuple(!a->chapter, a->chapter.value_or(0))
                        < std::make_tuple(!b->chapter, b->chapter.value_or(0));
            });
            renumber(typeGroup.get());
        }
    }
    endResetModel();
}

OutlineModel::Group *OutlineModel::childGroup(Group *parent, const GraphVertex &vertex)
{
    const bool chapterLevel = isSceneType(parent);
    // Find the group, or where it goes: chapters by binary search (there may
    // be thousands), types in a short walk.
    auto &children = parent->children;
    std::size_t at = 0;
    if (chapterLevel) {
        const auto key = std::make_tuple(!vertex.chapter, vertex.chapter.value_or(0));
        const auto it = std::lower_bound(children.begin(), children.end(), key, [](const auto &g, const auto &k) {
            return std::make_tuple(!g->chapter, g->chapter.value_or(0)) < k;
        });
        if (it != children.end() && (*it)->chapter == vertex.chapter)
            return it->get();
        at = std::size_t(it - children.begin());
    } else {
        const std::string &type = mDocument->graph().typeName(vertex.typeIndex);
        for (; at < children.size(); ++at) {
            const Group &g = *children[at];
            if (g.type == type)
                return children[at].get();
            if (std::make_tuple(typeRank(type), std::string_view(type))
                < std::make_tuple(typeRank(g.type), std::string_view(g.type)))
                break;
        }
    }
    auto group = std::make_unique<Group>();
    group->parent = parent;
    group->type = chapterLevel ? parent->type : mDocument->graph().typeName(vertex.typeIndex);
    group->isChapter = chapterLevel;
    if (chapterLevel)
        group->chapter = vertex.chapter;
    Group *raw = group.get();
    beginInsertRows(indexOfGroup(parent), int(at), int(at));
    children.insert(children.begin() + qsizetype(at), std::move(group));
    renumber(parent);
    raw->membersKnown = true; // made for a new node: complete, and empty until it is added
    endInsertRows();
    return raw;
}

OutlineModel::Group *OutlineModel::groupFor(const GraphVertex &vertex)
{
    Group *typeGroup = childGroup(&mRoot, vertex);
    return isSceneType(typeGroup) ? childGroup(typeGroup, vertex) : typeGroup;
}

void OutlineModel::renumber(Group *parent)
{
    for (std::size_t i = 0; i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
}

OutlineModel::Group *OutlineModel::groupOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return const_cast<Group *>(&mRoot);
    auto *parent = static_cast<Group *>(index.internalPointer());
    if (parent->children.empty())
        return nullptr; // a node row
    return parent->children[std::size_t(index.row())].get();
}

QModelIndex OutlineModel::indexOfGroup(const Group *group) const
{
    if (group == &mRoot || !group)
        return {};
    return createIndex(group->row, 0, group->parent);
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    Group *group = groupOf(parent);
    if (!group)
        return {};
    const int rows = group->children.empty() ? group->loaded : int(group->children.size());
    if (row >= rows)
        return {};
    return createIndex(row, column, group);
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    auto *parent = static_cast<Group *>(child.internalPointer());
    return indexOfGroup(parent);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Group *group = groupOf(parent);
    if (!group)
        return 0;
    return group->children.empty() ? group->loaded : int(group->children.size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool OutlineModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Group *group = groupOf(parent);
    if (!group)
        return false;
    return group == &mRoot ? !mRoot.children.empty() : group->count > 0;
}

bool OutlineModel::canFetchMore(const QModelIndex &parent) const
{
    const Group *group = parent.isValid() ? groupOf(parent) : nullptr;
    return group && holdsNodes(group) && group->loaded < group->count;
}

void OutlineModel::fetchMore(const QModelIndex &parent)
{
    Group *group = parent.isValid() ? groupOf(parent) : nullptr;
    if (!mDocument || !group || !holdsNodes(group) || group->loaded >= group->count)
        return;
    if (!group->membersKnown) {
        for (VertexIndex v = 0; v < mOwner.size(); ++v) {
            if (mOwner[v] == group)
                group->members.push_back(v);
        }
        std::sort(group->members.begin(), group->members.end(),
                  [this](VertexIndex a, VertexIndex b) { return lessThan(a, b); });
        group->membersKnown = true;
    }
    const int last = int(std::min<qint64>(group->loaded + PageSize, qint64(group->members.size())));
    if (last <= group->loaded)
        return;
    beginInsertRows(parent, group->loaded, last - 1);
    group->loaded = last;
    endInsertRows();
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !mDocument)
        return {};
    if (const Group *group = groupOf(index)) {
        if (role == CountRole)
            return group->count;
        if (role == Qt::FontRole && index.column() == NameColumn) {
            QFont font;
            font.setBold(!group->isChapter); // types stand out from their chapters
            return font;
        }
        if (role != Qt::DisplayRole || index.column() != NameColumn)
            return {};
        QString title;
        if (!group->isChapter)
            title = qstr(group->type);
        else if (group->chapter)
            title = tr("Chapter %1").arg(*group->chapter);
        else
            title = tr("No chapter");
        return tr("%1 (%2)").arg(title).arg(group->count);
    }
    const auto *parent = static_cast<const Group *>(index.internalPointer());
    const VertexIndex v = parent->members[std::size_t(index.row())];
    const GraphVertex &vertex = mDocument->graph().vertex(v);
    switch (role) {
    case VertexRole:
        return uint(v);
    case Qt::ToolTipRole:
        return qstr(vertex.id);
    case Qt::DisplayRole:
        if (index.column() == IdColumn)
            return qstr(vertex.id);
        if (vertex.label.empty())
            return qstr(vertex.id);
        if (parent->isChapter && vertex.sequence)
            return tr("%1. %2").arg(*vertex.sequence).arg(qstr(vertex.label));
        return qstr(vertex.label);
    default:
        return {};
    }
}

QVariant OutlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Id");
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | (groupOf(index) ? Qt::NoItemFlags : Qt::ItemNeverHasChildren);
}

VertexIndex OutlineModel::vertexAt(const QModelIndex &index) const
{
    if (!index.isValid() || groupOf(index))
        return NoVertex;
    const auto *parent = static_cast<const Group *>(index.internalPointer());
    return parent->members[std::size_t(index.row())];
}

QModelIndex OutlineModel::indexOfVertex(VertexIndex v, int column) const
{
    if (v >= mOwner.size() || !mOwner[v])
        return {};
    Group *group = mOwner[v];
    if (!group->membersKnown)
        return {};
    const auto it = std::lower_bound(group->members.begin(), group->members.end(), v,
                                     [this](VertexIndex a, VertexIndex b) { return lessThan(a, b); });
    if (it == group->members.end() || *it != v)
        return {};
    const auto row = int(it - group->members.begin());
    if (row >= group->loaded)
        return {};
    return createIndex(row, column, group);
}

qint64 OutlineModel::nodeCount() const
{
    qint64 total = 0;
    for (const auto &group : mRoot.children)
        total += group->count;
    return total;
}

void OutlineModel::countChanged(Group *group)
{
    for (Group *g = group; g && g != &mRoot; g = g->parent) {
        const QModelIndex index = indexOfGroup(g);
        emit dataChanged(index, index, {Qt::DisplayRole, CountRole});
    }
}

void OutlineModel::insertMember(Group *group, VertexIndex v)
{
    mOwner[v] = group;
    for (Group *g = group; g != &mRoot; g = g->parent)
        ++g->count;
    if (group->membersKnown) {
        const auto it = std::lower_bound(group->members.begin(), group->members.end(), v,
                                         [this](VertexIndex a, VertexIndex b) { return lessThan(a, b); });
        const auto row = int(it - group->members.begin());
        // Rows past the loaded part stay for a later fetch; only shown rows are announced.
        const bool shown = row <= group->loaded && (row < group->loaded || group->loaded == int(group->members.size()));
        if (shown)
            beginInsertRows(indexOfGroup(group), row, row);
        group->members.insert(it, v);
        if (shown) {
            ++group->loaded;
            endInsertRows();
        }
    }
    countChanged(group);
}

void OutlineModel::removeMember(Group *group, VertexIndex v)
{
    mOwner[v] = nullptr;
    for (Group *g = group; g != &mRoot; g = g->parent)
        --g->count;
    if (group->membersKnown) {
        // The vertex may already have changed (its sort key with it), so look it up by value.
        const auto it = std::find(group->members.begin(), group->members.end(), v);
        if (it != group->members.end()) {
            const auto row = int(it - group->members.begin());
            const bool shown = row < group->loaded;
            if (shown)
                beginRemoveRows(indexOfGroup(group), row, row);
            group->members.erase(it);
            if (shown) {
                --group->loaded;
                endRemoveRows();
            }
        }
    }
    countChanged(group);
    dropIfEmpty(group);
}

void OutlineModel::dropIfEmpty(Group *group)
{
    while (group && group != &mRoot && group->count == 0) {
        Group *parent = group->parent;
        beginRemoveRows(indexOfGroup(parent), group->row, group->row);
        parent->children.erase(parent->children.begin() + group->row);
        renumber(parent);
        endRemoveRows();
        group = parent;
    }
}

void OutlineModel::applyChanges(const std::vector<StoryChange> &changes)
{
    if (!mDocument)
        return;
    const StoryGraph &graph = mDocument->graph();
    bool sweep = false;
    for (const StoryChange &change : changes) {
        switch (change.kind) {
        case StoryChange::Kind::Reset:
            rebuild();
            return;
        case StoryChange::Kind::NodeRemoved:
            sweep = true; // its id no longer leads to its index: swept below, once per batch
            break;
        case StoryChange::Kind::NodeAdded:
        case StoryChange::Kind::NodeChanged: {
            const VertexIndex v = graph.findVertex(change.id);
            if (v == NoVertex)
                break;
            if (mOwner.size() < graph.vertexSlots())
                mOwner.resize(graph.vertexSlots(), nullptr);
            const GraphVertex &vertex = graph.vertex(v);
            Group *old = mOwner[v];
            if (old && matches(vertex) && groupFor(vertex) == old) {
                // Same group: the row moves only if its place in the order changed.
                if (!old->membersKnown)
                    break;
                const auto it = std::find(old->members.begin(), old->members.end(), v);
                const bool inOrder = it != old->members.end() && (it == old->members.begin() || lessThan(*(it - 1), v))
                        && (it + 1 == old->members.end() || lessThan(v, *(it + 1)));
                if (inOrder) {
                    const auto row = int(it - old->members.begin());
                    if (row < old->loaded)
                        emit dataChanged(createIndex(row, NameColumn, old), createIndex(row, IdColumn, old));
                    break;
                }
            }
            if (old)
                removeMember(old, v);
            if (matches(vertex))
                insertMember(groupFor(vertex), v);
            break;
        }
        default:
            break;
        }
    }
    if (sweep) {
        for (VertexIndex v = 0; v < mOwner.size(); ++v) {
            if (mOwner[v] && !graph.vertex(v).alive)
                removeMember(mOwner[v], v);
        }
    }
}

} // namespace ryuk
