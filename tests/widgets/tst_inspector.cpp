// Tests of the Inspector dock: what it shows for each selection, typed edits
// written to the story as one undo step each, the property table, and refusals.
#include "docks/inspectordock.h"
#include "docktestsupport.h"

#include "core/properties.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

using namespace ryuk;
using namespace ryuk::test;

namespace {

// The property as a fresh store on the same file reads it: what is on disk.
std::optional<std::string> storedProperty(const QString &path, const std::string &id, std::string_view key)
{
    auto store = openStory(path, OpenMode::OpenExisting);
    if (!store)
        return "<" + store.error().message.toStdString() + ">";
    auto node = (*store)->node(id);
    if (node)
        return propertyJson(node->properties, key);
    auto relationship = (*store)->relationship(id);
    if (!relationship)
        return "<" + relationship.error().message.toStdString() + ">";
    return propertyJson(relationship->properties, key);
}

template<typename T>
T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child named %s", name);
    return widget;
}

QStringList tableRows(const QTableWidget *table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.append(table->item(row, 0)->text() + QLatin1Char('=') + table->item(row, 1)->text());
    return rows;
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

private slots:
    void renders();
    void init();
    void cleanup();
    void selectionStates();
    void showsSceneWithoutWriting();
    void editChapterWritesOneUndoStep();
    void titleSummaryAndFlags();
    void characterChoiceAndEvent();
    void relationship();
    void badJsonRefused();
    void tableAddRenameRemove();
    void storeRefusalShown();
    void unfitValuesGoToTheTable();

private:
    DocumentFixture *f = nullptr;
    InspectorDock *dock = nullptr;

    void select(std::string_view id) { f->document->setSelection({{f->vertex(id)}, {}}); }
};

void TestInspector::init()
{
    f = new DocumentFixture;
    RYUK_OPEN(openSample(*f));
    dock = new InspectorDock;
    dock->setDocument(f->document.get());
    dock->resize(360, 640);
    dock->show();
    QApplication::setActiveWindow(dock); // focus moves only in the active window
    QVERIFY(QTest::qWaitForWindowActive(dock));
}

void TestInspector::cleanup()
{
    delete dock;
    delete f;
}

void TestInspector::selectionStates()
{
    auto *stack = dock->findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("inspectorEmpty"));
    QCOMPARE(dock->currentId(), QString());

    f->document->setSelection({{f->vertex("s01"), f->vertex("s02")}, {}});
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("inspectorMany"));
    QCOMPARE(child<QLabel>(*dock, "inspectorMany")->text(), QStringLiteral("2 nodes selected"));
    f->document->setSelection({{f->vertex("s01")}, {f->edge("r001")}});
    QCOMPARE(child<QLabel>(*dock, "inspectorMany")->text(), QStringLiteral("1 node and 1 relationship selected"));
    f->document->setSelection({{}, {f->edge("r001"), f->edge("r002"), f->edge("r003")}});
    QCOMPARE(child<QLabel>(*dock, "inspectorMany")->text(), QStringLiteral("3 relationships selected"));

    select("s03");
    QCOMPARE(dock->currentId(), QStringLiteral("s03"));
    QCOMPARE(child<QLineEdit>(*dock, "inspectorId")->text(), QStringLiteral("s03"));
    QVERIFY(child<QLineEdit>(*dock, "inspectorId")->isReadOnly());
    QCOMPARE(child<QLabel>(*dock, "inspectorType")->text(), QStringLiteral("Scene"));

    f->document->clearSelection();
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("inspectorEmpty"));
}

