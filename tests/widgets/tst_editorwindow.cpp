// Tests of the editor's commands as the user reaches them in the main window:
// the Graph, Edit and View actions, their shortcuts, the clipboard, find and
// filters, export, auto layout and the guard against changes made elsewhere.
#include "mainwindow.h"

#include "canvas/storycanvas.h"
#include "document/elementclipboard.h"
#include "document/storydocument.h"
#include "formats/samplestory.h"
#include "store/sqlitestorystore.h"

#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUndoView>
#include <QXmlStreamReader>
#include <QtTest>

using namespace ryuk;

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

void mouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

} // namespace

class TestEditorWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void menusFollowDesktopConventions();
    void addEachNodeTypeFromTheGraphMenu_data();
    void addEachNodeTypeFromTheGraphMenu();
    void deleteTakesRelationshipsAndUndoBringsThemBack();
    void copyPasteMakesFreshIds();
    void cutRemovesAndPasteRestoresCopies();
    void connectSelectedFollowsTheKinds();
    void findHighlightsMatches();
    void filtersHideTypesAndChapters();
    void exportsPngAndSvg();
    void autoLayoutIsOneUndoStep();
    void changeElsewhereIsRefusedAndReloadRecovers();
    void dragIsOneStepAndARefusedDropGoesBack();
    void newStoryStartsEmpty();
    void sampleStoryOnFirstStart();
    void statusBarShowsCountsZoomAndSelection();
    void languageMenuSavesTheChoice();
    void measureLargeStory();

private:
    QString freshSample(const QString &name);
    QAction *action(MainWindow &window, const QString &text);

    QTemporaryDir mDir;
};

void TestEditorWindow::initTestCase()
{
    QVERIFY(mDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, mDir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("Ryuk Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_editorwindow"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("XDG_DATA_HOME", mDir.filePath(QStringLiteral("data")).toUtf8());
}

void TestEditorWindow::init()
{
    QSettings().clear();
}

QString TestEditorWindow::freshSample(const QString &name)
{
    const QString path = mDir.filePath(name);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    auto store = openStory(path, OpenMode::CreateNew);
    if (!store || !loadSampleStory(**store))
        qFatal("could not make the sample story");
    return path;
}

// The menu action whose text, without mnemonics, is `text` (or starts with it and a space).
QAction *TestEditorWindow::action(MainWindow &window, const QString &text)
{
    const auto actions = window.findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->text().remove(u'&') == text)
            return a;
    }
    // Undo and Redo name the step they would take: "Undo Add Scene".
    for (QAction *a : actions) {
        if (a->text().remove(u'&').startsWith(text + u' '))
            return a;
    }
    qFatal("no action %s", qPrintable(text));
    return nullptr;
}

