// The Ryuk Studio main window: opens one story file, shows it on the canvas
// with its docks, and runs the editing, import, export, layout and play commands.
#include "mainwindow.h"

#include "canvas/minimap.h"
#include "canvas/storycanvas.h"
#include "docks/flowdock.h"
#include "docks/inspectordock.h"
#include "docks/outlinedock.h"
#include "docks/problemsdock.h"
#include "document/elementclipboard.h"
#include "document/storydocument.h"
#include "formats/samplestory.h"
#include "icons.h"
#include "languagesetting.h"
#include "formats/storyformat.h"
#include "graph/storylayout.h"
#include "jobs/jobprogressdialog.h"
#include "jobs/storyjob.h"
#include "nodelist/nodetablemodel.h"
#include "play/playdialog.h"
#include "profiler/profilerwidget.h"
#include "store/sqlitestorystore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <memory>
#include <set>
#include <thread>
#include <tuple>

namespace ryuk {

namespace {

// The View menu and the toolbar box offer the same choices, in this order.
struct TypeChoice
{
    const char *type; // nullptr for every type
    const char *label;
    const char *menuLabel; // the same with a mnemonic
};

constexpr TypeChoice TypeChoices[] = {
        {nullptr, QT_TRANSLATE_NOOP("ryuk::MainWindow", "All"), QT_TRANSLATE_NOOP("ryuk::MainWindow", "&All")},
        {NodeType::Scene, QT_TRANSLATE_NOOP("ryuk::MainWindow", "Scene"),
         QT_TRANSLATE_NOOP("ryuk::MainWindow", "&Scene")},
        {NodeType::Character, QT_TRANSLATE_NOOP("ryuk::MainWindow", "Character"),
         QT_TRANSLATE_NOOP("ryuk::MainWindow", "C&haracter")},
        {NodeType::Choice, QT_TRANSLATE_NOOP("ryuk::MainWindow", "Choice"),
         QT_TRANSLATE_NOOP("ryuk::MainWindow", "Ch&oice")},
        {NodeType::Event, QT_TRANSLATE_NOOP("ryuk::MainWindow", "Event"),
         QT_TRANSLATE_NOOP("ryuk::MainWindow", "&Event")},
};

const QString GeometryKey = QStringLiteral("MainWindow/geometry");
const QString StateKey = QStringLiteral("MainWindow/state");
const QString RecentFilesKey = QStringLiteral("recentFiles");
const QString LastDirectoryKey = QStringLiteral("lastDirectory");

// How long the outcome of an import stays in the status bar.
constexpr int ImportMessageTimeout = 8000; // ms

// Column widths come from the contents, within reason: a 256-byte id must not
// push the other columns out of sight. In average characters.
constexpr int MaxIdColumnChars = 24;

// Two files are the same story if they resolve to the same file on disk.
bool sameFile(const QString &a, const QString &b)
{
    const QString canonicalA = QFileInfo(a).canonicalFilePath();
    return !canonicalA.isEmpty() && canonicalA == QFileInfo(b).canonicalFilePath();
}

// The one local file being dragged, or an empty string.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

// The formats a file can be imported from, in registry order.
std::vector<const StoryFormat *> readableFormats()
{
    std::vector<const StoryFormat *> formats;
    for (const auto &format : storyFormats()) {
        if (format->canRead())
            formats.push_back(format.get());
    }
    return formats;
}

// What an import job hands back to the GUI thread. Written by the worker,
// read by the window only after the job has finished.
struct ImportOutcome
{
    ImportSummary summary;
    // Read by the worker after the import (the counts come from the graph).
    std::optional<std::string> title;
    // A story made for the import, handed over open with its graph: opening
    // it again on the GUI thread would check the whole file there, a second
    // or so for a large one.
    std::unique_ptr<StoryStore> newStore;
    std::unique_ptr<StoryGraph> newGraph;
};

// Runs on the worker thread: its own store on the file, as a store serves one
// thread at a time; the window's store sees the rows once this one commits.
Status importIntoStory(const QString &sourcePath, const QString &storyPath, bool newStory,
                       const ProgressCallback &progress, ImportOutcome &outcome)
{
    // Every message names a file: the story's if the store did not say, the source's if the import did not.
    auto naming = [](Error error, const QString &file) {
        if (error.file.isEmpty())
            error.file = QDir::toNativeSeparators(file);
        return error;
    };
    Result<std::unique_ptr<StoryStore>> opened
            = ryuk::openStory(storyPath, newStory ? OpenMode::CreateNew : OpenMode::OpenExisting);
    if (!opened)
        return naming(opened.takeError(), storyPath);
    std::unique_ptr<StoryStore> store = std::move(opened).value();

    ImportOptions options;
    options.progress = progress;
    Result<ImportSummary> imported = ryuk::importFile(*store, sourcePath, options);
    if (!imported) {
        if (newStory) {
            // A story made for this import goes with it, so a failed drop leaves no empty story behind
            // (only the file made here: never one another program put at the path since).
            (void)ryuk::discardNewStory(std::move(store)).ok();
        }
        return naming(imported.takeError(), sourcePath);
    }
    outcome.summary = *imported;
    if (Result<std::string> title = store->title())
        outcome.title = std::move(title).value();
    if (newStory) {
        auto graph = StoryGraph::build(*store);
        if (!graph)
            return naming(graph.takeError(), storyPath);
        outcome.newGraph = std::move(*graph);
        outcome.newStore = std::move(store);
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), mUndoGroup(new QUndoGroup(this)), mNodeModel(new NodeTableModel(this))
{
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);

    mCanvas = new StoryCanvas(this);
    mCanvas->setObjectName(QStringLiteral("storyCanvas"));
    mCentral = new QStackedWidget(this);
    mCentral->setObjectName(QStringLiteral("centralStack"));

    createActions();
    mCentral->addWidget(createEmptyState());
    mCentral->addWidget(mCanvas);
    setCentralWidget(mCentral);
    createDocks();
    createMenus();
    createToolBars();
    createStatusBar();

    connect(mNodeModel, &NodeTableModel::errorOccurred, this, &MainWindow::reportModelError);
    connect(mNodeModel, &NodeTableModel::loadedCountChanged, this, &MainWindow::updateLoadedCount);
    connect(mNodeModel, &NodeTableModel::modelReset, this, &MainWindow::fitColumnsToFirstPage);
    connect(mCanvas, &StoryCanvas::zoomChanged, this, &MainWindow::updateZoomLabel);
    connect(mCanvas, &StoryCanvas::contextMenuRequested, this, &MainWindow::showCanvasMenu);
    connect(mUndoGroup, &QUndoGroup::cleanChanged, this, &MainWindow::updateActions);
    connect(mUndoGroup, &QUndoGroup::indexChanged, this, &MainWindow::updateActions);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &MainWindow::updateActions);

