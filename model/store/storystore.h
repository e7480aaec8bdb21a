// The story store: the one door to a story's data. Every other part of the
// program (widgets, CLI, formats, graph engine) talks to this interface only,
// so another backend (a server database for teams) can slot in behind it.
#pragma once

#include "core/error.h"
#include "core/properties.h"
#include "core/story.h"

#include <QString>

#include <functional>
#include <memory>
#include <string_view>

namespace ryuk {

// Progress of long operations: return false to cancel.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

// A bulk write: everything added goes into one transaction that commit() makes
// durable. Destroying a batch that was not committed rolls it back, so a
// rejected import leaves the story exactly as it was.
class StoryBatch
{
public:
    virtual ~StoryBatch() = default;

    virtual Status addNode(const Node &node) = 0;
    // `from` and `to` may name nodes added earlier in this batch or already in the story.
    virtual Status addRelationship(const Relationship &relationship) = 0;
    // For importers that have already checked the properties with
    // checkNodeProperties / checkRelationshipProperties: `properties` must be
    // that canonical text and `fields` what came with it. Saves a second parse.
    virtual Status addCheckedNode(const Node &node, const KnownFields &fields) = 0;
    virtual Status addCheckedRelationship(const Relationship &relationship, const KnownFields &fields) = 0;
    // True if a node with this id exists, in the story or earlier in this batch.
    // If the lookup itself fails (the disk, a damaged page), the answer is
    // false and the batch refuses every later call, commit included, with
    // that error: an importer never commits on a wrong "no".
    virtual bool hasNode(std::string_view id) = 0;
    virtual Status setTitle(std::string_view title) = 0;
    // Story-level metadata by key (e.g. "twine.ifid"); an empty value removes it.
    virtual Status setMetadata(std::string_view key, std::string_view value) = 0;
    virtual Status commit() = 0;
};

// One change to a story, as observers hear of it after the transaction committed.
struct StoryChange
{
    enum class Kind {
        NodeAdded,
        NodeChanged, // properties (and so typed fields) changed
        NodeMoved,   // only x, y changed
        NodeRemoved,
        RelationshipAdded,
        RelationshipChanged,
        RelationshipRemoved, // also each relationship removed with its node, before the node
        TitleChanged,
        Reset, // too much changed to list (a bulk import): reload everything
    };
    Kind kind;
    std::string id; // empty for TitleChanged and Reset
    double x = 0;   // the new position, for NodeMoved
    double y = 0;
};

// Told of every committed change made through the store it watches.
class StoryObserver
{
public:
    virtual ~StoryObserver() = default;
    virtual void storyChanged(const std::vector<StoryChange> &changes) = 0;
};

// Lean rows for building in-memory views (the graph engine): integer keys
// stable for the life of the element, and the typed columns. The views point
// into the store's buffers and are valid only during the visit.
struct GraphNodeRow
{
    qint64 key = 0;
    std::string_view id;
    std::string_view type;
    std::string_view label; // empty when the node has none
    std::optional<qint64> chapter;
    std::optional<qint64> sequence;
    unsigned flags = 0; // NodeFlag bits
    double x = 0;
    double y = 0;
};

struct GraphEdgeRow
{
    qint64 key = 0;
    std::string_view id;
    std::string_view type;
    qint64 from = 0; // GraphNodeRow::key of the ends
    qint64 to = 0;
    std::optional<double> weight;
    std::string_view transitionType;
};

struct RemoveSummary
{
    qint64 nodes = 0;
    qint64 relationships = 0; // named ones and those removed with their nodes
};

// One step of a query plan (EXPLAIN QUERY PLAN), a tree by `parent` (0 at the top).
struct PlanRow
{
    int id = 0;
    int parent = 0;
    std::string detail;    // SQLite's text: "SEARCH n USING INDEX nodes_type (type=?)"
    bool fullScan = false; // walks a whole table with no index (the thing to look at)
};

// A store is used by one thread at a time (it may be handed from one thread to
// another between calls). For work in parallel, open one store per thread on
// the same file: SQLite's WAL lets readers run beside one writer.
class StoryStore
{
public:
    virtual ~StoryStore() = default;

    // Where the story lives, for messages (a file path for SQLite).
    virtual QString location() const = 0;