void TestEditorWindow::menusFollowDesktopConventions()
{
    MainWindow window;
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions())
        menus << menu->text().remove(u'&');
    QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                                 QStringLiteral("Graph"), QStringLiteral("Help")}));
    QCOMPARE(action(window, QStringLiteral("New…"))->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(action(window, QStringLiteral("Undo"))->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(action(window, QStringLiteral("Redo"))->shortcut(), QKeySequence(QKeySequence::Redo));
    QCOMPARE(action(window, QStringLiteral("Copy"))->shortcut(), QKeySequence(QKeySequence::Copy));
    QCOMPARE(action(window, QStringLiteral("Paste"))->shortcut(), QKeySequence(QKeySequence::Paste));
    QCOMPARE(action(window, QStringLiteral("Delete"))->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(action(window, QStringLiteral("Find…"))->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(action(window, QStringLiteral("Zoom In"))->shortcut(), QKeySequence(QKeySequence::ZoomIn));
    // Nothing to edit without a story.
    QVERIFY(!action(window, QStringLiteral("Add Scene"))->isEnabled());
    QVERIFY(!action(window, QStringLiteral("Delete"))->isEnabled());
    for (const char *name : {"inspectorDock", "outlineDock", "nodesDock", "minimapDock", "historyDock",
                             "problemsDock", "flowDock", "profilerDock"})
        QVERIFY2(window.dock(QString::fromLatin1(name)), name);
}

void TestEditorWindow::addEachNodeTypeFromTheGraphMenu_data()
{
    QTest::addColumn<QString>("actionText");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("id");
    QTest::newRow("scene") << "Add Scene" << "Scene" << "scene-1";
    QTest::newRow("character") << "Add Character" << "Character" << "character-1";
    QTest::newRow("choice") << "Add Choice" << "Choice" << "choice-1";
    QTest::newRow("event") << "Add Event" << "Event" << "event-1";
}

void TestEditorWindow::addEachNodeTypeFromTheGraphMenu()
{
    QFETCH(QString, actionText);
    QFETCH(QString, type);
    QFETCH(QString, id);
    const QString path = freshSample(QStringLiteral("add.ryuk"));
    MainWindow window;
    QVERIFY2(window.openStory(path), qPrintable(window.lastError()));
    const std::size_t before = window.document()->graph().vertexCount();
    action(window, actionText)->trigger();
    QCOMPARE(window.document()->graph().vertexCount(), before + 1);
    const VertexIndex v = window.document()->graph().findVertex(utf8(id));
    QVERIFY(v != NoVertex);
    // The new node is selected, in the middle of the view, and written at once.
    QCOMPARE(window.document()->selection().nodes, std::vector<VertexIndex>{v});
    const QPointF centre = window.canvas()->visibleSceneRect().center();
    QCOMPARE(window.document()->graph().vertex(v).x, centre.x());
    {
        auto fresh = openStory(path);
        QVERIFY(fresh.ok());
        auto node = (*fresh)->node(utf8(id));
        QVERIFY(node.ok());
        QCOMPARE(QString::fromStdString(node->type), type);
    }
    QCOMPARE(window.document()->undoStack()->text(0), QStringLiteral("Add %1").arg(type));
    action(window, QStringLiteral("Undo"))->trigger();
    QCOMPARE(window.document()->graph().vertexCount(), before);
}

void TestEditorWindow::deleteTakesRelationshipsAndUndoBringsThemBack()
{
    const QString path = freshSample(QStringLiteral("delete.ryuk"));
    MainWindow window;
    QVERIFY2(window.openStory(path), qPrintable(window.lastError()));
    StoryDocument *doc = window.document();
    const StoryGraph &graph = doc->graph();
    const VertexIndex v = graph.findVertex("s01");
    QVERIFY(v != NoVertex);
    const std::size_t degree = boost::out_degree(v, graph.graph()) + boost::in_degree(v, graph.graph());
    QVERIFY(degree > 0);
    const std::size_t nodes = graph.vertexCount();
    const std::size_t edges = graph.edgeCount();
    doc->setSelection({{v}, {}});
    action(window, QStringLiteral("Delete"))->trigger();
    QCOMPARE(graph.vertexCount(), nodes - 1);
    QCOMPARE(graph.edgeCount(), edges - degree);
    {
        auto fresh = openStory(path);
        QVERIFY(fresh.ok());
        RYUK_COMPARE_ERROR((*fresh)->node("s01"), ErrorKind::NotFound, QStringLiteral("no node has id \"s01\""));
    }
    action(window, QStringLiteral("Undo"))->trigger();
    QCOMPARE(graph.vertexCount(), nodes);
    QCOMPARE(graph.edgeCount(), edges);
    action(window, QStringLiteral("Redo"))->trigger();
    QCOMPARE(graph.edgeCount(), edges - degree);
}

void TestEditorWindow::copyPasteMakesFreshIds()
{
    const QString path = freshSample(QStringLiteral("paste.ryuk"));
    MainWindow window;
    QVERIFY2(window.openStory(path), qPrintable(window.lastError()));
    StoryDocument *doc = window.document();
    const StoryGraph &graph = doc->graph();
    const VertexIndex a = graph.findVertex("s01");
    const VertexIndex b = graph.findVertex("s02");
    doc->setSelection({{a, b}, {}});
    action(window, QStringLiteral("Copy"))->trigger();
    auto read = fromMimeData(QApplication::clipboard()->mimeData());
    QVERIFY(read && *read);
    const ClipboardElements &copied = **read;
    QCOMPARE(copied.nodes.size(), std::size_t(2));
    QVERIFY(!copied.relationships.empty()); // s01 leads to s02
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("\"s01\"")));

    const std::size_t nodes = graph.vertexCount();
    const std::size_t edges = graph.edgeCount();
    action(window, QStringLiteral("Paste"))->trigger();
    QCOMPARE(graph.vertexCount(), nodes + 2);
    QCOMPARE(graph.edgeCount(), edges + copied.relationships.size());
    const auto &pasted = doc->selection().nodes;
    QCOMPARE(pasted.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(graph.vertex(pasted[0]).id), QStringLiteral("scene-1"));
    QCOMPARE(QString::fromStdString(graph.vertex(pasted[1]).id), QStringLiteral("scene-2"));
    QCOMPARE(graph.vertex(pasted[0]).label, graph.vertex(a).label);
    QCOMPARE(graph.vertex(pasted[0]).x, graph.vertex(a).x + 40);
    QCOMPARE(doc->undoStack()->text(0), QStringLiteral("Paste 2 node(s)"));
    action(window, QStringLiteral("Undo"))->trigger();
    QCOMPARE(graph.vertexCount(), nodes);
}

void TestEditorWindow::cutRemovesAndPasteRestoresCopies()
{
    const QString path = freshSample(QStringLiteral("cut.ryuk"));
    MainWindow window;
    QVERIFY2(window.openStory(path), qPrintable(window.lastError()));
    StoryDocument *doc = window.document();
    const VertexIndex v = doc->graph().findVertex("s03");
    const std::string label = doc->graph().vertex(v).label;
    doc->setSelection({{v}, {}});
    action(window, QStringLiteral("Cut"))->trigger();
    QCOMPARE(doc->graph().findVertex("s03"), NoVertex);
    action(window, QStringLiteral("Paste"))->trigger();
    const VertexIndex copy = doc->graph().findVertex("scene-1");
    QVERIFY(copy != NoVertex);
    QCOMPARE(doc->graph().vertex(copy).label, label);
}

void TestEditorWindow::connectSelectedFollowsTheKinds()
{
    const QString path = freshSample(QStringLiteral("connect.ryuk"));
    MainWindow window;
    QVERIFY2(window.openStory(path), qPrintable(window.lastError()));
    StoryDocument *doc = window.document();
    const StoryGraph &graph = doc->graph();
    QAction *connect = action(window, QStringLiteral("Connect Selected"));
    doc->setSelection({{graph.findVertex("s01")}, {}});
    QVERIFY(!connect->isEnabled());
    // A Character and a Scene, in either order: the character appears in the scene.
    VertexIndex character = NoVertex;
    for (std::size_t v = 0; v < graph.vertexSlots(); ++v) {
        if (graph.vertex(VertexIndex(v)).kind == NodeKind::Character) {
            character = VertexIndex(v);
            break;
        }
    }
    QVERIFY(character != NoVertex);
    doc->setSelection({{graph.findVertex("s09"), character}, {}});
    QVERIFY(connect->isEnabled());
    connect->trigger();
    QCOMPARE(doc->selection().edges.size(), std::size_t(1));
    const GraphEdge &edge = graph.edge(doc->selection().edges.front());
    QCOMPARE(graph.typeName(edge.typeIndex), std::string("APPEARS_IN"));
    QCOMPARE(edge.from, character);
    // Two scenes: from the earlier to the later one in story order.
    doc->setSelection({{graph.findVertex("s09"), graph.findVertex("s05")}, {}});
    connect->trigger();
    const GraphEdge &flow = graph.edge(doc->selection().edges.front());
    QCOMPARE(graph.typeName(flow.typeIndex), std::string("LEADS_TO"));
    QCOMPARE(graph.vertex(flow.from).id, std::string("s05"));
    QCOMPARE(graph.vertex(flow.to).id, std::string("s09"));
}

void TestEditorWindow::findHighlightsMatches()
{
    const QString path = freshSample(QStringLiteral("find.ryuk"));
    MainWindow window;
    QVERIFY2(window.openStory(path), qPrintable(window.lastError()));
    StoryDocument *doc = window.document();
    auto *find = window.findChild<QLineEdit *>(QStringLiteral("findEdit"));
    QVERIFY(find);
    action(window, QStringLiteral("Find…"))->trigger();
    // By id.
    find->setText(QStringLiteral("s12"));
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(doc->highlight().nodes, std::vector<VertexIndex>{doc->graph().findVertex("s12")});
    // By title text, case-insensitively: every node whose label holds it.
    const std::string label = doc->graph().vertex(doc->graph().findVertex("s01")).label;
    const QString word = QString::fromStdString(label).section(u' ', -1).toUpper();
    find->setText(word);
    QTest::keyClick(find, Qt::Key_Return);
    QVERIFY(!doc->highlight().nodes.empty());
    QVERIFY(std::find(doc->highlight().nodes.begin(), doc->highlight().nodes.end(), doc->graph().findVertex("s01"))
            != doc->highlight().nodes.end());
    // Nothing found: a message, no highlight.
    find->setText(QStringLiteral("no such thing anywhere"));
    QTest::keyClick(find, Qt::Key_Return);
    QVERIFY(doc->highlight().nodes.empty());
    find->clear();
    QVERIFY(doc->highlight().empty());
}

void TestEditorWindow::filtersHideTypesAndChapters()
{
    const QString path = freshSample(QStringLiteral("filter.ryuk"));
    MainWindow window;
    QVERIFY2(window.openStory(path), qPrintable(window.lastError()));
    const StoryGraph &graph = window.document()->graph();
    StoryCanvas *canvas = window.canvas();
    const VertexIndex scene = graph.findVertex("s01");
    VertexIndex character = NoVertex;
    for (std::size_t v = 0; v < graph.vertexSlots() && character == NoVertex; ++v) {
        if (graph.vertex(VertexIndex(v)).kind == NodeKind::Character)
            character = VertexIndex(v);
    }
    QVERIFY(canvas->isShown(scene) && canvas->isShown(character));
    auto *typeBox = window.findChild<QComboBox *>(QStringLiteral("typeFilterBox"));
    typeBox->setCurrentIndex(typeBox->findText(QStringLiteral("Character")));
    QVERIFY(!canvas->isShown(scene));
    QVERIFY(canvas->isShown(character));
    typeBox->setCurrentIndex(0);

    auto *chapterBox = window.findChild<QComboBox *>(QStringLiteral("chapterFilterBox"));
    QCOMPARE(chapterBox->itemText(0), QStringLiteral("All"));
    QCOMPARE(chapterBox->count(), 1 + 4); // the sample has four chapters
    chapterBox->setCurrentIndex(2);        // chapter 2
    QCOMPARE(canvas->chapterFilter(), std::optional<qint64>(2));
    QVERIFY(!canvas->isShown(scene)); // s01 is in chapter 1
    bool someShown = false;
    for (std::size_t v = 0; v < graph.vertexSlots(); ++v) {
        const GraphVertex &vertex = graph.vertex(VertexIndex(v));
        if (vertex.alive && vertex.kind == NodeKind::Scene && vertex.chapter == 2)
            someShown = someShown || canvas->isShown(VertexIndex(v));
    }
    QVERIFY(someShown);
}

void TestEditorWindow::exportsPngAndSvg()
{
    const QString path = freshSample(QStringLiteral("export.ryuk"));
    MainWindow window;
    QVERIFY2(window.openStory(path), qPrintable(window.lastError()));
    const QString png = mDir.filePath(QStringLiteral("story.png"));
    RYUK_VERIFY_OK(window.canvas()->exportImage(png, 0.5, false));
    QImageReader reader(png);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QRectF bounds = window.canvas()->sceneBoundingRect();
    QCOMPARE(reader.size().width(), qRound((bounds.width() + 2 * StoryCanvas::ExportMargin) * 0.5));

    const QString svg = mDir.filePath(QStringLiteral("story.svg"));
    RYUK_VERIFY_OK(window.canvas()->exportSvg(svg, false));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QXmlStreamReader xml(text);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const std::string title = window.document()->graph().vertex(window.document()->graph().findVertex("s01")).label;
    QVERIFY(text.contains(QString::fromStdString(title).toHtmlEscaped().left(12).toUtf8()));
}

void TestEditorWindow::autoLayoutIsOneUndoStep()
{
    const QString path = freshSample(QStringLiteral("layout.ryuk"));
    MainWindow window;
    QVERIFY2(window.openStory(path), qPrintable(window.lastError()));
    StoryDocument *doc = window.document();
    const VertexIndex v = doc->graph().findVertex("s10");
    const QPointF before(doc->graph().vertex(v).x, doc->graph().vertex(v).y);
    QVERIFY2(window.autoLayout(), qPrintable(window.lastError()));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->undoStack()->text(0), QStringLiteral("Auto Layout"));
    QVERIFY(QPointF(doc->graph().vertex(v).x, doc->graph().vertex(v).y) != before);
    doc->undoStack()->undo();
    QCOMPARE(QPointF(doc->graph().vertex(v).x, doc->graph().vertex(v).y), before);
    auto *history = window.findChild<QUndoView *>(QStringLiteral("undoView"));
    QVERIFY(history);
    QCOMPARE(history->model()->rowCount(), 2); // "<opened>" and the layout
}

