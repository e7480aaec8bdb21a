// layoutStory: runs the chosen layout and hands back whole-number positions,
// the top-left box centre at (0, 0), one per live node in vertex order.
#include "storylayout.h"

#include "metrics/querytimer.h"

#include "forcelayout.h"
#include "layeredlayout.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace ryuk {

Result<std::vector<NodePosition>> layoutStory(const StoryGraph &graph, const LayoutOptions &options)
{
    // Recorded by the profiler like the store's queries.
    static const int timedKind = QueryMetrics::global().kindId("layout");
    QueryTimer timer(timedKind);
    timer.setRows(qint64(graph.vertexCount()));
    const std::optional<std::vector<QPointF>> centres = options.kind == LayoutKind::Force
            ? forceLayout(graph, options.seed, options.cancel)
            : layeredLayout(graph, options.cancel);
    if (!centres)
        return Error{ErrorKind::Cancelled, QCoreApplication::translate("StoryLayout", "layout cancelled"), {}, 0, 0};

    // The layouts work in their own frames (a column of characters left of
    // zero, a force layout around its centre): move the result to the origin.
    double left = std::numeric_limits<double>::max();
    double top = std::numeric_limits<double>::max();
    for (VertexIndex v = 0; v < graph.vertexSlots(); ++v) {
        if (graph.vertex(v).alive) {
            left = std::min(left, (*centres)[v].x());
            top = std::min(top, (*centres)[v].y());
        }
    }
    std::vector<NodePosition> positions;
    positions.reserve(graph.vertexCount());
    for (VertexIndex v = 0; v < graph.vertexSlots(); ++v) {
        if (graph.vertex(v).alive)
            positions.push_back({graph.vertex(v).id, (*centres)[v].x() - left, (*centres)[v].y() - top});
    }
    return positions;
}

} // namespace ryuk
