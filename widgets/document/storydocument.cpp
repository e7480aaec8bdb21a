// StoryDocument: edits as undo commands, the shared selection, and the guard
// against writing over changes another program made to the same file.
#include "storydocument.h"

#include "commands/addremoveelements.h"
#include "commands/changeproperties.h"
#include "commands/movenodes.h"
#include "core/properties.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace ryuk {

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

void markAll(std::vector<bool> &marks, const auto &indexes, std::size_t count)
{
    marks.assign(count, false);
    for (auto i : indexes)
        marks[i] = true;
}

// Sorted, without duplicates or indexes that are out of range or dead.
template<typename Index, typename Alive>
void tidy(std::vector<Index> &indexes, std::size_t count, const Alive &alive)
{
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    std::erase_if(indexes, [&](Index i) { return i >= count || !alive(i); });
}

} // namespace

StoryDocument::StoryDocument(std::unique_ptr<StoryStore> store, std::unique_ptr<StoryGraph> graph, QObject *parent)
    : QObject(parent), mStore(std::move(store)), mGraph(std::move(graph)), mUndoStack(new QUndoStack(this))
{
    qRegisterMetaType<std::vector<ryuk::StoryChange>>();
    qRegisterMetaType<std::vector<ryuk::VertexIndex>>();
    // The graph registered itself when it was built, so it hears of each
    // change before this document tells the views.
    mStore->addObserver(this);
    syncVersion();
}

StoryDocument::~StoryDocument()
{
    mStore->removeObserver(this);
    delete mUndoStack; // its commands point at this document
    mUndoStack = nullptr;
    mGraph.reset(); // it watches the store, so it goes first
}

// ---- Edits

Status StoryDocument::fail(Status status)
{
    if (!status) {
        mLastError = status.error().message;
        emit errorOccurred(mLastError);
    }
    return status;
}

bool StoryDocument::changedElsewhere() const
{
    auto version = mStore->externalVersion();
    return version && *version != mKnownVersion;
}

void StoryDocument::syncVersion()
{
    if (auto version = mStore->externalVersion())
        mKnownVersion = *version;
}

Status StoryDocument::checkWritable()
{
    auto version = mStore->externalVersion();
    if (!version)
        return version.takeError();
    if (*version != mKnownVersion) {
        return Error{ErrorKind::Conflict,
                     tr("%1 was changed by another program or window since it was opened here. Reload it "
                        "(File ▸ Reload) before editing; your change was not written.")
                             .arg(path()),
                     path(), 0, 0};
    }
    return {};
}

std::string StoryDocument::freshId(std::string_view type)
{
    std::string prefix;
    for (char c : type)
        prefix += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : (c == ' ' ? '_' : c);
    if (prefix.empty())
        prefix = "node";
    prefix += '-';
    for (;;) {
        std::string id = prefix + std::to_string(++mIdCounter);
        if (mGraph->findVertex(id) == NoVertex && mGraph->findEdge(id) == NoEdge)
            return id;
    }
}

std::string StoryDocument::defaultRelationshipType(NodeKind from, NodeKind to)
{
    const auto flow = [](NodeKind k) { return k == NodeKind::Scene || k == NodeKind::Choice; };
    if (flow(from) && flow(to))
        return RelationshipType::LeadsTo;
    if (from == NodeKind::Character)
        return to == NodeKind::Character ? RelationshipType::RelatesTo : RelationshipType::AppearsIn;
    if (from == NodeKind::Event)
        return RelationshipType::Triggers;
    return RelationshipType::RelatesTo;
}

