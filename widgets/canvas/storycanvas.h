// The story canvas: the editable node view at the centre of the editor. It
// holds no item per node; it draws the document's StoryGraph through a
// spatial index (full detail when zoomed in) or from a tiled overview
// rendered on worker threads (when zoomed out), and edits only through the
// document, following its signals.
#pragma once

#include "canvaspalette.h"
#include "document/storydocument.h"
#include "overviewsnapshot.h"
#include "spatialindex.h"

#include <QImage>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <optional>

class QLineEdit;

namespace ryuk {

class SceneRenderer;
class TileCache;

class StoryCanvas : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(double zoom READ zoom WRITE setZoom NOTIFY zoomChanged)
    Q_PROPERTY(bool showEdgeLabels READ showEdgeLabels WRITE setShowEdgeLabels)
    Q_PROPERTY(bool snapToGrid READ snapToGrid WRITE setSnapToGrid)

public:
    // Below this zoom the canvas draws the tiled overview (shapes, no text).
    static constexpr double DetailZoom = 0.35;
    static constexpr double MinZoom = 1.0e-6;
    static constexpr double MaxZoom = 8.0;
    // Snapping puts node centres on this grid (scene units).
    static constexpr double GridSize = 20;
    // Exports leave this much room around the drawing (scene units).
    static constexpr double ExportMargin = 20;
    // The largest exported image, per side.
    static constexpr int MaxExportPixels = 16384;
    // Above this many nodes find() searches only ids and labels (see find()).
    static constexpr std::size_t FindPropertyScanLimit = 20000;

    explicit StoryCanvas(QWidget *parent = nullptr);
    ~StoryCanvas() override;

    // The document to show and edit (not owned); nullptr shows nothing.
    void setDocument(StoryDocument *document);
    StoryDocument *document() const { return mDocument; }

    // ---- The view.
    double zoom() const { return mScale; }
    void setZoom(double zoom); // about the centre of the view
    // Zooms by `factor` keeping the scene point under `anchor` (widget coordinates) fixed.
    void zoomBy(double factor, QPointF anchor);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToStory();
    void fitToSelection();
    // Brings these nodes into view: centred at the present zoom if they fit, else fitted.
    void centerOn(const std::vector<VertexIndex> &nodes);
    void centerOnScenePoint(QPointF scenePoint);

    QRectF visibleSceneRect() const;
    // The box of every shown node (empty when none is shown).
    QRectF sceneBoundingRect() const;
    QPointF mapToScene(QPointF widgetPoint) const;
    QPointF mapFromScene(QPointF scenePoint) const;

    // ---- What is shown. Hidden nodes (and their relationships) are not drawn,
    // hit or found; the filters never change the story.
    // Node type names to show; empty shows every type.
    void setTypeFilter(const QSet<QString> &types);
    QSet<QString> typeFilter() const { return mTypeFilter; }
    // Shows only the Scenes of this chapter (nodes without a chapter stay).
    void setChapterFilter(std::optional<qint64> chapter);
    std::optional<qint64> chapterFilter() const { return mChapterFilter; }
    bool isShown(VertexIndex v) const;

    void setShowEdgeLabels(bool show);
    bool showEdgeLabels() const { return mShowEdgeLabels; }
    void setSnapToGrid(bool snap) { mSnapToGrid = snap; }
    bool snapToGrid() const { return mSnapToGrid; }

    // ---- Hit tests, in widget coordinates.
    VertexIndex nodeAt(QPointF widgetPoint) const;
    EdgeIndex edgeAt(QPointF widgetPoint) const;
    // Where the knob that starts a new relationship sits on a node (scene coordinates).
    QPointF handlePosition(VertexIndex v) const;

    // ---- Find. Matches ids and labels (title, name or text) case-insensitively
    // from the graph; on stories of up to FindPropertyScanLimit nodes it also
    // reads every string property from the store. Highlights the matches,
    // centres the first and returns them in graph order.
    std::vector<VertexIndex> find(const QString &text);
    // Centres the next match of the last find(), wrapping; NoVertex if none.
    VertexIndex findNext();

    // ---- Export at full detail with the screen's painter code (no selection marks).
    // PNG at `scale` pixels per scene unit.
    Status exportImage(const QString &path, double scale, bool selectionOnly) const;
    Status exportSvg(const QString &path, bool selectionOnly) const;

