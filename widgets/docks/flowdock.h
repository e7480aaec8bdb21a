// The Story Flow dock: the paths from a start scene (storyFlow), listed;
// picking one highlights its nodes and relationships on the canvas.
#pragma once

#include "document/storydocument.h"
#include "graph/storyflow.h"

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTimer;

namespace ryuk {

// The work is bounded by the options (at most `limit` paths of at most
// `maxDepth` steps, and storyFlow's cost follows the paths it returns), so it
// runs on the GUI thread. The start defaults to the selected Scene, else the
// story's start.
class FlowDock : public QDockWidget
{
    Q_OBJECT

public:
    // A listed flow's node ids, " → " between them.
    static constexpr int IdsRole = Qt::UserRole + 1;

    explicit FlowDock(QWidget *parent = nullptr);
    ~FlowDock() override;

    // Not owned; nullptr clears the list.
    void setDocument(StoryDocument *document);

    QLineEdit *startEdit() const { return mStart; }
    QSpinBox *depthSpin() const { return mDepth; }
    QSpinBox *limitSpin() const { return mLimit; }
    QListWidget *list() const { return mList; }
    QLabel *statusLabel() const { return mStatus; }
    const std::vector<FlowPath> &paths() const { return mPaths; }
    // The scene id used when the start field is empty.
    QString defaultStart() const;

public slots:
    // Lists the flows from the start with the current options.
    void run();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateDefaultStart();
    void refreshCompletions();
    void pathSelected();
    void storyChanged();

    QPointer<StoryDocument> mDocument;
    QLineEdit *mStart = nullptr;
    QStringListModel *mCompletions = nullptr;
    quint64 mCompletionRevision = ~quint64(0);
    QSpinBox *mDepth = nullptr;
    QSpinBox *mLimit = nullptr;
    QPushButton *mRunButton = nullptr;
    QPushButton *mClearButton = nullptr;
    QListWidget *mList = nullptr;
    QLabel *mStatus = nullptr;
    QTimer *mRerun = nullptr;
    std::vector<FlowPath> mPaths;
    QString mRanFrom; // the start of the listed flows, empty when none are listed
};

} // namespace ryuk
