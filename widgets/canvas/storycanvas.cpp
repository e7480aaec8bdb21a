// The story canvas: view transform, painting at two levels of detail,
// following the document, mouse and keyboard editing, find and export.
#include "storycanvas.h"

#include "scenerenderer.h"
#include "tilecache.h"

#include "formats/storyformat.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFileDevice>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QSvgGenerator>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>

namespace ryuk {

namespace {

QString qstr(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The largest half extent of any node shape: how far a box reaches past its centre.
double maxNodeExtent()
{
    double extent = 0;
    for (int k = 0; k <= int(NodeKind::Other); ++k) {
        const QSizeF size = StoryDocument::nodeSize(NodeKind(k));
        extent = std::max({extent, size.width() / 2, size.height() / 2});
    }
    return extent;
}

double distanceToSegment(QPointF p, QLineF line)
{
    const QPointF d = line.p2() - line.p1();
    const double lengthSquared = QPointF::dotProduct(d, d);
    double t = lengthSquared > 0 ? QPointF::dotProduct(p - line.p1(), d) / lengthSquared : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF nearest = line.p1() + d * t;
    return QLineF(p, nearest).length();
}

// When an encoder fails because the file did ("File too large", "No space
// left on device"), the file's reason is the one to show.
std::optional<Error> fileError(const QIODevice &out, const QString &path)
{
    const auto *file = qobject_cast<const QFileDevice *>(&out);
    if (!file || file->error() == QFileDevice::NoError)
        return std::nullopt;
    return Error::at(ErrorKind::Io,
                     QCoreApplication::translate("StoryFormat", "cannot write the file: %1").arg(file->errorString()),
                     path);
}

constexpr double HandleRadius = 6; // pixels
constexpr double HitTolerance = 4; // pixels around a relationship's line
constexpr int StepPixels = 10;     // scene units an arrow key nudges by
constexpr std::size_t BulkChanges = 2000;

} // namespace

StoryCanvas::StoryCanvas(QWidget *parent)
    : QWidget(parent), mPalette(CanvasPalette::fromPalette(palette())), mIndex(512, maxNodeExtent())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(120, 80);
    mTiles = new TileCache(this);
    mTiles->setSnapshotSource([this] { return overviewSnapshot(); });
    connect(mTiles, &TileCache::tileReady, this, qOverload<>(&QWidget::update));

