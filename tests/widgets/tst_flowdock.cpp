// Tests of the Story Flow dock: the default start, the listed flows, the
// highlight of a picked flow, options and errors.
#include "docks/flowdock.h"
#include "docktestsupport.h"

#include <QCompleter>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QUndoStack>
#include <QtTest>

using namespace ryuk;
using namespace ryuk::test;

namespace {

QStringList items(const QListWidget *list, bool ids = false)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts.append(ids ? list->item(row)->data(FlowDock::IdsRole).toString() : list->item(row)->text());
    return texts;
}

} // namespace

class TestFlowDock : public QObject
{
    Q_OBJECT

private slots:
    void renders();
    void flowsFromTheStart();
    void fromTheSelectedScene();
    void errorsAndLimits();
};

void TestFlowDock::flowsFromTheStart()
{
    DocumentFixture f;
    RYUK_OPEN(openSample(f));
    FlowDock dock;
    dock.setDocument(f.document.get());
    QCOMPARE(dock.objectName(), QStringLiteral("flowDock"));
    QCOMPARE(dock.defaultStart(), QStringLiteral("s01"));
    QCOMPARE(dock.startEdit()->placeholderText(), QStringLiteral("s01"));
    dock.depthSpin()->setValue(3);
    dock.run();
    QCOMPARE(items(dock.list()),
             QStringList(
                     {QStringLiteral("Night Route Over Kagaribi → The Edict of Registered Flames"),
                      QStringLiteral(
                              "Night Route Over Kagaribi → The Edict of Registered Flames → A Lantern Burning Black"),
                      QStringLiteral(
                              "Night Route Over Kagaribi → The Edict of Registered Flames → A Lantern Burning Black "
                              "→ The Pickpocket on the Ridge Tiles")}));
    QCOMPARE(items(dock.list(), true).last(), QStringLiteral("s01 → s02 → s03 → s04"));
    QCOMPARE(dock.statusLabel()->text(), QStringLiteral("3 flows from “Night Route Over Kagaribi”, shortest first."));

    QSignalSpy focus(f.document.get(), &StoryDocument::focusRequested);
    dock.list()->setCurrentRow(1);
    const ElementSet expected{{f.vertex("s01"), f.vertex("s02"), f.vertex("s03")}, {f.edge("r001"), f.edge("r002")}};
    QCOMPARE(f.document->highlight(), expected);
    QCOMPARE(focus.count(), 1);
    QCOMPARE(focus.first().first().value<std::vector<VertexIndex>>(), expected.nodes);
    QCOMPARE(f.document->undoStack()->count(), 0);

    // An edit lists the flows again, with the same row picked.
    RYUK_VERIFY_OK(f.document->setProperties("s02", {{"title", "\"Edict\""}}));
    QTRY_COMPARE(items(dock.list()).first(), QStringLiteral("Night Route Over Kagaribi → Edict"));
    QCOMPARE(dock.list()->currentRow(), 1);

    dock.findChild<QPushButton *>(QStringLiteral("flowClear"))->click();
    QCOMPARE(dock.list()->count(), 0);
    QVERIFY(f.document->highlight().empty());
}

void TestFlowDock::fromTheSelectedScene()
{
    DocumentFixture f;
    RYUK_OPEN(openSample(f));
    FlowDock dock;
    dock.setDocument(f.document.get());
    f.document->setSelection({{f.vertex("s04")}, {}});
    QCOMPARE(dock.startEdit()->placeholderText(), QStringLiteral("s04"));
    dock.depthSpin()->setValue(2);
    dock.run();
    QCOMPARE(items(dock.list(), true),
             QStringList({QStringLiteral("s04 → q01 → s05"), QStringLiteral("s04 → q02 → s07")}));
    QCOMPARE(
            items(dock.list()).last(),
            QStringLiteral("The Pickpocket on the Ridge Tiles → Leap the rooftops toward the Bureau's own clocktower → "
                           "Bells Under the Clocktower"));
    // A Character is no start: the story's start is.
    f.document->setSelection({{f.vertex("c-mina")}, {}});
    QCOMPARE(dock.defaultStart(), QStringLiteral("s01"));
    // Completion offers the scene ids, gathered when the field is entered.
    QFocusEvent focusIn(QEvent::FocusIn);
    QApplication::sendEvent(dock.startEdit(), &focusIn);
    const QAbstractItemModel *completions = dock.startEdit()->completer()->model();
    QCOMPARE(completions->rowCount(), 36);
    QCOMPARE(completions->index(0, 0).data().toString(), QStringLiteral("s01"));
    QCOMPARE(completions->index(35, 0).data().toString(), QStringLiteral("s36"));
    // A typed start wins.
    dock.startEdit()->setText(QStringLiteral("s35"));
    dock.run();
    QCOMPARE(items(dock.list(), true), QStringList({QStringLiteral("s35 → s36")}));
}

void TestFlowDock::errorsAndLimits()
{
    DocumentFixture f;
    RYUK_OPEN(openSample(f));
    FlowDock dock;
    dock.setDocument(f.document.get());
    dock.startEdit()->setText(QStringLiteral("nowhere"));
    dock.run();
    QCOMPARE(dock.list()->count(), 0);
    QCOMPARE(dock.statusLabel()->text(), QStringLiteral("no node has id \"nowhere\""));
    dock.startEdit()->setText(QStringLiteral("s36"));
    dock.run();
    QCOMPARE(dock.statusLabel()->text(), QStringLiteral("No flows from “Courier of the Fog” within 10 steps."));
    dock.startEdit()->setText(QStringLiteral("s01"));
    dock.limitSpin()->setValue(5);
    dock.run();
    QCOMPARE(dock.list()->count(), 5);
    QCOMPARE(dock.statusLabel()->text(),
             QStringLiteral("The first 5 flows from “Night Route Over Kagaribi”, shortest first."));
}

void TestFlowDock::renders()
{
    DocumentFixture f;
    RYUK_OPEN(openSample(f));
    FlowDock dock;
    dock.setDocument(f.document.get());
    dock.resize(380, 420);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    dock.depthSpin()->setValue(6);
    dock.run();
    dock.list()->setCurrentRow(5);
    QVERIFY(!screenshot(&dock, QStringLiteral("flow")).isNull());
}

QTEST_MAIN(TestFlowDock)
#include "tst_flowdock.moc"
