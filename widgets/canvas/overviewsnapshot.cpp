// Building the overview snapshot and drawing it at low zoom.
#include "overviewsnapshot.h"

#include "document/storydocument.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ryuk {

std::shared_ptr<const OverviewSnapshot> OverviewSnapshot::build(const StoryGraph &graph, const CanvasPalette &palette,
                                                                const std::vector<bool> &hidden)
{
    auto s = std::make_shared<OverviewSnapshot>();
    auto isHidden = [&](VertexIndex v) { return v < hidden.size() && hidden[v]; };
    std::array<QSizeF, 5> sizes;
    for (std::size_t k = 0; k < sizes.size(); ++k)
        sizes[k] = StoryDocument::nodeSize(NodeKind(k));

    s->nodes.reserve(graph.vertexCount());
    double left = 1e300, top = 1e300, right = -1e300, bottom = -1e300;
    for (VertexIndex v = 0; v < graph.vertexSlots(); ++v) {
        const GraphVertex &vertex = graph.vertex(v);
        if (!vertex.alive || isHidden(v))
            continue;
        const QSizeF size = sizes[std::size_t(vertex.kind)];
        const float hw = float(size.width() / 2), hh = float(size.height() / 2);
        s->nodes.push_back({float(vertex.x), float(vertex.y), hw, hh, vertex.kind});
        s->maxHalfWidth = std::max(s->maxHalfWidth, hw);
        left = std::min(left, vertex.x - hw);
        right = std::max(right, vertex.x + hw);
        top = std::min(top, vertex.y - hh);
        bottom = std::max(bottom, vertex.y + hh);
    }
    if (!s->nodes.empty())
        s->bounds = QRectF(QPointF(left, top), QPointF(right, bottom));
    std::sort(s->nodes.begin(), s->nodes.end(), [](const Node &a, const Node &b) { return a.x < b.x; });

    s->edges.reserve(graph.edgeCount());
    for (EdgeIndex e = 0; e < graph.edgeSlots(); ++e) {
        const GraphEdge &edge = graph.edge(e);
        if (!edge.alive || isHidden(edge.from) || isHidden(edge.to))
            continue;
        const GraphVertex &a = graph.vertex(edge.from), &b = graph.vertex(edge.to);
        Edge out{float(a.x), float(a.y), float(b.x), float(b.y), float(std::min(a.x, b.x)), edge.kind};
        if (std::abs(a.x - b.x) <= MaxNarrowSpan)
            s->edges.push_back(out);
        else
            s->wideEdges.push_back(out);
    }
    std::sort(s->edges.begin(), s->edges.end(), [](const Edge &a, const Edge &b) { return a.minX < b.minX; });

    for (std::size_t k = 0; k < s->fill.size(); ++k) {
        s->fill[k] = palette.nodeFill[k].rgba();
        s->border[k] = palette.nodeBorder[k].rgba();
    }
    for (std::size_t k = 0; k < s->edgeColor.size(); ++k)
        s->edgeColor[k] = palette.edge[k].rgba();
    return s;
}

namespace {

constexpr int CancelCheckEvery = 2048;

bool cancelled(const std::atomic_bool *cancel, std::size_t i)
{
    return cancel && i % CancelCheckEvery == 0 && cancel->load(std::memory_order_relaxed);
}

// Opaque colours only, so premultiplied and plain ARGB are the same value.
void fillPixels(QImage &image, int x0, int y0, int x1, int y1, QRgb color)
{
    x0 = std::max(x0, 0);
    y0 = std::max(y0, 0);
    x1 = std::min(x1, image.width());
    y1 = std::min(y1, image.height());
    for (int y = y0; y < y1; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        std::fill(line + x0, line + x1, color);
    }
}

} // namespace

