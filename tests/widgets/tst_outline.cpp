// Tests of the Outline dock and its model: groups and counts, lazy filling,
// selection both ways, following edits without a rebuild, the filter.
#include "docks/outlinedock.h"
#include "docks/outlinemodel.h"
#include "docks/problemsdock.h"
#include "docktestsupport.h"
#include "graph/storyflow.h"
#include "graph/storyvalidation.h"
#include "play/storywalk.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace ryuk;
using namespace ryuk::test;

namespace {

QStringList childTexts(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(parent); ++row)
        texts.append(model.index(row, 0, parent).data().toString());
    return texts;
}

QModelIndex chapter(const QAbstractItemModel &model, int row)
{
    return model.index(row, 0, model.index(0, 0));
}

} // namespace

class TestOutline : public QObject
{
    Q_OBJECT

private slots:
    void measure();
    void renders();
    void groupsAndCounts();
    void selectionBothWays();
    void followsEdits();
    void filter();
    void largeStoryIsLazy();
};

void TestOutline::groupsAndCounts()
{
    DocumentFixture f;
    RYUK_OPEN(openSample(f));
    // No QAbstractItemModelTester here: it fetches every group as it checks,
    // and this test is about what is not fetched.
    OutlineModel model;
    model.setDocument(f.document.get());
    QCOMPARE(childTexts(model),
             QStringList({QStringLiteral("Scene (36)"), QStringLiteral("Character (6)"), QStringLiteral("Choice (6)"),
                          QStringLiteral("Event (5)")}));
    QCOMPARE(model.nodeCount(), 53);
    const QModelIndex scenes = model.index(0, 0);
    QCOMPARE(childTexts(model, scenes),
             QStringList({QStringLiteral("Chapter 1 (9)"), QStringLiteral("Chapter 2 (7)"),
                          QStringLiteral("Chapter 3 (11)"), QStringLiteral("Chapter 4 (9)")}));

    // Nothing below a group until it is asked for.
    const QModelIndex one = chapter(model, 0);
    QVERIFY(model.hasChildren(one));
    QCOMPARE(model.rowCount(one), 0);
    QVERIFY(model.canFetchMore(one));
    model.fetchMore(one);
    QVERIFY(!model.canFetchMore(one));
    QCOMPARE(model.rowCount(one), 9);
    QCOMPARE(model.index(0, 0, one).data().toString(), QStringLiteral("1. Night Route Over Kagaribi"));
    QCOMPARE(model.index(8, 0, one).data().toString(), QStringLiteral("9. The Postmaster's Silence"));
    QCOMPARE(model.index(8, OutlineModel::IdColumn, one).data().toString(), QStringLiteral("s09"));
    QCOMPARE(model.vertexAt(model.index(2, 0, one)), f.vertex("s03"));

    const QModelIndex characters = model.index(1, 0);
    model.fetchMore(characters);
    QCOMPARE(childTexts(model, characters),
             QStringList({QStringLiteral("Jun Hayashida"), QStringLiteral("Mina Kurose"),
                          QStringLiteral("Osamu Tachibana"), QStringLiteral("Ren Sakaki"), QStringLiteral("Tae Ogura"),
                          QStringLiteral("Yuzuha Amane")}));
}

void TestOutline::selectionBothWays()
{
    DocumentFixture f;
    RYUK_OPEN(openSample(f));
    OutlineDock dock;
    dock.setDocument(f.document.get());
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    OutlineModel *model = dock.model();
    QTreeView *view = dock.view();
    view->expand(model->index(0, 0));
    view->expand(chapter(*model, 1)); // the view fetches chapter 2
    const QModelIndex two = chapter(*model, 1);
    QCOMPARE(model->rowCount(two), 7);

    QSignalSpy focus(f.document.get(), &StoryDocument::focusRequested);
    view->selectionModel()->select(model->index(2, 0, two),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(f.document->selection(), (ElementSet{{f.vertex("s12")}, {}}));
    QCOMPARE(focus.count(), 1);
    QCOMPARE(focus.first().first().value<std::vector<VertexIndex>>(), std::vector<VertexIndex>{f.vertex("s12")});

    // The document's selection shows in the loaded groups.
    f.document->setSelection({{f.vertex("s10"), f.vertex("s16"), f.vertex("s01")}, {}});
    QModelIndexList rows = view->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 2); // s01's chapter is not loaded
    std::sort(rows.begin(), rows.end());
    QCOMPARE(model->vertexAt(rows[0]), f.vertex("s10"));
    QCOMPARE(model->vertexAt(rows[1]), f.vertex("s16"));
    QCOMPARE(focus.count(), 1); // reflecting is not asking for focus
    // Once chapter 1 is expanded, s01 shows selected too.
    view->expand(chapter(*model, 0));
    QTRY_COMPARE(view->selectionModel()->selectedRows().size(), 3);
    QCOMPARE(f.document->selection().nodes.size(), 3u);
}