    mEditor = new QLineEdit(this);
    mEditor->hide();
    mEditor->installEventFilter(this);
    connect(mEditor, &QLineEdit::returnPressed, this, &StoryCanvas::commitLabel);
    connect(mEditor, &QLineEdit::editingFinished, this, &StoryCanvas::commitLabel);
}

StoryCanvas::~StoryCanvas() = default;

void StoryCanvas::setDocument(StoryDocument *document)
{
    if (document == mDocument)
        return;
    for (const auto &connection : std::as_const(mConnections))
        disconnect(connection);
    mConnections.clear();
    cancelLabel();
    if (mDocument) {
        finishNudges();
        if (mMode == Mode::Moving)
            endMove(false);
    }
    mMode = Mode::Idle;
    mDocument = document;
    mRenderer.reset();
    mHover = NoVertex;
    mFound.clear();
    if (mDocument) {
        mRenderer = std::make_unique<SceneRenderer>(mDocument->graph(), mPalette);
        mRenderer->setShowEdgeLabels(mShowEdgeLabels);
        mConnections << connect(mDocument, &StoryDocument::changed, this, &StoryCanvas::storyChanged);
        mConnections << connect(mDocument, &StoryDocument::reset, this, &StoryCanvas::storyReset);
        auto marksChanged = [this] {
            mDragLayer = QImage();
            update();
        };
        mConnections << connect(mDocument, &StoryDocument::selectionChanged, this, marksChanged);
        mConnections << connect(mDocument, &StoryDocument::highlightChanged, this, marksChanged);
        mConnections << connect(mDocument, &StoryDocument::focusRequested, this, &StoryCanvas::centerOn);
        mConnections << connect(mDocument, &QObject::destroyed, this, [this] {
            mRenderer.reset();
            storyReset();
        });
    }
    storyReset();
    fitToStory();
}

// ---- Following the document

void StoryCanvas::storyReset()
{
    mIndex.clear();
    mExcluded.clear();
    mDragLayer = QImage();
    if (mDocument)
        mIndex.rebuild(mDocument->graph());
    rebuildFilter();
}

void StoryCanvas::rebuildFilter()
{
    mHidden.clear();
    if (mDocument && (!mTypeFilter.isEmpty() || mChapterFilter)) {
        const StoryGraph &graph = mDocument->graph();
        mHidden.assign(graph.vertexSlots(), false);
        std::vector<int> typeShown; // by type index: -1 unknown, 0 hidden, 1 shown
        for (VertexIndex v = 0; v < graph.vertexSlots(); ++v) {
            const GraphVertex &vertex = graph.vertex(v);
            if (!vertex.alive)
                continue;
            bool shown = true;
            if (!mTypeFilter.isEmpty()) {
                if (vertex.typeIndex >= typeShown.size())
                    typeShown.resize(vertex.typeIndex + 1, -1);
                int &known = typeShown[vertex.typeIndex];
                if (known < 0)
                    known = mTypeFilter.contains(qstr(graph.typeName(vertex.typeIndex))) ? 1 : 0;
                shown = known == 1;
            }
            if (shown && mChapterFilter && vertex.chapter && *vertex.chapter != *mChapterFilter)
                shown = false;
            mHidden[v] = !shown;
        }
    }
    mSnapshotDirty = true;
    mBounds.reset();
    mTiles->invalidateAll();
    emit overviewChanged();
    update();
}

bool StoryCanvas::isShown(VertexIndex v) const
{
    if (!mDocument || v >= mDocument->graph().vertexSlots() || !mDocument->graph().vertex(v).alive)
        return false;
    if (mTypeFilter.isEmpty() && !mChapterFilter)
        return true;
    if (v < mHidden.size())
        return !mHidden[v];
    // A node added since the filter was computed.
    const GraphVertex &vertex = mDocument->graph().vertex(v);
    if (!mTypeFilter.isEmpty() && !mTypeFilter.contains(qstr(mDocument->graph().typeName(vertex.typeIndex))))
        return false;
    return !(mChapterFilter && vertex.chapter && *vertex.chapter != *mChapterFilter);
}

void StoryCanvas::markDirty(const QRectF &sceneRect)
{
    mSnapshotDirty = true;
    mTiles->invalidate(sceneRect);
}

void StoryCanvas::markVertexArea(VertexIndex v)
{
    // The box at the filed position and every incident relationship's span.
    const StoryGraph &graph = mDocument->graph();
    if (!mIndex.contains(v))
        return;
    const double extent = maxNodeExtent();
    const QPointF p = mIndex.position(v);
    QRectF area(p.x() - extent, p.y() - extent, 2 * extent, 2 * extent);
    const auto &g = graph.graph();
    auto other = [&](VertexIndex u) {
        if (mIndex.contains(u))
            area = area.united(QRectF(mIndex.position(u), QSizeF(1, 1)));
    };
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
        other(VertexIndex(boost::target(*it, g)));
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
        other(VertexIndex(boost::source(*it, g)));
    markDirty(area);
}

void StoryCanvas::storyChanged(const std::vector<StoryChange> &changes)
{
    if (!mDocument)
        return;
    // A big batch (an auto layout, an undone mass delete) is cheaper to take
    // in whole than element by element, and every tile is touched anyway.
    if (changes.size() > BulkChanges) {
        storyReset();
        return;
    }
    const StoryGraph &graph = mDocument->graph();
    const bool filtered = !mTypeFilter.isEmpty() || mChapterFilter;
    bool removed = false;
    bool drawingChanged = false;
    auto excluded = [&](VertexIndex v) { return v < mExcluded.size() && mExcluded[v]; };
    for (const StoryChange &change : changes) {
        switch (change.kind) {
        case StoryChange::Kind::NodeAdded:
        case StoryChange::Kind::NodeChanged:
        case StoryChange::Kind::NodeMoved: {
            const VertexIndex v = graph.findVertex(change.id);
            if (v == NoVertex)
                break;
            // A dragged node is not in the tiles: nothing there to redraw.
            const bool inTiles = !excluded(v);
            if (inTiles)
                markVertexArea(v); // where it was
            if (change.kind == StoryChange::Kind::NodeAdded)
                mIndex.addVertex(graph, v);
            else
                mIndex.moveVertex(graph, v);
            if (inTiles) {
                markVertexArea(v); // where it is
                drawingChanged = true;
                mDragLayer = QImage(); // something else moved under the drag
            }
            if (filtered && change.kind != StoryChange::Kind::NodeMoved) {
                if (v >= mHidden.size())
                    mHidden.resize(graph.vertexSlots(), false);
                mHidden[v] = false;
                const GraphVertex &vertex = graph.vertex(v);
                mHidden[v] = (!mTypeFilter.isEmpty() && !mTypeFilter.contains(qstr(graph.typeName(vertex.typeIndex))))
                        || (mChapterFilter && vertex.chapter && *vertex.chapter != *mChapterFilter);
            }
            break;
        }
        case StoryChange::Kind::RelationshipAdded:
        case StoryChange::Kind::RelationshipChanged: {
            const EdgeIndex e = graph.findEdge(change.id);
            if (e == NoEdge)
                break;
            const GraphEdge &edge = graph.edge(e);
            mIndex.addEdge(graph, e);
            mDragLayer = QImage();
            if (!excluded(edge.from) && !excluded(edge.to)) {
                const double extent = maxNodeExtent();
                markDirty(QRectF(QPointF(graph.vertex(edge.from).x, graph.vertex(edge.from).y),
                                 QPointF(graph.vertex(edge.to).x, graph.vertex(edge.to).y))
                                  .normalized()
                                  .adjusted(-extent, -extent, extent, extent));
                drawingChanged = true;
            }
            break;
        }
        case StoryChange::Kind::NodeRemoved:
        case StoryChange::Kind::RelationshipRemoved:
            removed = true;
            break;
        case StoryChange::Kind::TitleChanged:
            break;
        case StoryChange::Kind::Reset:
            storyReset();
            return;
        }
    }
    if (removed) {
        mDragLayer = QImage();
        const double extent = maxNodeExtent();
        mIndex.sweep(graph, [&](const QRectF &area) { markDirty(area.adjusted(-extent, -extent, extent, extent)); });
        drawingChanged = true;
        if (mHover != NoVertex && !graph.vertex(mHover).alive)
            setHover(NoVertex);
        if (mEditedNode != NoVertex && !graph.vertex(mEditedNode).alive)
            cancelLabel();
        std::erase_if(mFound, [&](VertexIndex v) { return !graph.vertex(v).alive; });
    }
    if (drawingChanged) {
        mBounds.reset();
        emit overviewChanged();
    }
    update();
}

std::shared_ptr<const OverviewSnapshot> StoryCanvas::overviewSnapshot()
{
    if (!mDocument)
        return {};
    if (mSnapshotDirty || !mSnapshot) {
        std::vector<bool> hidden = mHidden;
        if (!mExcluded.empty()) {
            hidden.resize(std::max(hidden.size(), mExcluded.size()), false);
            for (std::size_t v = 0; v < mExcluded.size(); ++v) {
                if (mExcluded[v])
                    hidden[v] = true;
            }
        }
        mSnapshot = OverviewSnapshot::build(mDocument->graph(), mPalette, hidden);
        mSnapshotDirty = false;
    }
    return mSnapshot;
}

bool StoryCanvas::isSettled() const
{
    return mScale >= DetailZoom ? mSettledDetail : mTiles->complete();
}

qint64 StoryCanvas::tileMemory() const
{
    return mTiles->memoryUsed();
}

// ---- The view

QPointF StoryCanvas::mapToScene(QPointF widgetPoint) const
{
    return mOrigin + widgetPoint / mScale;
}

QPointF StoryCanvas::mapFromScene(QPointF scenePoint) const
{
    return (scenePoint - mOrigin) * mScale;
}

QRectF StoryCanvas::visibleSceneRect() const
{
    return {mOrigin, QSizeF(width() / mScale, height() / mScale)};
}

QRectF StoryCanvas::sceneBoundingRect() const
{
    if (mBounds)
        return *mBounds;
    QRectF bounds;
    if (mDocument) {
        const StoryGraph &graph = mDocument->graph();
        double left = 1e300, top = 1e300, right = -1e300, bottom = -1e300;
        for (VertexIndex v = 0; v < graph.vertexSlots(); ++v) {
            if (!graph.vertex(v).alive || !isShown(v))
                continue;
            const QRectF r = SceneRenderer::nodeRect(graph.vertex(v));
            left = std::min(left, r.left());
            top = std::min(top, r.top());
            right = std::max(right, r.right());
            bottom = std::max(bottom, r.bottom());
        }
        if (left <= right)
            bounds = QRectF(QPointF(left, top), QPointF(right, bottom));
    }
    mBounds = bounds;
    return bounds;
}

void StoryCanvas::setView(QPointF origin, double scale)
{
    scale = std::clamp(scale, MinZoom, MaxZoom);
    const bool zoomed = scale != mScale;
    if (origin == mOrigin && !zoomed)
        return;
    mOrigin = origin;
    mScale = scale;
    mDragLayer = QImage();
    if (mEditor->isVisible())
        commitLabel();
    if (mRenderer)
        mRenderer->setScale(mScale);
    update();
    emit viewChanged();
    if (zoomed)
        emit zoomChanged(mScale);
}

void StoryCanvas::zoomBy(double factor, QPointF anchor)
{
    const QPointF scenePoint = mapToScene(anchor);
    const double scale = std::clamp(mScale * factor, MinZoom, MaxZoom);
    setView(scenePoint - anchor / scale, scale);
}

void StoryCanvas::setZoom(double zoom)
{
    zoomBy(zoom / mScale, QPointF(width() / 2.0, height() / 2.0));
}

void StoryCanvas::zoomIn()
{
    zoomBy(1.25, QPointF(width() / 2.0, height() / 2.0));
}

void StoryCanvas::zoomOut()
{
    zoomBy(0.8, QPointF(width() / 2.0, height() / 2.0));
}

void StoryCanvas::resetZoom()
{
    setZoom(1.0);
}

void StoryCanvas::centerOnScenePoint(QPointF scenePoint)
{
    setView(scenePoint - QPointF(width() / 2.0, height() / 2.0) / mScale, mScale);
}

namespace {

// The scale that shows `rect` in a `size` view with a small border, at most 1.
double fitScale(const QRectF &rect, QSize size)
{
    const double margin = 24; // pixels
    const double w = std::max(1.0, size.width() - 2 * margin), h = std::max(1.0, size.height() - 2 * margin);
    return std::min({1.0, w / std::max(1.0, rect.width()), h / std::max(1.0, rect.height())});
}

} // namespace

void StoryCanvas::fitToStory()
{
    const QRectF bounds = sceneBoundingRect();
    if (bounds.isNull()) {
        setView(QPointF(-width() / 2.0, -height() / 2.0), 1.0);
        return;
    }
    const double scale = std::clamp(fitScale(bounds, size()), MinZoom, MaxZoom);
    setView(bounds.center() - QPointF(width() / 2.0, height() / 2.0) / scale, scale);
}

QRectF StoryCanvas::selectionBounds() const
{
    QRectF bounds;
    if (!mDocument)
        return bounds;
    const StoryGraph &graph = mDocument->graph();
    for (VertexIndex v : mDocument->selection().nodes) {
        if (isShown(v))
            bounds = bounds.united(SceneRenderer::nodeRect(graph.vertex(v)));
    }
    for (EdgeIndex e : mDocument->selection().edges) {
        const GraphEdge &edge = graph.edge(e);
        if (edge.alive && isShown(edge.from) && isShown(edge.to))
            bounds = bounds.united(SceneRenderer::nodeRect(graph.vertex(edge.from)))
                             .united(SceneRenderer::nodeRect(graph.vertex(edge.to)));
    }
    return bounds;
}

void StoryCanvas::fitToSelection()
{
    const QRectF bounds = selectionBounds();
    if (bounds.isNull())
        return;
    const double scale = std::clamp(fitScale(bounds, size()), MinZoom, MaxZoom);
    setView(bounds.center() - QPointF(width() / 2.0, height() / 2.0) / scale, scale);
}

void StoryCanvas::centerOn(const std::vector<VertexIndex> &nodes)
{
    if (!mDocument)
        return;
    QRectF bounds;
    for (VertexIndex v : nodes) {
        if (v < mDocument->graph().vertexSlots() && mDocument->graph().vertex(v).alive)
            bounds = bounds.united(SceneRenderer::nodeRect(mDocument->graph().vertex(v)));
    }
    if (bounds.isNull())
        return;
    const QRectF visible = visibleSceneRect();
    if (bounds.width() <= visible.width() * 0.9 && bounds.height() <= visible.height() * 0.9) {
        centerOnScenePoint(bounds.center());
        return;
    }
    const double scale = std::clamp(fitScale(bounds, size()), MinZoom, MaxZoom);
    setView(bounds.center() - QPointF(width() / 2.0, height() / 2.0) / scale, scale);
}

void StoryCanvas::setTypeFilter(const QSet<QString> &types)
{
    if (types == mTypeFilter)
        return;
    mTypeFilter = types;
    rebuildFilter();
}

void StoryCanvas::setChapterFilter(std::optional<qint64> chapter)
{
    if (chapter == mChapterFilter)
        return;
    mChapterFilter = chapter;
    rebuildFilter();
}

void StoryCanvas::setShowEdgeLabels(bool show)
{
    mShowEdgeLabels = show;
    if (mRenderer)
        mRenderer->setShowEdgeLabels(show);
    update();
}

// ---- Hit tests

VertexIndex StoryCanvas::nodeAt(QPointF widgetPoint) const
{
    if (!mDocument)
        return NoVertex;
    const QPointF p = mapToScene(widgetPoint);
    // Tiny nodes at low zoom are hard to hit: give them a few pixels of slack.
    const double slack = 3 / mScale;
    std::vector<VertexIndex> candidates;
    mIndex.nodesIn(QRectF(p.x() - slack, p.y() - slack, 2 * slack, 2 * slack), candidates);
    const StoryGraph &graph = mDocument->graph();
    VertexIndex best = NoVertex;
    double bestDistance = 1e300;
    for (VertexIndex v : candidates) {
        if (!isShown(v))
            continue;
        const QRectF r = SceneRenderer::nodeRect(graph.vertex(v));
        if (!r.adjusted(-slack, -slack, slack, slack).contains(p))
            continue;
        // Overlapping boxes: the nearest centre wins, then the one drawn last.
        const double d = QLineF(r.center(), p).length();
        if (d < bestDistance || (d == bestDistance && v > best)) {
            best = v;
            bestDistance = d;
        }
    }
    return best;
}

EdgeIndex StoryCanvas::edgeAt(QPointF widgetPoint) const
{
    if (!mDocument)
        return NoEdge;
    const QPointF p = mapToScene(widgetPoint);
    const double tolerance = HitTolerance / mScale;
    std::vector<EdgeIndex> candidates;
    mIndex.edgesIn(QRectF(p.x() - tolerance, p.y() - tolerance, 2 * tolerance, 2 * tolerance), candidates);
    const StoryGraph &graph = mDocument->graph();
    EdgeIndex best = NoEdge;
    double bestDistance = tolerance;
    for (EdgeIndex e : candidates) {
        const GraphEdge &edge = graph.edge(e);
        if (!edge.alive || !isShown(edge.from) || !isShown(edge.to))
            continue;
        const double d = distanceToSegment(p, SceneRenderer::edgeLine(graph, edge));
        if (d <= bestDistance) {
            best = e;
            bestDistance = d;
        }
    }
    return best;
}

QPointF StoryCanvas::handlePosition(VertexIndex v) const
{
    const QRectF r = SceneRenderer::nodeRect(mDocument->graph().vertex(v));
    return {r.right(), r.center().y()};
}

VertexIndex StoryCanvas::handleAt(QPointF widgetPoint) const
{
    // Handles show (and work) on the hovered node and the selected ones, at full detail only.
    if (!mDocument || mScale < DetailZoom)
        return NoVertex;
    auto hits = [&](VertexIndex v) {
        return isShown(v) && QLineF(mapFromScene(handlePosition(v)), widgetPoint).length() <= HandleRadius + 3;
    };
    if (mHover != NoVertex && hits(mHover))
        return mHover;
    for (VertexIndex v : mDocument->selection().nodes) {
        if (hits(v))
            return v;
    }
    return NoVertex;
}

void StoryCanvas::setHover(VertexIndex v)
{
    if (v == mHover)
        return;
    mHover = v;
    update();
    emit hoveredNodeChanged(v);
}

// ---- Painting

void StoryCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!mDocument) {
        painter.fillRect(rect(), mPalette.background);
        return;
    }
    if (mScale >= DetailZoom) {
        auto setUp = [this](QPainter &p) {
            p.setRenderHint(QPainter::Antialiasing);
            p.setRenderHint(QPainter::TextAntialiasing);
            p.scale(mScale, mScale);
            p.translate(-mOrigin);
        };
        if (mMode == Mode::Moving && !mMoveStart.empty()) {
            // While dragging, everything but the dragged nodes stays put: draw
            // it once into a layer and each frame only the dragged nodes over it.
            const qreal ratio = devicePixelRatioF();
            if (mDragLayer.isNull() || mDragLayer.size() != size() * ratio) {
                mDragLayer = QImage(size() * ratio, QImage::Format_ARGB32_Premultiplied);
                mDragLayer.setDevicePixelRatio(ratio);
                mDragLayer.fill(mPalette.background);
                QPainter layer(&mDragLayer);
                setUp(layer);
                paintDetail(layer, visibleSceneRect(), true, false, true);
            }
            painter.drawImage(0, 0, mDragLayer);
            painter.save();
            setUp(painter);
            paintDragged(painter);
            painter.restore();
        } else {
            painter.fillRect(rect(), mPalette.background);
            painter.save();
            setUp(painter);
            paintDetail(painter, visibleSceneRect(), true, false);
            painter.restore();
        }
        mSettledDetail = true;
    } else {
        painter.fillRect(rect(), mPalette.background);
        mTiles->paint(painter, mOrigin, mScale, size(), devicePixelRatioF());
    }
    paintOverlays(painter);
}

