// The story graph: loading, counts and lookups, and above all that a graph kept
// in step with the store's changes equals one freshly built from the store.
#include "graph/storygraph.h"
#include "store/sqlitestorystore.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include "testsupport.h"

#include <array>
#include <set>

using namespace ryuk;
using namespace Qt::StringLiterals;

namespace {

QString str(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

template<typename T>
QString optional(const std::optional<T> &value)
{
    return value ? QString::number(*value, 'g', 17) : u"-"_s;
}

// Everything the graph holds, independent of vertex and edge indexes: live
// nodes by id, then live relationships by id, each with its adjacency as
// Boost sees it, plus a line for anything inconsistent inside the graph.
QStringList dump(const StoryGraph &graph)
{
    QStringList nodes, relationships, problems;
    const StoryGraph::Graph &g = graph.graph();
    std::size_t liveVertices = 0, liveEdges = 0;
    for (VertexIndex v = 0; v < graph.vertexSlots(); ++v) {
        const GraphVertex &vertex = graph.vertex(v);
        QStringList out, in;
        for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
            out << str(graph.edge(graph.edgeIndex(*it)).id);
        for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
            in << str(graph.edge(graph.edgeIndex(*it)).id);
        if (!vertex.alive) {
            if (!out.isEmpty() || !in.isEmpty())
                problems << u"removed vertex %1 still has edges"_s.arg(v);
            continue;
        }
        ++liveVertices;
        if (graph.findVertex(vertex.id) != v)
            problems << u"findVertex(%1) is not %2"_s.arg(str(vertex.id)).arg(v);
        out.sort();
        in.sort();
        nodes << u"node %1 %2 kind=%3 label=%4 chapter=%5 sequence=%6 flags=%7 out=[%8] in=[%9]"_s.arg(
                str(vertex.id), str(graph.typeName(vertex.typeIndex)), QString::number(int(vertex.kind)),
                str(vertex.label), optional(vertex.chapter), optional(vertex.sequence),
                QString::number(vertex.flags), out.join(u' '), in.join(u' '));
    }
    for (EdgeIndex e = 0; e < graph.edgeSlots(); ++e) {
        const GraphEdge &edge = graph.edge(e);
        if (!edge.alive)
            continue;
        ++liveEdges;
        if (graph.findEdge(edge.id) != e)
            problems << u"findEdge(%1) is not %2"_s.arg(str(edge.id)).arg(e);
        if (!graph.vertex(edge.from).alive || !graph.vertex(edge.to).alive)
            problems << u"edge %1 joins a removed vertex"_s.arg(str(edge.id));
        relationships << u"relationship %1 %2 kind=%3 %4->%5 weight=%6 transition=%7"_s.arg(
                str(edge.id), str(graph.typeName(edge.typeIndex)), QString::number(int(edge.kind)),
                str(graph.vertex(edge.from).id), str(graph.vertex(edge.to).id), optional(edge.weight),
                str(graph.typeName(edge.transitionIndex)));
    }
    if (liveVertices != graph.vertexCount())
        problems << u"vertexCount %1, live %2"_s.arg(graph.vertexCount()).arg(liveVertices);
    if (liveEdges != graph.edgeCount() || boost::num_edges(g) != graph.edgeCount())
        problems << u"edgeCount %1, live %2, in Boost %3"_s.arg(graph.edgeCount()).arg(liveEdges).arg(boost::num_edges(g));
    if (graph.lastError())
        problems << u"lastError: "_s + graph.lastError()->message;
    nodes.sort();
    relationships.sort();
    return nodes + relationships + problems;
}

QStringList freshDump(StoryStore &store)
{
    auto fresh = StoryGraph::build(store);
    if (!fresh)
        return {u"build failed: "_s + fresh.error().message};
    return dump(**fresh);
}

// The random edits: ids from small pools, so that adds collide, removed ids
// come back, relationships run parallel and loop onto their own node.
class EditScript
{
public:
    explicit EditScript(quint64 seed) : mRandom(quint32(seed)) {}

    enum Kind { AddNode, AddRelationship, SetNode, SetRelationship, Remove, Move, Import, KindCount };

    Kind nextKind()
    {
        const int roll = int(mRandom.bounded(100));
        if (roll < 18)
            return AddNode;
        if (roll < 50)
            return AddRelationship;
        if (roll < 64)
            return SetNode;
        if (roll < 72)
            return SetRelationship;
        if (roll < 88)
            return Remove;
        if (roll < 92)
            return Move;
        return Import;
    }

    std::string nodeId()
    {
        // A few ids outside ASCII, to keep the byte-order paths honest.
        static const std::array<const char *, 3> special = {"é1", "B", "a b"};
        const int n = int(mRandom.bounded(NodePool + int(special.size())));
        return n < NodePool ? "n" + std::to_string(n) : special[std::size_t(n - NodePool)];
    }
    std::string relationshipId() { return "r" + std::to_string(mRandom.bounded(RelationshipPool)); }

    Node node()
    {
        static const std::array<const char *, 7> types = {"Scene", "Scene", "Scene", "Choice", "Character", "Event", "Place"};
        Node node{nodeId(), types[mRandom.bounded(int(types.size()))], 0, 0, "{}"};
        std::vector<PropertyChange> changes;
        for (int i = int(mRandom.bounded(4)); i > 0; --i)
            changes.push_back(nodeChange());
        node.properties = applyPropertyChanges("{}", changes).value();
        return node;
    }

    // Ends mostly among `nodes` (the live ones), now and then a missing one.
    Relationship relationship(const std::vector<std::string> &nodes)
    {
        static const std::array<const char *, 7> types
                = {"LEADS_TO", "LEADS_TO", "LEADS_TO", "APPEARS_IN", "RELATES_TO", "HAS_CHOICE", "KNOWS"};
        Relationship r{relationshipId(), types[mRandom.bounded(int(types.size()))], end(nodes), end(nodes), "{}"};
        if (mRandom.bounded(4) == 0)
            r.to = r.from;
        std::vector<PropertyChange> changes;
        for (int i = int(mRandom.bounded(3)); i > 0; --i)
            changes.push_back(relationshipChange());
        r.properties = applyPropertyChanges("{}", changes).value();
        return r;
    }

    PropertyChange nodeChange()
    {
        static const std::array<const char *, 7> keys = {"chapter", "sequence", "start", "ending", "title", "name", "text"};
        std::string key = keys[mRandom.bounded(int(keys.size()))];
        if (mRandom.bounded(5) == 0)
            return {key, std::nullopt};
        if (key == "chapter" || key == "sequence")
            return {key, std::to_string(int(mRandom.bounded(7)) - 2)};
        if (key == "start" || key == "ending")
            return {key, mRandom.bounded(3) == 0 ? "false" : "true"};
        return {key, "\"" + key + " " + std::to_string(mRandom.bounded(100)) + "\""};
    }

    PropertyChange relationshipChange()
    {
        if (mRandom.bounded(2) == 0)
            return {"transition_type", mRandom.bounded(4) == 0 ? std::nullopt
                                                                : std::optional<std::string>("\"cut" + std::to_string(mRandom.bounded(3)) + "\"")};
        if (mRandom.bounded(5) == 0)
            return {"weight", std::nullopt};
        return {"weight", std::to_string(double(int(mRandom.bounded(13)) - 4) / 2)};
    }

    // One of `ids`, or, now and then, one from the pools that may not exist.
    std::string pick(const std::vector<std::string> &ids)
    {
        if (ids.empty() || mRandom.bounded(8) == 0)
            return mRandom.bounded(2) ? nodeId() : relationshipId();
        return ids[mRandom.bounded(int(ids.size()))];
    }

    int below(int n) { return int(mRandom.bounded(n)); }

    std::string end(const std::vector<std::string> &nodes)
    {
        if (nodes.empty() || mRandom.bounded(10) == 0)
            return nodeId();
        return nodes[mRandom.bounded(int(nodes.size()))];
    }

    static constexpr int NodePool = 24;
    static constexpr int RelationshipPool = 60;

private:
    QRandomGenerator mRandom;
};

struct LiveIds
{
    std::vector<std::string> nodes;
    std::vector<std::string> relationships;
};

LiveIds liveIds(const StoryGraph &graph)
{
    LiveIds ids;
    for (VertexIndex v = 0; v < graph.vertexSlots(); ++v) {
        if (graph.vertex(v).alive)
            ids.nodes.push_back(graph.vertex(v).id);
    }
    for (EdgeIndex e = 0; e < graph.edgeSlots(); ++e) {
        if (graph.edge(e).alive)
            ids.relationships.push_back(graph.edge(e).id);
    }
    return ids;
}

} // namespace

class tst_StoryGraph : public QObject
{
    Q_OBJECT

private slots:
    void build();
    void countsAndLookups();
    void readdingRemovedIds();
    void revisionIncreases();
    void followsRandomEdits_data();
    void followsRandomEdits();
    void commitBetweenTheTwoReads_data();
    void commitBetweenTheTwoReads();
    void storyThatNeverSettles();
};

namespace {
// Installs a graph load hook for one scope.
struct LoadHook
{
    explicit LoadHook(std::function<void()> hook) { testing::setGraphLoadHook(std::move(hook)); }
    ~LoadHook() { testing::setGraphLoadHook(nullptr); }
    LoadHook(const LoadHook &) = delete;
    LoadHook &operator=(const LoadHook &) = delete;
};
} // namespace

void tst_StoryGraph::commitBetweenTheTwoReads_data()
{
    QTest::addColumn<int>("change");
    // A node and a relationship to it: read apart, the relationship would join
    // a node the graph does not know.
    QTest::newRow("node and relationship added") << 0;
    // A node removed with its relationships: read apart, the graph would keep
    // the node without them, a state the story never was in.
    QTest::newRow("node removed") << 1;
}

void tst_StoryGraph::commitBetweenTheTwoReads()
{
    QFETCH(int, change);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"story.ryuk"_s);
    RYUK_TAKE(store, openStory(file, OpenMode::CreateNew));
    RYUK_VERIFY_OK(store->addElements({{"s1", "Scene", 0, 0, "{}"}, {"s2", "Scene", 0, 0, "{}"}, {"s3", "Scene", 0, 0, "{}"}},
                                      {{"r1", "LEADS_TO", "s1", "s2", "{}"}, {"r2", "LEADS_TO", "s2", "s3", "{}"}}));
    const QStringList before = freshDump(*store);
    // Another program, on its own connection.
    RYUK_TAKE(other, openStory(file, OpenMode::OpenExisting));
    int calls = 0;
    QStringList after;
    {
        LoadHook hook([&] {
            if (++calls > 1)
                return;
            if (change == 0) {
                RYUK_VERIFY_OK(other->addElements({{"s4", "Scene", 0, 0, "{}"}}, {{"r3", "LEADS_TO", "s3", "s4", "{}"}}));
            } else {
                RYUK_VERIFY_OK(other->remove({"s2"}));
            }
        });
        RYUK_TAKE(graph, StoryGraph::build(*store));
        after = dump(*graph);
    }
    // Read again once the commit was seen: one load missed it, the second saw it.
    QCOMPARE(calls, 2);
    QVERIFY(after != before);
    QCOMPARE(after, freshDump(*store));
    QCOMPARE(after, freshDump(*other));
}

