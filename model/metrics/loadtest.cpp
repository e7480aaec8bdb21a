// The load test's workers, the sampling of ids they query and the monitor
// that reports progress and judges the result.
#include "loadtest.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <random>
#include <thread>

namespace ryuk {

namespace {

using Clock = std::chrono::steady_clock;

enum class Query { NodeGet, RelationshipGet, NodesPage, NodesType, ScenesChapter, RelationshipsPage, Next, Character, Stats };

const std::vector<std::pair<std::string, Query>> &queryKinds()
{
    static const std::vector<std::pair<std::string, Query>> kinds = {
            {"node.get", Query::NodeGet},
            {"relationship.get", Query::RelationshipGet},
            {"nodes.page", Query::NodesPage},
            {"nodes.type", Query::NodesType},
            {"scenes.chapter", Query::ScenesChapter},
            {"relationships.page", Query::RelationshipsPage},
            {"next", Query::Next},
            {"character", Query::Character},
            {"stats", Query::Stats},
    };
    return kinds;
}

// The translation context of the load test's messages (lupdate reads LoadTest::tr).
struct LoadTest
{
    Q_DECLARE_TR_FUNCTIONS(LoadTest)
};

// What the workers draw their parameters from, sampled once before they start.
struct Sample
{
    std::vector<std::string> nodes;
    std::vector<std::string> scenes;
    std::vector<std::string> characters;
    std::vector<std::string> relationships;
    qint64 nodePages = 1;
    qint64 scenePages = 1;
    qint64 relationshipPages = 1;
    qint64 chapters = 1;
};

constexpr int PageLimit = 20;
constexpr qint64 MaxPages = 100; // pages deep in a big story cost OFFSET work no user waits for

// A worker's counts, read by the monitor under the worker's lock.
struct alignas(64) WorkerState
{
    std::mutex mutex;
    std::vector<LoadKindResult> kinds;
    LatencyHistogram interval; // since the monitor last looked
    quint64 failures = 0;
    std::string firstFailure;
};

template<typename T>
bool failed(const Result<T> &result, WorkerState &state, std::size_t kind)
{
    if (result)
        return false;
    std::lock_guard lock(state.mutex);
    ++state.kinds[kind].failures;
    ++state.failures;
    if (state.firstFailure.empty())
        state.firstFailure = result.error().toString().toStdString();
    return true;
}

} // namespace

std::vector<std::pair<std::string, int>> LoadOptions::defaultMix()
{
    return {{"node.get", 50}, {"nodes.page", 15}, {"scenes.chapter", 15}, {"character", 10}, {"next", 10}};
}

std::vector<std::string> LoadOptions::kinds()
{
    std::vector<std::string> out;
    for (const auto &[name, query] : queryKinds())
        out.push_back(name);
    return out;
}

Result<LoadResult> runLoadTest(StoryStore &store, const LoadOptions &options)
{
    std::vector<LoadStage> stages = options.stages;
    if (stages.empty())
        stages.push_back({options.seconds, options.workers});
    int maxWorkers = 0;
    for (const LoadStage &stage : stages) {
        if (stage.workers < 1 || stage.workers > LoadOptions::MaxWorkers)
            return Error::badInput(LoadTest::tr("workers must be between 1 and %1").arg(LoadOptions::MaxWorkers));
        if (!(stage.seconds > 0) || stage.seconds > 24 * 3600)
            return Error::badInput(LoadTest::tr("a load test runs for more than 0 seconds and at most a day"));
        maxWorkers = std::max(maxWorkers, stage.workers);
    }

    // The mix, resolved to queries.
    const auto mix = options.mix.empty() ? LoadOptions::defaultMix() : options.mix;
    std::vector<Query> queries;
    std::vector<int> weights;
    for (const auto &[name, weight] : mix) {
        const auto &known = queryKinds();
        const auto it = std::find_if(known.begin(), known.end(), [&wanted = name](const auto &k) { return k.first == wanted; });
        if (it == known.end())
            return Error::badInput(LoadTest::tr("unknown query kind \"%1\" in the mix").arg(QString::fromStdString(name)));
        if (weight < 0)
            return Error::badInput(LoadTest::tr("the weight of \"%1\" must not be negative").arg(QString::fromStdString(name)));
        queries.push_back(it->second);
        weights.push_back(weight);
    }

    // Ids to query, from the story itself.
    Sample sample;
    if (auto s = store.forEachNode([&](const Node &n) {
            sample.nodes.push_back(n.id);
            if (n.type == NodeType::Scene)
                sample.scenes.push_back(n.id);
            else if (n.type == NodeType::Character)
                sample.characters.push_back(n.id);
            return true;
        });
        !s)
        return s.takeError();
    const bool wantsRelationships = std::find(queries.begin(), queries.end(), Query::RelationshipGet) != queries.end();
    if (wantsRelationships) {
        if (auto s = store.forEachRelationship([&](const Relationship &r) {
                sample.relationships.push_back(r.id);
                return true;
            });
            !s)
            return s.takeError();
    }
    auto stats = store.stats();
    if (!stats)
        return stats.takeError();
    auto pages = [](qint64 rows) { return std::clamp<qint64>((rows + PageLimit - 1) / PageLimit, 1, MaxPages); };
    sample.nodePages = pages(stats->nodes);
    sample.scenePages = pages(qint64(sample.scenes.size()));
    sample.relationshipPages = pages(stats->relationships);
    sample.chapters = std::max<qint64>(1, stats->chapters);
    // A kind with nothing to ask about drops out of the mix.
    for (std::size_t i = 0; i < queries.size(); ++i) {
        const bool empty = (queries[i] == Query::NodeGet && sample.nodes.empty())
                           || (queries[i] == Query::Next && sample.scenes.empty())
                           || (queries[i] == Query::Character && sample.characters.empty())
                           || (queries[i] == Query::RelationshipGet && sample.relationships.empty());
        if (empty)
            weights[i] = 0;
    }
    if (std::all_of(weights.begin(), weights.end(), [](int w) { return w == 0; }))
        return Error::badInput(LoadTest::tr("nothing to query: the mix's kinds find nothing in this story"));

    // One read connection per worker, opened here and handed over.
    std::vector<std::unique_ptr<StoryStore>> readers;
    for (int i = 0; i < maxWorkers; ++i) {
        auto reader = store.openReader();
        if (!reader)
            return reader.takeError();
        readers.push_back(std::move(*reader));
    }
    std::vector<std::unique_ptr<WorkerState>> states;
    for (int i = 0; i < maxWorkers; ++i) {
        states.push_back(std::make_unique<WorkerState>());
        for (const auto &[name, weight] : mix)
            states.back()->kinds.push_back({name, 0, {}});
    }

    std::atomic<int> active{stages.front().workers};
    std::atomic<bool> stop{false};
    auto work = [&](int index) {
        StoryStore &reader = *readers[std::size_t(index)];
        WorkerState &state = *states[std::size_t(index)];
        std::mt19937_64 random(options.seed * 1000003 + quint64(index));
        std::discrete_distribution<std::size_t> pick(weights.begin(), weights.end());
        auto any = [&](const std::vector<std::string> &ids) -> const std::string & { return ids[random() % ids.size()]; };
        while (!stop.load(std::memory_order_relaxed)) {
            if (index >= active.load(std::memory_order_relaxed)) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5)); // not in this stage
                continue;
            }
            const std::size_t k = pick(random);
            const auto start = Clock::now();
            bool failure = false;
            switch (queries[k]) {
            case Query::NodeGet:
                failure = failed(reader.node(any(sample.nodes)), state, k);
                break;
            case Query::RelationshipGet:
                failure = failed(reader.relationship(any(sample.relationships)), state, k);
                break;
            case Query::NodesPage:
                failure = failed(reader.nodes({}, {1 + qint64(random() % quint64(sample.nodePages)), PageLimit}), state, k);
                break;
            case Query::NodesType:
                failure = failed(reader.nodes({std::string(NodeType::Scene), std::nullopt},
                                              {1 + qint64(random() % quint64(sample.scenePages)), PageLimit}),
                                 state, k);
                break;
            case Query::ScenesChapter:
                failure = failed(reader.nodes({std::nullopt, 1 + qint64(random() % quint64(sample.chapters))}, {1, PageLimit}),
                                 state, k);
                break;
            case Query::RelationshipsPage:
                failure = failed(reader.relationships({}, {1 + qint64(random() % quint64(sample.relationshipPages)), PageLimit}),
                                 state, k);
                break;
            case Query::Next:
                failure = failed(reader.next(any(sample.scenes)), state, k);
                break;
            case Query::Character:
                failure = failed(reader.character(any(sample.characters)), state, k);
                break;
            case Query::Stats:
                failure = failed(reader.stats(), state, k);
                break;
            }
            Q_UNUSED(failure);
            const auto ns = quint64(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count());
            std::lock_guard lock(state.mutex);
            state.kinds[k].histogram.record(ns);
            state.interval.record(ns);
        }
    };

    std::vector<std::thread> threads;
    threads.reserve(std::size_t(maxWorkers));
    for (int i = 0; i < maxWorkers; ++i)
        threads.emplace_back(work, i);

    // The monitor: stage changes and progress every 100 ms.
    LatencyHistogram all;
    quint64 failures = 0;
    auto collect = [&] {
        LatencyHistogram interval;
        failures = 0;
        for (auto &state : states) {
            std::lock_guard lock(state->mutex);
            interval.merge(state->interval);
            state->interval.clear();
            failures += state->failures;
        }
        all.merge(interval);
        return interval.count();
    };
    const auto begin = Clock::now();
    auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - begin).count(); };
    double stageEnd = 0;
    double lastReport = 0;
    auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    for (const LoadStage &stage : stages) {
        if (cancelled())
            break;
        active.store(stage.workers, std::memory_order_relaxed);
        stageEnd += stage.seconds;
        for (double now = elapsed(); now < stageEnd && !cancelled(); now = elapsed()) {
            std::this_thread::sleep_for(std::chrono::duration<double>(std::min(0.1, stageEnd - now)));
            const double at = elapsed();
            if (options.progress && at - lastReport >= 0.0999) {
                const quint64 count = collect();
                LoadProgress progress;
                progress.elapsedSeconds = at;
                progress.workers = stage.workers;
                progress.queries = all.count();
                progress.throughput = double(count) / (at - lastReport);
                progress.p95Ns = all.percentile(95);
                progress.failureRate = all.count() ? double(failures) / double(all.count()) : 0.0;
                options.progress(progress);
                lastReport = at;
            }
        }
    }
    stop.store(true);
    for (std::thread &thread : threads)
        thread.join();
    const double seconds = elapsed();
    collect();

    LoadResult result;
    result.cancelled = cancelled();
    result.seconds = seconds;
    result.all = all;
    result.queries = all.count();
    result.failures = failures;
    result.throughput = seconds > 0 ? double(result.queries) / seconds : 0.0;
    for (std::size_t k = 0; k < mix.size(); ++k) {
        LoadKindResult kind{mix[k].first, 0, {}};
        for (auto &state : states) {
            kind.histogram.merge(state->kinds[k].histogram);
            kind.failures += state->kinds[k].failures;
        }
        result.kinds.push_back(std::move(kind));
    }
    for (auto &state : states) {
        if (result.firstFailure.empty())
            result.firstFailure = state->firstFailure;
    }
    const double failureRate = result.queries ? double(result.failures) / double(result.queries) : 0.0;
    result.passed = result.queries > 0 && failureRate < options.thresholds.failureRate
                    && all.percentile(95) < options.thresholds.p95Ns;
    for (const LoadKindResult &kind : result.kinds)
        result.passed = result.passed && kind.histogram.percentile(95) < options.thresholds.p95Ns;
    return result;
}

} // namespace ryuk