void TestEditorWindow::changeElsewhereIsRefusedAndReloadRecovers()
{
    const QString path = freshSample(QStringLiteral("elsewhere.ryuk"));
    MainWindow window;
    QVERIFY2(window.openStory(path), qPrintable(window.lastError()));
    {
        auto other = openStory(path);
        QVERIFY(other.ok());
        RYUK_VERIFY_OK((*other)->setProperties("s02", {{"title", R"("Changed by ryuk set")"}}));
    }
    StoryDocument *doc = window.document();
    doc->setSelection({{doc->graph().findVertex("s01")}, {}});
    action(window, QStringLiteral("Delete"))->trigger();
    QVERIFY(doc->graph().findVertex("s01") != NoVertex);
    QVERIFY2(window.lastError().contains(QStringLiteral("was changed by another program or window")),
             qPrintable(window.lastError()));
    QVERIFY(window.reloadStory());
    QCOMPARE(doc->graph().vertex(doc->graph().findVertex("s02")).label, std::string("Changed by ryuk set"));
    doc->setSelection({{doc->graph().findVertex("s01")}, {}});
    action(window, QStringLiteral("Delete"))->trigger();
    QCOMPARE(doc->graph().findVertex("s01"), NoVertex);
}

// A drag as the user makes it in the window: one step named in the Edit menu;
// and when another program wrote to the story meanwhile, the drop is refused
// with the usual message and the node goes back.
void TestEditorWindow::dragIsOneStepAndARefusedDropGoesBack()
{
    const QString path = freshSample(QStringLiteral("drag.ryuk"));
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.openStory(path), qPrintable(window.lastError()));
    StoryDocument *doc = window.document();
    StoryCanvas *canvas = window.canvas();
    const VertexIndex s01 = doc->graph().findVertex("s01");
    const QPointF start(doc->graph().vertex(s01).x, doc->graph().vertex(s01).y);
    canvas->setZoom(1.0);
    canvas->centerOnScenePoint(start);
    const QPointF from = canvas->mapFromScene(start);
    QCOMPARE(canvas->nodeAt(from), s01);
    const auto position = [&] { return QPointF(doc->graph().vertex(s01).x, doc->graph().vertex(s01).y); };
    const int steps = doc->undoStack()->count();

    mouse(canvas, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 30; ++i)
        mouse(canvas, QEvent::MouseMove, from + QPointF(2 * i, i), Qt::NoButton, Qt::LeftButton);
    mouse(canvas, QEvent::MouseButtonRelease, from + QPointF(60, 30), Qt::LeftButton, Qt::NoButton);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(action(window, QStringLiteral("Undo"))->text().remove(u'&'), QStringLiteral("Undo Move nodes"));
    QCOMPARE(position(), start + QPointF(60, 30));

    const QPointF moved = canvas->mapFromScene(position());
    mouse(canvas, QEvent::MouseButtonPress, moved, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 30; ++i)
        mouse(canvas, QEvent::MouseMove, moved + QPointF(-i, 3 * i), Qt::NoButton, Qt::LeftButton);
    {
        auto other = openStory(path);
        QVERIFY(other.ok());
        RYUK_VERIFY_OK((*other)->setProperties("s02", {{"title", R"("Changed by ryuk set")"}}));
    }
    mouse(canvas, QEvent::MouseButtonRelease, moved + QPointF(-30, 90), Qt::LeftButton, Qt::NoButton);
    QCOMPARE(window.lastError(),
             QStringLiteral("%1 was changed by another program or window since it was opened here. Reload it "
                            "(File ▸ Reload) before editing; your change was not written.")
                     .arg(path));
    QCOMPARE(position(), start + QPointF(60, 30));
    QCOMPARE(canvas->nodeAt(moved), s01);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
}