void tst_StoryGraph::storyThatNeverSettles()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"story.ryuk"_s);
    RYUK_TAKE(store, openStory(file, OpenMode::CreateNew));
    RYUK_VERIFY_OK(store->addNode({"s0", "Scene", 0, 0, "{}"}));
    RYUK_TAKE(other, openStory(file, OpenMode::OpenExisting));
    int calls = 0;
    LoadHook hook([&] {
        ++calls;
        RYUK_VERIFY_OK(other->addNode({"n" + std::to_string(calls), "Scene", 0, 0, "{}"}));
    });
    auto graph = StoryGraph::build(*store);
    RYUK_COMPARE_ERROR(graph, ErrorKind::Busy, u"the story kept changing while it was read; try again"_s);
    QCOMPARE(calls, 5);
}

void tst_StoryGraph::build()
{
    QTemporaryDir dir;
    auto store = openStory(dir.filePath(u"story.ryuk"_s), OpenMode::CreateNew);
    QVERIFY2(store.ok(), qPrintable(store.error().message));
    QVERIFY((*store)->addNode({"s1", "Scene", 0, 0, R"({"chapter":1,"sequence":2,"start":true,"title":"Dawn"})"}).ok());
    QVERIFY((*store)->addNode({"q1", "Choice", 0, 0, R"({"text":"Run?","chapter":1})"}).ok());
    QVERIFY((*store)->addNode({"c1", "Character", 0, 0, R"({"name":"Mara"})"}).ok());
    QVERIFY((*store)->addNode({"p1", "Place", 0, 0, R"({"label":"Harbor"})"}).ok());
    QVERIFY((*store)->addNode({"s2", "Scene", 0, 0, R"({"ending":true})"}).ok());
    QVERIFY((*store)->addRelationship({"r1", "LEADS_TO", "s1", "q1", R"({"weight":2.5,"transition_type":"cut"})"}).ok());
    QVERIFY((*store)->addRelationship({"r2", "LEADS_TO", "q1", "s2", "{}"}).ok());
    QVERIFY((*store)->addRelationship({"r3", "APPEARS_IN", "c1", "s1", "{}"}).ok());
    QVERIFY((*store)->addRelationship({"r4", "NEAR", "s1", "s1", "{}"}).ok());
    auto graph = StoryGraph::build(**store);
    QVERIFY2(graph.ok(), qPrintable(graph.error().message));
    QCOMPARE(dump(**graph),
             (QStringList{u"node c1 Character kind=1 label=Mara chapter=- sequence=- flags=0 out=[r3] in=[]"_s,
                          u"node p1 Place kind=4 label=Harbor chapter=- sequence=- flags=0 out=[] in=[]"_s,
                          u"node q1 Choice kind=2 label=Run? chapter=- sequence=- flags=0 out=[r2] in=[r1]"_s,
                          u"node s1 Scene kind=0 label=Dawn chapter=1 sequence=2 flags=1 out=[r1 r4] in=[r3 r4]"_s,
                          u"node s2 Scene kind=0 label= chapter=- sequence=- flags=2 out=[] in=[r2]"_s,
                          u"relationship r1 LEADS_TO kind=0 s1->q1 weight=2.5 transition=cut"_s,
                          u"relationship r2 LEADS_TO kind=0 q1->s2 weight=- transition="_s,
                          u"relationship r3 APPEARS_IN kind=1 c1->s1 weight=- transition="_s,
                          u"relationship r4 NEAR kind=5 s1->s1 weight=- transition="_s}));
}

