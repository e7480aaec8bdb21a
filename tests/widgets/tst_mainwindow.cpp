// Tests of the main window and its node list: opening stories, filters, lazy pages, errors, settings, import.
#include "mainwindow.h"

#include "canvas/storycanvas.h"

#include "formats/samplestory.h"
#include "formats/storyformat.h"
#include "formats/storygenerator.h"
#include "jobs/storyjob.h"
#include "nodelist/nodetablemodel.h"
#include "store/sqlitestorystore.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <string>

using namespace ryuk;

namespace {

constexpr int LargeNodeCount = 1234;

template<typename T>
QByteArray describe(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

// Nodes n00000, n00001, …: a Scene, a Character, a Choice and an Event in turn,
// with fields the table shows and positions that are easy to predict.
Node largeStoryNode(int i)
{
    const std::string n = std::to_string(i);
    Node node;
    node.id = QStringLiteral("n%1").arg(i, 5, 10, QLatin1Char('0')).toStdString();
    node.x = i * 10;
    node.y = -i * 2.5;
    switch (i % 4) {
    case 0:
        node.type = NodeType::Scene;
        node.properties = R"({"chapter":)" + std::to_string(i / 100 + 1) + R"(,"sequence":)" + n + R"(,"title":"Scene )"
                + n + R"("})";
        break;
    case 1:
        node.type = NodeType::Character;
        node.properties = R"({"name":"Character )" + n + R"("})";
        break;
    case 2:
        node.type = NodeType::Choice;
        node.properties = R"({"text":"Take path )" + n + R"(\nnow"})";
        break;
    default:
        node.type = NodeType::Event;
        node.properties = R"({"title":"Event )" + n + R"("})";
        break;
    }
    // Nodes without their usual field fall back to the others; "label" is the last resort.
    if (i == 6)
        node.properties = R"({"label":"Fork 6"})";
    if (i == 7) {
        node.type = "Location";
        node.properties = R"({"label":"Harbor 7","weight":2})";
    }
    return node;
}

QString statusText(QMainWindow &window)
{
    QStringList texts;
    const auto labels = window.statusBar()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->isHidden())
            texts.append(label->text());
    }
    return texts.join(QLatin1Char(' '));
}

int rowOf(const QAbstractItemModel *model, const QString &id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(NodeTableModel::NodeIdRole).toString() == id)
            return row;
    }
    return -1;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// A small JSON v1 story: three nodes and two relationships, with ids the sample story does not use.
const QByteArray SmallJson = R"({"format":"ryuk.story","version":1,"title":"The Night Ferry",
 "nodes":[
  {"id":"imp-mira","type":"Character","x":-180,"y":40,"properties":{"name":"Mira Vell"}},
  {"id":"imp-s1","type":"Scene","x":0,"y":0,"properties":{"chapter":1,"sequence":1,"title":"Pier 9"}},
  {"id":"imp-s2","type":"Scene","x":480,"y":12.5,"properties":{"chapter":1,"sequence":2,"title":"Crossing"}}
 ],
 "relationships":[
  {"id":"imp-r1","type":"APPEARS_IN","from":"imp-mira","to":"imp-s1","properties":{}},
  {"id":"imp-r2","type":"LEADS_TO","from":"imp-s1","to":"imp-s2","properties":{}}
 ]}
)";
constexpr int SmallJsonNodes = 3;
constexpr int SmallJsonRelationships = 2;

// Valid nodes first, so a half-done import would show; then a stray comma on line 4.
const QByteArray BrokenJson = R"({"format":"ryuk.story","version":1,
 "nodes":[
  {"id":"bad-1","type":"Scene","x":0,"y":0,"properties":{"title":"Fine"}},
  {"id":"bad-2","type":"Scene","x":0,"y":0,"properties":{"title":"Broken"},}
 ]}
)";

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

// The story's counts as a second connection sees them: what is on disk, not what the window shows.
StoryStats statsOnDisk(const QString &path)
{
    auto store = openStory(path, OpenMode::OpenExisting);
    if (!store)
        return {};
    auto stats = (*store)->stats();
    return stats ? *stats : StoryStats{};
}

