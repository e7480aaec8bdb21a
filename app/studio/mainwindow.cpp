// The Ryuk Studio main window: opens one story file, shows its nodes and imports other formats into it.
#include "mainwindow.h"

#include "formats/storyformat.h"
#include "jobs/jobprogressdialog.h"
#include "jobs/storyjob.h"
#include "nodelist/nodetablemodel.h"
#include "store/sqlitestorystore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
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
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>
#include <memory>

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
    // Read by the worker after the import, where counting a large story holds nothing up.
    std::optional<StoryStats> stats;
    std::optional<std::string> title;
    // A story made for the import, handed over open: opening it again on the
    // GUI thread would check the whole file there, a second or so for a large one.
    std::unique_ptr<StoryStore> newStore;
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
            // A story made for this import goes with it, so a failed drop leaves no empty story behind.
            store.reset();
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(storyPath + QLatin1String(suffix));
        }
        return naming(imported.takeError(), sourcePath);
    }
    outcome.summary = *imported;
    // Only figures for the window: if they cannot be read here, it reads them itself.
    if (Result<StoryStats> stats = store->stats())
        outcome.stats = std::move(stats).value();
    if (Result<std::string> title = store->title())
        outcome.title = std::move(title).value();
    if (newStory)
        outcome.newStore = std::move(store);
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), mNodeModel(new NodeTableModel(this))
{
    setAcceptDrops(true);

    createActions();
    createMenus();
    createToolBar();
    // The node list holds the central area until the graph canvas arrives;
    // then this same widget moves into a QDockWidget unchanged.
    setCentralWidget(createNodeList());
    createStatusBar();

    connect(mNodeModel, &NodeTableModel::errorOccurred, this, &MainWindow::reportModelError);
    connect(mNodeModel, &NodeTableModel::loadedCountChanged, this, &MainWindow::updateLoadedCount);
    connect(mNodeModel, &NodeTableModel::modelReset, this, &MainWindow::fitColumnsToFirstPage);

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
    // The model must let go of the store before the store goes away.
    mNodeModel->setStore(nullptr);
}