void tst_StoryGraph::countsAndLookups()
{
    QTemporaryDir dir;
    auto store = openStory(dir.filePath(u"story.ryuk"_s), OpenMode::CreateNew);
    QVERIFY2(store.ok(), qPrintable(store.error().message));
    for (const char *id : {"s1", "s2", "s3", "s4"})
        QVERIFY((*store)->addNode({id, "Scene", 0, 0, "{}"}).ok());
    QVERIFY((*store)->addRelationship({"r1", "LEADS_TO", "s1", "s2", "{}"}).ok());
    QVERIFY((*store)->addRelationship({"r2", "LEADS_TO", "s2", "s3", "{}"}).ok());
    QVERIFY((*store)->addRelationship({"r3", "LEADS_TO", "s2", "s2", "{}"}).ok());
    QVERIFY((*store)->addRelationship({"r4", "LEADS_TO", "s3", "s4", "{}"}).ok());
    QVERIFY((*store)->addRelationship({"r5", "LEADS_TO", "s3", "s4", "{}"}).ok());
    auto built = StoryGraph::build(**store);
    QVERIFY2(built.ok(), qPrintable(built.error().message));
    const StoryGraph &graph = **built;
    QCOMPARE(graph.vertexCount(), std::size_t(4));
    QCOMPARE(graph.edgeCount(), std::size_t(5));
    const VertexIndex s2 = graph.findVertex("s2");
    QVERIFY(s2 != NoVertex);
    QCOMPARE(graph.vertex(s2).id, std::string("s2"));
    QCOMPARE(graph.findVertex("nope"), NoVertex);
    QCOMPARE(graph.findEdge("nope"), NoEdge);
    const EdgeIndex r1 = graph.findEdge("r1");
    QVERIFY(r1 != NoEdge);

    // s2 goes with r1, r2 and its self-loop r3; one of the parallel pair too.
    auto removed = (*store)->remove({"s2", "r5"});
    QVERIFY2(removed.ok(), qPrintable(removed.error().message));
    QCOMPARE(graph.vertexCount(), std::size_t(3));
    QCOMPARE(graph.edgeCount(), std::size_t(1));
    QCOMPARE(graph.vertexSlots(), std::size_t(4)); // a tombstone, not a renumbering
    QCOMPARE(graph.findVertex("s2"), NoVertex);
    for (const char *id : {"r1", "r2", "r3", "r5"})
        QCOMPARE(graph.findEdge(id), NoEdge);
    QVERIFY(!graph.vertex(s2).alive);
    QVERIFY(!graph.edge(r1).alive);
    QCOMPARE(boost::out_degree(s2, graph.graph()), std::size_t(0));
    QCOMPARE(boost::in_degree(s2, graph.graph()), std::size_t(0));
    const EdgeIndex r4 = graph.findEdge("r4");
    QVERIFY(r4 != NoEdge);
    QCOMPARE(graph.vertex(graph.edge(r4).to).id, std::string("s4"));
    QCOMPARE(boost::in_degree(graph.findVertex("s4"), graph.graph()), std::size_t(1));
    QCOMPARE(dump(graph), freshDump(**store));
}

