// The live time chart: history in ring buffers, decimated views drawn by one
// item in the chart's scene, the frame by Qt Charts.
#include "timechart.h"

#include <QChart>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ryuk {

namespace {

// A logarithmic axis cannot show 0; latencies below a nanosecond are 1 ns.
constexpr double LogFloor = 1e-3;

// 1, 2 or 5 times a power of ten, at least `value`: axis ends that stay put
// while the data wanders below them.
double niceCeiling(double value)
{
    if (!(value > 0))
        return 1;
    const double decade = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (value <= step * decade * (1 + 1e-12))
            return step * decade;
    }
    return 10 * decade;
}

} // namespace

struct TimeChart::Line
{
    Line(qsizetype capacity, QLineSeries *s, Side d) : buffer(capacity), series(s), side(d) {}

    SeriesBuffer buffer;
    QLineSeries *series; // empty: the legend entry and the colour
    Side side;
    QList<QPointF> shown; // the decimated view, in sample time
    QPolygonF polygon;    // the same in plot coordinates, rebuilt for painting
    bool dirty = true;
    // The extremes of what is shown, for the value axes.
    double low = 0;
    double high = 0;
    bool hasRange = false;
};

struct TimeChart::Level
{
    QLineSeries *series;
    double value;
};

// Draws every data line as one polyline with a cosmetic pen: the raster
// engine's fastest path. Lives in the chart's scene above the plot area.
class TimeChart::LinesItem : public QGraphicsItem
{
public:
    explicit LinesItem(TimeChart *chart) : mChart(chart) { setZValue(1000); }

    QRectF boundingRect() const override { return mChart->chart()->plotArea(); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QRectF plot = mChart->chart()->plotArea();
        if (plot.isEmpty())
            return;
        painter->save();
        painter->setClipRect(plot);
        painter->setRenderHint(QPainter::Antialiasing, false);
        // value → pixel is a * value + b on each axis (of log10(value) on a log axis).
        const double xA = plot.width() / (mChart->mShownX1 - mChart->mShownX0);
        const double xB = plot.left() - mChart->mShownX0 * xA;
        const bool log = mChart->mScale == Scale::Logarithmic;
        const double leftLow = log ? std::log10(mChart->mLeftLow) : mChart->mLeftLow;
        const double leftHigh = log ? std::log10(mChart->mLeftHigh) : mChart->mLeftHigh;
        const double top = plot.top() - 10 * plot.height();
        const double bottom = plot.bottom() + 10 * plot.height();
        for (const auto &line : mChart->mLines) {
            if (line->shown.isEmpty() || !line->series->isVisible())
                continue;
            QPen pen(line->series->pen().color());
            pen.setCosmetic(true);
            pen.setWidth(1);
            painter->setPen(pen);
            const bool right = line->side == Side::Right;
            const bool lineLog = log && !right;
            const double low = right ? mChart->mRightLow : leftLow;
            const double high = right ? mChart->mRightHigh : leftHigh;
            const double yA = -plot.height() / (high - low);
            const double yB = plot.bottom() - low * yA;
            QPolygonF &polygon = line->polygon;
            polygon.resize(line->shown.size());
            const QPointF *in = line->shown.constData();
            QPointF *out = polygon.data();
            for (qsizetype i = 0, n = line->shown.size(); i < n; ++i) {
                const double y = lineLog ? std::log10(in[i].y()) : in[i].y();
                // Far outside the plot only needs to stay outside it (and finite).
                out[i] = QPointF(xA * in[i].x() + xB, std::clamp(yA * y + yB, top, bottom));
            }
            painter->drawPolyline(polygon);
        }
        painter->restore();
    }

    void geometryChanged() { prepareGeometryChange(); }

private:
    TimeChart *mChart;
};

