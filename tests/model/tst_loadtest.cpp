// The load test on a small story: counts add up over kinds, nothing fails, the
// verdict passes, progress arrives, ramp stages run, bad options are refused.
#include "metrics/loadtest.h"

#include "storyfixture.h"
#include "testsupport.h"

#include <QtTest>

using namespace ryuk;
using namespace Qt::StringLiterals;

namespace {

QString makeStory(test::Fixture &f)
{
    return test::setUp(f,
                       uR"(s1{"chapter":1,"sequence":1} s2{"chapter":1,"sequence":2} s3{"chapter":2,"sequence":1}
                           s4{"chapter":2,"sequence":2} c1:Character c2:Character)"_s,
                       u"r1:s1>s2 r2:s2>s3 r3:s3>s4 a1:c1>s1:APPEARS_IN a2:c1>s3:APPEARS_IN a3:c2>s4:APPEARS_IN"_s);
}

quint64 sumOfKinds(const LoadResult &result)
{
    quint64 sum = 0;
    for (const LoadKindResult &kind : result.kinds)
        sum += kind.histogram.count();
    return sum;
}

} // namespace

class tst_LoadTest : public QObject
{
    Q_OBJECT

private slots:
    void countsAddUp();
    void rampStages();
    void cancelEndsEarly();
    void badOptions_data();
    void badOptions();
};

void tst_LoadTest::countsAddUp()
{
    test::Fixture f;
    QCOMPARE(makeStory(f), QString());
    LoadOptions options;
    options.workers = 2;
    options.seconds = 1;
    int reports = 0;
    options.progress = [&](const LoadProgress &progress) {
        ++reports;
        QCOMPARE(progress.workers, 2);
    };
    RYUK_TAKE(result, runLoadTest(*f.store, options));
    QCOMPARE(result.failures, quint64(0));
    QCOMPARE(QString::fromStdString(result.firstFailure), QString());
    QVERIFY(result.passed);
    QVERIFY(result.queries > 100);
    QCOMPARE(sumOfKinds(result), result.queries);
    QCOMPARE(result.all.count(), result.queries);
    QCOMPARE(result.kinds.size(), LoadOptions::defaultMix().size());
    for (const LoadKindResult &kind : result.kinds)
        QVERIFY2(kind.histogram.count() > 0, kind.kind.c_str());
    QVERIFY(result.seconds >= 1.0 && result.seconds < 2.0);
    QVERIFY(reports >= 5 && reports <= 11);
}

void tst_LoadTest::rampStages()
{
    test::Fixture f;
    QCOMPARE(makeStory(f), QString());
    LoadOptions options;
    options.stages = {{0.3, 1}, {0.3, 3}};
    options.mix = {{"node.get", 1}, {"relationship.get", 1}, {"stats", 1}, {"nodes.type", 1}, {"relationships.page", 1}};
    RYUK_TAKE(result, runLoadTest(*f.store, options));
    QCOMPARE(result.failures, quint64(0));
    QVERIFY(result.passed);
    QCOMPARE(sumOfKinds(result), result.queries);
    QVERIFY(result.seconds >= 0.6);

    // A threshold no query can meet fails the verdict.
    options.thresholds.p95Ns = 1;
    RYUK_TAKE(strict, runLoadTest(*f.store, options));
    QVERIFY(!strict.passed);
}

void tst_LoadTest::cancelEndsEarly()
{
    test::Fixture f;
    QCOMPARE(makeStory(f), QString());
    std::atomic<bool> cancel{false};
    LoadOptions options;
    options.seconds = 600;
    options.cancel = &cancel;
    int reports = 0;
    options.progress = [&](const LoadProgress &) {
        if (++reports == 3)
            cancel.store(true);
    };
    RYUK_TAKE(result, runLoadTest(*f.store, options));
    QVERIFY(result.cancelled);
    QCOMPARE(reports, 3);
    QVERIFY(result.seconds < 5);
    QVERIFY(result.queries > 0);
    QCOMPARE(sumOfKinds(result), result.queries);
    QCOMPARE(result.failures, quint64(0));

    // Not cancelled: the flag stays false and the result says so.
    std::atomic<bool> never{false};
    options.cancel = &never;
    options.seconds = 0.2;
    options.progress = {};
    RYUK_TAKE(whole, runLoadTest(*f.store, options));
    QVERIFY(!whole.cancelled);
    QVERIFY(whole.seconds >= 0.2);
}

void tst_LoadTest::badOptions_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("kind");
    QTest::newRow("no workers") << 0 << 1.0 << u"node.get"_s;
    QTest::newRow("too many workers") << 65 << 1.0 << u"node.get"_s;
    QTest::newRow("no time") << 1 << 0.0 << u"node.get"_s;
    QTest::newRow("unknown kind") << 1 << 1.0 << u"node.sing"_s;
}

void tst_LoadTest::badOptions()
{
    QFETCH(int, workers);
    QFETCH(double, seconds);
    QFETCH(QString, kind);
    test::Fixture f;
    QCOMPARE(makeStory(f), QString());
    LoadOptions options;
    options.workers = workers;
    options.seconds = seconds;
    options.mix = {{kind.toStdString(), 1}};
    const auto result = runLoadTest(*f.store, options);
    QVERIFY(!result.ok());
    QCOMPARE(test::kindText(result.error().kind), test::kindText(ErrorKind::BadInput));
}

QTEST_GUILESS_MAIN(tst_LoadTest)
#include "tst_loadtest.moc"
