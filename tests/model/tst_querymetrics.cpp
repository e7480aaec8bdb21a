// The query registry and the store's instrumentation: per-kind stats, the
// switch, thread safety, the slow log (with SQLite's counters and the bound
// parameters) and query plans that flag a query run without its index.
#include "metrics/querymetrics.h"
#include "metrics/querytimer.h"
#include "store/sqlitestorystore.h"

#include "storyfixture.h"
#include "testsupport.h"

#include <QtTest>

#include <sqlite3.h>

#include <thread>

using namespace ryuk;
using namespace Qt::StringLiterals;

namespace {

const KindStats *find(const std::vector<KindStats> &stats, std::string_view kind)
{
    for (const KindStats &s : stats) {
        if (s.kind == kind)
            return &s;
    }
    return nullptr;
}

// Three scenes in two chapters and a character appearing in two of them.
QString makeStory(test::Fixture &f)
{
    return test::setUp(f,
                       uR"(s1{"chapter":1,"sequence":1} s2{"chapter":1,"sequence":2} s3{"chapter":2,"sequence":1} c1:Character)"_s,
                       u"r1:s1>s2 r2:s2>s3 a1:c1>s1:APPEARS_IN a2:c1>s3:APPEARS_IN"_s);
}

} // namespace

class tst_QueryMetrics : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanupTestCase();

    void recordsPerKind();
    void kindsAreRegisteredOnce();
    void switchedOffRecordsNothing();
    void threadsAddUp();
    void slowLogKeepsTheLast200();
    void storeCallsAreRecorded();
    void slowLogCatchesSlowStatement();
    void planUsesIndex();
    void planFlagsMissingIndex();
    void planUnknownKind();
};

void tst_QueryMetrics::init()
{
    QueryMetrics::global().reset();
    QueryMetrics::global().setEnabled(true);
    QueryMetrics::global().setSlowThresholdNs(QueryMetrics::DefaultSlowThresholdNs);
}

void tst_QueryMetrics::cleanupTestCase()
{
    init();
}

void tst_QueryMetrics::recordsPerKind()
{
    QueryMetrics metrics;
    const int a = metrics.kindId("a");
    const int b = metrics.kindId("b");
    const quint64 now = QueryMetrics::monotonicNs();
    for (quint64 ns : {1000, 2000, 3000, 4000})
        metrics.record(a, ns, 2, now);
    metrics.record(b, 50, 0, now);

    const auto session = metrics.session();
    QCOMPARE(session.size(), std::size_t(2));
    const KindStats *sa = find(session, "a");
    QVERIFY(sa);
    QCOMPARE(sa->count, quint64(4));
    QCOMPARE(sa->rows, qint64(8));
    QCOMPARE(sa->minNs, quint64(1000));
    QCOMPARE(sa->maxNs, quint64(4000));
    QCOMPARE(sa->meanNs, 2500.0);
    QVERIFY(std::abs(double(sa->p50Ns) - 2000.0) <= 2000.0 / 128);
    QCOMPARE(find(session, "b")->count, quint64(1));

    // The window sees this second's runs, and forgets runs older than itself.
    const auto window = metrics.window(5);
    QCOMPARE(find(window, "a")->count, quint64(4));
    metrics.record(a, 7000, 1, now - 30'000'000'000ULL);
    QCOMPARE(find(metrics.window(5), "a")->count, quint64(4));
    QCOMPARE(find(metrics.session(), "a")->count, quint64(5));

    metrics.reset();
    QVERIFY(metrics.session().empty());
}

void tst_QueryMetrics::kindsAreRegisteredOnce()
{
    QueryMetrics metrics;
    const int a = metrics.kindId("node.get");
    QCOMPARE(metrics.kindId("node.get"), a);
    QCOMPARE(metrics.kindName(a), std::string("node.get"));
    for (int i = 1; i < QueryMetrics::MaxKinds; ++i)
        QVERIFY(metrics.kindId("k" + std::to_string(i)) >= 0);
    QCOMPARE(metrics.kindId("one too many"), -1);
    QVERIFY(!metrics.record(-1, 10, 0, 0)); // ignored, not a crash
}

void tst_QueryMetrics::switchedOffRecordsNothing()
{
    QueryMetrics metrics;
    const int kind = metrics.kindId("k");
    metrics.setEnabled(false);
    {
        QueryTimer timer(kind, metrics);
        QVERIFY(!timer.isActive());
    }
    QVERIFY(metrics.session().empty());
    metrics.setEnabled(true);
    {
        QueryTimer timer(kind, metrics);
        QVERIFY(timer.isActive());
        timer.setRows(3);
    }
    QCOMPARE(metrics.session().at(0).count, quint64(1));
    QCOMPARE(metrics.session().at(0).rows, qint64(3));
}

void tst_QueryMetrics::threadsAddUp()
{
    QueryMetrics metrics;
    const int kind = metrics.kindId("k");
    std::vector<std::thread> threads;
    for (int t = 0; t < 6; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 20000; ++i)
                metrics.record(kind, quint64(100 + t), 1, QueryMetrics::monotonicNs());
        });
    }
    // Reading while they write must be safe too.
    for (int i = 0; i < 20; ++i)
        (void)metrics.window();
    for (auto &thread : threads)
        thread.join();
    const std::vector<KindStats> session = metrics.session(); // a copy: keep it alive
    const KindStats &stats = session.at(0);
    QCOMPARE(stats.count, quint64(120000));
    QCOMPARE(stats.rows, qint64(120000));
    QCOMPARE(stats.minNs, quint64(100));
    QCOMPARE(stats.maxNs, quint64(105));
    QCOMPARE(metrics.window().at(0).count, quint64(120000));
}