// Sends a drag of `path` onto the window, as the desktop would; true if the window took it.
bool dropFile(QWidget &window, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    return drop.isAccepted();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void startsWithEmptyState();
    void opensSampleStory();
    void typeFilterShowsOneType_data();
    void typeFilterShowsOneType();
    void viewMenuFollowsTypeBox();
    void loadsPagesLazily();
    void scrollingToTheEndLoadsTheNextPage();
    void typeFilterResetsToFirstPage();
    void showsNodeFields_data();
    void showsNodeFields();
    void refusesFilesThatAreNotStories_data();
    void refusesFilesThatAreNotStories();
    void failedOpenKeepsCurrentStory();
    void titleFallsBackToFileName();
    void closeShowsEmptyState();
    void remembersRecentFiles();
    void restoresGeometry();

    void importNeedsAStory();
    void emptyStateNamesDroppableFiles();
    void importsJsonIntoOpenStory();
    void failedImportChangesNothing();
    void cancelledImportChangesNothing();
    void droppedFileMakesNewStory();
    void droppedFileImportsIntoOpenStory();
    void failedNewStoryLeavesNothingBehind();
    void newStoryPathAvoidsTakenNames();

private:
    // A copy of the sample story to import into, so the sample itself stays as it is.
    QString copyOfSample(const QString &name);

    QTemporaryDir mDir;
    QString mSamplePath;
    QString mSampleTitle;
    QString mSampleFirstId;
    StoryStats mSampleStats;
    QString mLargePath;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(mDir.isValid());
    // Settings go to the temporary folder, never to the tester's own Ryuk Studio settings.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, mDir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("Ryuk Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    // Fixed number formats, so expected texts such as "1,234" hold on every machine.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    mSamplePath = mDir.filePath(QStringLiteral("sample.ryuk"));
    {
        auto store = openStory(mSamplePath, OpenMode::CreateNew);
        QVERIFY2(store.ok(), describe(store).constData());
        const Status loaded = loadSampleStory(**store);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
        auto title = (*store)->title();
        QVERIFY2(title.ok(), describe(title).constData());
        mSampleTitle = QString::fromStdString(*title);
        QVERIFY(!mSampleTitle.isEmpty());
        auto stats = (*store)->stats();
        QVERIFY2(stats.ok(), describe(stats).constData());
        mSampleStats = *stats;
        QVERIFY(mSampleStats.nodes > 0);
        QVERIFY(mSampleStats.nodesByType[NodeType::Character] > 0);
        auto first = (*store)->nodes({}, {1, 1});
        QVERIFY2(first.ok(), describe(first).constData());
        QVERIFY(!first->data.empty());
        mSampleFirstId = QString::fromStdString(first->data.front().id);
    }

    // Larger than two pages, built in one batch, and without a title.
    mLargePath = mDir.filePath(QStringLiteral("large.ryuk"));
    {
        auto store = openStory(mLargePath, OpenMode::CreateNew);
        QVERIFY2(store.ok(), describe(store).constData());
        auto batch = (*store)->beginBatch();
        QVERIFY2(batch.ok(), describe(batch).constData());
        for (int i = 0; i < LargeNodeCount; ++i) {
            const Status added = (*batch)->addNode(largeStoryNode(i));
            QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().toString()));
        }
        const Status committed = (*batch)->commit();
        QVERIFY2(committed.ok(), committed.ok() ? "" : qPrintable(committed.error().toString()));
    }
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::startsWithEmptyState()
{
    MainWindow window;
    QVERIFY(!window.hasStory());
    QCOMPARE(window.windowTitle(), QStringLiteral("Ryuk Studio"));
    auto *list = window.findChild<QStackedWidget *>(QStringLiteral("centralStack"));
    QVERIFY(list);
    QCOMPARE(list->currentWidget(), window.findChild<QWidget *>(QStringLiteral("emptyState")));
    auto *prompt = window.findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
    QVERIFY(prompt);
    QCOMPARE(prompt->text(), QStringLiteral("Open a story (Ctrl+O)"));
    QVERIFY(!window.findChild<QComboBox *>(QStringLiteral("typeFilterBox"))->isEnabled());
    QCOMPARE(window.nodeModel()->rowCount(), 0);
}