    // In-place label editing (double-click a node, or F2): Enter or leaving the
    // field commits, Escape cancels. The text goes to a Scene's "title", a
    // Character's "name", else to the first string among "title", "text",
    // "name", "label" (where the label was read from), or to a new "title".
    void editLabel(VertexIndex v);
    bool isEditingLabel() const;

    // The overview as it stands (rebuilt if the story changed): for the minimap.
    std::shared_ptr<const OverviewSnapshot> overviewSnapshot();
    // True when the frame last painted showed every tile up to date (or was
    // drawn at full detail): what a user sees once the canvas has settled.
    bool isSettled() const;
    // Bytes of tile images held.
    qint64 tileMemory() const;

signals:
    void zoomChanged(double zoom);
    // The visible area moved or was resized (for the minimap).
    void viewChanged();
    // The story's drawing changed (for the minimap), at most once per edit.
    void overviewChanged();
    void hoveredNodeChanged(ryuk::VertexIndex node);
    // A right click: where (global and scene) and on which node, if any.
    void contextMenuRequested(QPoint globalPos, QPointF scenePos, ryuk::VertexIndex node);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Mode { Idle, Pressing, Moving, RubberBand, Connecting, Panning };

    void storyChanged(const std::vector<StoryChange> &changes);
    void storyReset();
    void rebuildFilter();
    void markDirty(const QRectF &sceneRect);
    void markVertexArea(VertexIndex v);
    void afterEdit();
    void setView(QPointF origin, double scale);

    // Full detail of what meets `area`, for the screen and the exports;
    // `withoutDragged` leaves out the nodes being dragged and their relationships.
    void paintDetail(QPainter &painter, const QRectF &area, bool marks, bool selectionOnly,
                     bool withoutDragged = false) const;
    // The nodes being dragged with their relationships (scene coordinates).
    void paintDragged(QPainter &painter) const;
    void paintOverlays(QPainter &painter);
    QRectF selectionBounds() const;
    Status checkExport(const QRectF &area) const;

    VertexIndex handleAt(QPointF widgetPoint) const;
    void beginMove();
    void dragTo(QPointF widgetPoint);
    // Ends a drag: writes it (one undo step) or puts the nodes back.
    void endMove(bool keep);
    void finishRubberBand(Qt::KeyboardModifiers modifiers);
    void finishConnection(QPointF widgetPoint);
    void nudge(double dx, double dy);
    // Writes the nudges made since the first arrow key went down, as one step.
    void finishNudges();
    void removeSelection();
    void commitLabel();
    void cancelLabel();
    void setHover(VertexIndex v);

    QPointer<StoryDocument> mDocument;
    CanvasPalette mPalette;
    SpatialIndex mIndex;
    std::unique_ptr<SceneRenderer> mRenderer;
    TileCache *mTiles = nullptr;

    // View: scene point at the widget's top-left corner, and pixels per scene unit.
    QPointF mOrigin;
    double mScale = 1;

    QSet<QString> mTypeFilter;
    std::optional<qint64> mChapterFilter;
    std::vector<bool> mHidden;   // by vertex: filtered out
    std::vector<bool> mExcluded; // by vertex: being dragged, drawn over the tiles
    QImage mDragLayer;           // during a drag at full detail: all but the dragged nodes
    std::shared_ptr<const OverviewSnapshot> mSnapshot;
    bool mSnapshotDirty = true;
    mutable std::optional<QRectF> mBounds;
    bool mShowEdgeLabels = false;
    bool mSnapToGrid = false;
    bool mSettledDetail = false;

    Mode mMode = Mode::Idle;
    QPointF mPressPos;   // widget
    QPointF mPressScene; // scene
    QPointF mLastPos;
    VertexIndex mPressNode = NoVertex;
    bool mPressChangedSelection = false;
    std::vector<std::pair<VertexIndex, QPointF>> mMoveStart;
    std::vector<QRectF> mMoveAreas;
    QList<int> mArrowsHeld; // arrow keys down: their nudges are one burst
    bool mNudging = false;  // a burst is shown but not yet written
    bool mSpaceHeld = false;
    VertexIndex mHover = NoVertex;
    VertexIndex mConnectFrom = NoVertex;
    QPointF mConnectEnd; // scene

    QLineEdit *mEditor = nullptr;
    VertexIndex mEditedNode = NoVertex;

    std::vector<VertexIndex> mFound;
    std::size_t mFoundAt = 0;

    QList<QMetaObject::Connection> mConnections;
};

} // namespace ryuk
