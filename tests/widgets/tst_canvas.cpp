// Tests of the story canvas: selection by click, Shift/Ctrl-click and rubber
// band, dragging (one undo step), new relationships from the handle, in-place
// renaming, deletion, nudging, zoom, pan and fit, filters, find, PNG and SVG
// export, the overview tiles following an edit, the tile cache's bound, the
// minimap and the context-menu signal. Driven by mouse and key events, offscreen.
#include "canvaspalette.h"
#include "minimap.h"
#include "scenerenderer.h"
#include "storycanvas.h"
#include "tilecache.h"

#include "store/sqlitestorystore.h"
#include "store/commitcounter.h"
#include "filesizelimit.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QXmlStreamReader>
#include <QtTest>

using namespace ryuk;

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QString str(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Sends one mouse event straight to the widget (with the buttons held).
void mouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons,
           Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(w, &event);
}

void click(QWidget *w, QPointF pos, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    mouse(w, QEvent::MouseMove, pos, Qt::NoButton, Qt::NoButton, modifiers);
    mouse(w, QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton, modifiers);
    mouse(w, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton, modifiers);
}

// Press at `from`, move there in `steps` steps, release.
void drag(QWidget *w, QPointF from, QPointF to, int steps = 6, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    mouse(w, QEvent::MouseMove, from, Qt::NoButton, Qt::NoButton, modifiers);
    mouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    for (int i = 1; i <= steps; ++i)
        mouse(w, QEvent::MouseMove, from + (to - from) * (double(i) / steps), Qt::NoButton, Qt::LeftButton, modifiers);
    mouse(w, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

// A key event as a held key sends it: `autoRepeat` for the repeats.
void key(QWidget *w, QEvent::Type type, int key, bool autoRepeat = false,
         Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QKeyEvent event(type, key, modifiers, QString(), autoRepeat);
    QApplication::sendEvent(w, &event);
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

} // namespace

class TestCanvas : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    QString mPath;
    std::unique_ptr<StoryDocument> mDoc;
    std::unique_ptr<StoryCanvas> mCanvas;

    // Three scenes in a row, a character below the middle one and a choice
    // below the first; r1 s1→s2, r2 s2→s3, r3 c1→s2 (APPEARS_IN).
    void makeStory()
    {
        static int serial = 0;
        mPath = mDir.filePath(QStringLiteral("story-%1.ryuk").arg(++serial));
        auto store = openStory(mPath, OpenMode::CreateNew);
        QVERIFY2(store.ok(), qPrintable(store.error().toString()));
        auto batch = (*store)->beginBatch();
        QVERIFY(batch.ok());
        const std::vector<Node> nodes{
                {"s1", "Scene", 0, 0, R"({"chapter":1,"sequence":1,"start":true,"title":"Opening"})"},
                {"s2", "Scene", 300, 0, R"({"chapter":1,"sequence":2,"title":"Harbour"})"},
                {"s3", "Scene", 600, 0, R"({"chapter":2,"sequence":1,"summary":"a secret door","title":"Tower"})"},
                {"c1", "Character", 300, 250, R"({"name":"Ann"})"},
                {"q1", "Choice", 0, 250, R"({"text":"Go left"})"},
        };
        for (const Node &node : nodes)
            QVERIFY((*batch)->addNode(node).ok());
        const std::vector<Relationship> relationships{
                {"r1", "LEADS_TO", "s1", "s2", "{}"},
                {"r2", "LEADS_TO", "s2", "s3", "{}"},
                {"r3", "APPEARS_IN", "c1", "s2", "{}"},
        };
        for (const Relationship &r : relationships)
            QVERIFY((*batch)->addRelationship(r).ok());
        QVERIFY((*batch)->commit().ok());
        store->reset();

        auto loaded = StoryDocument::load(mPath);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        mDoc = std::make_unique<StoryDocument>(std::move(loaded->store), std::move(loaded->graph));
        mCanvas = std::make_unique<StoryCanvas>();
        mCanvas->resize(800, 500);
        mCanvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(mCanvas.get()));
        mCanvas->setDocument(mDoc.get());
        mCanvas->setZoom(1.0);
        mCanvas->centerOnScenePoint(QPointF(300, 125));
    }

    VertexIndex v(const char *id) const { return mDoc->graph().findVertex(id); }
    // Where a node's centre is on the widget.
    QPointF at(const char *id) const
    {
        const GraphVertex &vertex = mDoc->graph().vertex(v(id));
        return mCanvas->mapFromScene(QPointF(vertex.x, vertex.y));
    }
    std::vector<VertexIndex> selected() const
    {
        auto nodes = mDoc->selection().nodes;
        std::sort(nodes.begin(), nodes.end());
        return nodes;
    }
    std::vector<VertexIndex> vs(std::initializer_list<const char *> ids) const
    {
        std::vector<VertexIndex> out;
        for (const char *id : ids)
            out.push_back(v(id));
        std::sort(out.begin(), out.end());
        return out;
    }
    // The story as another connection sees it.
    std::unique_ptr<StoryStore> fresh() const
    {
        auto store = openStory(mPath);
        if (!store)
            qFatal("reopen: %s", qPrintable(store.error().toString()));
        return std::move(*store);
    }
    bool waitSettled()
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000) {
            mCanvas->repaint();
            if (mCanvas->isSettled())
                return true;
            QTest::qWait(5);
        }
        return false;
    }

