// `ryuk bench store` and `ryuk bench graph`: measure the story store and the
// graph engine on generated stories and print one JSON object each. Targets
// live here and in docs/benchmarks.md, never in tests. The graph targets, for
// a story of a million scenes: build ≤ 1.5 s, story flow ≤ 1 ms, validation
// ≤ 1 s, one edit reflected in the graph ≤ 50 µs, and a layered layout of a
// 10,000-scene story ≤ 1 s.
#include "benchmarks.h"

#include "canvasbench.h"
#include "dashboardbench.h"
#include "formatbench.h"

#include "formats/storygenerator.h"
#include "formats/storyjson.h"
#include "graph/storyflow.h"
#include "graph/storygraph.h"
#include "graph/storylayout.h"
#include "graph/storyvalidation.h"
#include "metrics/querymetrics.h"
#include "metrics/querytimer.h"
#include "store/sqlitestorystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

namespace ryuk::cli {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

void say(const QString &line)
{
    if (isatty(STDERR_FILENO))
        std::fprintf(stderr, "%s\n", qUtf8Printable(line));
}

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "ryuk: %s\n", qUtf8Printable(message));
    return code;
}

int fail(const Error &error)
{
    return fail(error.toString(), error.isInputError() ? 2 : 1);
}

// Percentile of a sorted sample (nearest rank).
double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const std::size_t rank = std::size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

// Median time in microseconds of `runs` calls of `query(i)`.
template<typename Query>
double medianMicros(int runs, const Query &query)
{
    std::vector<double> times;
    times.reserve(std::size_t(runs));
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        query(i);
        times.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return percentile(times, 50);
}

// The same, with `prepare(i)` run before each call and not timed.
template<typename Prepare, typename Query>
double medianMicrosAfter(int runs, const Prepare &prepare, const Query &query)
{
    std::vector<double> times;
    times.reserve(std::size_t(runs));
    for (int i = 0; i < runs; ++i) {
        prepare(i);
        const auto start = Clock::now();
        query(i);
        times.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return percentile(times, 50);
}

// Median time in seconds of `runs` calls of `run()`, which returns a Status;
// the first failure ends the measurement.
template<typename Run>
Result<double> medianSeconds(int runs, const Run &run)
{
    std::vector<double> times;
    times.reserve(std::size_t(runs));
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        Status status = run();
        times.push_back(secondsSince(start));
        if (!status)
            return status.takeError();
    }
    std::sort(times.begin(), times.end());
    return percentile(times, 50);
}

template<typename T>
Status statusOf(Result<T> &&result)
{
    if (!result)
        return result.takeError();
    return {};
}

struct Options
{
    std::optional<qint64> scenes; // each suite has its own default
    quint64 seed = 42;
    bool json = false;
    double naiveSeconds = 5.0;
    bool metrics = true; // --no-metrics: the profiler's recording off, to measure its cost
    bool metricsOverhead = false; // --metrics-overhead: lookups with recording on and off, interleaved
};

void printFigures(const rapidjson::StringBuffer &buffer, bool json)
{
    if (json) {
        std::printf("%s\n", buffer.GetString());
        return;
    }
    rapidjson::Document doc;
    doc.Parse(buffer.GetString());
    for (auto it = doc.MemberBegin(); it != doc.MemberEnd(); ++it) {
        rapidjson::StringBuffer value;
        rapidjson::Writer<rapidjson::StringBuffer> vw(value);
        it->value.Accept(vw);
        std::printf("%-26s %s\n", it->name.GetString(), value.GetString());
    }
}

// Generates a story of `scenes` scenes into `dir` and imports it into a new
// story file there; neither step is measured.
Result<std::unique_ptr<StoryStore>> generatedStory(const QTemporaryDir &dir, const QString &name, qint64 scenes,
                                                   quint64 seed, ImportSummary &imported)
{
    const QString source = dir.filePath(name + QStringLiteral(".json"));
    say(QCoreApplication::translate("Benchmark", "generating %1 scenes…").arg(scenes));
    if (auto generated = generateStoryFile(GeneratorOptions{scenes, seed}, source); !generated)
        return generated.takeError();
    say(QCoreApplication::translate("Benchmark", "importing…"));
    auto store = openStory(dir.filePath(name + QStringLiteral(".ryuk")), OpenMode::CreateNew);
    if (!store)
        return store.takeError();
    auto summary = importJsonFile(**store, source);
    if (!summary)
        return summary.takeError();
    imported = *summary;
    QFile::remove(source);
    return store;
}

