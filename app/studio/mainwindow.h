// The Ryuk Studio main window: opens one story file and shows its nodes.
#pragma once

#include <QMainWindow>
#include <QStringList>

#include <memory>

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

    void chooseStory();
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void setRecentFiles(const QStringList &files);
    void updateRecentFilesMenu();

    void setTypeFilterIndex(int index);
    void fitColumnsToFirstPage();
    void updateStoryState();
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

    NodeTableModel *mNodeModel = nullptr;
    QStackedWidget *mNodeList = nullptr;
    QWidget *mEmptyState = nullptr;
    QTableView *mNodeView = nullptr;
    QComboBox *mTypeFilterBox = nullptr;
    QLabel *mStoryLabel = nullptr;
    QLabel *mCountsLabel = nullptr;
    QLabel *mLoadedLabel = nullptr;
    QFrame *mStatusSeparator = nullptr;

    QAction *mOpenAction = nullptr;
    QAction *mCloseAction = nullptr;
    QAction *mQuitAction = nullptr;
    QAction *mClearRecentAction = nullptr;
    QAction *mAboutAction = nullptr;
    QAction *mAboutQtAction = nullptr;
    QActionGroup *mTypeFilterGroup = nullptr;
    QMenu *mRecentMenu = nullptr;
};

} // namespace ryuk
