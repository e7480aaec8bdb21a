// The query registry: lock-striped recording per kind, a ring of one-second
// histograms for the sliding window, and the slow log.
#include "querymetrics.h"

#include <QDateTime>

#include <algorithm>
#include <chrono>

#if defined(__x86_64__)
#include <cpuid.h>
#include <x86intrin.h>
#endif

namespace ryuk {

namespace {

constexpr int StripeCount = 8;
constexpr quint64 NsPerSecond = 1'000'000'000;

// Threads spread over the stripes in the order they first record, so a load
// test's workers rarely share a lock.
unsigned stripeOfThisThread()
{
    static std::atomic<unsigned> next{0};
    thread_local const unsigned stripe = next.fetch_add(1, std::memory_order_relaxed) % StripeCount;
    return stripe;
}

} // namespace

// A lock for a few dozen instructions: cheaper than a mutex to release, and
// the only wait is on a reader merging histograms.
class SpinLock
{
public:
    void lock()
    {
        while (mFlag.test_and_set(std::memory_order_acquire))
            mFlag.wait(true, std::memory_order_relaxed);
    }
    void unlock()
    {
        mFlag.clear(std::memory_order_release);
        mFlag.notify_one();
    }

private:
    std::atomic_flag mFlag;
};

// Each stripe keeps the histogram of its current second, so a run touches one
// histogram; a finished second moves into the kind's window ring and session.
struct alignas(64) QueryMetrics::Stripe
{
    SpinLock mutex;
    LatencyHistogram second;
    qint64 secondStamp = -1;
    // The current second's bounds in ns, so most runs skip a 64-bit division.
    quint64 secondBegin = 0;
    quint64 secondEnd = 0;
    qint64 rows = 0;
};

struct QueryMetrics::Kind
{
    struct Slice
    {
        qint64 stamp = -1;
        std::unique_ptr<LatencyHistogram> histogram; // allocated when first used
    };

    explicit Kind(std::string n) : name(std::move(n)) {}

    // Called with the stripe's lock held (lock order: stripe, then window).
    void pushSecond(qint64 stamp, const LatencyHistogram &histogram)
    {
        std::lock_guard lock(windowMutex);
        Slice &slice = window[std::size_t(stamp % WindowSeconds)];
        if (!slice.histogram)
            slice.histogram = std::make_unique<LatencyHistogram>();
        if (slice.stamp != stamp) {
            slice.histogram->clear();
            slice.stamp = stamp;
        }
        slice.histogram->merge(histogram);
        session.merge(histogram);
    }

    const std::string name;
    std::array<Stripe, StripeCount> stripes;
    std::mutex windowMutex;
    std::array<Slice, WindowSeconds> window;
    LatencyHistogram session; // every finished second; guarded by windowMutex
    std::string lastRun;      // guarded by windowMutex
};

QueryMetrics::QueryMetrics()
{
    mSlowLog.reserve(SlowLogSize);
}

QueryMetrics::~QueryMetrics()
{
    for (auto &slot : mKinds)
        delete slot.load(std::memory_order_relaxed);
}

QueryMetrics &QueryMetrics::global()
{
    static QueryMetrics metrics;
    return metrics;
}

namespace {

quint64 steadyNs()
{
    return quint64(std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count());
}

// -Wpedantic knows no 128-bit integers; GCC and Clang have them on x86-64.
__extension__ typedef unsigned __int128 Wide;

// Every timed query reads the clock twice, and steady_clock costs about 30 ns
// a read here (kvm-clock through the vDSO) against 13 ns for the time-stamp
// counter: with an invariant TSC, the profiler's clock is the counter scaled
// to nanoseconds from the steady clock's origin. Calibrated once, over 2 ms,
// so a duration is off by about 1/20,000 at most (the histogram rounds to 1/128).
struct TscClock
{
    bool usable = false;
    quint64 tsc0 = 0;
    quint64 ns0 = 0;
    quint64 nsPerTick32 = 0; // nanoseconds per tick, times 2^32