int benchStore(const Options &options)
{
    const qint64 scenes = options.scenes.value_or(100000);
    QueryMetrics::global().setEnabled(options.metrics);
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QCoreApplication::translate("Benchmark", "cannot create a temporary folder"), 1);
    const QString source = dir.filePath(QStringLiteral("generated.json"));

    say(QCoreApplication::translate("Benchmark", "generating %1 scenes…").arg(scenes));
    auto generated = generateStoryFile(GeneratorOptions{scenes, options.seed}, source);
    if (!generated)
        return fail(generated.error());

    // Bulk import: one transaction.
    say(QCoreApplication::translate("Benchmark", "importing…"));
    auto store = openStory(dir.filePath(QStringLiteral("bench.ryuk")), OpenMode::CreateNew);
    if (!store)
        return fail(store.error());
    auto start = Clock::now();
    auto imported = importJsonFile(**store, source);
    const double importSeconds = secondsSince(start);
    if (!imported)
        return fail(imported.error());
    const qint64 rows = imported->nodes + imported->relationships;

    // Collect the ids (for lookups) and a prefix of the story for the naive import.
    std::vector<std::string> ids;
    std::vector<std::string> characters;
    std::vector<qint64> chapters;
    ids.reserve(std::size_t(imported->nodes));
    if (auto s = (*store)->forEachNode([&](const Node &n) {
            ids.push_back(n.id);
            if (n.type == NodeType::Character)
                characters.push_back(n.id);
            return true;
        });
        !s)
        return fail(s.error());
    auto stats = (*store)->stats();
    if (!stats)
        return fail(stats.error());

    // The naive way: the same rows, one transaction each, for a fixed time.
    say(QCoreApplication::translate("Benchmark", "importing the naive way (one transaction per row)…"));
    auto naive = openStory(dir.filePath(QStringLiteral("naive.ryuk")), OpenMode::CreateNew);
    if (!naive)
        return fail(naive.error());
    qint64 naiveRows = 0;
    start = Clock::now();
    if (auto s = (*store)->forEachNode([&](const Node &n) {
            if (auto added = (*naive)->addNode(n); !added)
                return false;
            ++naiveRows;
            return (naiveRows & 63) != 0 || secondsSince(start) < options.naiveSeconds;
        });
        !s)
        return fail(s.error());
    const double naiveSeconds = secondsSince(start);

    // Point lookups by id, in a fixed random order.
    say(QCoreApplication::translate("Benchmark", "100,000 lookups…"));
    std::mt19937_64 random(options.seed);
    const int lookups = 100000;
    std::vector<double> lookupTimes;
    lookupTimes.reserve(lookups);
    for (int i = 0; i < lookups; ++i) {
        const std::string &id = ids[random() % ids.size()];
        const auto t = Clock::now();
        auto node = (*store)->node(id);
        lookupTimes.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t).count());
        if (!node)
            return fail(node.error());
    }
    std::sort(lookupTimes.begin(), lookupTimes.end());

    const qint64 sceneCount = stats->nodesByType.count("Scene") ? stats->nodesByType.at("Scene") : 0;
    const qint64 scenePages = std::max<qint64>(1, std::min<qint64>(100, sceneCount / 20));
    auto scenePage = [&](int i) {
        auto page = (*store)->nodes(NodeFilter{std::string(NodeType::Scene), std::nullopt},
                                    PageRequest{1 + qint64(i) % scenePages, 20});
        Q_UNUSED(page);
    };
    const qint64 chapterCount = std::max<qint64>(1, stats->chapters);
    auto chapterPage = [&](int i) {
        auto page = (*store)->nodes(NodeFilter{std::nullopt, 1 + qint64(i) % chapterCount}, PageRequest{1, 20});
        Q_UNUSED(page);
    };
    // Warm: the page totals are cached, as they are while nobody edits.
    const double pageQuery = medianMicros(2000, scenePage);
    const double chapterQuery = medianMicros(5000, chapterPage);
    // Cold: the first query after an edit, which drops the cached totals, so
    // the query counts its rows again. The edit (one node moved, in its own
    // transaction) runs before the clock starts.
    Status edited;
    auto moveOne = [&](int i) {
        if (edited)
            edited = (*store)->moveNodes({NodePosition{ids[std::size_t(i) % ids.size()], double(i), 0}});
    };
    const double pageQueryCold = medianMicrosAfter(200, moveOne, scenePage);
    const double chapterQueryCold = medianMicrosAfter(200, moveOne, chapterPage);
    if (!edited)
        return fail(edited.error());
    const double characterQuery = characters.empty() ? 0 : medianMicros(2000, [&](int i) {
        auto appearances = (*store)->character(characters[std::size_t(i) % characters.size()]);
        Q_UNUSED(appearances);
    });

    say(QCoreApplication::translate("Benchmark", "exporting…"));
    const QString exported = dir.filePath(QStringLiteral("export.json"));
    start = Clock::now();
    auto exportSummary = exportJsonFile(**store, exported);
    const double exportSeconds = secondsSince(start);
    if (!exportSummary)
        return fail(exportSummary.error());

    const double mb = 1e6;
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.SetMaxDecimalPlaces(3);
    w.StartObject();
    w.Key("suite"); w.String("store");
    w.Key("scenes"); w.Int64(scenes);
    w.Key("metrics"); w.Bool(options.metrics);
    w.Key("nodes"); w.Int64(imported->nodes);
    w.Key("relationships"); w.Int64(imported->relationships);
    w.Key("json_mb"); w.Double(double(imported->bytes) / mb);
    w.Key("import_s"); w.Double(importSeconds);
    w.Key("import_rows_per_s"); w.Int64(qint64(double(rows) / importSeconds));
    w.Key("naive_import_rows"); w.Int64(naiveRows);
    w.Key("naive_import_rows_per_s"); w.Int64(qint64(double(naiveRows) / naiveSeconds));
    w.Key("lookup_p50_us"); w.Double(percentile(lookupTimes, 50));
    w.Key("lookup_p99_us"); w.Double(percentile(lookupTimes, 99));
    w.Key("page_query_us"); w.Double(pageQuery);
    w.Key("page_query_cold_us"); w.Double(pageQueryCold);
    w.Key("chapter_query_us"); w.Double(chapterQuery);
    w.Key("chapter_query_cold_us"); w.Double(chapterQueryCold);
    w.Key("character_query_us"); w.Double(characterQuery);
    w.Key("export_mb_per_s"); w.Double(double(exportSummary->bytes) / mb / exportSeconds);
    w.Key("import_mb_per_s"); w.Double(double(imported->bytes) / mb / importSeconds);
    w.Key("peak_rss_mb"); w.Double(peakRssMb());
    w.EndObject();
    printFigures(buffer, options.json);
    return 0;
}

