// Graph queries: shortest paths by hops and by weight, reachability both ways,
// and characters sharing scenes, with exact answers on small stories.
#include "graph/storyqueries.h"
#include "store/sqlitestorystore.h"

#include "storyfixture.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ryuk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ryuk::PathMetric)

namespace {

using test::Fixture;
using test::setUp;
using test::str;
using test::utf8;

// "s1-r1->q1-r2->s2"
QString show(const StoryGraph &graph, const FlowPath &path)
{
    QString out = str(graph.vertex(path.nodes.front()).id);
    for (std::size_t i = 0; i < path.edges.size(); ++i)
        out += u'-' + str(graph.edge(path.edges[i]).id) + u"->" + str(graph.vertex(path.nodes[i + 1]).id);
    return out;
}

QString joined(const std::vector<std::string> &ids)
{
    QStringList out;
    for (const std::string &id : ids)
        out << str(id);
    return out.join(u' ');
}

// Heavy direct cut (r1) against a light detour through a Choice (r2, r3);
// r4, r5 and r6, r7 tie with each other by hops and by weight.
const QString PathNodes = u"s1 s2 q1:Choice a:Choice b:Choice s3 m:Event n:Event s4 s5"_s;
const QString PathRelationships
        = uR"(r1:s1>s2{"weight":10} r2:s1>q1{"weight":1} r3:q1>s2{"weight":2.5}
              r4:s2>b r5:s2>a{"weight":0.5} r6:b>s3{"weight":1} r7:a>s3{"weight":1.5}
              r8:s3>m{"weight":0} r9:m>s4{"weight":0} r10:s3>s4{"weight":0} r11:s4>s1 r12:s1>s5:RELATES_TO)"_s;

} // namespace

class tst_StoryQueries : public QObject
{
    Q_OBJECT

private slots:
    void shortestPath_data();
    void shortestPath();
    void shortestPathErrors_data();
    void shortestPathErrors();
    void negativeWeight();
    void reach_data();
    void reach();
    void reachErrors();
    void coAppearances();
};

void tst_StoryQueries::shortestPath_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<PathMetric>("metric");
    QTest::addColumn<QString>("expected");

    QTest::newRow("hops: the direct cut") << u"s1"_s << u"s2"_s << PathMetric::Hops << u"s1-r1->s2"_s;
    QTest::newRow("weight: the detour") << u"s1"_s << u"s2"_s << PathMetric::Weight << u"s1-r2->q1-r3->s2"_s;
    // Equal hops: the next node's id decides (a before b) as in storyFlow.
    QTest::newRow("hops tie: node id") << u"s2"_s << u"s3"_s << PathMetric::Hops << u"s2-r5->a-r7->s3"_s;
    // Equal weight (0.5 + 1.5 and 1 missing + 1): likewise.
    QTest::newRow("weight tie: node id") << u"s2"_s << u"s3"_s << PathMetric::Weight << u"s2-r5->a-r7->s3"_s;
    // Weight 0 both ways: the path with fewer relationships wins.
    QTest::newRow("weight tie: fewer hops") << u"s3"_s << u"s4"_s << PathMetric::Weight << u"s3-r10->s4"_s;
    QTest::newRow("hops: longer way") << u"s1"_s << u"s4"_s << PathMetric::Hops << u"s1-r1->s2-r5->a-r7->s3-r10->s4"_s;
    QTest::newRow("weight: longer way") << u"s1"_s << u"s4"_s << PathMetric::Weight
                                        << u"s1-r2->q1-r3->s2-r5->a-r7->s3-r10->s4"_s;
    QTest::newRow("round the loop") << u"s2"_s << u"s1"_s << PathMetric::Hops << u"s2-r5->a-r7->s3-r10->s4-r11->s1"_s;
    QTest::newRow("from a Choice") << u"q1"_s << u"s2"_s << PathMetric::Weight << u"q1-r3->s2"_s;
    QTest::newRow("to itself") << u"s1"_s << u"s1"_s << PathMetric::Hops << u"s1"_s;
    QTest::newRow("to itself by weight") << u"s1"_s << u"s1"_s << PathMetric::Weight << u"s1"_s;
}

