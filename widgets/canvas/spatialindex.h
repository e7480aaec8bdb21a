// A uniform grid over the canvas for the visible-set queries and hit tests:
// nodes are filed under the cell of their centre, relationships under every
// cell their centre-to-centre segment crosses. Edits update it one element at
// a time; only a reset rebuilds it.
#pragma once

#include "graph/storygraph.h"

#include <QPointF>
#include <QRectF>

#include <functional>
#include <unordered_map>
#include <vector>

namespace ryuk {

class SpatialIndex
{
public:
    // `maxNodeExtent` is the largest half width or height of a node, so a query
    // finds nodes whose centre lies outside the rectangle but whose box reaches in.
    explicit SpatialIndex(double cellSize = 512, double maxNodeExtent = 120);

    void clear();
    // Files every live vertex and edge of `graph`.
    void rebuild(const StoryGraph &graph);

    // Keeps the index in step with the graph after these changes.
    void addVertex(const StoryGraph &graph, VertexIndex v);
    // `v` moved (or changed): refiles it and its incident edges.
    void moveVertex(const StoryGraph &graph, VertexIndex v);
    void addEdge(const StoryGraph &graph, EdgeIndex e);
    // Drops vertices and edges the graph no longer holds (after removals),
    // telling `removed` the area each one covered (a point for a vertex).
    void sweep(const StoryGraph &graph, const std::function<void(const QRectF &)> &removed);

    // Candidates whose box may meet `rect` (the caller checks exactly), each once.
    void nodesIn(const QRectF &rect, std::vector<VertexIndex> &out) const;
    void edgesIn(const QRectF &rect, std::vector<EdgeIndex> &out) const;

    // Where a vertex is filed (its last known centre).
    QPointF position(VertexIndex v) const { return mPos[v]; }
    bool contains(VertexIndex v) const { return v < mVertexIn.size() && mVertexIn[v]; }
    std::size_t cellCount() const { return mCells.size(); }

private:
    struct Cell
    {
        std::vector<VertexIndex> nodes;
        std::vector<EdgeIndex> edges;
    };
    using Key = quint64;
    static Key key(qint64 cx, qint64 cy) { return (quint64(quint32(qint32(cx))) << 32) | quint32(qint32(cy)); }
    qint64 cellOf(double coordinate) const;

    void fileVertex(VertexIndex v, QPointF p);
    void unfileVertex(VertexIndex v);
    void fileEdge(EdgeIndex e, VertexIndex from, VertexIndex to);
    void unfileEdge(EdgeIndex e);
    // Calls f(cx, cy) for each cell the segment a-b crosses; false (and no
    // calls) when it crosses more than MaxEdgeCells (then it is a long edge).
    template<typename F>
    bool forEachCellOnSegment(QPointF a, QPointF b, F &&f) const;
    template<typename F>
    void forEachCellIn(const QRectF &rect, F &&f) const;

    static constexpr int MaxEdgeCells = 64;

    double mCellSize;
    double mMaxExtent;
    std::unordered_map<Key, Cell> mCells;
    std::vector<QPointF> mPos;
    std::vector<bool> mVertexIn;
    // An edge is filed with the end positions it had then, so it can be unfiled
    // after its ends moved.
    struct FiledEdge
    {
        QPointF a, b;
        bool in = false;
        bool longEdge = false;
    };
    std::vector<FiledEdge> mEdges;
    std::vector<EdgeIndex> mLongEdges;
    // Stamps to report each edge once per query.
    mutable std::vector<quint32> mEdgeStamp;
    mutable quint32 mStamp = 0;
};

} // namespace ryuk