void TestOutline::followsEdits()
{
    DocumentFixture f;
    RYUK_OPEN(openSample(f));
    OutlineDock dock;
    dock.setDocument(f.document.get());
    OutlineModel *model = dock.model();
    // The tester fetches every group as it starts, then checks each change.
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(chapter(*model, 3)), 9);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);

    // A rename changes one row in place.
    RYUK_VERIFY_OK(f.document->setProperties("s30", {{"title", "\"The Director Arrives\""}}));
    QCOMPARE(model->index(2, 0, chapter(*model, 3)).data().toString(), QStringLiteral("3. The Director Arrives"));
    // A new sequence moves the row.
    RYUK_VERIFY_OK(f.document->setProperties("s28", {{"sequence", "20"}}));
    QCOMPARE(model->index(8, 0, chapter(*model, 3)).data().toString(), QStringLiteral("20. The New Moon Tide"));
    QCOMPARE(model->index(0, 0, chapter(*model, 3)).data().toString(), QStringLiteral("2. Stairs of Frozen Glass"));
    // A new chapter makes a new group.
    RYUK_VERIFY_OK(f.document->setProperties("s28", {{"chapter", "5"}}));
    QCOMPARE(childTexts(*model, model->index(0, 0)),
             QStringList({QStringLiteral("Chapter 1 (9)"), QStringLiteral("Chapter 2 (7)"),
                          QStringLiteral("Chapter 3 (11)"), QStringLiteral("Chapter 4 (8)"),
                          QStringLiteral("Chapter 5 (1)")}));
    // Removing a node removes its row; removing the last of a group removes the group.
    RYUK_VERIFY_OK(f.document->removeElements({"s28", "q02"}));
    QCOMPARE(childTexts(*model),
             QStringList({QStringLiteral("Scene (35)"), QStringLiteral("Character (6)"), QStringLiteral("Choice (5)"),
                          QStringLiteral("Event (5)")}));
    QCOMPARE(childTexts(*model, model->index(0, 0)).size(), 4);
    QCOMPARE(model->rowCount(model->index(2, 0)), 5);
    // A new node of a new type.
    RYUK_VERIFY_OK(f.document->addNode("Location", QPointF(10, 10)));
    QCOMPARE(childTexts(*model).last(), QStringLiteral("Location (1)"));
    // Undo everything: back where it started, and still no rebuild.
    while (f.document->undoStack()->canUndo())
        f.document->undoStack()->undo();
    QCOMPARE(childTexts(*model),
             QStringList({QStringLiteral("Scene (36)"), QStringLiteral("Character (6)"), QStringLiteral("Choice (6)"),
                          QStringLiteral("Event (5)")}));
    QCOMPARE(model->index(0, 0, chapter(*model, 3)).data().toString(), QStringLiteral("1. The New Moon Tide"));
    QCOMPARE(model->index(2, 0, chapter(*model, 3)).data().toString(), QStringLiteral("3. The Director Climbs"));
    QCOMPARE(resets.count(), 0);
}

void TestOutline::filter()
{
    DocumentFixture f;
    RYUK_OPEN(openSample(f));
    OutlineDock dock;
    dock.setDocument(f.document.get());
    dock.filterEdit()->setText(QStringLiteral("lantern"));
    OutlineModel *model = dock.model();
    QTRY_COMPARE(model->filter(), QStringLiteral("lantern"));
    // Titles and ids, any case: s03, s19 and the Choice q04 and q06.
    QCOMPARE(childTexts(*model), QStringList({QStringLiteral("Scene (2)"), QStringLiteral("Choice (2)")}));
    dock.filterEdit()->setText(QStringLiteral("c-"));
    QTRY_COMPARE(childTexts(*model), QStringList({QStringLiteral("Character (6)")}));
    dock.filterEdit()->clear();
    QTRY_COMPARE(model->nodeCount(), 53);
}

