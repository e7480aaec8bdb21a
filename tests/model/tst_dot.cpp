// GraphViz DOT: the exact text of a small story, and the sample story and a
// story of awkward strings read back by Graphviz's own `dot -Tjson`.
#include "formats/dot.h"
#include "formats/samplestory.h"
#include "formats/storyformat.h"
#include "formats/storyjson.h"
#include "store/sqlitestorystore.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace ryuk;

class TestDot : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void registered();
    void exactText();
    void emptyStory();
    void sampleThroughGraphviz();
    void awkwardStringsThroughGraphviz();

private:
    std::unique_ptr<StoryStore> newStore();
    static void load(StoryStore &store, const QByteArray &json);
    static QByteArray dotText(StoryStore &store);
    // Runs `dot -Tjson` on `text`; an empty object (and a failed check) if it fails.
    static QJsonObject graphviz(const QByteArray &text);

    std::unique_ptr<QTemporaryDir> mDir;
    int mCounter = 0;
};

std::unique_ptr<StoryStore> TestDot::newStore()
{
    auto store = openStory(mDir->filePath(QStringLiteral("s%1.ryuk").arg(++mCounter)), OpenMode::CreateNew);
    if (!store)
        qFatal("%s", qPrintable(store.error().toString()));
    return std::move(*store);
}

void TestDot::load(StoryStore &store, const QByteArray &json)
{
    QByteArray copy = json;
    QBuffer in(&copy);
    in.open(QIODevice::ReadOnly);
    auto summary = importJson(store, in, QStringLiteral("story.json"));
    if (!summary)
        qFatal("%s", qPrintable(summary.error().toString()));
}

QByteArray TestDot::dotText(StoryStore &store)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    auto summary = exportDot(store, buffer);
    if (!summary)
        qFatal("%s", qPrintable(summary.error().toString()));
    if (summary->bytes != out.size())
        qFatal("the summary counts %lld bytes, the export has %lld", summary->bytes, qint64(out.size()));
    return out;
}

QJsonObject TestDot::graphviz(const QByteArray &text)
{
    QProcess dot;
    dot.start(QStandardPaths::findExecutable(QStringLiteral("dot")), {QStringLiteral("-Tjson")});
    if (!dot.waitForStarted()) {
        qWarning("dot did not start: %s", qPrintable(dot.errorString()));
        return {};
    }
    dot.write(text);
    dot.closeWriteChannel();
    if (!dot.waitForFinished(120000) || dot.exitStatus() != QProcess::NormalExit || dot.exitCode() != 0) {
        qWarning("dot failed: %s", dot.readAllStandardError().constData());
        return {};
    }
    // Graphviz warns on stderr about what it reads but does not understand.
    const QByteArray warnings = dot.readAllStandardError();
    if (!warnings.isEmpty()) {
        qWarning("dot warned: %s", warnings.constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(dot.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("dot wrote JSON that does not parse: %s", qPrintable(error.errorString()));
        return {};
    }
    return doc.object();
}

// Graphviz keeps what it reads inside quotes except for \" (so "\\" and "\n"
// stay two characters each); this undoes the rest of our escaping.
static QString unescape(const QString &raw)
{
    QString out;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == u'\\' && i + 1 < raw.size() && (raw[i + 1] == u'\\' || raw[i + 1] == u'n')) {
            out += raw[i + 1] == u'n' ? u'\n' : u'\\';
            ++i;
        } else {
            out += raw[i];
        }
    }
    return out;
}

// What DOT keeps of a string: line ends as LF, other control characters as spaces.
static QString expected(std::string_view s)
{
    QString text = QString::fromUtf8(s.data(), qsizetype(s.size()));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    for (QChar &c : text)
        if (c.unicode() < 0x20 && c != u'\n')
            c = u' ';
    return text;
}

static bool haveGraphviz()
{
    return !QStandardPaths::findExecutable(QStringLiteral("dot")).isEmpty();
}

void TestDot::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
}

