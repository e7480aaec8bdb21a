// A small map of the whole story beside the canvas: the overview drawn to
// fit, the canvas's visible area as a frame; click or drag to move the view.
#pragma once

#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace ryuk {

class StoryCanvas;

class Minimap : public QWidget
{
    Q_OBJECT

public:
    explicit Minimap(QWidget *parent = nullptr);

    void setCanvas(StoryCanvas *canvas);
    StoryCanvas *canvas() const { return mCanvas; }

    QSize sizeHint() const override { return {220, 140}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void render();
    void moveView(QPointF widgetPoint);

    QPointer<StoryCanvas> mCanvas;
    QImage mImage;
    QRectF mImageScene; // the scene area the image shows
    double mImageScale = 1;
    // Re-rendering waits for a pause in the edits (a drag sends many).
    QTimer mRenderTimer;
};

} // namespace ryuk
