// Tests of StoryDocument: every edit written at once, undone and redone
// exactly, and refused when another program changed the story.
#include "document/storydocument.h"

#include "document/elementclipboard.h"

#include "store/commitcounter.h"
#include "storyfixture.h"
#include "testsupport.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace ryuk;
using namespace ryuk::test;

class TestStoryDocument : public QObject
{
    Q_OBJECT

private:
    // s1 -> s2 -> s3, c1 APPEARS_IN s2.
    std::unique_ptr<StoryDocument> makeDocument(Fixture &f)
    {
        const QString error = setUp(f,
                                    QStringLiteral(R"(s1{"title":"One","chapter":1,"sequence":1} )"
                                                   R"(s2{"title":"Two","chapter":1,"sequence":2} )"
                                                   R"(s3{"title":"Three","chapter":2,"sequence":1} c1:Character{"name":"Ann"})"),
                                    QStringLiteral(R"(r1:s1>s2{"weight":2} r2:s2>s3 r3:c1>s2:APPEARS_IN)"));
        if (!error.isEmpty())
            qFatal("fixture: %s", qPrintable(error));
        return std::make_unique<StoryDocument>(std::move(f.store), std::move(f.graph));
    }

    static QString storyPath(const Fixture &f) { return f.dir.filePath(QStringLiteral("story.ryuk")); }

