// What the zoomed-out overview draws, copied out of the graph so tiles can be
// rendered on worker threads while the GUI thread edits the graph: positions,
// kinds and colours, sorted by x for cheap culling. Immutable once built.
#pragma once

#include "canvaspalette.h"
#include "graph/storygraph.h"

#include <QImage>
#include <QRectF>
#include <QRgb>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

namespace ryuk {

struct OverviewSnapshot
{
    struct Node
    {
        float x, y;   // centre
        float hw, hh; // half size
        NodeKind kind;
    };
    struct Edge
    {
        float x1, y1, x2, y2;
        float minX;
        EdgeKind kind;
    };

    std::vector<Node> nodes;     // by x
    std::vector<Edge> edges;     // narrow ones (at most MaxNarrowSpan wide), by minX
    std::vector<Edge> wideEdges; // the rest
    float maxHalfWidth = 0;
    QRectF bounds; // of every node box drawn
    std::array<QRgb, 5> fill{};
    std::array<QRgb, 5> border{};
    std::array<QRgb, 6> edgeColor{};

    static constexpr float MaxNarrowSpan = 4096;

    // `hidden[v]` leaves vertex v (and its relationships) out; it may be
    // shorter than the graph (the rest are shown).
    static std::shared_ptr<const OverviewSnapshot> build(const StoryGraph &graph, const CanvasPalette &palette,
                                                         const std::vector<bool> &hidden);
};

// Draws simple shapes without text for the scene area whose top-left corner is
// `origin` into `image` (transparent where nothing is) at `scale` pixels per
// scene unit. Returns false when cancelled (the image is then partial) and
// sets `empty` when nothing fell into the area.
bool renderOverview(const OverviewSnapshot &snapshot, QImage &image, QPointF origin, double scale,
                    const std::atomic_bool *cancel, bool *empty = nullptr);

} // namespace ryuk
