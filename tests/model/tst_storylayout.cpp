// Tests for the automatic layouts: boxes never overlap, the layered layout reads
// top to bottom (flow down, chapters in order, choices between their scenes,
// characters on the left), both are deterministic, and cancelling is an error.
#include "formats/samplestory.h"
#include "formats/storygenerator.h"
#include "formats/storyjson.h"
#include "graph/storygraph.h"
#include "graph/storylayout.h"
#include "store/sqlitestorystore.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

using namespace ryuk;

Q_DECLARE_METATYPE(ryuk::LayoutKind)

namespace {

#define RYUK_VERIFY_OK(expr) \
  do { \
    const auto &result_ = (expr); \
    QVERIFY2(result_.ok(), result_.ok() ? "" : qPrintable(result_.error().toString())); \
  } while (false)

#define RYUK_TAKE(var, expr) \
  auto var##Result_ = (expr); \
  QVERIFY2(var##Result_.ok(), var##Result_.ok() ? "" : qPrintable(var##Result_.error().toString())); \
  auto var = std::move(var##Result_).value()

// A story file in a temporary directory and its graph (destroyed first).
struct Story
{
    QTemporaryDir dir;
    std::unique_ptr<StoryStore> store;
    std::unique_ptr<StoryGraph> graph;
};

Node scene(const char *id, int chapter, int sequence, bool start = false)
{
    const std::string properties = "{\"chapter\":" + std::to_string(chapter)
            + ",\"sequence\":" + std::to_string(sequence) + (start ? ",\"start\":true}" : "}");
    return Node{id, "Scene", 0, 0, properties};
}

Node node(const char *id, const char *type)
{
    return Node{id, type, 0, 0, "{}"};
}

Relationship link(const char *id, const char *type, const char *from, const char *to)
{
    return Relationship{id, type, from, to, "{}"};
}

Status addAll(StoryStore &store, const std::vector<Node> &nodes, const std::vector<Relationship> &relationships)
{
    auto batch = store.beginBatch();
    if (!batch)
        return batch.takeError();
    for (const Node &n : nodes)
        if (auto s = (*batch)->addNode(n); !s)
            return s;
    for (const Relationship &r : relationships)
        if (auto s = (*batch)->addRelationship(r); !s)
            return s;
    return (*batch)->commit();
}

// Two chapters with loops (one through a choice), a loop that no start
// reaches, and the edges that close those loops.
const std::set<std::string> LoopBackEdges = {"back-s4-s2", "back-s7-s5", "back-q1-s1", "back-x3-x1"};

Status loopStory(StoryStore &store)
{
    return addAll(store,
                  {scene("s1", 1, 1, true), scene("s2", 1, 2), scene("s3", 1, 3), scene("s4", 1, 4), scene("s5", 2, 1),
                   scene("s6", 2, 2), scene("s7", 2, 3), scene("s8", 2, 4), node("q1", "Choice"), node("q2", "Choice"),
                   node("x1", "Scene"), node("x2", "Scene"), node("x3", "Scene")},
                  {link("l1", "LEADS_TO", "s1", "s2"), link("l2", "LEADS_TO", "s2", "s3"),
                   link("l3", "LEADS_TO", "s3", "s4"), link("l4", "LEADS_TO", "s4", "s5"),
                   link("l5", "LEADS_TO", "s5", "s6"), link("l6", "LEADS_TO", "s6", "s7"),
                   link("l7", "LEADS_TO", "s7", "s8"), link("back-s4-s2", "LEADS_TO", "s4", "s2"),
                   link("back-s7-s5", "LEADS_TO", "s7", "s5"), link("l8", "LEADS_TO", "s3", "q1"),
                   link("back-q1-s1", "LEADS_TO", "q1", "s1"), link("l9", "LEADS_TO", "s3", "q2"),
                   link("l10", "LEADS_TO", "q2", "s6"), link("l11", "LEADS_TO", "x1", "x2"),
                   link("l12", "LEADS_TO", "x2", "x3"), link("back-x3-x1", "LEADS_TO", "x3", "x1")});
}

// Nodes with no part in the flow: custom types, an isolated node of each
// kind, a character known only through another.
Status looseStory(StoryStore &store)
{
    return addAll(store,
                  {scene("s1", 1, 1, true), scene("s2", 1, 2), scene("s3", 2, 1), node("c1", "Character"),
                   node("c2", "Character"), node("c3", "Character"), node("e1", "Event"), node("e2", "Event"),
                   node("lonely", "Scene"), node("q9", "Choice"), node("harbor", "Location"), node("dock", "Location"),
                   node("ship", "Vessel"), node("map", "Item"), node("key", "Item")},
                  {link("l1", "LEADS_TO", "s1", "s2"), link("a1", "APPEARS_IN", "c1", "s1"),
                   link("a2", "APPEARS_IN", "c1", "s2"), link("r1", "RELATES_TO", "c2", "c1"),
                   link("t1", "TRIGGERS", "e1", "s2"), link("p1", "PART_OF", "dock", "harbor"),
                   link("p2", "MOORED_AT", "ship", "dock"), link("p3", "KEPT_IN", "map", "ship"),
                   link("self", "LEADS_TO", "key", "key")});
}

Status generatedStory(StoryStore &store, qint64 scenes)
{
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    if (auto g = generateStory(GeneratorOptions{scenes, 7}, out); !g)
        return g.takeError();
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    if (auto r = importJson(store, in, QStringLiteral("generated.json")); !r)
        return r.takeError();
    return {};
}

Status fill(StoryStore &store, const QString &name)
{
    if (name == u"sample")
        return loadSampleStory(store);
    if (name == u"generated")
        return generatedStory(store, 300);
    if (name == u"loops")
        return loopStory(store);
    if (name == u"loose")
        return looseStory(store);
    if (name == u"single")
        return addAll(store, {scene("s1", 1, 1, true)}, {});
    if (name == u"empty")
        return {};
    return Error::badInput(QStringLiteral("no story called %1").arg(name));
}

#define RYUK_OPEN(story, name) \
  Story story; \
  QVERIFY(story.dir.isValid()); \
  { \
    RYUK_TAKE(store_, openStory(story.dir.filePath(QStringLiteral("story.ryuk")), OpenMode::CreateNew)); \
    story.store = std::move(store_); \
  } \
  RYUK_VERIFY_OK(fill(*story.store, name)); \
  { \
    RYUK_TAKE(graph_, StoryGraph::build(*story.store)); \
    story.graph = std::move(graph_); \
  }

using Positions = std::map<std::string, NodePosition>;

Positions byId(const std::vector<NodePosition> &positions)
{
    Positions map;
    for (const NodePosition &p : positions)
        map.emplace(p.id, p);
    return map;
}

QString show(const NodePosition &p)
{
    return QStringLiteral("%1 (%2, %3)").arg(QString::fromStdString(p.id)).arg(p.x).arg(p.y);
}

// Empty when the positions are one per live node in vertex order, whole
// numbers, and the boxes keep at least the gap between them.
QString checkPositions(const StoryGraph &graph, const std::vector<NodePosition> &positions)
{
    if (positions.size() != graph.vertexCount())
        return QStringLiteral("%1 positions for %2 nodes").arg(positions.size()).arg(graph.vertexCount());
    std::size_t i = 0;
    for (VertexIndex v = 0; v < graph.vertexSlots(); ++v) {
        if (!graph.vertex(v).alive)
            continue;
        const NodePosition &p = positions[i++];
        if (p.id != graph.vertex(v).id)
            return QStringLiteral("%1 where %2 was expected").arg(show(p), QString::fromStdString(graph.vertex(v).id));
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || p.x != std::round(p.x) || p.y != std::round(p.y))
            return QStringLiteral("%1 is not whole").arg(show(p));
    }
    // Sweep by x: only boxes closer than a box and a gap apart in x can clash.
    std::vector<NodePosition> sorted = positions;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.x < b.x; });
    for (std::size_t a = 0; a < sorted.size(); ++a) {
        for (std::size_t b = a + 1; b < sorted.size() && sorted[b].x - sorted[a].x < LayoutNodeWidth + LayoutGap; ++b) {
            if (std::abs(sorted[b].y - sorted[a].y) < LayoutNodeHeight + LayoutGap)
                return QStringLiteral("%1 and %2 are too close").arg(show(sorted[a]), show(sorted[b]));
        }
    }
    return {};
}

