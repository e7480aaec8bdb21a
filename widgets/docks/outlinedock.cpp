// The Outline dock: the story's nodes as a tree by type and chapter, with a
// filter; selecting rows selects the nodes in the document and back.
#include "outlinedock.h"

#include "docks/outlinemodel.h"
#include "document/storydocument.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace ryuk {

OutlineDock::OutlineDock(QWidget *parent) : QDockWidget(tr("Outline"), parent)
{
    setObjectName(QStringLiteral("outlineDock"));

    mModel = new OutlineModel(this);

    mFilter = new QLineEdit;
    mFilter->setObjectName(QStringLiteral("outlineFilter"));
    mFilter->setPlaceholderText(tr("Filter by title or id"));
    mFilter->setClearButtonEnabled(true);
    mFilterTimer = new QTimer(this);
    mFilterTimer->setSingleShot(true);
    mFilterTimer->setInterval(200); // one rebuild when the typing pauses, not one per key
    connect(mFilter, &QLineEdit::textChanged, mFilterTimer, qOverload<>(&QTimer::start));
    connect(mFilterTimer, &QTimer::timeout, this, [this] {
        const bool syncing = std::exchange(mSyncing, true);
        mModel->setFilter(mFilter->text().trimmed());
        if (!mFilter->text().trimmed().isEmpty() && mModel->rowCount() <= 6)
            mView->expandToDepth(0); // a filtered outline is small: show what matched
        mSyncing = syncing;
        showDocumentSelection();
    });

    mView = new QTreeView;
    mView->setObjectName(QStringLiteral("outlineView"));
    mView->setModel(mModel);
    mView->setUniformRowHeights(true); // lets the view skip measuring every row of a large group
    mView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->header()->setStretchLastSection(false);
    mView->header()->setSectionResizeMode(OutlineModel::NameColumn, QHeaderView::Stretch);
    mView->header()->setSectionResizeMode(OutlineModel::IdColumn, QHeaderView::ResizeToContents);
    connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutlineDock::viewSelectionChanged);
    // Rows appear when a group is expanded; the document may already have some of them selected.
    connect(mModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!mSyncing)
            QTimer::singleShot(0, this, &OutlineDock::showDocumentSelection);
    });

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(mFilter);
    layout->addWidget(mView);
    setWidget(body);
}

OutlineDock::~OutlineDock() = default;

void OutlineDock::setDocument(StoryDocument *document)
{
    if (mDocument == document)
        return;
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    const bool syncing = std::exchange(mSyncing, true);
    mModel->setDocument(document);
    mSyncing = syncing;
    if (!document)
        return;
    connect(document, &StoryDocument::changed, this, &OutlineDock::storyChanged);
    connect(document, &StoryDocument::reset, this, [this] {
        const bool syncing = std::exchange(mSyncing, true);
        mModel->rebuild();
        mSyncing = syncing;
        showDocumentSelection();
    });
    connect(document, &StoryDocument::selectionChanged, this, &OutlineDock::showDocumentSelection);
    connect(document, &QObject::destroyed, this, [this] { mModel->setDocument(nullptr); });
    showDocumentSelection();
}

void OutlineDock::storyChanged(const std::vector<StoryChange> &changes)
{
    const bool syncing = std::exchange(mSyncing, true);
    mModel->applyChanges(changes);
    mSyncing = syncing;
    showDocumentSelection();
}

void OutlineDock::viewSelectionChanged()
{
    if (mSyncing || !mDocument)
        return;
    std::vector<VertexIndex> nodes;
    for (const QModelIndex &index : mView->selectionModel()->selectedRows(OutlineModel::NameColumn)) {
        if (const VertexIndex v = mModel->vertexAt(index); v != NoVertex)
            nodes.push_back(v);
    }
    if (nodes.empty())
        return; // group rows only: they stand for no node
    std::sort(nodes.begin(), nodes.end());
    const bool syncing = std::exchange(mSyncing, true);
    mDocument->setSelection({nodes, {}});
    mDocument->requestFocus(nodes);
    mSyncing = syncing;
}

void OutlineDock::showDocumentSelection()
{
    if (mSyncing || !mDocument)
        return;
    // Rows of one group in order, merged into ranges: selecting a whole story
    // must not build one selection range per node.
    std::map<QModelIndex, std::vector<int>> rows;
    for (const VertexIndex v : mDocument->selection().nodes) {
        const QModelIndex index = mModel->indexOfVertex(v);
        if (index.isValid())
            rows[index.parent()].push_back(index.row());
    }
    QItemSelection selection;
    for (auto &[parent, list] : rows) {
        std::sort(list.begin(), list.end());
        for (std::size_t i = 0; i < list.size();) {
            std::size_t j = i;
            while (j + 1 < list.size() && list[j + 1] == list[j] + 1)
                ++j;
            selection.select(mModel->index(list[i], 0, parent),
                             mModel->index(list[j], OutlineModel::ColumnCount - 1, parent));
            i = j + 1;
        }
    }
    const bool syncing = std::exchange(mSyncing, true);
    mView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        mView->scrollTo(selection.first().topLeft());
    mSyncing = syncing;
}

} // namespace ryuk
