// Story validation: one story with one of each problem and its exact report,
// loops and self-loops, the choice of start scene, and the clean sample story.
#include "formats/samplestory.h"
#include "graph/storyvalidation.h"
#include "store/sqlitestorystore.h"

#include "storyfixture.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ryuk;
using namespace Qt::StringLiterals;

namespace {

using test::Fixture;
using test::setUp;
using test::str;
using test::utf8;

QString joined(const std::vector<std::string> &ids)
{
    QStringList out;
    for (const std::string &id : ids)
        out << str(id);
    return out.join(u' ');
}

// One line per list, so a failure shows which list differs and how.
QStringList show(const ValidationReport &report)
{
    QStringList loops, backwards;
    for (const auto &loop : report.loops)
        loops << u'[' + joined(loop) + u']';
    for (const auto &[a, b] : report.sequenceBackwards)
        backwards << u'[' + str(a) + u' ' + str(b) + u']';
    return {u"deadEnds: "_s + joined(report.deadEnds),
            u"unreachable: "_s + joined(report.unreachable),
            u"loops: "_s + loops.join(u' '),
            u"danglingChoices: "_s + joined(report.danglingChoices),
            u"absentCharacters: "_s + joined(report.absentCharacters),
            u"sequenceBackwards: "_s + backwards.join(u' '),
            u"starts: "_s + joined(report.starts),
            u"clean: "_s + (report.clean() ? u"yes"_s : u"no"_s)};
}

} // namespace

class tst_StoryValidation : public QObject
{
    Q_OBJECT

private slots:
    void report_data();
    void report();
    void startSelection_data();
    void startSelection();
    void followsEdits();
    void sampleStoryIsClean();
};

