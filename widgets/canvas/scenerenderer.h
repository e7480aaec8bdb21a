// Full-detail drawing of nodes and relationships: the one painter code used by
// the canvas when zoomed in and by the PNG and SVG exports.
#pragma once

#include "canvaspalette.h"
#include "graph/storygraph.h"

#include <QFont>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>

class QPainter;

namespace ryuk {

// How an element is marked on screen (exports draw none of these).
struct ElementMarks
{
    bool selected = false;
    bool highlighted = false;
    bool hovered = false;
};

class SceneRenderer
{
public:
    SceneRenderer(const StoryGraph &graph, const CanvasPalette &palette);

    void setShowEdgeLabels(bool show) { mShowEdgeLabels = show; }
    // Leaves out text when a node would be shorter than a few pixels on screen.
    void setScale(double scale) { mScale = scale; }

    void paintNode(QPainter &painter, VertexIndex v, ElementMarks marks = {}) const;
    void paintEdge(QPainter &painter, EdgeIndex e, ElementMarks marks = {}) const;

    // The box of a node, and its outline (card, badge, diamond, hexagon).
    static QRectF nodeRect(const GraphVertex &vertex);
    static QPainterPath nodeShape(NodeKind kind, const QRectF &rect);
    // The segment an arrow is drawn along: from the edge of one box to the other's.
    static QLineF edgeLine(const StoryGraph &graph, const GraphEdge &edge);
    // "3·12" for a scene in chapter 3 at sequence 12, "" when it has neither.
    static QString chapterBadge(const GraphVertex &vertex);
    // "LEADS_TO (0.5)": the type and the weight, if any.
    static QString edgeLabel(const StoryGraph &graph, const GraphEdge &edge);

private:
    const StoryGraph &mGraph;
    const CanvasPalette &mPalette;
    bool mShowEdgeLabels = false;
    double mScale = 1;
    QFont mTitleFont;
    QFont mSmallFont;
};

} // namespace ryuk