void TestEditorWindow::newStoryStartsEmpty()
{
    MainWindow window;
    const QString path = mDir.filePath(QStringLiteral("new story.ryuk"));
    QFile::remove(path);
    QVERIFY2(window.newStory(path), qPrintable(window.lastError()));
    QCOMPARE(window.document()->graph().vertexCount(), std::size_t(0));
    QCOMPARE(window.windowTitle(), QStringLiteral("new story — Ryuk Studio"));
    // A story is never made over an existing file.
    QVERIFY(!window.newStory(mDir.filePath(QStringLiteral("add.ryuk"))));
}

void TestEditorWindow::sampleStoryOnFirstStart()
{
    MainWindow window;
    QVERIFY2(window.openSampleStory(), qPrintable(window.lastError()));
    QCOMPARE(window.windowTitle(), QStringLiteral("The Lantern Courier — Ryuk Studio"));
    QVERIFY(window.storyPath().endsWith(QStringLiteral("the-lantern-courier.ryuk")));
    // The second time the same file opens again, edits and all.
    const QString path = window.storyPath();
    window.closeStory();
    QVERIFY(window.openSampleStory());
    QCOMPARE(window.storyPath(), path);
}

void TestEditorWindow::statusBarShowsCountsZoomAndSelection()
{
    const QString path = freshSample(QStringLiteral("status.ryuk"));
    MainWindow window;
    QVERIFY2(window.openStory(path), qPrintable(window.lastError()));
    auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    auto *zoom = window.findChild<QLabel *>(QStringLiteral("zoomLabel"));
    auto *selection = window.findChild<QLabel *>(QStringLiteral("selectionLabel"));
    QCOMPARE(counts->text(), QStringLiteral("Nodes: 53 · Relationships: 140"));
    window.canvas()->setZoom(1.0);
    QCOMPARE(zoom->text(), QStringLiteral("100 %"));
    window.document()->setSelection({{0, 1, 2}, {}});
    QCOMPARE(selection->text(), QStringLiteral("Selected: 3 node(s)"));
    RYUK_VERIFY_OK(window.document()->addNode("Scene", QPointF()));
    QCOMPARE(counts->text(), QStringLiteral("Nodes: 54 · Relationships: 140"));
}