void StoryCanvas::paintDragged(QPainter &painter) const
{
    const StoryGraph &graph = mDocument->graph();
    const auto &g = graph.graph();
    // An edge between two dragged nodes is met twice: draw it once.
    auto draw = [&](EdgeIndex e, VertexIndex otherEnd, VertexIndex v) {
        const bool bothDragged = otherEnd < mExcluded.size() && mExcluded[otherEnd];
        if ((!bothDragged || otherEnd <= v) && isShown(otherEnd))
            mRenderer->paintEdge(painter, e, {mDocument->isEdgeSelected(e), mDocument->isEdgeHighlighted(e), false});
    };
    for (const auto &[v, start] : mMoveStart) {
        if (!graph.vertex(v).alive)
            continue;
        for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
            draw(graph.edgeIndex(*it), VertexIndex(boost::target(*it, g)), v);
        for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
            draw(graph.edgeIndex(*it), VertexIndex(boost::source(*it, g)), v);
    }
    for (const auto &[v, start] : mMoveStart) {
        if (graph.vertex(v).alive)
            mRenderer->paintNode(painter, v, {mDocument->isSelected(v), mDocument->isHighlighted(v), false});
    }
}

void StoryCanvas::paintDetail(QPainter &painter, const QRectF &area, bool marks, bool selectionOnly,
                              bool withoutDragged) const
{
    const StoryGraph &graph = mDocument->graph();
    std::vector<VertexIndex> nodes;
    std::vector<EdgeIndex> edges;
    mIndex.nodesIn(area, nodes);
    mIndex.edgesIn(area, edges);
    // Draw in index order, so overlapping shapes stack the same way every frame.
    std::sort(nodes.begin(), nodes.end());
    std::sort(edges.begin(), edges.end());
    auto included = [&](VertexIndex v) {
        return isShown(v) && (!selectionOnly || mDocument->isSelected(v))
                && !(withoutDragged && v < mExcluded.size() && mExcluded[v]);
    };
    for (EdgeIndex e : edges) {
        const GraphEdge &edge = graph.edge(e);
        if (!edge.alive || !included(edge.from) || !included(edge.to))
            continue;
        ElementMarks m;
        if (marks)
            m = {mDocument->isEdgeSelected(e), mDocument->isEdgeHighlighted(e), false};
        mRenderer->paintEdge(painter, e, m);
    }
    for (VertexIndex v : nodes) {
        if (!included(v) || !SceneRenderer::nodeRect(graph.vertex(v)).intersects(area))
            continue;
        ElementMarks m;
        if (marks)
            m = {mDocument->isSelected(v), mDocument->isHighlighted(v), v == mHover};
        mRenderer->paintNode(painter, v, m);
    }
}