void TestMainWindow::opensSampleStory()
{
    MainWindow window;
    QSignalSpy opened(&window, &MainWindow::storyOpened);
    QVERIFY2(window.openStory(mSamplePath), qPrintable(window.lastError()));
    QCOMPARE(opened.count(), 1);
    QVERIFY(window.hasStory());
    QVERIFY(window.lastError().isEmpty());

    auto *view = window.findChild<QTableView *>(QStringLiteral("nodeTable"));
    QVERIFY(view);
    // The canvas holds the middle; the table lives in the Nodes dock.
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("centralStack"))->currentWidget(),
             static_cast<QWidget *>(window.canvas()));
    QCOMPARE(window.dock(QStringLiteral("nodesDock"))->widget(), view);
    QVERIFY(!view->isSortingEnabled());
    QCOMPARE(view->selectionBehavior(), QAbstractItemView::SelectRows);
    // The sample fits in one page, so every node is there at once.
    QCOMPARE(view->model()->rowCount(), int(mSampleStats.nodes));
    QCOMPARE(view->model()->columnCount(), int(NodeTableModel::ColumnCount));
    QCOMPARE(cell(view->model(), 0, NodeTableModel::IdColumn), mSampleFirstId);
    QCOMPARE(view->model()->headerData(NodeTableModel::LabelColumn, Qt::Horizontal).toString(),
             QStringLiteral("Title / Name"));

    QCOMPARE(window.windowTitle(), QStringLiteral("%1 — Ryuk Studio").arg(mSampleTitle));

    const QString status = statusText(window);
    const QLocale locale;
    QVERIFY2(status.contains(mSampleTitle), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Nodes: %1").arg(locale.toString(mSampleStats.nodes))), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Relationships: %1").arg(locale.toString(mSampleStats.relationships))),
             qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Rows loaded: %1 of %1").arg(locale.toString(mSampleStats.nodes))),
             qPrintable(status));
}

void TestMainWindow::typeFilterShowsOneType_data()
{
    QTest::addColumn<QString>("type");
    for (const char *type : {NodeType::Scene, NodeType::Character, NodeType::Choice, NodeType::Event})
        QTest::newRow(type) << QString::fromUtf8(type);
}

void TestMainWindow::typeFilterShowsOneType()
{
    QFETCH(QString, type);
    MainWindow window;
    QVERIFY2(window.openStory(mSamplePath), qPrintable(window.lastError()));
    auto *box = window.findChild<QComboBox *>(QStringLiteral("typeFilterBox"));
    QVERIFY(box && box->isEnabled());
    const int index = box->findData(type);
    QVERIFY(index > 0);
    box->setCurrentIndex(index);

    const QAbstractItemModel *model = window.nodeModel();
    const qint64 expected = mSampleStats.nodesByType[type.toStdString()];
    QVERIFY(expected > 0);
    QCOMPARE(model->rowCount(), int(expected));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(cell(model, row, NodeTableModel::TypeColumn), type);
    QVERIFY2(statusText(window).contains(QStringLiteral("Rows loaded: %1 of %1").arg(expected)),
             qPrintable(statusText(window)));

    box->setCurrentIndex(box->findData(QString()));
    QCOMPARE(model->rowCount(), int(mSampleStats.nodes));
}

void TestMainWindow::viewMenuFollowsTypeBox()
{
    MainWindow window;
    QVERIFY2(window.openStory(mSamplePath), qPrintable(window.lastError()));
    auto *box = window.findChild<QComboBox *>(QStringLiteral("typeFilterBox"));
    auto *group = window.findChild<QActionGroup *>();
    QVERIFY(box && group);
    QCOMPARE(group->actions().size(), box->count());

    // The menu drives the box and the model…
    QAction *character = group->actions().at(box->findData(QString::fromUtf8(NodeType::Character)));
    character->trigger();
    QCOMPARE(box->currentData().toString(), QString::fromUtf8(NodeType::Character));
    QCOMPARE(window.nodeModel()->typeFilter(), std::optional<std::string>(NodeType::Character));
    QCOMPARE(window.nodeModel()->rowCount(), int(mSampleStats.nodesByType[NodeType::Character]));

    // …and the box drives the menu.
    box->setCurrentIndex(box->findData(QString::fromUtf8(NodeType::Event)));
    QCOMPARE(group->checkedAction(), group->actions().at(box->currentIndex()));
    QCOMPARE(window.nodeModel()->typeFilter(), std::optional<std::string>(NodeType::Event));

    // Another story starts unfiltered.
    QVERIFY2(window.openStory(mLargePath), qPrintable(window.lastError()));
    QCOMPARE(box->currentIndex(), 0);
    QCOMPARE(group->checkedAction(), group->actions().constFirst());
    QVERIFY(!window.nodeModel()->typeFilter());
}