Result<std::string> StoryDocument::addNode(const std::string &type, QPointF position)
{
    if (auto s = checkTypeName(type, "", "node"); !s)
        return fail(std::move(s)).takeError();
    QJsonObject properties;
    switch (nodeKindOf(type)) {
    case NodeKind::Scene: {
        // At the end of the last chapter: where a new scene usually goes.
        qint64 chapter = 1;
        qint64 sequence = 0;
        for (std::size_t v = 0; v < mGraph->vertexSlots(); ++v) {
            const GraphVertex &vertex = mGraph->vertex(VertexIndex(v));
            if (!vertex.alive || vertex.kind != NodeKind::Scene || !vertex.chapter)
                continue;
            if (*vertex.chapter > chapter) {
                chapter = *vertex.chapter;
                sequence = 0;
            }
            if (*vertex.chapter == chapter)
                sequence = std::max(sequence, vertex.sequence.value_or(0));
        }
        properties[QStringLiteral("title")] = tr("New scene");
        properties[QStringLiteral("chapter")] = chapter;
        properties[QStringLiteral("sequence")] = sequence + 1;
        break;
    }
    case NodeKind::Character:
        properties[QStringLiteral("name")] = tr("New character");
        properties[QStringLiteral("role")] = QStringLiteral("supporting");
        break;
    case NodeKind::Choice:
        properties[QStringLiteral("text")] = tr("New choice");
        properties[QStringLiteral("weight")] = 1;
        break;
    case NodeKind::Event:
        properties[QStringLiteral("title")] = tr("New event");
        properties[QStringLiteral("causality_level")] = 1;
        break;
    case NodeKind::Other:
        properties[QStringLiteral("title")] = tr("New %1").arg(qs(type));
        break;
    }
    Node node;
    node.id = freshId(type);
    node.type = type;
    node.x = position.x();
    node.y = position.y();
    node.properties = compactJson(properties);
    const QString text = tr("Add %1").arg(qs(type));
    auto command = std::make_unique<AddElements>(this, std::vector<Node>{node}, std::vector<Relationship>{}, text);
    if (auto s = command->execute(); !s)
        return fail(std::move(s)).takeError();
    mUndoStack->push(command.release());
    return node.id;
}

Result<std::string> StoryDocument::addRelationship(Relationship relationship)
{
    if (relationship.id.empty())
        relationship.id = freshId(relationship.type);
    const QString text = tr("Connect %1 to %2").arg(qs(relationship.from), qs(relationship.to));
    auto command = std::make_unique<AddElements>(this, std::vector<Node>{}, std::vector<Relationship>{relationship},
                                                 text);
    if (auto s = command->execute(); !s)
        return fail(std::move(s)).takeError();
    mUndoStack->push(command.release());
    return relationship.id;
}

Status StoryDocument::setProperties(const std::string &id, const std::vector<PropertyChange> &changes,
                                    const QString &text)
{
    if (changes.empty())
        return {};
    std::string current;
    if (const VertexIndex v = mGraph->findVertex(id); v != NoVertex) {
        auto node = mStore->node(id);
        if (!node)
            return fail(node.takeError());
        current = std::move(node->properties);
    } else {
        auto relationship = mStore->relationship(id);
        if (!relationship)
            return fail(relationship.takeError());
        current = std::move(relationship->properties);
    }
    std::vector<PropertyChange> before;
    for (const PropertyChange &change : changes)
        before.push_back({change.key, propertyJson(current, change.key)});
    QString name = text;
    if (name.isEmpty()) {
        name = changes.size() == 1 ? tr("Change %1 of %2").arg(qs(changes.front().key), qs(id))
                                   : tr("Change properties of %1").arg(qs(id));
    }
    auto command = std::make_unique<ChangeProperties>(this, id, changes, std::move(before), name);
    if (auto s = command->execute(); !s)
        return fail(std::move(s));
    mUndoStack->push(command.release());
    return {};
}

Status StoryDocument::moveNodes(const std::vector<NodePosition> &positions, int mergeKey, const QString &text)
{
    if (positions.empty())
        return {};
    std::vector<NodePosition> before;
    before.reserve(positions.size());
    for (const NodePosition &p : positions) {
        const VertexIndex v = mGraph->findVertex(p.id);
        if (v == NoVertex) {
            return fail(Error{ErrorKind::NotFound, tr("no node has id \"%1\"").arg(qs(p.id)), {}, 0, 0});
        }
        before.push_back({p.id, mGraph->vertex(v).x, mGraph->vertex(v).y});
    }
    const QString name = !text.isEmpty() ? text
                                         : positions.size() == 1 ? tr("Move %1").arg(qs(positions.front().id))
                                                                 : tr("Move %n node(s)", nullptr, int(positions.size()));
    auto command = std::make_unique<MoveNodes>(this, positions, std::move(before), mergeKey, name);
    if (auto s = command->execute(); !s)
        return fail(std::move(s));
    mUndoStack->push(command.release());
    return {};
}