void TestDot::registered()
{
    const StoryFormat *format = formatForFile(QStringLiteral("story.gv"));
    QVERIFY(format);
    QCOMPARE(format, formatForFile(QStringLiteral("story.DOT")));
    QCOMPARE(format->name(), QStringLiteral("GraphViz DOT"));
    QCOMPARE(format->extensions(), (QStringList{QStringLiteral("dot"), QStringLiteral("gv")}));
    QVERIFY(!format->canRead());
    QVERIFY(format->canWrite());
    QVERIFY(formatFilters(true).contains(QStringLiteral("GraphViz DOT (*.dot *.gv)")));
    QVERIFY(!formatFilters(false).contains(QStringLiteral("GraphViz DOT")));

    auto store = newStore();
    QVERIFY(loadSampleStory(*store).ok());
    const QString path = mDir->filePath(QStringLiteral("sample.dot"));
    auto exported = exportFile(*store, path);
    QVERIFY2(exported.ok(), qPrintable(exported.error().toString()));
    QCOMPARE(exported->nodes, 53);
    QCOMPARE(exported->relationships, 140);
    auto imported = importFile(*store, path);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().message, QStringLiteral("GraphViz DOT files can be written, not read"));
}

void TestDot::exactText()
{
    auto store = newStore();
    load(*store, R"({"format":"ryuk.story","version":1,"title":"The Night Ferry",
 "nodes":[
  {"id":"mira","type":"Character","x":-180,"y":40,"properties":{"name":"Mira Vell","role":"courier"}},
  {"id":"q1","type":"Choice","x":240,"y":0,"properties":{"text":"Board the ferry","weight":0.5}},
  {"id":"s1","type":"Scene","x":0,"y":0,"properties":{"chapter":1,"start":true,"summary":"A note says: \"Don't be late.\"\nSigned, M.","title":"Pier 9 — Midnight"}},
  {"id":"x","type":"Event","x":0,"y":0,"properties":{"label":"mine","node":["a",null],"type":"shadow","two words":2}}
 ],
 "relationships":[
  {"id":"r1","type":"APPEARS_IN","from":"mira","to":"s1","properties":{}},
  {"id":"r2","type":"LEADS_TO","from":"s1","to":"q1","properties":{"label":"Go \\ now","weight":1.0}},
  {"id":"r3","type":"LEADS_TO","from":"q1","to":"x","properties":{"id":7,"label":false}}
 ]})");
    const QByteArray expected = R"(digraph "The Night Ferry" {
  graph [label="The Night Ferry", labelloc="t"];
  "mira" [label="Mira Vell", type="Character", "property.name"="Mira Vell", role="courier"];
  "q1" [label="Board the ferry", type="Choice", text="Board the ferry", weight="0.5"];
  "s1" [label="Pier 9 — Midnight", type="Scene", chapter="1", start="true", summary="A note says: \"Don't be late.\"\nSigned, M.", title="Pier 9 — Midnight"];
  "x" [label="mine", type="Event", "property.label"="mine", "node"="[\"a\",null]", "two words"="2", "property.type"="shadow"];
  "mira" -> "s1" [id="r1", type="APPEARS_IN", label="APPEARS_IN"];
  "s1" -> "q1" [id="r2", type="LEADS_TO", label="Go \\ now", "property.label"="Go \\ now", weight="1.0"];
  "q1" -> "x" [id="r3", type="LEADS_TO", label="LEADS_TO", "property.id"="7", "property.label"="false"];
}
)";
    QCOMPARE(QString::fromUtf8(dotText(*store)), QString::fromUtf8(expected));
}

void TestDot::emptyStory()
{
    auto store = newStore();
    const QByteArray text = dotText(*store);
    QCOMPARE(text, QByteArray("digraph \"\" {\n  graph [label=\"\", labelloc=\"t\"];\n}\n"));
    if (!haveGraphviz())
        RYUK_SKIP_OR_FAIL("Graphviz is not installed (no `dot` on the PATH): the DOT output was not checked with dot -Tjson");
    const QJsonObject graph = graphviz(text);
    QVERIFY(!graph.isEmpty());
    QCOMPARE(graph.value(u"name").toString(), QString());
    QVERIFY(graph.value(u"objects").toArray().isEmpty());
}