    readSettings();
    updateRecentFilesMenu();
    updateStoryState();
}

MainWindow::~MainWindow()
{
    // A job still running is cancelled and waited for here, while the window
    // is whole; its finished() must not reach a half-destroyed window.
    if (mJob) {
        mJob->disconnect(this);
        delete mJob;
        mJob = nullptr;
    }
    // Views let go of the document before it goes away.
    closeStory();
}

namespace {

QAction *makeAction(QObject *parent, const char *iconName, const QString &text, const QKeySequence &shortcut,
                    const QString &statusTip)
{
    auto *action = new QAction(*iconName ? themedIcon(iconName) : QIcon(), text, parent);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setStatusTip(statusTip);
    return action;
}

} // namespace

void MainWindow::createActions()
{
    mNewAction = makeAction(this, "new", tr("&New…"), QKeySequence::New, tr("Create a new, empty story"));
    mNewAction->setIconText(tr("New"));
    connect(mNewAction, &QAction::triggered, this, &MainWindow::chooseNewStory);

    mOpenAction = new QAction(themedIcon("open"), tr("&Open…"), this);
    mOpenAction->setIconText(tr("Open")); // the toolbar's short form, without the ellipsis
    mOpenAction->setShortcut(QKeySequence::Open);
    mOpenAction->setStatusTip(tr("Open a story file"));
    mOpenAction->setToolTip(
            tr("Open a story file (%1)").arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    connect(mOpenAction, &QAction::triggered, this, &MainWindow::chooseStory);

    mImportAction = makeAction(this, "import", tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                               tr("Add the nodes and relationships of a file in another format to the open story"));
    mImportAction->setObjectName(QStringLiteral("importAction"));
    connect(mImportAction, &QAction::triggered, this, &MainWindow::chooseImportFile);

    mExportAction = makeAction(this, "export", tr("&Story…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                               tr("Write the story as JSON, Twee, GraphML or DOT"));
    connect(mExportAction, &QAction::triggered, this, &MainWindow::chooseExportFile);
    mExportPngAction = makeAction(this, "save-image", tr("Canvas as &PNG Image…"), {},
                                  tr("Save the canvas, or the selection, as a PNG image"));
    connect(mExportPngAction, &QAction::triggered, this, [this] { chooseImageFile(false); });
    mExportSvgAction = makeAction(this, "save-image", tr("Canvas as S&VG…"), {},
                                  tr("Save the canvas, or the selection, as an SVG drawing"));
    connect(mExportSvgAction, &QAction::triggered, this, [this] { chooseImageFile(true); });

    mReloadAction = makeAction(this, "", tr("&Reload"), QKeySequence::Refresh,
                               tr("Read the story again from its file (after another program changed it)"));
    connect(mReloadAction, &QAction::triggered, this, &MainWindow::reloadStory);

    mCloseAction = makeAction(this, "", tr("&Close"), QKeySequence(Qt::CTRL | Qt::Key_W),
                              tr("Close the story"));
    connect(mCloseAction, &QAction::triggered, this, &MainWindow::closeStory);

    mQuitAction = makeAction(this, "", tr("&Quit"), QKeySequence::Quit, tr("Quit Ryuk Studio"));
    mQuitAction->setMenuRole(QAction::QuitRole);
    // close() rather than quit(), so the window saves its geometry on the way out.
    connect(mQuitAction, &QAction::triggered, this, &QWidget::close);

    mClearRecentAction = new QAction(tr("&Clear Menu"), this);
    connect(mClearRecentAction, &QAction::triggered, this, [this] { setRecentFiles({}); });

    mTypeFilterGroup = new QActionGroup(this);
    mTypeFilterGroup->setExclusive(true);
    for (int i = 0; i < int(std::size(TypeChoices)); ++i) {
        QAction *action = mTypeFilterGroup->addAction(tr(TypeChoices[i].menuLabel));
        action->setCheckable(true);
        action->setData(i);
        action->setStatusTip(i == 0 ? tr("Show nodes of every type") : tr("Show only nodes of this type"));
    }
    mTypeFilterGroup->actions().constFirst()->setChecked(true);
    connect(mTypeFilterGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setTypeFilterIndex(action->data().toInt()); });

    mAboutAction = new QAction(tr("&About Ryuk Studio"), this);
    mAboutAction->setMenuRole(QAction::AboutRole);
    connect(mAboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    mAboutQtAction = new QAction(tr("About &Qt"), this);
    mAboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(mAboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    createEditActions();
    createViewActions();
    createGraphActions();
}

void MainWindow::createEditActions()
{
    mUndoAction = mUndoGroup->createUndoAction(this, tr("&Undo"));
    mUndoAction->setIcon(themedIcon("undo"));
    mUndoAction->setShortcut(QKeySequence::Undo);
    mRedoAction = mUndoGroup->createRedoAction(this, tr("&Redo"));
    mRedoAction->setIcon(themedIcon("redo"));
    mRedoAction->setShortcut(QKeySequence::Redo);

    mCutAction = makeAction(this, "cut", tr("Cu&t"), QKeySequence::Cut,
                            tr("Remove the selected nodes and put them on the clipboard"));
    connect(mCutAction, &QAction::triggered, this, &MainWindow::cutSelection);
    mCopyAction = makeAction(this, "copy", tr("&Copy"), QKeySequence::Copy,
                             tr("Put the selected nodes and the relationships among them on the clipboard"));
    connect(mCopyAction, &QAction::triggered, this, &MainWindow::copySelection);
    mPasteAction = makeAction(this, "paste", tr("&Paste"), QKeySequence::Paste,
                              tr("Add copies of the nodes on the clipboard, with new ids"));
    connect(mPasteAction, &QAction::triggered, this, &MainWindow::paste);
    mDeleteAction = makeAction(this, "delete", tr("&Delete"), QKeySequence::Delete,
                               tr("Remove the selection, with every relationship of the removed nodes"));
    connect(mDeleteAction, &QAction::triggered, this, &MainWindow::deleteSelection);
    mSelectAllAction = makeAction(this, "", tr("Select &All"), QKeySequence::SelectAll,
                                  tr("Select every node"));
    connect(mSelectAllAction, &QAction::triggered, this, [this] {
        if (mDocument)
            mDocument->selectAll();
    });
    mFindAction = makeAction(this, "find", tr("&Find…"), QKeySequence::Find,
                             tr("Find nodes by id or by any text property"));
    connect(mFindAction, &QAction::triggered, this, [this] {
        mFindEdit->setFocus(Qt::ShortcutFocusReason);
        mFindEdit->selectAll();
    });
    mFindNextAction = makeAction(this, "", tr("Find &Next"), QKeySequence::FindNext,
                                 tr("Go to the next node found"));
    connect(mFindNextAction, &QAction::triggered, this, &MainWindow::findNext);
    // The canvas owns the keyboard while it has focus; these must still reach the window.
    for (QAction *action : {mCutAction, mCopyAction, mPasteAction, mDeleteAction, mSelectAllAction})
        action->setShortcutContext(Qt::WindowShortcut);
}

void MainWindow::createViewActions()
{
    mZoomInAction = makeAction(this, "zoom-in", tr("Zoom &In"), QKeySequence::ZoomIn, tr("Zoom in on the canvas"));
    connect(mZoomInAction, &QAction::triggered, mCanvas, &StoryCanvas::zoomIn);
    mZoomOutAction = makeAction(this, "zoom-out", tr("Zoom &Out"), QKeySequence::ZoomOut, tr("Zoom out"));
    connect(mZoomOutAction, &QAction::triggered, mCanvas, &StoryCanvas::zoomOut);
    mZoomResetAction = makeAction(this, "", tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0),
                                  tr("Show the canvas at 100 %"));
    connect(mZoomResetAction, &QAction::triggered, mCanvas, &StoryCanvas::resetZoom);
    mFitAction = makeAction(this, "zoom-fit", tr("&Fit Story"), QKeySequence(Qt::CTRL | Qt::Key_9),
                            tr("Show the whole story"));
    connect(mFitAction, &QAction::triggered, mCanvas, &StoryCanvas::fitToStory);
    mFitSelectionAction = makeAction(this, "", tr("Fit &Selection"), QKeySequence(Qt::CTRL | Qt::Key_8),
                                     tr("Show the selected nodes"));
    connect(mFitSelectionAction, &QAction::triggered, mCanvas, &StoryCanvas::fitToSelection);
    mEdgeLabelsAction = makeAction(this, "", tr("Relationship &Labels"), {},
                                   tr("Show each relationship's type and weight on the canvas"));
    mEdgeLabelsAction->setCheckable(true);
    connect(mEdgeLabelsAction, &QAction::toggled, mCanvas, &StoryCanvas::setShowEdgeLabels);
    mSnapAction = makeAction(this, "", tr("S&nap to Grid"), {}, tr("Put moved nodes on a grid"));
    mSnapAction->setCheckable(true);
    connect(mSnapAction, &QAction::toggled, mCanvas, &StoryCanvas::setSnapToGrid);
}

void MainWindow::createGraphActions()
{
    struct AddChoice
    {
        const char *type;
        const char *text;
        const char *icon;
        Qt::Key key;
    };
    const AddChoice adds[] = {
            {NodeType::Scene, QT_TR_NOOP("Add &Scene"), "node-scene", Qt::Key_1},
            {NodeType::Character, QT_TR_NOOP("Add C&haracter"), "node-character", Qt::Key_2},
            {NodeType::Choice, QT_TR_NOOP("Add Ch&oice"), "node-choice", Qt::Key_3},
            {NodeType::Event, QT_TR_NOOP("Add &Event"), "node-event", Qt::Key_4},
    };
    for (const AddChoice &add : adds) {
        auto *action = makeAction(this, "", tr(add.text), QKeySequence(Qt::CTRL | Qt::ALT | add.key),
                                  tr("Add a node of this type in the middle of the view"));
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(add.icon))));
        const QString type = QString::fromLatin1(add.type);
        connect(action, &QAction::triggered, this, [this, type] { addNodeOfType(type); });
        mAddNodeActions << action;
    }
    mAddCustomAction = makeAction(this, "", tr("Add Node of &Type…"), {}, tr("Add a node of a type of your own"));
    connect(mAddCustomAction, &QAction::triggered, this, &MainWindow::addCustomNode);
    mConnectAction = makeAction(this, "", tr("&Connect Selected"), QKeySequence(Qt::CTRL | Qt::Key_L),
                                tr("Join the two selected nodes with a relationship"));
    mConnectAction->setIcon(QIcon(QStringLiteral(":/icons/add-relationship.svg")));
    connect(mConnectAction, &QAction::triggered, this, &MainWindow::connectSelection);
    mLayoutAction = makeAction(this, "", tr("Auto &Layout"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                               tr("Arrange the story from top to bottom by chapter (one undo step)"));
    mLayoutAction->setIcon(QIcon(QStringLiteral(":/icons/layout.svg")));
    connect(mLayoutAction, &QAction::triggered, this, &MainWindow::autoLayout);
    mValidateAction = makeAction(this, "", tr("&Validate"), QKeySequence(Qt::Key_F7),
                                 tr("Show dead ends, unreachable scenes, loops and other problems"));
    mValidateAction->setIcon(QIcon(QStringLiteral(":/icons/validate.svg")));
    connect(mValidateAction, &QAction::triggered, this, &MainWindow::showProblems);
    mFlowAction = makeAction(this, "", tr("Story &Flow"), QKeySequence(Qt::Key_F8),
                             tr("List the ways the story can go from a scene"));
    mFlowAction->setIcon(QIcon(QStringLiteral(":/icons/flow.svg")));
    connect(mFlowAction, &QAction::triggered, this, &MainWindow::showFlow);
    mPlayAction = makeAction(this, "play", tr("&Play"), QKeySequence(Qt::Key_F5),
                             tr("Walk through the story as a reader would"));
    mPlayAction->setIcon(QIcon(QStringLiteral(":/icons/play.svg")));
    connect(mPlayAction, &QAction::triggered, this, &MainWindow::play);
    // F5 is Refresh on some desktops; Reload keeps its own key there.
    if (mReloadAction->shortcut() == mPlayAction->shortcut())
        mReloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(mNewAction);
    fileMenu->addAction(mOpenAction);
    mRecentMenu = fileMenu->addMenu(tr("Open &Recent"));
    mRecentMenu->setToolTipsVisible(true); // the full path of each file
    fileMenu->addSeparator();
    fileMenu->addAction(mImportAction);
    QMenu *exportMenu = fileMenu->addMenu(tr("&Export"));
    exportMenu->addAction(mExportAction);
    exportMenu->addAction(mExportPngAction);
    exportMenu->addAction(mExportSvgAction);
    fileMenu->addSeparator();
    fileMenu->addAction(mReloadAction);
    fileMenu->addAction(mCloseAction);
    fileMenu->addSeparator();
    fileMenu->addAction(mQuitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(mUndoAction);
    editMenu->addAction(mRedoAction);
    editMenu->addSeparator();
    editMenu->addAction(mCutAction);
    editMenu->addAction(mCopyAction);
    editMenu->addAction(mPasteAction);
    editMenu->addAction(mDeleteAction);
    editMenu->addSeparator();
    editMenu->addAction(mSelectAllAction);
    editMenu->addSeparator();
    editMenu->addAction(mFindAction);
    editMenu->addAction(mFindNextAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(mZoomInAction);
    viewMenu->addAction(mZoomOutAction);
    viewMenu->addAction(mZoomResetAction);
    viewMenu->addAction(mFitAction);
    viewMenu->addAction(mFitSelectionAction);
    viewMenu->addSeparator();
    viewMenu->addAction(mEdgeLabelsAction);
    viewMenu->addAction(mSnapAction);
    QMenu *typeMenu = viewMenu->addMenu(tr("Node &Type"));
    typeMenu->addActions(mTypeFilterGroup->actions());
    viewMenu->addSeparator();
    mDocksMenu = viewMenu->addMenu(tr("&Docks"));
    for (QDockWidget *dock : std::as_const(mDocks))
        mDocksMenu->addAction(dock->toggleViewAction());
    // The minimap has its own entry, as on most canvas editors.
    if (QDockWidget *minimap = dock(QStringLiteral("minimapDock"))) {
        QAction *toggle = minimap->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
        viewMenu->insertAction(mDocksMenu->menuAction(), toggle);
    }

    // The language: Qt cannot swap the language of a running window, so the
    // choice takes effect at the next start, and the menu says so.
    QMenu *languageMenu = viewMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(languageMenu);
    const LanguageSetting setting;
    const QString saved = setting.saved();
    auto addLanguage = [&](const QString &code, const QString &name) {
        QAction *action = languages->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == saved);
        action->setData(code);
        languageMenu->addAction(action);
    };
    addLanguage(QString(), tr("System Language"));
    languageMenu->addSeparator();
    for (const LanguageSetting::Language &language : setting.availableLanguages())
        addLanguage(language.code, language.nativeName);
    connect(languages, &QActionGroup::triggered, this, [this](QAction *action) {
        LanguageSetting::save(action->data().toString());
        statusBar()->showMessage(tr("The new language takes effect when Ryuk Studio starts again."),
                                 ImportMessageTimeout);
    });

    QMenu *graphMenu = menuBar()->addMenu(tr("&Graph"));
    graphMenu->addActions(mAddNodeActions);
    graphMenu->addAction(mAddCustomAction);
    graphMenu->addAction(mConnectAction);
    graphMenu->addSeparator();
    graphMenu->addAction(mLayoutAction);
    graphMenu->addSeparator();
    graphMenu->addAction(mValidateAction);
    graphMenu->addAction(mFlowAction);
    graphMenu->addAction(mPlayAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(mAboutAction);
    helpMenu->addAction(mAboutQtAction);
}

void MainWindow::createToolBars()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() keys toolbars by name
    toolBar->setFloatable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toolBar->addAction(mNewAction);
    toolBar->addAction(mOpenAction);
    toolBar->addSeparator();
    toolBar->addAction(mUndoAction);
    toolBar->addAction(mRedoAction);
    toolBar->addSeparator();
    toolBar->addActions(mAddNodeActions);
    toolBar->addAction(mConnectAction);
    toolBar->addSeparator();
    toolBar->addAction(mZoomOutAction);
    toolBar->addAction(mZoomInAction);
    toolBar->addAction(mFitAction);
    toolBar->addAction(mLayoutAction);
    toolBar->addSeparator();
    toolBar->addAction(mValidateAction);
    toolBar->addAction(mPlayAction);

    QToolBar *filterBar = addToolBar(tr("Find and Filter"));
    filterBar->setObjectName(QStringLiteral("filterToolBar"));
    filterBar->setFloatable(false);
    mFindEdit = new QLineEdit(filterBar);
    mFindEdit->setObjectName(QStringLiteral("findEdit"));
    mFindEdit->setPlaceholderText(tr("Find id or text (%1)")
                                          .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    mFindEdit->setClearButtonEnabled(true);
    mFindEdit->setMinimumWidth(mFindEdit->fontMetrics().averageCharWidth() * 26);
    connect(mFindEdit, &QLineEdit::returnPressed, this, &MainWindow::findText);
    connect(mFindEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && mDocument)
            mDocument->setHighlight({});
    });
    filterBar->addWidget(mFindEdit);

    auto *typeLabel = new QLabel(tr("&Type:"), filterBar);
    typeLabel->setContentsMargins(10, 0, 4, 0);
    mTypeFilterBox = new QComboBox(filterBar);
    mTypeFilterBox->setObjectName(QStringLiteral("typeFilterBox"));
    mTypeFilterBox->setToolTip(tr("Show only nodes of one type"));
    mTypeFilterBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const TypeChoice &choice : TypeChoices)
        mTypeFilterBox->addItem(tr(choice.label), choice.type ? QString::fromUtf8(choice.type) : QString());
    typeLabel->setBuddy(mTypeFilterBox);
    connect(mTypeFilterBox, &QComboBox::currentIndexChanged, this, &MainWindow::setTypeFilterIndex);
    filterBar->addWidget(typeLabel);
    filterBar->addWidget(mTypeFilterBox);

    auto *chapterLabel = new QLabel(tr("C&hapter:"), filterBar);
    chapterLabel->setContentsMargins(10, 0, 4, 0);
    mChapterFilterBox = new QComboBox(filterBar);
    mChapterFilterBox->setObjectName(QStringLiteral("chapterFilterBox"));
    mChapterFilterBox->setToolTip(tr("Show only the scenes of one chapter"));
    mChapterFilterBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    chapterLabel->setBuddy(mChapterFilterBox);
    connect(mChapterFilterBox, &QComboBox::currentIndexChanged, this, &MainWindow::setChapterFilterIndex);
    filterBar->addWidget(chapterLabel);
    filterBar->addWidget(mChapterFilterBox);
}

QWidget *MainWindow::createEmptyState()
{
    mEmptyState = new QWidget(mCentral);
    mEmptyState->setObjectName(QStringLiteral("emptyState"));
    auto *prompt = new QLabel(
            tr("Open a story (%1)").arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)),
            mEmptyState);
    prompt->setObjectName(QStringLiteral("emptyStateLabel"));
    prompt->setAlignment(Qt::AlignCenter);
    QFont promptFont = prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.4);
    prompt->setFont(promptFont);
    prompt->setForegroundRole(QPalette::PlaceholderText);

    // The importable formats come from the registry, so the hint names exactly those this build reads.
    QStringList formats;
    for (const StoryFormat *format : readableFormats()) {
        QStringList extensions;
        for (const QString &extension : format->extensions())
            extensions << QLatin1Char('.') + extension;
        formats << tr("%1 (%2)", "format name (extensions)").arg(format->name(), extensions.join(tr(", ")));
    }
    QString hintText = tr("or drop a story file (.ryuk) here");
    if (!formats.isEmpty())
        hintText += QLatin1Char('\n') + tr("or a file to import into a new story: %1").arg(formats.join(tr(", ")));
    auto *hint = new QLabel(hintText, mEmptyState);
    hint->setObjectName(QStringLiteral("emptyStateHint"));
    hint->setTextFormat(Qt::PlainText);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *openButton = new QPushButton(mOpenAction->icon(), tr("Open Story…"), mEmptyState);
    connect(openButton, &QPushButton::clicked, mOpenAction, &QAction::trigger);
    mOpenButton = openButton;
    auto *newButton = new QPushButton(mNewAction->icon(), tr("New Story…"), mEmptyState);
    connect(newButton, &QPushButton::clicked, mNewAction, &QAction::trigger);
    auto *sampleButton = new QPushButton(tr("Open the Sample Story"), mEmptyState);
    sampleButton->setObjectName(QStringLiteral("sampleButton"));
    connect(sampleButton, &QPushButton::clicked, this, [this] {
        if (!openSampleStory())
            QMessageBox::critical(this, tr("Sample Story"), mLastError);
    });
    mSampleButton = sampleButton;

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(openButton);
    buttons->addWidget(newButton);
    buttons->addWidget(sampleButton);
    buttons->addStretch();
    auto *emptyLayout = new QVBoxLayout(mEmptyState);
    emptyLayout->addStretch(3);
    emptyLayout->addWidget(prompt);
    emptyLayout->addWidget(hint);
    emptyLayout->addSpacing(12);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch(4);
    return mEmptyState;
}