void TestInspector::showsSceneWithoutWriting()
{
    select("s01");
    QCOMPARE(child<QLineEdit>(*dock, "inspector_Scene_title")->text(), QStringLiteral("Night Route Over Kagaribi"));
    QCOMPARE(child<QSpinBox>(*dock, "inspector_Scene_chapter")->value(), 1);
    QCOMPARE(child<QSpinBox>(*dock, "inspector_Scene_sequence")->value(), 1);
    QVERIFY(child<QPlainTextEdit>(*dock, "inspector_Scene_summary")
                    ->toPlainText()
                    .startsWith(QStringLiteral("Sixteen-year-old")));
    QVERIFY(child<QCheckBox>(*dock, "inspector_Scene_start")->isChecked());
    QVERIFY(!child<QCheckBox>(*dock, "inspector_Scene_ending")->isChecked());
    // The rest are in the table, in key order, as JSON.
    QCOMPARE(tableRows(child<QTableWidget>(*dock, "inspectorTable")),
             QStringList({QStringLiteral("location=\"Rooftops of Kagaribi\""), QStringLiteral("mood=\"restless\"")}));
    QVERIFY(child<QLineEdit>(*dock, "inspector_Scene_title")->isVisible());
    QVERIFY(!child<QLineEdit>(*dock, "inspector_Character_name")->isVisible());

    // Showing, moving the focus through the editors and changing the selection write nothing.
    for (const char *name :
         {"inspector_Scene_title", "inspector_Scene_chapter", "inspector_Scene_summary", "inspector_Scene_sequence"}) {
        QWidget *editor = child<QWidget>(*dock, name);
        editor->setFocus();
        QApplication::processEvents();
    }
    for (const char *id : {"s32", "c-mina", "q01", "e01", "s01"})
        select(id);
    f->document->setSelection({{}, {f->edge("r009")}});
    select("s01");
    QCOMPARE(f->document->undoStack()->count(), 0);
    QCOMPARE(dock->message(), QString());
}

void TestInspector::editChapterWritesOneUndoStep()
{
    select("s03");
    auto *chapter = child<QSpinBox>(*dock, "inspector_Scene_chapter");
    QCOMPARE(chapter->value(), 1);
    chapter->setFocus();
    chapter->selectAll();
    QTest::keyClicks(chapter, QStringLiteral("12"));
    QCOMPARE(f->document->undoStack()->count(), 0); // not one step per digit
    QTest::keyClick(chapter, Qt::Key_Return);

    QCOMPARE(storedProperty(f->path, "s03", "chapter"), std::optional<std::string>("12"));
    QCOMPARE(f->document->undoStack()->count(), 1);
    QCOMPARE(f->document->undoStack()->undoText(), QStringLiteral("Change chapter of s03"));
    QCOMPARE(f->document->graph().vertex(f->vertex("s03")).chapter, std::optional<qint64>(12));

    f->document->undoStack()->undo();
    QCOMPARE(chapter->value(), 1); // the editor follows the undo
    QCOMPARE(storedProperty(f->path, "s03", "chapter"), std::optional<std::string>("1"));
    f->document->undoStack()->redo();
    QCOMPARE(chapter->value(), 12);

    // The lowest value means "not set": the key goes.
    chapter->setValue(chapter->minimum());
    QCOMPARE(chapter->text(), QStringLiteral("not set"));
    QCOMPARE(storedProperty(f->path, "s03", "chapter"), std::nullopt);
    QCOMPARE(f->document->undoStack()->count(), 2);
}

void TestInspector::titleSummaryAndFlags()
{
    select("s02");
    auto *title = child<QLineEdit>(*dock, "inspector_Scene_title");
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("An \"Edict\""));
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(storedProperty(f->path, "s02", "title"), std::optional<std::string>(R"("An \"Edict\"")"));
    QCOMPARE(f->document->undoStack()->undoText(), QStringLiteral("Change title of s02"));
    QCOMPARE(QString::fromStdString(f->document->graph().vertex(f->vertex("s02")).label),
             QStringLiteral("An \"Edict\""));

    auto *summary = child<QPlainTextEdit>(*dock, "inspector_Scene_summary");
    summary->setFocus();
    summary->selectAll();
    QTest::keyClicks(summary, QStringLiteral("Short."));
    QCOMPARE(f->document->undoStack()->count(), 1); // typing is not an edit yet
    QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(storedProperty(f->path, "s02", "summary"), std::optional<std::string>("\"Short.\""));
    QCOMPARE(f->document->undoStack()->undoText(), QStringLiteral("Change summary of s02"));
    // Focus-out commits too.
    QTest::keyClicks(summary, QStringLiteral(" More."));
    title->setFocus();
    QCOMPARE(storedProperty(f->path, "s02", "summary"), std::optional<std::string>("\"Short. More.\""));
    QCOMPARE(f->document->undoStack()->count(), 3);

    auto *ending = child<QCheckBox>(*dock, "inspector_Scene_ending");
    ending->click();
    QCOMPARE(storedProperty(f->path, "s02", "ending"), std::optional<std::string>("true"));
    QVERIFY(f->document->graph().vertex(f->vertex("s02")).flags & EndingFlag);
    QCOMPARE(f->document->undoStack()->undoText(), QStringLiteral("Change ending of s02"));
    ending->click();
    QCOMPARE(storedProperty(f->path, "s02", "ending"), std::nullopt);
    QCOMPARE(f->document->undoStack()->count(), 5);
}