TimeChart::TimeChart(const QString &title, const QString &valueTitle, Scale scale, QWidget *parent)
    // The chart goes to the constructor: setChart() would leave the view's
    // default chart to whoever deletes it.
    : QChartView(new QChart, parent), mScale(scale)
{
    QChart *chart = this->chart();
    chart->setTitle(title);
    // Animations would redraw for a second after every update.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    setRenderHint(QPainter::Antialiasing, false);
    setRubberBand(QChartView::RectangleRubberBand);
    setMinimumSize(240, 160);

    mAxisX = new QValueAxis(this);
    mAxisX->setTitleText(tr("seconds before now"));
    mAxisX->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(mAxisX, Qt::AlignBottom);
    if (scale == Scale::Logarithmic) {
        auto *axis = new QLogValueAxis(this);
        axis->setBase(10);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setMinorTickCount(-1);
        mAxisY = axis;
    } else {
        auto *axis = new QValueAxis(this);
        axis->setLabelFormat(QStringLiteral("%.6g"));
        mAxisY = axis;
    }
    mAxisY->setTitleText(valueTitle);
    chart->addAxis(mAxisY, Qt::AlignLeft);
    mAxisY->setRange(scale == Scale::Logarithmic ? 1.0 : 0.0, scale == Scale::Logarithmic ? 10.0 : 1.0);
    mLeftLow = scale == Scale::Logarithmic ? 1.0 : 0.0;
    mLeftHigh = scale == Scale::Logarithmic ? 10.0 : 1.0;
    connect(mAxisX, &QValueAxis::rangeChanged, this, [this] {
        if (mUserZooming && !mSettingRange)
            xRangeChangedByUser();
    });
    // A rubber band moves the value axes too; the lines follow them.
    auto readValueRanges = [this] {
        if (!mUserZooming || mSettingRange)
            return;
        if (auto *log = qobject_cast<QLogValueAxis *>(mAxisY)) {
            mLeftLow = log->min();
            mLeftHigh = log->max();
        } else if (auto *linear = qobject_cast<QValueAxis *>(mAxisY)) {
            mLeftLow = linear->min();
            mLeftHigh = linear->max();
        }
        if (mAxisRight) {
            mRightLow = mAxisRight->min();
            mRightHigh = mAxisRight->max();
        }
        mYAuto = false;
        if (mItem)
            mItem->update();
    };
    if (auto *log = qobject_cast<QLogValueAxis *>(mAxisY))
        connect(log, &QLogValueAxis::rangeChanged, this, readValueRanges);
    else
        connect(static_cast<QValueAxis *>(mAxisY), &QValueAxis::rangeChanged, this, readValueRanges);

    mItem = new LinesItem(this);
    chart->scene()->addItem(mItem);
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        mItem->geometryChanged();
        mDirty = true;
        refresh();
    });
    setAxisRanges();
}

TimeChart::~TimeChart()
{
    // The scene goes with the chart view's base; the item must not outlive us.
    if (mItem && mItem->scene())
        mItem->scene()->removeItem(mItem);
    delete mItem;
}

void TimeChart::setRelativeTime(bool relative)
{
    mRelative = relative;
    mAxisX->setTitleText(relative ? tr("seconds before now") : tr("seconds"));
    mDirty = true;
    refresh();
}

int TimeChart::indexOf(const QString &name) const
{
    for (std::size_t i = 0; i < mLines.size(); ++i) {
        if (mLines[i]->series->name() == name)
            return int(i);
    }
    return -1;
}

QString TimeChart::seriesName(int index) const
{
    return mLines.at(std::size_t(index))->series->name();
}

int TimeChart::series(const QString &name, Side side, qsizetype capacity)
{
    if (const int existing = indexOf(name); existing >= 0)
        return existing;
    auto *s = new QLineSeries(this);
    s->setName(name);
    chart()->addSeries(s);
    s->attachAxis(mAxisX);
    if (side == Side::Right) {
        setRightTitle(mAxisRight ? mAxisRight->titleText() : QString());
        s->attachAxis(mAxisRight);
    } else {
        s->attachAxis(mAxisY);
    }
    QPen pen = s->pen();
    pen.setWidth(1);
    s->setPen(pen);
    mLines.push_back(std::make_unique<Line>(capacity, s, side));
    return int(mLines.size()) - 1;
}

void TimeChart::setRightTitle(const QString &title)
{
    if (!mAxisRight) {
        mAxisRight = new QValueAxis(this);
        mAxisRight->setLabelFormat(QStringLiteral("%.6g"));
        chart()->addAxis(mAxisRight, Qt::AlignRight);
        mSettingRange = true;
        mAxisRight->setRange(mRightLow, mRightHigh);
        mSettingRange = false;
        connect(mAxisRight, &QValueAxis::rangeChanged, this, [this] {
            if (!mUserZooming || mSettingRange)
                return;
            mRightLow = mAxisRight->min();
            mRightHigh = mAxisRight->max();
            mYAuto = false;
            mItem->update();
        });
    }
    mAxisRight->setTitleText(title);
}

void TimeChart::append(int series, double t, double value)
{
    Line &line = *mLines.at(std::size_t(series));
    if (mScale == Scale::Logarithmic && line.side == Side::Left)
        value = std::max(value, LogFloor);
    // Data beyond the view's right edge changes the view only when following,
    // or as the first point past the edge (the line runs to the border).
    if (mFollowing || line.buffer.isEmpty() || line.buffer.last().x() <= mX1)
        line.dirty = true;
    line.buffer.append(t, value);
}