QWidget *MainWindow::createNodeList()
{
    mNodeView = new QTableView(this);
    mNodeView->setObjectName(QStringLiteral("nodeTable"));
    mNodeView->setAccessibleName(tr("Nodes"));
    mNodeView->setModel(mNodeModel);
    // Sorting would need every row; the store's order is the only one a paged list can keep.
    mNodeView->setSortingEnabled(false);
    mNodeView->setAlternatingRowColors(true);
    mNodeView->setShowGrid(false);
    mNodeView->setWordWrap(false);
    mNodeView->setCornerButtonEnabled(false);
    mNodeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mNodeView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mNodeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mNodeView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    mNodeView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    mNodeView->verticalHeader()->hide();
    // Uniform row heights: a fixed height lets the view lay out a long list without measuring rows.
    QHeaderView *rows = mNodeView->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(1);
    rows->setDefaultSectionSize(mNodeView->fontMetrics().height() + 8);
    QHeaderView *columns = mNodeView->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    // The title takes whatever width the window has to spare; the short columns keep theirs.
    columns->setSectionResizeMode(NodeTableModel::LabelColumn, QHeaderView::Stretch);
    // A row picked in the table is the node picked on the canvas.
    connect(mNodeView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!mDocument)
            return;
        const QString id = mNodeModel->data(mNodeModel->index(index.row(), NodeTableModel::IdColumn)).toString();
        const VertexIndex v = mDocument->graph().findVertex(id.toStdString());
        if (v == NoVertex)
            return;
        mDocument->setSelection({{v}, {}});
        mDocument->requestFocus({v});
    });
    return mNodeView;
}

