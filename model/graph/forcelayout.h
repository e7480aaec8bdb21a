// The force-directed layout behind layoutStory: internal to the model.
#pragma once

#include "storygraph.h"

#include <QPointF>

#include <atomic>
#include <optional>
#include <vector>

namespace ryuk {

// Box centres indexed by vertex (entries of removed vertices are left at 0, 0),
// whole numbers, with boxes at least LayoutGap apart; the same seed gives the
// same layout. std::nullopt once `cancel` is set.
std::optional<std::vector<QPointF>> forceLayout(const StoryGraph &graph, quint64 seed, const std::atomic_bool *cancel);

} // namespace ryuk