void tst_StoryGraph::readdingRemovedIds()
{
    QTemporaryDir dir;
    auto store = openStory(dir.filePath(u"story.ryuk"_s), OpenMode::CreateNew);
    QVERIFY2(store.ok(), qPrintable(store.error().message));
    QVERIFY((*store)->addNode({"s1", "Scene", 0, 0, "{}"}).ok());
    QVERIFY((*store)->addNode({"s2", "Scene", 0, 0, "{}"}).ok());
    QVERIFY((*store)->addRelationship({"r1", "LEADS_TO", "s1", "s2", "{}"}).ok());
    auto built = StoryGraph::build(**store);
    QVERIFY2(built.ok(), qPrintable(built.error().message));
    const StoryGraph &graph = **built;
    const VertexIndex before = graph.findVertex("s2");

    QVERIFY((*store)->remove({"s2"}).ok());
    QVERIFY((*store)->addNode({"s2", "Choice", 0, 0, R"({"text":"again"})"}).ok());
    QVERIFY((*store)->addRelationship({"r1", "LEADS_TO", "s2", "s1", "{}"}).ok());
    const VertexIndex after = graph.findVertex("s2");
    QVERIFY(after != NoVertex);
    QVERIFY(after != before);
    QVERIFY(!graph.vertex(before).alive);
    QCOMPARE(graph.vertex(after).kind, NodeKind::Choice);
    QCOMPARE(graph.edge(graph.findEdge("r1")).from, after);
    QCOMPARE(dump(graph), freshDump(**store));
}

