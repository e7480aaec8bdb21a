// The outline of a story: its nodes grouped by type (Scenes further by
// chapter), filled lazily so a story of 100,000 nodes costs one pass of counts.
#pragma once

#include "document/storydocument.h"
#include "graph/storygraph.h"
#include "store/storystore.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ryuk {

// A tree of two or three levels: type groups, chapter groups under "Scene",
// then the nodes. Group rows show how many nodes they hold; a group's nodes are
// gathered and sorted only when a view first asks for them (fetchMore), and
// then handed out a page at a time.
class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, IdColumn, ColumnCount };
    enum Role {
        VertexRole = Qt::UserRole + 1, // the node's VertexIndex (as uint); invalid for group rows
        CountRole,                     // a group's node count
    };

    // Rows added by one fetchMore.
    static constexpr int PageSize = 1000;

    explicit OutlineModel(QObject *parent = nullptr);
    ~OutlineModel() override;

    // Not owned; nullptr empties the model. The model does not follow the
    // document by itself: call applyChanges() and rebuild() (the dock does).
    void setDocument(StoryDocument *document);
    // Keeps only nodes whose label or id contains `text` (case-insensitive).
    void setFilter(const QString &text);
    QString filter() const { return mFilter; }

    // Drops everything and counts again (after a reset).
    void rebuild();
    // Follows one committed edit: nodes added, changed and removed move
    // between groups without a rebuild; a Reset rebuilds.
    void applyChanges(const std::vector<StoryChange> &changes);

    // The row of `v`, if its group has been loaded that far; else invalid.
    QModelIndex indexOfVertex(VertexIndex v, int column = NameColumn) const;
    VertexIndex vertexAt(const QModelIndex &index) const;
    // How many nodes the model holds (the sum of the top-level counts).
    qint64 nodeCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Group
    {
        Group *parent = nullptr;
        int row = 0;
        std::string type;                             // the node type of every node below
        bool isChapter = false;                       // a chapter group under "Scene"
        std::optional<qint64> chapter;                // for chapter groups; none for "No chapter"
        qint64 count = 0;                             // nodes below, loaded or not
        std::vector<std::unique_ptr<Group>> children; // chapter groups (Scene), else empty
        bool membersKnown = false;
        std::vector<VertexIndex> members; // sorted, once known
        int loaded = 0;                   // rows shown of members
    };

    bool holdsNodes(const Group *group) const
    {
        return group->parent && group->children.empty() && !isSceneType(group);
    }
    static bool isSceneType(const Group *group) { return !group->isChapter && group->type == NodeType::Scene; }
    Group *groupOf(const QModelIndex &index) const; // the group an index shows, or nullptr for a node row
    QModelIndex indexOfGroup(const Group *group) const;
    bool matches(const GraphVertex &vertex) const;
    bool lessThan(VertexIndex a, VertexIndex b) const;
    // The group `vertex` belongs in, made (and its row announced) if it is new.
    Group *groupFor(const GraphVertex &vertex);
    Group *childGroup(Group *parent, const GraphVertex &vertex);
    void insertMember(Group *group, VertexIndex v);
    void removeMember(Group *group, VertexIndex v);
    void countChanged(Group *group);
    void dropIfEmpty(Group *group);
    void renumber(Group *parent);

    QPointer<StoryDocument> mDocument;
    QString mFilter;
    Group mRoot;
    std::vector<Group *> mOwner; // per vertex slot: the group showing it, or nullptr
};

} // namespace ryuk
