// Story flow: the exact paths and their order on hand-built stories, errors,
// depth and limit edges, and stories whose walks are too many to enumerate.
#include "graph/storyflow.h"
#include "graph/storyvalidation.h"
#include "metrics/querymetrics.h"
#include "store/sqlitestorystore.h"

#include "storyfixture.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ryuk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ryuk::ErrorKind)

namespace {

using test::Fixture;
using test::setUp;
using test::str;
using test::utf8;

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

// "s1-r1->q1-r2->s2"
QString show(const StoryGraph &graph, const FlowPath &path)
{
    QString out = str(graph.vertex(path.nodes.front()).id);
    for (std::size_t i = 0; i < path.edges.size(); ++i)
        out += u'-' + str(graph.edge(path.edges[i]).id) + u"->" + str(graph.vertex(path.nodes[i + 1]).id);
    return out;
}

QStringList shown(const StoryGraph &graph, const FlowResult &result)
{
    QStringList out;
    for (const FlowPath &path : result.paths) {
        out << show(graph, path);
        if (path.nodes.size() != path.edges.size() + 1 || path.length() != int(path.edges.size()))
            out << QStringLiteral("<malformed path>");
    }
    return out;
}

// The bounded-cost stories: s0 leads to q01, the first of `size` Choices
// q01…qNN that each lead to every other. From the last Choice a chain of
// Choices c1…c<chain> ends at the one other Scene, "goal".
QString setUpCluster(Fixture &f, int size, int chain)
{
    auto q = [](int i) { return QStringLiteral("q%1").arg(i, 2, 10, QLatin1Char('0')); };
    QStringList nodes{QStringLiteral("s0")};
    QStringList relationships{QStringLiteral("r0:s0>q01")};
    for (int i = 1; i <= size; ++i) {
        nodes << q(i) + QStringLiteral(":Choice");
        for (int j = 1; j <= size; ++j) {
            if (i != j)
                relationships << QStringLiteral("k%1-%2:%3>%4").arg(i).arg(j).arg(q(i), q(j));
        }
    }
    if (chain > 0) {
        QString previous = q(size);
        for (int i = 1; i <= chain; ++i) {
            nodes << QStringLiteral("c%1:Choice").arg(i);
            relationships << QStringLiteral("x%1:%2>c%1").arg(i).arg(previous);
            previous = QStringLiteral("c%1").arg(i);
        }
        nodes << QStringLiteral("goal");
        relationships << QStringLiteral("x-goal:%1>goal").arg(previous);
    }
    return setUp(f, nodes, relationships);
}

} // namespace

class tst_StoryFlow : public QObject
{
    Q_OBJECT

private slots:
    void paths_data();
    void paths();
    void errors_data();
    void errors();
    void denseClusterIsNotEnumerated();
    void regionWithoutScenesIsCheap();
    void graphQuestionsAreTimed();
};

