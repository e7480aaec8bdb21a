// `ryuk profile`: the load test run headless, its figures as text or one line
// of JSON, exit 4 when the thresholds fail. `ryuk plan`: the query plan of a
// catalogued kind as an indented tree, full table scans flagged.
#include "profilecommands.h"

#include "console.h"
#include "jsonline.h"
#include "texttable.h"

#include "metrics/loadtest.h"
#include "store/sqlitestorystore.h"

#include <cmath>
#include <map>

namespace ryuk::cli {

namespace {

class ProfileCommands
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommands)

public:
    static Status profile(const Invocation &invocation);
    static Status plan(const Invocation &invocation);
    static Result<std::vector<std::pair<std::string, int>>> mix(const QString &text);
};

double micros(quint64 ns)
{
    return double(ns) / 1000.0;
}

} // namespace

Result<std::vector<std::pair<std::string, int>>> ProfileCommands::mix(const QString &text)
{
    std::vector<std::pair<std::string, int>> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        bool ok = false;
        const int weight = equals > 0 ? part.mid(equals + 1).trimmed().toInt(&ok) : 0;
        if (!ok || weight < 0 || weight > 1000000)
            return Error::badInput(tr("--mix takes kind=weight pairs separated by commas, weights 0 to 1000000: \"%1\"").arg(part));
        out.emplace_back(part.left(equals).trimmed().toStdString(), weight);
    }
    if (out.empty())
        return Error::badInput(tr("--mix names no query kind"));
    return out;
}

Status ProfileCommands::profile(const Invocation &invocation)
{
    LoadOptions options;
    auto workers = invocation.integer(QStringLiteral("--workers"), 2, 1, LoadOptions::MaxWorkers,
                                      tr("--workers must be between 1 and %1").arg(LoadOptions::MaxWorkers));
    if (!workers)
        return workers.takeError();
    options.workers = int(*workers);
    if (const auto seconds = invocation.value(QStringLiteral("--seconds"))) {
        bool ok = false;
        options.seconds = seconds->toDouble(&ok);
        if (!ok || !(options.seconds > 0) || options.seconds > 3600)
            return Error::badInput(tr("--seconds must be more than 0 and at most 3600"));
    }
    // The thresholds: the defaults catch only a broken story or machine; a
    // script that cares about speed names its own.
    if (const auto text = invocation.value(QStringLiteral("--max-p95-ms"))) {
        bool ok = false;
        const double ms = text->toDouble(&ok);
        if (!ok || !(ms > 0) || ms > 3600000)
            return Error::badInput(tr("--max-p95-ms must be more than 0 and at most 3600000"));
        options.thresholds.p95Ns = quint64(std::llround(ms * 1e6));
        if (options.thresholds.p95Ns == 0)
            return Error::badInput(tr("--max-p95-ms must be more than 0 and at most 3600000"));
    }
    if (const auto text = invocation.value(QStringLiteral("--max-failures"))) {
        bool ok = false;
        const double percent = text->toDouble(&ok);
        if (!ok || !(percent > 0) || percent > 100)
            return Error::badInput(tr("--max-failures must be a percentage more than 0 and at most 100"));
        options.thresholds.failureRate = percent / 100.0;
    }
    if (const auto text = invocation.value(QStringLiteral("--mix"))) {
        auto parsed = mix(*text);
        if (!parsed)
            return parsed.takeError();
        options.mix = std::move(*parsed);
    }
    auto store = openStory(invocation.positional.at(0));
    if (!store)
        return store.takeError();
    ProgressLine progress(tr("profiling"), Console::errorIsTerminal());
    const auto totalMs = qint64(options.seconds * 1000);
    options.progress = [&](const LoadProgress &p) { progress.update(qint64(p.elapsedSeconds * 1000), totalMs); };
    auto result = runLoadTest(**store, options);
    progress.clear();
    if (!result)
        return result.takeError();
    if (!result->passed)
        invocation.outcome = ExitThresholdsFailed;
    const char *verdict = result->passed ? "pass" : "fail";

    if (invocation.json()) {
        JsonLine out;
        auto &w = out.writer();
        w.StartObject();
        out.key("throughput");
        w.Double(std::round(result->throughput * 10) / 10);
        out.key("queries");
        out.integer(qint64(result->queries));
        out.key("failures");
        out.integer(qint64(result->failures));
        out.key("seconds");
        w.Double(std::round(result->seconds * 1000) / 1000);
        out.key("workers");
        out.integer(options.workers);
        out.key("verdict");
        out.string(verdict);
        out.key("p95_us");
        w.Double(micros(result->all.percentile(95)));
        out.key("thresholds");
        w.StartObject();
        out.key("p95_us");
        w.Double(micros(options.thresholds.p95Ns));
        out.key("failures_percent");
        w.Double(options.thresholds.failureRate * 100.0);
        w.EndObject();
        out.key("kinds");
        w.StartObject();
        for (const LoadKindResult &kind : result->kinds) {
            out.key(kind.kind);
            w.StartObject();
            out.key("count");
            out.integer(qint64(kind.histogram.count()));
            out.key("failures");
            out.integer(qint64(kind.failures));
            for (const auto &[key, p] : {std::pair{"p50_us", 50.0}, {"p95_us", 95.0}, {"p99_us", 99.0}}) {
                out.key(key);
                w.Double(micros(kind.histogram.percentile(p)));
            }
            out.key("max_us");
            w.Double(micros(kind.histogram.max()));
            w.EndObject();
        }
        w.EndObject();
        w.EndObject();
        Console::write(out.line());
        return {};
    }
    TextTable table({tr("KIND"), tr("COUNT"), tr("FAILURES"), tr("P50 µs"), tr("P95 µs"), tr("P99 µs"), tr("MAX µs")});
    auto us = [](quint64 ns) { return QString::number(micros(ns), 'f', 1); };
    for (const LoadKindResult &kind : result->kinds) {
        table.addRow({QString::fromStdString(kind.kind), QString::number(kind.histogram.count()), QString::number(kind.failures),
                      us(kind.histogram.percentile(50)), us(kind.histogram.percentile(95)),
                      us(kind.histogram.percentile(99)), us(kind.histogram.max())});
    }
    Console::write(table.toString().toUtf8());
    Console::printLine(tr("%1 queries in %2 s with %3 workers: %4 queries/s, %5 failures, p95 %6 µs: %7")
                               .arg(result->queries)
                               .arg(result->seconds, 0, 'f', 2)
                               .arg(options.workers)
                               .arg(qint64(result->throughput))
                               .arg(result->failures)
                               .arg(us(result->all.percentile(95)), QLatin1String(verdict)));
    Console::printLine(tr("thresholds: every kind's p95 under %1 µs, under %2 % of queries failed")
                               .arg(us(options.thresholds.p95Ns))
                               .arg(options.thresholds.failureRate * 100.0));
    if (!result->firstFailure.empty())
        Console::printLine(tr("first failure: %1").arg(QString::fromStdString(result->firstFailure)));
    return {};
}