void tst_StoryValidation::report_data()
{
    QTest::addColumn<QString>("nodes");
    QTest::addColumn<QString>("relationships");
    QTest::addColumn<QStringList>("expected");

    // s1 starts; s2 branches to a dead end (s4), back in its chapter (s7) and
    // into a loop (s5, s6, across chapters); s9 is an ending nobody reaches;
    // q1 is a Choice that leads nowhere; c2 appears only in a Choice.
    QTest::newRow("one of each")
            << uR"(s1{"chapter":1,"sequence":1,"start":true} s2{"chapter":1,"sequence":2}
                   s3{"chapter":1,"sequence":3,"ending":true} s4{"chapter":1,"sequence":4}
                   s5{"chapter":2,"sequence":1} s6{"chapter":3,"sequence":1}
                   s7{"chapter":1,"sequence":1,"ending":true} s9{"chapter":4,"sequence":1,"ending":true}
                   q1:Choice q2:Choice c1:Character c2:Character e1:Event)"_s
            << u"r1:s1>s2 r2:s1>q1 r3:s1>q2 r4:q2>s3 r5:s2>s4 r6:s2>s7 r7:s2>s5 r8:s5>s6 r9:s6>s5 r10:s6>s3 "
               "a1:c1>s1:APPEARS_IN a2:c2>q2:APPEARS_IN t1:e1>s2:TRIGGERS"_s
            << QStringList{u"deadEnds: s4"_s,         u"unreachable: s9"_s,    u"loops: [s5 s6]"_s,
                           u"danglingChoices: q1"_s,  u"absentCharacters: c2"_s,
                           u"sequenceBackwards: [s2 s7]"_s, u"starts: s1"_s,   u"clean: no"_s};
    QTest::newRow("empty story") << QString() << QString()
                                 << QStringList{u"deadEnds: "_s,         u"unreachable: "_s,
                                                u"loops: "_s,            u"danglingChoices: "_s,
                                                u"absentCharacters: "_s, u"sequenceBackwards: "_s,
                                                u"starts: "_s,           u"clean: yes"_s};
    // A LEADS_TO to anything counts as a way on; an ending needs none.
    QTest::newRow("dead ends") << uR"(s1 s2 s3{"ending":true} s4 s5 e1:Event)"_s
                               << u"r1:s1>s2 r2:s1>s3 r3:s1>s4 r4:s4>e1 r5:s1>s5 r6:s5>s1:RELATES_TO"_s
                               << QStringList{u"deadEnds: s2 s5"_s,      u"unreachable: "_s,
                                              u"loops: "_s,              u"danglingChoices: "_s,
                                              u"absentCharacters: "_s,   u"sequenceBackwards: "_s,
                                              u"starts: s1"_s,           u"clean: no"_s};
    // Reached through Choices and Events, not over other relationship types
    // nor against the direction; several marked starts all count.
    QTest::newRow("reachability")
            << uR"(a{"start":true,"ending":true} b{"start":true} s1{"ending":true} s2{"ending":true} s3{"ending":true} s4{"ending":true} s5{"ending":true} q1:Choice e1:Event)"_s
            << u"r1:b>q1 r2:q1>e1 r3:e1>s1 r4:b>s2:RELATES_TO r5:s3>a r6:s4>s5 r7:s5>s4"_s
            << QStringList{u"deadEnds: "_s,        u"unreachable: s2 s3 s4 s5"_s,
                           u"loops: [s4 s5]"_s,    u"danglingChoices: "_s,
                           u"absentCharacters: "_s, u"sequenceBackwards: "_s,
                           u"starts: a b"_s,       u"clean: no"_s};
    // Components of more than one node (through any node type), self-loops
    // as one-node loops, a self-loop inside a larger loop reported once with it,
    // parallel self-loops once, loops sorted by their first id.
    QTest::newRow("loops")
            << uR"(s1{"start":true} s2 s3 s4 s5 s6 s7 s8{"ending":true} q1:Choice z1 z2)"_s
            << u"r1:s1>s2 r2:s2>s3 r3:s3>s2 r4:s3>s3 r5:s3>s4 r6:s4>s4 r7:s4>s4 r8:s4>s5 r9:s5>q1 r10:q1>s6 "
               "r11:s6>s5 r12:s6>s7 r13:s7>s8 r14:s1>z2 r15:z2>z1 r16:z1>z2 r17:z1>s8"_s
            << QStringList{u"deadEnds: "_s,         u"unreachable: "_s,
                           u"loops: [q1 s5 s6] [s2 s3] [s4] [z1 z2]"_s, u"danglingChoices: "_s,
                           u"absentCharacters: "_s, u"sequenceBackwards: "_s,
                           u"starts: s1"_s,         u"clean: no"_s};
    // Only APPEARS_IN from the Character to a Scene counts.
    QTest::newRow("absent characters")
            << uR"(s1{"ending":true} q1:Choice c1:Character c2:Character c3:Character c4:Character c5:Character)"_s
            << u"r1:s1>q1 r2:q1>s1 a1:c1>s1:APPEARS_IN a2:c2>q1:APPEARS_IN a3:c3>s1:RELATES_TO a4:s1>c4:APPEARS_IN "
               "a5:c5>c1:APPEARS_IN"_s
            << QStringList{u"deadEnds: "_s,      u"unreachable: "_s,
                           u"loops: [q1 s1]"_s,  u"danglingChoices: "_s,
                           u"absentCharacters: c2 c3 c4 c5"_s, u"sequenceBackwards: "_s,
                           u"starts: s1"_s,      u"clean: no"_s};
    // Same chapter and the sequence goes down; equal sequences, other chapters,
    // a missing field or a Choice between do not count; parallel edges once.
    QTest::newRow("sequence backwards")
            << uR"(a{"chapter":1,"sequence":5,"start":true,"ending":true} b{"chapter":1,"sequence":3,"ending":true}
                   c{"chapter":1,"sequence":5,"ending":true} d{"chapter":2,"sequence":1,"ending":true}
                   e{"chapter":1,"ending":true} f{"sequence":1,"ending":true} g{"chapter":1,"sequence":-7,"ending":true}
                   q1:Choice)"_s
            << u"r1:a>b r2:a>b r3:a>c r4:a>d r5:a>e r6:a>f r7:a>q1 r8:q1>g r9:c>g r10:d>a"_s
            << QStringList{u"deadEnds: "_s,           u"unreachable: "_s,
                           u"loops: [a d]"_s,         u"danglingChoices: "_s,
                           u"absentCharacters: "_s,   u"sequenceBackwards: [a b] [c g]"_s,
                           u"starts: a"_s,            u"clean: no"_s};
}

void tst_StoryValidation::report()
{
    QFETCH(QString, nodes);
    QFETCH(QString, relationships);
    QFETCH(QStringList, expected);

    Fixture f;
    const QString failed = setUp(f, nodes.simplified(), relationships);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(show(validateStory(*f.graph)), expected);
}