void tst_StoryFlow::paths_data()
{
    QTest::addColumn<QStringList>("nodes");
    QTest::addColumn<QStringList>("relationships");
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("one step") << words("s1 s2") << words("r1:s1>s2") << u"s1"_s << 10 << 100
                              << words("s1-r1->s2");
    QTest::newRow("no outgoing relationship") << words("s1 s2") << words("r1:s2>s1") << u"s1"_s << 10 << 100
                                              << QStringList();
    // Length decides before ids: a's path is longer, so it comes after z.
    QTest::newRow("shortest first") << words("s1 a1:Choice a2 z") << words("ra:s1>a1 rb:a1>a2 rz:s1>z") << u"s1"_s
                                    << 10 << 100 << words("s1-rz->z s1-ra->a1-rb->a2");
    // The next node's id decides, not the relationship's.
    QTest::newRow("next node id first") << words("s1 a b") << words("r1:s1>b r2:s1>a") << u"s1"_s << 10 << 100
                                        << words("s1-r2->a s1-r1->b");
    // Two LEADS_TO between the same nodes are two paths, the smaller relationship id first.
    QTest::newRow("parallel relationships") << words("s1 s2") << words("r2:s1>s2 r1:s1>s2") << u"s1"_s << 10 << 100
                                            << words("s1-r1->s2 s1-r2->s2");
    QTest::newRow("relationship ids in byte order") << words("s1 s2") << words("r9:s1>s2 r10:s1>s2") << u"s1"_s << 10
                                                    << 100 << words("s1-r10->s2 s1-r9->s2");
    QTest::newRow("B before a") << words("s1 a B") << words("r1:s1>a r2:s1>B") << u"s1"_s << 10 << 100
                                << words("s1-r2->B s1-r1->a");
    QTest::newRow("s10 before s2") << words("s1 s2 s10") << words("r1:s1>s2 r2:s1>s10") << u"s1"_s << 10 << 100
                                   << words("s1-r2->s10 s1-r1->s2");
    // "é" is 0xC3 0xA9 in UTF-8: after every ASCII letter.
    QTest::newRow("UTF-8 after ASCII") << QStringList{QStringLiteral("s1"), QStringLiteral("é"), QStringLiteral("z")}
                                       << QStringList{QStringLiteral("r1:s1>é"), QStringLiteral("r2:s1>z")} << u"s1"_s
                                       << 10 << 100
                                       << QStringList{QStringLiteral("s1-r2->z"), QStringLiteral("s1-r1->é")};
    // Step by step: the first step that differs decides, whatever follows.
    QTest::newRow("first difference decides")
            << words("s1 a:Choice b:Choice x y") << words("r1:s1>a r2:a>y r3:s1>b r4:b>x r5:a>x") << u"s1"_s << 10 << 100
            << words("s1-r1->a-r5->x s1-r1->a-r2->y s1-r3->b-r4->x");
    QTest::newRow("same node then relationship id")
            << words("s1 m:Choice s2") << words("r2:s1>m r1:s1>m r3:m>s2") << u"s1"_s << 10 << 100
            << words("s1-r1->m-r3->s2 s1-r2->m-r3->s2");
    QTest::newRow("through a Choice") << words("s1 q1:Choice s2 q2:Choice")
                                      << words("r1:s1>q1 r2:q1>s2 r3:s1>q2") << u"s1"_s << 10 << 100
                                      << words("s1-r1->q1-r2->s2");
    QTest::newRow("through other types") << words("s1 e1:Event p1:Place s2") << words("r1:s1>e1 r2:e1>p1 r3:p1>s2")
                                         << u"s1"_s << 10 << 100 << words("s1-r1->e1-r2->p1-r3->s2");
    QTest::newRow("only LEADS_TO") << words("s1 s2 s3 c1:Character")
                                   << words("r1:s1>s2:RELATES_TO r2:s1>s3 r3:c1>s1:APPEARS_IN r4:s1>c1:TRIGGERS")
                                   << u"s1"_s << 10 << 100 << words("s1-r2->s3");
    QTest::newRow("only forwards") << words("s0 s1 s2") << words("r1:s0>s1 r2:s1>s2") << u"s1"_s << 10 << 100
                                   << words("s1-r2->s2");
    // Scenes on the way end a path each and the walk goes on past them.
    QTest::newRow("scenes on the way") << words("s1 s2 s3") << words("r1:s1>s2 r2:s2>s3") << u"s1"_s << 10 << 100
                                       << words("s1-r1->s2 s1-r1->s2-r2->s3");
    QTest::newRow("loop, no relationship twice")
            << words("s1 s2 s3") << words("r1:s1>s2 r2:s2>s1 r3:s2>s3") << u"s1"_s << 5 << 100
            << words("s1-r1->s2 s1-r1->s2-r2->s1 s1-r1->s2-r3->s3");
    // Nodes repeat, relationships do not: s1 is passed three times.
    QTest::newRow("figure of eight") << words("s1 s2 s3") << words("r1:s1>s2 r2:s2>s1 r3:s1>s3 r4:s3>s1") << u"s1"_s
                                     << 5 << 100
                                     << words("s1-r1->s2 s1-r3->s3 s1-r1->s2-r2->s1 s1-r3->s3-r4->s1 "
                                              "s1-r1->s2-r2->s1-r3->s3 s1-r3->s3-r4->s1-r1->s2 "
                                              "s1-r1->s2-r2->s1-r3->s3-r4->s1 s1-r3->s3-r4->s1-r1->s2-r2->s1");
    QTest::newRow("self-loop") << words("s1 s2") << words("r1:s1>s1 r2:s1>s2") << u"s1"_s << 10 << 100
                               << words("s1-r1->s1 s1-r2->s2 s1-r1->s1-r2->s2");
    QTest::newRow("self-loop on a Choice") << words("s1 q1:Choice s2") << words("r1:s1>q1 r2:q1>q1 r3:q1>s2") << u"s1"_s
                                           << 10 << 100 << words("s1-r1->q1-r3->s2 s1-r1->q1-r2->q1-r3->s2");
    QTest::newRow("maxDepth 1") << words("s1 s2 s3") << words("r1:s1>s2 r2:s2>s3") << u"s1"_s << 1 << 100
                                << words("s1-r1->s2");
    QTest::newRow("maxDepth cuts a Choice path") << words("s1 q1:Choice s2") << words("r1:s1>q1 r2:q1>s2") << u"s1"_s
                                                 << 1 << 100 << QStringList();
    QTest::newRow("maxDepth exactly the longest") << words("s1 s2 s3 s4") << words("r1:s1>s2 r2:s2>s3 r3:s3>s4")
                                                  << u"s1"_s << 3 << 100
                                                  << words("s1-r1->s2 s1-r1->s2-r2->s3 s1-r1->s2-r2->s3-r3->s4");
    QTest::newRow("maxDepth 100") << words("s1 s2") << words("r1:s1>s2 r2:s2>s1") << u"s1"_s << 100 << 100
                                  << words("s1-r1->s2 s1-r1->s2-r2->s1");
    QTest::newRow("limit 1") << words("s1 s2 s3") << words("r1:s1>s2 r2:s1>s3") << u"s1"_s << 10 << 1
                             << words("s1-r1->s2");
    QTest::newRow("limit inside a length") << words("s1 a b c") << words("r1:s1>a r2:s1>b r3:s1>c") << u"s1"_s << 10
                                           << 2 << words("s1-r1->a s1-r2->b");
    QTest::newRow("limit exactly the paths") << words("s1 s2 s3") << words("r1:s1>s2 r2:s2>s3") << u"s1"_s << 10 << 2
                                             << words("s1-r1->s2 s1-r1->s2-r2->s3");
    QTest::newRow("limit 10000") << words("s1 s2") << words("r1:s1>s2") << u"s1"_s << 10 << 10000
                                 << words("s1-r1->s2");
}

