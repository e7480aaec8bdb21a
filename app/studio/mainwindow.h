// The Ryuk Studio main window: the story canvas in the middle, the docks
// around it, and the menus that open, import, export, edit and play a story.
#pragma once

#include "core/story.h"
#include "graph/storygraph.h"
#include "jobs/storyjob.h"

#include <QMainWindow>
#include <QPointF>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>

class QAction;
class QActionGroup;
class QComboBox;
class QFrame;
class QLabel;
class QMenu;
class QDockWidget;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QUndoGroup;

namespace ryuk {

class FlowDock;
class InspectorDock;
class Minimap;
class NodeTableModel;
class OutlineDock;
class ProblemsDock;
class ProfilerWidget;
class StoryCanvas;
class StoryDocument;
class StoryStore;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int MaxRecentFiles = 10;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the story at `path` in place of the open one, which stays open if
    // this fails. Never shows a dialog, so scripts and tests can call it: on
    // failure it returns false, and lastError() and errorOccurred() say why,
    // naming the file.
    bool openStory(const QString &path);
    // Opens a story the user asked for (menu, command line, drop): a failure is
    // shown in a message box.
    void openStoryInteractively(const QString &path);
    void closeStory();
    // Makes a new, empty story at `path` and opens it; false (lastError()) if
    // the file exists or cannot be written.
    bool newStory(const QString &path);
    // Opens the bundled sample story, making it first (in the application's
    // data folder) if need be: what a first start shows.
    bool openSampleStory();

    // Adds the nodes and relationships of `path` (any readable format of the
    // registry) to the open story. The import runs on a worker thread with a
    // progress dialog; this waits for it in a local event loop, so the window
    // keeps painting and Cancel works. Never shows a message box: returns
    // false on failure or cancel, with lastError() saying why. A failed or
    // cancelled import leaves the story as it was.
    bool importFile(const QString &path);
    // The menu's variant: returns at once; the outcome goes to the status bar,
    // a failure to a message box.
    void importFileInteractively(const QString &path);
    // Makes a new story next to `path` (see newStoryPathFor()), imports `path`
    // into it and opens it. Waits like importFile(); nothing is left behind if
    // the import fails.
    bool createStoryFromFile(const QString &path);
    void createStoryFromFileInteractively(const QString &path);
    // Writes the open story to `path` in the format its extension names, on a
    // worker thread; waits like importFile(). Never shows a message box.
    bool exportStory(const QString &path);
    // What a drop does with a file: a story opens; a file of an importable
    // format is imported into the open story, or into a new one if none is open.
    void openDroppedFile(const QString &path);
    // "<folder>/<name>.ryuk" for "<folder>/<name>.json", or "<name> 2.ryuk", …
    // if that is taken.
    static QString newStoryPathFor(const QString &importPath);

    // Runs the automatic layout on a worker thread and applies it as one undo
    // step; waits like importFile(). False (lastError()) on failure or cancel.
    bool autoLayout();
    // Re-reads the story after another program changed it; drops the undo history.
    bool reloadStory();
    // Selects the node `id` and shows it at 100 % in the middle of the canvas;
    // false (lastError()) if there is no such node.
    bool focusNode(const QString &id);