void tst_StoryQueries::shortestPath()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(PathMetric, metric);
    QFETCH(QString, expected);

    Fixture f;
    const QString failed = setUp(f, PathNodes, PathRelationships.simplified());
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto path = ryuk::shortestPath(*f.graph, utf8(from), utf8(to), metric);
    QVERIFY2(path.ok(), qPrintable(path.error().message));
    QCOMPARE(show(*f.graph, *path), expected);
    QCOMPARE(path->nodes.size(), path->edges.size() + 1);
}

void tst_StoryQueries::shortestPathErrors_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<PathMetric>("metric");
    QTest::addColumn<QString>("message");

    QTest::newRow("no path") << u"s1"_s << u"s5"_s << PathMetric::Hops << uR"(no LEADS_TO path from "s1" to "s5")"_s;
    QTest::newRow("no path by weight") << u"s1"_s << u"s5"_s << PathMetric::Weight
                                       << uR"(no LEADS_TO path from "s1" to "s5")"_s;
    QTest::newRow("not backwards") << u"s5"_s << u"s1"_s << PathMetric::Hops
                                   << uR"(no LEADS_TO path from "s5" to "s1")"_s;
    QTest::newRow("unknown from") << u"x"_s << u"s1"_s << PathMetric::Hops << uR"(no node has id "x")"_s;
    QTest::newRow("unknown to") << u"s1"_s << u"y"_s << PathMetric::Weight << uR"(no node has id "y")"_s;
}

void tst_StoryQueries::shortestPathErrors()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(PathMetric, metric);
    QFETCH(QString, message);

    Fixture f;
    const QString failed = setUp(f, PathNodes, PathRelationships.simplified());
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto path = ryuk::shortestPath(*f.graph, utf8(from), utf8(to), metric);
    QVERIFY(!path.ok());
    QCOMPARE(path.error().message, message);
    QCOMPARE(kindName(path.error().kind), kindName(ErrorKind::NotFound));
}

// A negative weight anywhere on LEADS_TO refuses weighted paths (naming the
// smallest such id), even where the search would not pass it; hop counts and
// other relationship types do not care.
void tst_StoryQueries::negativeWeight()
{
    Fixture f;
    const QString failed = setUp(f, u"s1 s2 s3 s4"_s,
                                 uR"(r1:s1>s2 r9:s3>s4{"weight":-1} r8:s3>s4{"weight":-0.5}
                                     a1:s1>s2:RELATES_TO{"weight":-3})"_s.simplified());
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto path = ryuk::shortestPath(*f.graph, "s1", "s2", PathMetric::Weight);
    QVERIFY(!path.ok());
    QCOMPARE(path.error().message, uR"(relationship "r8" has a negative weight)"_s);
    QCOMPARE(kindName(path.error().kind), kindName(ErrorKind::BadInput));

    path = ryuk::shortestPath(*f.graph, "s1", "s2", PathMetric::Hops);
    QVERIFY2(path.ok(), qPrintable(path.error().message));
    QCOMPARE(show(*f.graph, *path), u"s1-r1->s2"_s);

    QVERIFY(f.store->remove({"r8", "r9"}).ok());
    path = ryuk::shortestPath(*f.graph, "s1", "s2", PathMetric::Weight);
    QVERIFY2(path.ok(), qPrintable(path.error().message));
    QCOMPARE(show(*f.graph, *path), u"s1-r1->s2"_s);
}