void tst_StoryFlow::paths()
{
    QFETCH(QStringList, nodes);
    QFETCH(QStringList, relationships);
    QFETCH(QString, start);
    QFETCH(int, maxDepth);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);

    Fixture f;
    const QString failed = setUp(f, nodes, relationships);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto result = storyFlow(*f.graph, utf8(start), FlowOptions{maxDepth, limit});
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(shown(*f.graph, *result), expected);
}

void tst_StoryFlow::errors_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<int>("limit");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown start") << u"x"_s << 10 << 100 << ErrorKind::NotFound << uR"(no node has id "x")"_s;
    QTest::newRow("removed start") << u"gone"_s << 10 << 100 << ErrorKind::NotFound << uR"(no node has id "gone")"_s;
    QTest::newRow("a Choice") << u"q1"_s << 10 << 100 << ErrorKind::BadInput << uR"(node "q1" is a Choice, not a Scene)"_s;
    QTest::newRow("a Character") << u"c1"_s << 10 << 100 << ErrorKind::BadInput
                                 << uR"(node "c1" is a Character, not a Scene)"_s;
    QTest::newRow("an Event") << u"e1"_s << 10 << 100 << ErrorKind::BadInput << uR"(node "e1" is an Event, not a Scene)"_s;
    QTest::newRow("a custom type") << u"p1"_s << 10 << 100 << ErrorKind::BadInput
                                   << uR"(node "p1" is a Place, not a Scene)"_s;
    QTest::newRow("maxDepth 0") << u"s1"_s << 0 << 100 << ErrorKind::BadInput << u"maxDepth must be between 1 and 100"_s;
    QTest::newRow("maxDepth -1") << u"s1"_s << -1 << 100 << ErrorKind::BadInput << u"maxDepth must be between 1 and 100"_s;
    QTest::newRow("maxDepth 101") << u"s1"_s << 101 << 100 << ErrorKind::BadInput << u"maxDepth must be between 1 and 100"_s;
    QTest::newRow("limit 0") << u"s1"_s << 10 << 0 << ErrorKind::BadInput << u"limit must be between 1 and 10000"_s;
    QTest::newRow("limit 10001") << u"s1"_s << 10 << 10001 << ErrorKind::BadInput << u"limit must be between 1 and 10000"_s;
}