    // The node as a fresh connection to the same file sees it.
    static Result<Node> freshNode(const Fixture &f, const std::string &id)
    {
        auto store = openStory(storyPath(f));
        if (!store)
            return store.takeError();
        return (*store)->node(id);
    }

private slots:
    void addNodeOfEachType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("properties");
        QTest::newRow("scene") << "Scene" << "scene-1" << R"({"chapter":2,"sequence":2,"title":"New scene"})";
        QTest::newRow("character") << "Character" << "character-1" << R"({"name":"New character","role":"supporting"})";
        QTest::newRow("choice") << "Choice" << "choice-1" << R"({"text":"New choice","weight":1})";
        QTest::newRow("event") << "Event" << "event-1" << R"({"causality_level":1,"title":"New event"})";
        QTest::newRow("custom") << "Place" << "place-1" << R"({"title":"New Place"})";
    }

    void addNodeOfEachType()
    {
        QFETCH(QString, type);
        QFETCH(QString, id);
        QFETCH(QString, properties);
        Fixture f;
        auto doc = makeDocument(f);
        QSignalSpy changed(doc.get(), &StoryDocument::changed);
        RYUK_TAKE(newId, doc->addNode(utf8(type), QPointF(40, -20)));
        QCOMPARE(str(newId), id);
        QCOMPARE(changed.count(), 1);
        RYUK_TAKE(node, freshNode(f, newId));
        QCOMPARE(str(node.type), type);
        QCOMPARE(node.x, 40.0);
        QCOMPARE(node.y, -20.0);
        QCOMPARE(str(node.properties), properties);
        QVERIFY(doc->graph().findVertex(newId) != NoVertex);

        doc->undoStack()->undo();
        RYUK_COMPARE_ERROR(freshNode(f, newId), ErrorKind::NotFound, QStringLiteral("no node has id \"%1\"").arg(id));
        QCOMPARE(doc->graph().findVertex(newId), NoVertex);
        doc->undoStack()->redo();
        RYUK_TAKE(again, freshNode(f, newId));
        QCOMPARE(again, node);
    }

    void badTypeIsRefused()
    {
        Fixture f;
        auto doc = makeDocument(f);
        QSignalSpy errors(doc.get(), &StoryDocument::errorOccurred);
        QVERIFY(!doc->addNode("", QPointF()).ok());
        QCOMPARE(errors.count(), 1);
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void moveMergesPerDragKey()
    {
        Fixture f;
        auto doc = makeDocument(f);
        RYUK_VERIFY_OK(doc->moveNodes({{"s1", 10, 10}}, 7));
        RYUK_VERIFY_OK(doc->moveNodes({{"s1", 20, 30}, {"s2", 5, 5}}, 7));
        RYUK_VERIFY_OK(doc->moveNodes({{"s1", 25, 35}}, 7));
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->text(0), QStringLiteral("Move s1"));
        RYUK_TAKE(moved, freshNode(f, "s1"));
        QCOMPARE(moved.x, 25.0);
        QCOMPARE(moved.y, 35.0);
        const VertexIndex s2 = doc->graph().findVertex("s2");
        QCOMPARE(doc->graph().vertex(s2).x, 5.0);

        doc->undoStack()->undo();
        RYUK_TAKE(back, freshNode(f, "s1"));
        QCOMPARE(back.x, 0.0);
        QCOMPARE(back.y, 0.0);
        QCOMPARE(doc->graph().vertex(s2).x, 0.0);

        // Another key starts another step.
        doc->undoStack()->redo();
        RYUK_VERIFY_OK(doc->moveNodes({{"s1", 1, 1}}, 8));
        QCOMPARE(doc->undoStack()->count(), 2);
    }

    void previewedMoveIsOneCommitAndOneStep()
    {
        Fixture f;
        auto doc = makeDocument(f);
        CommitCounter counter(doc->store());
        QSignalSpy changed(doc.get(), &StoryDocument::changed);
        doc->previewMove({{"s1", 10, 10}});
        doc->previewMove({{"s1", 20, 30}, {"s2", 5, 5}});
        doc->previewMove({{"s1", 25.5, 35.25}, {"nope", 1, 1}});
        QVERIFY(doc->hasPreviewMove());
        QCOMPARE(changed.count(), 3); // the views follow every step
        const StoryGraph &graph = doc->graph();
        const VertexIndex s1 = graph.findVertex("s1"), s2 = graph.findVertex("s2");
        QCOMPARE(QPointF(graph.vertex(s1).x, graph.vertex(s1).y), QPointF(25.5, 35.25));
        QCOMPARE(counter.commits(), 0);
        RYUK_TAKE(stored, freshNode(f, "s1"));
        QCOMPARE(QPointF(stored.x, stored.y), QPointF(0, 0));

        RYUK_VERIFY_OK(doc->commitMove(QStringLiteral("Move nodes")));
        QVERIFY(!doc->hasPreviewMove());
        QCOMPARE(counter.commits(), 1);
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->text(0), QStringLiteral("Move nodes"));
        RYUK_TAKE(moved, freshNode(f, "s1"));
        QCOMPARE(QPointF(moved.x, moved.y), QPointF(25.5, 35.25));
        RYUK_TAKE(moved2, freshNode(f, "s2"));
        QCOMPARE(QPointF(moved2.x, moved2.y), QPointF(5, 5));

        doc->undoStack()->undo();
        QCOMPARE(counter.commits(), 2);
        for (const char *id : {"s1", "s2"}) {
            RYUK_TAKE(back, freshNode(f, id));
            QCOMPARE(QPointF(back.x, back.y), QPointF(0, 0));
        }
        QCOMPARE(QPointF(graph.vertex(s1).x, graph.vertex(s1).y), QPointF(0, 0));
        QCOMPARE(QPointF(graph.vertex(s2).x, graph.vertex(s2).y), QPointF(0, 0));
        doc->undoStack()->redo();
        QCOMPARE(QPointF(graph.vertex(s1).x, graph.vertex(s1).y), QPointF(25.5, 35.25));
    }

    void cancelledMoveWritesNothing()
    {
        Fixture f;
        auto doc = makeDocument(f);
        CommitCounter counter(doc->store());
        doc->previewMove({{"s1", 10, 10}, {"s3", -4, 7}});
        QSignalSpy changed(doc.get(), &StoryDocument::changed);
        doc->cancelMove();
        QVERIFY(!doc->hasPreviewMove());
        QCOMPARE(counter.commits(), 0);
        QCOMPARE(doc->undoStack()->count(), 0);
        QCOMPARE(changed.count(), 1);
        for (const char *id : {"s1", "s3"}) {
            const GraphVertex &vertex = doc->graph().vertex(doc->graph().findVertex(id));
            QCOMPARE(QPointF(vertex.x, vertex.y), QPointF(0, 0));
        }
        // Moved away and back: nothing to write either.
        doc->previewMove({{"s1", 10, 10}});
        doc->previewMove({{"s1", 0, 0}});
        RYUK_VERIFY_OK(doc->commitMove({}));
        QCOMPARE(counter.commits(), 0);
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void refusedMoveGoesBack()
    {
        Fixture f;
        auto doc = makeDocument(f);
        CommitCounter counter(doc->store());
        doc->previewMove({{"s1", 40, 40}});
        {
            RYUK_TAKE(other, openStory(storyPath(f)));
            RYUK_VERIFY_OK(other->setProperties("s3", {{"title", R"("Three, edited")"}}));
        }
        QSignalSpy errors(doc.get(), &StoryDocument::errorOccurred);
        RYUK_COMPARE_ERROR(doc->commitMove(QStringLiteral("Move nodes")), ErrorKind::Conflict,
                           QStringLiteral("%1 was changed by another program or window since it was opened here. "
                                          "Reload it (File ▸ Reload) before editing; your change was not written.")
                                   .arg(storyPath(f)));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(counter.commits(), 0);
        QCOMPARE(doc->undoStack()->count(), 0);
        const GraphVertex &s1 = doc->graph().vertex(doc->graph().findVertex("s1"));
        QCOMPARE(QPointF(s1.x, s1.y), QPointF(0, 0));
        RYUK_TAKE(stored, freshNode(f, "s1"));
        QCOMPARE(QPointF(stored.x, stored.y), QPointF(0, 0));
    }

    void undoDuringPreviewKeepsTheGesture()
    {
        Fixture f;
        auto doc = makeDocument(f);
        RYUK_VERIFY_OK(doc->moveNodes({{"s1", 10, 10}}));
        doc->previewMove({{"s1", 50, 50}});
        // Ctrl+Z while the mouse still holds the node: the store goes back to
        // (0, 0), the node stays under the mouse.
        doc->undoStack()->undo();
        const GraphVertex &s1 = doc->graph().vertex(doc->graph().findVertex("s1"));
        QCOMPARE(QPointF(s1.x, s1.y), QPointF(50, 50));
        RYUK_TAKE(undone, freshNode(f, "s1"));
        QCOMPARE(QPointF(undone.x, undone.y), QPointF(0, 0));
        RYUK_VERIFY_OK(doc->commitMove({}));
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->text(0), QStringLiteral("Move s1"));
        doc->undoStack()->undo(); // back to where the store had it when the drop came
        RYUK_TAKE(back, freshNode(f, "s1"));
        QCOMPARE(QPointF(back.x, back.y), QPointF(0, 0));
        QCOMPARE(QPointF(s1.x, s1.y), QPointF(0, 0));
    }

    void removeTakesRelationshipsAndUndoRestoresThem()
    {
        Fixture f;
        auto doc = makeDocument(f);
        RYUK_TAKE(before2, freshNode(f, "s2"));
        RYUK_VERIFY_OK(doc->removeElements({"s2"}));
        QCOMPARE(doc->undoStack()->text(0), QStringLiteral("Delete s2"));
        QCOMPARE(doc->graph().vertexCount(), std::size_t(3));
        QCOMPARE(doc->graph().edgeCount(), std::size_t(0));
        RYUK_TAKE(stats, doc->store().stats());
        QCOMPARE(stats.relationships, qint64(0));

        doc->undoStack()->undo();
        RYUK_TAKE(after2, freshNode(f, "s2"));
        QCOMPARE(after2, before2);
        QCOMPARE(doc->graph().edgeCount(), std::size_t(3));
        RYUK_TAKE(r1, doc->store().relationship("r1"));
        QCOMPARE(str(r1.properties), QStringLiteral(R"({"weight":2})"));
        RYUK_TAKE(r3, doc->store().relationship("r3"));
        QCOMPARE(str(r3.type), QStringLiteral("APPEARS_IN"));

        doc->undoStack()->redo();
        QCOMPARE(doc->graph().findVertex("s2"), NoVertex);
    }

    void removeUnknownIdIsRefused()
    {
        Fixture f;
        auto doc = makeDocument(f);
        RYUK_COMPARE_ERROR(doc->removeElements({"s1", "nope"}), ErrorKind::NotFound,
                           QStringLiteral("no node or relationship has id \"nope\""));
        QVERIFY(doc->graph().findVertex("s1") != NoVertex);
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void selectionFollowsRemoval()
    {
        Fixture f;
        auto doc = makeDocument(f);
        const VertexIndex s1 = doc->graph().findVertex("s1");
        const VertexIndex s2 = doc->graph().findVertex("s2");
        doc->setSelection({{s2, s1, s1}, {}});
        QCOMPARE(doc->selection().nodes, (std::vector<VertexIndex>{s1, s2}));
        QVERIFY(doc->isSelected(s2));
        QSignalSpy selection(doc.get(), &StoryDocument::selectionChanged);
        RYUK_VERIFY_OK(doc->removeElements({"s2"}));
        QCOMPARE(doc->selection().nodes, std::vector<VertexIndex>{s1});
        QVERIFY(!doc->isSelected(s2));
        QCOMPARE(selection.count(), 1);
        doc->selectAll();
        QCOMPARE(doc->selection().nodes.size(), std::size_t(3));
    }

    void pasteMakesFreshIdsAndKeepsInnerRelationships()
    {
        Fixture f;
        auto doc = makeDocument(f);
        RYUK_TAKE(s1, doc->store().node("s1"));
        RYUK_TAKE(s2, doc->store().node("s2"));
        RYUK_TAKE(r1, doc->store().relationship("r1"));
        RYUK_TAKE(r2, doc->store().relationship("r2"));
        RYUK_TAKE(ids, doc->paste({s1, s2}, {r1, r2}, QPointF(30, 40)));
        QCOMPARE(ids, (std::vector<std::string>{"scene-1", "scene-2"}));
        RYUK_TAKE(copy, doc->store().node("scene-1"));
        QCOMPARE(copy.properties, s1.properties);
        QCOMPARE(copy.x, 30.0);
        QCOMPARE(copy.y, 40.0);
        // r1 joins the two copies; r2 leads out of the pasted set and is dropped.
        RYUK_TAKE(link, doc->store().relationship("leads_to-3"));
        QCOMPARE(str(link.from), QStringLiteral("scene-1"));
        QCOMPARE(str(link.to), QStringLiteral("scene-2"));
        QCOMPARE(link.properties, r1.properties);
        QCOMPARE(doc->graph().edgeCount(), std::size_t(4));
        QCOMPARE(doc->undoStack()->text(0), QStringLiteral("Paste 2 node(s)"));
        doc->undoStack()->undo();
        QCOMPARE(doc->graph().vertexCount(), std::size_t(4));
        QCOMPARE(doc->graph().edgeCount(), std::size_t(3));
    }

    void setPropertiesUndoRestoresOldValues()
    {
        Fixture f;
        auto doc = makeDocument(f);
        RYUK_VERIFY_OK(doc->setProperties("s1", {{"chapter", "3"}, {"mood", R"("calm")"}, {"title", std::nullopt}}));
        RYUK_TAKE(changed, freshNode(f, "s1"));
        QCOMPARE(str(changed.properties), QStringLiteral(R"({"chapter":3,"mood":"calm","sequence":1})"));
        QCOMPARE(doc->graph().vertex(doc->graph().findVertex("s1")).chapter, std::optional<qint64>(3));
        doc->undoStack()->undo();
        RYUK_TAKE(restored, freshNode(f, "s1"));
        QCOMPARE(str(restored.properties), QStringLiteral(R"({"chapter":1,"sequence":1,"title":"One"})"));
        RYUK_VERIFY_OK(doc->setProperties("r1", {{"weight", "0.5"}}, QStringLiteral("Change weight")));
        QCOMPARE(doc->undoStack()->text(0), QStringLiteral("Change weight"));
        QCOMPARE(doc->graph().edge(doc->graph().findEdge("r1")).weight, std::optional<double>(0.5));
    }

    void addRelationshipGetsFreshIdAndDefaultTypes()
    {
        Fixture f;
        auto doc = makeDocument(f);
        RYUK_TAKE(id, doc->addRelationship({"", "LEADS_TO", "s3", "s1", "{}"}));
        QCOMPARE(str(id), QStringLiteral("leads_to-1"));
        QCOMPARE(doc->graph().edgeCount(), std::size_t(4));
        QCOMPARE(StoryDocument::defaultRelationshipType(NodeKind::Scene, NodeKind::Choice), std::string("LEADS_TO"));
        QCOMPARE(StoryDocument::defaultRelationshipType(NodeKind::Character, NodeKind::Scene),
                 std::string("APPEARS_IN"));
        QCOMPARE(StoryDocument::defaultRelationshipType(NodeKind::Event, NodeKind::Scene), std::string("TRIGGERS"));
        QCOMPARE(StoryDocument::defaultRelationshipType(NodeKind::Character, NodeKind::Character),
                 std::string("RELATES_TO"));
    }

    void clipboardKeepsEveryByte()
    {
        Fixture f;
        auto doc = makeDocument(f);
        // Exact numbers, non-BMP text and a nested value survive the round trip.
        RYUK_VERIFY_OK(doc->setProperties("s1", {{"big", "9007199254740993"}, {"note", R"("🐉 \u0001 end")"},
                                                 {"nested", R"({"a":[1,2.5,{"b":null}]})"}}));
        const VertexIndex s1 = doc->graph().findVertex("s1");
        const VertexIndex s2 = doc->graph().findVertex("s2");
        const VertexIndex s3 = doc->graph().findVertex("s3");
        doc->setSelection({{s1, s2}, {}});
        RYUK_TAKE(copied, copySelection(*doc));
        QCOMPARE(copied.nodes.size(), std::size_t(2));
        // r1 joins the two; r2 leaves the selection and stays behind.
        QCOMPARE(copied.relationships.size(), std::size_t(1));
        QCOMPARE(str(copied.relationships.front().id), QStringLiteral("r1"));
        std::unique_ptr<QMimeData> mime(toMimeData(copied));
        QVERIFY(mime->hasText());
        auto read = fromMimeData(mime.get());
        QVERIFY(read && *read);
        const ClipboardElements &pasted = **read;
        QCOMPARE(pasted.nodes, copied.nodes);
        QCOMPARE(pasted.relationships, copied.relationships);
        RYUK_TAKE(original, doc->store().node("s1"));
        QCOMPARE(pasted.nodes.front().properties, original.properties);
        Q_UNUSED(s3);
    }

    void damagedClipboardIsIgnored()
    {
        QMimeData mime;
        mime.setData(QString::fromLatin1(ElementsMimeType), QByteArray("RYKC\0\0\0\1garbage"));
        auto damaged = fromMimeData(&mime);
        QVERIFY(damaged && !*damaged);
        QCOMPARE(damaged->error().message,
                 QStringLiteral("the clipboard data is damaged: 4 bytes are too few for its header"));
        mime.setText(QStringLiteral("plain text"));
        QVERIFY(!fromMimeData(nullptr));
        QMimeData other;
        other.setText(QStringLiteral("{}"));
        QVERIFY(!fromMimeData(&other));
    }

    void changeElsewhereIsRefusedUntilReload()
    {
        Fixture f;
        auto doc = makeDocument(f);
        QVERIFY(!doc->changedElsewhere());
        {
            // Another program (say `ryuk set`) writes to the same file.
            RYUK_TAKE(other, openStory(storyPath(f)));
            RYUK_VERIFY_OK(other->setProperties("s3", {{"title", R"("Three, edited")"}}));
        }
        QVERIFY(doc->changedElsewhere());
        QSignalSpy errors(doc.get(), &StoryDocument::errorOccurred);
        RYUK_COMPARE_ERROR(doc->setProperties("s1", {{"title", R"("Mine")"}}), ErrorKind::Conflict,
                           QStringLiteral("%1 was changed by another program or window since it was opened here. "
                                          "Reload it (File ▸ Reload) before editing; your change was not written.")
                                   .arg(storyPath(f)));
        QCOMPARE(errors.count(), 1);
        RYUK_TAKE(untouched, freshNode(f, "s1"));
        QCOMPARE(str(untouched.properties), QStringLiteral(R"({"chapter":1,"sequence":1,"title":"One"})"));

        QSignalSpy reset(doc.get(), &StoryDocument::reset);
        RYUK_VERIFY_OK(doc->reload());
        QCOMPARE(reset.count(), 1);
        QVERIFY(!doc->changedElsewhere());
        QCOMPARE(str(doc->graph().vertex(doc->graph().findVertex("s3")).label), QStringLiteral("Three, edited"));
        RYUK_VERIFY_OK(doc->setProperties("s1", {{"title", R"("Mine")"}}));
    }

    void undoAfterChangeElsewhereFailsAndIsDropped()
    {
        Fixture f;
        auto doc = makeDocument(f);
        RYUK_VERIFY_OK(doc->moveNodes({{"s1", 10, 10}}));
        {
            RYUK_TAKE(other, openStory(storyPath(f)));
            RYUK_VERIFY_OK(other->moveNodes({{"s1", 99, 99}}));
        }
        QSignalSpy errors(doc.get(), &StoryDocument::errorOccurred);
        doc->undoStack()->undo();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(doc->undoStack()->count(), 0);
        RYUK_TAKE(s1, freshNode(f, "s1"));
        QCOMPARE(s1.x, 99.0);
    }
};

QTEST_GUILESS_MAIN(TestStoryDocument)
#include "tst_storydocument.moc"