void TestEditorWindow::languageMenuSavesTheChoice()
{
    MainWindow window;
    auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QStringList names;
    QAction *japanese = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        names << a->text();
        if (a->data().toString() == QLatin1String("ja"))
            japanese = a;
    }
    QCOMPARE(names, (QStringList{QStringLiteral("System Language"), QStringLiteral("English"),
                                 QString::fromUtf8("日本語")}));
    QVERIFY(menu->actions().constFirst()->isChecked()); // nothing saved: the system's
    QVERIFY(japanese);
    japanese->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ja"));
}

// Not a timed test: prints figures for docs/benchmarks.md when
// RYUK_MEASURE_STORY names a (large) story file, which it changes.
void TestEditorWindow::measureLargeStory()
{
    const QString path = qEnvironmentVariable("RYUK_MEASURE_STORY");
    if (path.isEmpty())
        QSKIP("set RYUK_MEASURE_STORY to a story file to measure the window on it");
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(window.openStory(path), qPrintable(window.lastError()));
    const qint64 openMs = clock.elapsed();
    StoryDocument *doc = window.document();
    // Auto layout: the worker's part and the part on the GUI thread (the write
    // and every view following the moves), told apart by the undo step's arrival.
    qint64 appliedAt = 0;
    connect(doc->undoStack(), &QUndoStack::indexChanged, this, [&] { appliedAt = clock.elapsed(); });
    clock.restart();
    QVERIFY2(window.autoLayout(), qPrintable(window.lastError()));
    const qint64 layoutMs = clock.elapsed();
    clock.restart();
    doc->undoStack()->undo();
    const qint64 undoMs = clock.elapsed();
    clock.restart();
    doc->selectAll();
    const std::size_t selected = doc->selection().nodes.size();
    const qint64 selectMs = clock.elapsed();
    doc->clearSelection();
    qInfo("nodes %zu: open %lld ms; auto layout %lld ms (undo step at %lld ms); undo %lld ms; select all (%zu) %lld ms",
          doc->graph().vertexCount(), openMs, layoutMs, appliedAt, undoMs, selected, selectMs);
}

QTEST_MAIN(TestEditorWindow)
#include "tst_editorwindow.moc"