private slots:
    void init() { makeStory(); }
    void cleanup()
    {
        mCanvas.reset();
        mDoc.reset();
    }

    void clickSelects()
    {
        click(mCanvas.get(), at("s1"));
        QCOMPARE(selected(), vs({"s1"}));
        click(mCanvas.get(), at("c1"));
        QCOMPARE(selected(), vs({"c1"}));
        click(mCanvas.get(), mCanvas->mapFromScene(QPointF(450, 150))); // empty canvas
        QVERIFY(mDoc->selection().empty());
    }

    void shiftAndCtrlClick()
    {
        click(mCanvas.get(), at("s1"));
        click(mCanvas.get(), at("s2"), Qt::ShiftModifier);
        QCOMPARE(selected(), vs({"s1", "s2"}));
        click(mCanvas.get(), at("c1"), Qt::ShiftModifier);
        QCOMPARE(selected(), vs({"s1", "s2", "c1"}));
        click(mCanvas.get(), at("s1"), Qt::ControlModifier); // toggles off
        QCOMPARE(selected(), vs({"s2", "c1"}));
        click(mCanvas.get(), at("s1"), Qt::ControlModifier); // and on
        QCOMPARE(selected(), vs({"s1", "s2", "c1"}));
    }

    void clickSelectsRelationship()
    {
        // Halfway along r1, between the boxes of s1 and s2.
        click(mCanvas.get(), mCanvas->mapFromScene(QPointF(150, 0)));
        QVERIFY(mDoc->selection().nodes.empty());
        QCOMPARE(mDoc->selection().edges, std::vector<EdgeIndex>{mDoc->graph().findEdge("r1")});
    }

    void rubberBandSelectsNodesInside()
    {
        // From above-left of s1 to just past s2's box: s1 and s2, not s3, c1 or q1.
        drag(mCanvas.get(), mCanvas->mapFromScene(QPointF(-100, -60)), mCanvas->mapFromScene(QPointF(400, 60)));
        QCOMPARE(selected(), vs({"s1", "s2"}));
        // A band cutting through s3 and c1 takes neither.
        drag(mCanvas.get(), mCanvas->mapFromScene(QPointF(250, 200)), mCanvas->mapFromScene(QPointF(620, 40)));
        QCOMPARE(selected(), std::vector<VertexIndex>{});
        // With Shift the band adds to the selection.
        click(mCanvas.get(), at("q1"));
        drag(mCanvas.get(), mCanvas->mapFromScene(QPointF(500, -60)), mCanvas->mapFromScene(QPointF(700, 60)), 6,
             Qt::ShiftModifier);
        QCOMPARE(selected(), vs({"q1", "s3"}));
    }

    void dragMovesByMouseDeltaInOneUndoStep()
    {
        const int steps = mDoc->undoStack()->count();
        drag(mCanvas.get(), at("s1"), at("s1") + QPointF(37, 23), 8);
        QCOMPARE(mDoc->undoStack()->count(), steps + 1);
        auto store = fresh();
        RYUK_TAKE(moved, store->node("s1"));
        QCOMPARE(moved.x, 37.0);
        QCOMPARE(moved.y, 23.0);

        mDoc->undoStack()->undo();
        RYUK_TAKE(back, fresh()->node("s1"));
        QCOMPARE(back.x, 0.0);
        QCOMPARE(back.y, 0.0);
        QCOMPARE(mDoc->graph().vertex(v("s1")).x, 0.0);
        QCOMPARE(mCanvas->nodeAt(mCanvas->mapFromScene(QPointF(0, 0))), v("s1"));

        mDoc->undoStack()->redo();
        RYUK_TAKE(again, fresh()->node("s1"));
        QCOMPARE(again.x, 37.0);
        QCOMPARE(again.y, 23.0);
        // The index followed: the node is hit at its new place only.
        QCOMPARE(mCanvas->nodeAt(mCanvas->mapFromScene(QPointF(37 + 70, 23))), v("s1"));
        QCOMPARE(mCanvas->nodeAt(mCanvas->mapFromScene(QPointF(-70, 0))), NoVertex);
    }

    void dragShowsTheNodeWhereItIs()
    {
        // Mid-drag frames come from a layer without the dragged node plus the
        // node drawn over it: the node is at its new place only.
        const CanvasPalette palette = CanvasPalette::fromPalette(mCanvas->palette());
        const QPointF from = at("s3");
        mouse(mCanvas.get(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        for (int i = 1; i <= 5; ++i)
            mouse(mCanvas.get(), QEvent::MouseMove, from + QPointF(0, 30 * i), Qt::NoButton, Qt::LeftButton);
        for (int frame = 0; frame < 2; ++frame) { // the frame that makes the layer, and one that reuses it
            const QImage image = mCanvas->grab().toImage();
            QCOMPARE(image.pixel((from + QPointF(-40, 20)).toPoint()), palette.background.rgb());
            QCOMPARE(image.pixel((from + QPointF(-40, 170)).toPoint()), palette.fill(NodeKind::Scene).rgb());
        }
        mouse(mCanvas.get(), QEvent::MouseButtonRelease, from + QPointF(0, 150), Qt::LeftButton, Qt::NoButton);
        const QImage after = mCanvas->grab().toImage();
        QCOMPARE(after.pixel((from + QPointF(-40, 170)).toPoint()), palette.fill(NodeKind::Scene).rgb());
        RYUK_TAKE(node, fresh()->node("s3"));
        QCOMPARE(QPointF(node.x, node.y), QPointF(600, 150));
    }

    void dragMovesTheWholeSelection()
    {
        click(mCanvas.get(), at("s1"));
        click(mCanvas.get(), at("q1"), Qt::ShiftModifier);
        mCanvas->setSnapToGrid(true);
        drag(mCanvas.get(), at("q1"), at("q1") + QPointF(33, -18));
        auto store = fresh();
        RYUK_TAKE(s1, store->node("s1"));
        RYUK_TAKE(q1, store->node("q1"));
        // q1, dragged from (0, 250) to (33, 232), lands on the grid point
        // (40, 240); s1 keeps its offset to it.
        QCOMPARE(QPointF(q1.x, q1.y), QPointF(40, 240));
        QCOMPARE(QPointF(s1.x, s1.y), QPointF(40, -10));
    }

    void dragOfManyMovesIsOneCommit()
    {
        CommitCounter counter(mDoc->store());
        const QPointF from = at("s1");
        mouse(mCanvas.get(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        for (int i = 1; i <= 50; ++i)
            mouse(mCanvas.get(), QEvent::MouseMove, from + QPointF(i, i / 2.0), Qt::NoButton, Qt::LeftButton);
        // Mid-drag the graph (and so every view) has the node where the mouse
        // is, and nothing is written yet.
        QCOMPARE(counter.commits(), 0);
        QCOMPARE(QPointF(mDoc->graph().vertex(v("s1")).x, mDoc->graph().vertex(v("s1")).y), QPointF(50, 25));
        RYUK_TAKE(stored, fresh()->node("s1"));
        QCOMPARE(QPointF(stored.x, stored.y), QPointF(0, 0));
        mouse(mCanvas.get(), QEvent::MouseButtonRelease, from + QPointF(61, 17), Qt::LeftButton, Qt::NoButton);
        QCOMPARE(counter.commits(), 1);
        QCOMPARE(mDoc->undoStack()->count(), 1);
        RYUK_TAKE(dropped, fresh()->node("s1"));
        QCOMPARE(QPointF(dropped.x, dropped.y), QPointF(61, 17));

        mDoc->undoStack()->undo();
        QCOMPARE(counter.commits(), 2);
        RYUK_TAKE(back, fresh()->node("s1"));
        QCOMPARE(QPointF(back.x, back.y), QPointF(0, 0));
        QCOMPARE(QPointF(mDoc->graph().vertex(v("s1")).x, mDoc->graph().vertex(v("s1")).y), QPointF(0, 0));
        QCOMPARE(mCanvas->nodeAt(mCanvas->mapFromScene(QPointF(0, 0))), v("s1"));
    }

    void escapeCancelsDrag()
    {
        CommitCounter counter(mDoc->store());
        click(mCanvas.get(), at("s2"));
        click(mCanvas.get(), at("c1"), Qt::ShiftModifier);
        const QPointF from = at("c1");
        mouse(mCanvas.get(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        for (int i = 1; i <= 20; ++i)
            mouse(mCanvas.get(), QEvent::MouseMove, from + QPointF(-4 * i, 3 * i), Qt::NoButton, Qt::LeftButton);
        QCOMPARE(mDoc->graph().vertex(v("c1")).x, 220.0);
        key(mCanvas.get(), QEvent::KeyPress, Qt::Key_Escape);
        // Back at once, still selected; the release that follows drops nothing.
        QCOMPARE(QPointF(mDoc->graph().vertex(v("c1")).x, mDoc->graph().vertex(v("c1")).y), QPointF(300, 250));
        QCOMPARE(QPointF(mDoc->graph().vertex(v("s2")).x, mDoc->graph().vertex(v("s2")).y), QPointF(300, 0));
        QCOMPARE(selected(), vs({"s2", "c1"}));
        mouse(mCanvas.get(), QEvent::MouseButtonRelease, from + QPointF(-80, 60), Qt::LeftButton, Qt::NoButton);
        QCOMPARE(counter.commits(), 0);
        QCOMPARE(mDoc->undoStack()->count(), 0);
        QCOMPARE(mCanvas->nodeAt(mCanvas->mapFromScene(QPointF(300, 250))), v("c1"));
        RYUK_TAKE(c1, fresh()->node("c1"));
        QCOMPARE(QPointF(c1.x, c1.y), QPointF(300, 250));
    }

    void refusedDropPutsNodesBack()
    {
        CommitCounter counter(mDoc->store());
        QSignalSpy errors(mDoc.get(), &StoryDocument::errorOccurred);
        const QPointF from = at("s3");
        mouse(mCanvas.get(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        for (int i = 1; i <= 10; ++i)
            mouse(mCanvas.get(), QEvent::MouseMove, from + QPointF(0, 10 * i), Qt::NoButton, Qt::LeftButton);
        // Meanwhile another program writes to the story.
        RYUK_VERIFY_OK(fresh()->setProperties("s1", {{"title", R"("Elsewhere")"}}));
        mouse(mCanvas.get(), QEvent::MouseButtonRelease, from + QPointF(0, 100), Qt::LeftButton, Qt::NoButton);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.front().front().toString(),
                 QStringLiteral("%1 was changed by another program or window since it was opened here. Reload it "
                                "(File ▸ Reload) before editing; your change was not written.")
                         .arg(mPath));
        QCOMPARE(counter.commits(), 0);
        QCOMPARE(mDoc->undoStack()->count(), 0);
        QCOMPARE(QPointF(mDoc->graph().vertex(v("s3")).x, mDoc->graph().vertex(v("s3")).y), QPointF(600, 0));
        QCOMPARE(mCanvas->nodeAt(mCanvas->mapFromScene(QPointF(600, 0))), v("s3"));
        QCOMPARE(mCanvas->nodeAt(mCanvas->mapFromScene(QPointF(600, 100))), NoVertex);
        RYUK_TAKE(s3, fresh()->node("s3"));
        QCOMPARE(QPointF(s3.x, s3.y), QPointF(600, 0));
    }

    void handleCreatesRelationship_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("type");
        QTest::newRow("scene to scene") << "s1"
                                        << "s3"
                                        << "LEADS_TO";
        QTest::newRow("character to scene") << "c1"
                                            << "s3"
                                            << "APPEARS_IN";
        QTest::newRow("scene to choice") << "s3"
                                         << "q1"
                                         << "LEADS_TO";
    }

    void handleCreatesRelationship()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, type);
        const std::string fromId = utf8(from), toId = utf8(to);
        click(mCanvas.get(), at(fromId.c_str()));
        const qint64 before = fresh()->stats()->relationships;
        const QPointF handle = mCanvas->mapFromScene(mCanvas->handlePosition(v(fromId.c_str())));
        drag(mCanvas.get(), handle, at(toId.c_str()));
        auto store = fresh();
        RYUK_TAKE(stats, store->stats());
        QCOMPARE(stats.relationships, before + 1);
        RYUK_TAKE(page, store->relationships(RelationshipFilter{utf8(type)}, PageRequest{1, 100}));
        int found = 0;
        for (const Relationship &r : page.data)
            found += r.from == fromId && r.to == toId;
        QCOMPARE(found, 1);
        // The node did not move.
        RYUK_TAKE(node, store->node(fromId));
        QCOMPARE(QPointF(node.x, node.y),
                 QPointF(mDoc->graph().vertex(v(fromId.c_str())).x, mDoc->graph().vertex(v(fromId.c_str())).y));
        QCOMPARE(mDoc->undoStack()->count(), 1);
    }

    void handleDroppedOnNothingCreatesNothing()
    {
        click(mCanvas.get(), at("s1"));
        const QPointF handle = mCanvas->mapFromScene(mCanvas->handlePosition(v("s1")));
        drag(mCanvas.get(), handle, mCanvas->mapFromScene(QPointF(450, 150)));
        QCOMPARE(fresh()->stats()->relationships, 3);
    }

    void doubleClickRenames_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("key");
        QTest::newRow("scene title") << "s2"
                                     << "title";
        QTest::newRow("character name") << "c1"
                                        << "name";
        QTest::newRow("choice text") << "q1"
                                     << "text";
    }

    void doubleClickRenames()
    {
        QFETCH(QString, id);
        QFETCH(QString, key);
        const std::string nodeId = utf8(id);
        const QPointF pos = at(nodeId.c_str());
        mouse(mCanvas.get(), QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
        mouse(mCanvas.get(), QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
        mouse(mCanvas.get(), QEvent::MouseButtonDblClick, pos, Qt::LeftButton, Qt::LeftButton);
        mouse(mCanvas.get(), QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
        QVERIFY(mCanvas->isEditingLabel());
        auto *editor = mCanvas->findChild<QLineEdit *>();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        QTest::keyClicks(editor, QStringLiteral("Lighthouse \"keeper\""));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(!mCanvas->isEditingLabel());
        RYUK_TAKE(node, fresh()->node(nodeId));
        QCOMPARE(str(propertyString(node.properties, utf8(key)).value_or("(none)")),
                 QStringLiteral("Lighthouse \"keeper\""));
        QCOMPARE(str(mDoc->graph().vertex(v(nodeId.c_str())).label), QStringLiteral("Lighthouse \"keeper\""));
        QCOMPARE(mDoc->undoStack()->count(), 1);
    }

    void escapeCancelsRename()
    {
        mCanvas->editLabel(v("s2"));
        auto *editor = mCanvas->findChild<QLineEdit *>();
        QTest::keyClicks(editor, QStringLiteral("Nope"));
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!mCanvas->isEditingLabel());
        RYUK_TAKE(node, fresh()->node("s2"));
        QCOMPARE(str(propertyString(node.properties, "title").value_or("")), QStringLiteral("Harbour"));
        QCOMPARE(mDoc->undoStack()->count(), 0);
    }

    void deleteRemovesSelectionWithRelationships()
    {
        click(mCanvas.get(), at("s2"));
        QTest::keyClick(mCanvas.get(), Qt::Key_Delete);
        auto store = fresh();
        RYUK_COMPARE_ERROR(store->node("s2"), ErrorKind::NotFound, QStringLiteral("no node has id \"s2\""));
        RYUK_TAKE(stats, store->stats());
        QCOMPARE(stats.nodes, 4);
        QCOMPARE(stats.relationships, 0); // r1, r2 and r3 all touched s2
        QCOMPARE(mCanvas->nodeAt(mCanvas->mapFromScene(QPointF(300, 0))), NoVertex);
        QCOMPARE(mCanvas->edgeAt(mCanvas->mapFromScene(QPointF(150, 0))), NoEdge);
        mDoc->undoStack()->undo();
        QCOMPARE(fresh()->stats()->relationships, 3);
        QCOMPARE(mCanvas->nodeAt(mCanvas->mapFromScene(QPointF(300, 0))), v("s2"));
    }

    void arrowKeysNudge()
    {
        click(mCanvas.get(), at("s3"));
        QTest::keyClick(mCanvas.get(), Qt::Key_Right);
        QTest::keyClick(mCanvas.get(), Qt::Key_Down, Qt::ShiftModifier);
        RYUK_TAKE(node, fresh()->node("s3"));
        QCOMPARE(QPointF(node.x, node.y), QPointF(610, 100));
    }

    void nudgeBurstIsOneStep()
    {
        click(mCanvas.get(), at("s3"));
        CommitCounter counter(mDoc->store());
        // Right held (first press, then the platform's repeats: a release and a
        // press each), Down with Shift pressed while Right is still down.
        key(mCanvas.get(), QEvent::KeyPress, Qt::Key_Right);
        for (int i = 0; i < 4; ++i) {
            key(mCanvas.get(), QEvent::KeyRelease, Qt::Key_Right, true);
            key(mCanvas.get(), QEvent::KeyPress, Qt::Key_Right, true);
        }
        key(mCanvas.get(), QEvent::KeyPress, Qt::Key_Shift, false, Qt::ShiftModifier);
        key(mCanvas.get(), QEvent::KeyPress, Qt::Key_Down, false, Qt::ShiftModifier);
        key(mCanvas.get(), QEvent::KeyRelease, Qt::Key_Right, false, Qt::ShiftModifier);
        QCOMPARE(counter.commits(), 0);
        QCOMPARE(QPointF(mDoc->graph().vertex(v("s3")).x, mDoc->graph().vertex(v("s3")).y), QPointF(650, 100));
        key(mCanvas.get(), QEvent::KeyRelease, Qt::Key_Down, false, Qt::ShiftModifier);
        QCOMPARE(counter.commits(), 1);
        QCOMPARE(mDoc->undoStack()->count(), 1);
        QCOMPARE(mDoc->undoStack()->text(0), QStringLiteral("Nudge nodes"));
        RYUK_TAKE(nudged, fresh()->node("s3"));
        QCOMPARE(QPointF(nudged.x, nudged.y), QPointF(650, 100));
        mDoc->undoStack()->undo();
        RYUK_TAKE(back, fresh()->node("s3"));
        QCOMPARE(QPointF(back.x, back.y), QPointF(600, 0));

        // Two taps are two bursts; a click ends a burst whose release went elsewhere.
        QTest::keyClick(mCanvas.get(), Qt::Key_Left);
        QTest::keyClick(mCanvas.get(), Qt::Key_Left);
        key(mCanvas.get(), QEvent::KeyPress, Qt::Key_Up);
        QCOMPARE(counter.commits(), 4);
        click(mCanvas.get(), mCanvas->mapFromScene(QPointF(450, 150)));
        QCOMPARE(counter.commits(), 5);
        QCOMPARE(mDoc->undoStack()->count(), 3);
        RYUK_TAKE(tapped, fresh()->node("s3"));
        QCOMPARE(QPointF(tapped.x, tapped.y), QPointF(580, -10));
    }

    void wheelZoomKeepsPointUnderCursor()
    {
        const QPointF cursor(123, 77);
        const QPointF before = mCanvas->mapToScene(cursor);
        QWheelEvent wheel(cursor, mCanvas->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(mCanvas.get(), &wheel);
        QCOMPARE(mCanvas->zoom(), 1.2);
        const QPointF after = mCanvas->mapToScene(cursor);
        QVERIFY(std::abs(after.x() - before.x()) < 1e-9);
        QVERIFY(std::abs(after.y() - before.y()) < 1e-9);
        QWheelEvent back(cursor, mCanvas->mapToGlobal(cursor), QPoint(), QPoint(0, -240), Qt::NoButton, Qt::NoModifier,
                         Qt::NoScrollPhase, false);
        QApplication::sendEvent(mCanvas.get(), &back);
        QVERIFY(std::abs(mCanvas->zoom() - 1.2 / 1.44) < 1e-12);
        QVERIFY(QLineF(mCanvas->mapToScene(cursor), before).length() < 1e-9);
    }

    void middleButtonAndSpaceDragPan()
    {
        mCanvas->setZoom(2);
        const QPointF before = mCanvas->visibleSceneRect().topLeft();
        mouse(mCanvas.get(), QEvent::MouseButtonPress, QPointF(400, 250), Qt::MiddleButton, Qt::MiddleButton);
        mouse(mCanvas.get(), QEvent::MouseMove, QPointF(450, 280), Qt::NoButton, Qt::MiddleButton);
        mouse(mCanvas.get(), QEvent::MouseButtonRelease, QPointF(450, 280), Qt::MiddleButton, Qt::NoButton);
        QCOMPARE(mCanvas->visibleSceneRect().topLeft(), before - QPointF(25, 15));

        // Space held: a left drag pans too, even when it starts on a node.
        QTest::keyPress(mCanvas.get(), Qt::Key_Space);
        drag(mCanvas.get(), at("s2"), at("s2") + QPointF(-40, 0));
        QTest::keyRelease(mCanvas.get(), Qt::Key_Space);
        QCOMPARE(mCanvas->visibleSceneRect().topLeft(), before - QPointF(25, 15) + QPointF(20, 0));
        QVERIFY(mDoc->selection().empty());
        QCOMPARE(mDoc->undoStack()->count(), 0);
    }

    void fitShowsEveryNode()
    {
        mCanvas->setZoom(3);
        mCanvas->centerOnScenePoint(QPointF(5000, 5000));
        mCanvas->fitToStory();
        const QRectF visible = mCanvas->visibleSceneRect();
        for (const char *id : {"s1", "s2", "s3", "c1", "q1"})
            QVERIFY2(visible.contains(mDoc->nodeRect(v(id))), id);
        QCOMPARE(mCanvas->sceneBoundingRect(), QRectF(QPointF(-75, -32), QPointF(675, 288)));
    }

    void filterHidesType()
    {
        mCanvas->setTypeFilter({QStringLiteral("Scene")});
        QVERIFY(!mCanvas->isShown(v("c1")));
        QVERIFY(!mCanvas->isShown(v("q1")));
        QVERIFY(mCanvas->isShown(v("s1")));
        QCOMPARE(mCanvas->nodeAt(at("c1")), NoVertex);
        const CanvasPalette palette = CanvasPalette::fromPalette(mCanvas->palette());
        QImage image = mCanvas->grab().toImage();
        QCOMPARE(image.pixel(at("c1").toPoint()), palette.background.rgb());
        QCOMPARE(image.pixel(at("s1").toPoint() + QPoint(0, 20)), palette.fill(NodeKind::Scene).rgb());
        QCOMPARE(mCanvas->find(QStringLiteral("Ann")), std::vector<VertexIndex>{});

        mCanvas->setTypeFilter({});
        mCanvas->setChapterFilter(2);
        QVERIFY(!mCanvas->isShown(v("s1")));
        QVERIFY(mCanvas->isShown(v("s3")));
        QVERIFY(mCanvas->isShown(v("c1"))); // no chapter: stays
        mCanvas->setChapterFilter(std::nullopt);
        QVERIFY(mCanvas->isShown(v("s1")));
        image = mCanvas->grab().toImage();
        QCOMPARE(image.pixel(at("c1").toPoint() + QPoint(0, 25)), palette.fill(NodeKind::Character).rgb());
    }

    void findHighlights_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("title") << "harb" << QStringList{QStringLiteral("s2")};
        QTest::newRow("name, any case") << "ANN" << QStringList{QStringLiteral("c1")};
        QTest::newRow("choice text") << "go LEFT" << QStringList{QStringLiteral("q1")};
        QTest::newRow("id") << "s3" << QStringList{QStringLiteral("s3")};
        QTest::newRow("other property") << "secret" << QStringList{QStringLiteral("s3")};
        QTest::newRow("several") << "o"
                                 << QStringList{QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3"),
                                                QStringLiteral("q1")};
        QTest::newRow("none") << "zebra" << QStringList{};
    }

    void findHighlights()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        std::vector<VertexIndex> expected;
        for (const QString &id : ids)
            expected.push_back(mDoc->graph().findVertex(utf8(id)));
        std::sort(expected.begin(), expected.end());
        const auto found = mCanvas->find(text);
        QCOMPARE(found, expected);
        QCOMPARE(mDoc->highlight().nodes, expected);
        if (!expected.empty()) {
            // The first match is in the middle of the view; findNext goes on.
            const QRectF visible = mCanvas->visibleSceneRect();
            const QPointF centre = mDoc->nodeRect(expected.front()).center();
            QVERIFY(QLineF(visible.center(), centre).length() < 1e-6);
            QCOMPARE(mCanvas->findNext(), expected.size() > 1 ? expected[1] : expected[0]);
        }
    }

    void exportPngAtScale()
    {
        const QString path = mDir.filePath(QStringLiteral("story.png"));
        RYUK_VERIFY_OK(mCanvas->exportImage(path, 0.5, false));
        QImageReader reader(path);
        QCOMPARE(QString::fromLatin1(reader.format()), QStringLiteral("png"));
        // (750 + 40) × (320 + 40) scene units at 0.5.
        QCOMPARE(reader.size(), QSize(395, 180));
        const QImage image = reader.read();
        const CanvasPalette palette = CanvasPalette::fromPalette(mCanvas->palette());
        QCOMPARE(image.pixel(2, 2), palette.background.rgb());
        // s2's card, left of its badge and below its title.
        QCOMPARE(image.pixel(int((300 - 35 + 95) * 0.5), int((20 + 32 + 20) * 0.5)),
                 palette.fill(NodeKind::Scene).rgb());

        click(mCanvas.get(), at("c1"));
        RYUK_VERIFY_OK(mCanvas->exportImage(path, 2, true));
        QCOMPARE(QImageReader(path).size(), QSize((76 + 40) * 2, (76 + 40) * 2));

        RYUK_COMPARE_ERROR(mCanvas->exportImage(path, 40, false), ErrorKind::BadInput,
                           QStringLiteral("The image would be 31600 × 14400 pixels; at most 16384 pixels per side can "
                                          "be exported. Choose a smaller scale."));
        mDoc->clearSelection();
        RYUK_COMPARE_ERROR(mCanvas->exportImage(path, 1, true), ErrorKind::BadInput,
                           QStringLiteral("There is nothing to export."));
    }

    void exportSvgHasTitles()
    {
        const QString path = mDir.filePath(QStringLiteral("story.svg"));
        RYUK_VERIFY_OK(mCanvas->exportSvg(path, false));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QXmlStreamReader xml(svg);
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        for (const char *title : {"Opening", "Harbour", "Tower", "Ann", "Go left", "1·1", "start"})
            QVERIFY2(texts.contains(QString::fromUtf8(title)), title);

        click(mCanvas.get(), at("s3"));
        RYUK_VERIFY_OK(mCanvas->exportSvg(path, true));
        QFile only(path);
        QVERIFY(only.open(QIODevice::ReadOnly));
        const QByteArray selectedSvg = only.readAll();
        QVERIFY(selectedSvg.contains("Tower"));
        QVERIFY(!selectedSvg.contains("Harbour"));
    }

    // A write that fails even for root (the file may grow to 64 bytes only)
    // leaves the old file byte for byte and says which file and why.
    void failedExportKeepsTheOldFile_data()
    {
        QTest::addColumn<bool>("svg");
        QTest::newRow("png") << false;
        QTest::newRow("svg") << true;
    }

    void failedExportKeepsTheOldFile()
    {
        QFETCH(bool, svg);
        QTemporaryDir dir;
        const QString path = dir.filePath(svg ? QStringLiteral("story.svg") : QStringLiteral("story.png"));
        RYUK_VERIFY_OK(svg ? mCanvas->exportSvg(path, false) : mCanvas->exportImage(path, 1, false));
        const QByteArray old = bytesOf(path);
        QVERIFY(old.size() > 64);
        Status written;
        {
            test::FileSizeLimit limit(64);
            QVERIFY(limit.active());
            written = svg ? mCanvas->exportSvg(path, false) : mCanvas->exportImage(path, 0.5, false);
        }
        RYUK_COMPARE_ERROR(written, ErrorKind::Io, QStringLiteral("cannot write the file: File too large"));
        QCOMPARE(written.error().toString(), path + QStringLiteral(": cannot write the file: File too large"));
        QCOMPARE(bytesOf(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(path).fileName()});

        // A folder where the file should go.
        const QString folder = dir.filePath(QStringLiteral("folder.png"));
        QVERIFY(QDir().mkdir(folder));
        const Status onFolder = svg ? mCanvas->exportSvg(folder, false) : mCanvas->exportImage(folder, 1, false);
        RYUK_COMPARE_ERROR(onFolder, ErrorKind::BadInput, QStringLiteral("is a folder, not a file"));
        QCOMPARE(onFolder.error().file, folder);
    }

    void overviewTilesFollowAMove()
    {
        mCanvas->setZoom(0.1);
        mCanvas->centerOnScenePoint(QPointF(300, 125));
        QVERIFY(mCanvas->zoom() < StoryCanvas::DetailZoom);
        QVERIFY(waitSettled());
        const CanvasPalette palette = CanvasPalette::fromPalette(mCanvas->palette());
        const QColor background = palette.background;
        QImage image = mCanvas->grab().toImage();
        const QPoint oldPlace = at("s3").toPoint();
        QVERIFY(image.pixel(oldPlace) != background.rgb());

        RYUK_VERIFY_OK(mDoc->moveNodes({NodePosition{"s3", 600, 1500}}));
        QVERIFY(waitSettled());
        image = mCanvas->grab().toImage();
        QCOMPARE(image.pixel(oldPlace), background.rgb());
        QVERIFY(image.pixel(at("s3").toPoint()) != background.rgb());

        // Dragging at low zoom: the node follows the mouse and lands in the tiles.
        click(mCanvas.get(), at("s3"));
        const QPoint start = at("s3").toPoint();
        drag(mCanvas.get(), start, start + QPoint(40, -10));
        QVERIFY(waitSettled());
        image = mCanvas->grab().toImage();
        QCOMPARE(image.pixel(start), background.rgb());
        QVERIFY(image.pixel(start + QPoint(40, -10)) != background.rgb());
        RYUK_TAKE(node, fresh()->node("s3"));
        QCOMPARE(QPointF(node.x, node.y), QPointF(1000, 1400));
    }

    void tileCacheKeepsToItsBound()
    {
        const CanvasPalette palette = CanvasPalette::fromPalette(mCanvas->palette());
        const auto snapshot = OverviewSnapshot::build(mDoc->graph(), palette, {});
        constexpr qint64 tileBytes = qint64(TileCache::TileSize) * TileCache::TileSize * 4;
        QImage target(1600, 1000, QImage::Format_ARGB32_Premultiplied);
        auto settle = [&](TileCache &cache, double scale) {
            for (int i = 0; i < 1000; ++i) {
                QPainter painter(&target);
                cache.paint(painter, QPointF(-100, -100) / scale, scale, target.size());
                painter.end();
                if (cache.complete())
                    return true;
                QTest::qWait(2);
            }
            return false;
        };
        // The story straddles the four tiles around the origin at 1/4 and at 1/8.
        TileCache roomy;
        roomy.setSnapshotSource([&] { return snapshot; });
        QVERIFY(settle(roomy, 0.25));
        QCOMPARE(roomy.memoryUsed(), 4 * tileBytes);
        QVERIFY(settle(roomy, 0.125));
        QCOMPARE(roomy.memoryUsed(), 8 * tileBytes);
        // With room for one tile, only what the last frame used is kept.
        TileCache tight;
        tight.setSnapshotSource([&] { return snapshot; });
        tight.setMemoryLimit(tileBytes);
        QVERIFY(settle(tight, 0.25));
        QVERIFY(settle(tight, 0.125));
        QCOMPARE(tight.memoryUsed(), 4 * tileBytes);
        QCOMPARE(tight.pendingCount(), 0);
    }

    void minimapShowsAndMovesTheView()
    {
        Minimap minimap;
        minimap.resize(200, 120);
        minimap.setCanvas(mCanvas.get());
        const QImage image = minimap.grab().toImage();
        const QRgb base = minimap.palette().color(QPalette::Base).rgb();
        int drawn = 0;
        for (int y = 2; y < image.height() - 2; ++y) {
            for (int x = 2; x < image.width() - 2; ++x)
                drawn += image.pixel(x, y) != base;
        }
        QVERIFY(drawn > 100); // the nodes and the visible-area frame
        // A click in the middle of the map centres the canvas on the middle of the story.
        mouse(&minimap, QEvent::MouseButtonPress, QPointF(100, 60), Qt::LeftButton, Qt::LeftButton);
        mouse(&minimap, QEvent::MouseButtonRelease, QPointF(100, 60), Qt::LeftButton, Qt::NoButton);
        const QPointF centre = mCanvas->visibleSceneRect().center();
        QVERIFY(QLineF(centre, mCanvas->sceneBoundingRect().center()).length() < 1e-6);
    }

    void contextMenuNamesTheNode()
    {
        QSignalSpy spy(mCanvas.get(), &StoryCanvas::contextMenuRequested);
        const QPoint pos = at("c1").toPoint();
        QContextMenuEvent onNode(QContextMenuEvent::Mouse, pos, mCanvas->mapToGlobal(pos));
        QApplication::sendEvent(mCanvas.get(), &onNode);
        const QPoint empty = mCanvas->mapFromScene(QPointF(450, 150)).toPoint();
        QContextMenuEvent onNothing(QContextMenuEvent::Mouse, empty, mCanvas->mapToGlobal(empty));
        QApplication::sendEvent(mCanvas.get(), &onNothing);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy[0][1].toPointF(), QPointF(300, 250));
        QCOMPARE(spy[0][2].value<VertexIndex>(), v("c1"));
        QCOMPARE(spy[1][1].toPointF(), QPointF(450, 150));
        QCOMPARE(spy[1][2].value<VertexIndex>(), NoVertex);
    }

    void edgeLabelsAndLooksRender()
    {
        // Not a pixel test: every kind and mark paints without trouble at full detail.
        mCanvas->setShowEdgeLabels(true);
        click(mCanvas.get(), at("s1"));
        mCanvas->find(QStringLiteral("Ann"));
        const QImage image = mCanvas->grab().toImage();
        QCOMPARE(image.size(), QSize(800, 500));
        QVERIFY(mCanvas->showEdgeLabels());
        // To look at the result: RYUK_CANVAS_SNAPSHOT=/some/folder.
        if (const QString folder = qEnvironmentVariable("RYUK_CANVAS_SNAPSHOT"); !folder.isEmpty()) {
            image.save(folder + QStringLiteral("/canvas-detail.png"));
            mCanvas->setZoom(0.3);
            QVERIFY(waitSettled());
            mCanvas->grab().save(folder + QStringLiteral("/canvas-overview.png"));
            QPalette dark = mCanvas->palette();
            dark.setColor(QPalette::Base, QColor(30, 30, 34));
            dark.setColor(QPalette::Text, QColor(230, 230, 230));
            mCanvas->setPalette(dark);
            mCanvas->setZoom(1);
            mCanvas->centerOnScenePoint(QPointF(300, 125));
            mCanvas->grab().save(folder + QStringLiteral("/canvas-dark.png"));
        }
    }
};

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