void TestMainWindow::loadsPagesLazily()
{
    MainWindow window;
    QVERIFY2(window.openStory(mLargePath), qPrintable(window.lastError()));
    NodeTableModel *model = window.nodeModel();
    const int page = model->pageSize();
    QCOMPARE(page, NodeTableModel::DefaultPageSize);
    QVERIFY(LargeNodeCount > 2 * page);

    // Only the first page before anyone scrolls; the total is known all the same.
    QCOMPARE(model->rowCount(), page);
    QCOMPARE(model->totalCount(), qint64(LargeNodeCount));
    QVERIFY(model->canFetchMore({}));
    QVERIFY2(statusText(window).contains(QStringLiteral("Rows loaded: 500 of 1,234")), qPrintable(statusText(window)));

    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 2 * page);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), page);
    QCOMPARE(inserted.constFirst().at(2).toInt(), 2 * page - 1);
    QVERIFY2(statusText(window).contains(QStringLiteral("Rows loaded: 1,000 of 1,234")),
             qPrintable(statusText(window)));

    model->fetchMore({});
    QCOMPARE(model->rowCount(), LargeNodeCount);
    QVERIFY(!model->canFetchMore({}));

    // Pages follow on from each other: every node exactly once.
    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(cell(model, row, NodeTableModel::IdColumn));
    QCOMPARE(ids.size(), LargeNodeCount);
}

void TestMainWindow::scrollingToTheEndLoadsTheNextPage()
{
    MainWindow window;
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.openStory(mLargePath), qPrintable(window.lastError()));
    auto *view = window.findChild<QTableView *>(QStringLiteral("nodeTable"));
    QVERIFY(view && view->isVisible());
    QCOMPARE(view->model()->rowCount(), NodeTableModel::DefaultPageSize);

    // The columns were fitted to the first page: nothing collapsed, nothing absurdly wide.
    for (int column = 0; column < NodeTableModel::ColumnCount; ++column) {
        const int width = view->columnWidth(column);
        QVERIFY2(width > 10 && width < 600, qPrintable(QString::number(width)));
    }

    QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QTRY_COMPARE(view->model()->rowCount(), 2 * NodeTableModel::DefaultPageSize);
}

void TestMainWindow::typeFilterResetsToFirstPage()
{
    MainWindow window;
    QVERIFY2(window.openStory(mLargePath), qPrintable(window.lastError()));
    NodeTableModel *model = window.nodeModel();
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 2 * model->pageSize());

    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    model->setTypeFilter(std::string(NodeType::Scene));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model->rowCount(), (LargeNodeCount + 3) / 4); // every fourth node, all in the first page
    QVERIFY(!model->canFetchMore({}));

    model->setTypeFilter(std::string(NodeType::Scene)); // the same filter again changes nothing
    QCOMPARE(reset.count(), 1);

    model->setTypeFilter(std::nullopt);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model->rowCount(), model->pageSize());
    QVERIFY(model->canFetchMore({}));
}

void TestMainWindow::showsNodeFields_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("cells"); // Id, Type, Title / Name, Chapter, Sequence, X, Y

    QTest::newRow("scene") << QStringLiteral(
            "n00104") << QStringList{QStringLiteral("n00104"), QStringLiteral("Scene"), QStringLiteral("Scene 104"),
                                     QStringLiteral("2"),      QStringLiteral("104"),   QStringLiteral("1,040"),
                                     QStringLiteral("-260")};
    QTest::newRow("character") << QStringLiteral("n00001") << QStringList{QStringLiteral("n00001"),
                                                                          QStringLiteral("Character"),
                                                                          QStringLiteral("Character 1"),
                                                                          QString(),
                                                                          QString(),
                                                                          QStringLiteral("10"),
                                                                          QStringLiteral("-2.5")};
    // A line break would be clipped in a one-line row; it is shown as a space.
    QTest::newRow("choice") << QStringLiteral("n00002") << QStringList{QStringLiteral("n00002"),
                                                                       QStringLiteral("Choice"),
                                                                       QStringLiteral("Take path 2 now"),
                                                                       QString(),
                                                                       QString(),
                                                                       QStringLiteral("20"),
                                                                       QStringLiteral("-5")};
    QTest::newRow("choice with a label") << QStringLiteral("n00006") << QStringList{QStringLiteral("n00006"),
                                                                                    QStringLiteral("Choice"),
                                                                                    QStringLiteral("Fork 6"),
                                                                                    QString(),
                                                                                    QString(),
                                                                                    QStringLiteral("60"),
                                                                                    QStringLiteral("-15")};
    QTest::newRow("custom type") << QStringLiteral("n00007") << QStringList{QStringLiteral("n00007"),
                                                                            QStringLiteral("Location"),
                                                                            QStringLiteral("Harbor 7"),
                                                                            QString(),
                                                                            QString(),
                                                                            QStringLiteral("70"),
                                                                            QStringLiteral("-17.5")};
    QTest::newRow("event") << QStringLiteral("n00003") << QStringList{QStringLiteral("n00003"),
                                                                      QStringLiteral("Event"),
                                                                      QStringLiteral("Event 3"),
                                                                      QString(),
                                                                      QString(),
                                                                      QStringLiteral("30"),
                                                                      QStringLiteral("-7.5")};
}

