// The plan view: SQLite's plan of a catalogued query as a tree, with steps
// that walk a whole table flagged in red and explained.
#pragma once

#include "store/storystore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace ryuk {

class PlanView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(QWidget *parent = nullptr);

    // The store whose plans are shown (used on this thread only); nullptr clears.
    void setStore(StoryStore *store);
    // Shows the plan of `kind` if it has one (see StoryStore::explainPlan).
    // Returns false and shows why when it cannot.
    bool showPlan(const QString &kind);
    QString kind() const;
    QTreeWidget *tree() const { return mTree; }
    // How many steps of the shown plan are full table scans.
    int fullScans() const { return mFullScans; }
    QString message() const;

private:
    StoryStore *mStore = nullptr;
    QComboBox *mKind;
    QTreeWidget *mTree;
    QLabel *mMessage;
    int mFullScans = 0;
};

} // namespace ryuk
