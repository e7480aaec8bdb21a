// Story validation: one pass over the relationships, then reachability and
// strongly connected components on a compact copy of the LEADS_TO graph.
#include "storyvalidation.h"

#include "metrics/querytimer.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <tuple>

namespace ryuk {
namespace {

// LEADS_TO only, over the same vertex indexes as the story graph (dead vertices
// stay as isolated slots). Flat arrays: validation walks every edge several
// times, and the adjacency list would cost a pointer chase per edge to read its kind.
using FlowGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                     boost::no_property, VertexIndex, EdgeIndex>;

bool isScene(const GraphVertex &v)
{
    return v.alive && v.kind == NodeKind::Scene;
}

// Start Scenes: the marked ones, else the first by (chapter, sequence, id), a
// missing chapter or sequence sorting after every present one.
std::vector<VertexIndex> startScenes(const StoryGraph &graph)
{
    std::vector<VertexIndex> marked;
    VertexIndex first = NoVertex;
    auto key = [](const GraphVertex &v) {
        return std::make_tuple(!v.chapter, v.chapter.value_or(0), !v.sequence, v.sequence.value_or(0),
                               std::string_view(v.id));
    };
    for (VertexIndex v = 0; v < graph.vertexSlots(); ++v) {
        const GraphVertex &vertex = graph.vertex(v);
        if (!isScene(vertex))
            continue;
        if (vertex.flags & StartFlag)
            marked.push_back(v);
        if (first == NoVertex || key(vertex) < key(graph.vertex(first)))
            first = v;
    }
    if (marked.empty() && first != NoVertex)
        marked.push_back(first);
    return marked;
}

std::vector<std::string> sortedIds(const StoryGraph &graph, const std::vector<VertexIndex> &vertices)
{
    std::vector<std::string> ids;
    ids.reserve(vertices.size());
    for (VertexIndex v : vertices)
        ids.push_back(graph.vertex(v).id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

ValidationReport validateStory(const StoryGraph &graph)
{
    // Recorded by the profiler like the store's queries.
    static const int timedKind = QueryMetrics::global().kindId("validate");
    QueryTimer timer(timedKind);
    timer.setRows(qint64(graph.vertexCount()));
    ValidationReport report;
    const std::size_t vertexSlots = graph.vertexSlots();

    std::vector<std::pair<VertexIndex, VertexIndex>> leads;
    leads.reserve(graph.edgeCount());
    std::vector<bool> selfLoop(vertexSlots);
    std::vector<bool> appears(vertexSlots); // Characters with an APPEARS_IN to a Scene
    for (EdgeIndex e = 0; e < graph.edgeSlots(); ++e) {
        const GraphEdge &edge = graph.edge(e);
        if (!edge.alive)
            continue;
        const GraphVertex &from = graph.vertex(edge.from);
        const GraphVertex &to = graph.vertex(edge.to);
        if (edge.kind == EdgeKind::LeadsTo) {
            leads.emplace_back(edge.from, edge.to);
            if (edge.from == edge.to)
                selfLoop[edge.from] = true;
            if (isScene(from) && isScene(to) && from.chapter && from.chapter == to.chapter && from.sequence
                && to.sequence && *to.sequence < *from.sequence)
                report.sequenceBackwards.emplace_back(from.id, to.id);
        } else if (edge.kind == EdgeKind::AppearsIn && from.kind == NodeKind::Character && isScene(to)) {
            appears[edge.from] = true;
        }
    }
    const FlowGraph flow(boost::edges_are_unsorted_multi_pass, leads.begin(), leads.end(), vertexSlots);
    leads = {};

    // Dead ends, dangling choices and absent characters need only the degrees.
    std::vector<VertexIndex> deadEnds, danglingChoices, absentCharacters;
    for (VertexIndex v = 0; v < vertexSlots; ++v) {
        const GraphVertex &vertex = graph.vertex(v);
        if (!vertex.alive)
            continue;
        const bool leadsOut = boost::out_degree(v, flow) > 0;
        if (vertex.kind == NodeKind::Scene && !leadsOut && !(vertex.flags & EndingFlag))
            deadEnds.push_back(v);
        else if (vertex.kind == NodeKind::Choice && !leadsOut)
            danglingChoices.push_back(v);
        else if (vertex.kind == NodeKind::Character && !appears[v])
            absentCharacters.push_back(v);
    }
    report.deadEnds = sortedIds(graph, deadEnds);
    report.danglingChoices = sortedIds(graph, danglingChoices);
    report.absentCharacters = sortedIds(graph, absentCharacters);

    // Reachability: breadth first from every start at once, through any node type.
    const std::vector<VertexIndex> starts = startScenes(graph);
    report.starts = sortedIds(graph, starts);
    std::vector<bool> reached(vertexSlots);
    std::vector<VertexIndex> queue(starts);
    for (VertexIndex v : starts)
        reached[v] = true;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        for (auto [it, end] = boost::adjacent_vertices(queue[head], flow); it != end; ++it) {
            if (!reached[*it]) {
                reached[*it] = true;
                queue.push_back(*it);
            }
        }
    }
    std::vector<VertexIndex> unreachable;
    for (VertexIndex v = 0; v < vertexSlots; ++v) {
        if (isScene(graph.vertex(v)) && !reached[v])
            unreachable.push_back(v);
    }
    report.unreachable = sortedIds(graph, unreachable);

    // Loops: components that a path can go round, i.e. of more than one node,
    // or one node with a LEADS_TO to itself (reported once, however many).
    std::vector<VertexIndex> component(vertexSlots);
    const VertexIndex components = VertexIndex(boost::strong_components(
            flow, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, flow))));
    std::vector<VertexIndex> size(components);
    for (VertexIndex v = 0; v < vertexSlots; ++v)
        ++size[component[v]];
    std::vector<VertexIndex> onLoops;
    for (VertexIndex v = 0; v < vertexSlots; ++v) {
        if (graph.vertex(v).alive && (size[component[v]] > 1 || selfLoop[v]))
            onLoops.push_back(v);
    }
    std::stable_sort(onLoops.begin(), onLoops.end(),
                     [&](VertexIndex a, VertexIndex b) { return component[a] < component[b]; });
    for (auto first = onLoops.begin(); first != onLoops.end();) {
        const auto last = std::find_if(first, onLoops.end(),
                                       [&](VertexIndex v) { return component[v] != component[*first]; });
        report.loops.push_back(sortedIds(graph, std::vector<VertexIndex>(first, last)));
        first = last;
    }
    std::sort(report.loops.begin(), report.loops.end());

    std::sort(report.sequenceBackwards.begin(), report.sequenceBackwards.end());
    report.sequenceBackwards.erase(std::unique(report.sequenceBackwards.begin(), report.sequenceBackwards.end()),
                                   report.sequenceBackwards.end());
    return report;
}

} // namespace ryuk