bool renderOverview(const OverviewSnapshot &snapshot, QImage &image, QPointF origin, double scale,
                    const std::atomic_bool *cancel, bool *empty)
{
    image.fill(Qt::transparent);
    bool drewSomething = false;
    const double ox = origin.x(), oy = origin.y();
    const double areaLeft = ox, areaTop = oy;
    const double areaRight = ox + image.width() / scale, areaBottom = oy + image.height() / scale;

    QPainter painter(&image);
    // Anti-aliasing only where lines are long enough for it to show.
    const bool smooth = scale >= 1.0 / 16;
    painter.setRenderHint(QPainter::Antialiasing, smooth);

    // Relationships first, batched per colour.
    std::array<std::vector<QLineF>, 6> lines;
    auto addEdge = [&](const OverviewSnapshot::Edge &edge) {
        const double minY = std::min(edge.y1, edge.y2), maxY = std::max(edge.y1, edge.y2);
        const double maxX = std::max(edge.x1, edge.x2);
        if (maxX < areaLeft || edge.minX > areaRight || maxY < areaTop || minY > areaBottom)
            return;
        const double dx = (edge.x2 - edge.x1) * scale, dy = (edge.y2 - edge.y1) * scale;
        if (std::abs(dx) + std::abs(dy) < 1.5) // hidden under its nodes at this scale
            return;
        lines[std::size_t(edge.kind)].emplace_back((edge.x1 - ox) * scale, (edge.y1 - oy) * scale,
                                                   (edge.x2 - ox) * scale, (edge.y2 - oy) * scale);
    };
    const auto &edges = snapshot.edges;
    auto firstEdge = std::lower_bound(edges.begin(), edges.end(), float(areaLeft - OverviewSnapshot::MaxNarrowSpan),
                                      [](const OverviewSnapshot::Edge &e, float x) { return e.minX < x; });
    std::size_t count = 0;
    for (auto it = firstEdge; it != edges.end() && it->minX <= areaRight; ++it) {
        if (cancelled(cancel, ++count))
            return false;
        addEdge(*it);
    }
    for (const auto &edge : snapshot.wideEdges) {
        if (cancelled(cancel, ++count))
            return false;
        addEdge(edge);
    }
    for (std::size_t k = 0; k < lines.size(); ++k) {
        if (lines[k].empty())
            continue;
        drewSomething = true;
        painter.setPen(QPen(QColor::fromRgba(snapshot.edgeColor[k]), smooth ? 1.2 : 1));
        painter.drawLines(lines[k].data(), int(lines[k].size()));
    }

    // Nodes: single pixels or small blocks written straight into the image
    // when they are tiny, simple shapes through the painter when they are not.
    const auto &nodes = snapshot.nodes;
    auto firstNode = std::lower_bound(nodes.begin(), nodes.end(), float(areaLeft - snapshot.maxHalfWidth),
                                      [](const OverviewSnapshot::Node &n, float x) { return n.x < x; });
    painter.setRenderHint(QPainter::Antialiasing, scale >= 1.0 / 8);
    for (auto it = firstNode; it != nodes.end() && it->x - it->hw <= areaRight; ++it) {
        if (cancelled(cancel, ++count))
            return false;
        const auto &n = *it;
        if (n.x + n.hw < areaLeft || n.y + n.hh < areaTop || n.y - n.hh > areaBottom)
            continue;
        drewSomething = true;
        const double x0 = (n.x - n.hw - ox) * scale, x1 = (n.x + n.hw - ox) * scale;
        const double y0 = (n.y - n.hh - oy) * scale, y1 = (n.y + n.hh - oy) * scale;
        const auto k = std::size_t(n.kind);
        if (x1 - x0 < 4 || y1 - y0 < 4) {
            const int ix0 = int(std::floor(x0)), iy0 = int(std::floor(y0));
            fillPixels(image, ix0, iy0, std::max(ix0 + 1, int(std::ceil(x1))), std::max(iy0 + 1, int(std::ceil(y1))),
                       snapshot.border[k]);
            continue;
        }
        const QRectF r(QPointF(x0, y0), QPointF(x1, y1));
        painter.setBrush(QColor::fromRgba(snapshot.fill[k]));
        painter.setPen(QPen(QColor::fromRgba(snapshot.border[k]), 1));
        switch (n.kind) {
        case NodeKind::Character:
            painter.drawEllipse(r);
            break;
        case NodeKind::Choice:
            painter.drawPolygon(QPolygonF({QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()),
                                           QPointF(r.center().x(), r.bottom()), QPointF(r.left(), r.center().y())}));
            break;
        case NodeKind::Event: {
            const double inset = std::min(r.height() / 2, r.width() / 4);
            painter.drawPolygon(QPolygonF({QPointF(r.left() + inset, r.top()), QPointF(r.right() - inset, r.top()),
                                           QPointF(r.right(), r.center().y()), QPointF(r.right() - inset, r.bottom()),
                                           QPointF(r.left() + inset, r.bottom()), QPointF(r.left(), r.center().y())}));
            break;
        }
        case NodeKind::Scene:
        case NodeKind::Other:
            painter.drawRect(r);
            break;
        }
    }
    if (empty)
        *empty = !drewSomething;
    return true;
}

} // namespace ryuk
