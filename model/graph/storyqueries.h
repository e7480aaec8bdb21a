// More questions of the story graph: shortest paths, reachability, and which
// characters share scenes (for the character map).
#pragma once

#include "storyflow.h"
#include "storygraph.h"

namespace ryuk {

enum class PathMetric { Hops, Weight };

// The shortest LEADS_TO path from `fromId` to `toId`: fewest relationships, or
// least total `weight` (Dijkstra; a missing weight counts 1, negative weights
// are a BadInput error naming the relationship). Ties are broken the way
// storyFlow orders paths. NotFound when an id is unknown or no path exists
// (message: `no LEADS_TO path from "a" to "b"`).
Result<FlowPath> shortestPath(const StoryGraph &graph, std::string_view fromId, std::string_view toId,
                              PathMetric metric = PathMetric::Hops);

struct Reach
{
    std::vector<std::string> reachable; // reachable from the scene over LEADS_TO (excluding itself unless on a loop), sorted by id
    std::vector<std::string> reachedBy; // nodes from which the scene is reachable, sorted by id
};
Result<Reach> reach(const StoryGraph &graph, std::string_view sceneId);

struct CoAppearance
{
    std::string a; // a < b by id
    std::string b;
    int scenes = 0; // Scenes both appear in (APPEARS_IN Character→Scene)
};
// Every pair of characters sharing at least one scene, most shared first, then by (a, b).
std::vector<CoAppearance> coAppearances(const StoryGraph &graph);

} // namespace ryuk