void StoryCanvas::paintOverlays(QPainter &painter)
{
    const StoryGraph &graph = mDocument->graph();
    const QRectF visible = visibleSceneRect();
    if (mScale < DetailZoom) {
        // Over the tiles: the dragged nodes with their relationships, then
        // marks for selected and highlighted nodes, at least a few pixels big.
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        if (!mMoveStart.empty() && mMode == Mode::Moving) {
            painter.save();
            painter.scale(mScale, mScale);
            painter.translate(-mOrigin);
            paintDragged(painter);
            painter.restore();
        }
        auto mark = [&](VertexIndex v) {
            if (!isShown(v))
                return;
            const QRectF r = SceneRenderer::nodeRect(graph.vertex(v));
            if (!r.intersects(visible))
                return;
            QRectF w(mapFromScene(r.topLeft()), mapFromScene(r.bottomRight()));
            if (w.width() < 6)
                w.adjust(-(6 - w.width()) / 2, 0, (6 - w.width()) / 2, 0);
            if (w.height() < 6)
                w.adjust(0, -(6 - w.height()) / 2, 0, (6 - w.height()) / 2);
            painter.drawRect(w.adjusted(-1, -1, 1, 1));
        };
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(mPalette.highlight, 2));
        for (VertexIndex v : mDocument->highlight().nodes)
            mark(v);
        painter.setPen(QPen(mPalette.selection, 2));
        for (VertexIndex v : mDocument->selection().nodes)
            mark(v);
        if (!mDocument->selection().edges.empty()) {
            painter.setPen(QPen(mPalette.selection, 3));
            for (EdgeIndex e : mDocument->selection().edges) {
                const GraphEdge &edge = graph.edge(e);
                if (edge.alive && isShown(edge.from) && isShown(edge.to))
                    painter.drawLine(mapFromScene(QPointF(graph.vertex(edge.from).x, graph.vertex(edge.from).y)),
                                     mapFromScene(QPointF(graph.vertex(edge.to).x, graph.vertex(edge.to).y)));
            }
        }
        painter.restore();
    } else {
        // Relationship handles on the hovered and selected nodes.
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(mPalette.background, 1.5));
        painter.setBrush(mPalette.handle);
        auto knob = [&](VertexIndex v) {
            if (v == NoVertex || !isShown(v))
                return;
            const QPointF c = mapFromScene(handlePosition(v));
            if (rect().contains(c.toPoint()))
                painter.drawEllipse(c, HandleRadius, HandleRadius);
        };
        knob(mHover);
        const auto &selected = mDocument->selection().nodes;
        if (selected.size() <= 500) {
            for (VertexIndex v : selected)
                knob(v);
        }
        painter.restore();
    }

    if (mMode == Mode::RubberBand) {
        QColor fill = mPalette.rubberBand;
        fill.setAlpha(40);
        painter.setPen(QPen(mPalette.rubberBand, 1));
        painter.setBrush(fill);
        painter.drawRect(QRectF(mPressPos, mLastPos).normalized());
    }
    if (mMode == Mode::Connecting && mConnectFrom != NoVertex) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(mPalette.handle, 2, Qt::DashLine));
        painter.drawLine(mapFromScene(handlePosition(mConnectFrom)), mapFromScene(mConnectEnd));
        const VertexIndex target = nodeAt(mapFromScene(mConnectEnd));
        if (target != NoVertex && target != mConnectFrom) {
            const QRectF r = SceneRenderer::nodeRect(graph.vertex(target));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(mapFromScene(r.topLeft()), mapFromScene(r.bottomRight())).adjusted(-3, -3, 3, 3));
        }
    }
}

void StoryCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    emit viewChanged();
}

void StoryCanvas::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        mPalette = CanvasPalette::fromPalette(palette());
        mSnapshotDirty = true;
        mTiles->invalidateAll();
        emit overviewChanged();
        update();
    }
}

// ---- Mouse

void StoryCanvas::mousePressEvent(QMouseEvent *event)
{
    if (!mDocument) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (mEditor->isVisible())
        commitLabel();
    finishNudges();
    setFocus(Qt::MouseFocusReason);
    const QPointF pos = event->position();
    mPressPos = mLastPos = pos;
    mPressScene = mapToScene(pos);
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && mSpaceHeld)) {
        mMode = Mode::Panning;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const Qt::KeyboardModifiers mods = event->modifiers();
    if (const VertexIndex from = handleAt(pos); from != NoVertex) {
        mMode = Mode::Connecting;
        mConnectFrom = from;
        mConnectEnd = mPressScene;
        update();
        return;
    }
    ElementSet selection = mDocument->selection();
    if (const VertexIndex v = nodeAt(pos); v != NoVertex) {
        const bool selected = mDocument->isSelected(v);
        mPressChangedSelection = false;
        if (mods & Qt::ControlModifier) {
            if (selected)
                std::erase(selection.nodes, v);
            else
                selection.nodes.push_back(v);
            mPressChangedSelection = true;
        } else if (mods & Qt::ShiftModifier) {
            if (!selected)
                selection.nodes.push_back(v);
            mPressChangedSelection = true;
        } else if (!selected) {
            selection = ElementSet{{v}, {}};
            mPressChangedSelection = true;
        }
        mDocument->setSelection(std::move(selection));
        mPressNode = v;
        mMode = mDocument->isSelected(v) ? Mode::Pressing : Mode::Idle;
        return;
    }
    if (const EdgeIndex e = edgeAt(pos); e != NoEdge) {
        if (mods & (Qt::ControlModifier | Qt::ShiftModifier)) {
            if (mDocument->isEdgeSelected(e) && (mods & Qt::ControlModifier))
                std::erase(selection.edges, e);
            else if (!mDocument->isEdgeSelected(e))
                selection.edges.push_back(e);
        } else {
            selection = ElementSet{{}, {e}};
        }
        mDocument->setSelection(std::move(selection));
        mMode = Mode::Idle;
        return;
    }
    if (!(mods & (Qt::ControlModifier | Qt::ShiftModifier)))
        mDocument->clearSelection();
    mMode = Mode::RubberBand;
    update();
}

void StoryCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!mDocument)
        return;
    const QPointF pos = event->position();
    const QPointF last = mLastPos;
    mLastPos = pos;
    switch (mMode) {
    case Mode::Idle: {
        VertexIndex v = nodeAt(pos);
        // Keep the hover while the pointer is on the hovered node's handle.
        if (v == NoVertex && mHover != NoVertex && handleAt(pos) == mHover)
            v = mHover;
        setHover(v);
        setCursor(handleAt(pos) != NoVertex ? Qt::CrossCursor : Qt::ArrowCursor);
        break;
    }
    case Mode::Pressing:
        if ((pos - mPressPos).manhattanLength() >= QApplication::startDragDistance()) {
            beginMove();
            dragTo(pos);
        }
        break;
    case Mode::Moving:
        dragTo(pos);
        break;
    case Mode::RubberBand:
        update();
        break;
    case Mode::Connecting:
        mConnectEnd = mapToScene(pos);
        update();
        break;
    case Mode::Panning:
        setView(mOrigin - (pos - last) / mScale, mScale);
        break;
    }
}

void StoryCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!mDocument)
        return;
    const QPointF pos = event->position();
    mLastPos = pos;
    switch (mMode) {
    case Mode::Pressing:
        // A plain click on one of several selected nodes picks it alone.
        if (!mPressChangedSelection && !(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier))
            && mDocument->selection().nodes.size() + mDocument->selection().edges.size() > 1)
            mDocument->setSelection(ElementSet{{mPressNode}, {}});
        break;
    case Mode::Moving:
        dragTo(pos);
        endMove(true);
        break;
    case Mode::RubberBand:
        finishRubberBand(event->modifiers());
        break;
    case Mode::Connecting:
        finishConnection(pos);
        break;
    case Mode::Panning:
        unsetCursor();
        break;
    case Mode::Idle:
        break;
    }
    mMode = Mode::Idle;
    mPressNode = NoVertex;
    update();
}

void StoryCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!mDocument || event->button() != Qt::LeftButton) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    if (const VertexIndex v = nodeAt(event->position()); v != NoVertex) {
        mMode = Mode::Idle;
        editLabel(v);
    }
}

void StoryCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(1.2, steps), event->position());
    event->accept();
}

void StoryCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    const QPointF pos = event->pos();
    emit contextMenuRequested(event->globalPos(), mapToScene(pos), nodeAt(pos));
}

// ---- Moving nodes

void StoryCanvas::beginMove()
{
    const StoryGraph &graph = mDocument->graph();
    mMoveStart.clear();
    for (VertexIndex v : mDocument->selection().nodes) {
        if (isShown(v))
            mMoveStart.emplace_back(v, QPointF(graph.vertex(v).x, graph.vertex(v).y));
    }
    if (mMoveStart.empty()) {
        mMode = Mode::Idle;
        return;
    }
    mMode = Mode::Moving;
    // Take the dragged nodes out of the tiles; they are drawn over them until the drop.
    mExcluded.assign(graph.vertexSlots(), false);
    for (const auto &[v, start] : mMoveStart) {
        markVertexArea(v);
        mExcluded[v] = true;
    }
    mSnapshotDirty = true;
}

void StoryCanvas::dragTo(QPointF widgetPoint)
{
    if (mMoveStart.empty())
        return;
    QPointF delta = mapToScene(widgetPoint) - mPressScene;
    if (mSnapToGrid) {
        // Snap the node under the pointer; the others keep their offsets to it.
        QPointF anchor = mMoveStart.front().second;
        for (const auto &[v, start] : mMoveStart) {
            if (v == mPressNode)
                anchor = start;
        }
        const QPointF target = anchor + delta;
        delta = QPointF(std::round(target.x() / GridSize) * GridSize, std::round(target.y() / GridSize) * GridSize)
                - anchor;
    }
    const StoryGraph &graph = mDocument->graph();
    std::vector<NodePosition> positions;
    positions.reserve(mMoveStart.size());
    for (const auto &[v, start] : mMoveStart) {
        const GraphVertex &vertex = graph.vertex(v);
        if (!vertex.alive)
            continue;
        const QPointF p = start + delta;
        positions.push_back({vertex.id, p.x(), p.y()});
    }
    // Shown only: writing each mouse move (a transaction with its fsync on the
    // GUI thread) cost most of a drag frame; the drop writes once.
    mDocument->previewMove(positions);
}

void StoryCanvas::endMove(bool keep)
{
    // While the nodes are still out of the tiles: a refused write puts them
    // back in the graph, and they return to the tiles below at those places.
    if (keep)
        (void)mDocument->commitMove(tr("Move nodes")); // a refusal is reported by the document
    else
        mDocument->cancelMove();
    mDragLayer = QImage();
    // Back into the tiles at their new places.
    mExcluded.clear();
    mSnapshotDirty = true;
    for (const auto &[v, start] : mMoveStart) {
        if (mDocument->graph().vertex(v).alive)
            markVertexArea(v);
    }
    mMoveStart.clear();
    mBounds.reset();
    emit overviewChanged();
}

void StoryCanvas::nudge(double dx, double dy)
{
    const StoryGraph &graph = mDocument->graph();
    std::vector<NodePosition> positions;
    for (VertexIndex v : mDocument->selection().nodes) {
        if (!isShown(v))
            continue;
        const GraphVertex &vertex = graph.vertex(v);
        positions.push_back({vertex.id, vertex.x + dx, vertex.y + dy});
    }
    if (positions.empty())
        return;
    mDocument->previewMove(positions);
    mNudging = true;
}

// A burst lasts while any arrow key is down (auto-repeat included) and is
// written when the last one comes up; anything else the user does first (a
// click, another key, leaving the canvas) writes it before going on.
void StoryCanvas::finishNudges()
{
    mArrowsHeld.clear();
    if (!mNudging)
        return;
    mNudging = false;
    if (mDocument)
        (void)mDocument->commitMove(tr("Nudge nodes")); // a refusal is reported by the document
}

// ---- Rubber band, new relationships, removal