void TestInspector::characterChoiceAndEvent()
{
    select("c-jun");
    QCOMPARE(child<QLabel>(*dock, "inspectorType")->text(), QStringLiteral("Character"));
    QCOMPARE(child<QLineEdit>(*dock, "inspector_Character_name")->text(), QStringLiteral("Jun Hayashida"));
    auto *role = child<QComboBox>(*dock, "inspector_Character_role");
    QCOMPARE(role->currentText(), QStringLiteral("deuteragonist"));
    QVERIFY(role->isEditable());
    role->setCurrentIndex(role->findText(QStringLiteral("ally")));
    emit role->activated(role->currentIndex());
    QCOMPARE(storedProperty(f->path, "c-jun", "role"), std::optional<std::string>("\"ally\""));
    QCOMPARE(f->document->undoStack()->undoText(), QStringLiteral("Change role of c-jun"));

    select("q01");
    QCOMPARE(child<QLineEdit>(*dock, "inspector_Choice_text")->text(),
             QStringLiteral("Dive into the canal and follow Jun through the old sewer locks"));
    auto *weight = child<QDoubleSpinBox>(*dock, "inspector_Choice_weight");
    QCOMPARE(weight->value(), 0.55);
    weight->stepUp();
    QCOMPARE(storedProperty(f->path, "q01", "weight"), std::optional<std::string>("0.6"));
    QCOMPARE(f->document->undoStack()->undoText(), QStringLiteral("Change weight of q01"));

    select("e03");
    QCOMPARE(child<QLineEdit>(*dock, "inspector_Event_title")->text(), QStringLiteral("Osamu's Arrest Warrant"));
    QVERIFY(child<QPlainTextEdit>(*dock, "inspector_Event_description")
                    ->toPlainText()
                    .startsWith(QStringLiteral("Director Sakaki signs")));
    auto *level = child<QDoubleSpinBox>(*dock, "inspector_Event_causality_level");
    QCOMPARE(level->value(), 4.0);
    level->setValue(5);
    QCOMPARE(storedProperty(f->path, "e03", "causality_level"), std::optional<std::string>("5"));
    QCOMPARE(f->document->undoStack()->count(), 3);
}

void TestInspector::relationship()
{
    f->document->setSelection({{}, {f->edge("r009")}});
    QCOMPARE(dock->currentId(), QStringLiteral("r009"));
    QCOMPARE(child<QLabel>(*dock, "inspectorType")->text(), QStringLiteral("LEADS_TO"));
    QCOMPARE(child<QLabel>(*dock, "inspectorFrom")->text(),
             QStringLiteral("<a href=\"select\">The Ferrywoman's Warning</a> (s06)"));
    QCOMPARE(child<QLabel>(*dock, "inspectorTo")->text(),
             QStringLiteral("<a href=\"select\">The Postmaster's Silence</a> (s09)"));
    QCOMPARE(child<QDoubleSpinBox>(*dock, "inspector_relationship_weight")->value(), 1.0);
    auto *transition = child<QComboBox>(*dock, "inspector_relationship_transition_type");
    QCOMPARE(transition->currentText(), QStringLiteral("time_skip"));
    QCOMPARE(child<QTableWidget>(*dock, "inspectorTable")->rowCount(), 0);

    transition->lineEdit()->setFocus();
    transition->lineEdit()->selectAll();
    QTest::keyClicks(transition->lineEdit(), QStringLiteral("fade"));
    QTest::keyClick(transition->lineEdit(), Qt::Key_Return);
    QCOMPARE(storedProperty(f->path, "r009", "transition_type"), std::optional<std::string>("\"fade\""));
    QCOMPARE(f->document->undoStack()->undoText(), QStringLiteral("Change transition_type of r009"));
    QCOMPARE(f->document->undoStack()->count(), 1);

    QSignalSpy focus(f->document.get(), &StoryDocument::focusRequested);
    emit child<QLabel>(*dock, "inspectorTo")->linkActivated(QStringLiteral("select"));
    QCOMPARE(f->document->selection(), (ElementSet{{f->vertex("s09")}, {}}));
    QCOMPARE(focus.count(), 1);
    QCOMPARE(dock->currentId(), QStringLiteral("s09"));
}