Status StoryDocument::applyLayout(const std::vector<NodePosition> &positions, const QString &text)
{
    return moveNodes(positions, 0, text);
}

// ---- A move in progress

void StoryDocument::showPositions(const std::vector<NodePosition> &positions)
{
    if (positions.empty())
        return;
    std::vector<StoryChange> changes;
    changes.reserve(positions.size());
    for (const NodePosition &p : positions)
        changes.push_back({StoryChange::Kind::NodeMoved, p.id, p.x, p.y});
    // The graph takes NodeMoved from whoever tells it; here the document tells
    // it of positions the store has not seen yet. A move touches nothing else
    // the graph holds, so the two agree again once the move is written or undone.
    mGraph->storyChanged(changes);
    emit changed(changes);
}

void StoryDocument::previewMove(const std::vector<NodePosition> &positions)
{
    std::vector<NodePosition> shown;
    shown.reserve(positions.size());
    for (const NodePosition &p : positions) {
        const VertexIndex v = mGraph->findVertex(p.id);
        if (v == NoVertex)
            continue;
        const GraphVertex &vertex = mGraph->vertex(v);
        if (vertex.x == p.x && vertex.y == p.y)
            continue;
        auto [it, added] = mPreviewIndex.emplace(p.id, mPreview.size());
        if (added)
            mPreview.push_back({{p.id, vertex.x, vertex.y}, p});
        else
            mPreview[it->second].shown = p;
        shown.push_back(p);
    }
    showPositions(shown);
}

Status StoryDocument::commitMove(const QString &text)
{
    // Taken out first: the store's notice of this very write is then not
    // mistaken for another writer's change under the preview.
    std::vector<PreviewedNode> preview = std::exchange(mPreview, {});
    mPreviewIndex.clear();
    std::vector<NodePosition> after, before;
    after.reserve(preview.size());
    before.reserve(preview.size());
    for (const PreviewedNode &node : preview) {
        if (node.shown.x == node.stored.x && node.shown.y == node.stored.y)
            continue; // dragged away and back
        after.push_back(node.shown);
        before.push_back(node.stored);
    }
    if (after.empty())
        return {}; // the graph already shows the stored positions
    const QString name = !text.isEmpty() ? text
                                         : after.size() == 1 ? tr("Move %1").arg(qs(after.front().id))
                                                             : tr("Move %n node(s)", nullptr, int(after.size()));
    auto command = std::make_unique<MoveNodes>(this, after, before, 0, name);
    if (auto s = command->execute(); !s) {
        showPositions(before);
        return fail(std::move(s));
    }
    mUndoStack->push(command.release());
    return {};
}

void StoryDocument::cancelMove()
{
    std::vector<NodePosition> stored;
    stored.reserve(mPreview.size());
    for (const PreviewedNode &node : mPreview)
        stored.push_back(node.stored);
    mPreview.clear();
    mPreviewIndex.clear();
    showPositions(stored);
}

Status StoryDocument::removeElements(const std::vector<std::string> &ids)
{
    if (ids.empty())
        return {};
    auto command = RemoveElements::create(this, ids);
    if (!command)
        return fail(command.takeError());
    if (auto s = (*command)->execute(); !s)
        return fail(std::move(s));
    mUndoStack->push(command->release());
    return {};
}

Status StoryDocument::removeSelection()
{
    std::vector<std::string> ids;
    for (VertexIndex v : mSelection.nodes)
        ids.push_back(mGraph->vertex(v).id);
    for (EdgeIndex e : mSelection.edges) {
        // A relationship of a removed node goes with it; naming it too would fail.
        const GraphEdge &edge = mGraph->edge(e);
        if (!isSelected(edge.from) && !isSelected(edge.to))
            ids.push_back(edge.id);
    }
    return removeElements(ids);
}