void TestMainWindow::showsNodeFields()
{
    QFETCH(QString, id);
    QFETCH(QStringList, cells);
    MainWindow window;
    QVERIFY2(window.openStory(mLargePath), qPrintable(window.lastError()));
    const QAbstractItemModel *model = window.nodeModel();
    const int row = rowOf(model, id);
    QVERIFY(row >= 0);
    QStringList actual;
    for (int column = 0; column < NodeTableModel::ColumnCount; ++column)
        actual.append(cell(model, row, column));
    QCOMPARE(actual, cells);

    // Numbers line up on the right; the typed value is there for whoever needs more than text.
    const QModelIndex x = model->index(row, NodeTableModel::XColumn);
    QCOMPARE(x.data(Qt::TextAlignmentRole).toInt() & Qt::AlignHorizontal_Mask, int(Qt::AlignRight));
    QCOMPARE(x.data(NodeTableModel::ValueRole).toDouble(),
             QString(cells.at(NodeTableModel::XColumn)).remove(u',').toDouble());
}

void TestMainWindow::refusesFilesThatAreNotStories_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contents"); // written first unless null

    QTest::newRow("text file") << mDir.filePath(QStringLiteral("hello.ryuk")) << QByteArray("hello");
    QTest::newRow("empty file") << mDir.filePath(QStringLiteral("empty.ryuk")) << QByteArray("");
    QTest::newRow("missing file") << mDir.filePath(QStringLiteral("missing.ryuk")) << QByteArray();

    // The sample cut in half: a real SQLite header in front of missing pages.
    QFile sample(mSamplePath);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QTest::newRow("damaged story") << mDir.filePath(QStringLiteral("damaged.ryuk"))
                                   << sample.readAll().left(int(sample.size() / 2));
}

void TestMainWindow::refusesFilesThatAreNotStories()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contents);
    if (!contents.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(contents), contents.size());
    }

    MainWindow window;
    QSignalSpy errors(&window, &MainWindow::errorOccurred);
    QSignalSpy opened(&window, &MainWindow::storyOpened);
    QVERIFY(!window.openStory(path));
    QCOMPARE(opened.count(), 0);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.constFirst().constFirst().toString(), window.lastError());
    QVERIFY2(window.lastError().contains(QFileInfo(path).fileName()), qPrintable(window.lastError()));

    QVERIFY(!window.hasStory());
    QCOMPARE(window.windowTitle(), QStringLiteral("Ryuk Studio"));
    QCOMPARE(window.nodeModel()->rowCount(), 0);
    QVERIFY(window.recentFiles().isEmpty());

    // Refusing a file never writes to it.
    if (!contents.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), contents);
    } else {
        QVERIFY(!QFileInfo::exists(path));
    }
}

void TestMainWindow::failedOpenKeepsCurrentStory()
{
    const QString notAStory = mDir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(notAStory);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("hello");
    }

    MainWindow window;
    QVERIFY2(window.openStory(mSamplePath), qPrintable(window.lastError()));
    const QString title = window.windowTitle();
    QVERIFY(!window.openStory(notAStory));
    QVERIFY(window.lastError().contains(QStringLiteral("notes.txt")));
    QVERIFY(window.hasStory());
    QCOMPARE(window.storyPath(), QFileInfo(mSamplePath).absoluteFilePath());
    QCOMPARE(window.windowTitle(), title);
    QCOMPARE(window.nodeModel()->rowCount(), int(mSampleStats.nodes));

    // Opening the open story again works (it is closed first, not opened twice).
    QVERIFY2(window.openStory(mSamplePath), qPrintable(window.lastError()));
    QCOMPARE(window.nodeModel()->rowCount(), int(mSampleStats.nodes));
}

void TestMainWindow::titleFallsBackToFileName()
{
    MainWindow window;
    QVERIFY2(window.openStory(mLargePath), qPrintable(window.lastError()));
    QCOMPARE(window.windowTitle(), QStringLiteral("large.ryuk — Ryuk Studio"));
    QVERIFY(statusText(window).contains(QStringLiteral("large.ryuk")));
    QVERIFY(statusText(window).contains(QStringLiteral("Nodes: 1,234")));
}