void tst_QueryMetrics::slowLogKeepsTheLast200()
{
    QueryMetrics metrics;
    for (int i = 0; i < 250; ++i) {
        SlowQuery entry;
        entry.kind = "k";
        entry.ns = quint64(i);
        entry.expandedSql = std::string(5000, 'x');
        metrics.recordSlow(std::move(entry));
    }
    const auto log = metrics.slowLog();
    QCOMPARE(log.size(), std::size_t(QueryMetrics::SlowLogSize));
    QCOMPARE(log.front().ns, quint64(50));
    QCOMPARE(log.back().ns, quint64(249));
    QCOMPARE(log.back().expandedSql.size(), QueryMetrics::MaxExpandedSql);
    QVERIFY(log.back().atMs > 0);
}

void tst_QueryMetrics::storeCallsAreRecorded()
{
    test::Fixture f;
    QCOMPARE(makeStory(f), QString());
    QueryMetrics::global().reset();
    StoryStore &store = *f.store;
    for (int i = 0; i < 10; ++i)
        RYUK_VERIFY_OK(store.node("s1"));
    QVERIFY(!store.node("nope").ok());
    RYUK_VERIFY_OK(store.nodes(NodeFilter{std::nullopt, 1}, PageRequest{1, 20}));
    RYUK_VERIFY_OK(store.character("c1"));
    RYUK_VERIFY_OK(store.next("s1"));
    RYUK_VERIFY_OK(store.addNode(Node{"s9", "Scene", 0, 0, "{}"}));

    const auto session = QueryMetrics::global().session();
    QCOMPARE(find(session, "node.get")->count, quint64(11));
    QCOMPARE(find(session, "node.get")->rows, qint64(10));
    QCOMPARE(find(session, "scenes.chapter")->rows, qint64(2));
    QCOMPARE(find(session, "character")->rows, qint64(3));
    QCOMPARE(find(session, "next")->rows, qint64(1));
    QCOMPARE(find(session, "node.add")->count, quint64(1));
    // Nothing here comes near 100 ms.
    QVERIFY(QueryMetrics::global().slowLog().empty());
    // A recent run's parameters are kept for the plan.
    QCOMPARE(QueryMetrics::global().lastRun("node.get"), std::string("SELECT n.id, n.type, n.x, n.y, n.properties FROM nodes n WHERE n.id = 's1'"));

    // Statements handed to the timer are reset: the story can still be written.
    RYUK_VERIFY_OK(store.remove({"s9"}));
}

