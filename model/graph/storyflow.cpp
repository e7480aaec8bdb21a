// Story flow: the LEADS_TO paths from a start scene, found length by length in
// their final order, so that the work done follows the paths returned.
#include "storyflow.h"

#include "metrics/querytimer.h"

#include <QCoreApplication>

#include <algorithm>
#include <bitset>
#include <unordered_map>

namespace ryuk {
namespace {

constexpr int MaxFlowDepth = 100;
constexpr int MaxFlowLimit = 10000;

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

struct Step
{
    VertexIndex to = NoVertex;
    EdgeIndex edge = NoEdge;
};

// Iterative deepening: for each length in turn, a depth-first search that takes
// the out-edges in (target id, relationship id) order emits that length's paths
// already sorted, and stops at the limit. A step is only taken when a Scene can
// still be reached in exactly the steps left (worked out once per vertex and
// count, ignoring the rule against reusing a relationship), so nearly every
// step taken ends in a returned path, and a large region with no Scene in reach
// or a dense cluster of Choices costs one look per (vertex, steps left) rather
// than one per walk through it.
class FlowSearch
{
public:
    FlowSearch(const StoryGraph &graph, int limit) : mGraph(graph), mLimit(std::size_t(limit)) {}

    FlowResult run(VertexIndex start, int maxDepth)
    {
        mNodes.push_back(start);
        for (int depth = 1; depth <= maxDepth && !full(); ++depth) {
            if (canEnd(start, depth))
                extend(start, depth);
        }
        return std::move(mResult);
    }

private:
    // What the search has learnt about one vertex; only vertices it touches get one.
    struct VertexState
    {
        std::bitset<MaxFlowDepth + 1> known; // canEnd(v, r) has been worked out for r
        std::bitset<MaxFlowDepth + 1> ends;  // …and its answer
        std::vector<Step> steps;             // out LEADS_TO in (target id, relationship id) order
        bool listed = false;
    };

    bool full() const { return mResult.paths.size() >= mLimit; }
    bool isScene(VertexIndex v) const { return mGraph.vertex(v).kind == NodeKind::Scene; }

    // std::unordered_map keeps references to its values stable as it grows,
    // which the recursion below relies on.
    VertexState &state(VertexIndex v) { return mStates[v]; }

    bool isLeadsTo(EdgeIndex e) const
    {
        const GraphEdge &edge = mGraph.edge(e);
        return edge.alive && edge.kind == EdgeKind::LeadsTo;
    }

    // True if some walk of exactly `remaining` LEADS_TO steps goes from v to a Scene.
    bool canEnd(VertexIndex v, int remaining)
    {
        if (remaining == 0)
            return isScene(v);
        VertexState &s = state(v);
        if (s.known[std::size_t(remaining)])
            return s.ends[std::size_t(remaining)];
        bool ends = false;
        for (auto [it, end] = boost::out_edges(v, mGraph.graph()); it != end && !ends; ++it) {
            const EdgeIndex e = mGraph.edgeIndex(*it);
            ends = isLeadsTo(e) && canEnd(VertexIndex(boost::target(*it, mGraph.graph())), remaining - 1);
        }
        s.known.set(std::size_t(remaining));
        s.ends.set(std::size_t(remaining), ends);
        return ends;
    }

    const std::vector<Step> &steps(VertexIndex v)
    {
        VertexState &s = state(v);
        if (!s.listed) {
            for (auto [it, end] = boost::out_edges(v, mGraph.graph()); it != end; ++it) {
                const EdgeIndex e = mGraph.edgeIndex(*it);
                if (isLeadsTo(e))
                    s.steps.push_back({VertexIndex(boost::target(*it, mGraph.graph())), e});
            }
            std::sort(s.steps.begin(), s.steps.end(), [this](const Step &a, const Step &b) {
                if (a.to != b.to) {
                    if (const int c = mGraph.vertex(a.to).id.compare(mGraph.vertex(b.to).id); c != 0)
                        return c < 0;
                }
                return mGraph.edge(a.edge).id < mGraph.edge(b.edge).id;
            });
            s.listed = true;
        }
        return s.steps;
    }

    bool used(EdgeIndex e) const { return std::find(mEdges.begin(), mEdges.end(), e) != mEdges.end(); }

    void extend(VertexIndex v, int remaining)
    {
        if (remaining == 0) {
            mResult.paths.push_back(FlowPath{mNodes, mEdges});
            return;
        }
        // `steps` stays valid while deeper calls add states (see state()).
        for (const Step &step : steps(v)) {
            if (full())
                return;
            if (!canEnd(step.to, remaining - 1) || used(step.edge))
                continue;
            mNodes.push_back(step.to);
            mEdges.push_back(step.edge);
            extend(step.to, remaining - 1);
            mNodes.pop_back();
            mEdges.pop_back();
        }
    }

    const StoryGraph &mGraph;
    const std::size_t mLimit;
    std::unordered_map<VertexIndex, VertexState> mStates;
    std::vector<VertexIndex> mNodes; // the path being extended
    std::vector<EdgeIndex> mEdges;
    FlowResult mResult;
};

} // namespace

Result<FlowResult> storyFlow(const StoryGraph &graph, std::string_view startId, const FlowOptions &options)
{
    // Recorded by the profiler like the store's queries.
    static const int timedKind = QueryMetrics::global().kindId("flow");
    QueryTimer timer(timedKind);
    if (options.maxDepth < 1 || options.maxDepth > MaxFlowDepth)
        return Error::badInput(QCoreApplication::translate("StoryFlow", "maxDepth must be between 1 and %1")
                                       .arg(MaxFlowDepth));
    if (options.limit < 1 || options.limit > MaxFlowLimit)
        return Error::badInput(QCoreApplication::translate("StoryFlow", "limit must be between 1 and %1")
                                       .arg(MaxFlowLimit));
    const VertexIndex start = graph.findVertex(startId);
    if (start == NoVertex)
        return Error{ErrorKind::NotFound,
                     QCoreApplication::translate("StoryFlow", "no node has id \"%1\"").arg(text(startId)), {}, 0, 0};
    const GraphVertex &vertex = graph.vertex(start);
    if (vertex.kind != NodeKind::Scene) {
        const std::string &type = graph.typeName(vertex.typeIndex);
        // Two sentences rather than a spliced article, so translators see whole ones.
        const bool vowel = !type.empty() && std::string_view("AEIOUaeiou").find(type.front()) != std::string_view::npos;
        const QString message = vowel
                ? QCoreApplication::translate("StoryFlow", "node \"%1\" is an %2, not a Scene")
                : QCoreApplication::translate("StoryFlow", "node \"%1\" is a %2, not a Scene");
        return Error::badInput(message.arg(text(startId), text(type)));
    }
    FlowResult result = FlowSearch(graph, options.limit).run(start, options.maxDepth);
    timer.setRows(qint64(result.paths.size()));
    return result;
}

} // namespace ryuk