void MainWindow::createActions()
{
    mOpenAction = new QAction(
            QIcon::fromTheme(QStringLiteral("document-open"), style()->standardIcon(QStyle::SP_DialogOpenButton)),
            tr("&Open…"), this);
    mOpenAction->setIconText(tr("Open")); // the toolbar's short form, without the ellipsis
    mOpenAction->setShortcut(QKeySequence::Open);
    mOpenAction->setStatusTip(tr("Open a story file"));
    mOpenAction->setToolTip(
            tr("Open a story file (%1)").arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    connect(mOpenAction, &QAction::triggered, this, &MainWindow::chooseStory);

    mImportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import…"), this);
    mImportAction->setObjectName(QStringLiteral("importAction"));
    mImportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    mImportAction->setStatusTip(tr("Add the nodes and relationships of a file in another format to the open story"));
    connect(mImportAction, &QAction::triggered, this, &MainWindow::chooseImportFile);

    mCloseAction = new QAction(QIcon::fromTheme(QStringLiteral("document-close")), tr("&Close"), this);
    mCloseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    mCloseAction->setStatusTip(tr("Close the story"));
    connect(mCloseAction, &QAction::triggered, this, &MainWindow::closeStory);

    mQuitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    mQuitAction->setShortcut(QKeySequence::Quit);
    mQuitAction->setMenuRole(QAction::QuitRole);
    mQuitAction->setStatusTip(tr("Quit Ryuk Studio"));
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
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(mOpenAction);
    mRecentMenu = fileMenu->addMenu(tr("Open &Recent"));
    mRecentMenu->setToolTipsVisible(true); // the full path of each file
    fileMenu->addSeparator();
    fileMenu->addAction(mImportAction);
    fileMenu->addSeparator();
    fileMenu->addAction(mCloseAction);
    fileMenu->addSeparator();
    fileMenu->addAction(mQuitAction);

    // A submenu, as the View menu will also hold the canvas and the docks.
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *typeMenu = viewMenu->addMenu(tr("Node &Type"));
    typeMenu->addActions(mTypeFilterGroup->actions());

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(mAboutAction);
    helpMenu->addAction(mAboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() keys toolbars by name
    toolBar->setFloatable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(mOpenAction);
    toolBar->addSeparator();

    auto *typeLabel = new QLabel(tr("&Type:"), toolBar);
    typeLabel->setContentsMargins(6, 0, 4, 0);
    mTypeFilterBox = new QComboBox(toolBar);
    mTypeFilterBox->setObjectName(QStringLiteral("typeFilterBox"));
    mTypeFilterBox->setToolTip(tr("Show only nodes of one type"));
    mTypeFilterBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const TypeChoice &choice : TypeChoices)
        mTypeFilterBox->addItem(tr(choice.label), choice.type ? QString::fromUtf8(choice.type) : QString());
    typeLabel->setBuddy(mTypeFilterBox);
    connect(mTypeFilterBox, &QComboBox::currentIndexChanged, this, &MainWindow::setTypeFilterIndex);
    toolBar->addWidget(typeLabel);
    toolBar->addWidget(mTypeFilterBox);
}

QWidget *MainWindow::createNodeList()
{
    mNodeList = new QStackedWidget(this);
    mNodeList->setObjectName(QStringLiteral("nodeList"));

    mEmptyState = new QWidget(mNodeList);
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

    auto *emptyLayout = new QVBoxLayout(mEmptyState);
    emptyLayout->addStretch(3);
    emptyLayout->addWidget(prompt);
    emptyLayout->addWidget(hint);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(openButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(4);

    mNodeView = new QTableView(mNodeList);
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

    mNodeList->addWidget(mEmptyState);
    mNodeList->addWidget(mNodeView);
    return mNodeList;
}

void MainWindow::createStatusBar()
{
    mStoryLabel = new QLabel(this);
    mStoryLabel->setObjectName(QStringLiteral("storyLabel"));
    mStoryLabel->setTextFormat(Qt::PlainText);
    mCountsLabel = new QLabel(this);
    mCountsLabel->setObjectName(QStringLiteral("countsLabel"));
    mLoadedLabel = new QLabel(this);
    mLoadedLabel->setObjectName(QStringLiteral("loadedLabel"));
    // The title on the left (temporary messages cover it), the counts always on the right.
    statusBar()->addWidget(mStoryLabel, 1);
    // A thin rule between the two counters, which otherwise read as one sentence.
    mStatusSeparator = new QFrame(this);
    mStatusSeparator->setFrameStyle(QFrame::VLine | QFrame::Sunken);
    statusBar()->addPermanentWidget(mCountsLabel);
    statusBar()->addPermanentWidget(mStatusSeparator);
    statusBar()->addPermanentWidget(mLoadedLabel);
    for (QLabel *label : {mStoryLabel, mCountsLabel, mLoadedLabel})
        label->setContentsMargins(6, 0, 6, 0);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(QSize(1200, 760).boundedTo(available.size() * 0.9));
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
        return fail(Error::badInput(tr("Another import is still running; wait for it to finish or cancel it.")));

    // Opening checks the whole file, about a second for a large story: that
    // runs on a worker (a store may move between threads between calls) while
    // the window keeps painting, with its file actions disabled.
    struct Opened
    {
        std::unique_ptr<StoryStore> store;
        std::string title;
        StoryStats stats;
    };
    auto opened = std::make_shared<Opened>();
    StoryJob job([absolutePath, opened](const ProgressCallback &) -> Status {
        auto store = ryuk::openStory(absolutePath, OpenMode::OpenExisting);
        if (!store)
            return store.takeError();
        // A damaged file can pass the open checks and fail on the first query; that is a failed open too.
        auto title = (*store)->title();
        if (!title)
            return title.takeError();
        auto stats = (*store)->stats();
        if (!stats)
            return stats.takeError();
        opened->store = std::move(*store);
        opened->title = std::move(*title);
        opened->stats = std::move(*stats);
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

    showStory(absolutePath, std::move(opened->store), opened->title, opened->stats);
    return true;
}

void MainWindow::showStory(const QString &absolutePath, std::unique_ptr<StoryStore> store, const std::string &title,
                           const StoryStats &stats)
{
    mNodeModel->setStore(nullptr);
    mStore = std::move(store);
    mStoryPath = absolutePath;
    mStoryName = title.empty() ? QFileInfo(absolutePath).fileName() : QString::fromStdString(title);
    mNodeCount = stats.nodes;
    mRelationshipCount = stats.relationships;
    mLastError.clear();

    // A new story starts unfiltered. The filter is set while the model has no
    // store, so the first page is fetched once, by setStore().
    setTypeFilterIndex(0);
    mNodeModel->setStore(mStore.get());

    addRecentFile(absolutePath);
    updateStoryState();
    mNodeView->scrollToTop();
    mNodeView->setFocus();
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
    mNodeModel->setStore(nullptr);
    mStore.reset();
    mStoryPath.clear();
    mStoryName.clear();
    mNodeCount = 0;
    mRelationshipCount = 0;
    updateStoryState();
    emit storyClosed();
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
            if (outcome->newStore && outcome->stats && outcome->title) {
                // A store may change threads between calls; the worker is done with this one.
                showStory(storyPath, std::move(outcome->newStore), *outcome->title, *outcome->stats);
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
                std::optional<StoryStats> stats = outcome->stats;
                if (!stats) {
                    if (Result<StoryStats> read = mStore->stats())
                        stats = std::move(read).value();
                }
                if (stats) {
                    mNodeCount = stats->nodes;
                    mRelationshipCount = stats->relationships;
                }
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
    mNodeView->scrollToTop();
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

    mNodeList->setCurrentWidget(open ? static_cast<QWidget *>(mNodeView) : mEmptyState);
    updateActions();
    mTypeFilterGroup->setEnabled(open);
    mTypeFilterBox->setEnabled(open);

    const QLocale locale;
    mStoryLabel->setText(open ? mStoryName : QString());
    mStoryLabel->setToolTip(open ? QDir::toNativeSeparators(mStoryPath) : QString());
    mCountsLabel->setText(open ? tr("Nodes: %1 · Relationships: %2")
                                          .arg(locale.toString(mNodeCount), locale.toString(mRelationshipCount))
                               : QString());
    mCountsLabel->setVisible(open);
    mStatusSeparator->setVisible(open);
    updateLoadedCount();
}

void MainWindow::updateActions()
{
    // While a job runs, the story it writes to stays open and no second job starts.
    const bool idle = !isBusy();
    const bool open = hasStory();
    mOpenAction->setEnabled(idle);
    mOpenButton->setEnabled(idle);
    mRecentMenu->setEnabled(idle && !recentFiles().isEmpty());
    mImportAction->setEnabled(idle && open);
    mCloseAction->setEnabled(idle && open);
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