Result<std::vector<std::string>> StoryDocument::paste(const std::vector<Node> &nodes,
                                                      const std::vector<Relationship> &relationships, QPointF offset)
{
    if (nodes.empty())
        return std::vector<std::string>{};
    std::unordered_map<std::string, std::string> newIds;
    std::vector<Node> copies;
    std::vector<std::string> result;
    // Ids are made here, before any is added, so reserve them as we go.
    std::unordered_set<std::string> taken;
    auto fresh = [&](std::string_view type) {
        std::string id;
        do
            id = freshId(type);
        while (!taken.insert(id).second);
        return id;
    };
    for (const Node &node : nodes) {
        Node copy = node;
        copy.id = fresh(node.type);
        copy.x += offset.x();
        copy.y += offset.y();
        newIds.emplace(node.id, copy.id);
        result.push_back(copy.id);
        copies.push_back(std::move(copy));
    }
    std::vector<Relationship> links;
    for (const Relationship &relationship : relationships) {
        auto from = newIds.find(relationship.from);
        auto to = newIds.find(relationship.to);
        if (from == newIds.end() || to == newIds.end())
            continue;
        Relationship copy = relationship;
        copy.id = fresh(relationship.type);
        copy.from = from->second;
        copy.to = to->second;
        links.push_back(std::move(copy));
    }
    const QString text = tr("Paste %n node(s)", nullptr, int(copies.size()));
    auto command = std::make_unique<AddElements>(this, std::move(copies), std::move(links), text);
    if (auto s = command->execute(); !s)
        return fail(std::move(s)).takeError();
    mUndoStack->push(command.release());
    return result;
}

Result<Node> StoryDocument::node(VertexIndex v) const
{
    if (v >= mGraph->vertexSlots() || !mGraph->vertex(v).alive)
        return Error{ErrorKind::NotFound, tr("the node is gone"), {}, 0, 0};
    return mStore->node(mGraph->vertex(v).id);
}

Result<Relationship> StoryDocument::relationship(EdgeIndex e) const
{
    if (e >= mGraph->edgeSlots() || !mGraph->edge(e).alive)
        return Error{ErrorKind::NotFound, tr("the relationship is gone"), {}, 0, 0};
    return mStore->relationship(mGraph->edge(e).id);
}

// ---- Geometry

QSizeF StoryDocument::nodeSize(NodeKind kind)
{
    // Small enough that the generator's and the layouts' spacing (scenes 120
    // apart in a column, choices 160 beside them) never makes shapes overlap.
    switch (kind) {
    case NodeKind::Scene:
        return {150, 64};
    case NodeKind::Character:
        return {76, 76};
    case NodeKind::Choice:
        return {104, 64};
    case NodeKind::Event:
        return {116, 60};
    case NodeKind::Other:
        break;
    }
    return {140, 56};
}

QRectF StoryDocument::nodeRect(VertexIndex v) const
{
    const GraphVertex &vertex = mGraph->vertex(v);
    const QSizeF size = nodeSize(vertex.kind);
    return {vertex.x - size.width() / 2, vertex.y - size.height() / 2, size.width(), size.height()};
}

// ---- Selection and highlight

bool StoryDocument::assignSet(ElementSet set, ElementSet &target, std::vector<bool> &nodeMarks,
                              std::vector<bool> &edgeMarks)
{
    tidy(set.nodes, mGraph->vertexSlots(), [this](VertexIndex v) { return mGraph->vertex(v).alive; });
    tidy(set.edges, mGraph->edgeSlots(), [this](EdgeIndex e) { return mGraph->edge(e).alive; });
    if (set == target)
        return false;
    target = std::move(set);
    markAll(nodeMarks, target.nodes, mGraph->vertexSlots());
    markAll(edgeMarks, target.edges, mGraph->edgeSlots());
    return true;
}

void StoryDocument::setSelection(ElementSet selection)
{
    if (assignSet(std::move(selection), mSelection, mNodeSelected, mEdgeSelected))
        emit selectionChanged();
}

void StoryDocument::selectAll()
{
    ElementSet all;
    all.nodes.reserve(mGraph->vertexCount());
    for (std::size_t v = 0; v < mGraph->vertexSlots(); ++v) {
        if (mGraph->vertex(VertexIndex(v)).alive)
            all.nodes.push_back(VertexIndex(v));
    }
    setSelection(std::move(all));
}