// The profiler's cost on the store benchmark's lookup figure, measured so
// that drift (frequency, caches, other programs) hits both sides alike: rounds
// of the same lookups with recording on and off, alternating which goes
// first, and the median of each side over the rounds.
int benchMetricsOverhead(const Options &options)
{
    const qint64 scenes = options.scenes.value_or(100000);
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QCoreApplication::translate("Benchmark", "cannot create a temporary folder"), 1);
    ImportSummary imported;
    auto store = generatedStory(dir, QStringLiteral("overhead"), scenes, options.seed, imported);
    if (!store)
        return fail(store.error());
    std::vector<std::string> ids;
    if (auto s = (*store)->forEachNode([&](const Node &n) {
            ids.push_back(n.id);
            return true;
        });
        !s)
        return fail(s.error());

    const int rounds = 31;
    const int lookups = 20000;
    QueryMetrics &metrics = QueryMetrics::global();
    std::mt19937_64 random(options.seed);
    // One pass: the lookups' median and mean in microseconds.
    auto pass = [&](const std::vector<std::size_t> &order, bool on, double &p50, double &mean) -> Status {
        metrics.setEnabled(on);
        std::vector<double> times;
        times.reserve(order.size());
        const auto begin = Clock::now();
        for (std::size_t index : order) {
            const auto t = Clock::now();
            auto node = (*store)->node(ids[index]);
            times.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t).count());
            if (!node)
                return node.takeError();
        }
        mean = std::chrono::duration<double, std::micro>(Clock::now() - begin).count() / double(order.size());
        std::sort(times.begin(), times.end());
        p50 = percentile(times, 50);
        return {};
    };
    say(QCoreApplication::translate("Benchmark", "%1 rounds of %2 lookups, recording on and off…").arg(rounds).arg(lookups));
    std::vector<double> onP50, offP50, onMean, offMean;
    std::vector<std::size_t> order(lookups);
    for (int round = -1; round < rounds; ++round) {
        for (std::size_t &index : order)
            index = std::size_t(random() % ids.size());
        double p50[2] = {0, 0};
        double mean[2] = {0, 0};
        // A first pass brings this round's rows into the cache, so neither side
        // profits from running second; then the two sides, alternating which
        // goes first. Round -1 only warms up.
        double ignored = 0;
        if (auto s = pass(order, false, ignored, ignored); !s)
            return fail(s.error());
        for (int side : {round & 1, 1 - (round & 1)}) {
            if (auto s = pass(order, side == 1, p50[side], mean[side]); !s)
                return fail(s.error());
        }
        if (round < 0)
            continue;
        offP50.push_back(p50[0]);
        onP50.push_back(p50[1]);
        offMean.push_back(mean[0]);
        onMean.push_back(mean[1]);
    }
    // What one timed call costs on its own, no SQL: the part of the difference
    // that is the profiler's, free of the noise around a 5 µs lookup.
    const int timerKind = metrics.kindId("bench.timer");
    auto timerNs = [&](bool on) {
        metrics.setEnabled(on);
        const int calls = 2000000;
        const auto begin = Clock::now();
        for (int i = 0; i < calls; ++i) {
            QueryTimer timer(timerKind);
            timer.setRows(1);
        }
        return std::chrono::duration<double, std::nano>(Clock::now() - begin).count() / calls;
    };
    std::vector<double> timerOn, timerOff;
    for (int i = 0; i < 7; ++i) {
        timerOff.push_back(timerNs(false));
        timerOn.push_back(timerNs(true));
    }
    std::sort(timerOn.begin(), timerOn.end());
    std::sort(timerOff.begin(), timerOff.end());
    metrics.setEnabled(true);
    // Each round's own on/off ratios: the pairs ran back to back on the same ids.
    std::vector<double> p50Ratios;
    std::vector<double> meanRatios;
    for (std::size_t i = 0; i < offMean.size(); ++i) {
        p50Ratios.push_back(onP50[i] / offP50[i]);
        meanRatios.push_back(onMean[i] / offMean[i]);
    }
    for (auto *v : {&onP50, &offP50, &onMean, &offMean, &p50Ratios, &meanRatios})
        std::sort(v->begin(), v->end());
    const double onP50Median = percentile(onP50, 50);
    const double offP50Median = percentile(offP50, 50);
    const double onMeanMedian = percentile(onMean, 50);
    const double offMeanMedian = percentile(offMean, 50);

    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.SetMaxDecimalPlaces(4);
    w.StartObject();
    w.Key("suite"); w.String("store-metrics-overhead");
    w.Key("scenes"); w.Int64(scenes);
    w.Key("rounds"); w.Int(rounds);
    w.Key("lookups_per_round"); w.Int(lookups);
    w.Key("lookup_p50_us_on"); w.Double(onP50Median);
    w.Key("lookup_p50_us_off"); w.Double(offP50Median);
    w.Key("lookup_mean_us_on"); w.Double(onMeanMedian);
    w.Key("lookup_mean_us_off"); w.Double(offMeanMedian);
    w.Key("p50_overhead_percent"); w.Double(100.0 * (onP50Median / offP50Median - 1.0));
    w.Key("mean_overhead_percent"); w.Double(100.0 * (onMeanMedian / offMeanMedian - 1.0));
    w.Key("paired_p50_overhead_percent"); w.Double(100.0 * (percentile(p50Ratios, 50) - 1.0));
    w.Key("paired_mean_overhead_percent"); w.Double(100.0 * (percentile(meanRatios, 50) - 1.0));
    w.Key("timer_ns_on"); w.Double(percentile(timerOn, 50));
    w.Key("timer_ns_off"); w.Double(percentile(timerOff, 50));
    w.Key("timer_percent_of_lookup"); w.Double(100.0 * (percentile(timerOn, 50) - percentile(timerOff, 50)) / (offP50Median * 1000.0));
    w.Key("mean_spread_off_percent"); w.Double(100.0 * (offMean.back() - offMean.front()) / offMeanMedian);
    w.EndObject();
    printFigures(buffer, options.json);
    return 0;
}

