// The canvas grid: cell bookkeeping and segment traversal.
#include "spatialindex.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ryuk {

SpatialIndex::SpatialIndex(double cellSize, double maxNodeExtent) : mCellSize(cellSize), mMaxExtent(maxNodeExtent) {}

void SpatialIndex::clear()
{
    mCells.clear();
    mPos.clear();
    mVertexIn.clear();
    mEdges.clear();
    mLongEdges.clear();
    mEdgeStamp.clear();
}

qint64 SpatialIndex::cellOf(double coordinate) const
{
    // Clamped so a node dragged absurdly far away still has a cell.
    const double c = std::floor(coordinate / mCellSize);
    return qint64(std::clamp(c, -1.0e9, 1.0e9));
}

void SpatialIndex::rebuild(const StoryGraph &graph)
{
    clear();
    mPos.resize(graph.vertexSlots());
    mVertexIn.assign(graph.vertexSlots(), false);
    mEdges.resize(graph.edgeSlots());
    mEdgeStamp.assign(graph.edgeSlots(), 0);
    mCells.reserve(graph.vertexCount() / 4 + 16);
    for (VertexIndex v = 0; v < graph.vertexSlots(); ++v) {
        const GraphVertex &vertex = graph.vertex(v);
        if (vertex.alive)
            fileVertex(v, QPointF(vertex.x, vertex.y));
    }
    for (EdgeIndex e = 0; e < graph.edgeSlots(); ++e) {
        const GraphEdge &edge = graph.edge(e);
        if (edge.alive)
            fileEdge(e, edge.from, edge.to);
    }
}

void SpatialIndex::fileVertex(VertexIndex v, QPointF p)
{
    if (v >= mPos.size()) {
        mPos.resize(v + 1);
        mVertexIn.resize(v + 1, false);
    }
    mPos[v] = p;
    mVertexIn[v] = true;
    mCells[key(cellOf(p.x()), cellOf(p.y()))].nodes.push_back(v);
}

void SpatialIndex::unfileVertex(VertexIndex v)
{
    if (!contains(v))
        return;
    const QPointF p = mPos[v];
    auto it = mCells.find(key(cellOf(p.x()), cellOf(p.y())));
    if (it != mCells.end()) {
        auto &nodes = it->second.nodes;
        if (auto n = std::find(nodes.begin(), nodes.end(), v); n != nodes.end()) {
            *n = nodes.back();
            nodes.pop_back();
        }
        if (nodes.empty() && it->second.edges.empty())
            mCells.erase(it);
    }
    mVertexIn[v] = false;
}

template<typename F>
bool SpatialIndex::forEachCellOnSegment(QPointF a, QPointF b, F &&f) const
{
    // Grid traversal (Amanatides & Woo): step to whichever cell border the
    // segment meets first, so exactly the crossed cells are visited.
    const double x0 = a.x() / mCellSize, y0 = a.y() / mCellSize;
    const double x1 = b.x() / mCellSize, y1 = b.y() / mCellSize;
    qint64 cx = cellOf(a.x()), cy = cellOf(a.y());
    const qint64 ex = cellOf(b.x()), ey = cellOf(b.y());
    const qint64 steps = std::abs(ex - cx) + std::abs(ey - cy);
    if (steps + 1 > MaxEdgeCells)
        return false;
    const double dx = std::abs(x1 - x0), dy = std::abs(y1 - y0);
    const int sx = x1 > x0 ? 1 : -1, sy = y1 > y0 ? 1 : -1;
    constexpr double inf = std::numeric_limits<double>::infinity();
    double tMaxX = dx == 0 ? inf : (sx > 0 ? double(cx + 1) - x0 : x0 - double(cx)) / dx;
    double tMaxY = dy == 0 ? inf : (sy > 0 ? double(cy + 1) - y0 : y0 - double(cy)) / dy;
    const double tDeltaX = dx == 0 ? inf : 1 / dx, tDeltaY = dy == 0 ? inf : 1 / dy;
    for (qint64 i = 0; i <= steps; ++i) {
        f(cx, cy);
        if (cx == ex && cy == ey)
            break;
        if (tMaxX < tMaxY) {
            tMaxX += tDeltaX;
            cx += sx;
        } else {
            tMaxY += tDeltaY;
            cy += sy;
        }
    }
    return true;
}

void SpatialIndex::fileEdge(EdgeIndex e, VertexIndex from, VertexIndex to)
{
    if (e >= mEdges.size()) {
        mEdges.resize(e + 1);
        mEdgeStamp.resize(e + 1, 0);
    }
    if (!contains(from) || !contains(to))
        return;
    FiledEdge &filed = mEdges[e];
    filed.a = mPos[from];
    filed.b = mPos[to];
    filed.in = true;
    filed.longEdge = !forEachCellOnSegment(filed.a, filed.b, [&](qint64 cx, qint64 cy) {
        auto &edges = mCells[key(cx, cy)].edges;
        // A segment can pass a cell corner and be reported twice for one cell.
        if (edges.empty() || edges.back() != e)
            edges.push_back(e);
    });
    if (filed.longEdge)
        mLongEdges.push_back(e);
}