void TestMainWindow::closeShowsEmptyState()
{
    MainWindow window;
    QVERIFY2(window.openStory(mSamplePath), qPrintable(window.lastError()));
    QSignalSpy closed(&window, &MainWindow::storyClosed);
    window.closeStory();
    QCOMPARE(closed.count(), 1);
    QVERIFY(!window.hasStory());
    QCOMPARE(window.nodeModel()->rowCount(), 0);
    QCOMPARE(window.windowTitle(), QStringLiteral("Ryuk Studio"));
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("centralStack"))->currentWidget(),
             window.findChild<QWidget *>(QStringLiteral("emptyState")));
    QVERIFY(!statusText(window).contains(mSampleTitle));

    window.closeStory(); // closing nothing is not an error
    QCOMPARE(closed.count(), 1);
}

void TestMainWindow::remembersRecentFiles()
{
    const QString sample = QFileInfo(mSamplePath).absoluteFilePath();
    const QString large = QFileInfo(mLargePath).absoluteFilePath();
    {
        MainWindow window;
        QVERIFY(window.recentFiles().isEmpty());
        QVERIFY2(window.openStory(mSamplePath), qPrintable(window.lastError()));
        QVERIFY2(window.openStory(mLargePath), qPrintable(window.lastError()));
        QCOMPARE(window.recentFiles(), (QStringList{large, sample}));
        QVERIFY2(window.openStory(mSamplePath), qPrintable(window.lastError()));
        QCOMPARE(window.recentFiles(), (QStringList{sample, large}));
    }

    // Kept in the settings for the next window, newest first, ten at most.
    MainWindow window;
    QCOMPARE(window.recentFiles(), (QStringList{sample, large}));
    QStringList copies;
    for (int i = 0; i < MainWindow::MaxRecentFiles + 1; ++i) {
        const QString copy = mDir.filePath(QStringLiteral("copy%1.ryuk").arg(i));
        QVERIFY(QFile::copy(mSamplePath, copy));
        QVERIFY2(window.openStory(copy), qPrintable(window.lastError()));
        copies.prepend(QFileInfo(copy).absoluteFilePath());
    }
    QCOMPARE(window.recentFiles(), copies.mid(0, MainWindow::MaxRecentFiles));

    // The File menu lists them.
    QMenu *recentMenu = nullptr;
    const auto menus = window.findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        if (menu->title() == QStringLiteral("Open &Recent"))
            recentMenu = menu;
    }
    QVERIFY(recentMenu);
    QVERIFY(recentMenu->isEnabled());
    QCOMPARE(recentMenu->actions().constFirst()->toolTip(), QDir::toNativeSeparators(copies.constFirst()));
}

void TestMainWindow::restoresGeometry()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(777, 555);
        QTRY_COMPARE(window.size(), QSize(777, 555));
        window.close();
    }
    MainWindow window;
    QCOMPARE(window.size(), QSize(777, 555));
}

QString TestMainWindow::copyOfSample(const QString &name)
{
    const QString path = mDir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(mSamplePath, path))
        return {};
    return path;
}

void TestMainWindow::importNeedsAStory()
{
    MainWindow window;
    auto *import = window.findChild<QAction *>(QStringLiteral("importAction"));
    QVERIFY(import);
    QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(!import->isEnabled());

    const QString json = mDir.filePath(QStringLiteral("orphan.json"));
    QVERIFY(writeFile(json, SmallJson));
    QVERIFY(!window.importFile(json));
    QVERIFY2(window.lastError().contains(QStringLiteral("orphan.json")), qPrintable(window.lastError()));

    QVERIFY2(window.openStory(mSamplePath), qPrintable(window.lastError()));
    QVERIFY(import->isEnabled());
    window.closeStory();
    QVERIFY(!import->isEnabled());
}

void TestMainWindow::emptyStateNamesDroppableFiles()
{
    MainWindow window;
    auto *hint = window.findChild<QLabel *>(QStringLiteral("emptyStateHint"));
    QVERIFY(hint);
    QVERIFY2(hint->text().contains(QStringLiteral(".ryuk")), qPrintable(hint->text()));
    // Every format this build can import, whichever those are.
    for (const auto &format : storyFormats()) {
        if (!format->canRead())
            continue;
        QVERIFY2(hint->text().contains(format->name()), qPrintable(hint->text()));
        for (const QString &extension : format->extensions())
            QVERIFY2(hint->text().contains(QLatin1Char('.') + extension), qPrintable(hint->text()));
    }
}