    // Story metadata.
    virtual Result<std::string> title() = 0;
    virtual Status setTitle(std::string_view title) = 0;
    // Story-level metadata kept for other formats (Twine's ifid, format, zoom…),
    // by key; "" when absent. Keys are namespaced by format: "twine.ifid".
    virtual Result<std::string> metadata(std::string_view key) = 0;
    virtual Status setMetadata(std::string_view key, std::string_view value) = 0;

    // The query catalogue.
    virtual Result<Node> node(std::string_view id) = 0;
    virtual Result<Relationship> relationship(std::string_view id) = 0;
    virtual Result<Page<Node>> nodes(const NodeFilter &filter, const PageRequest &request) = 0;
    virtual Result<Page<Relationship>> relationships(const RelationshipFilter &filter, const PageRequest &request) = 0;
    // The nodes `sceneId` leads to over LEADS_TO, in id order.
    virtual Result<std::vector<Node>> next(std::string_view sceneId) = 0;
    virtual Result<CharacterAppearances> character(std::string_view characterId) = 0;
    virtual Result<StoryStats> stats() = 0;

    // Edits. Each call is one transaction: all of it happens or none of it.
    virtual Status addNode(const Node &node) = 0;
    virtual Status addRelationship(const Relationship &relationship) = 0;
    // Nodes, then relationships (which may join the new nodes), in one
    // transaction; observers hear of each element, unlike a batch's Reset.
    // For pastes and for undoing a delete.
    virtual Status addElements(const std::vector<Node> &nodes, const std::vector<Relationship> &relationships) = 0;
    // `id` names a node or a relationship.
    virtual Status setProperties(std::string_view id, const std::vector<PropertyChange> &changes) = 0;
    virtual Status moveNodes(const std::vector<NodePosition> &positions) = 0;
    // Removes nodes (with their relationships) and relationships. Unknown ids are an error.
    virtual Result<RemoveSummary> remove(const std::vector<std::string> &ids) = 0;

    // Changes whenever another connection (another window, `ryuk`) commits
    // to the story; unchanged by this store's own writes. Compare two readings
    // to learn whether the story changed under this store.
    virtual Result<quint64> externalVersion() = 0;

    // Another read-only connection to the same story, for reading on another
    // thread at the same time (loading a graph, load tests). Its writes fail.
    virtual Result<std::unique_ptr<StoryStore>> openReader() = 0;

    // The plan of a catalogued read by its profiler kind ("node.get",
    // "scenes.chapter", …), with the parameters of a recent run when the
    // profiler kept them, representative ones otherwise. An unknown kind is BadInput.
    virtual Result<std::vector<PlanRow>> explainPlan(std::string_view kind) = 0;

    // Bulk work.
    virtual Result<std::unique_ptr<StoryBatch>> beginBatch() = 0;
    // Visits every node (then relationship) in id byte order; the visitor returns false to stop.
    virtual Status forEachNode(const std::function<bool(const Node &)> &visit) = 0;
    virtual Status forEachRelationship(const std::function<bool(const Relationship &)> &visit) = 0;

    // Upper bounds of the node and relationship keys (0 for none): lets a
    // loader size its tables before it reads the rows.
    virtual Result<std::pair<qint64, qint64>> graphKeyBounds() = 0;
    // Graph rows, all of them (in key order) or one by id (NotFound if none).
    virtual Status forEachGraphNode(const std::function<bool(const GraphNodeRow &)> &visit) = 0;
    virtual Status forEachGraphEdge(const std::function<bool(const GraphEdgeRow &)> &visit) = 0;
    virtual Status visitGraphNode(std::string_view id, const std::function<void(const GraphNodeRow &)> &visit) = 0;
    virtual Status visitGraphEdge(std::string_view id, const std::function<void(const GraphEdgeRow &)> &visit) = 0;

    // Observers are told of changes made through this store object (not of
    // other programs' changes). The store does not own them.
    void addObserver(StoryObserver *observer) { mObservers.push_back(observer); }
    void removeObserver(StoryObserver *observer) { std::erase(mObservers, observer); }

protected:
    void notify(const std::vector<StoryChange> &changes)
    {
        if (changes.empty())
            return;
        const auto observers = mObservers; // an observer may remove itself
        for (StoryObserver *observer : observers)
            observer->storyChanged(changes);
    }

private:
    std::vector<StoryObserver *> mObservers;
};

} // namespace ryuk