int benchGraph(const Options &options)
{
    const qint64 scenes = options.scenes.value_or(1000000);
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QCoreApplication::translate("Benchmark", "cannot create a temporary folder"), 1);
    ImportSummary imported;
    auto store = generatedStory(dir, QStringLiteral("graph"), scenes, options.seed, imported);
    if (!store)
        return fail(store.error());

    say(QCoreApplication::translate("Benchmark", "building the graph…"));
    auto start = Clock::now();
    auto graph = StoryGraph::build(**store);
    const double buildSeconds = secondsSince(start);
    if (!graph)
        return fail(graph.error());

    // Story flow from the first scene, with the default depth and limit.
    say(QCoreApplication::translate("Benchmark", "story flow, 100 runs…"));
    const std::string flowStart = "s1";
    auto flow = storyFlow(**graph, flowStart);
    if (!flow)
        return fail(flow.error());
    const auto flowPaths = qint64(flow->paths.size());
    auto flowSeconds = medianSeconds(100, [&] { return statusOf(storyFlow(**graph, flowStart)); });
    if (!flowSeconds)
        return fail(flowSeconds.error());

    say(QCoreApplication::translate("Benchmark", "validation, 3 runs…"));
    qint64 problems = 0;
    auto validateSeconds = medianSeconds(3, [&] {
        const ValidationReport report = validateStory(**graph);
        problems = qint64(report.deadEnds.size() + report.unreachable.size() + report.loops.size()
                          + report.danglingChoices.size() + report.absentCharacters.size()
                          + report.sequenceBackwards.size());
        return Status();
    });
    if (!validateSeconds)
        return fail(validateSeconds.error());

    // Edits: a scene's title changed through the store, then the time the graph
    // takes to take in that one change (re-read the node's row, update the
    // vertex). The graph stops watching the store for this, or the store would
    // already have updated it and the timed call would redo a finished update;
    // it hears of each edit once, from here. `store_edit_us` times the whole
    // edit: the store's transaction with its fsync, then the graph update.
    say(QCoreApplication::translate("Benchmark", "1,000 edits…"));
    std::vector<std::string> sceneIds;
    for (std::size_t v = 0; v < (*graph)->vertexSlots(); ++v) {
        const GraphVertex &vertex = (*graph)->vertex(VertexIndex(v));
        if (vertex.alive && vertex.kind == NodeKind::Scene)
            sceneIds.push_back(vertex.id);
    }
    if (sceneIds.empty())
        return fail(QCoreApplication::translate("Benchmark", "the generated story has no scenes"), 1);
    std::mt19937_64 random(options.seed);
    const int edits = 1000;
    std::vector<double> graphEditTimes;
    std::vector<double> storeEditTimes;
    graphEditTimes.reserve(edits);
    storeEditTimes.reserve(edits);
    (*store)->removeObserver(graph->get());
    for (int i = 0; i < edits; ++i) {
        const std::string &id = sceneIds[random() % sceneIds.size()];
        const std::string title = "Edited scene " + std::to_string(i);
        const std::vector<PropertyChange> changes{{"title", '"' + title + '"'}};
        const std::vector<StoryChange> change{{StoryChange::Kind::NodeChanged, id}};
        const auto before = Clock::now();
        const Status edited = (*store)->setProperties(id, changes);
        if (!edited)
            return fail(edited.error());
        if (const VertexIndex v = (*graph)->findVertex(id); v != NoVertex && (*graph)->vertex(v).label == title)
            return fail(QCoreApplication::translate("Benchmark", "the graph took in the edit before it was timed"), 1);
        const auto stored = Clock::now();
        (*graph)->storyChanged(change);
        const auto done = Clock::now();
        graphEditTimes.push_back(std::chrono::duration<double, std::micro>(done - stored).count());
        storeEditTimes.push_back(std::chrono::duration<double, std::micro>(done - before).count());
        if (const auto &error = (*graph)->lastError())
            return fail(*error);
        const VertexIndex v = (*graph)->findVertex(id);
        if (v == NoVertex || (*graph)->vertex(v).label != title)
            return fail(QCoreApplication::translate("Benchmark", "the graph did not take in the edit of \"%1\"")
                                .arg(QString::fromStdString(id)),
                        1);
    }
    std::sort(graphEditTimes.begin(), graphEditTimes.end());
    std::sort(storeEditTimes.begin(), storeEditTimes.end());
    (*store)->addObserver(graph->get());

    // Layout is measured on a story of its own size, whatever --scenes says.
    const qint64 layoutScenes = 10000;
    ImportSummary layoutImported;
    auto layoutStore = generatedStory(dir, QStringLiteral("layout"), layoutScenes, options.seed, layoutImported);
    if (!layoutStore)
        return fail(layoutStore.error());
    auto layoutGraph = StoryGraph::build(**layoutStore);
    if (!layoutGraph)
        return fail(layoutGraph.error());
    say(QCoreApplication::translate("Benchmark", "layered layout of %1 scenes, 3 runs…").arg(layoutScenes));
    LayoutOptions layered;
    layered.kind = LayoutKind::Layered;
    auto layoutSeconds = medianSeconds(3, [&] { return statusOf(layoutStory(**layoutGraph, layered)); });
    if (!layoutSeconds)
        return fail(layoutSeconds.error());

    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.SetMaxDecimalPlaces(3);
    w.StartObject();
    w.Key("suite"); w.String("graph");
    w.Key("scenes"); w.Int64(scenes);
    w.Key("nodes"); w.Int64(imported.nodes);
    w.Key("relationships"); w.Int64(imported.relationships);
    w.Key("build_s"); w.Double(buildSeconds);
    w.Key("flow_ms"); w.Double(*flowSeconds * 1e3);
    w.Key("flow_paths"); w.Int64(flowPaths);
    w.Key("validate_s"); w.Double(*validateSeconds);
    w.Key("validate_problems"); w.Int64(problems);
    w.Key("edit_us"); w.Double(percentile(graphEditTimes, 50));
    w.Key("store_edit_us"); w.Double(percentile(storeEditTimes, 50));
    w.Key("layout_10k_s"); w.Double(*layoutSeconds);
    w.Key("layout_10k_nodes"); w.Int64(layoutImported.nodes);
    w.Key("peak_rss_mb"); w.Double(peakRssMb());
    w.EndObject();
    printFigures(buffer, options.json);
    return 0;
}