void TestMainWindow::importsJsonIntoOpenStory()
{
    const QString story = copyOfSample(QStringLiteral("import-target.ryuk"));
    QVERIFY(!story.isEmpty());
    const QString json = mDir.filePath(QStringLiteral("night-ferry.json"));
    QVERIFY(writeFile(json, SmallJson));

    MainWindow window;
    QVERIFY2(window.openStory(story), qPrintable(window.lastError()));
    const int before = window.nodeModel()->rowCount();
    QCOMPARE(before, int(mSampleStats.nodes));

    QSignalSpy started(&window, &MainWindow::jobStarted);
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QVERIFY2(window.importFile(json), qPrintable(window.lastError()));
    QCOMPARE(started.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().at(1).toBool(), true);
    QVERIFY(!window.isBusy());
    QVERIFY(window.lastError().isEmpty());

    // Exactly the imported nodes more, in the table and in the counts.
    QCOMPARE(window.nodeModel()->rowCount(), before + SmallJsonNodes);
    QVERIFY(rowOf(window.nodeModel(), QStringLiteral("imp-s2")) >= 0);
    const QLocale locale;
    const QString status = statusText(window);
    QVERIFY2(status.contains(QStringLiteral("Nodes: %1").arg(locale.toString(mSampleStats.nodes + SmallJsonNodes))),
             qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Relationships: %1")
                                     .arg(locale.toString(mSampleStats.relationships + SmallJsonRelationships))),
             qPrintable(status));
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Imported 3 nodes and 2 relationships from night-ferry.json"));
    // The sample has a title of its own; the import does not replace it.
    QCOMPARE(window.windowTitle(), QStringLiteral("%1 — Ryuk Studio").arg(mSampleTitle));
    QCOMPARE(statsOnDisk(story).nodes, mSampleStats.nodes + SmallJsonNodes);

    // The Import action is back once the job is over.
    QVERIFY(window.findChild<QAction *>(QStringLiteral("importAction"))->isEnabled());
}

void TestMainWindow::failedImportChangesNothing()
{
    const QString story = copyOfSample(QStringLiteral("broken-target.ryuk"));
    QVERIFY(!story.isEmpty());
    const QString json = mDir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(json, BrokenJson));

    MainWindow window;
    QVERIFY2(window.openStory(story), qPrintable(window.lastError()));
    const QString statusBefore = statusText(window);
    QSignalSpy errors(&window, &MainWindow::errorOccurred);
    QVERIFY(!window.importFile(json));
    QCOMPARE(errors.count(), 1);

    // file:line:column: message, with the file named as the user knows it.
    static const QRegularExpression where(QStringLiteral("broken\\.json:4:\\d+: \\S"));
    QVERIFY2(where.match(window.lastError()).hasMatch(), qPrintable(window.lastError()));
    QVERIFY(!window.isBusy());
    QCOMPARE(window.nodeModel()->rowCount(), int(mSampleStats.nodes));
    QCOMPARE(rowOf(window.nodeModel(), QStringLiteral("bad-1")), -1);
    QCOMPARE(statusText(window), statusBefore);
    const StoryStats onDisk = statsOnDisk(story);
    QCOMPARE(onDisk.nodes, mSampleStats.nodes);
    QCOMPARE(onDisk.relationships, mSampleStats.relationships);
}

void TestMainWindow::cancelledImportChangesNothing()
{
    // A story of its own: the generated ids ("s1", "s2", …) would clash with the sample's.
    const QString story = mDir.filePath(QStringLiteral("cancel-target.ryuk"));
    {
        auto created = openStory(story, OpenMode::CreateNew);
        QVERIFY2(created.ok(), describe(created).constData());
    }
    const QString small = mDir.filePath(QStringLiteral("cancel-small.json"));
    QVERIFY(writeFile(small, SmallJson));
    const QString generated = mDir.filePath(QStringLiteral("twenty-thousand.json"));
    GeneratorOptions options;
    options.scenes = 20000;
    auto summary = generateStoryFile(options, generated);
    QVERIFY2(summary.ok(), describe(summary).constData());

    MainWindow window;
    QVERIFY2(window.openStory(story), qPrintable(window.lastError()));
    QVERIFY2(window.importFile(small), qPrintable(window.lastError())); // so there is something to keep
    const QString statusBefore = statusText(window);
    bool sawProgress = false;
    connect(&window, &MainWindow::jobStarted, this, [&sawProgress](StoryJob *job) {
        // As if the user pressed Cancel as soon as the first figures came in.
        connect(job, &StoryJob::progress, job, [job, &sawProgress] {
            sawProgress = true;
            job->cancel();
        });
    });
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QVERIFY(!window.importFile(generated));
    QVERIFY2(sawProgress, qPrintable(window.lastError()));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().at(1).toBool(), false);
    QVERIFY2(window.lastError().endsWith(QStringLiteral("import cancelled")), qPrintable(window.lastError()));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
             qPrintable(window.statusBar()->currentMessage()));

    QVERIFY(!window.isBusy());
    QCOMPARE(window.nodeModel()->rowCount(), SmallJsonNodes);
    QCOMPARE(statusText(window), statusBefore);
    const StoryStats onDisk = statsOnDisk(story);
    QCOMPARE(onDisk.nodes, qint64(SmallJsonNodes));
    QCOMPARE(onDisk.relationships, qint64(SmallJsonRelationships));
}

