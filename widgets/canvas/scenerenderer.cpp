// Node and relationship drawing at full detail.
#include "scenerenderer.h"

#include "document/storydocument.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ryuk {

namespace {

QString qstr(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Where the segment from the centre of `rect` towards `outside` leaves the box.
QPointF boxExit(const QRectF &rect, QPointF outside)
{
    const QPointF c = rect.center();
    const double dx = outside.x() - c.x(), dy = outside.y() - c.y();
    if (dx == 0 && dy == 0)
        return c;
    const double tx = dx != 0 ? (rect.width() / 2) / std::abs(dx) : 1e300;
    const double ty = dy != 0 ? (rect.height() / 2) / std::abs(dy) : 1e300;
    const double t = std::min({tx, ty, 1.0});
    return {c.x() + dx * t, c.y() + dy * t};
}

} // namespace

SceneRenderer::SceneRenderer(const StoryGraph &graph, const CanvasPalette &palette) : mGraph(graph), mPalette(palette)
{
    mTitleFont.setPixelSize(14);
    mSmallFont.setPixelSize(11);
}

QRectF SceneRenderer::nodeRect(const GraphVertex &vertex)
{
    const QSizeF size = StoryDocument::nodeSize(vertex.kind);
    return {vertex.x - size.width() / 2, vertex.y - size.height() / 2, size.width(), size.height()};
}

QPainterPath SceneRenderer::nodeShape(NodeKind kind, const QRectF &r)
{
    QPainterPath path;
    switch (kind) {
    case NodeKind::Scene:
        path.addRoundedRect(r, 10, 10);
        break;
    case NodeKind::Character:
        path.addEllipse(r);
        break;
    case NodeKind::Choice:
        path.addPolygon(QPolygonF({QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()),
                                   QPointF(r.center().x(), r.bottom()), QPointF(r.left(), r.center().y()),
                                   QPointF(r.center().x(), r.top())}));
        break;
    case NodeKind::Event: {
        const double inset = std::min(r.height() / 2, r.width() / 4);
        path.addPolygon(QPolygonF({QPointF(r.left() + inset, r.top()), QPointF(r.right() - inset, r.top()),
                                   QPointF(r.right(), r.center().y()), QPointF(r.right() - inset, r.bottom()),
                                   QPointF(r.left() + inset, r.bottom()), QPointF(r.left(), r.center().y()),
                                   QPointF(r.left() + inset, r.top())}));
        break;
    }
    case NodeKind::Other:
        path.addRoundedRect(r, 3, 3);
        break;
    }
    return path;
}

QString SceneRenderer::chapterBadge(const GraphVertex &vertex)
{
    if (!vertex.chapter && !vertex.sequence)
        return {};
    const QString chapter = vertex.chapter ? QString::number(*vertex.chapter) : QStringLiteral("–");
    const QString sequence = vertex.sequence ? QString::number(*vertex.sequence) : QStringLiteral("–");
    return chapter + QChar(0x00B7) + sequence;
}

QString SceneRenderer::edgeLabel(const StoryGraph &graph, const GraphEdge &edge)
{
    QString text = qstr(graph.typeName(edge.typeIndex));
    if (edge.weight)
        text += QStringLiteral(" (") + QString::number(*edge.weight, 'g', 4) + QLatin1Char(')');
    return text;
}

QLineF SceneRenderer::edgeLine(const StoryGraph &graph, const GraphEdge &edge)
{
    const GraphVertex &from = graph.vertex(edge.from);
    const GraphVertex &to = graph.vertex(edge.to);
    const QRectF a = nodeRect(from), b = nodeRect(to);
    if (edge.from == edge.to) // a loop onto itself: a short tick above the node
        return {QPointF(a.right() - 20, a.top()), QPointF(a.right() - 10, a.top() - 14)};
    return {boxExit(a, b.center()), boxExit(b, a.center())};
}

