// The load test: N worker threads, each on its own read connection, run a
// weighted mix of catalogue queries against a story for a while (optionally in
// ramp stages) and the result is judged against latency and failure thresholds.
#pragma once

#include "core/error.h"
#include "latencyhistogram.h"
#include "store/storystore.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace ryuk {

struct LoadStage
{
    double seconds = 0;
    int workers = 1;
};

struct LoadThresholds
{
    quint64 p95Ns = 500'000'000; // every kind's p95, and all kinds together, below this
    double failureRate = 0.10;   // failed queries / queries, below this
};

// Once every 100 ms while the test runs; figures over the run so far, except
// throughput, which is over the last interval.
struct LoadProgress
{
    double elapsedSeconds = 0;
    int workers = 0;
    quint64 queries = 0;
    double throughput = 0; // queries per second
    quint64 p95Ns = 0;
    double failureRate = 0;
};

struct LoadOptions
{
    static constexpr int MaxWorkers = 64;

    int workers = 2;
    double seconds = 10;
    // Query kinds and their weights; empty means defaultMix().
    std::vector<std::pair<std::string, int>> mix;
    // When not empty, these replace workers and seconds: run each stage in turn.
    std::vector<LoadStage> stages;
    LoadThresholds thresholds;
    quint64 seed = 1;
    std::function<void(const LoadProgress &)> progress;
    // When set, the test ends early once it reads true (checked every 100 ms
    // or sooner); the result then covers the queries run so far.
    const std::atomic<bool> *cancel = nullptr;

    // node.get 50, nodes.page 15, scenes.chapter 15, character 10, next 10.
    static std::vector<std::pair<std::string, int>> defaultMix();
    // The kinds a mix may name.
    static std::vector<std::string> kinds();
};

struct LoadKindResult
{
    std::string kind;
    quint64 failures = 0;
    LatencyHistogram histogram; // every run, failed ones too
};

struct LoadResult
{
    double seconds = 0;
    quint64 queries = 0;
    quint64 failures = 0;
    double throughput = 0;
    LatencyHistogram all;
    std::vector<LoadKindResult> kinds; // the mix's kinds, in its order
    bool passed = false;
    bool cancelled = false; // ended early by LoadOptions::cancel
    std::string firstFailure; // the first failed query's error, for the report
};

// Runs the test against the story behind `store` (which opens the readers and
// is used to sample ids before the workers start). Bad options are BadInput.
Result<LoadResult> runLoadTest(StoryStore &store, const LoadOptions &options);

} // namespace ryuk
