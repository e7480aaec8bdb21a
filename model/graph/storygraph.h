// The in-memory graph of a story for the graph questions (story flow,
// validation, paths, layout): a Boost.Graph adjacency list over dense vertex
// indexes, loaded once from the store and then kept in step with every change
// the store reports (an edit touches one vertex or edge, never a rebuild).
#pragma once

#include "core/error.h"
#include "store/idtable.h"
#include "store/storystore.h"

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ryuk {

using VertexIndex = std::uint32_t;
using EdgeIndex = std::uint32_t;
inline constexpr VertexIndex NoVertex = UINT32_MAX;
inline constexpr EdgeIndex NoEdge = UINT32_MAX;

enum class NodeKind : std::uint8_t { Scene, Character, Choice, Event, Other };
enum class EdgeKind : std::uint8_t { LeadsTo, AppearsIn, Triggers, HasChoice, RelatesTo, Other };

struct GraphVertex
{
    std::string id;
    std::string label;           // title, name or text: what a person reads
    std::uint16_t typeIndex = 0; // into StoryGraph::typeName()
    NodeKind kind = NodeKind::Other;
    bool alive = false;          // false once the node is removed (its index is not reused)
    unsigned flags = 0;          // NodeFlag bits (start, ending)
    std::optional<qint64> chapter;
    std::optional<qint64> sequence;
    qint64 key = 0;              // the store's key
    double x = 0;                // position on the canvas
    double y = 0;
};

struct GraphEdge
{
    std::string id;
    std::uint16_t typeIndex = 0;
    EdgeKind kind = EdgeKind::Other;
    bool alive = false;
    VertexIndex from = NoVertex;
    VertexIndex to = NoVertex;
    std::optional<double> weight;
    std::uint16_t transitionIndex = 0; // into StoryGraph::typeName(); 0 is ""
    qint64 key = 0;
};

class StoryGraph final : public StoryObserver
{
public:
    // Out- and in-edges per vertex (bidirectional); each Boost edge carries the
    // EdgeIndex of its GraphEdge. Removed vertices stay as isolated tombstones.
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property,
                                        boost::property<boost::edge_index_t, EdgeIndex>>;
    using Edge = boost::graph_traits<Graph>::edge_descriptor;

    // Loads the whole story. The graph then watches `store` (which must outlive
    // it, or the graph must be destroyed first) and follows its changes.
    static Result<std::unique_ptr<StoryGraph>> build(StoryStore &store);
    ~StoryGraph() override;
    StoryGraph(const StoryGraph &) = delete;
    StoryGraph &operator=(const StoryGraph &) = delete;

    const Graph &graph() const { return mGraph; }
    StoryStore &store() const { return mStore; }

    // Every index below vertexSlots() / edgeSlots() is valid; check `alive`.
    std::size_t vertexSlots() const { return mVertices.size(); }
    std::size_t edgeSlots() const { return mEdges.size(); }
    std::size_t vertexCount() const { return mLiveVertices; }
    std::size_t edgeCount() const { return mLiveEdges; }
    const GraphVertex &vertex(VertexIndex v) const { return mVertices[v]; }
    const GraphEdge &edge(EdgeIndex e) const { return mEdges[e]; }
    EdgeIndex edgeIndex(const Edge &e) const { return boost::get(boost::edge_index, mGraph, e); }
    const std::string &typeName(std::uint16_t index) const { return mNames[index]; }

    VertexIndex findVertex(std::string_view id) const;
    EdgeIndex findEdge(std::string_view id) const;

    // Bumped on every change, so views can tell they are stale.
    quint64 revision() const { return mRevision; }

    // StoryObserver: applies committed changes. If re-reading the store fails
    // (the file vanished), the graph marks itself stale (see lastError()).
    void storyChanged(const std::vector<StoryChange> &changes) override;
    // The error of the last failed update, if any; the graph is then out of step.
    const std::optional<Error> &lastError() const { return mLastError; }

    // Reloads everything from the store (used for Reset and by tests).
    Status reload();

private:
    explicit StoryGraph(StoryStore &store);
    Status load(); // one read of the whole story; reload() repeats it until no one committed meanwhile

    std::uint16_t intern(std::string_view name);
    VertexIndex addVertex(const GraphNodeRow &row);
    void updateVertex(VertexIndex v, const GraphNodeRow &row);
    void removeVertex(VertexIndex v);
    Status addEdge(const GraphEdgeRow &row);
    void removeEdge(EdgeIndex e);
    VertexIndex vertexOfKey(qint64 key) const;
    IdTable &edgeIds() const;

    StoryStore &mStore;
    Graph mGraph;
    std::vector<GraphVertex> mVertices;
    std::vector<GraphEdge> mEdges;
    std::vector<std::string> mNames; // interned type and transition names; [0] is ""
    IdTable mVertexIds;              // id -> VertexIndex (NoVertex after removal)
    // Built on the first lookup by relationship id: loading a large story
    // should not pay for an index that only edits and queries by id need.
    mutable std::optional<IdTable> mEdgeIds;
    IdTable mNameIndex;
    std::vector<VertexIndex> mVertexOfKey; // store key -> vertex (keys are small integers)
    std::size_t mLiveVertices = 0;
    std::size_t mLiveEdges = 0;
    quint64 mRevision = 0;
    bool mLoading = false;
    std::optional<Error> mLastError;
};

// A story file opened with its graph loaded, for the programs that need both
// (the editor, the graph commands). The graph is declared last so it goes first.
struct LoadedStory
{
    std::unique_ptr<StoryStore> store;
    std::unique_ptr<StoryGraph> graph;
};
Result<LoadedStory> loadStory(const QString &path);

namespace testing {
// Called by a graph load between reading the nodes and reading the
// relationships (which then run one after the other, not side by side), so a
// test can commit from another connection exactly there. Tests only; nullptr removes it.
void setGraphLoadHook(std::function<void()> hook);
} // namespace testing

NodeKind nodeKindOf(std::string_view type);
EdgeKind edgeKindOf(std::string_view type);

} // namespace ryuk