QDockWidget *MainWindow::addDock(QWidget *content, const QString &title, const QString &objectName,
                                 Qt::DockWidgetArea area)
{
    auto *dock = qobject_cast<QDockWidget *>(content);
    if (!dock) {
        dock = new QDockWidget(title, this);
        dock->setWidget(content);
    }
    dock->setObjectName(objectName); // saveState() keys docks by name
    addDockWidget(area, dock);
    mDocks << dock;
    return dock;
}

void MainWindow::createDocks()
{
    mInspectorDock = new InspectorDock(this);
    addDock(mInspectorDock, mInspectorDock->windowTitle(), QStringLiteral("inspectorDock"), Qt::RightDockWidgetArea);
    mOutlineDock = new OutlineDock(this);
    addDock(mOutlineDock, mOutlineDock->windowTitle(), QStringLiteral("outlineDock"), Qt::LeftDockWidgetArea);
    QDockWidget *nodes = addDock(createNodeList(), tr("Nodes"), QStringLiteral("nodesDock"), Qt::LeftDockWidgetArea);
    tabifyDockWidget(mOutlineDock, nodes);
    mOutlineDock->raise();

    mMinimap = new Minimap(this);
    mMinimap->setCanvas(mCanvas);
    QDockWidget *minimap = addDock(mMinimap, tr("Minimap"), QStringLiteral("minimapDock"), Qt::LeftDockWidgetArea);
    splitDockWidget(mOutlineDock, minimap, Qt::Vertical);

    auto *history = new QUndoView(mUndoGroup, this);
    history->setEmptyLabel(tr("<opened>"));
    history->setObjectName(QStringLiteral("undoView"));
    QDockWidget *historyDock = addDock(history, tr("History"), QStringLiteral("historyDock"), Qt::RightDockWidgetArea);
    splitDockWidget(mInspectorDock, historyDock, Qt::Vertical);

    mProblemsDock = new ProblemsDock(this);
    addDock(mProblemsDock, mProblemsDock->windowTitle(), QStringLiteral("problemsDock"), Qt::BottomDockWidgetArea);
    mFlowDock = new FlowDock(this);
    addDock(mFlowDock, mFlowDock->windowTitle(), QStringLiteral("flowDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(mProblemsDock, mFlowDock);

    mProfiler = new ProfilerWidget(nullptr, this);
    // Charts need room for their axes: below this they elide every label.
    mProfiler->setMinimumHeight(560);
    QDockWidget *profiler = addDock(mProfiler, tr("Profiler"), QStringLiteral("profilerDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(mFlowDock, profiler);
    mProblemsDock->raise();
    // The profiler and history start hidden: they are for when they are wanted.
    profiler->hide();
    historyDock->hide();
    minimap->toggleViewAction()->setIcon(themedIcon("minimap"));
    profiler->toggleViewAction()->setIcon(themedIcon("profiler"));

    // The side docks run the full height; the bottom ones sit between them,
    // so the canvas keeps most of the window.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    resizeDocks({mOutlineDock, mInspectorDock}, {270, 330}, Qt::Horizontal);
    resizeDocks({mOutlineDock, minimap}, {420, 180}, Qt::Vertical);
    resizeDocks({mProblemsDock}, {170}, Qt::Vertical);
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    for (QDockWidget *dock : mDocks) {
        if (dock->objectName() == objectName)
            return dock;
    }
    return nullptr;
}

void MainWindow::createStatusBar()
{
    mStoryLabel = new QLabel(this);
    mStoryLabel->setObjectName(QStringLiteral("storyLabel"));
    mStoryLabel->setTextFormat(Qt::PlainText);
    mCountsLabel = new QLabel(this);
    mCountsLabel->setObjectName(QStringLiteral("countsLabel"));
    mSelectionLabel = new QLabel(this);
    mSelectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    mZoomLabel = new QLabel(this);
    mZoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    mZoomLabel->setToolTip(tr("Zoom"));
    mLoadedLabel = new QLabel(this);
    mLoadedLabel->setObjectName(QStringLiteral("loadedLabel"));
    mLoadedLabel->setToolTip(tr("Rows of the node table read so far"));
    // The title on the left (temporary messages cover it), the figures always on the right.
    statusBar()->addWidget(mStoryLabel, 1);
    statusBar()->addPermanentWidget(mSelectionLabel);
    statusBar()->addPermanentWidget(mCountsLabel);
    statusBar()->addPermanentWidget(mZoomLabel);
    statusBar()->addPermanentWidget(mLoadedLabel);
    for (QLabel *label : {mStoryLabel, mCountsLabel, mSelectionLabel, mZoomLabel, mLoadedLabel})
        label->setContentsMargins(6, 0, 6, 0);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(QSize(1480, 920).boundedTo(available.size() * 0.92));
        move(available.center() - rect().center());
    }
    restoreState(settings.value(StateKey).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (mJob) {
        // Waiting here would freeze the window for as long as the rollback
        // takes; instead the job is cancelled and the window closes when it ends.
        mCloseWhenIdle = true;
        mJob->cancel();
        statusBar()->showMessage(tr("Cancelling the import before closing…"));
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // One job at a time: the pointer shows at once that a drop would not be taken.
    if (!isBusy() && !droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty() || isBusy())
        return;
    event->acceptProposedAction();
    // After the drop has been acknowledged: a message box inside the drop
    // would leave the source application waiting for the drag to end.
    QTimer::singleShot(0, this, [this, path] { openDroppedFile(path); });
}

void MainWindow::openDroppedFile(const QString &path)
{
    // A file of no known format is given to openStory, which names the problem if it is not a story either.
    if (!formatForFile(path)) {
        openStoryInteractively(path);
        return;
    }
    if (hasStory())
        importFileInteractively(path);
    else
        createStoryFromFileInteractively(path);
}

bool MainWindow::openStory(const QString &path)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    const QString displayPath = QDir::toNativeSeparators(absolutePath);
    // Every message names the file, also when the store did not say which one.
    auto fail = [&](Error error) {
        if (error.file.isEmpty())
            error.file = displayPath;
        setLastError(error.toString());
        return false;
    };

    // A story file takes one writer at a time, so the open copy of this very file goes first.
    if (hasStory() && sameFile(absolutePath, mStoryPath))
        closeStory();

    if (mJob)
        return fail(Error::badInput(tr("Another job is still running; wait for it to finish or cancel it.")));

    // Opening checks the whole file and loads the graph, about a second for a
    // large story: that runs on a worker (a store may move between threads
    // between calls) while the window keeps painting, its file actions disabled.
    struct Opened
    {
        StoryDocument::Loaded loaded;
        std::string title;
    };
    auto opened = std::make_shared<Opened>();
    StoryJob job([absolutePath, opened](const ProgressCallback &) -> Status {
        auto loaded = StoryDocument::load(absolutePath);
        if (!loaded)
            return loaded.takeError();
        // A damaged file can pass the open checks and fail on the first query; that is a failed open too.
        auto title = loaded->store->title();
        if (!title)
            return title.takeError();
        opened->loaded = std::move(*loaded);
        opened->title = std::move(*title);
        return {};
    });
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    mJob = &job;
    updateActions();
    const bool ok = job.waitForFinished();
    mJob = nullptr;
    updateActions();
    QGuiApplication::restoreOverrideCursor();
    if (mCloseWhenIdle) // the window was asked to close meanwhile
        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    if (!ok)
        return fail(job.error());

    showStory(absolutePath, std::move(opened->loaded.store), std::move(opened->loaded.graph), opened->title);
    return true;
}

void MainWindow::showStory(const QString &absolutePath, std::unique_ptr<StoryStore> store,
                           std::unique_ptr<StoryGraph> graph, const std::string &title)
{
    closeStory();
    mDocument = std::make_unique<StoryDocument>(std::move(store), std::move(graph));
    mStoryPath = absolutePath;
    mStoryName = title.empty() ? QFileInfo(absolutePath).fileName() : QString::fromStdString(title);
    mLastError.clear();

    StoryDocument *document = mDocument.get();
    mUndoGroup->addStack(document->undoStack());
    mUndoGroup->setActiveStack(document->undoStack());
    connect(document, &StoryDocument::changed, this, &MainWindow::updateCounts);
    connect(document, &StoryDocument::reset, this, [this] {
        updateCounts();
        updateChapterChoices();
        mNodeModel->reload();
    });
    connect(document, &StoryDocument::changed, this, [this](const std::vector<StoryChange> &changes) {
        // Chapters come and go with scenes; the table shows whatever the store now holds.
        const bool structural = std::any_of(changes.begin(), changes.end(), [](const StoryChange &c) {
            return c.kind != StoryChange::Kind::NodeMoved;
        });
        if (structural) {
            updateChapterChoices();
            mNodeModel->reload();
        }
    });
    connect(document, &StoryDocument::selectionChanged, this, &MainWindow::updateSelectionLabel);
    connect(document, &StoryDocument::selectionChanged, this, &MainWindow::updateActions);
    connect(document, &StoryDocument::errorOccurred, this, &MainWindow::reportDocumentError);

    // A new story starts unfiltered. The filter is set while the model has no
    // store, so the first page is fetched once, by setStore().
    setTypeFilterIndex(0);
    mNodeModel->setStore(&document->store());
    mCanvas->setDocument(document);
    mInspectorDock->setDocument(document);
    mOutlineDock->setDocument(document);
    mProblemsDock->setDocument(document);
    mFlowDock->setDocument(document);
    mProfiler->setStore(&document->store());
    updateChapterChoices();
    mCanvas->fitToStory();
    // Again once the window has its final size (the first show lays it out).
    QTimer::singleShot(0, mCanvas, &StoryCanvas::fitToStory);

    addRecentFile(absolutePath);
    updateStoryState();
    mNodeView->scrollToTop();
    mCanvas->setFocus();
    emit storyOpened(absolutePath);
}

void MainWindow::openStoryInteractively(const QString &path)
{
    if (openStory(path))
        return;
    // A file that has gone away has no business in the recent list.
    if (!QFileInfo::exists(path))
        removeRecentFile(QFileInfo(path).absoluteFilePath());
    QMessageBox::critical(this, tr("Open Story"),
                          tr("Ryuk Studio could not open “%1”.").arg(QFileInfo(path).fileName()) + QLatin1String("\n\n")
                                  + mLastError);
}

void MainWindow::closeStory()
{
    if (!hasStory())
        return;
    // Every view lets go before the document (and its store) goes; the
    // window stops listening first, so nothing re-activates its undo stack.
    mDocument->disconnect(this);
    mUndoGroup->removeStack(mDocument->undoStack());
    mCanvas->setDocument(nullptr);
    mInspectorDock->setDocument(nullptr);
    mOutlineDock->setDocument(nullptr);
    mProblemsDock->setDocument(nullptr);
    mFlowDock->setDocument(nullptr);
    mProfiler->setStore(nullptr);
    mNodeModel->setStore(nullptr);
    mDocument.reset();
    mStoryPath.clear();
    mStoryName.clear();
    updateChapterChoices();
    updateStoryState();
    emit storyClosed();
}

bool MainWindow::newStory(const QString &path)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    if (hasStory() && sameFile(absolutePath, mStoryPath))
        closeStory();
    auto store = ryuk::openStory(absolutePath, OpenMode::CreateNew);
    if (!store) {
        Error error = store.takeError();
        if (error.file.isEmpty())
            error.file = QDir::toNativeSeparators(absolutePath);
        setLastError(error.toString());
        return false;
    }
    (void)(*store)->setTitle(QFileInfo(absolutePath).completeBaseName().toStdString());
    auto graph = StoryGraph::build(**store);
    if (!graph) {
        setLastError(graph.error().toString());
        return false;
    }
    showStory(absolutePath, std::move(*store), std::move(*graph), QFileInfo(absolutePath).completeBaseName().toStdString());
    return true;
}

bool MainWindow::openSampleStory()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QDir(folder).filePath(QStringLiteral("the-lantern-courier.ryuk"));
    if (!QFileInfo::exists(path)) {
        if (!QDir().mkpath(folder)) {
            setLastError(tr("%1: could not make the folder for the sample story").arg(QDir::toNativeSeparators(folder)));
            return false;
        }
        auto store = ryuk::openStory(path, OpenMode::CreateNew);
        Status made = store ? loadSampleStory(**store) : Status(store.takeError());
        if (!made) {
            if (store)
                (void)ryuk::discardNewStory(std::move(*store)).ok();
            setLastError(made.error().toString());
            return false;
        }
    }
    return openStory(path);
}

bool MainWindow::importFile(const QString &path)
{
    return waitForImport(startImport(path, false, false));
}

void MainWindow::importFileInteractively(const QString &path)
{
    startImport(path, false, true);
}

bool MainWindow::createStoryFromFile(const QString &path)
{
    return waitForImport(startImport(path, true, false));
}

void MainWindow::createStoryFromFileInteractively(const QString &path)
{
    startImport(path, true, true);
}

QString MainWindow::newStoryPathFor(const QString &importPath)
{
    const QFileInfo source(importPath);
    const QDir folder = source.absoluteDir();
    // completeBaseName: "act.one.json" makes "act.one.ryuk", not "act.ryuk".
    QString name = source.completeBaseName();
    if (name.isEmpty())
        name = tr("Untitled");
    QString path = folder.filePath(name + QLatin1String(".ryuk"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(QStringLiteral("%1 %2.ryuk").arg(name).arg(n));
    return path;
}

bool MainWindow::waitForImport(StoryJob *job)
{
    if (!job)
        return false;
    // The window takes the outcome in from finished() before this returns.
    job->waitForFinished();
    return mLastImportOk;
}

StoryJob *MainWindow::startImport(const QString &path, bool intoNewStory, bool interactive)
{
    const QString sourcePath = QFileInfo(path).absoluteFilePath();
    const QString fileName = QFileInfo(sourcePath).fileName();
    mLastImportOk = false;

    auto refuse = [&](const QString &message) -> StoryJob * {
        setLastError(message);
        if (interactive)
            QMessageBox::warning(this, tr("Import"), message);
        return nullptr;
    };
    if (mJob)
        return refuse(tr("Another import is still running; wait for it to finish or cancel it."));
    if (!intoNewStory && !hasStory())
        return refuse(tr("Open a story to import “%1” into.").arg(fileName));

    const QString storyPath = intoNewStory ? newStoryPathFor(sourcePath) : mStoryPath;
    auto outcome = std::make_shared<ImportOutcome>();
    auto *job = new StoryJob(
            [sourcePath, storyPath, intoNewStory, outcome](const ProgressCallback &progress) {
                return importIntoStory(sourcePath, storyPath, intoNewStory, progress, *outcome);
            },
            this);
    mJob = job;

    const QString doing
            = intoNewStory ? tr("Making a new story from “%1”…").arg(fileName) : tr("Importing “%1”…").arg(fileName);
    new JobProgressDialog(job, tr("Import"), doing, this);
    statusBar()->showMessage(doing);

    connect(job, &StoryJob::finished, this, [=, this](bool ok) {
        mJob = nullptr;
        job->deleteLater();
        const bool cancelled = job->wasCancelled();
        const Error error = job->error();
        // The window is idle again before any message box, so it does not sit greyed out behind one.
        updateActions();

        bool showFailure = false;
        if (!ok) {
            setLastError(error.toString());
            if (cancelled) {
                statusBar()->showMessage(tr("Import of “%1” cancelled; the story is unchanged.").arg(fileName),
                                         ImportMessageTimeout);
            } else {
                statusBar()->clearMessage();
                showFailure = interactive && !mCloseWhenIdle;
            }
        } else if (intoNewStory) {
            statusBar()->clearMessage();
            if (outcome->newStore && outcome->newGraph && outcome->title) {
                // A store may change threads between calls; the worker is done with this one.
                showStory(storyPath, std::move(outcome->newStore), std::move(outcome->newGraph), *outcome->title);
            } else if (interactive) {
                openStoryInteractively(storyPath);
            } else {
                openStory(storyPath);
            }
            mLastImportOk = hasStory() && sameFile(mStoryPath, storyPath);
        } else {
            mLastImportOk = true;
            mLastError.clear();
            // The story may have been closed or swapped while the job ran (openStory() from a script).
            if (hasStory() && sameFile(mStoryPath, storyPath)) {
                if (outcome->title && !outcome->title->empty())
                    mStoryName = QString::fromStdString(*outcome->title);
                // The rows came through another connection: the document reads
                // them in (the import is not an undoable step of this window).
                if (Status reloaded = mDocument->reload(); !reloaded)
                    setLastError(reloaded.error().toString());
                mNodeModel->reload();
            }
        }
        if (ok && mLastImportOk) {
            // Singular and plural spelled out: there is no English catalogue for %n forms.
            const QLocale locale;
            const qint64 nodes = outcome->summary.nodes;
            const qint64 relationships = outcome->summary.relationships;
            const QString nodesText = nodes == 1 ? tr("1 node") : tr("%1 nodes").arg(locale.toString(nodes));
            const QString relationshipsText = relationships == 1
                                                      ? tr("1 relationship")
                                                      : tr("%1 relationships").arg(locale.toString(relationships));
            statusBar()->showMessage(tr("Imported %1 and %2 from %3").arg(nodesText, relationshipsText, fileName),
                                     ImportMessageTimeout);
        }
        updateStoryState();
        emit importFinished(sourcePath, mLastImportOk);

        if (showFailure) {
            QMessageBox::critical(this, tr("Import"),
                                  tr("Ryuk Studio could not import “%1”.").arg(fileName) + QLatin1String("\n\n")
                                          + error.toString());
        }
        if (mCloseWhenIdle)
            QTimer::singleShot(0, this, &QWidget::close);
    });

    updateActions();
    emit jobStarted(job);
    job->start();
    return job;
}

void MainWindow::chooseImportFile()
{
    if (!hasStory())
        return;
    QStringList patterns;
    for (const StoryFormat *format : readableFormats()) {
        for (const QString &extension : format->extensions())
            patterns << QStringLiteral("*.") + extension;
    }
    const QString filters = tr("All supported files (%1)").arg(patterns.join(QLatin1Char(' '))) + QStringLiteral(";;")
            + formatFilters(false);

    QSettings settings;
    const QString startIn = settings.value(LastDirectoryKey, QFileInfo(mStoryPath).absolutePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import into Story"), startIn, filters);
    if (path.isEmpty())
        return;
    settings.setValue(LastDirectoryKey, QFileInfo(path).absolutePath());
    importFileInteractively(path);
}

void MainWindow::chooseStory()
{
    QSettings settings;
    const QString startIn
            = settings.value(LastDirectoryKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .toString();
    const QString path
            = QFileDialog::getOpenFileName(this, tr("Open Story"), startIn, tr("Ryuk stories (*.ryuk);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(LastDirectoryKey, QFileInfo(path).absolutePath());
    openStoryInteractively(path);
}

void MainWindow::chooseNewStory()
{
    QSettings settings;
    const QString startIn
            = settings.value(LastDirectoryKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .toString();
    QString path = QFileDialog::getSaveFileName(this, tr("New Story"), QDir(startIn).filePath(tr("Untitled.ryuk")),
                                                tr("Ryuk stories (*.ryuk)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".ryuk");
    settings.setValue(LastDirectoryKey, QFileInfo(path).absolutePath());
    // The dialog asked before replacing a file; a story is never overwritten in
    // place, so the old one goes first.
    if (QFileInfo::exists(path)) {
        if (hasStory() && sameFile(path, mStoryPath))
            closeStory();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
    if (!newStory(path))
        QMessageBox::critical(this, tr("New Story"), mLastError);
}

bool MainWindow::runJob(const QString &title, const QString &doing, StoryJob::Work work)
{
    if (mJob) {
        setLastError(tr("Another job is still running; wait for it to finish or cancel it."));
        return false;
    }
    StoryJob job(std::move(work));
    mJob = &job;
    new JobProgressDialog(&job, title, doing, this);
    statusBar()->showMessage(doing);
    updateActions();
    emit jobStarted(&job);
    const bool ok = job.waitForFinished();
    mJob = nullptr;
    statusBar()->clearMessage();
    updateActions();
    if (!ok)
        setLastError(job.error().toString());
    if (mCloseWhenIdle)
        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    return ok;
}

bool MainWindow::exportStory(const QString &path)
{
    if (!hasStory()) {
        setLastError(tr("There is no story to export."));
        return false;
    }
    // Its own connection on the worker: the window's store stays the GUI thread's.
    const QString storyPath = mStoryPath;
    const QString target = QFileInfo(path).absoluteFilePath();
    return runJob(tr("Export"), tr("Exporting to “%1”…").arg(QFileInfo(path).fileName()),
                  [storyPath, target](const ProgressCallback &progress) -> Status {
                      auto store = ryuk::openStory(storyPath);
                      if (!store)
                          return store.takeError();
                      auto written = exportFile(**store, target, progress);
                      return written ? Status() : Status(written.takeError());
                  });
}

void MainWindow::chooseExportFile()
{
    if (!hasStory())
        return;
    QSettings settings;
    const QString startIn = settings.value(LastDirectoryKey, QFileInfo(mStoryPath).absolutePath()).toString();
    const QString suggested = QDir(startIn).filePath(QFileInfo(mStoryPath).completeBaseName() + QLatin1String(".json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Story"), suggested, formatFilters(true));
    if (path.isEmpty())
        return;
    settings.setValue(LastDirectoryKey, QFileInfo(path).absolutePath());
    if (exportStory(path)) {
        statusBar()->showMessage(tr("Exported the story to %1").arg(QDir::toNativeSeparators(path)),
                                 ImportMessageTimeout);
    } else if (!lastError().isEmpty()) {
        QMessageBox::critical(this, tr("Export Story"), mLastError);
    }
}

void MainWindow::chooseImageFile(bool svg)
{
    if (!hasStory())
        return;
    const bool selectionOnly = !mDocument->selection().nodes.empty();
    double scale = 1;
    if (!svg) {
        bool ok = false;
        scale = QInputDialog::getDouble(this, tr("Export PNG Image"),
                                        selectionOnly ? tr("Scale of the selection (1 = 100 %):")
                                                      : tr("Scale of the whole canvas (1 = 100 %):"),
                                        1.0, 0.01, 8.0, 2, &ok);
        if (!ok)
            return;
    }
    QSettings settings;
    const QString startIn = settings.value(LastDirectoryKey, QFileInfo(mStoryPath).absolutePath()).toString();
    const QString suggested
            = QDir(startIn).filePath(QFileInfo(mStoryPath).completeBaseName() + (svg ? QLatin1String(".svg")
                                                                                     : QLatin1String(".png")));
    const QString path = QFileDialog::getSaveFileName(this, svg ? tr("Export SVG") : tr("Export PNG Image"), suggested,
                                                      svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    settings.setValue(LastDirectoryKey, QFileInfo(path).absolutePath());
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = svg ? mCanvas->exportSvg(path, selectionOnly) : mCanvas->exportImage(path, scale, selectionOnly);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        setLastError(written.error().toString());
        QMessageBox::critical(this, svg ? tr("Export SVG") : tr("Export PNG Image"), mLastError);
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), ImportMessageTimeout);
}

bool MainWindow::autoLayout()
{
    if (!hasStory())
        return false;
    // The worker reads the graph; nothing edits it meanwhile, as editing waits
    // while a job runs. The positions are applied here as one undo step.
    auto positions = std::make_shared<std::vector<NodePosition>>();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    const StoryGraph *graph = &mDocument->graph();
    const bool ok = runJob(tr("Auto Layout"), tr("Arranging the story…"),
                           [graph, positions, cancel](const ProgressCallback &progress) -> Status {
                               LayoutOptions options;
                               options.cancel = cancel.get();
                               // The layout has no progress of its own: a watcher asks the callback.
                               std::atomic_bool done = false;
                               std::thread watcher([&] {
                                   while (!done) {
                                       if (!progress(0, 0))
                                           *cancel = true;
                                       std::this_thread::sleep_for(std::chrono::milliseconds(50));
                                   }
                               });
                               auto result = layoutStory(*graph, options);
                               done = true;
                               watcher.join();
                               if (!result)
                                   return result.takeError();
                               *positions = std::move(*result);
                               return {};
                           });
    if (!ok)
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status applied = mDocument->applyLayout(*positions, tr("Auto Layout"));
    QGuiApplication::restoreOverrideCursor();
    if (!applied)
        return false;
    mCanvas->fitToStory();
    return true;
}

bool MainWindow::reloadStory()
{
    if (!hasStory())
        return false;
    if (Status reloaded = mDocument->reload(); !reloaded) {
        setLastError(reloaded.error().toString());
        return false;
    }
    mNodeModel->reload();
    statusBar()->showMessage(tr("Read the story again from its file"), ImportMessageTimeout);
    return true;
}

bool MainWindow::focusNode(const QString &id)
{
    const VertexIndex v = hasStory() ? mDocument->graph().findVertex(id.toStdString()) : NoVertex;
    if (v == NoVertex) {
        setLastError(tr("no node has id \"%1\"").arg(id));
        return false;
    }
    mDocument->setSelection({{v}, {}});
    mCanvas->setZoom(1.0);
    mCanvas->centerOn({v});
    return true;
}

// ---- Editing

void MainWindow::addNodeOfType(const QString &type)
{
    if (!hasStory() || isBusy())
        return;
    const QPointF at = mAddPosition.value_or(mCanvas->visibleSceneRect().center());
    mAddPosition.reset();
    auto id = mDocument->addNode(type.toStdString(), at);
    if (!id)
        return; // the document reported it
    const VertexIndex v = mDocument->graph().findVertex(*id);
    mDocument->setSelection({{v}, {}});
    // A new node is named at once, in place.
    if (mCanvas->isVisible())
        mCanvas->editLabel(v);
}

void MainWindow::addCustomNode()
{
    if (!hasStory())
        return;
    bool ok = false;
    const QString type = QInputDialog::getText(this, tr("Add Node"), tr("Type of the new node:"), QLineEdit::Normal,
                                               QString(), &ok)
                                 .trimmed();
    if (ok && !type.isEmpty())
        addNodeOfType(type);
}

void MainWindow::connectSelection()
{
    if (!hasStory())
        return;
    const auto &nodes = mDocument->selection().nodes;
    if (nodes.size() != 2) {
        statusBar()->showMessage(tr("Select exactly two nodes to connect them."), ImportMessageTimeout);
        return;
    }
    // The direction follows the kinds (a Character appears in a Scene, an
    // Event triggers one); between two scenes or choices, story order decides.
    const StoryGraph &graph = mDocument->graph();
    VertexIndex from = nodes[0];
    VertexIndex to = nodes[1];
    auto rank = [&](VertexIndex v) {
        switch (graph.vertex(v).kind) {
        case NodeKind::Character:
            return 0;
        case NodeKind::Event:
            return 1;
        default:
            return 2;
        }
    };
    auto storyOrder = [&](VertexIndex v) {
        const GraphVertex &vertex = graph.vertex(v);
        return std::tuple(vertex.chapter.value_or(0), vertex.sequence.value_or(0), vertex.y, vertex.x);
    };
    if (rank(to) < rank(from) || (rank(to) == rank(from) && storyOrder(to) < storyOrder(from)))
        std::swap(from, to);
    Relationship relationship;
    relationship.type = StoryDocument::defaultRelationshipType(graph.vertex(from).kind, graph.vertex(to).kind);
    relationship.from = graph.vertex(from).id;
    relationship.to = graph.vertex(to).id;
    if (auto id = mDocument->addRelationship(relationship)) {
        const EdgeIndex e = graph.findEdge(*id);
        mDocument->setSelection({{}, {e}});
    }
}

void MainWindow::deleteSelection()
{
    if (!hasStory() || mCanvas->isEditingLabel() || mDocument->selection().empty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    (void)mDocument->removeSelection(); // a refusal is reported by the document
    QGuiApplication::restoreOverrideCursor();
}

void MainWindow::copySelection()
{
    if (!hasStory() || mDocument->selection().nodes.empty())
        return;
    auto elements = ryuk::copySelection(*mDocument);
    if (!elements) {
        reportDocumentError(elements.error().toString());
        return;
    }
    QApplication::clipboard()->setMimeData(toMimeData(*elements));
    statusBar()->showMessage(tr("Copied %n node(s)", nullptr, int(elements->nodes.size())), ImportMessageTimeout);
}

void MainWindow::cutSelection()
{
    if (!hasStory() || mDocument->selection().nodes.empty())
        return;
    copySelection();
    deleteSelection();
}

void MainWindow::paste()
{
    if (!hasStory())
        return;
    auto read = fromMimeData(QApplication::clipboard()->mimeData());
    if (!read)
        return;
    if (!*read) {
        statusBar()->showMessage(tr("Nothing pasted: %1").arg(read->error().message), ImportMessageTimeout);
        return;
    }
    const ClipboardElements &elements = **read;
    if (elements.nodes.empty())
        return;
    // The copies land a little below and to the right of the originals, or
    // around the view's centre when the originals are out of sight.
    QRectF bounds;
    for (const Node &node : elements.nodes)
        bounds |= QRectF(node.x, node.y, 1, 1);
    QPointF offset(40, 40);
    const QRectF visible = mCanvas->visibleSceneRect();
    if (!visible.intersects(bounds.translated(offset)))
        offset = visible.center() - bounds.center();
    auto ids = mDocument->paste(elements.nodes, elements.relationships, offset);
    if (!ids)
        return;
    ElementSet pasted;
    for (const std::string &id : *ids)
        pasted.nodes.push_back(mDocument->graph().findVertex(id));
    mDocument->setSelection(std::move(pasted));
}

void MainWindow::findText()
{
    if (!hasStory())
        return;
    const QString text = mFindEdit->text().trimmed();
    if (text.isEmpty()) {
        mDocument->setHighlight({});
        return;
    }
    const std::vector<VertexIndex> found = mCanvas->find(text);
    statusBar()->showMessage(found.empty() ? tr("No node matches “%1”.").arg(text)
                                           : tr("%n node(s) match “%1”.", nullptr, int(found.size())).arg(text),
                             ImportMessageTimeout);
}

void MainWindow::findNext()
{
    if (!hasStory())
        return;
    if (mDocument->highlight().nodes.empty())
        findText();
    else
        mCanvas->findNext();
}

void MainWindow::play()
{
    if (!hasStory())
        return;
    auto *dialog = new PlayDialog(mDocument.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The walk reads the document: it must not outlive it.
    connect(this, &MainWindow::storyClosed, dialog, &QWidget::close);
    dialog->show();
}

void MainWindow::showProblems()
{
    if (QDockWidget *problems = dock(QStringLiteral("problemsDock"))) {
        problems->show();
        problems->raise();
    }
}

void MainWindow::showFlow()
{
    if (QDockWidget *flow = dock(QStringLiteral("flowDock"))) {
        flow->show();
        flow->raise();
    }
}

void MainWindow::reportDocumentError(const QString &message)
{
    setLastError(message);
    // Tests and scripts drive the window without a screen to answer dialogs.
    if (QGuiApplication::platformName() == QLatin1String("offscreen") || !isVisible()) {
        statusBar()->showMessage(message, ImportMessageTimeout);
        return;
    }
    if (mDocument && mDocument->changedElsewhere()) {
        const auto answer = QMessageBox::warning(this, tr("Story Changed Elsewhere"), message,
                                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        // Yes is "Reload": the usual way out.
        if (answer == QMessageBox::Yes)
            reloadStory();
        return;
    }
    QMessageBox::warning(this, tr("Edit Not Made"), message);
}

void MainWindow::showCanvasMenu(QPoint globalPos, QPointF scenePos, ryuk::VertexIndex node)
{
    if (!hasStory())
        return;
    QMenu menu(this);
    if (node != NoVertex) {
        if (!mDocument->isSelected(node))
            mDocument->setSelection({{node}, {}});
        QAction *rename = menu.addAction(tr("&Rename"));
        connect(rename, &QAction::triggered, this, [this, node] { mCanvas->editLabel(node); });
        menu.addAction(mConnectAction);
        menu.addSeparator();
        menu.addAction(mCutAction);
        menu.addAction(mCopyAction);
        menu.addAction(mDeleteAction);
    } else {
        QMenu *add = menu.addMenu(tr("&Add Here"));
        for (QAction *action : std::as_const(mAddNodeActions)) {
            QAction *here = add->addAction(action->icon(), action->text());
            connect(here, &QAction::triggered, this, [this, action, scenePos] {
                mAddPosition = scenePos;
                action->trigger();
            });
        }
        menu.addAction(mPasteAction);
        menu.addSeparator();
        menu.addAction(mSelectAllAction);
        menu.addAction(mFitAction);
    }
    menu.exec(globalPos);
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(RecentFilesKey).toStringList().mid(0, MaxRecentFiles);
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    setRecentFiles(files.mid(0, MaxRecentFiles));
}

void MainWindow::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    if (files.removeAll(path) > 0)
        setRecentFiles(files);
}

void MainWindow::setRecentFiles(const QStringList &files)
{
    QSettings settings;
    if (files.isEmpty())
        settings.remove(RecentFilesKey);
    else
        settings.setValue(RecentFilesKey, files);
    updateRecentFilesMenu();
}

void MainWindow::updateRecentFilesMenu()
{
    mRecentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // Numbers 1 to 9 get a mnemonic, like the recent lists of other desktop programs.
        QString text = QFileInfo(path).fileName();
        text.replace(u'&', QLatin1String("&&"));
        if (i < 9)
            text = QStringLiteral("&%1 %2").arg(i + 1).arg(text);
        QAction *action = mRecentMenu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openStoryInteractively(path); });
    }
    if (!files.isEmpty()) {
        mRecentMenu->addSeparator();
        mRecentMenu->addAction(mClearRecentAction);
    }
    mRecentMenu->setEnabled(!isBusy() && !files.isEmpty());
}

void MainWindow::setTypeFilterIndex(int index)
{
    if (index < 0 || index >= int(std::size(TypeChoices)))
        return;
    mTypeFilterGroup->actions().at(index)->setChecked(true);
    {
        const QSignalBlocker blocker(mTypeFilterBox); // it may be the one that called
        mTypeFilterBox->setCurrentIndex(index);
    }
    const char *type = TypeChoices[index].type;
    mNodeModel->setTypeFilter(type ? std::optional<std::string>(type) : std::nullopt);
    mCanvas->setTypeFilter(type ? QSet<QString>{QString::fromLatin1(type)} : QSet<QString>{});
    mNodeView->scrollToTop();
}

void MainWindow::setChapterFilterIndex(int index)
{
    const QVariant chapter = mChapterFilterBox->itemData(index);
    mCanvas->setChapterFilter(chapter.isValid() ? std::optional<qint64>(chapter.toLongLong()) : std::nullopt);
}

void MainWindow::updateChapterChoices()
{
    // The chapters the story has now; the chosen one stays chosen while it exists.
    std::set<qint64> chapters;
    if (mDocument) {
        const StoryGraph &graph = mDocument->graph();
        for (std::size_t v = 0; v < graph.vertexSlots(); ++v) {
            const GraphVertex &vertex = graph.vertex(VertexIndex(v));
            if (vertex.alive && vertex.kind == NodeKind::Scene && vertex.chapter)
                chapters.insert(*vertex.chapter);
        }
    }
    const QVariant current = mChapterFilterBox->currentData();
    const QSignalBlocker blocker(mChapterFilterBox);
    mChapterFilterBox->clear();
    mChapterFilterBox->addItem(tr("All"));
    const QLocale locale;
    for (qint64 chapter : chapters)
        mChapterFilterBox->addItem(locale.toString(chapter), chapter);
    const int keep = current.isValid() ? mChapterFilterBox->findData(current) : 0;
    mChapterFilterBox->setCurrentIndex(std::max(keep, 0));
    if (keep < 0)
        setChapterFilterIndex(0);
}

void MainWindow::fitColumnsToFirstPage()
{
    // Measured on the first page only: later pages arrive while the user
    // scrolls, and columns jumping under the pointer would be worse than a
    // cell that is cut short (its tooltip has the whole text).
    if (mNodeModel->rowCount() == 0)
        return;
    mNodeView->resizeColumnsToContents();
    const int charWidth = mNodeView->fontMetrics().averageCharWidth();
    QHeaderView *columns = mNodeView->horizontalHeader();
    const int gap = 2 * charWidth; // room between columns, as the grid is off
    for (int column = 0; column < NodeTableModel::ColumnCount; ++column) {
        if (columns->sectionResizeMode(column) == QHeaderView::Stretch)
            continue;
        int width = columns->sectionSize(column) + gap;
        if (column == NodeTableModel::IdColumn)
            width = std::min(width, MaxIdColumnChars * charWidth);
        columns->resizeSection(column, width);
    }
}

void MainWindow::updateStoryState()
{
    const bool open = hasStory();
    if (open) {
        setWindowTitle(tr("%1 — Ryuk Studio").arg(mStoryName));
        setWindowFilePath(mStoryPath);
    } else {
        setWindowTitle(tr("Ryuk Studio"));
        setWindowFilePath({});
    }

    mCentral->setCurrentWidget(open ? static_cast<QWidget *>(mCanvas) : mEmptyState);
    mTypeFilterGroup->setEnabled(open);
    mTypeFilterBox->setEnabled(open);
    mChapterFilterBox->setEnabled(open);
    mFindEdit->setEnabled(open);

    mStoryLabel->setText(open ? mStoryName : QString());
    mStoryLabel->setToolTip(open ? QDir::toNativeSeparators(mStoryPath) : QString());
    updateCounts();
    updateZoomLabel();
    updateSelectionLabel();
    updateLoadedCount();
    updateActions();
}

void MainWindow::updateActions()
{
    // While a job runs, the story it works on stays open, no second job
    // starts, and nothing is edited (the job may be reading the graph).
    const bool idle = !isBusy();
    const bool open = hasStory();
    const bool editable = idle && open;
    const bool hasSelection = open && !mDocument->selection().empty();
    const bool hasNodes = open && !mDocument->selection().nodes.empty();
    mNewAction->setEnabled(idle);
    mOpenAction->setEnabled(idle);
    mOpenButton->setEnabled(idle);
    mSampleButton->setEnabled(idle);
    mRecentMenu->setEnabled(idle && !recentFiles().isEmpty());
    mImportAction->setEnabled(editable);
    mExportAction->setEnabled(editable);
    mExportPngAction->setEnabled(open);
    mExportSvgAction->setEnabled(open);
    mReloadAction->setEnabled(editable);
    mCloseAction->setEnabled(editable);
    // Undo and redo wait for a job too. Only a stack of the group may be active.
    QUndoStack *stack = open ? mDocument->undoStack() : nullptr;
    mUndoGroup->setActiveStack(editable && mUndoGroup->stacks().contains(stack) ? stack : nullptr);
    mCutAction->setEnabled(editable && hasNodes);
    mCopyAction->setEnabled(open && hasNodes);
    const QMimeData *clipboard = QApplication::clipboard()->mimeData();
    mPasteAction->setEnabled(editable && clipboard && clipboard->hasFormat(QString::fromLatin1(ElementsMimeType)));
    mDeleteAction->setEnabled(editable && hasSelection);
    mSelectAllAction->setEnabled(open);
    mFindAction->setEnabled(open);
    mFindNextAction->setEnabled(open);
    for (QAction *action : {mZoomInAction, mZoomOutAction, mZoomResetAction, mFitAction, mFitSelectionAction})
        action->setEnabled(open);
    for (QAction *action : std::as_const(mAddNodeActions))
        action->setEnabled(editable);
    mAddCustomAction->setEnabled(editable);
    mConnectAction->setEnabled(editable && open && mDocument->selection().nodes.size() == 2);
    mLayoutAction->setEnabled(editable);
    mValidateAction->setEnabled(open);
    mFlowAction->setEnabled(open);
    mPlayAction->setEnabled(open);
    // The canvas and the docks keep painting during a job but take no edits.
    mCanvas->setEnabled(!open || idle);
    for (QDockWidget *dock : std::as_const(mDocks)) {
        if (dock->objectName() != QLatin1String("profilerDock"))
            dock->widget()->setEnabled(idle);
    }
}

void MainWindow::updateCounts()
{
    const bool open = hasStory();
    mCountsLabel->setVisible(open);
    if (!open)
        return;
    const QLocale locale;
    const StoryGraph &graph = mDocument->graph();
    mCountsLabel->setText(tr("Nodes: %1 · Relationships: %2")
                                  .arg(locale.toString(qulonglong(graph.vertexCount())),
                                       locale.toString(qulonglong(graph.edgeCount()))));
}

void MainWindow::updateZoomLabel()
{
    mZoomLabel->setVisible(hasStory());
    // Below 1 % the percentage needs its decimals to say anything.
    const double percent = mCanvas->zoom() * 100;
    mZoomLabel->setText(tr("%1 %").arg(QLocale().toString(percent, 'f', percent < 1 ? 2 : 0)));
}

void MainWindow::updateSelectionLabel()
{
    const bool open = hasStory();
    const qsizetype nodes = open ? qsizetype(mDocument->selection().nodes.size()) : 0;
    const qsizetype relationships = open ? qsizetype(mDocument->selection().edges.size()) : 0;
    mSelectionLabel->setVisible(open && nodes + relationships > 0);
    if (nodes > 0 && relationships > 0)
        mSelectionLabel->setText(tr("Selected: %1 nodes, %2 relationships").arg(nodes).arg(relationships));
    else if (relationships > 0)
        mSelectionLabel->setText(tr("Selected: %n relationship(s)", nullptr, int(relationships)));
    else
        mSelectionLabel->setText(tr("Selected: %n node(s)", nullptr, int(nodes)));
}

void MainWindow::updateLoadedCount()
{
    const bool open = hasStory();
    mLoadedLabel->setVisible(open);
    if (!open) {
        mLoadedLabel->clear();
        return;
    }
    const QLocale locale;
    mLoadedLabel->setText(
            tr("Rows loaded: %1 of %2")
                    .arg(locale.toString(mNodeModel->loadedCount()), locale.toString(mNodeModel->totalCount())));
}

void MainWindow::reportModelError(const QString &message)
{
    // The list keeps what it has; a dialog in the middle of scrolling would only get in the way.
    setLastError(message);
    statusBar()->showMessage(tr("Could not load nodes: %1").arg(message));
}

void MainWindow::setLastError(const QString &message)
{
    mLastError = message;
    emit errorOccurred(message);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Ryuk Studio"),
                       tr("<h3>Ryuk Studio %1</h3>"
                          "<p>An editor and profiler for story graphs: scenes, characters, choices and events, "
                          "and the relationships between them.</p>"
                          "<p>Built with Qt %2.</p>")
                               .arg(QStringLiteral(RYUK_VERSION), QStringLiteral(QT_VERSION_STR)));
}

} // namespace ryuk
