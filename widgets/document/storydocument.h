// The open story as the editor sees it: the store, the in-memory graph that
// follows it, the undo stack, the selection and the highlight. The canvas and
// the docks draw from it and edit through it; none of them writes to the store.
#pragma once

#include "core/error.h"
#include "core/story.h"
#include "graph/storygraph.h"
#include "store/storystore.h"

#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

class QUndoStack;

namespace ryuk {

// The nodes and relationships picked out by the user (selection) or by a
// search or a story flow (highlight), as graph indexes.
struct ElementSet
{
    std::vector<VertexIndex> nodes;
    std::vector<EdgeIndex> edges;

    bool empty() const { return nodes.empty() && edges.empty(); }
    bool operator==(const ElementSet &) const = default;
};

class StoryDocument : public QObject, private StoryObserver
{
    Q_OBJECT

public:
    // Takes over an open store and the graph built on it (see load()).
    StoryDocument(std::unique_ptr<StoryStore> store, std::unique_ptr<StoryGraph> graph, QObject *parent = nullptr);
    ~StoryDocument() override;
    StoryDocument(const StoryDocument &) = delete;
    StoryDocument &operator=(const StoryDocument &) = delete;

    // Opens `path` and builds its graph; safe to call on a worker thread (the
    // result is then moved to the GUI thread and handed to the constructor).
    using Loaded = LoadedStory;
    static Result<Loaded> load(const QString &path) { return loadStory(path); }

    StoryStore &store() const { return *mStore; }
    const StoryGraph &graph() const { return *mGraph; }
    QUndoStack *undoStack() const { return mUndoStack; }
    QString path() const { return mStore->location(); }

    // ---- Edits. Each is written to the story at once, in its own transaction,
    // and pushed on the undo stack. On failure nothing changes, nothing is
    // pushed, and the error is returned (and errorOccurred() is emitted).

    // A node of `type` at `position` with default properties for its type (a
    // Scene gets a title "New scene", the next chapter/sequence…); returns its id.
    Result<std::string> addNode(const std::string &type, QPointF position);
    // `relationship.id` may be empty: a fresh id is made. Returns the id.
    Result<std::string> addRelationship(Relationship relationship);
    // Changes properties of one node or relationship; `text` names the undo step.
    Status setProperties(const std::string &id, const std::vector<PropertyChange> &changes, const QString &text = {});
    // Moves nodes. Calls with the same non-zero `mergeKey` in a row merge into
    // one undo step (a drag sends one call per mouse move with one key).
    Status moveNodes(const std::vector<NodePosition> &positions, int mergeKey = 0, const QString &text = {});
    // Removes nodes (with every relationship that touches them) and relationships.
    Status removeElements(const std::vector<std::string> &ids);
    // Removes what is selected: the nodes and the selected relationships that
    // do not go with them anyway.
    Status removeSelection();
    // Adds copies of `nodes` and the `relationships` among them under fresh
    // ids, moved by `offset`; relationships whose ends are not both in `nodes`
    // are dropped. Returns the new node ids in the order of `nodes`.
    Result<std::vector<std::string>> paste(const std::vector<Node> &nodes, const std::vector<Relationship> &relationships,
                                           QPointF offset);
    // Moves many nodes as one step named `text` (an auto layout).
    Status applyLayout(const std::vector<NodePosition> &positions, const QString &text);

    // ---- A move in progress (a drag, a burst of arrow-key nudges). While the
    // gesture lasts the nodes move in the graph only, so the views follow at
    // the cost of a repaint and nothing is written; the gesture ends with
    // commitMove() (one transaction, one undo step) or cancelMove().

    // Shows `positions` in the graph without writing them; the first preview
    // of a node remembers its stored position. Unknown ids are ignored.
    void previewMove(const std::vector<NodePosition> &positions);
    bool hasPreviewMove() const { return !mPreview.empty(); }
    // Writes every previewed position as one undo step named `text`. If the
    // write is refused (the story changed elsewhere, the disk failed) the
    // nodes go back to their stored positions and the error is reported as
    // for any edit. Nothing to write is a success.
    Status commitMove(const QString &text);
    // Puts the previewed nodes back at their stored positions; writes nothing.
    void cancelMove();