Status ProfileCommands::plan(const Invocation &invocation)
{
    auto store = openStory(invocation.positional.at(0));
    if (!store)
        return store.takeError();
    const std::string kind = invocation.positional.at(1).toStdString();
    auto plan = (*store)->explainPlan(kind);
    if (!plan)
        return plan.takeError();
    if (invocation.json()) {
        JsonLine out;
        auto &w = out.writer();
        w.StartObject();
        out.key("kind");
        out.string(kind);
        out.key("plan");
        w.StartArray();
        qint64 scans = 0;
        for (const PlanRow &row : *plan) {
            w.StartObject();
            out.key("id");
            out.integer(row.id);
            out.key("parent");
            out.integer(row.parent);
            out.key("detail");
            out.string(row.detail);
            out.key("fullScan");
            w.Bool(row.fullScan);
            w.EndObject();
            scans += row.fullScan ? 1 : 0;
        }
        w.EndArray();
        out.key("fullScans");
        out.integer(scans);
        w.EndObject();
        Console::write(out.line());
        return {};
    }
    // SQLite lists a parent before its children, so depths fill in order.
    std::map<int, int> depth;
    QString text;
    for (const PlanRow &row : *plan) {
        const int level = row.parent == 0 ? 0 : depth[row.parent] + 1;
        depth[row.id] = level;
        text += QString(2 * level, QLatin1Char(' ')) + QString::fromStdString(row.detail);
        if (row.fullScan)
            text += QLatin1String("  ") + tr("<- full table scan");
        text += QLatin1Char('\n');
    }
    Console::write(text.toUtf8());
    return {};
}

std::vector<Command> profileCommands()
{
    using P = ProfileCommands;
    const PositionalSpec story{P::tr("STORY"), P::tr("the story file"), false, false};
    return {
            {QStringLiteral("profile"),
             P::tr("Runs a load test of catalogue queries on a story and prints its figures."),
             {story},
             {{QStringLiteral("--workers"), P::tr("N"), P::tr("worker threads, each on its own connection, 1 to 64 (default 2)"), false},
              {QStringLiteral("--seconds"), P::tr("T"), P::tr("how long to run (default 10)"), false},
              {QStringLiteral("--mix"), P::tr("kind=w,…"),
               P::tr("query kinds and weights (default node.get=50,nodes.page=15,scenes.chapter=15,character=10,next=10)"),
               false},
              {QStringLiteral("--max-p95-ms"), P::tr("MS"), P::tr("the p95 every kind must stay under (default 500)"), false},
              {QStringLiteral("--max-failures"), P::tr("PERCENT"),
               P::tr("the share of failed queries to stay under (default 10)"), false}},
             &P::profile,
             P::tr("Kinds: node.get, relationship.get, nodes.page, nodes.type, scenes.chapter, relationships.page, next, "
                   "character, stats.\nThe thresholds: every kind's p95 (and all kinds' together) under --max-p95-ms and "
                   "under --max-failures % of queries failed; exit status 4 when they are not met.")},
            {QStringLiteral("plan"),
             P::tr("Prints the query plan SQLite uses for a catalogued query kind, full table scans flagged."),
             {story, {P::tr("KIND"), P::tr("a query kind: node.get, scenes.chapter, …"), false, false}},
             {},
             &P::plan},
    };
}

} // namespace ryuk::cli