void TestMainWindow::droppedFileMakesNewStory()
{
    QTemporaryDir dropDir;
    QVERIFY(dropDir.isValid());
    const QString json = dropDir.filePath(QStringLiteral("Night Ferry.json"));
    QVERIFY(writeFile(json, SmallJson));

    MainWindow window;
    QSignalSpy opened(&window, &MainWindow::storyOpened);
    QVERIFY(dropFile(window, json));
    QVERIFY(opened.wait());

    const QString expected = QFileInfo(dropDir.filePath(QStringLiteral("Night Ferry.ryuk"))).absoluteFilePath();
    QCOMPARE(window.storyPath(), expected);
    QVERIFY(QFileInfo::exists(expected));
    QCOMPARE(window.nodeModel()->rowCount(), SmallJsonNodes);
    // The new story takes the title the file brings.
    QCOMPARE(window.windowTitle(), QStringLiteral("The Night Ferry — Ryuk Studio"));
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Imported 3 nodes and 2 relationships from Night Ferry.json"));
    QCOMPARE(window.recentFiles().value(0), expected);

    // The same file dropped again, with no story open, does not touch the first story.
    window.closeStory();
    QVERIFY(dropFile(window, json));
    QVERIFY(opened.wait());
    QCOMPARE(window.storyPath(), QFileInfo(dropDir.filePath(QStringLiteral("Night Ferry 2.ryuk"))).absoluteFilePath());
    QCOMPARE(statsOnDisk(expected).nodes, SmallJsonNodes);
}

void TestMainWindow::droppedFileImportsIntoOpenStory()
{
    const QString story = copyOfSample(QStringLiteral("drop-target.ryuk"));
    QVERIFY(!story.isEmpty());
    const QString json = mDir.filePath(QStringLiteral("dropped.json"));
    QVERIFY(writeFile(json, SmallJson));

    MainWindow window;
    QVERIFY2(window.openStory(story), qPrintable(window.lastError()));
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QSignalSpy opened(&window, &MainWindow::storyOpened);
    QVERIFY(dropFile(window, json));
    QVERIFY(finished.wait());
    QCOMPARE(finished.constFirst().at(1).toBool(), true);
    QCOMPARE(opened.count(), 0); // the open story stays open
    QCOMPARE(window.storyPath(), QFileInfo(story).absoluteFilePath());
    QCOMPARE(window.nodeModel()->rowCount(), int(mSampleStats.nodes) + SmallJsonNodes);
    QVERIFY(!QFileInfo::exists(mDir.filePath(QStringLiteral("dropped.ryuk"))));

    // A story file dropped on the window opens, as before.
    QVERIFY(dropFile(window, mLargePath));
    QVERIFY(opened.wait());
    QCOMPARE(window.storyPath(), QFileInfo(mLargePath).absoluteFilePath());
}

void TestMainWindow::failedNewStoryLeavesNothingBehind()
{
    QTemporaryDir dropDir;
    QVERIFY(dropDir.isValid());
    const QString json = dropDir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(json, BrokenJson));

    MainWindow window;
    QVERIFY(!window.createStoryFromFile(json));
    QVERIFY2(window.lastError().contains(QStringLiteral("broken.json:4:")), qPrintable(window.lastError()));
    QVERIFY(!window.hasStory());
    QCOMPARE(QDir(dropDir.path()).entryList(QDir::Files), QStringList{QStringLiteral("broken.json")});
}

void TestMainWindow::newStoryPathAvoidsTakenNames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString json = dir.filePath(QStringLiteral("act.one.json"));
    QCOMPARE(MainWindow::newStoryPathFor(json), dir.filePath(QStringLiteral("act.one.ryuk")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("act.one.ryuk")), "taken"));
    QCOMPARE(MainWindow::newStoryPathFor(json), dir.filePath(QStringLiteral("act.one 2.ryuk")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("act.one 2.ryuk")), "taken"));
    QCOMPARE(MainWindow::newStoryPathFor(json), dir.filePath(QStringLiteral("act.one 3.ryuk")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