void TestDot::sampleThroughGraphviz()
{
    auto store = newStore();
    QVERIFY(loadSampleStory(*store).ok());
    const QByteArray text = dotText(*store);
    if (!haveGraphviz())
        RYUK_SKIP_OR_FAIL("Graphviz is not installed (no `dot` on the PATH): the DOT output was not checked with dot -Tjson");
    const QJsonObject graph = graphviz(text);
    QVERIFY(!graph.isEmpty());
    QCOMPARE(graph.value(u"name").toString(), QStringLiteral("The Lantern Courier"));
    QVERIFY(graph.value(u"directed").toBool());

    // Every node by id, with its type and the label a reader sees.
    std::map<QString, QString> expectedNodes;
    auto s = store->forEachNode([&](const Node &n) {
        auto fields = nodeFields(n.id, n.type, n.properties);
        const std::string label = fields && fields->label ? *fields->label : n.id;
        expectedNodes[QString::fromStdString(n.id)] = QString::fromStdString(n.type + " | " + label);
        return true;
    });
    QVERIFY(s.ok());
    const QJsonArray objects = graph.value(u"objects").toArray();
    QCOMPARE(objects.size(), 53);
    std::map<QString, QString> nodes;
    std::map<int, QString> byGvid;
    for (const QJsonValue &v : objects) {
        const QJsonObject o = v.toObject();
        const QString name = unescape(o.value(u"name").toString());
        nodes[name] = o.value(u"type").toString() + QStringLiteral(" | ") + unescape(o.value(u"label").toString());
        byGvid[o.value(u"_gvid").toInt()] = name;
    }
    QCOMPARE(nodes.size(), expectedNodes.size());
    for (const auto &[id, shown] : expectedNodes)
        QCOMPARE(nodes[id], shown);
    QCOMPARE(nodes[QStringLiteral("s01")], QStringLiteral("Scene | Night Route Over Kagaribi"));

    // Every relationship, by id, between the right nodes.
    std::map<QString, QString> expectedEdges;
    s = store->forEachRelationship([&](const Relationship &r) {
        expectedEdges[QString::fromStdString(r.id)] = QString::fromStdString(r.from + " -> " + r.to + " " + r.type);
        return true;
    });
    QVERIFY(s.ok());
    const QJsonArray edges = graph.value(u"edges").toArray();
    QCOMPARE(edges.size(), 140);
    std::map<QString, QString> seen;
    for (const QJsonValue &v : edges) {
        const QJsonObject e = v.toObject();
        seen[e.value(u"id").toString()] = byGvid[e.value(u"tail").toInt()] + QStringLiteral(" -> ")
                                          + byGvid[e.value(u"head").toInt()] + QLatin1Char(' ') + e.value(u"type").toString();
    }
    QCOMPARE(seen.size(), expectedEdges.size());
    for (const auto &[id, shown] : expectedEdges)
        QCOMPARE(seen[id], shown);
}