void tst_StoryGraph::revisionIncreases()
{
    QTemporaryDir dir;
    auto store = openStory(dir.filePath(u"story.ryuk"_s), OpenMode::CreateNew);
    QVERIFY2(store.ok(), qPrintable(store.error().message));
    auto built = StoryGraph::build(**store);
    QVERIFY2(built.ok(), qPrintable(built.error().message));
    const StoryGraph &graph = **built;
    quint64 revision = graph.revision();
    auto increased = [&] {
        const bool up = graph.revision() > revision;
        revision = graph.revision();
        return up;
    };
    QVERIFY((*store)->addNode({"s1", "Scene", 0, 0, "{}"}).ok());
    QVERIFY(increased());
    QVERIFY((*store)->addNode({"s2", "Scene", 0, 0, "{}"}).ok());
    QVERIFY((*store)->addRelationship({"r1", "LEADS_TO", "s1", "s2", "{}"}).ok());
    QVERIFY(increased());
    QVERIFY((*store)->setProperties("s1", {{"chapter", "3"}}).ok());
    QVERIFY(increased());
    QVERIFY((*store)->setProperties("r1", {{"weight", "2"}}).ok());
    QVERIFY(increased());
    QVERIFY((*store)->moveNodes({{"s1", 10, 20}}).ok());
    QVERIFY(increased());
    QVERIFY((*store)->setTitle("Title").ok());
    QVERIFY(increased());
    QVERIFY((*store)->remove({"r1"}).ok());
    QVERIFY(increased());
    auto batch = (*store)->beginBatch();
    QVERIFY2(batch.ok(), qPrintable(batch.error().message));
    QVERIFY((*batch)->addNode({"s3", "Scene", 0, 0, "{}"}).ok());
    QVERIFY((*batch)->commit().ok());
    QVERIFY(increased());
    // A refused edit changes nothing and says nothing.
    QVERIFY(!(*store)->addNode({"s1", "Scene", 0, 0, "{}"}).ok());
    QCOMPARE(graph.revision(), revision);
    QCOMPARE(graph.vertexCount(), std::size_t(3));
}

