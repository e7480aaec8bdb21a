// The profiler's record of the model layer: per query kind, latency
// histograms over the session and over a sliding window, rows, a slow-query
// log and the parameters of a recent run (for query plans). Thread-safe and
// cheap to feed; switched off, it costs one relaxed atomic load per query.
#pragma once

#include "latencyhistogram.h"

#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace ryuk {

// One slow run, with what SQLite says it did (sqlite3_stmt_status counters).
struct SlowQuery
{
    std::string kind;
    std::string sql;         // the statement's text, as prepared
    std::string expandedSql; // the same with its parameters bound; at most 1 KB
    quint64 ns = 0;
    qint64 rows = 0;
    qint64 fullScanSteps = 0;
    qint64 sorts = 0;
    qint64 autoIndexes = 0;
    qint64 vmSteps = 0;
    qint64 atMs = 0; // wall-clock end, milliseconds since the epoch
};

struct KindStats
{
    std::string kind;
    quint64 count = 0;
    qint64 rows = 0; // over the session, whatever the span of the figures
    quint64 minNs = 0;
    double meanNs = 0;
    quint64 maxNs = 0;
    quint64 p50Ns = 0;
    quint64 p95Ns = 0;
    quint64 p99Ns = 0;
    LatencyHistogram histogram;
};

class QueryMetrics
{
public:
    static constexpr int MaxKinds = 64;
    static constexpr int WindowSeconds = 60;
    static constexpr int SlowLogSize = 200;
    static constexpr std::size_t MaxExpandedSql = 1024;
    static constexpr quint64 DefaultSlowThresholdNs = 100'000'000; // 100 ms

    QueryMetrics();
    ~QueryMetrics();
    QueryMetrics(const QueryMetrics &) = delete;
    QueryMetrics &operator=(const QueryMetrics &) = delete;

    // The registry the store feeds and the profiler dock and CLI read.
    static QueryMetrics &global();

    bool isEnabled() const { return mEnabled.load(std::memory_order_relaxed); }
    void setEnabled(bool enabled) { mEnabled.store(enabled, std::memory_order_relaxed); }
    quint64 slowThresholdNs() const { return mSlowThresholdNs.load(std::memory_order_relaxed); }
    void setSlowThresholdNs(quint64 ns) { mSlowThresholdNs.store(ns, std::memory_order_relaxed); }

    // A kind's id, registered on first use; -1 once MaxKinds names are taken.
    // Callers on a hot path look the id up once and keep it.
    int kindId(std::string_view name);
    std::string kindName(int kind) const;

    // One run of `kind` that took `ns` and ended at `endNs` (monotonicNs()).
    // True when the caller should keep this run's parameters (setLastRun):
    // the first run in each second on each stripe, and one in 1024 after it.
    bool record(int kind, quint64 ns, qint64 rows, quint64 endNs);
    void recordSlow(SlowQuery entry);
    void setLastRun(int kind, std::string expandedSql);
    // The expanded SQL of a recent run of `kind`; empty if none was kept.
    std::string lastRun(std::string_view kind) const;

    // Every kind that has runs, in registration order.
    std::vector<KindStats> session() const;
    // The same over the last `seconds` seconds (1 to WindowSeconds), the current one included.
    std::vector<KindStats> window(int seconds = WindowSeconds) const;
    // The slow log, oldest first.
    std::vector<SlowQuery> slowLog() const;
    // Forgets all runs, slow entries and kept parameters; kinds stay registered.
    void reset();

    // The profiler's clock in nanoseconds: monotonic, the steady clock's
    // origin, read from the CPU's time-stamp counter where it is invariant.
    static quint64 monotonicNs();

private:
    struct Kind;
    struct Stripe;

    Kind *kind(int id) const;
    std::vector<KindStats> collect(int seconds) const;

    std::atomic<bool> mEnabled{true};
    std::atomic<quint64> mSlowThresholdNs{DefaultSlowThresholdNs};
    std::array<std::atomic<Kind *>, MaxKinds> mKinds{};
    std::atomic<int> mKindCount{0};
    mutable std::mutex mRegistryMutex;
    mutable std::mutex mSlowMutex;
    std::vector<SlowQuery> mSlowLog; // a ring of SlowLogSize once full
    std::size_t mSlowNext = 0;
};

} // namespace ryuk