std::vector<const GraphEdge *> edgesOf(const StoryGraph &graph, EdgeKind kind)
{
    std::vector<const GraphEdge *> edges;
    for (EdgeIndex e = 0; e < graph.edgeSlots(); ++e)
        if (graph.edge(e).alive && graph.edge(e).kind == kind)
            edges.push_back(&graph.edge(e));
    return edges;
}

} // namespace

class TestStoryLayout : public QObject
{
    Q_OBJECT

private slots:
    void noOverlap_data();
    void noOverlap();
    void deterministic_data();
    void deterministic();
    void cancelled_data();
    void cancelled();
    void skipsRemovedNodes();

    void layeredFlowPointsDown_data();
    void layeredFlowPointsDown();
    void layeredChaptersInOrder_data();
    void layeredChaptersInOrder();
    void layeredChoicesBetweenScenes_data();
    void layeredChoicesBetweenScenes();
    void layeredCharactersLeftOfScenes_data();
    void layeredCharactersLeftOfScenes();
    void layeredEventsBesideTheirScene();
    void layeredLooseNodesBelow();

    void forceSeeds();
};

void TestStoryLayout::noOverlap_data()
{
    QTest::addColumn<QString>("story");
    QTest::addColumn<LayoutKind>("kind");
    for (const char *story : {"sample", "generated", "loops", "loose", "empty", "single"}) {
        QTest::addRow("%s layered", story) << QString::fromLatin1(story) << LayoutKind::Layered;
        QTest::addRow("%s force", story) << QString::fromLatin1(story) << LayoutKind::Force;
    }
}

