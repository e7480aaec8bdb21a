// Shortest paths, reachability and shared scenes over the story graph.
#include "storyqueries.h"

#include "metrics/querytimer.h"

#include <QCoreApplication>

#include <algorithm>
#include <queue>
#include <unordered_map>

namespace ryuk {
namespace {

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

Error noNode(std::string_view id)
{
    return Error{ErrorKind::NotFound, QCoreApplication::translate("StoryQueries", "no node has id \"%1\"").arg(text(id)),
                 {}, 0, 0};
}

bool isLeadsTo(const StoryGraph &graph, EdgeIndex e)
{
    const GraphEdge &edge = graph.edge(e);
    return edge.alive && edge.kind == EdgeKind::LeadsTo;
}

// Calls visit(edge index, other end) for each LEADS_TO out of (Forward) or into v.
enum class Direction { Forward, Backward };
template<typename Visit>
void forEachLeadsTo(const StoryGraph &graph, VertexIndex v, Direction direction, const Visit &visit)
{
    const StoryGraph::Graph &g = graph.graph();
    if (direction == Direction::Forward) {
        for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
            if (const EdgeIndex e = graph.edgeIndex(*it); isLeadsTo(graph, e))
                visit(e, VertexIndex(boost::target(*it, g)));
        }
    } else {
        for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) {
            if (const EdgeIndex e = graph.edgeIndex(*it); isLeadsTo(graph, e))
                visit(e, VertexIndex(boost::source(*it, g)));
        }
    }
}

// Cost of the rest of a path to the target. Among equally heavy paths the
// shorter comes first, as in storyFlow; for Hops the weight stays 0.
struct Cost
{
    double weight = 0;
    int hops = 0;
    auto operator<=>(const Cost &) const = default;
};

// With the cost to the target known for every vertex that can lie on a best
// path, walks forward from `from` taking at each step the best-placed edge with
// the smallest (next node id, relationship id): the path storyFlow would list
// first among the best.
FlowPath bestPath(const StoryGraph &graph, VertexIndex from, const std::vector<Cost> &toTarget,
                  const std::vector<bool> &settled, PathMetric metric)
{
    FlowPath path;
    path.nodes.push_back(from);
    for (VertexIndex v = from; toTarget[v].hops > 0;) {
        VertexIndex bestTo = NoVertex;
        EdgeIndex bestEdge = NoEdge;
        forEachLeadsTo(graph, v, Direction::Forward, [&](EdgeIndex e, VertexIndex w) {
            if (!settled[w])
                return;
            const double weight = metric == PathMetric::Weight ? graph.edge(e).weight.value_or(1.0) : 0.0;
            if (Cost{weight + toTarget[w].weight, toTarget[w].hops + 1} != toTarget[v])
                return;
            if (bestEdge != NoEdge) {
                const int c = graph.vertex(w).id.compare(graph.vertex(bestTo).id);
                if (c > 0 || (c == 0 && graph.edge(e).id >= graph.edge(bestEdge).id))
                    return;
            }
            bestTo = w;
            bestEdge = e;
        });
        Q_ASSERT(bestEdge != NoEdge); // the edge that set toTarget[v] qualifies
        path.nodes.push_back(bestTo);
        path.edges.push_back(bestEdge);
        v = bestTo;
    }
    return path;
}

} // namespace

