// Automatic layout: canvas positions for every node of a story.
#pragma once

#include "storygraph.h"

#include <atomic>

namespace ryuk {

enum class LayoutKind {
    Layered, // story flow top to bottom (Sugiyama-style), for the LEADS_TO graph
    Force,   // force-directed (Fruchterman–Reingold), for character maps and small graphs
};

// Every node is a box of this size centred on its position; layouts keep at
// least the gap between boxes, so nodes never overlap.
inline constexpr double LayoutNodeWidth = 200;
inline constexpr double LayoutNodeHeight = 80;
inline constexpr double LayoutGap = 40;

struct LayoutOptions
{
    LayoutKind kind = LayoutKind::Layered;
    quint64 seed = 1;                       // Force: the same seed gives the same layout
    const std::atomic_bool *cancel = nullptr; // checked now and then; set to stop (Cancelled)
};

// Positions for every live node (ids as in the graph), in vertex order.
Result<std::vector<NodePosition>> layoutStory(const StoryGraph &graph, const LayoutOptions &options = {});

} // namespace ryuk