void TestOutline::largeStoryIsLazy()
{
    DocumentFixture f;
    RYUK_OPEN(openGenerated(f, 5000));
    OutlineModel model;
    model.setDocument(f.document.get());
    QCOMPARE(model.nodeCount(), qint64(f.document->graph().vertexCount()));
    const QModelIndex characters = model.index(1, 0);
    QVERIFY(model.data(characters).toString().startsWith(QStringLiteral("Character (")));
    const qint64 count = model.data(characters, OutlineModel::CountRole).toLongLong();
    QCOMPARE(model.rowCount(characters), 0);
    // A page at a time.
    const QModelIndex choices = model.index(2, 0);
    const qint64 choiceCount = model.data(choices, OutlineModel::CountRole).toLongLong();
    QVERIFY2(choiceCount > OutlineModel::PageSize, qPrintable(QString::number(choiceCount)));
    model.fetchMore(choices);
    QCOMPARE(model.rowCount(choices), OutlineModel::PageSize);
    QVERIFY(model.canFetchMore(choices));
    while (model.canFetchMore(choices))
        model.fetchMore(choices);
    QCOMPARE(model.rowCount(choices), int(choiceCount));
    QVERIFY(count > 0);
}

void TestOutline::renders()
{
    DocumentFixture f;
    RYUK_OPEN(openSample(f));
    OutlineDock dock;
    dock.setDocument(f.document.get());
    dock.resize(340, 520);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    dock.view()->expand(dock.model()->index(0, 0));
    dock.view()->expand(chapter(*dock.model(), 1));
    dock.view()->expand(dock.model()->index(1, 0));
    f.document->setSelection({{f.vertex("s12")}, {}});
    QVERIFY(!screenshot(&dock, QStringLiteral("outline")).isNull());
}

// Not a test: figures for docs/architecture.md, printed when
// RYUK_MEASURE_SCENES is set (e.g. 100000). Timings are never asserted.
void TestOutline::measure()
{
    const qint64 scenes = qEnvironmentVariableIntValue("RYUK_MEASURE_SCENES");
    if (scenes <= 0)
        QSKIP("set RYUK_MEASURE_SCENES to measure");
    DocumentFixture f;
    RYUK_OPEN(openGenerated(f, scenes));
    const StoryGraph &graph = f.document->graph();
    QElapsedTimer timer;
    OutlineDock dock;
    timer.start();
    dock.setDocument(f.document.get());
    const qint64 build = timer.nsecsElapsed();
    timer.restart();
    dock.model()->fetchMore(chapter(*dock.model(), 0));
    const qint64 fetch = timer.nsecsElapsed();
    timer.restart();
    const ValidationReport report = validateStory(graph);
    const qint64 validate = timer.nsecsElapsed();
    timer.restart();
    const auto problems = ProblemsDock::problemsOf(report, graph);
    const qint64 word = timer.nsecsElapsed();
    timer.restart();
    RYUK_VERIFY_OK(f.document->setProperties(
            graph.vertex(dock.model()->vertexAt(dock.model()->index(0, 0, chapter(*dock.model(), 0)))).id,
            {{"title", "\"Renamed\""}}));
    const qint64 edit = timer.nsecsElapsed();
    timer.restart();
    const VertexIndex start = StoryWalk::startScene(graph);
    auto flows = storyFlow(graph, graph.vertex(start).id, FlowOptions{10, 100});
    QVERIFY(flows.ok());
    const qint64 flow = timer.nsecsElapsed();
    timer.restart();
    auto deep = storyFlow(graph, graph.vertex(start).id, FlowOptions{100, 10000});
    QVERIFY(deep.ok());
    const qint64 deepFlow = timer.nsecsElapsed();
    qInfo("storyFlow from the start: %zu flows (depth 10, limit 100) in %.1f ms; %zu flows (depth 100, limit 10000) "
          "in %.1f ms",
          flows->paths.size(), flow / 1e6, deep->paths.size(), deepFlow / 1e6);
    qInfo("%lld scenes, %zu nodes: outline counts %.1f ms, first chapter fetch %.1f ms, validateStory %.1f ms, "
          "%zu problems worded in %.1f ms, one title edit through document and outline %.1f ms",
          scenes, graph.vertexCount(), build / 1e6, fetch / 1e6, validate / 1e6, problems.size(), word / 1e6,
          edit / 1e6);
}

QTEST_MAIN(TestOutline)
#include "tst_outline.moc"