void printUsage()
{
    std::printf("%s", qUtf8Printable(QCoreApplication::translate(
                          "Benchmark",
                          "Usage: ryuk bench store [--scenes N] [--seed S] [--naive-seconds T] [--no-metrics] [--json]\n"
                          "       ryuk bench store --metrics-overhead [--scenes N] [--seed S] [--json]\n"
                          "       ryuk bench graph [--scenes N] [--seed S] [--json]\n"
                          "       ryuk bench dashboard [--kinds N] [--seconds T] [--png FILE] [--json]\n"
                          "       ryuk bench canvas [--scenes N] [--seed S] [--json]\n"
                          "       ryuk bench formats --hostile [--json]\n\n"
                          "store: generates a story of N scenes (default 100000), imports it and measures\n"
                          "bulk import, the same import one transaction per row (for T seconds,\n"
                          "default 5), point lookups, paged, chapter and character queries (the paged and\n"
                          "chapter ones also as the first query after an edit), and export.\n"
                          "--no-metrics turns the query profiler off, to measure what it costs.\n"
                          "--metrics-overhead measures only that: 31 rounds of 20000 lookups, each round\n"
                          "a warm-up pass, then the profiler on and off in alternating order; the\n"
                          "medians of each side and of the rounds' on/off ratios.\n\n"
                          "graph: generates and imports a story of N scenes (default 1000000), then\n"
                          "measures building its graph, story flow from s1, validation, one edit taken\n"
                          "in by the graph (and the whole store edit), and a layered layout of a\n"
                          "separate 10000-scene story.\n\n"
                          "dashboard: fills the profiler dashboard with ten minutes of history for N\n"
                          "query kinds (default 12), then lets it update ten times a second for T\n"
                          "seconds (default 10), drawn offscreen, and reports its CPU time per update\n"
                          "and as a share of one core; --png saves what it drew.\n\n"
                          "canvas: generates and imports a story of N scenes (default 100000), opens it\n"
                          "in a 1600x1000 story canvas drawn offscreen and measures opening to a complete\n"
                          "frame, frames at fit, while zooming to 2x and panning, and while dragging a node.\n\n"
                          "formats --hostile: hostile inputs of 1 MB and 8 MB for each reader (JSON v1,\n"
                          "Twee, Twine HTML, GraphML, the clipboard); the median of three reads of each and\n"
                          "their ratio, about 8 for a reader whose time grows with the size.\n\n"
                          "The seed S defaults to 42. Progress goes to standard error on a terminal.\n")));
}

} // namespace