void SceneRenderer::paintEdge(QPainter &painter, EdgeIndex e, ElementMarks marks) const
{
    const GraphEdge &edge = mGraph.edge(e);
    const QLineF line = edgeLine(mGraph, edge);
    const QColor color = mPalette.edgeColor(edge.kind);
    if (marks.selected || marks.highlighted) {
        painter.setPen(QPen(marks.selected ? mPalette.selection : mPalette.highlight, 6, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(line);
    }
    painter.setPen(QPen(color, marks.hovered ? 2.5 : 1.5));
    painter.drawLine(line);
    // Arrowhead at the target end.
    const double length = line.length();
    if (length > 1) {
        const QPointF dir = (line.p2() - line.p1()) / length;
        const QPointF normal(-dir.y(), dir.x());
        const QPointF tip = line.p2();
        const QPointF base = tip - dir * 11;
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPolygon(QPolygonF({tip, base + normal * 5, base - normal * 5}));
        painter.setBrush(Qt::NoBrush);
    }
    if (mShowEdgeLabels && mScale * 11 >= 6) {
        painter.setFont(mSmallFont);
        painter.setPen(color);
        const QString text = edgeLabel(mGraph, edge);
        const QFontMetricsF fm(mSmallFont);
        const QPointF mid = line.center();
        const QRectF box(mid.x() - fm.horizontalAdvance(text) / 2 - 3, mid.y() - fm.height() / 2,
                         fm.horizontalAdvance(text) + 6, fm.height());
        QColor back = mPalette.background;
        back.setAlpha(220);
        painter.fillRect(box, back);
        painter.drawText(box, Qt::AlignCenter, text);
    }
}

void SceneRenderer::paintNode(QPainter &painter, VertexIndex v, ElementMarks marks) const
{
    const GraphVertex &vertex = mGraph.vertex(v);
    const QRectF rect = nodeRect(vertex);
    const QPainterPath shape = nodeShape(vertex.kind, rect);
    if (marks.highlighted) {
        painter.setPen(QPen(mPalette.highlight, 8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(shape);
    }
    painter.setBrush(mPalette.fill(vertex.kind));
    if (marks.selected)
        painter.setPen(QPen(mPalette.selection, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    else
        painter.setPen(QPen(mPalette.border(vertex.kind), marks.hovered ? 2.5 : 1.2));
    painter.drawPath(shape);
    painter.setBrush(Qt::NoBrush);

    const bool start = vertex.flags & StartFlag;
    const bool ending = vertex.flags & EndingFlag;
    if (vertex.kind == NodeKind::Scene && (start || ending)) {
        // Start: a green bar down the left side; ending: a double border.
        painter.setPen(Qt::NoPen);
        if (start) {
            painter.setBrush(mPalette.startMark);
            painter.drawRoundedRect(QRectF(rect.left() + 4, rect.top() + 8, 5, rect.height() - 16), 2, 2);
            painter.setBrush(Qt::NoBrush);
        }
        if (ending) {
            painter.setPen(QPen(mPalette.endingMark, 1.2));
            painter.drawRoundedRect(rect.adjusted(4, 4, -4, -4), 7, 7);
        }
    }

    // Text only where it can be read.
    if (mScale * rect.height() < 14)
        return;
    painter.setPen(mPalette.text);
    painter.setFont(mTitleFont);
    const QFontMetricsF fm(mTitleFont);
    QString label = qstr(vertex.label);
    if (label.isEmpty())
        label = qstr(vertex.id);
    QRectF textRect = rect.adjusted(14, 6, -14, -6);
    switch (vertex.kind) {
    case NodeKind::Scene: {
        const QString badge = chapterBadge(vertex);
        if (!badge.isEmpty()) {
            painter.setFont(mSmallFont);
            const QFontMetricsF sfm(mSmallFont);
            const double w = sfm.horizontalAdvance(badge) + 10;
            const QRectF badgeRect(rect.right() - w - 6, rect.bottom() - sfm.height() - 8, w, sfm.height() + 2);
            painter.setPen(Qt::NoPen);
            painter.setBrush(mPalette.border(NodeKind::Scene));
            painter.drawRoundedRect(badgeRect, badgeRect.height() / 2, badgeRect.height() / 2);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(mPalette.fill(NodeKind::Scene));
            painter.drawText(badgeRect, Qt::AlignCenter, badge);
            painter.setFont(mTitleFont);
            painter.setPen(mPalette.text);
        }
        if (ending || start) {
            painter.setFont(mSmallFont);
            painter.setPen(start ? mPalette.startMark : mPalette.endingMark);
            painter.drawText(QRectF(rect.left() + 14, rect.bottom() - 22, rect.width() / 2, 16),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             start ? QCoreApplication::translate("SceneRenderer", "start")
                                   : QCoreApplication::translate("SceneRenderer", "ending"));
            painter.setFont(mTitleFont);
            painter.setPen(mPalette.text);
        }
        textRect = QRectF(rect.left() + 14, rect.top() + 8, rect.width() - 28, fm.height() * 2 + 2);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         fm.elidedText(label, Qt::ElideRight, textRect.width() * 2 - 20));
        return;
    }
    case NodeKind::Character:
    case NodeKind::Event:
        textRect = rect.adjusted(rect.width() * 0.15, 4, -rect.width() * 0.15, -4);
        break;
    case NodeKind::Choice:
        textRect = rect.adjusted(rect.width() * 0.22, 4, -rect.width() * 0.22, -4);
        break;
    case NodeKind::Other: {
        painter.setFont(mSmallFont);
        painter.setPen(mPalette.border(NodeKind::Other));
        painter.drawText(rect.adjusted(10, 4, -10, -4), Qt::AlignLeft | Qt::AlignTop,
                         qstr(mGraph.typeName(vertex.typeIndex)));
        painter.setFont(mTitleFont);
        painter.setPen(mPalette.text);
        textRect = rect.adjusted(10, 18, -10, -4);
        break;
    }
    }
    painter.drawText(textRect, Qt::AlignCenter, fm.elidedText(label, Qt::ElideRight, textRect.width()));
}

} // namespace ryuk