void tst_StoryFlow::errors()
{
    QFETCH(QString, start);
    QFETCH(int, maxDepth);
    QFETCH(int, limit);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, message);

    Fixture f;
    const QString failed = setUp(f, words("s1 s2 q1:Choice c1:Character e1:Event p1:Place gone"),
                                 words("r1:s1>s2 r2:s1>q1"));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto removed = f.store->remove({"gone"});
    QVERIFY2(removed.ok(), qPrintable(removed.error().message));
    auto result = storyFlow(*f.graph, utf8(start), FlowOptions{maxDepth, limit});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, message);
    QCOMPARE(kindName(result.error().kind), kindName(kind));
}

// Every Choice of the cluster leads to every other, so the walks of ten steps
// are more than 59^8; the only one that ends at a Scene is the shortest path.
// Enumerating the walks would not finish: this passes only if the search
// refuses steps after which no Scene can be reached in the steps left.
void tst_StoryFlow::denseClusterIsNotEnumerated()
{
    Fixture f;
    const QString failed = setUpCluster(f, 60, 7);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(f.graph->edgeCount(), std::size_t(1 + 60 * 59 + 8));

    const QString chain = QStringLiteral("-x1->c1-x2->c2-x3->c3-x4->c4-x5->c5-x6->c6-x7->c7-x-goal->goal");
    const QString shortest = QStringLiteral("s0-r0->q01-k1-60->q60") + chain;
    auto result = storyFlow(*f.graph, "s0");
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(shown(*f.graph, *result), QStringList{shortest});

    // Two steps more: after the shortest path, the 11-step ones go round the
    // cluster once more (through q02, q03, … in id order); the limit stops it.
    result = storyFlow(*f.graph, "s0", FlowOptions{12, 5});
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QStringList expected{shortest};
    for (int i = 2; i <= 5; ++i)
        expected << QStringLiteral("s0-r0->q01-k1-%1->q0%1-k%1-60->q60").arg(i) + chain;
    QCOMPARE(shown(*f.graph, *result), expected);
}

// A start next to a cluster with no Scene at all: nothing to return, at the
// deepest depth and the highest limit, without walking the cluster.
void tst_StoryFlow::regionWithoutScenesIsCheap()
{
    Fixture f;
    const QString failed = setUpCluster(f, 60, 0);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto result = storyFlow(*f.graph, "s0", FlowOptions{100, 10000});
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(shown(*f.graph, *result), QStringList());
}

// The profiler sees the graph engine's questions like the store's queries.
void tst_StoryFlow::graphQuestionsAreTimed()
{
    ryuk::test::Fixture f;
    QCOMPARE(ryuk::test::setUp(f, words("s1 s2 s3"), words("r1:s1>s2 r2:s2>s3")), QString());
    QueryMetrics &metrics = QueryMetrics::global();
    metrics.setEnabled(true);
    metrics.reset();
    auto flows = storyFlow(*f.graph, "s1", {});
    QVERIFY(flows.ok());
    (void)validateStory(*f.graph);
    std::map<std::string, std::pair<quint64, qint64>> seen;
    for (const KindStats &k : metrics.session())
        seen[k.kind] = {k.count, k.rows};
    QCOMPARE(seen["flow"], (std::pair<quint64, qint64>(1, qint64(flows->paths.size()))));
    QCOMPARE(seen["validate"], (std::pair<quint64, qint64>(1, 3)));
}

QTEST_GUILESS_MAIN(tst_StoryFlow)
#include "tst_storyflow.moc"