    // An id not used by any node or relationship: "scene-17", "leads_to-4"…
    std::string freshId(std::string_view type);
    // The relationship type offered by default between two nodes: LEADS_TO
    // between Scenes and Choices, APPEARS_IN from a Character, TRIGGERS from
    // an Event, else RELATES_TO.
    static std::string defaultRelationshipType(NodeKind from, NodeKind to);

    // The whole node and relationship records, read from the store.
    Result<Node> node(VertexIndex v) const;
    Result<Relationship> relationship(EdgeIndex e) const;

    // ---- Selection and highlight (shared by the canvas and the docks).
    const ElementSet &selection() const { return mSelection; }
    bool isSelected(VertexIndex v) const { return v < mNodeSelected.size() && mNodeSelected[v]; }
    bool isEdgeSelected(EdgeIndex e) const { return e < mEdgeSelected.size() && mEdgeSelected[e]; }
    void setSelection(ElementSet selection);
    void clearSelection() { setSelection({}); }
    void selectAll();

    const ElementSet &highlight() const { return mHighlight; }
    bool isHighlighted(VertexIndex v) const { return v < mNodeHighlighted.size() && mNodeHighlighted[v]; }
    bool isEdgeHighlighted(EdgeIndex e) const { return e < mEdgeHighlighted.size() && mEdgeHighlighted[e]; }
    void setHighlight(ElementSet highlight);

    // Asks the views to bring these nodes into view (a click in a dock).
    void requestFocus(const std::vector<VertexIndex> &nodes) { emit focusRequested(nodes); }

    // The rectangle a node covers on the canvas, in scene coordinates (its
    // position is the centre). Node shapes are fixed per kind.
    static QSizeF nodeSize(NodeKind kind);
    QRectF nodeRect(VertexIndex v) const;

    // True when another program or window committed to the story since this
    // document last wrote or reloaded it; edits are then refused (a message
    // says so) until reload().
    bool changedElsewhere() const;
    // Re-reads the whole story (after a change elsewhere); clears undo history.
    Status reload();

    QString lastError() const { return mLastError; }

signals:
    // After the graph has taken in `changes` (so views can read it).
    void changed(const std::vector<ryuk::StoryChange> &changes);
    // Everything may have changed (reload, bulk import): rebuild views.
    void reset();
    void selectionChanged();
    void highlightChanged();
    void focusRequested(const std::vector<ryuk::VertexIndex> &nodes);
    void errorOccurred(const QString &message);

private:
    friend class StoryCommand;
    void storyChanged(const std::vector<StoryChange> &changes) override;
    void keepPreview(std::vector<StoryChange> &changes);
    // Refuses an edit when the story changed elsewhere; else remembers the
    // version so this document's own write is not taken for another's.
    Status checkWritable();
    void syncVersion();
    Status fail(Status status);
    // Sets nodes' positions in the graph only and tells the views.
    void showPositions(const std::vector<NodePosition> &positions);
    void pruneSets();
    void growMarks();
    // Makes `set` (tidied) the selection or the highlight, with its marks; true if it changed.
    bool assignSet(ElementSet set, ElementSet &target, std::vector<bool> &nodeMarks, std::vector<bool> &edgeMarks);

    std::unique_ptr<StoryStore> mStore;
    std::unique_ptr<StoryGraph> mGraph;
    QUndoStack *mUndoStack = nullptr;
    quint64 mKnownVersion = 0;
    quint64 mIdCounter = 0;
    ElementSet mSelection;
    ElementSet mHighlight;
    std::vector<bool> mNodeSelected;
    std::vector<bool> mEdgeSelected;
    std::vector<bool> mNodeHighlighted;
    std::vector<bool> mEdgeHighlighted;
    QString mLastError;
    // The move in progress: each node's stored and shown position, in the
    // order the nodes were first moved.
    struct PreviewedNode
    {
        NodePosition stored;
        NodePosition shown;
    };
    std::vector<PreviewedNode> mPreview;
    std::unordered_map<std::string, std::size_t> mPreviewIndex;
};

} // namespace ryuk

Q_DECLARE_METATYPE(std::vector<ryuk::StoryChange>)
Q_DECLARE_METATYPE(std::vector<ryuk::VertexIndex>)