void StoryCanvas::finishRubberBand(Qt::KeyboardModifiers modifiers)
{
    const QRectF band = QRectF(mapToScene(mPressPos), mapToScene(mLastPos)).normalized();
    ElementSet selection;
    if (modifiers & (Qt::ControlModifier | Qt::ShiftModifier))
        selection = mDocument->selection();
    // Nodes whose whole box lies inside the band.
    std::vector<VertexIndex> candidates;
    mIndex.nodesIn(band, candidates);
    std::sort(candidates.begin(), candidates.end());
    for (VertexIndex v : candidates) {
        if (isShown(v) && !mDocument->isSelected(v)
            && band.contains(SceneRenderer::nodeRect(mDocument->graph().vertex(v))))
            selection.nodes.push_back(v);
    }
    if (band.width() > 0 || band.height() > 0)
        mDocument->setSelection(std::move(selection));
}

void StoryCanvas::finishConnection(QPointF widgetPoint)
{
    const VertexIndex from = mConnectFrom;
    mConnectFrom = NoVertex;
    const VertexIndex to = nodeAt(widgetPoint);
    if (from == NoVertex || to == NoVertex || to == from)
        return;
    const StoryGraph &graph = mDocument->graph();
    Relationship relationship;
    relationship.type = StoryDocument::defaultRelationshipType(graph.vertex(from).kind, graph.vertex(to).kind);
    relationship.from = graph.vertex(from).id;
    relationship.to = graph.vertex(to).id;
    (void)mDocument->addRelationship(relationship);
}

void StoryCanvas::removeSelection()
{
    (void)mDocument->removeSelection(); // a refusal is reported by the document
}

// ---- Keyboard