    TscClock()
    {
#if defined(__x86_64__)
        unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
        if (!__get_cpuid(0x80000007, &eax, &ebx, &ecx, &edx) || !(edx & (1u << 8)))
            return; // the counter may stop or change pace: keep the steady clock
        // A reading of both clocks at one instant: the steady clock between two
        // counter reads, the tightest of a few tries (a preemption in between
        // would skew the pace).
        auto pair = [](quint64 &ns, quint64 &tsc) {
            quint64 best = ~quint64(0);
            for (int i = 0; i < 8; ++i) {
                const quint64 before = __rdtsc();
                const quint64 now = steadyNs();
                const quint64 after = __rdtsc();
                if (after > before && after - before < best) {
                    best = after - before;
                    ns = now;
                    tsc = before + (after - before) / 2;
                }
            }
        };
        quint64 startNs = 0, startTsc = 0, endNs = 0, endTsc = 0;
        pair(startNs, startTsc);
        while (steadyNs() - startNs < 2'000'000) {
        }
        pair(endNs, endTsc);
        if (endTsc <= startTsc || endNs <= startNs)
            return;
        nsPerTick32 = quint64((static_cast<Wide>(endNs - startNs) << 32) / (endTsc - startTsc));
        tsc0 = endTsc;
        ns0 = endNs;
        usable = nsPerTick32 > 0;
#endif
    }
};

} // namespace

quint64 QueryMetrics::monotonicNs()
{
#if defined(__x86_64__)
    static const TscClock tsc;
    if (tsc.usable) {
        // Another core's counter may trail the calibrating one's by a few ticks.
        const auto ticks = qint64(__rdtsc() - tsc.tsc0);
        return tsc.ns0 + (ticks <= 0 ? 0 : quint64((static_cast<Wide>(ticks) * tsc.nsPerTick32) >> 32));
    }
#endif
    return steadyNs();
}

int QueryMetrics::kindId(std::string_view name)
{
    std::lock_guard lock(mRegistryMutex);
    const int count = mKindCount.load(std::memory_order_relaxed);
    for (int i = 0; i < count; ++i) {
        if (mKinds[std::size_t(i)].load(std::memory_order_relaxed)->name == name)
            return i;
    }
    if (count == MaxKinds)
        return -1;
    mKinds[std::size_t(count)].store(new Kind(std::string(name)), std::memory_order_release);
    mKindCount.store(count + 1, std::memory_order_release);
    return count;
}

QueryMetrics::Kind *QueryMetrics::kind(int id) const
{
    if (id < 0 || id >= mKindCount.load(std::memory_order_acquire))
        return nullptr;
    return mKinds[std::size_t(id)].load(std::memory_order_acquire);
}

std::string QueryMetrics::kindName(int id) const
{
    const Kind *k = kind(id);
    return k ? k->name : std::string();
}

bool QueryMetrics::record(int id, quint64 ns, qint64 rows, quint64 endNs)
{
    Kind *k = kind(id);
    if (!k)
        return false;
    Stripe &stripe = k->stripes[stripeOfThisThread()];
    std::lock_guard lock(stripe.mutex);
    if (endNs < stripe.secondBegin || endNs >= stripe.secondEnd) {
        const auto second = qint64(endNs / NsPerSecond);
        if (second != stripe.secondStamp) {
            if (stripe.second.count() > 0) {
                k->pushSecond(stripe.secondStamp, stripe.second);
                stripe.second.clear();
            }
            stripe.secondStamp = second;
        }
        stripe.secondBegin = quint64(second) * NsPerSecond;
        stripe.secondEnd = stripe.secondBegin + NsPerSecond;
    }
    stripe.second.record(ns);
    stripe.rows += rows;
    return (stripe.second.count() & 1023) == 1;
}

void QueryMetrics::recordSlow(SlowQuery entry)
{
    if (entry.expandedSql.size() > MaxExpandedSql)
        entry.expandedSql.resize(MaxExpandedSql);
    if (entry.atMs == 0)
        entry.atMs = QDateTime::currentMSecsSinceEpoch();
    std::lock_guard lock(mSlowMutex);
    if (mSlowLog.size() < std::size_t(SlowLogSize)) {
        mSlowLog.push_back(std::move(entry));
    } else {
        mSlowLog[mSlowNext] = std::move(entry);
        mSlowNext = (mSlowNext + 1) % std::size_t(SlowLogSize);
    }
}

std::vector<SlowQuery> QueryMetrics::slowLog() const
{
    std::lock_guard lock(mSlowMutex);
    std::vector<SlowQuery> out;
    out.reserve(mSlowLog.size());
    for (std::size_t i = 0; i < mSlowLog.size(); ++i)
        out.push_back(mSlowLog[(mSlowNext + i) % mSlowLog.size()]);
    return out;
}

void QueryMetrics::setLastRun(int id, std::string expandedSql)
{
    Kind *k = kind(id);
    if (!k)
        return;
    if (expandedSql.size() > MaxExpandedSql)
        expandedSql.resize(MaxExpandedSql);
    std::lock_guard lock(k->windowMutex);
    k->lastRun = std::move(expandedSql);
}

std::string QueryMetrics::lastRun(std::string_view name) const
{
    const int count = mKindCount.load(std::memory_order_acquire);
    for (int i = 0; i < count; ++i) {
        Kind *k = mKinds[std::size_t(i)].load(std::memory_order_acquire);
        if (k->name == name) {
            std::lock_guard lock(k->windowMutex);
            return k->lastRun;
        }
    }
    return {};
}

std::vector<KindStats> QueryMetrics::session() const
{
    return collect(0);
}

std::vector<KindStats> QueryMetrics::window(int seconds) const
{
    return collect(std::clamp(seconds, 1, int(WindowSeconds)));
}

// seconds == 0: the whole session.
std::vector<KindStats> QueryMetrics::collect(int seconds) const
{
    std::vector<KindStats> out;
    const qint64 current = qint64(monotonicNs() / NsPerSecond);
    const qint64 oldest = current - seconds + 1;
    const int count = mKindCount.load(std::memory_order_acquire);
    for (int i = 0; i < count; ++i) {
        Kind *k = mKinds[std::size_t(i)].load(std::memory_order_acquire);
        KindStats stats;
        stats.kind = k->name;
        // Every stripe is held while the window is read, so no second moves
        // between a stripe and the ring halfway through and counts twice.
        std::array<std::unique_lock<SpinLock>, StripeCount> locks;
        for (int s = 0; s < StripeCount; ++s)
            locks[std::size_t(s)] = std::unique_lock(k->stripes[std::size_t(s)].mutex);
        for (const Stripe &stripe : k->stripes) {
            stats.rows += stripe.rows;
            if (seconds == 0 || stripe.secondStamp >= oldest)
                stats.histogram.merge(stripe.second);
        }
        {
            std::lock_guard lock(k->windowMutex);
            if (seconds == 0) {
                stats.histogram.merge(k->session);
            } else {
                for (const Kind::Slice &slice : k->window) {
                    if (slice.histogram && slice.stamp >= oldest && slice.stamp <= current)
                        stats.histogram.merge(*slice.histogram);
                }
            }
        }
        for (auto &lock : locks)
            lock.unlock();
        const LatencyHistogram &h = stats.histogram;
        if (h.count() == 0)
            continue;
        stats.count = h.count();
        stats.minNs = h.min();
        stats.meanNs = h.mean();
        stats.maxNs = h.max();
        stats.p50Ns = h.percentile(50);
        stats.p95Ns = h.percentile(95);
        stats.p99Ns = h.percentile(99);
        out.push_back(std::move(stats));
    }
    return out;
}

void QueryMetrics::reset()
{
    const int count = mKindCount.load(std::memory_order_acquire);
    for (int i = 0; i < count; ++i) {
        Kind *k = mKinds[std::size_t(i)].load(std::memory_order_acquire);
        for (Stripe &stripe : k->stripes) {
            std::lock_guard lock(stripe.mutex);
            stripe.second.clear();
            stripe.secondStamp = -1;
            stripe.secondBegin = stripe.secondEnd = 0;
            stripe.rows = 0;
        }
        std::lock_guard lock(k->windowMutex);
        for (Kind::Slice &slice : k->window)
            slice.stamp = -1;
        k->session.clear();
        k->lastRun.clear();
    }
    std::lock_guard lock(mSlowMutex);
    mSlowLog.clear();
    mSlowNext = 0;
}

} // namespace ryuk