    // True while a job (open, import, export, layout) runs; editing waits for it.
    bool isBusy() const { return mJob != nullptr; }
    bool hasStory() const { return mDocument != nullptr; }
    QString storyPath() const { return mStoryPath; }
    QString lastError() const { return mLastError; }
    StoryDocument *document() const { return mDocument.get(); }
    StoryCanvas *canvas() const { return mCanvas; }
    NodeTableModel *nodeModel() const { return mNodeModel; }
    // A dock by object name ("inspectorDock", "outlineDock", …), for tests and screenshots.
    QDockWidget *dock(const QString &objectName) const;
    // Most recent first, at most MaxRecentFiles.
    QStringList recentFiles() const;

signals:
    void storyOpened(const QString &path);
    void storyClosed();
    void errorOccurred(const QString &message);
    // Before the job starts, so a caller can follow its progress or cancel it.
    void jobStarted(ryuk::StoryJob *job);
    // After the window has taken in the outcome (reloaded, opened the new story).
    void importFinished(const QString &path, bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createEditActions();
    void createViewActions();
    void createGraphActions();
    void createMenus();
    void createToolBars();
    QWidget *createEmptyState();
    QWidget *createNodeList();
    void createDocks();
    QDockWidget *addDock(QWidget *content, const QString &title, const QString &objectName, Qt::DockWidgetArea area);
    void createStatusBar();
    void readSettings();
    void writeSettings() const;

    // Shows a story that is open and checked (by openStory() or an import job).
    void showStory(const QString &absolutePath, std::unique_ptr<StoryStore> store, std::unique_ptr<StoryGraph> graph,
                   const std::string &title);
    void chooseStory();
    void chooseNewStory();
    void chooseImportFile();
    void chooseExportFile();
    void chooseImageFile(bool svg);
    // The import behind the four public variants; null if another job runs.
    StoryJob *startImport(const QString &path, bool intoNewStory, bool interactive);
    bool waitForImport(StoryJob *job);
    // Runs `work` as the window's job, waiting in a local event loop with a
    // progress dialog titled `title`; returns whether it succeeded.
    bool runJob(const QString &title, const QString &doing, StoryJob::Work work);
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void setRecentFiles(const QStringList &files);
    void updateRecentFilesMenu();

    // Editing.
    void addNodeOfType(const QString &type);
    void addCustomNode();
    void connectSelection();
    void deleteSelection();
    void copySelection();
    void cutSelection();
    void paste();
    void findText();
    void findNext();
    void play();
    void showProblems();
    void showFlow();
    void reportDocumentError(const QString &message);
    void showCanvasMenu(QPoint globalPos, QPointF scenePos, ryuk::VertexIndex node);

    void setTypeFilterIndex(int index);
    void setChapterFilterIndex(int index);
    void updateChapterChoices();
    void fitColumnsToFirstPage();
    void updateStoryState();
    void updateActions();
    void updateCounts();
    void updateZoomLabel();
    void updateSelectionLabel();
    void updateLoadedCount();
    void reportModelError(const QString &message);
    void setLastError(const QString &message);
    void showAbout();

    std::unique_ptr<StoryDocument> mDocument;
    QString mStoryPath;
    QString mStoryName; // the story's title, or its file name when it has none
    QString mLastError;
    // Where the next added node goes: the last context-menu point, once.
    std::optional<QPointF> mAddPosition;

    StoryJob *mJob = nullptr; // the running job, owned by the window
    bool mLastImportOk = false;
    bool mCloseWhenIdle = false; // the user closed the window while a job ran

    QUndoGroup *mUndoGroup = nullptr;
    NodeTableModel *mNodeModel = nullptr;
    QStackedWidget *mCentral = nullptr;
    QWidget *mEmptyState = nullptr;
    StoryCanvas *mCanvas = nullptr;
    QTableView *mNodeView = nullptr;
    Minimap *mMinimap = nullptr;
    InspectorDock *mInspectorDock = nullptr;
    OutlineDock *mOutlineDock = nullptr;
    ProblemsDock *mProblemsDock = nullptr;
    FlowDock *mFlowDock = nullptr;
    ProfilerWidget *mProfiler = nullptr;
    QList<QDockWidget *> mDocks;
    QComboBox *mTypeFilterBox = nullptr;
    QComboBox *mChapterFilterBox = nullptr;
    QLineEdit *mFindEdit = nullptr;
    QLabel *mStoryLabel = nullptr;
    QLabel *mCountsLabel = nullptr;
    QLabel *mSelectionLabel = nullptr;
    QLabel *mZoomLabel = nullptr;
    QLabel *mLoadedLabel = nullptr;
    QWidget *mOpenButton = nullptr;
    QWidget *mSampleButton = nullptr;

    QAction *mNewAction = nullptr;
    QAction *mOpenAction = nullptr;
    QAction *mImportAction = nullptr;
    QAction *mExportAction = nullptr;
    QAction *mExportPngAction = nullptr;
    QAction *mExportSvgAction = nullptr;
    QAction *mReloadAction = nullptr;
    QAction *mCloseAction = nullptr;
    QAction *mQuitAction = nullptr;
    QAction *mClearRecentAction = nullptr;
    QAction *mUndoAction = nullptr;
    QAction *mRedoAction = nullptr;
    QAction *mCutAction = nullptr;
    QAction *mCopyAction = nullptr;
    QAction *mPasteAction = nullptr;
    QAction *mDeleteAction = nullptr;
    QAction *mSelectAllAction = nullptr;
    QAction *mFindAction = nullptr;
    QAction *mFindNextAction = nullptr;
    QAction *mZoomInAction = nullptr;
    QAction *mZoomOutAction = nullptr;
    QAction *mZoomResetAction = nullptr;
    QAction *mFitAction = nullptr;
    QAction *mFitSelectionAction = nullptr;
    QAction *mEdgeLabelsAction = nullptr;
    QAction *mSnapAction = nullptr;
    QList<QAction *> mAddNodeActions;
    QAction *mAddCustomAction = nullptr;
    QAction *mConnectAction = nullptr;
    QAction *mLayoutAction = nullptr;
    QAction *mValidateAction = nullptr;
    QAction *mFlowAction = nullptr;
    QAction *mPlayAction = nullptr;
    QAction *mAboutAction = nullptr;
    QAction *mAboutQtAction = nullptr;
    QActionGroup *mTypeFilterGroup = nullptr;
    QMenu *mRecentMenu = nullptr;
    QMenu *mDocksMenu = nullptr;
};

} // namespace ryuk