void SpatialIndex::unfileEdge(EdgeIndex e)
{
    if (e >= mEdges.size() || !mEdges[e].in)
        return;
    FiledEdge &filed = mEdges[e];
    if (filed.longEdge) {
        std::erase(mLongEdges, e);
    } else {
        forEachCellOnSegment(filed.a, filed.b, [&](qint64 cx, qint64 cy) {
            auto it = mCells.find(key(cx, cy));
            if (it == mCells.end())
                return;
            auto &edges = it->second.edges;
            if (auto n = std::find(edges.begin(), edges.end(), e); n != edges.end()) {
                *n = edges.back();
                edges.pop_back();
            }
            if (edges.empty() && it->second.nodes.empty())
                mCells.erase(it);
        });
    }
    filed = FiledEdge{};
}

void SpatialIndex::addVertex(const StoryGraph &graph, VertexIndex v)
{
    const GraphVertex &vertex = graph.vertex(v);
    if (!vertex.alive)
        return;
    unfileVertex(v);
    fileVertex(v, QPointF(vertex.x, vertex.y));
}

void SpatialIndex::moveVertex(const StoryGraph &graph, VertexIndex v)
{
    const GraphVertex &vertex = graph.vertex(v);
    if (!vertex.alive)
        return;
    const auto &g = graph.graph();
    std::vector<EdgeIndex> incident;
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
        incident.push_back(graph.edgeIndex(*it));
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
        incident.push_back(graph.edgeIndex(*it));
    for (EdgeIndex e : incident)
        unfileEdge(e);
    unfileVertex(v);
    fileVertex(v, QPointF(vertex.x, vertex.y));
    for (EdgeIndex e : incident) {
        const GraphEdge &edge = graph.edge(e);
        if (edge.alive && !(e < mEdges.size() && mEdges[e].in)) // a self-loop is listed twice
            fileEdge(e, edge.from, edge.to);
    }
}

void SpatialIndex::addEdge(const StoryGraph &graph, EdgeIndex e)
{
    const GraphEdge &edge = graph.edge(e);
    if (!edge.alive)
        return;
    unfileEdge(e);
    fileEdge(e, edge.from, edge.to);
}

void SpatialIndex::sweep(const StoryGraph &graph, const std::function<void(const QRectF &)> &removed)
{
    for (EdgeIndex e = 0; e < mEdges.size(); ++e) {
        if (mEdges[e].in && (e >= graph.edgeSlots() || !graph.edge(e).alive)) {
            removed(QRectF(mEdges[e].a, mEdges[e].b).normalized());
            unfileEdge(e);
        }
    }
    for (VertexIndex v = 0; v < mVertexIn.size(); ++v) {
        if (mVertexIn[v] && (v >= graph.vertexSlots() || !graph.vertex(v).alive)) {
            removed(QRectF(mPos[v], mPos[v]));
            unfileVertex(v);
        }
    }
}

template<typename F>
void SpatialIndex::forEachCellIn(const QRectF &rect, F &&f) const
{
    const qint64 x0 = cellOf(rect.left()), x1 = cellOf(rect.right());
    const qint64 y0 = cellOf(rect.top()), y1 = cellOf(rect.bottom());
    // A huge rectangle over a sparse story: walk the cells that exist instead.
    if (double(x1 - x0 + 1) * double(y1 - y0 + 1) > double(mCells.size())) {
        for (const auto &[k, cell] : mCells) {
            const qint64 cx = qint32(quint32(k >> 32)), cy = qint32(quint32(k));
            if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1)
                f(cell);
        }
        return;
    }
    for (qint64 cy = y0; cy <= y1; ++cy) {
        for (qint64 cx = x0; cx <= x1; ++cx) {
            if (auto it = mCells.find(key(cx, cy)); it != mCells.end())
                f(it->second);
        }
    }
}

void SpatialIndex::nodesIn(const QRectF &rect, std::vector<VertexIndex> &out) const
{
    forEachCellIn(rect.adjusted(-mMaxExtent, -mMaxExtent, mMaxExtent, mMaxExtent),
                  [&](const Cell &cell) { out.insert(out.end(), cell.nodes.begin(), cell.nodes.end()); });
}

void SpatialIndex::edgesIn(const QRectF &rect, std::vector<EdgeIndex> &out) const
{
    if (++mStamp == 0) { // wrapped: old stamps could collide
        std::fill(mEdgeStamp.begin(), mEdgeStamp.end(), 0);
        mStamp = 1;
    }
    auto take = [&](EdgeIndex e) {
        if (mEdgeStamp[e] != mStamp) {
            mEdgeStamp[e] = mStamp;
            out.push_back(e);
        }
    };
    forEachCellIn(rect, [&](const Cell &cell) {
        for (EdgeIndex e : cell.edges)
            take(e);
    });
    for (EdgeIndex e : mLongEdges) {
        const FiledEdge &filed = mEdges[e];
        const QRectF box = QRectF(filed.a, filed.b).normalized().adjusted(-1, -1, 1, 1);
        if (box.intersects(rect))
            take(e);
    }
}

} // namespace ryuk