void tst_StoryQueries::reach_data()
{
    QTest::addColumn<QString>("scene");
    QTest::addColumn<QString>("reachable");
    QTest::addColumn<QString>("reachedBy");

    // s0 → s1 → q1 → s2 ⇄ s3 → s4; s9 RELATES_TO s1 (not followed).
    QTest::newRow("start") << u"s0"_s << u"q1 s1 s2 s3 s4"_s << QString();
    QTest::newRow("before a loop") << u"s1"_s << u"q1 s2 s3 s4"_s << u"s0"_s;
    // On the loop: the scene reaches itself.
    QTest::newRow("on a loop") << u"s2"_s << u"s2 s3 s4"_s << u"q1 s0 s1 s2 s3"_s;
    QTest::newRow("end") << u"s4"_s << QString() << u"q1 s0 s1 s2 s3"_s;
    QTest::newRow("alone") << u"s9"_s << QString() << QString();
    QTest::newRow("self-loop") << u"s5"_s << u"s5"_s << u"s5"_s;
}

void tst_StoryQueries::reach()
{
    QFETCH(QString, scene);
    QFETCH(QString, reachable);
    QFETCH(QString, reachedBy);

    Fixture f;
    const QString failed = setUp(f, u"s0 s1 q1:Choice s2 s3 s4 s5 s9"_s,
                                 u"r1:s0>s1 r2:s1>q1 r3:q1>s2 r4:s2>s3 r5:s3>s2 r6:s3>s4 r7:s9>s1:RELATES_TO "
                                 "r8:s5>s5 r9:s5>s5"_s);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto result = ryuk::reach(*f.graph, utf8(scene));
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(joined(result->reachable), reachable);
    QCOMPARE(joined(result->reachedBy), reachedBy);
}

void tst_StoryQueries::reachErrors()
{
    Fixture f;
    const QString failed = setUp(f, u"s1 s2"_s, u"r1:s1>s2"_s);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto result = ryuk::reach(*f.graph, "nope");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, uR"(no node has id "nope")"_s);
    QCOMPARE(kindName(result.error().kind), kindName(ErrorKind::NotFound));

    // After removal the id is unknown, and the rest no longer reaches through it.
    QVERIFY(f.store->remove({"s2"}).ok());
    result = ryuk::reach(*f.graph, "s2");
    QCOMPARE(result.error().message, uR"(no node has id "s2")"_s);
    result = ryuk::reach(*f.graph, "s1");
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(joined(result->reachable), QString());
}

void tst_StoryQueries::coAppearances()
{
    Fixture f;
    // ann in s1 s2 s3; bo in s1 s2 (s1 twice); cy in s2 s3; dee in s3 and a
    // Choice; eve nowhere; fay only RELATES_TO s1; s1 pointing at gus does not count.
    const QString failed
            = setUp(f, u"s1 s2 s3 q1:Choice ann:Character bo:Character cy:Character dee:Character eve:Character "
                      "fay:Character gus:Character"_s,
                    u"a1:ann>s1:APPEARS_IN a2:ann>s2:APPEARS_IN a3:ann>s3:APPEARS_IN a4:bo>s1:APPEARS_IN "
                    "a5:bo>s1:APPEARS_IN a6:bo>s2:APPEARS_IN a7:cy>s2:APPEARS_IN a8:cy>s3:APPEARS_IN "
                    "a9:dee>s3:APPEARS_IN a10:dee>q1:APPEARS_IN a11:ann>q1:APPEARS_IN a12:fay>s1:RELATES_TO "
                    "a13:s1>gus:APPEARS_IN"_s);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto listed = [](const std::vector<CoAppearance> &pairs) {
        QStringList out;
        for (const CoAppearance &p : pairs)
            out << u"%1 %2 %3"_s.arg(str(p.a), str(p.b)).arg(p.scenes);
        return out;
    };
    QCOMPARE(listed(ryuk::coAppearances(*f.graph)),
             (QStringList{u"ann bo 2"_s, u"ann cy 2"_s, u"ann dee 1"_s, u"bo cy 1"_s, u"cy dee 1"_s}));

    // Removing a scene takes its appearances with it.
    QVERIFY(f.store->remove({"s2"}).ok());
    QCOMPARE(listed(ryuk::coAppearances(*f.graph)), (QStringList{u"ann bo 1"_s, u"ann cy 1"_s, u"ann dee 1"_s,
                                                               u"cy dee 1"_s}));
}

QTEST_GUILESS_MAIN(tst_StoryQueries)
#include "tst_storyqueries.moc"