void tst_StoryValidation::startSelection_data()
{
    QTest::addColumn<QString>("nodes");
    QTest::addColumn<QString>("starts");
    QTest::addColumn<QString>("unreachable");

    // No LEADS_TO at all: every Scene but the start is unreachable.
    QTest::newRow("lowest chapter") << uR"(a{"chapter":2,"sequence":1} b{"chapter":1,"sequence":9})"_s << u"b"_s
                                    << u"a"_s;
    QTest::newRow("then lowest sequence") << uR"(a{"chapter":1,"sequence":2} b{"chapter":1,"sequence":1})"_s
                                          << u"b"_s << u"a"_s;
    QTest::newRow("then smallest id") << uR"(b{"chapter":1,"sequence":1} a{"chapter":1,"sequence":1})"_s << u"a"_s
                                      << u"b"_s;
    QTest::newRow("id in byte order") << uR"(a{"chapter":1,"sequence":1} B{"chapter":1,"sequence":1})"_s << u"B"_s
                                      << u"a"_s;
    QTest::newRow("negative chapter") << uR"(a{"chapter":0,"sequence":1} b{"chapter":-1,"sequence":5})"_s << u"b"_s
                                      << u"a"_s;
    QTest::newRow("no chapter sorts last") << uR"(a{"sequence":0} b{"chapter":9,"sequence":9})"_s << u"b"_s
                                           << u"a"_s;
    QTest::newRow("no sequence sorts last") << uR"(a{"chapter":1} b{"chapter":1,"sequence":99})"_s << u"b"_s
                                            << u"a"_s;
    QTest::newRow("no chapter, sequence decides") << uR"(a b{"sequence":3})"_s << u"b"_s << u"a"_s;
    QTest::newRow("no fields: smallest id") << u"s2 s10 s3"_s << u"s10"_s << u"s2 s3"_s;
    QTest::newRow("only Scenes") << uR"(a:Choice{"chapter":0} c:Character b{"chapter":5})"_s << u"b"_s << QString();
    QTest::newRow("marked start wins") << uR"(a{"chapter":1,"sequence":1} b{"chapter":9,"start":true})"_s << u"b"_s
                                       << u"a"_s;
    QTest::newRow("several marked") << uR"(a{"start":true} b c{"start":true})"_s << u"a c"_s << u"b"_s;
    QTest::newRow("start false is no mark") << uR"(a{"chapter":2,"start":false} b{"chapter":1,"start":"yes"})"_s
                                            << u"b"_s << u"a"_s;
    QTest::newRow("no Scenes") << u"q1:Choice"_s << QString() << QString();
}

void tst_StoryValidation::startSelection()
{
    QFETCH(QString, nodes);
    QFETCH(QString, starts);
    QFETCH(QString, unreachable);

    Fixture f;
    const QString failed = setUp(f, nodes, QString());
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const ValidationReport report = validateStory(*f.graph);
    QCOMPARE(joined(report.starts), starts);
    QCOMPARE(joined(report.unreachable), unreachable);
}

// The report reads the graph as it is now: edits through the store show up.
void tst_StoryValidation::followsEdits()
{
    Fixture f;
    const QString failed = setUp(f, uR"(s1{"start":true} s2 s3{"ending":true})"_s, u"r1:s1>s2"_s);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(joined(validateStory(*f.graph).deadEnds), u"s2"_s);
    QCOMPARE(joined(validateStory(*f.graph).unreachable), u"s3"_s);

    QVERIFY(f.store->addRelationship({"r2", "LEADS_TO", "s2", "s3", "{}"}).ok());
    ValidationReport report = validateStory(*f.graph);
    QVERIFY2(report.clean(), qPrintable(show(report).join(u'\n')));

    QVERIFY(f.store->setProperties("s3", {{"ending", std::nullopt}}).ok());
    QCOMPARE(joined(validateStory(*f.graph).deadEnds), u"s3"_s);
    QVERIFY(f.store->addRelationship({"r3", "LEADS_TO", "s3", "s2", "{}"}).ok());
    report = validateStory(*f.graph);
    QCOMPARE(show(report).at(2), u"loops: [s2 s3]"_s);
    QVERIFY(f.store->remove({"s2"}).ok());
    report = validateStory(*f.graph);
    QCOMPARE(show(report), (QStringList{u"deadEnds: s1 s3"_s, u"unreachable: s3"_s, u"loops: "_s,
                                        u"danglingChoices: "_s, u"absentCharacters: "_s,
                                        u"sequenceBackwards: "_s, u"starts: s1"_s, u"clean: no"_s}));
}

void tst_StoryValidation::sampleStoryIsClean()
{
    QTemporaryDir dir;
    auto store = openStory(dir.filePath(u"sample.ryuk"_s), OpenMode::CreateNew);
    QVERIFY2(store.ok(), qPrintable(store.error().message));
    const Status loaded = loadSampleStory(**store);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    auto graph = StoryGraph::build(**store);
    QVERIFY2(graph.ok(), qPrintable(graph.error().message));
    const ValidationReport report = validateStory(**graph);
    QVERIFY2(report.clean(), qPrintable(show(report).join(u'\n')));
    QCOMPARE(joined(report.starts), u"s01"_s);
}

QTEST_GUILESS_MAIN(tst_StoryValidation)
#include "tst_storyvalidation.moc"
