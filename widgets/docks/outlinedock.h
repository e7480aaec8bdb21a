// The Outline dock: the story's nodes as a tree by type and chapter, with a
// filter; selecting rows selects the nodes in the document and back.
#pragma once

#include "document/storydocument.h"
#include "graph/storygraph.h"
#include "store/storystore.h"

#include <QDockWidget>
#include <QPointer>

class QItemSelection;
class QLineEdit;
class QTimer;
class QTreeView;

namespace ryuk {

class OutlineModel;
class OutlineDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit OutlineDock(QWidget *parent = nullptr);
    ~OutlineDock() override;

    // Not owned; nullptr empties the outline.
    void setDocument(StoryDocument *document);

    OutlineModel *model() const { return mModel; }
    QTreeView *view() const { return mView; }
    QLineEdit *filterEdit() const { return mFilter; }

private:
    void storyChanged(const std::vector<StoryChange> &changes);
    void viewSelectionChanged();
    // Shows the document's selection in the view, for the rows that are loaded.
    void showDocumentSelection();

    QPointer<StoryDocument> mDocument;
    OutlineModel *mModel = nullptr;
    QTreeView *mView = nullptr;
    QLineEdit *mFilter = nullptr;
    QTimer *mFilterTimer = nullptr;
    bool mSyncing = false; // the view is being changed to match the document: not the user's doing
};

} // namespace ryuk
