// Merging, clearing and reading percentiles out of a LatencyHistogram.
#include "latencyhistogram.h"

#include <algorithm>
#include <cmath>

namespace ryuk {

quint64 LatencyHistogram::bucketLow(int bucket)
{
    if (bucket < SubBuckets)
        return quint64(bucket);
    const int shift = (bucket - SubBuckets) / SubBuckets;
    const int sub = (bucket - SubBuckets) % SubBuckets;
    return quint64(SubBuckets + sub) << shift;
}

quint64 LatencyHistogram::bucketWidth(int bucket)
{
    if (bucket < SubBuckets)
        return 1;
    return quint64(1) << ((bucket - SubBuckets) / SubBuckets);
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    if (other.mCount == 0)
        return;
    for (std::size_t i = 0; i < mCounts.size(); ++i)
        mCounts[i] += other.mCounts[i];
    mCount += other.mCount;
    mSum += other.mSum;
    mMin = std::min(mMin, other.mMin);
    mMax = std::max(mMax, other.mMax);
}

void LatencyHistogram::clear()
{
    *this = LatencyHistogram();
}

quint64 LatencyHistogram::percentile(double p) const
{
    if (mCount == 0)
        return 0;
    if (p <= 0)
        return mMin;
    if (p >= 100)
        return mMax;
    // Nearest rank: the smallest value with at least p % of the samples at or below it.
    const auto rank = std::max<quint64>(1, quint64(std::ceil(p / 100.0 * double(mCount))));
    quint64 seen = 0;
    for (int bucket = 0; bucket < BucketCount; ++bucket) {
        seen += mCounts[std::size_t(bucket)];
        if (seen >= rank) {
            const quint64 middle = bucketLow(bucket) + bucketWidth(bucket) / 2;
            // The exact extremes bound the answer: a bucket holding the min or
            // max never reports beyond them.
            return std::clamp(middle, mMin, mMax);
        }
    }
    return mMax;
}

} // namespace ryuk