void StoryCanvas::keyPressEvent(QKeyEvent *event)
{
    if (!mDocument) {
        QWidget::keyPressEvent(event);
        return;
    }
    const double step
            = (event->modifiers() & Qt::ShiftModifier) ? 10 * StepPixels : (mSnapToGrid ? GridSize : StepPixels);
    const int key = event->key();
    const bool arrow = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    if (arrow) {
        if (mMode != Mode::Idle) { // the mouse is moving things already
            event->accept();
            return;
        }
        if (!mArrowsHeld.contains(key))
            mArrowsHeld.append(key);
    } else if (!event->isAutoRepeat() && key != Qt::Key_Shift && key != Qt::Key_Control && key != Qt::Key_Alt
               && key != Qt::Key_Meta) {
        finishNudges(); // Shift for bigger steps does not split a burst
    }
    switch (key) {
    case Qt::Key_Left:
        nudge(-step, 0);
        break;
    case Qt::Key_Right:
        nudge(step, 0);
        break;
    case Qt::Key_Up:
        nudge(0, -step);
        break;
    case Qt::Key_Down:
        nudge(0, step);
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        removeSelection();
        break;
    case Qt::Key_Space:
        if (!event->isAutoRepeat())
            mSpaceHeld = true;
        setCursor(Qt::OpenHandCursor);
        break;
    case Qt::Key_Escape:
        if (mMode == Mode::Moving) {
            endMove(false); // the nodes go back, nothing is written
            mMode = Mode::Idle;
            update();
        } else if (mMode == Mode::Pressing) {
            mMode = Mode::Idle; // no drag starts from this press
        } else if (mMode == Mode::Connecting || mMode == Mode::RubberBand) {
            mMode = Mode::Idle;
            mConnectFrom = NoVertex;
            update();
        } else {
            mDocument->clearSelection();
        }
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_F2:
        if (mDocument->selection().nodes.size() == 1)
            editLabel(mDocument->selection().nodes.front());
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void StoryCanvas::keyReleaseEvent(QKeyEvent *event)
{
    // Auto-repeat sends a release before each repeated press: the key is still down.
    if (mArrowsHeld.contains(event->key()) && !event->isAutoRepeat()) {
        mArrowsHeld.removeAll(event->key());
        if (mArrowsHeld.isEmpty())
            finishNudges();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        mSpaceHeld = false;
        if (mMode != Mode::Panning)
            unsetCursor();
        return;
    }
    QWidget::keyReleaseEvent(event);
}

// ---- Label editing

void StoryCanvas::editLabel(VertexIndex v)
{
    if (!mDocument || !isShown(v))
        return;
    const GraphVertex &vertex = mDocument->graph().vertex(v);
    mEditedNode = v;
    const QRectF r = SceneRenderer::nodeRect(vertex);
    QRectF w(mapFromScene(r.topLeft()), mapFromScene(r.bottomRight()));
    const double height = std::max(26.0, double(mEditor->sizeHint().height()));
    const double widthPx = std::max(160.0, w.width());
    mEditor->setGeometry(QRectF(w.center().x() - widthPx / 2, w.center().y() - height / 2, widthPx, height).toRect());
    mEditor->setText(qstr(vertex.label));
    mEditor->selectAll();
    mEditor->show();
    mEditor->setFocus(Qt::OtherFocusReason);
}

bool StoryCanvas::isEditingLabel() const
{
    return mEditedNode != NoVertex && mEditor->isVisible();
}

void StoryCanvas::cancelLabel()
{
    mEditedNode = NoVertex; // first: hiding the editor finishes its editing
    if (mEditor->isVisible()) {
        mEditor->hide();
        setFocus(Qt::OtherFocusReason);
    }
}

void StoryCanvas::commitLabel()
{
    const VertexIndex v = mEditedNode;
    const QString text = mEditor->text();
    cancelLabel();
    if (!mDocument || v == NoVertex || !mDocument->graph().vertex(v).alive)
        return;
    const GraphVertex &vertex = mDocument->graph().vertex(v);
    if (text == qstr(vertex.label))
        return;
    // The property a person reads as the label: a Scene's title, a
    // Character's name, else the first string among title, text, name, label
    // (the order the store takes the label from), or a new title.
    std::string key;
    if (vertex.kind == NodeKind::Scene)
        key = "title";
    else if (vertex.kind == NodeKind::Character)
        key = "name";
    else {
        key = "title";
        if (auto node = mDocument->node(v)) {
            const QJsonObject properties
                    = QJsonDocument::fromJson(QByteArray::fromStdString(node->properties)).object();
            for (const char *candidate : {"title", "text", "name", "label"}) {
                if (properties.value(QLatin1String(candidate)).isString()) {
                    key = candidate;
                    break;
                }
            }
        }
    }
    // The new value as JSON text: a one-element array, stripped of its brackets.
    QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    json = json.mid(1, json.size() - 2);
    (void)mDocument->setProperties(vertex.id, {PropertyChange{key, json.toStdString()}}, tr("Rename"));
}

void StoryCanvas::focusOutEvent(QFocusEvent *event)
{
    // The key releases go elsewhere now: the burst ends here.
    finishNudges();
    QWidget::focusOutEvent(event);
}

bool StoryCanvas::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mEditor && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        cancelLabel();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

// ---- Find

std::vector<VertexIndex> StoryCanvas::find(const QString &text)
{
    mFound.clear();
    mFoundAt = 0;
    if (!mDocument)
        return {};
    const QString needle = text.trimmed();
    if (needle.isEmpty()) {
        mDocument->setHighlight({});
        return {};
    }
    const StoryGraph &graph = mDocument->graph();
    std::vector<bool> match(graph.vertexSlots(), false);
    const QByteArray folded = needle.toCaseFolded().toUtf8();
    const bool ascii = std::all_of(folded.begin(), folded.end(), [](char c) { return uchar(c) < 0x80; });
    auto contains = [&](const std::string &haystack) {
        if (ascii) { // the common case, without a QString per node
            auto it = std::search(haystack.begin(), haystack.end(), folded.begin(), folded.end(), [](char a, char b) {
                return (uchar(a) < 0x80 ? char(std::tolower(uchar(a))) : a) == b;
            });
            return it != haystack.end();
        }
        return qstr(haystack).contains(needle, Qt::CaseInsensitive);
    };
    for (VertexIndex v = 0; v < graph.vertexSlots(); ++v) {
        const GraphVertex &vertex = graph.vertex(v);
        if (vertex.alive && isShown(v) && (contains(vertex.id) || contains(vertex.label)))
            match[v] = true;
    }
    // Other string properties are only in the store: read them all while
    // that stays quick (a small story), not on a story of 100,000 scenes.
    if (graph.vertexCount() <= FindPropertyScanLimit) {
        (void)mDocument->store().forEachNode([&](const Node &node) {
            const QJsonObject properties = QJsonDocument::fromJson(QByteArray::fromStdString(node.properties)).object();
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                if (it.value().isString() && it.value().toString().contains(needle, Qt::CaseInsensitive)) {
                    const VertexIndex v = graph.findVertex(node.id);
                    if (v != NoVertex && isShown(v))
                        match[v] = true;
                    break;
                }
            }
            return true;
        });
    }
    for (VertexIndex v = 0; v < match.size(); ++v) {
        if (match[v])
            mFound.push_back(v);
    }
    mDocument->setHighlight(ElementSet{mFound, {}});
    if (!mFound.empty())
        centerOn({mFound.front()});
    return mFound;
}

VertexIndex StoryCanvas::findNext()
{
    if (mFound.empty())
        return NoVertex;
    mFoundAt = (mFoundAt + 1) % mFound.size();
    const VertexIndex v = mFound[mFoundAt];
    centerOn({v});
    return v;
}

// ---- Export

Status StoryCanvas::checkExport(const QRectF &area) const
{
    if (!mDocument || area.isNull())
        return Error::badInput(tr("There is nothing to export."));
    return {};
}

Status StoryCanvas::exportImage(const QString &path, double scale, bool selectionOnly) const
{
    QRectF area = selectionOnly ? selectionBounds() : sceneBoundingRect();
    if (auto status = checkExport(area); !status)
        return status;
    if (!(scale > 0))
        return Error::badInput(tr("The export scale must be greater than 0."));
    area.adjust(-ExportMargin, -ExportMargin, ExportMargin, ExportMargin);
    const double w = std::ceil(area.width() * scale), h = std::ceil(area.height() * scale);
    if (w > MaxExportPixels || h > MaxExportPixels)
        return Error::badInput(tr("The image would be %1 × %2 pixels; at most %3 pixels per side can be exported. "
                                  "Choose a smaller scale.")
                                       .arg(qint64(w))
                                       .arg(qint64(h))
                                       .arg(MaxExportPixels));
    QImage image(int(w), int(h), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return Error::at(ErrorKind::Io,
                         tr("Not enough memory for an image of %1 × %2 pixels.").arg(qint64(w)).arg(qint64(h)), path);
    image.fill(mPalette.background);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        painter.translate(-area.topLeft());
        // Full detail whatever the scale: text even where it is small.
        mRenderer->setScale(std::max(scale, 1.0));
        paintDetail(painter, area, false, selectionOnly);
        mRenderer->setScale(mScale);
    }
    // Through the story exporters' atomic writer: a failed write leaves the old file.
    auto written = writeFile(path, [&](QIODevice &out) -> Result<ExportSummary> {
        QImageWriter writer(&out, "png");
        if (!writer.write(image)) {
            if (auto error = fileError(out, path))
                return *error;
            return Error::at(ErrorKind::Io, tr("Cannot write the image: %1").arg(writer.errorString()), path);
        }
        return ExportSummary{};
    });
    if (!written)
        return written.takeError();
    return {};
}

Status StoryCanvas::exportSvg(const QString &path, bool selectionOnly) const
{
    QRectF area = selectionOnly ? selectionBounds() : sceneBoundingRect();
    if (auto status = checkExport(area); !status)
        return status;
    area.adjust(-ExportMargin, -ExportMargin, ExportMargin, ExportMargin);
    // Through the story exporters' atomic writer: a failed write leaves the old file.
    auto written = writeFile(path, [&](QIODevice &out) -> Result<ExportSummary> {
        QSvgGenerator generator;
        generator.setOutputDevice(&out);
        generator.setSize(area.size().toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), area.size()));
        generator.setTitle(mDocument ? QFileInfo(mDocument->path()).completeBaseName() : QString());
        generator.setDescription(tr("A story graph exported from Ryuk Studio"));
        QPainter painter;
        if (!painter.begin(&generator))
            return fileError(out, path).value_or(Error::at(ErrorKind::Io, tr("Cannot write the SVG file."), path));
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillRect(QRectF(QPointF(0, 0), area.size()), mPalette.background);
        painter.translate(-area.topLeft());
        mRenderer->setScale(1.0);
        paintDetail(painter, area, false, selectionOnly);
        mRenderer->setScale(mScale);
        if (!painter.end() || out.size() == 0) {
            if (auto error = fileError(out, path))
                return *error;
            return Error::at(ErrorKind::Io, tr("Cannot write the SVG file."), path);
        }
        return ExportSummary{};
    });
    if (!written)
        return written.takeError();
    return {};
}

} // namespace ryuk