void TestInspector::badJsonRefused()
{
    select("s01");
    child<QLineEdit>(*dock, "inspectorNewKey")->setText(QStringLiteral("weather"));
    child<QLineEdit>(*dock, "inspectorNewValue")->setText(QStringLiteral("{oops"));
    child<QPushButton>(*dock, "inspectorAdd")->click();
    QCOMPARE(dock->message(),
             QStringLiteral("Not saved: “weather”: invalid JSON at column 2: Missing a name for object member."));
    QCOMPARE(storedProperty(f->path, "s01", "weather"), std::nullopt);
    QCOMPARE(f->document->undoStack()->count(), 0);

    // The same in the table: the cell goes back to the stored value.
    auto *table = child<QTableWidget>(*dock, "inspectorTable");
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("mood"));
    table->item(1, 1)->setText(QStringLiteral("restless"));
    QTRY_COMPARE(dock->message(), QStringLiteral("Not saved: “mood”: invalid JSON at column 1: Invalid value."));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("\"restless\""));
    QCOMPARE(storedProperty(f->path, "s01", "mood"), std::optional<std::string>("\"restless\""));
    QCOMPARE(f->document->undoStack()->count(), 0);
}

void TestInspector::tableAddRenameRemove()
{
    select("s05");
    auto *table = child<QTableWidget>(*dock, "inspectorTable");
    child<QLineEdit>(*dock, "inspectorNewKey")->setText(QStringLiteral("tags"));
    child<QLineEdit>(*dock, "inspectorNewValue")->setText(QStringLiteral("[ \"wet\",  \"dark\" ]"));
    child<QPushButton>(*dock, "inspectorAdd")->click();
    QCOMPARE(dock->message(), QString());
    QCOMPARE(storedProperty(f->path, "s05", "tags"), std::optional<std::string>(R"(["wet","dark"])"));
    QCOMPARE(f->document->undoStack()->undoText(), QStringLiteral("Add property tags to s05"));
    QCOMPARE(tableRows(table),
             QStringList({QStringLiteral("location=\"Old sewer locks\""), QStringLiteral("mood=\"eerie\""),
                          QStringLiteral("tags=[\"wet\",\"dark\"]")}));
    QVERIFY(child<QLineEdit>(*dock, "inspectorNewKey")->text().isEmpty());

    // A key that exists is refused, also a typed one.
    child<QLineEdit>(*dock, "inspectorNewKey")->setText(QStringLiteral("title"));
    child<QLineEdit>(*dock, "inspectorNewValue")->setText(QStringLiteral("1"));
    child<QPushButton>(*dock, "inspectorAdd")->click();
    QCOMPARE(dock->message(), QStringLiteral("Not saved: there is already a property named “title”."));

    table->item(1, 1)->setText(QStringLiteral("\"grim\""));
    QTRY_COMPARE(storedProperty(f->path, "s05", "mood"), std::optional<std::string>("\"grim\""));
    QCOMPARE(f->document->undoStack()->undoText(), QStringLiteral("Change mood of s05"));
    QCOMPARE(dock->message(), QString());

    table->item(0, 0)->setText(QStringLiteral("place"));
    QTRY_COMPARE(storedProperty(f->path, "s05", "place"), std::optional<std::string>("\"Old sewer locks\""));
    QCOMPARE(storedProperty(f->path, "s05", "location"), std::nullopt);
    QCOMPARE(f->document->undoStack()->undoText(), QStringLiteral("Rename property location of s05 to place"));
    QCOMPARE(f->document->undoStack()->count(), 3);

    table->selectRow(2); // tags (mood, place, tags)
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("tags"));
    child<QPushButton>(*dock, "inspectorRemove")->click();
    QCOMPARE(storedProperty(f->path, "s05", "tags"), std::nullopt);
    QCOMPARE(f->document->undoStack()->undoText(), QStringLiteral("Remove property tags from s05"));

    // Undo all of it: the table follows.
    while (f->document->undoStack()->canUndo())
        f->document->undoStack()->undo();
    QCOMPARE(tableRows(table),
             QStringList({QStringLiteral("location=\"Old sewer locks\""), QStringLiteral("mood=\"eerie\"")}));
}