void TestStoryLayout::noOverlap()
{
    QFETCH(QString, story);
    QFETCH(LayoutKind, kind);
    RYUK_OPEN(s, story);
    RYUK_TAKE(positions, layoutStory(*s.graph, {kind, 1, nullptr}));
    const QString problem = checkPositions(*s.graph, positions);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestStoryLayout::deterministic_data()
{
    QTest::addColumn<QString>("story");
    QTest::addColumn<LayoutKind>("kind");
    for (const char *story : {"sample", "generated", "loops", "loose"}) {
        QTest::addRow("%s layered", story) << QString::fromLatin1(story) << LayoutKind::Layered;
        QTest::addRow("%s force", story) << QString::fromLatin1(story) << LayoutKind::Force;
    }
}

void TestStoryLayout::deterministic()
{
    QFETCH(QString, story);
    QFETCH(LayoutKind, kind);
    RYUK_OPEN(s, story);
    RYUK_TAKE(first, layoutStory(*s.graph, {kind, 42, nullptr}));
    RYUK_TAKE(second, layoutStory(*s.graph, {kind, 42, nullptr}));
    // A second graph of the same story: nothing may depend on addresses.
    RYUK_TAKE(other, StoryGraph::build(*s.store));
    RYUK_TAKE(third, layoutStory(*other, {kind, 42, nullptr}));
    QCOMPARE(first.size(), s.graph->vertexCount());
    for (std::size_t i = 0; i < first.size(); ++i) {
        QCOMPARE(second[i].id, first[i].id);
        QCOMPARE(second[i].x, first[i].x);
        QCOMPARE(second[i].y, first[i].y);
        QCOMPARE(third[i].x, first[i].x);
        QCOMPARE(third[i].y, first[i].y);
    }
}

void TestStoryLayout::cancelled_data()
{
    QTest::addColumn<LayoutKind>("kind");
    QTest::newRow("layered") << LayoutKind::Layered;
    QTest::newRow("force") << LayoutKind::Force;
}

void TestStoryLayout::cancelled()
{
    QFETCH(LayoutKind, kind);
    RYUK_OPEN(s, QStringLiteral("sample"));
    std::atomic_bool cancel = true;
    auto result = layoutStory(*s.graph, {kind, 1, &cancel});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Cancelled);
    QCOMPARE(result.error().message, QStringLiteral("layout cancelled"));

    cancel = false;
    RYUK_TAKE(positions, layoutStory(*s.graph, {kind, 1, &cancel}));
    QCOMPARE(positions.size(), s.graph->vertexCount());
}

void TestStoryLayout::skipsRemovedNodes()
{
    RYUK_OPEN(s, QStringLiteral("loops"));
    RYUK_VERIFY_OK(s.store->remove({"s3", "l7"}));
    QVERIFY(!s.graph->lastError());
    for (LayoutKind kind : {LayoutKind::Layered, LayoutKind::Force}) {
        RYUK_TAKE(positions, layoutStory(*s.graph, {kind, 1, nullptr}));
        const QString problem = checkPositions(*s.graph, positions);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!byId(positions).count("s3"));
    }
}

