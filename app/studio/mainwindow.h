// The Ryuk Studio main window: opens one story file, shows its nodes and imports other formats into it.
#pragma once

#include "core/story.h"
#include "jobs/storyjob.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>
#include <string>

class QAction;
class QActionGroup;
class QComboBox;
class QFrame;
class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;

namespace ryuk {

class NodeTableModel;
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
    // What a drop does with a file: a story opens; a file of an importable
    // format is imported into the open story, or into a new one if none is open.
    void openDroppedFile(const QString &path);
    // "<folder>/<name>.ryuk" for "<folder>/<name>.json", or "<name> 2.ryuk", …
    // if that is taken.
    static QString newStoryPathFor(const QString &importPath);

    // True while an import runs; opening, closing and importing wait for it.
    bool isBusy() const { return mJob != nullptr; }
    bool hasStory() const { return mStore != nullptr; }
    QString storyPath() const { return mStoryPath; }
    QString lastError() const { return mLastError; }
    NodeTableModel *nodeModel() const { return mNodeModel; }
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
    void createMenus();
    void createToolBar();
    QWidget *createNodeList();
    void createStatusBar();
    void readSettings();
    void writeSettings() const;

    // Shows a story that is open and checked (by openStory() or an import job).
    void showStory(const QString &absolutePath, std::unique_ptr<StoryStore> store, const std::string &title,
                   const StoryStats &stats);
    void chooseStory();
    void chooseImportFile();
    // The import behind the four public variants; null if another job runs.
    StoryJob *startImport(const QString &path, bool intoNewStory, bool interactive);
    bool waitForImport(StoryJob *job);
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void setRecentFiles(const QStringList &files);
    void updateRecentFilesMenu();

    void setTypeFilterIndex(int index);
    void fitColumnsToFirstPage();
    void updateStoryState();
    void updateActions();
    void updateLoadedCount();
    void reportModelError(const QString &message);
    void setLastError(const QString &message);
    void showAbout();

    std::unique_ptr<StoryStore> mStore;
    QString mStoryPath;
    QString mStoryName; // the story's title, or its file name when it has none
    qint64 mNodeCount = 0;
    qint64 mRelationshipCount = 0;
    QString mLastError;

    StoryJob *mJob = nullptr; // the running import, owned by the window
    bool mLastImportOk = false;
    bool mCloseWhenIdle = false; // the user closed the window while a job ran

    NodeTableModel *mNodeModel = nullptr;
    QStackedWidget *mNodeList = nullptr;
    QWidget *mEmptyState = nullptr;
    QTableView *mNodeView = nullptr;
    QComboBox *mTypeFilterBox = nullptr;
    QLabel *mStoryLabel = nullptr;
    QLabel *mCountsLabel = nullptr;
    QLabel *mLoadedLabel = nullptr;
    QFrame *mStatusSeparator = nullptr;
    QWidget *mOpenButton = nullptr;

    QAction *mOpenAction = nullptr;
    QAction *mImportAction = nullptr;
    QAction *mCloseAction = nullptr;
    QAction *mQuitAction = nullptr;
    QAction *mClearRecentAction = nullptr;
    QAction *mAboutAction = nullptr;
    QAction *mAboutQtAction = nullptr;
    QActionGroup *mTypeFilterGroup = nullptr;
    QMenu *mRecentMenu = nullptr;
};

} // namespace ryuk