Result<FlowPath> shortestPath(const StoryGraph &graph, std::string_view fromId, std::string_view toId,
                              PathMetric metric)
{
    // Recorded by the profiler like the store's queries.
    static const int timedKind = QueryMetrics::global().kindId("path");
    QueryTimer timer(timedKind);
    const VertexIndex from = graph.findVertex(fromId);
    if (from == NoVertex)
        return noNode(fromId);
    const VertexIndex to = graph.findVertex(toId);
    if (to == NoVertex)
        return noNode(toId);
    if (metric == PathMetric::Weight) {
        // Checked over the whole story rather than the part searched: an
        // unseen negative edge could make a shorter path, and the same story
        // should give the same answer to every question.
        const GraphEdge *negative = nullptr;
        for (EdgeIndex e = 0; e < graph.edgeSlots(); ++e) {
            const GraphEdge &edge = graph.edge(e);
            if (isLeadsTo(graph, e) && edge.weight && *edge.weight < 0 && (!negative || edge.id < negative->id))
                negative = &edge;
        }
        if (negative)
            return Error::badInput(QCoreApplication::translate("StoryQueries", "relationship \"%1\" has a negative weight")
                                           .arg(text(negative->id)));
    }

    // Backwards from the target, until `from` is settled: every vertex on a
    // best path is closer to the target than `from`, so it is settled by then.
    std::vector<Cost> toTarget(graph.vertexSlots());
    std::vector<bool> settled(graph.vertexSlots());
    if (metric == PathMetric::Hops) {
        std::vector<VertexIndex> queue{to};
        settled[to] = true;
        for (std::size_t head = 0; head < queue.size() && !settled[from]; ++head) {
            const VertexIndex v = queue[head];
            forEachLeadsTo(graph, v, Direction::Backward, [&](EdgeIndex, VertexIndex u) {
                if (!settled[u]) {
                    settled[u] = true;
                    toTarget[u] = Cost{0, toTarget[v].hops + 1};
                    queue.push_back(u);
                }
            });
        }
    } else {
        std::vector<bool> seen(graph.vertexSlots());
        using Entry = std::pair<Cost, VertexIndex>;
        std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
        queue.push({Cost{}, to});
        seen[to] = true;
        while (!queue.empty() && !settled[from]) {
            const auto [cost, v] = queue.top();
            queue.pop();
            if (settled[v])
                continue;
            settled[v] = true;
            // Captured by copy: clang before 16 cannot capture a structured binding.
            forEachLeadsTo(graph, v, Direction::Backward, [&, cost = cost](EdgeIndex e, VertexIndex u) {
                const Cost through{graph.edge(e).weight.value_or(1.0) + cost.weight, cost.hops + 1};
                if (!settled[u] && (!seen[u] || through < toTarget[u])) {
                    seen[u] = true;
                    toTarget[u] = through;
                    queue.push({through, u});
                }
            });
        }
    }
    if (!settled[from])
        return Error{ErrorKind::NotFound,
                     QCoreApplication::translate("StoryQueries", "no LEADS_TO path from \"%1\" to \"%2\"")
                             .arg(text(fromId), text(toId)),
                     {}, 0, 0};
    return bestPath(graph, from, toTarget, settled, metric);
}

Result<Reach> reach(const StoryGraph &graph, std::string_view sceneId)
{
    // Recorded by the profiler like the store's queries.
    static const int timedKind = QueryMetrics::global().kindId("reach");
    QueryTimer timer(timedKind);
    const VertexIndex scene = graph.findVertex(sceneId);
    if (scene == NoVertex)
        return noNode(sceneId);
    // The scene itself counts only if a path leads back to it, so the search
    // starts from its neighbours rather than from it.
    auto collect = [&](Direction direction) {
        std::vector<bool> seen(graph.vertexSlots());
        std::vector<VertexIndex> queue;
        auto visit = [&](EdgeIndex, VertexIndex w) {
            if (!seen[w]) {
                seen[w] = true;
                queue.push_back(w);
            }
        };
        forEachLeadsTo(graph, scene, direction, visit);
        for (std::size_t head = 0; head < queue.size(); ++head)
            forEachLeadsTo(graph, queue[head], direction, visit);
        std::vector<std::string> ids;
        ids.reserve(queue.size());
        for (VertexIndex v : queue)
            ids.push_back(graph.vertex(v).id);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    Reach result;
    result.reachable = collect(Direction::Forward);
    result.reachedBy = collect(Direction::Backward);
    return result;
}

std::vector<CoAppearance> coAppearances(const StoryGraph &graph)
{
    // Recorded by the profiler like the store's queries.
    static const int timedKind = QueryMetrics::global().kindId("coappear");
    QueryTimer timer(timedKind);
    // Per Scene, its distinct characters; then every pair of them shares it.
    std::unordered_map<VertexIndex, std::vector<VertexIndex>> cast;
    for (EdgeIndex e = 0; e < graph.edgeSlots(); ++e) {
        const GraphEdge &edge = graph.edge(e);
        if (edge.alive && edge.kind == EdgeKind::AppearsIn && graph.vertex(edge.from).kind == NodeKind::Character
            && graph.vertex(edge.to).kind == NodeKind::Scene)
            cast[edge.to].push_back(edge.from);
    }
    std::unordered_map<quint64, int> shared; // (lower index << 32 | higher index) -> scenes
    for (auto &[scene, characters] : cast) {
        std::sort(characters.begin(), characters.end());
        characters.erase(std::unique(characters.begin(), characters.end()), characters.end());
        for (std::size_t i = 0; i < characters.size(); ++i) {
            for (std::size_t j = i + 1; j < characters.size(); ++j)
                ++shared[(quint64(characters[i]) << 32) | characters[j]];
        }
    }
    std::vector<CoAppearance> pairs;
    pairs.reserve(shared.size());
    for (const auto &[key, scenes] : shared) {
        const std::string *a = &graph.vertex(VertexIndex(key >> 32)).id;
        const std::string *b = &graph.vertex(VertexIndex(key & 0xffffffffu)).id;
        if (*b < *a)
            std::swap(a, b);
        pairs.push_back({*a, *b, scenes});
    }
    std::sort(pairs.begin(), pairs.end(), [](const CoAppearance &x, const CoAppearance &y) {
        return std::tie(y.scenes, x.a, x.b) < std::tie(x.scenes, y.a, y.b);
    });
    return pairs;
}

} // namespace ryuk
