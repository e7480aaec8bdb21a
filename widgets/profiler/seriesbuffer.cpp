// The ring buffer and its per-column min/max decimation.
#include "seriesbuffer.h"

#include <algorithm>
#include <cmath>

namespace ryuk {

SeriesBuffer::SeriesBuffer(qsizetype capacity) : mSamples(std::size_t(std::max<qsizetype>(1, capacity))) {}

void SeriesBuffer::append(double t, double value)
{
    const qsizetype cap = capacity();
    if (mSize < cap) {
        mSamples[std::size_t((mStart + mSize) % cap)] = QPointF(t, value);
        ++mSize;
    } else {
        mSamples[std::size_t(mStart)] = QPointF(t, value);
        mStart = (mStart + 1) % cap;
    }
}

void SeriesBuffer::clear()
{
    mStart = 0;
    mSize = 0;
}

qsizetype SeriesBuffer::lowerBound(double t) const
{
    qsizetype low = 0;
    qsizetype high = mSize;
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        if (at(middle).x() < t)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

QList<QPointF> SeriesBuffer::decimated(double x0, double x1, int columns) const
{
    QList<QPointF> out;
    if (mSize == 0 || !(x1 > x0) || columns < 1)
        return out;
    const qsizetype first = lowerBound(x0);
    qsizetype end = first;
    // The end of the range: the first sample after x1.
    {
        qsizetype low = first;
        qsizetype high = mSize;
        while (low < high) {
            const qsizetype middle = low + (high - low) / 2;
            if (at(middle).x() <= x1)
                low = middle + 1;
            else
                high = middle;
        }
        end = low;
    }
    const qsizetype inside = end - first;
    out.reserve(std::min<qsizetype>(inside, 2 * qsizetype(columns)) + 2);
    if (first > 0)
        out.append(at(first - 1));
    if (inside <= 2 * qsizetype(columns)) {
        for (qsizetype i = first; i < end; ++i)
            out.append(at(i));
    } else {
        const double width = (x1 - x0) / double(columns);
        qsizetype i = first;
        while (i < end) {
            const int column = std::min(columns - 1, int((at(i).x() - x0) / width));
            // The column's extremes, first occurrences.
            qsizetype low = i;
            qsizetype high = i;
            qsizetype j = i + 1;
            for (; j < end; ++j) {
                const QPointF &p = at(j);
                if (std::min(columns - 1, int((p.x() - x0) / width)) != column)
                    break;
                if (p.y() < at(low).y())
                    low = j;
                if (p.y() > at(high).y())
                    high = j;
            }
            if (low == high) {
                out.append(at(low));
            } else {
                out.append(at(std::min(low, high)));
                out.append(at(std::max(low, high)));
            }
            i = j;
        }
    }
    if (end < mSize)
        out.append(at(end));
    return out;
}

bool SeriesBuffer::valueRange(double x0, double x1, double &low, double &high) const
{
    bool any = false;
    for (qsizetype i = lowerBound(x0); i < mSize && at(i).x() <= x1; ++i) {
        const double y = at(i).y();
        if (!any) {
            low = high = y;
            any = true;
        } else {
            low = std::min(low, y);
            high = std::max(high, y);
        }
    }
    return any;
}

} // namespace ryuk
