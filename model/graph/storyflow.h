// Story flow (the Ryuk guide's getStoryFlow): the LEADS_TO paths from a start
// scene, shortest first, in a fixed order, with a cost bounded by the paths
// returned rather than by all paths in the graph.
#pragma once

#include "storygraph.h"

namespace ryuk {

struct FlowPath
{
    std::vector<VertexIndex> nodes; // start first; nodes.size() == edges.size() + 1
    std::vector<EdgeIndex> edges;
    int length() const { return int(edges.size()); }
};

struct FlowOptions
{
    int maxDepth = 10; // 1..100
    int limit = 100;   // 1..10000
};

struct FlowResult
{
    std::vector<FlowPath> paths;
};

// Paths that start at the Scene `startId`, follow LEADS_TO in its direction
// through any node type, take 1 to maxDepth relationships, never use one
// relationship twice (nodes may repeat) and end at a Scene. Ordered by length,
// then step by step by the next node's id (UTF-8 byte order), then by the
// relationship's id. The first `limit` are returned.
// Errors: unknown id (NotFound), a start that is not a Scene or options out of
// range (BadInput), each with a message naming the id or option.
Result<FlowResult> storyFlow(const StoryGraph &graph, std::string_view startId, const FlowOptions &options = {});

} // namespace ryuk