void TestStoryLayout::layeredFlowPointsDown_data()
{
    QTest::addColumn<QString>("story");
    QTest::addColumn<double>("share"); // of the LEADS_TO edges that close no loop
    QTest::newRow("sample") << QStringLiteral("sample") << 1.0;
    QTest::newRow("generated") << QStringLiteral("generated") << 0.9;
    QTest::newRow("loops") << QStringLiteral("loops") << 1.0;
}

void TestStoryLayout::layeredFlowPointsDown()
{
    QFETCH(QString, story);
    QFETCH(double, share);
    RYUK_OPEN(s, story);
    RYUK_TAKE(positions, layoutStory(*s.graph, {}));
    const Positions at = byId(positions);
    int down = 0;
    int total = 0;
    for (const GraphEdge *edge : edgesOf(*s.graph, EdgeKind::LeadsTo)) {
        if (LoopBackEdges.count(edge->id) && story == u"loops")
            continue;
        ++total;
        if (at.at(s.graph->vertex(edge->to).id).y > at.at(s.graph->vertex(edge->from).id).y)
            ++down;
    }
    QVERIFY(total > 0);
    QVERIFY2(down >= share * total, qPrintable(QStringLiteral("%1 of %2 point down").arg(down).arg(total)));
}

void TestStoryLayout::layeredChaptersInOrder_data()
{
    QTest::addColumn<QString>("story");
    QTest::newRow("sample") << QStringLiteral("sample");
    QTest::newRow("generated") << QStringLiteral("generated");
    QTest::newRow("loops") << QStringLiteral("loops");
}

void TestStoryLayout::layeredChaptersInOrder()
{
    QFETCH(QString, story);
    RYUK_OPEN(s, story);
    RYUK_TAKE(positions, layoutStory(*s.graph, {}));
    const Positions at = byId(positions);
    std::map<qint64, std::pair<double, double>> span; // chapter -> highest and lowest scene y
    for (VertexIndex v = 0; v < s.graph->vertexSlots(); ++v) {
        const GraphVertex &vertex = s.graph->vertex(v);
        if (!vertex.alive || vertex.kind != NodeKind::Scene || !vertex.chapter)
            continue;
        const double y = at.at(vertex.id).y;
        auto [it, inserted] = span.try_emplace(*vertex.chapter, y, y);
        it->second.first = std::min(it->second.first, y);
        it->second.second = std::max(it->second.second, y);
    }
    QVERIFY(span.size() >= 2);
    for (auto it = std::next(span.begin()); it != span.end(); ++it) {
        const auto previous = std::prev(it);
        QVERIFY2(it->second.first > previous->second.second,
                 qPrintable(QStringLiteral("chapter %1 starts at %2, chapter %3 ends at %4")
                                    .arg(it->first)
                                    .arg(it->second.first)
                                    .arg(previous->first)
                                    .arg(previous->second.second)));
    }
}

void TestStoryLayout::layeredChoicesBetweenScenes_data()
{
    QTest::addColumn<QString>("story");
    QTest::newRow("sample") << QStringLiteral("sample");
    QTest::newRow("generated") << QStringLiteral("generated");
    QTest::newRow("loops") << QStringLiteral("loops");
}

void TestStoryLayout::layeredChoicesBetweenScenes()
{
    QFETCH(QString, story);
    RYUK_OPEN(s, story);
    RYUK_TAKE(positions, layoutStory(*s.graph, {}));
    const Positions at = byId(positions);
    const auto leads = edgesOf(*s.graph, EdgeKind::LeadsTo);
    int checked = 0;
    for (const GraphEdge *in : leads) {
        const GraphVertex &choice = s.graph->vertex(in->to);
        if (choice.kind != NodeKind::Choice || LoopBackEdges.count(in->id))
            continue;
        for (const GraphEdge *out : leads) {
            if (out->from != in->to || LoopBackEdges.count(out->id))
                continue;
            const double before = at.at(s.graph->vertex(in->from).id).y;
            const double y = at.at(choice.id).y;
            const double after = at.at(s.graph->vertex(out->to).id).y;
            QVERIFY2(before < y && y < after,
                     qPrintable(QStringLiteral("%1 at %2, between %3 and %4")
                                        .arg(QString::fromStdString(choice.id))
                                        .arg(y)
                                        .arg(before)
                                        .arg(after)));
            ++checked;
        }
    }
    QVERIFY(checked > 0);
}

void TestStoryLayout::layeredCharactersLeftOfScenes_data()
{
    QTest::addColumn<QString>("story");
    QTest::newRow("sample") << QStringLiteral("sample");
    QTest::newRow("generated") << QStringLiteral("generated");
}