void tst_StoryGraph::followsRandomEdits_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("edits");
    QTest::newRow("seed 1") << quint64(1) << 300;
    QTest::newRow("seed 2") << quint64(2) << 300;
    QTest::newRow("seed 20240601") << quint64(20240601) << 300;
}

// After every edit, the graph that followed the store's reports equals a graph
// built from scratch. Refused edits must leave it untouched and say nothing.
void tst_StoryGraph::followsRandomEdits()
{
    QFETCH(quint64, seed);
    QFETCH(int, edits);

    QTemporaryDir dir;
    auto store = openStory(dir.filePath(u"story.ryuk"_s), OpenMode::CreateNew);
    QVERIFY2(store.ok(), qPrintable(store.error().message));
    StoryStore &s = **store;
    auto built = StoryGraph::build(s);
    QVERIFY2(built.ok(), qPrintable(built.error().message));
    const StoryGraph &graph = **built;

    EditScript script(seed);
    std::array<int, EditScript::KindCount> done{};
    for (int i = 0; i < edits; ++i) {
        const LiveIds live = liveIds(graph);
        const quint64 revision = graph.revision();
        const EditScript::Kind kind = script.nextKind();
        Status status;
        QString what;
        switch (kind) {
        case EditScript::AddNode: {
            const Node node = script.node();
            what = u"addNode %1 %2 %3"_s.arg(str(node.id), str(node.type), str(node.properties));
            status = s.addNode(node);
            break;
        }
        case EditScript::AddRelationship: {
            const Relationship r = script.relationship(live.nodes);
            what = u"addRelationship %1 %2 %3->%4 %5"_s.arg(str(r.id), str(r.type), str(r.from), str(r.to),
                                                            str(r.properties));
            status = s.addRelationship(r);
            break;
        }
        case EditScript::SetNode: {
            const std::string id = script.pick(live.nodes);
            std::vector<PropertyChange> changes{script.nodeChange()};
            if (script.below(2))
                changes.push_back(script.nodeChange());
            what = u"setProperties %1"_s.arg(str(id));
            status = s.setProperties(id, changes);
            break;
        }
        case EditScript::SetRelationship: {
            const std::string id = script.pick(live.relationships);
            what = u"setProperties %1"_s.arg(str(id));
            status = s.setProperties(id, {script.relationshipChange()});
            break;
        }
        case EditScript::Remove: {
            std::vector<std::string> ids;
            for (int n = 1 + script.below(3); n > 0; --n)
                ids.push_back(script.pick(script.below(6) ? live.relationships : live.nodes));
            what = u"remove"_s;
            for (const std::string &id : ids)
                what += u' ' + str(id);
            auto removed = s.remove(ids);
            status = removed ? Status() : Status(removed.takeError());
            break;
        }
        case EditScript::Move: {
            const std::string id = script.pick(live.nodes);
            what = u"moveNodes %1"_s.arg(str(id));
            status = s.moveNodes({{id, double(script.below(500)), double(script.below(500))}});
            break;
        }
        case EditScript::Import: {
            // A bulk batch reports a Reset. It mostly brings new ids, but may
            // collide on one; then nothing happens at all.
            what = u"import"_s;
            auto isLive = [](const std::vector<std::string> &ids, const std::string &id) {
                return std::find(ids.begin(), ids.end(), id) != ids.end();
            };
            auto batch = s.beginBatch();
            QVERIFY2(batch.ok(), qPrintable(batch.error().message));
            for (int n = 1 + script.below(5); n > 0 && status.ok(); --n) {
                const Node node = script.node();
                if (isLive(live.nodes, node.id) && script.below(4))
                    continue;
                what += u" +"_s + str(node.id);
                status = (*batch)->addNode(node);
            }
            for (int n = script.below(6); n > 0 && status.ok(); --n) {
                const Relationship r = script.relationship(live.nodes);
                if (isLive(live.relationships, r.id) && script.below(4))
                    continue;
                what += u" +"_s + str(r.id);
                status = (*batch)->addRelationship(r);
            }
            if (status.ok())
                status = (*batch)->commit();
            break;
        }
        case EditScript::KindCount:
            break;
        }
        const QString context = u"edit %1: %2 (%3)"_s.arg(i).arg(what, status.ok() ? u"done"_s : status.error().message);
        if (status.ok()) {
            ++done[kind];
            QVERIFY2(graph.revision() > revision, qPrintable(context));
        } else {
            QVERIFY2(graph.revision() == revision, qPrintable(context));
        }
        auto fresher = StoryGraph::build(s);
        QVERIFY2(fresher.ok(), qPrintable(fresher.error().message));
        const QStringList followed = dump(graph);
        if (const QStringList fresh = dump(**fresher); followed != fresh) {
            qWarning().noquote() << context;
            QCOMPARE(followed, fresh);
        }
        // Every id of the pools, live or not, is found exactly when it is live.
        for (int n = 0; n < EditScript::NodePool; ++n) {
            const std::string id = "n" + std::to_string(n);
            QVERIFY2((graph.findVertex(id) == NoVertex) == ((*fresher)->findVertex(id) == NoVertex), qPrintable(context));
        }
        for (int n = 0; n < EditScript::RelationshipPool; ++n) {
            const std::string id = "r" + std::to_string(n);
            QVERIFY2((graph.findEdge(id) == NoEdge) == ((*fresher)->findEdge(id) == NoEdge), qPrintable(context));
        }
        QCOMPARE(graph.vertexCount(), (*fresher)->vertexCount());
        QCOMPARE(graph.edgeCount(), (*fresher)->edgeCount());
    }
    // The script must have exercised every kind of edit, or it proves little.
    for (int kind = 0; kind < EditScript::KindCount; ++kind)
        QVERIFY2(done[std::size_t(kind)] > 0, qPrintable(u"no successful edit of kind %1"_s.arg(kind)));
}

QTEST_GUILESS_MAIN(tst_StoryGraph)
#include "tst_storygraph.moc"
