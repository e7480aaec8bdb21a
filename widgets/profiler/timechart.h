// A live time chart: lines over a time axis that follow the newest samples,
// with pause, rubber-band and wheel zoom and a way back to following. Each
// line keeps its whole history in a SeriesBuffer and draws only a decimated
// view of it (about a min/max pair per pixel column), recomputed when the view
// or the data in it changes, so drawing costs the same with ten minutes of
// history as with ten seconds.
//
// Qt Charts draws the frame (title, axes, grid, legend, rubber band) and the
// level lines; the data lines are drawn by one light item in the chart's scene
// from the decimated points. A QLineSeries restrokes its whole outline for
// hit testing on every change, which measured at two thirds of the cost of an
// update; the data lines need no hit testing. Their QLineSeries stay, empty,
// for the legend and the colours. While following, the time axis is relative
// to now (…, -10, 0 s), so it does not move on every update either.
#pragma once

#include "seriesbuffer.h"

#include <QChartView>

#include <memory>
#include <vector>

class QLineSeries;
class QAbstractAxis;
class QValueAxis;

namespace ryuk {

class TimeChart : public QChartView
{
    Q_OBJECT

public:
    enum class Scale { Linear, Logarithmic };
    enum class Side { Left, Right };

    explicit TimeChart(const QString &title, const QString &valueTitle, Scale scale = Scale::Linear,
                       QWidget *parent = nullptr);
    ~TimeChart() override;

    // A line named `name`; a second call with the same name returns the first
    // one's index. Lines on the right share a second value axis (linear),
    // titled `rightTitle` (see setRightTitle).
    int series(const QString &name, Side side = Side::Left, qsizetype capacity = SeriesBuffer::DefaultCapacity);
    int seriesCount() const { return int(mLines.size()); }
    // Time on the axis: seconds before now (the default), or the samples' own
    // times (from 0 at the start of a run).
    void setRelativeTime(bool relative);
    // -1 if there is no such line.
    int indexOf(const QString &name) const;
    QString seriesName(int index) const;
    void setRightTitle(const QString &title);

    // Adds a sample; `t` is seconds on the chart's clock and must not go back.
    void append(int series, double t, double value);
    // A horizontal line across the chart at `value` (on the left axis), e.g.
    // a budget. Returns its index for setLevel.
    int addLevel(const QString &name, double value, const QColor &color);
    void setLevel(int level, double value);
    double level(int level) const;
    bool isLevelVisible(int level) const;
    void setLevelVisible(int level, bool visible);

    // The newest time: the right edge while following.
    void setNow(double t);
    double now() const { return mNow; }
    // Following: the view shows the last span() seconds and moves with the
    // data. Zooming or pausing stops following; setFollowing(true) ("Live")
    // returns to it.
    bool isFollowing() const { return mFollowing; }
    void setFollowing(bool following);
    // The width of the followed window in seconds; 0 shows everything from the
    // oldest sample to now.
    double span() const { return mSpan; }
    void setSpan(double seconds);
    // Zooms the time axis to [x0, x1] and stops following.
    void zoomTo(double x0, double x1);
    double viewStart() const { return mX0; }
    double viewEnd() const { return mX1; }

    // Recomputes what the lines show if the view or the data in view changed.
    // Cheap when nothing did. Called after appending.
    void refresh();
    // Forgets every sample (the lines stay).
    void clearSamples();

    const SeriesBuffer &buffer(int series) const;
    // The points the line draws now (its decimated view).
    qsizetype shownPointCount(int series) const;
    const QList<QPointF> &shownPoints(int series) const;
    QLineSeries *line(int series) const;
    // Columns of the plot area the decimation aims at.
    int columns() const;

signals:
    void followingChanged(bool following);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Line;
    struct Level;
    class LinesItem;
    friend class LinesItem;

    void xRangeChangedByUser();
    void stopFollowing();
    void applyView(bool force);
    double oldest() const;
    void setAxisRanges();

    std::vector<std::unique_ptr<Line>> mLines;
    std::vector<std::unique_ptr<Level>> mLevels;
    QValueAxis *mAxisX = nullptr;
    QAbstractAxis *mAxisY = nullptr;
    QValueAxis *mAxisRight = nullptr;
    Scale mScale;
    double mNow = 0;
    double mSpan = 60;
    double mX0 = 0;
    double mX1 = 60;
    bool mFollowing = true;
    bool mYAuto = true;
    bool mSettingRange = false;
    bool mUserZooming = false; // inside a mouse release: the rubber band's axis changes are the user's
    bool mDirty = true;
    bool mRelative = true;
    double mOrigin = 0; // axis 0 is this time: now while following
    int mShownColumns = 0;
    double mShownX0 = 0;
    double mShownX1 = 0;
    // The value axes' ranges as last set (the data lines map through them).
    double mLeftLow = 0;
    double mLeftHigh = 1;
    double mRightLow = 0;
    double mRightHigh = 1;
    LinesItem *mItem = nullptr;
};

} // namespace ryuk