int runBenchmark(const QStringList &args)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage();
        return args.isEmpty() ? 2 : 0;
    }
    const QString suite = args.first();
    if (suite == QLatin1String("dashboard"))
        return benchDashboard(args.mid(1));
    if (suite == QLatin1String("formats"))
        return benchFormats(args.mid(1));
    const bool store = suite == QLatin1String("store");
    const bool canvas = suite == QLatin1String("canvas");
    if (!store && !canvas && suite != QLatin1String("graph"))
        return fail(QCoreApplication::translate("Benchmark",
                                                "unknown benchmark \"%1\" (available: store, graph, dashboard, canvas, formats)")
                            .arg(suite),
                    2);
    Options options;
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        auto value = [&](qint64 min, qint64 max, qint64 &out) {
            bool ok = false;
            const qint64 v = i + 1 < args.size() ? args[i + 1].toLongLong(&ok) : 0;
            if (!ok || v < min || v > max)
                return false;
            out = v;
            ++i;
            return true;
        };
        qint64 number = 0;
        if (arg == QLatin1String("--json")) {
            options.json = true;
        } else if (arg == QLatin1String("--help")) {
            printUsage();
            return 0;
        } else if (arg == QLatin1String("--scenes")) {
            if (!value(1, 10000000, number))
                return fail(QCoreApplication::translate("Benchmark", "--scenes must be between 1 and 10000000"), 2);
            options.scenes = number;
        } else if (arg == QLatin1String("--seed")) {
            if (!value(0, std::numeric_limits<qint64>::max(), number))
                return fail(QCoreApplication::translate("Benchmark", "--seed must be a non-negative integer"), 2);
            options.seed = quint64(number);
        } else if (store && arg == QLatin1String("--metrics-overhead")) {
            options.metricsOverhead = true;
        } else if (store && arg == QLatin1String("--no-metrics")) {
            options.metrics = false;
        } else if (store && arg == QLatin1String("--naive-seconds")) {
            if (!value(1, 600, number))
                return fail(QCoreApplication::translate("Benchmark", "--naive-seconds must be between 1 and 600"), 2);
            options.naiveSeconds = double(number);
        } else {
            return fail(QCoreApplication::translate("Benchmark", "unknown option \"%1\" for \"bench\"").arg(arg), 2);
        }
    }
    if (canvas)
        return benchCanvas(options.scenes.value_or(100000), options.seed, options.json);
    if (store && options.metricsOverhead)
        return benchMetricsOverhead(options);
    return store ? benchStore(options) : benchGraph(options);
}

} // namespace ryuk::cli