int TimeChart::addLevel(const QString &name, double value, const QColor &color)
{
    auto *s = new QLineSeries(this);
    s->setName(name);
    chart()->addSeries(s);
    s->attachAxis(mAxisX);
    s->attachAxis(mAxisY);
    QPen pen(color);
    pen.setWidth(1);
    pen.setStyle(Qt::DashLine);
    s->setPen(pen);
    mLevels.push_back(std::make_unique<Level>(Level{s, value}));
    s->replace({QPointF(mAxisX->min(), value), QPointF(mAxisX->max(), value)});
    mDirty = true;
    return int(mLevels.size()) - 1;
}

void TimeChart::setLevel(int level, double value)
{
    Level &l = *mLevels.at(std::size_t(level));
    if (l.value == value)
        return;
    l.value = value;
    l.series->replace({QPointF(mAxisX->min(), value), QPointF(mAxisX->max(), value)});
    mDirty = true;
}

double TimeChart::level(int level) const
{
    return mLevels.at(std::size_t(level))->value;
}

bool TimeChart::isLevelVisible(int level) const
{
    return mLevels.at(std::size_t(level))->series->isVisible();
}

void TimeChart::setLevelVisible(int level, bool visible)
{
    mLevels.at(std::size_t(level))->series->setVisible(visible);
    mDirty = true;
}

void TimeChart::setNow(double t)
{
    mNow = std::max(mNow, t);
}

void TimeChart::setFollowing(bool following)
{
    if (following)
        mYAuto = true;
    if (mFollowing == following)
        return;
    mFollowing = following;
    if (mRelative)
        mAxisX->setTitleText(following ? tr("seconds before now") : tr("seconds before the pause"));
    emit followingChanged(following);
    mDirty = true;
    refresh();
}

void TimeChart::setSpan(double seconds)
{
    mSpan = std::max(0.0, seconds);
    mDirty = true;
}

void TimeChart::zoomTo(double x0, double x1)
{
    if (!(x1 > x0))
        return;
    mX0 = x0;
    mX1 = x1;
    stopFollowing();
}

// A zoom of the user's holds the view still: the chart stops following new samples.
void TimeChart::stopFollowing()
{
    if (mFollowing) {
        mFollowing = false;
        if (mRelative)
            mAxisX->setTitleText(tr("seconds before the pause"));
        emit followingChanged(false);
    }
    mDirty = true;
    refresh();
}

void TimeChart::xRangeChangedByUser()
{
    // A rubber band or a right click (zoom out) moved the axes: back to sample time.
    mX0 = mAxisX->min() + mOrigin;
    mX1 = mAxisX->max() + mOrigin;
    mYAuto = false;
    stopFollowing();
}

double TimeChart::oldest() const
{
    double t = mNow;
    for (const auto &line : mLines) {
        if (!line->buffer.isEmpty())
            t = std::min(t, line->buffer.at(0).x());
    }
    return t;
}

int TimeChart::columns() const
{
    const int plot = int(chart()->plotArea().width());
    return std::max(16, plot > 0 ? plot : width());
}

void TimeChart::refresh()
{
    // Hidden charts only note that they are behind; showEvent catches up.
    if (!isVisible()) {
        mDirty = true;
        return;
    }
    applyView(false);
}

void TimeChart::clearSamples()
{
    for (auto &line : mLines) {
        line->buffer.clear();
        line->shown.clear();
        line->dirty = true;
    }
    mNow = 0;
    mDirty = true;
    refresh();
}

