// The minimap: overview image, visible-area frame, navigation.
#include "minimap.h"

#include "storycanvas.h"

#include <QMouseEvent>
#include <QPainter>

namespace ryuk {

Minimap::Minimap(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(80, 60);
    mRenderTimer.setSingleShot(true);
    mRenderTimer.setInterval(150);
    connect(&mRenderTimer, &QTimer::timeout, this, &Minimap::render);
}

void Minimap::setCanvas(StoryCanvas *canvas)
{
    if (mCanvas)
        disconnect(mCanvas, nullptr, this, nullptr);
    mCanvas = canvas;
    if (mCanvas) {
        connect(mCanvas, &StoryCanvas::overviewChanged, &mRenderTimer, qOverload<>(&QTimer::start));
        connect(mCanvas, &StoryCanvas::viewChanged, this, qOverload<>(&QWidget::update));
    }
    render();
}

void Minimap::render()
{
    mImage = QImage();
    if (!mCanvas || width() <= 4 || height() <= 4) {
        update();
        return;
    }
    const auto snapshot = mCanvas->overviewSnapshot();
    if (!snapshot || snapshot->bounds.isNull()) {
        update();
        return;
    }
    const QRectF bounds = snapshot->bounds;
    mImageScale
            = std::min((width() - 4) / std::max(1.0, bounds.width()), (height() - 4) / std::max(1.0, bounds.height()));
    const QSizeF size(width() / mImageScale, height() / mImageScale);
    mImageScene = QRectF(bounds.center() - QPointF(size.width() / 2, size.height() / 2), size);
    mImage = QImage(this->size(), QImage::Format_ARGB32_Premultiplied);
    (void)renderOverview(*snapshot, mImage, mImageScene.topLeft(), mImageScale, nullptr);
    update();
}

void Minimap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &p = palette();
    painter.fillRect(rect(), p.color(QPalette::Base));
    if (!mImage.isNull())
        painter.drawImage(0, 0, mImage);
    if (mCanvas && !mImage.isNull()) {
        const QRectF visible = mCanvas->visibleSceneRect();
        QRectF frame((visible.topLeft() - mImageScene.topLeft()) * mImageScale, visible.size() * mImageScale);
        // However far out the canvas zooms, the frame stays visible.
        if (frame.width() < 4)
            frame.adjust(-2, 0, 2, 0);
        if (frame.height() < 4)
            frame.adjust(0, -2, 0, 2);
        QColor fill = p.color(QPalette::Highlight);
        fill.setAlpha(40);
        painter.setPen(QPen(p.color(QPalette::Highlight), 1.5));
        painter.setBrush(fill);
        painter.drawRect(frame);
    }
    painter.setPen(p.color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void Minimap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    mRenderTimer.start();
}

void Minimap::moveView(QPointF widgetPoint)
{
    if (!mCanvas || mImage.isNull())
        return;
    mCanvas->centerOnScenePoint(mImageScene.topLeft() + widgetPoint / mImageScale);
}

void Minimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        moveView(event->position());
}

void Minimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        moveView(event->position());
}

} // namespace ryuk
