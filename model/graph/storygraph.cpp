// The in-memory story graph: loading, and following the store's changes.
#include "storygraph.h"

#include "store/sqlitestorystore.h"

#include <QCoreApplication>

#include <thread>

namespace ryuk {

namespace {
std::function<void()> &loadHook()
{
    static std::function<void()> hook;
    return hook;
}
} // namespace

namespace testing {
void setGraphLoadHook(std::function<void()> hook)
{
    loadHook() = std::move(hook);
}
} // namespace testing

NodeKind nodeKindOf(std::string_view type)
{
    if (type == NodeType::Scene)
        return NodeKind::Scene;
    if (type == NodeType::Character)
        return NodeKind::Character;
    if (type == NodeType::Choice)
        return NodeKind::Choice;
    if (type == NodeType::Event)
        return NodeKind::Event;
    return NodeKind::Other;
}

EdgeKind edgeKindOf(std::string_view type)
{
    if (type == RelationshipType::LeadsTo)
        return EdgeKind::LeadsTo;
    if (type == RelationshipType::AppearsIn)
        return EdgeKind::AppearsIn;
    if (type == RelationshipType::Triggers)
        return EdgeKind::Triggers;
    if (type == RelationshipType::HasChoice)
        return EdgeKind::HasChoice;
    if (type == RelationshipType::RelatesTo)
        return EdgeKind::RelatesTo;
    return EdgeKind::Other;
}

StoryGraph::StoryGraph(StoryStore &store) : mStore(store)
{
    mNames.emplace_back();
    mNameIndex.insert("", 0);
}

StoryGraph::~StoryGraph()
{
    mStore.removeObserver(this);
}

Result<std::unique_ptr<StoryGraph>> StoryGraph::build(StoryStore &store)
{
    std::unique_ptr<StoryGraph> graph(new StoryGraph(store));
    if (auto s = graph->reload(); !s)
        return s.takeError();
    store.addObserver(graph.get());
    return graph;
}

Status StoryGraph::reload()
{
    // Nodes and relationships are read on two connections, each in its own
    // snapshot: a commit by another program between the two reads would give
    // a relationship whose node the graph lacks (or a node without its
    // relationships). PRAGMA data_version, asked on this store's connection
    // before and after, moves when anyone else commits: then read again.
    constexpr int Attempts = 5;
    for (int attempt = 1;; ++attempt) {
        auto before = mStore.externalVersion();
        if (!before)
            return before.takeError();
        Status loaded = load();
        auto after = mStore.externalVersion();
        if (!after)
            return after.takeError();
        if (*after == *before)
            return loaded;
        if (attempt == Attempts) {
            mLastError = Error{ErrorKind::Busy,
                               QCoreApplication::translate("StoryGraph", "the story kept changing while it was read; try again"),
                               {}, 0, 0};
            return *mLastError;
        }
    }
}

Status StoryGraph::load()
{
    mGraph.clear();
    mVertices.clear();
    mEdges.clear();
    mVertexIds = IdTable();
    mEdgeIds.reset();
    mVertexOfKey.clear();
    mLiveVertices = mLiveEdges = 0;
    mLastError.reset();
    ++mRevision;

    // A large story takes three passes of about equal cost: reading the
    // nodes, reading the relationships, and indexing ids plus attaching the
    // edges. The relationships are read on a second connection while this
    // thread reads the nodes; then one thread indexes the ids while this one
    // attaches the edges (which find their ends by key, not by id).
    const auto bounds = mStore.graphKeyBounds();
    const std::size_t nodeHint = bounds ? std::size_t(bounds->first) : 0;
    const std::size_t edgeHint = bounds ? std::size_t(bounds->second) : 0;

    // The id, type and transition name lie back to back in `text` from
    // `offset` (64 bits: a large story's names pass 4 GiB).
    struct RawEdge
    {
        qint64 key, from, to;
        std::optional<double> weight;
        std::uint64_t offset;
        std::uint32_t idLength, typeLength, transitionLength;
    };
    std::vector<RawEdge> raw;
    std::string text; // every id, type and transition name, back to back
    Status edgesRead;
    auto readEdges = [&](StoryStore &from) {
        raw.reserve(edgeHint);
        text.reserve(edgeHint * 16);
        edgesRead = from.forEachGraphEdge([&](const GraphEdgeRow &row) {
            // SQLite's texts are shorter than 2 GiB, so each length fits.
            auto put = [&](std::string_view s, std::uint32_t &length) {
                length = std::uint32_t(s.size());
                text.append(s);
            };
            RawEdge &e = raw.emplace_back();
            e.key = row.key;
            e.from = row.from;
            e.to = row.to;
            e.weight = row.weight;
            e.offset = text.size();
            put(row.id, e.idLength);
            put(row.type, e.typeLength);
            put(row.transitionType, e.transitionLength);
            return true;
        });
    };
    std::thread reader;
    auto second = mStore.openReader();
    // A test stepping in between the two reads needs them one after the other.
    const bool stepwise = bool(loadHook());
    if (second && !stepwise)
        reader = std::thread([&] { readEdges(**second); });
    struct Join
    {
        std::thread &thread;
        ~Join()
        {
            if (thread.joinable())
                thread.join();
        }
    } joinReader{reader};

    mVertices.reserve(nodeHint);
    mVertexOfKey.assign(nodeHint + 1, NoVertex);
    mLoading = true; // vertices only; the Boost graph and the id index come later
    Status nodesRead = mStore.forEachGraphNode([this](const GraphNodeRow &row) {
        addVertex(row);
        return true;
    });
    mLoading = false;
    if (stepwise)
        loadHook()();
    if (reader.joinable())
        reader.join();
    else // no second connection (e.g. a backend without one), or a test: read in turn
        readEdges(second ? **second : mStore);
    if (!nodesRead)
        return nodesRead;
    if (!edgesRead)
        return edgesRead;

    IdTable vertexIds;
    IdTable edgeIds;
    std::thread indexer([&] {
        vertexIds.reserve(mVertices.size());
        for (VertexIndex v = 0; v < mVertices.size(); ++v)
            vertexIds.insert(mVertices[v].id, v);
        edgeIds.reserve(raw.size());
        for (std::size_t e = 0; e < raw.size(); ++e)
            edgeIds.insert(std::string_view(text).substr(raw[e].offset, raw[e].idLength), qint64(e));
    });
    struct Join joinIndexer{indexer};

    mGraph = Graph(mVertices.size());
    mEdges.reserve(raw.size());
    for (const RawEdge &e : raw) {
        GraphEdgeRow row;
        row.key = e.key;
        row.from = e.from;
        row.to = e.to;
        row.weight = e.weight;
        row.id = std::string_view(text).substr(e.offset, e.idLength);
        row.type = std::string_view(text).substr(e.offset + e.idLength, e.typeLength);
        row.transitionType = std::string_view(text).substr(e.offset + e.idLength + e.typeLength, e.transitionLength);
        if (auto s = addEdge(row); !s)
            return s;
    }
    indexer.join();
    mVertexIds = std::move(vertexIds);
    mEdgeIds = std::move(edgeIds);
    return {};
}

std::uint16_t StoryGraph::intern(std::string_view name)
{
    // A story has a handful of type names: a scan of them beats hashing.
    if (mNames.size() <= 16) {
        for (std::size_t i = 0; i < mNames.size(); ++i)
            if (mNames[i] == name)
                return std::uint16_t(i);
    }
    auto [slot, inserted] = mNameIndex.insert(name, qint64(mNames.size()));
    if (inserted)
        mNames.emplace_back(name);
    return std::uint16_t(*slot);
}

VertexIndex StoryGraph::vertexOfKey(qint64 key) const
{
    return key >= 0 && std::size_t(key) < mVertexOfKey.size() ? mVertexOfKey[std::size_t(key)] : NoVertex;
}

VertexIndex StoryGraph::findVertex(std::string_view id) const
{
    const qint64 *v = mVertexIds.find(id);
    return v ? VertexIndex(*v) : NoVertex;
}

IdTable &StoryGraph::edgeIds() const
{
    if (!mEdgeIds) {
        mEdgeIds.emplace();
        mEdgeIds->reserve(mEdges.size());
        for (EdgeIndex e = 0; e < mEdges.size(); ++e)
            if (mEdges[e].alive)
                mEdgeIds->insert(mEdges[e].id, e);
    }
    return *mEdgeIds;
}

EdgeIndex StoryGraph::findEdge(std::string_view id) const
{
    const qint64 *e = edgeIds().find(id);
    return e ? EdgeIndex(*e) : NoEdge;
}

VertexIndex StoryGraph::addVertex(const GraphNodeRow &row)
{
    // While loading, the Boost graph is made in one go afterwards.
    const auto v = VertexIndex(mLoading ? mVertices.size() : boost::add_vertex(mGraph));
    mVertices.emplace_back();
    updateVertex(v, row);
    GraphVertex &vertex = mVertices[v];
    vertex.id.assign(row.id);
    vertex.key = row.key;
    vertex.alive = true;
    if (!mLoading)
        *mVertexIds.insert(row.id, v).first = v; // an id removed earlier may come back
    if (std::size_t(row.key) >= mVertexOfKey.size())
        mVertexOfKey.resize(std::max<std::size_t>(std::size_t(row.key) + 1, mVertexOfKey.size() * 2), NoVertex);
    mVertexOfKey[std::size_t(row.key)] = v;
    ++mLiveVertices;
    return v;
}

void StoryGraph::updateVertex(VertexIndex v, const GraphNodeRow &row)
{
    GraphVertex &vertex = mVertices[v];
    vertex.label.assign(row.label);
    vertex.typeIndex = intern(row.type);
    vertex.kind = nodeKindOf(row.type);
    vertex.flags = row.flags;
    vertex.chapter = row.chapter;
    vertex.sequence = row.sequence;
    vertex.x = row.x;
    vertex.y = row.y;
}

void StoryGraph::removeVertex(VertexIndex v)
{
    // Edges first: their records die with the vertex.
    std::vector<EdgeIndex> incident;
    for (auto [it, end] = boost::out_edges(v, mGraph); it != end; ++it)
        incident.push_back(edgeIndex(*it));
    for (auto [it, end] = boost::in_edges(v, mGraph); it != end; ++it)
        incident.push_back(edgeIndex(*it));
    for (EdgeIndex e : incident)
        removeEdge(e);
    GraphVertex &vertex = mVertices[v];
    *mVertexIds.insert(vertex.id, NoVertex).first = NoVertex;
    if (std::size_t(vertex.key) < mVertexOfKey.size())
        mVertexOfKey[std::size_t(vertex.key)] = NoVertex;
    vertex.alive = false;
    --mLiveVertices;
}

Status StoryGraph::addEdge(const GraphEdgeRow &row)
{
    const VertexIndex from = vertexOfKey(row.from);
    const VertexIndex to = vertexOfKey(row.to);
    if (from == NoVertex || to == NoVertex)
        return Error{ErrorKind::Internal,
                     QCoreApplication::translate("StoryGraph", "relationship \"%1\" joins a node the graph does not know")
                         .arg(QString::fromUtf8(row.id.data(), qsizetype(row.id.size()))),
                     {}, 0, 0};
    const auto e = EdgeIndex(mEdges.size());
    GraphEdge &edge = mEdges.emplace_back();
    edge.id.assign(row.id);
    edge.typeIndex = intern(row.type);
    edge.kind = edgeKindOf(row.type);
    edge.alive = true;
    edge.from = from;
    edge.to = to;
    edge.weight = row.weight;
    edge.transitionIndex = intern(row.transitionType);
    edge.key = row.key;
    boost::add_edge(from, to, e, mGraph);
    if (mEdgeIds)
        *mEdgeIds->insert(row.id, e).first = e;
    ++mLiveEdges;
    return {};
}

void StoryGraph::removeEdge(EdgeIndex e)
{
    GraphEdge &edge = mEdges[e];
    if (!edge.alive)
        return;
    for (auto [it, end] = boost::out_edges(edge.from, mGraph); it != end; ++it) {
        if (edgeIndex(*it) == e) {
            boost::remove_edge(*it, mGraph);
            break;
        }
    }
    if (mEdgeIds)
        *mEdgeIds->insert(edge.id, NoEdge).first = NoEdge;
    edge.alive = false;
    --mLiveEdges;
}

void StoryGraph::storyChanged(const std::vector<StoryChange> &changes)
{
    ++mRevision;
    auto failed = [this](Status s) {
        if (!s && !mLastError)
            mLastError = s.takeError();
    };
    for (const StoryChange &change : changes) {
        switch (change.kind) {
        case StoryChange::Kind::NodeAdded:
            failed(mStore.visitGraphNode(change.id, [this](const GraphNodeRow &row) { addVertex(row); }));
            break;
        case StoryChange::Kind::NodeChanged:
            if (const VertexIndex v = findVertex(change.id); v != NoVertex)
                failed(mStore.visitGraphNode(change.id, [&](const GraphNodeRow &row) { updateVertex(v, row); }));
            break;
        case StoryChange::Kind::NodeRemoved:
            if (const VertexIndex v = findVertex(change.id); v != NoVertex)
                removeVertex(v);
            break;
        case StoryChange::Kind::RelationshipAdded:
            failed(mStore.visitGraphEdge(change.id, [&](const GraphEdgeRow &row) { failed(addEdge(row)); }));
            break;
        case StoryChange::Kind::RelationshipChanged:
            if (const EdgeIndex e = findEdge(change.id); e != NoEdge) {
                failed(mStore.visitGraphEdge(change.id, [&](const GraphEdgeRow &row) {
                    mEdges[e].weight = row.weight;
                    mEdges[e].transitionIndex = intern(row.transitionType);
                }));
            }
            break;
        case StoryChange::Kind::RelationshipRemoved:
            if (const EdgeIndex e = findEdge(change.id); e != NoEdge)
                removeEdge(e);
            break;
        case StoryChange::Kind::Reset:
            failed(reload());
            break;
        case StoryChange::Kind::NodeMoved:
            if (const VertexIndex v = findVertex(change.id); v != NoVertex) {
                mVertices[v].x = change.x;
                mVertices[v].y = change.y;
            }
            break;
        case StoryChange::Kind::TitleChanged:
            break;
        }
    }
}

Result<LoadedStory> loadStory(const QString &path)
{
    auto store = openStory(path);
    if (!store)
        return store.takeError();
    auto graph = StoryGraph::build(**store);
    if (!graph)
        return graph.takeError();
    return LoadedStory{std::move(*store), std::move(*graph)};
}

} // namespace ryuk