void tst_QueryMetrics::slowLogCatchesSlowStatement()
{
    test::Fixture f;
    QCOMPARE(makeStory(f), QString());
    // The cut: 1 ns, so the next lookup is slow by definition.
    QueryMetrics::global().setSlowThresholdNs(1);
    RYUK_VERIFY_OK(f.store->node("s2"));
    RYUK_VERIFY_OK(f.store->nodes(NodeFilter{std::string("Scene"), std::nullopt}, PageRequest{1, 2}));
    QueryMetrics::global().setSlowThresholdNs(QueryMetrics::DefaultSlowThresholdNs);
    RYUK_VERIFY_OK(f.store->node("s3"));

    const auto log = QueryMetrics::global().slowLog();
    QCOMPARE(log.size(), std::size_t(2));
    const SlowQuery &lookup = log.at(0);
    QCOMPARE(lookup.kind, std::string("node.get"));
    QCOMPARE(lookup.sql, std::string("SELECT n.id, n.type, n.x, n.y, n.properties FROM nodes n WHERE n.id = ?1"));
    QCOMPARE(lookup.expandedSql, std::string("SELECT n.id, n.type, n.x, n.y, n.properties FROM nodes n WHERE n.id = 's2'"));
    QCOMPARE(lookup.rows, qint64(1));
    QVERIFY(lookup.ns >= 1);
    QVERIFY(lookup.vmSteps > 0);
    QCOMPARE(lookup.fullScanSteps, qint64(0));

    const SlowQuery &page = log.at(1);
    QCOMPARE(page.kind, std::string("nodes.type"));
    QVERIFY(page.expandedSql.find("n.type = 'Scene'") != std::string::npos);
    QVERIFY(page.expandedSql.find("OFFSET 0) ORDER BY n.id LIMIT 2") != std::string::npos);
    QCOMPARE(page.rows, qint64(2));
}

void tst_QueryMetrics::planUsesIndex()
{
    test::Fixture f;
    QCOMPARE(makeStory(f), QString());
    RYUK_TAKE(plan, f.store->explainPlan("scenes.chapter"));
    QVERIFY(!plan.empty());
    bool indexed = false;
    for (const PlanRow &row : plan) {
        QVERIFY2(!row.fullScan, row.detail.c_str());
        indexed = indexed || row.detail.find("scenes_chapter_sequence") != std::string::npos;
    }
    QVERIFY(indexed);
    RYUK_TAKE(lookup, f.store->explainPlan("node.get"));
    QCOMPARE(lookup.size(), std::size_t(1));
    QVERIFY(lookup.front().detail.starts_with("SEARCH n USING INDEX"));
}

void tst_QueryMetrics::planFlagsMissingIndex()
{
    test::Fixture f;
    QCOMPARE(makeStory(f), QString());
    RYUK_VERIFY_OK(f.store->nodes(NodeFilter{std::nullopt, 2}, PageRequest{1, 20})); // a real run to explain
    const QString path = f.store->location();
    f.graph.reset();
    f.store.reset();
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "DROP INDEX scenes_chapter_sequence; DROP INDEX nodes_type;", nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);

    RYUK_TAKE(store, openStory(path));
    RYUK_TAKE(plan, store->explainPlan("scenes.chapter"));
    const auto scan = std::find_if(plan.begin(), plan.end(), [](const PlanRow &row) { return row.fullScan; });
    QVERIFY(scan != plan.end());
    QCOMPARE(scan->detail, std::string("SCAN n"));
}

void tst_QueryMetrics::planUnknownKind()
{
    test::Fixture f;
    QCOMPARE(makeStory(f), QString());
    const auto plan = f.store->explainPlan("node.add");
    QVERIFY(!plan.ok());
    QCOMPARE(test::kindText(plan.error().kind), test::kindText(ErrorKind::BadInput));
    QVERIFY(plan.error().message.contains(u"scenes.chapter"_s));
}

QTEST_GUILESS_MAIN(tst_QueryMetrics)
#include "tst_querymetrics.moc"
