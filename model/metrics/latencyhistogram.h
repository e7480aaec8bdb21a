// A fixed-memory log-linear histogram of durations in nanoseconds: O(1)
// recording, mergeable, with percentiles within 0.8 % and exact count, min,
// max and mean. The profiler keeps one per query kind and per window slice.
#pragma once

#include <QtGlobal>

#include <array>
#include <cstdint>

namespace ryuk {

class LatencyHistogram
{
public:
    // 64 sub-buckets per power of two: a bucket is at most 1/64 of its lower
    // bound wide, and a percentile reports the bucket's midpoint, so it is
    // within 1/128 (0.78 %) of a value that fell in that bucket.
    static constexpr int SubBucketBits = 6;
    static constexpr int SubBuckets = 1 << SubBucketBits;
    // Values up to 2^42 ns (about 73 minutes) have buckets of their own;
    // longer ones share the last bucket (their max stays exact).
    static constexpr int MaxExponent = 41;
    static constexpr int BucketCount = SubBuckets + (MaxExponent - SubBucketBits + 1) * SubBuckets;

    void record(quint64 ns)
    {
        ++mCounts[std::size_t(bucketOf(ns))];
        ++mCount;
        mSum += ns;
        if (ns < mMin)
            mMin = ns;
        if (ns > mMax)
            mMax = ns;
    }

    void merge(const LatencyHistogram &other);
    void clear();

    quint64 count() const { return mCount; }
    quint64 sum() const { return mSum; }
    quint64 min() const { return mCount ? mMin : 0; }
    quint64 max() const { return mMax; }
    double mean() const { return mCount ? double(mSum) / double(mCount) : 0.0; }
    // The nearest-rank percentile, p in [0, 100]; 0 when empty. p = 0 gives
    // the exact min, p = 100 the exact max.
    quint64 percentile(double p) const;
    // How many values fell in one bucket (0 ≤ bucket < BucketCount): for
    // drawing the distribution.
    quint64 bucketCount(int bucket) const { return mCounts[std::size_t(bucket)]; }

    static int bucketOf(quint64 ns)
    {
        if (ns < quint64(SubBuckets))
            return int(ns);
        const int exponent = 63 - __builtin_clzll(ns); // ns >= 64, so exponent >= 6
        if (exponent > MaxExponent)
            return BucketCount - 1;
        const int shift = exponent - SubBucketBits;
        return SubBuckets + shift * SubBuckets + int((ns >> shift) - quint64(SubBuckets));
    }
    // The smallest value in a bucket, and its width.
    static quint64 bucketLow(int bucket);
    static quint64 bucketWidth(int bucket);

private:
    std::array<quint64, BucketCount> mCounts{};
    quint64 mCount = 0;
    quint64 mSum = 0;
    quint64 mMin = ~quint64(0);
    quint64 mMax = 0;
};

} // namespace ryuk