void TestDot::awkwardStringsThroughGraphviz()
{
    auto store = newStore();
    load(*store, R"({"format":"ryuk.story","version":1,"title":"A \"quoted\" \\ title\nline two",
 "nodes":[
  {"id":"s \"1\"","type":"Scene","x":0,"y":0,"properties":{"title":"He said \"go\\\\home\"\nthen left \\N ü 🐉 \\","chapter":1,
    "label":"mine","type":"shadow","node":"keyword","a b":"spaced","nested":{"k":[1,"two\"x"]},"pos":"nowhere","_gvid":"mine"}},
  {"id":"back\\slash\\","type":"Character","x":0,"y":0,"properties":{"name":"Zoë \\\\ \"Z\"\r\nCRLF\rCR"}},
  {"id":"日本語","type":"Choice","x":0,"y":0,"properties":{"text":"選ぶ\ttab\u0001"}},
  {"id":"edge","type":"Custom \"type\"","x":0,"y":0,"properties":{}}
 ],
 "relationships":[
  {"id":"r\"1","type":"LEADS_TO","from":"s \"1\"","to":"back\\slash\\","properties":{"label":"Go \"now\"\\","id":"shadow id","weight":0.5,"head":"top"}},
  {"id":"r2","type":"APPEARS_IN","from":"back\\slash\\","to":"日本語","properties":{}},
  {"id":"r3","type":"Custom \"type\"","from":"edge","to":"edge","properties":{"graph":"keyword"}}
 ]})");
    const QByteArray text = dotText(*store);
    if (!haveGraphviz())
        RYUK_SKIP_OR_FAIL("Graphviz is not installed (no `dot` on the PATH): the DOT output was not checked with dot -Tjson");
    const QJsonObject graph = graphviz(text);
    QVERIFY(!graph.isEmpty());
    QCOMPARE(unescape(graph.value(u"name").toString()), QStringLiteral("A \"quoted\" \\ title\nline two"));
    QCOMPARE(unescape(graph.value(u"label").toString()), QStringLiteral("A \"quoted\" \\ title\nline two"));

    std::map<QString, QJsonObject> nodes;
    std::map<int, QString> byGvid;
    for (const QJsonValue &v : graph.value(u"objects").toArray()) {
        const QJsonObject o = v.toObject();
        nodes[unescape(o.value(u"name").toString())] = o;
        byGvid[o.value(u"_gvid").toInt()] = unescape(o.value(u"name").toString());
    }
    QCOMPARE(nodes.size(), std::size_t(4));
    auto attribute = [&](const char *id, const char *name) {
        return unescape(nodes[QString::fromUtf8(id)].value(QLatin1String(name)).toString());
    };
    const QString title = expected("He said \"go\\\\home\"\nthen left \\N ü 🐉 \\");
    QCOMPARE(attribute("s \"1\"", "label"), title);
    QCOMPARE(attribute("s \"1\"", "title"), title);
    QCOMPARE(attribute("s \"1\"", "type"), QStringLiteral("Scene"));
    QCOMPARE(attribute("s \"1\"", "property.label"), QStringLiteral("mine"));
    QCOMPARE(attribute("s \"1\"", "property.type"), QStringLiteral("shadow"));
    QCOMPARE(attribute("s \"1\"", "node"), QStringLiteral("keyword"));
    QCOMPARE(attribute("s \"1\"", "a b"), QStringLiteral("spaced"));
    QCOMPARE(attribute("s \"1\"", "nested"), QStringLiteral("{\"k\":[1,\"two\\\"x\"]}"));
    QCOMPARE(attribute("s \"1\"", "chapter"), QStringLiteral("1"));
    // Names Graphviz uses itself are kept apart.
    QCOMPARE(attribute("s \"1\"", "property.pos"), QStringLiteral("nowhere"));
    QCOMPARE(attribute("s \"1\"", "property._gvid"), QStringLiteral("mine"));
    QCOMPARE(attribute("back\\slash\\", "property.name"), expected("Zoë \\\\ \"Z\"\r\nCRLF\rCR"));
    QCOMPARE(attribute("back\\slash\\", "label"), expected("Zoë \\\\ \"Z\"\r\nCRLF\rCR"));
    QCOMPARE(attribute("back\\slash\\", "label"), QStringLiteral("Zoë \\\\ \"Z\"\nCRLF\nCR"));
    QCOMPARE(attribute("日本語", "label"), QStringLiteral("選ぶ tab "));
    QCOMPARE(attribute("edge", "type"), QStringLiteral("Custom \"type\""));
    QCOMPARE(attribute("edge", "label"), QStringLiteral("edge"));

    std::map<QString, QJsonObject> edges;
    for (const QJsonValue &v : graph.value(u"edges").toArray()) {
        const QJsonObject e = v.toObject();
        edges[unescape(e.value(u"id").toString())] = e;
    }
    QCOMPARE(edges.size(), std::size_t(3));
    const QJsonObject r1 = edges[QStringLiteral("r\"1")];
    QCOMPARE(byGvid[r1.value(u"tail").toInt()], QStringLiteral("s \"1\""));
    QCOMPARE(byGvid[r1.value(u"head").toInt()], QStringLiteral("back\\slash\\"));
    QCOMPARE(unescape(r1.value(u"label").toString()), QStringLiteral("Go \"now\"\\"));
    QCOMPARE(unescape(r1.value(u"property.id").toString()), QStringLiteral("shadow id"));
    QCOMPARE(unescape(r1.value(u"weight").toString()), QStringLiteral("0.5"));
    QCOMPARE(unescape(r1.value(u"property.head").toString()), QStringLiteral("top"));
    const QJsonObject r3 = edges[QStringLiteral("r3")];
    QCOMPARE(unescape(r3.value(u"label").toString()), QStringLiteral("Custom \"type\""));
    QCOMPARE(unescape(r3.value(u"graph").toString()), QStringLiteral("keyword"));
    QCOMPARE(byGvid[r3.value(u"tail").toInt()], QStringLiteral("edge"));
}

QTEST_GUILESS_MAIN(TestDot)
#include "tst_dot.moc"