void TestInspector::storeRefusalShown()
{
    // A typed field with the wrong JSON type is the store's to refuse; the
    // inspector says why and keeps the story as it was.
    select("s04");
    child<QLineEdit>(*dock, "inspectorNewKey")->setText(QStringLiteral("sequence"));
    child<QLineEdit>(*dock, "inspectorNewValue")->setText(QStringLiteral("2"));
    child<QPushButton>(*dock, "inspectorAdd")->click();
    QCOMPARE(dock->message(), QStringLiteral("Not saved: there is already a property named “sequence”."));

    // A chapter that is text is the store's to refuse.
    RYUK_VERIFY_OK(f->document->setProperties("s04", {{"chapter", std::nullopt}}));
    QCOMPARE(child<QSpinBox>(*dock, "inspector_Scene_chapter")->text(), QStringLiteral("not set"));
    child<QLineEdit>(*dock, "inspectorNewKey")->setText(QStringLiteral("chapter"));
    child<QLineEdit>(*dock, "inspectorNewValue")->setText(QStringLiteral("\"one\""));
    child<QPushButton>(*dock, "inspectorAdd")->click();
    QCOMPARE(dock->message(),
             QStringLiteral("Not saved: node \"s04\": property \"chapter\" must be an integer, not a string"));
    QCOMPARE(storedProperty(f->path, "s04", "chapter"), std::nullopt);
    QCOMPARE(f->document->undoStack()->count(), 1);
}

void TestInspector::unfitValuesGoToTheTable()
{
    // A value an editor cannot show exactly is listed in the table instead,
    // so editing never rounds or retypes what the user did not touch.
    RYUK_VERIFY_OK(f->document->setProperties("q02", {{"text", "5"}, {"weight", "0.12345"}}));
    select("q02");
    QVERIFY(!child<QLineEdit>(*dock, "inspector_Choice_text")->isVisible());
    QVERIFY(!child<QDoubleSpinBox>(*dock, "inspector_Choice_weight")->isVisible());
    QCOMPARE(tableRows(child<QTableWidget>(*dock, "inspectorTable")),
             QStringList({QStringLiteral("text=5"), QStringLiteral("weight=0.12345")}));
    RYUK_VERIFY_OK(f->document->setProperties("q02", {{"text", "\"Leap\""}, {"weight", "0.5"}}));
    QVERIFY(child<QLineEdit>(*dock, "inspector_Choice_text")->isVisible());
    QCOMPARE(child<QLineEdit>(*dock, "inspector_Choice_text")->text(), QStringLiteral("Leap"));
    QCOMPARE(child<QDoubleSpinBox>(*dock, "inspector_Choice_weight")->value(), 0.5);
    QCOMPARE(child<QTableWidget>(*dock, "inspectorTable")->rowCount(), 0);
    QCOMPARE(f->document->undoStack()->count(), 2);
}

void TestInspector::renders()
{
    select("s01");
    QVERIFY(!screenshot(dock, QStringLiteral("inspector-scene")).isNull());
    f->document->setSelection({{}, {f->edge("r009")}});
    QVERIFY(!screenshot(dock, QStringLiteral("inspector-relationship")).isNull());
    select("c-mina");
    QVERIFY(!screenshot(dock, QStringLiteral("inspector-character")).isNull());
    child<QLineEdit>(*dock, "inspectorNewKey")->setText(QStringLiteral("weather"));
    child<QLineEdit>(*dock, "inspectorNewValue")->setText(QStringLiteral("{oops"));
    child<QPushButton>(*dock, "inspectorAdd")->click();
    QVERIFY(!screenshot(dock, QStringLiteral("inspector-refused")).isNull());
    f->document->setSelection({{f->vertex("s01"), f->vertex("s02")}, {}});
    QVERIFY(!screenshot(dock, QStringLiteral("inspector-many")).isNull());
    f->document->clearSelection();
    QVERIFY(!screenshot(dock, QStringLiteral("inspector-empty")).isNull());
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
