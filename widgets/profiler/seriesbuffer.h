// A bounded ring of (time, value) samples and its reduction to at most a
// min/max pair per pixel column: the profiler's charts keep their whole
// history here and give Qt Charts only what the plot can show.
#pragma once

#include <QList>
#include <QPointF>

#include <vector>

namespace ryuk {

class SeriesBuffer
{
public:
    // Ten minutes at ten samples a second.
    static constexpr qsizetype DefaultCapacity = 6000;

    explicit SeriesBuffer(qsizetype capacity = DefaultCapacity);

    // Times must not decrease; once full, the oldest sample goes.
    void append(double t, double value);
    void clear();

    qsizetype size() const { return mSize; }
    qsizetype capacity() const { return qsizetype(mSamples.size()); }
    bool isEmpty() const { return mSize == 0; }
    // 0 is the oldest sample.
    const QPointF &at(qsizetype i) const { return mSamples[std::size_t((mStart + i) % capacity())]; }
    const QPointF &last() const { return at(mSize - 1); }
    // The first sample at or after `t` (size() if none).
    qsizetype lowerBound(double t) const;

    // The samples with x0 ≤ t ≤ x1 as a line over `columns` pixel columns:
    // all of them when there are at most two per column, otherwise per column
    // the lowest and the highest (exact values, in time order). The nearest
    // sample on each side of the range is added so the line reaches the edges.
    QList<QPointF> decimated(double x0, double x1, int columns) const;
    // The smallest and largest value with x0 ≤ t ≤ x1; false when there is none.
    bool valueRange(double x0, double x1, double &low, double &high) const;

private:
    std::vector<QPointF> mSamples;
    qsizetype mStart = 0;
    qsizetype mSize = 0;
};

} // namespace ryuk