void TestStoryLayout::layeredCharactersLeftOfScenes()
{
    QFETCH(QString, story);
    RYUK_OPEN(s, story);
    RYUK_TAKE(positions, layoutStory(*s.graph, {}));
    const Positions at = byId(positions);
    double firstScene = std::numeric_limits<double>::max();
    double lastCharacter = std::numeric_limits<double>::lowest();
    int characters = 0;
    for (VertexIndex v = 0; v < s.graph->vertexSlots(); ++v) {
        const GraphVertex &vertex = s.graph->vertex(v);
        if (vertex.kind == NodeKind::Scene)
            firstScene = std::min(firstScene, at.at(vertex.id).x);
        if (vertex.kind == NodeKind::Character) {
            lastCharacter = std::max(lastCharacter, at.at(vertex.id).x);
            ++characters;
        }
    }
    QVERIFY(characters > 0);
    QVERIFY2(lastCharacter + LayoutNodeWidth + LayoutGap <= firstScene,
             qPrintable(QStringLiteral("a character at x %1, a scene at %2").arg(lastCharacter).arg(firstScene)));
}

void TestStoryLayout::layeredEventsBesideTheirScene()
{
    RYUK_OPEN(s, QStringLiteral("sample"));
    RYUK_TAKE(positions, layoutStory(*s.graph, {}));
    const Positions at = byId(positions);
    // Every event shares a row with one of the scenes it triggers, to its right.
    std::map<std::string, bool> beside;
    for (const GraphEdge *edge : edgesOf(*s.graph, EdgeKind::Triggers)) {
        const NodePosition &event = at.at(s.graph->vertex(edge->from).id);
        const NodePosition &scene = at.at(s.graph->vertex(edge->to).id);
        beside[event.id] = beside[event.id] || (event.y == scene.y && event.x > scene.x);
    }
    QVERIFY(!beside.empty());
    for (const auto &[event, ok] : beside)
        QVERIFY2(ok, event.c_str());
}

void TestStoryLayout::layeredLooseNodesBelow()
{
    RYUK_OPEN(s, QStringLiteral("loose"));
    RYUK_TAKE(positions, layoutStory(*s.graph, {}));
    const Positions at = byId(positions);
    // The flow on top, the character that appears in it on the left, the one
    // known only through it beside it, the event beside its scene.
    QVERIFY(at.at("s1").y < at.at("s2").y);
    QVERIFY(at.at("s2").y < at.at("s3").y);
    QVERIFY(at.at("c1").x < at.at("s1").x);
    QVERIFY(at.at("c2").x < at.at("s1").x);
    QCOMPARE(at.at("e1").y, at.at("s2").y);
    QVERIFY(at.at("e1").x > at.at("s2").x);
    double storyBottom = 0;
    for (const char *id : {"s1", "s2", "s3", "c1", "c2", "e1"})
        storyBottom = std::max(storyBottom, at.at(id).y);
    for (const char *id : {"c3", "e2", "lonely", "q9", "harbor", "dock", "ship", "map", "key"})
        QVERIFY2(at.at(id).y > storyBottom, id);
    // A chain of custom relationships reads top to bottom too.
    QVERIFY(at.at("map").y < at.at("ship").y);
    QVERIFY(at.at("ship").y < at.at("dock").y);
    QVERIFY(at.at("dock").y < at.at("harbor").y);
}

void TestStoryLayout::forceSeeds()
{
    RYUK_OPEN(s, QStringLiteral("sample"));
    RYUK_TAKE(one, layoutStory(*s.graph, {LayoutKind::Force, 1, nullptr}));
    RYUK_TAKE(again, layoutStory(*s.graph, {LayoutKind::Force, 1, nullptr}));
    RYUK_TAKE(two, layoutStory(*s.graph, {LayoutKind::Force, 2, nullptr}));
    QCOMPARE(one.size(), s.graph->vertexCount());
    bool differs = false;
    for (std::size_t i = 0; i < one.size(); ++i) {
        QCOMPARE(again[i].x, one[i].x);
        QCOMPARE(again[i].y, one[i].y);
        differs = differs || two[i].x != one[i].x || two[i].y != one[i].y;
    }
    QVERIFY2(differs, "another seed should give another layout");
}

QTEST_GUILESS_MAIN(TestStoryLayout)
#include "tst_storylayout.moc"
