// The Ryuk Studio main window: opens one story file and shows its nodes.
#include "mainwindow.h"

#include "nodelist/nodetablemodel.h"
#include "store/sqlitestorystore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
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
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

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

    auto *hint = new QLabel(tr("or drop a .ryuk file here"), mEmptyState);
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *openButton = new QPushButton(mOpenAction->icon(), tr("Open Story…"), mEmptyState);
    connect(openButton, &QPushButton::clicked, mOpenAction, &QAction::trigger);

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
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openStoryInteractively(path);
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

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });

    Result<std::unique_ptr<StoryStore>> opened = ryuk::openStory(absolutePath, OpenMode::OpenExisting);
    if (!opened)
        return fail(opened.takeError());
    std::unique_ptr<StoryStore> store = std::move(opened).value();

    // A damaged file can pass the open checks and fail on the first query; that is a failed open too.
    Result<std::string> title = store->title();
    if (!title)
        return fail(title.takeError());
    Result<StoryStats> stats = store->stats();
    if (!stats)
        return fail(stats.takeError());

    mNodeModel->setStore(nullptr);
    mStore = std::move(store);
    mStoryPath = absolutePath;
    mStoryName = title->empty() ? QFileInfo(absolutePath).fileName() : QString::fromStdString(*title);
    mNodeCount = stats->nodes;
    mRelationshipCount = stats->relationships;
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
    return true;
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
    mRecentMenu->setEnabled(!files.isEmpty());
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
    mCloseAction->setEnabled(open);
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