void StoryDocument::setHighlight(ElementSet highlight)
{
    if (assignSet(std::move(highlight), mHighlight, mNodeHighlighted, mEdgeHighlighted))
        emit highlightChanged();
}

// Drops removed elements from the selection and highlight after a change.
void StoryDocument::pruneSets()
{
    auto prune = [this](ElementSet set) {
        tidy(set.nodes, mGraph->vertexSlots(), [this](VertexIndex v) { return mGraph->vertex(v).alive; });
        tidy(set.edges, mGraph->edgeSlots(), [this](EdgeIndex e) { return mGraph->edge(e).alive; });
        return set;
    };
    setSelection(prune(mSelection));
    setHighlight(prune(mHighlight));
    growMarks();
}

// New slots (added elements) must be covered by the marks, unmarked.
void StoryDocument::growMarks()
{
    mNodeSelected.resize(mGraph->vertexSlots(), false);
    mEdgeSelected.resize(mGraph->edgeSlots(), false);
    mNodeHighlighted.resize(mGraph->vertexSlots(), false);
    mEdgeHighlighted.resize(mGraph->edgeSlots(), false);
}

// ---- Following the store

void StoryDocument::storyChanged(const std::vector<StoryChange> &changes)
{
    // Our own commit: the version another connection would change is unchanged,
    // but read it again in case someone else committed just before us.
    syncVersion();
    // Under a move in progress the views are told where the nodes are shown.
    const std::vector<StoryChange> *shown = &changes;
    std::vector<StoryChange> previewed;
    if (!mPreview.empty()) {
        previewed = changes;
        keepPreview(previewed);
        shown = &previewed;
    }
    const bool removal = std::any_of(changes.begin(), changes.end(), [](const StoryChange &c) {
        return c.kind == StoryChange::Kind::NodeRemoved || c.kind == StoryChange::Kind::RelationshipRemoved
                || c.kind == StoryChange::Kind::Reset;
    });
    if (removal)
        pruneSets();
    else
        growMarks();
    const bool wasReset = std::any_of(changes.begin(), changes.end(),
                                      [](const StoryChange &c) { return c.kind == StoryChange::Kind::Reset; });
    if (wasReset)
        emit reset();
    else
        emit changed(*shown);
}

// A write lands while a move is previewed (an undo during a drag, a script
// through this document): the stored positions it set become the ones to go
// back to, and the previewed nodes stay where the gesture put them.
void StoryDocument::keepPreview(std::vector<StoryChange> &changes)
{
    std::vector<NodePosition> reshow;
    for (StoryChange &change : changes) {
        if (change.kind == StoryChange::Kind::Reset) {
            mPreview.clear(); // the graph was reloaded from the store
            mPreviewIndex.clear();
            return;
        }
        auto it = mPreviewIndex.find(change.id);
        if (it == mPreviewIndex.end())
            continue;
        PreviewedNode &node = mPreview[it->second];
        if (change.kind == StoryChange::Kind::NodeMoved) {
            node.stored = {change.id, change.x, change.y};
            change.x = node.shown.x;
            change.y = node.shown.y;
            reshow.push_back(node.shown);
        } else if (change.kind == StoryChange::Kind::NodeChanged || change.kind == StoryChange::Kind::NodeAdded) {
            // Re-read from the store, position and all.
            reshow.push_back(node.shown);
        } else if (change.kind == StoryChange::Kind::NodeRemoved) {
            node.shown = node.stored; // nothing left to write
        }
    }
    if (!reshow.empty())
        mGraph->storyChanged([&] {
            std::vector<StoryChange> moves;
            for (const NodePosition &p : reshow)
                moves.push_back({StoryChange::Kind::NodeMoved, p.id, p.x, p.y});
            return moves;
        }());
}

Status StoryDocument::reload()
{
    mPreview.clear();
    mPreviewIndex.clear();
    if (auto s = mGraph->reload(); !s)
        return fail(std::move(s));
    mUndoStack->clear();
    syncVersion();
    mSelection = {};
    mHighlight = {};
    pruneSets();
    emit selectionChanged();
    emit highlightChanged();
    emit reset();
    return {};
}

} // namespace ryuk
