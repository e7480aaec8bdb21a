// `ryuk bench store`: measures the story store on a generated story and prints
// one JSON object. Targets live here and in docs/benchmarks.md, never in tests.
#include "benchmarks.h"

#include "formats/storygenerator.h"
#include "formats/storyjson.h"
#include "store/sqlitestorystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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

struct Options
{
    qint64 scenes = 100000;
    quint64 seed = 42;
    bool json = false;
    double naiveSeconds = 5.0;
};

int benchStore(const Options &options)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QCoreApplication::translate("Benchmark", "cannot create a temporary folder"), 1);
    const QString source = dir.filePath(QStringLiteral("generated.json"));

    say(QCoreApplication::translate("Benchmark", "generating %1 scenes…").arg(options.scenes));
    auto generated = generateStoryFile(GeneratorOptions{options.scenes, options.seed}, source);
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
    const double pageQuery = medianMicros(2000, [&](int i) {
        auto page = (*store)->nodes(NodeFilter{std::string(NodeType::Scene), std::nullopt},
                                    PageRequest{1 + qint64(i) % scenePages, 20});
        Q_UNUSED(page);
    });
    const qint64 chapterCount = std::max<qint64>(1, stats->chapters);
    const double chapterQuery = medianMicros(5000, [&](int i) {
        auto page = (*store)->nodes(NodeFilter{std::nullopt, 1 + qint64(i) % chapterCount}, PageRequest{1, 20});
        Q_UNUSED(page);
    });
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
    w.Key("scenes"); w.Int64(options.scenes);
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
    w.Key("chapter_query_us"); w.Double(chapterQuery);
    w.Key("character_query_us"); w.Double(characterQuery);
    w.Key("export_mb_per_s"); w.Double(double(exportSummary->bytes) / mb / exportSeconds);
    w.Key("import_mb_per_s"); w.Double(double(imported->bytes) / mb / importSeconds);
    w.Key("peak_rss_mb"); w.Double(peakRssMb());
    w.EndObject();

    if (options.json) {
        std::printf("%s\n", buffer.GetString());
    } else {
        rapidjson::Document doc;
        doc.Parse(buffer.GetString());
        for (auto it = doc.MemberBegin(); it != doc.MemberEnd(); ++it) {
            rapidjson::StringBuffer value;
            rapidjson::Writer<rapidjson::StringBuffer> vw(value);
            it->value.Accept(vw);
            std::printf("%-26s %s\n", it->name.GetString(), value.GetString());
        }
    }
    return 0;
}

void printUsage()
{
    std::printf("%s", qUtf8Printable(QCoreApplication::translate(
                          "Benchmark",
                          "Usage: ryuk bench store [--scenes N] [--seed S] [--naive-seconds T] [--json]\n\n"
                          "Generates a story of N scenes (default 100000), imports it and measures\n"
                          "bulk import, the same import one transaction per row (for T seconds,\n"
                          "default 5), point lookups, paged, chapter and character queries, and export.\n")));
}

} // namespace

int runBenchmark(const QStringList &args)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage();
        return args.isEmpty() ? 2 : 0;
    }
    const QString suite = args.first();
    if (suite != QLatin1String("store"))
        return fail(QCoreApplication::translate("Benchmark", "unknown benchmark \"%1\" (available: store)").arg(suite), 2);
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
            if (!value(1, 10000000, options.scenes))
                return fail(QCoreApplication::translate("Benchmark", "--scenes must be between 1 and 10000000"), 2);
        } else if (arg == QLatin1String("--seed")) {
            if (!value(0, std::numeric_limits<qint64>::max(), number))
                return fail(QCoreApplication::translate("Benchmark", "--seed must be a non-negative integer"), 2);
            options.seed = quint64(number);
        } else if (arg == QLatin1String("--naive-seconds")) {
            if (!value(1, 600, number))
                return fail(QCoreApplication::translate("Benchmark", "--naive-seconds must be between 1 and 600"), 2);
            options.naiveSeconds = double(number);
        } else {
            return fail(QCoreApplication::translate("Benchmark", "unknown option \"%1\" for \"bench\"").arg(arg), 2);
        }
    }
    return benchStore(options);
}

} // namespace ryuk::cli