void TimeChart::setAxisRanges()
{
    mSettingRange = true;
    mAxisX->setLabelFormat(mX1 - mX0 < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    mAxisX->setRange(mX0 - mOrigin, mX1 - mOrigin);
    mSettingRange = false;
    for (auto &level : mLevels)
        level->series->replace({QPointF(mX0 - mOrigin, level->value), QPointF(mX1 - mOrigin, level->value)});
}

void TimeChart::applyView(bool force)
{
    force = force || mDirty;
    mDirty = false;
    if (mFollowing) {
        mX1 = std::max(mNow, 1e-9);
        if (mSpan > 0) {
            mX0 = mX1 - mSpan;
        } else if (mRelative) {
            mX0 = std::min(oldest(), mX1 - 1);
        } else {
            // A run on its own clock: from 0 (or its first sample) to now.
            mX0 = std::min(oldest(), 0.0);
            mX1 = std::max(mX1, mX0 + 1);
        }
        if (mRelative)
            mOrigin = mX1;
    }
    if (!mRelative)
        mOrigin = 0;
    const int cols = columns();
    const bool moved = force || cols != mShownColumns || mX0 != mShownX0 || mX1 != mShownX1;
    mShownColumns = cols;
    mShownX0 = mX0;
    mShownX1 = mX1;
    // While following a relative axis its range stays [-span, 0]: nothing to relayout.
    if (force || mAxisX->min() != mX0 - mOrigin || mAxisX->max() != mX1 - mOrigin)
        setAxisRanges();
    bool changed = moved;
    for (auto &line : mLines) {
        if (!moved && !line->dirty)
            continue;
        line->shown = line->buffer.decimated(mX0, mX1, cols);
        line->hasRange = false;
        for (const QPointF &p : std::as_const(line->shown)) {
            if (p.x() < mX0 || p.x() > mX1)
                continue;
            if (!line->hasRange) {
                line->low = line->high = p.y();
                line->hasRange = true;
            } else {
                line->low = std::min(line->low, p.y());
                line->high = std::max(line->high, p.y());
            }
        }
        line->dirty = false;
        changed = true;
    }
    if (!changed)
        return;
    mItem->update();
    if (!mYAuto)
        return;
    // The value axes fit what is in view (and the levels, on the left), with
    // ends rounded so they rarely move.
    mSettingRange = true;
    for (Side side : {Side::Left, Side::Right}) {
        QAbstractAxis *axis = side == Side::Left ? mAxisY : mAxisRight;
        if (!axis)
            continue;
        double low = std::numeric_limits<double>::max();
        double high = std::numeric_limits<double>::lowest();
        for (const auto &line : mLines) {
            if (line->side == side && line->hasRange && line->series->isVisible()) {
                low = std::min(low, line->low);
                high = std::max(high, line->high);
            }
        }
        if (side == Side::Left) {
            for (const auto &level : mLevels) {
                if (level->series->isVisible()) {
                    low = std::min(low, level->value);
                    high = std::max(high, level->value);
                }
            }
        }
        if (high < low) {
            low = mScale == Scale::Logarithmic && side == Side::Left ? 1 : 0;
            high = low + 1;
        }
        double from;
        double to;
        if (mScale == Scale::Logarithmic && side == Side::Left) {
            // Whole decades.
            from = std::pow(10.0, std::floor(std::log10(std::max(LogFloor, low))));
            to = std::pow(10.0, std::ceil(std::log10(std::max(high, from * 10))));
            if (to <= from)
                to = from * 10;
        } else {
            from = std::min(0.0, low);
            to = niceCeiling(high * 1.05);
        }
        double &shownLow = side == Side::Left ? mLeftLow : mRightLow;
        double &shownHigh = side == Side::Left ? mLeftHigh : mRightHigh;
        if (from != shownLow || to != shownHigh) {
            axis->setRange(from, to);
            shownLow = from;
            shownHigh = to;
        }
    }
    mSettingRange = false;
}

const SeriesBuffer &TimeChart::buffer(int series) const
{
    return mLines.at(std::size_t(series))->buffer;
}

qsizetype TimeChart::shownPointCount(int series) const
{
    return mLines.at(std::size_t(series))->shown.size();
}

const QList<QPointF> &TimeChart::shownPoints(int series) const
{
    return mLines.at(std::size_t(series))->shown;
}

QLineSeries *TimeChart::line(int series) const
{
    return mLines.at(std::size_t(series))->series;
}

void TimeChart::wheelEvent(QWheelEvent *event)
{
    const QRectF plot = chart()->plotArea();
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0 || plot.width() <= 0) {
        event->ignore();
        return;
    }
    // Zoom the time axis around the pointer: in when the wheel turns away.
    const double fraction = std::clamp((event->position().x() - plot.left()) / plot.width(), 0.0, 1.0);
    const double width = mX1 - mX0;
    const double center = mX0 + fraction * width;
    const double newWidth = std::clamp(width * std::pow(0.8, steps), 1.0, std::max(1.0, mNow - oldest()) * 1.1);
    zoomTo(center - fraction * newWidth, center + (1 - fraction) * newWidth);
    event->accept();
}

void TimeChart::mouseReleaseEvent(QMouseEvent *event)
{
    // QChartView zooms to the rubber band (or out, on a right click) here.
    mUserZooming = true;
    QChartView::mouseReleaseEvent(event);
    mUserZooming = false;
}

void TimeChart::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    applyView(true);
}

void TimeChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (isVisible())
        applyView(false);
}

} // namespace ryuk
