// Tests of the Problems dock: each kind of problem worded and listed, live
// after edits, counts in the title, and a click selecting the nodes.
#include "docks/problemsdock.h"
#include "docktestsupport.h"

#include "graph/storyvalidation.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace ryuk;
using namespace ryuk::test;

namespace {

QStringList rows(const ProblemListModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ProblemListModel::ColumnCount; ++column)
            cells.append(model.index(row, column).data().toString());
        texts.append(cells.join(QStringLiteral(" | ")));
    }
    return texts;
}

} // namespace

class TestProblems : public QObject
{
    Q_OBJECT

private slots:
    void renders();
    void sampleIsClean();
    void everyKind();
    void liveAfterEdits();
    void clickSelects();
};

void TestProblems::sampleIsClean()
{
    DocumentFixture f;
    RYUK_OPEN(openSample(f));
    ProblemsDock dock;
    QCOMPARE(dock.statusLabel()->text(), QStringLiteral("No story open."));
    dock.setDocument(f.document.get());
    QCOMPARE(dock.model()->rowCount(), 0);
    QCOMPARE(dock.statusLabel()->text(), QStringLiteral("No problems"));
    QCOMPARE(dock.windowTitle(), QStringLiteral("Problems"));
    QCOMPARE(dock.objectName(), QStringLiteral("problemsDock"));
    QCOMPARE(dock.findChild<QStackedWidget *>()->currentWidget()->objectName(), QStringLiteral("problemsClean"));
}

void TestProblems::everyKind()
{
    DocumentFixture f;
    // a starts; b is a dead end; c and d loop and cannot be reached; q dangles;
    // x appears nowhere; e → f goes back in sequence.
    RYUK_OPEN(openSpec(f,
                       QStringLiteral("a{\"title\":\"Start\",\"start\":true,\"chapter\":1,\"sequence\":1} "
                                      "b{\"title\":\"Stuck\",\"chapter\":1,\"sequence\":2} c d "
                                      "e{\"chapter\":2,\"sequence\":5,\"ending\":true} "
                                      "g{\"chapter\":2,\"sequence\":3,\"ending\":true} "
                                      "q:Choice{\"text\":\"Hesitate\"} x:Character{\"name\":\"Ghost\"}"),
                       QStringLiteral("r1:a>b r2:c>d r3:d>c r4:a>q r5:a>e r6:e>g")));
    ProblemsDock dock;
    dock.setDocument(f.document.get());
    QCOMPARE(rows(*dock.model()),
             QStringList({
                     QStringLiteral("Dead end | “Stuck” leads nowhere and is not marked as an ending. | b"),
                     QStringLiteral("Unreachable | c cannot be reached from the start. | c"),
                     QStringLiteral("Unreachable | d cannot be reached from the start. | d"),
                     QStringLiteral("Loop | 2 nodes lead back to one another, starting with c. | c, d"),
                     QStringLiteral("Dangling choice | The choice “Hesitate” leads nowhere. | q"),
                     QStringLiteral("Absent character | “Ghost” appears in no scene. | x"),
                     QStringLiteral(
                             "Sequence goes back | e leads to g, which comes earlier in the same chapter. | e, g"),
             }));
    QCOMPARE(dock.statusLabel()->text(), QStringLiteral("7 problems"));
    QCOMPARE(dock.windowTitle(), QStringLiteral("Problems (7)"));
    QCOMPARE(dock.findChild<QStackedWidget *>()->currentWidget(), dock.view());
    QVERIFY(!dock.model()->index(0, 0).data(Qt::DecorationRole).isNull());
}

void TestProblems::liveAfterEdits()
{
    DocumentFixture f;
    RYUK_OPEN(openSample(f));
    ProblemsDock dock;
    dock.setDocument(f.document.get());
    RYUK_VERIFY_OK(f.document->setProperties("s32", {{"ending", std::nullopt}}));
    // Not at once: the check waits for the edits to pause.
    QCOMPARE(dock.model()->rowCount(), 0);
    QTRY_COMPARE(dock.model()->rowCount(), 1);
    QCOMPARE(rows(*dock.model()),
             QStringList({QStringLiteral(
                     "Dead end | “Every Window Lit” leads nowhere and is not marked as an ending. | s32")}));
    QCOMPARE(dock.windowTitle(), QStringLiteral("Problems (1)"));
    QCOMPARE(dock.statusLabel()->text(), QStringLiteral("1 problem"));

    f.document->undoStack()->undo();
    QTRY_COMPARE(dock.model()->rowCount(), 0);
    QCOMPARE(dock.windowTitle(), QStringLiteral("Problems"));
    QCOMPARE(dock.statusLabel()->text(), QStringLiteral("No problems"));

    // Moves are not worth a check.
    RYUK_VERIFY_OK(f.document->setProperties("s10", {{"title", "\"X\""}}));
    RYUK_VERIFY_OK(f.document->removeElements({"r040"})); // s31 → s32
    QTRY_COMPARE(dock.model()->rowCount(), 2);
    QCOMPARE(rows(*dock.model()),
             QStringList(
                     {QStringLiteral(
                              "Dead end | “Every Voice Carries” leads nowhere and is not marked as an ending. | s31"),
                      QStringLiteral("Unreachable | “Every Window Lit” cannot be reached from the start. | s32")}));
}

void TestProblems::clickSelects()
{
    DocumentFixture f;
    RYUK_OPEN(openSpec(f, QStringLiteral("a{\"start\":true} b c d"), QStringLiteral("r1:a>b r2:c>d r3:d>c r4:b>a")));
    ProblemsDock dock;
    dock.setDocument(f.document.get());
    dock.resize(600, 300);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    // Unreachable c, d; loops {a, b} and {c, d}.
    QCOMPARE(dock.model()->rowCount(), 4);
    QSignalSpy focus(f.document.get(), &StoryDocument::focusRequested);
    QTreeView *view = dock.view();
    const QModelIndex loop = dock.model()->index(3, 1);
    QCOMPARE(loop.data().toString(), QStringLiteral("2 nodes lead back to one another, starting with c."));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(loop).center());
    const std::vector<VertexIndex> expected = {f.vertex("c"), f.vertex("d")};
    QCOMPARE(f.document->selection(), (ElementSet{expected, {}}));
    QCOMPARE(focus.count(), 1);
    QCOMPARE(focus.first().first().value<std::vector<VertexIndex>>(), expected);
}

void TestProblems::renders()
{
    DocumentFixture f;
    RYUK_OPEN(openSpec(f,
                       QStringLiteral("a{\"title\":\"Start\",\"start\":true,\"chapter\":1,\"sequence\":1} "
                                      "b{\"title\":\"Stuck\",\"chapter\":1,\"sequence\":2} c d "
                                      "q:Choice{\"text\":\"Hesitate\"} x:Character{\"name\":\"Ghost\"}"),
                       QStringLiteral("r1:a>b r2:c>d r3:d>c r4:a>q")));
    ProblemsDock dock;
    dock.setDocument(f.document.get());
    dock.resize(640, 260);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QVERIFY(!screenshot(&dock, QStringLiteral("problems")).isNull());
    DocumentFixture clean;
    RYUK_OPEN(openSample(clean));
    dock.setDocument(clean.document.get());
    QVERIFY(!screenshot(&dock, QStringLiteral("problems-clean")).isNull());
    dock.setDocument(nullptr);
}

QTEST_MAIN(TestProblems)
#include "tst_problems.moc"
