// GraphML: byte-identical round trips, lossless properties, files from yEd and
// Gephi, and every rejection with its exact message and nothing imported.
#include "formats/graphml.h"
#include "formats/samplestory.h"
#include "formats/storyformat.h"
#include "formats/storyjson.h"
#include "store/sqlitestorystore.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <map>

using namespace ryuk;

// Readable failures: QCOMPARE finds these by argument-dependent lookup.
namespace ryuk {
char *toString(const Node &node)
{
    return qstrdup(toJson(node).c_str());
}
char *toString(const Relationship &relationship)
{
    return qstrdup(toJson(relationship).c_str());
}
} // namespace ryuk

class TestGraphML : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void registered();
    void sampleKeysAndElements();
    void sampleRoundTrip();
    void nastyRoundTrip();
    void keyKinds();
    void doublesRoundTrip();
    void exactDocument();
    void emptyStory();
    void refusesWhatXmlCannotCarry_data();
    void refusesWhatXmlCannotCarry();
    void readsYEd();
    void readsGephi();
    void defaultsTypesAndEdgeIds();
    void edgesBeforeNodes();
    void lenientSkipsEdgesToMissingNodes();
    void titleOnlyWhenStoryHasNone();
    void rejectedFiles_data();
    void rejectedFiles();
    void rejectedDocuments_data();
    void rejectedDocuments();
    void rejectionLeavesStoryUnchanged();
    void cancelImport();

private:
    std::unique_ptr<StoryStore> newStore();
    static Result<ImportSummary> importText(StoryStore &store, const QByteArray &text,
                                            const QString &name = QStringLiteral("story.graphml"),
                                            const ImportOptions &options = {});
    static QByteArray exportText(StoryStore &store);
    static QByteArray jsonText(StoryStore &store);
    static Node node(StoryStore &store, const char *id);
    static Relationship relationship(StoryStore &store, const char *id);
    // The story's relationships in id order, as JSON v1 lines.
    static QStringList relationships(StoryStore &store);
    static QStringList lines(const std::vector<Relationship> &relationships);

    std::unique_ptr<QTemporaryDir> mDir;
    int mCounter = 0;
};

// A story with every kind of value and every character that needs care.
static const char NastyStory[] = R"({"format":"ryuk.story","version":1,
 "title":"Title with \"quotes\" & <tags>\r\n and ünïcødé 🐉",
 "nodes":[
  {"id":"a b & <c>","type":"Scene","x":-12.5,"y":1e-7,"properties":{
    "title":"Crossing \"the\" line\r\nnext\\path ]]> \t tab","chapter":9223372036854775807,"sequence":-9223372036854775808,
    "start":true,"big":18446744073709551615,"ratio":0.1,"whole":1.0,"negzero":-0.0,"tiny":5e-324,
    "huge":1.7976931348623157e308,"nested":{"a":[1,2.5,{"b":null}],"c":"\u0001\uffff\r"},"nothing":null,
    "mixed":1,"ctrl":"bell\u0007","type":"property named type","x":"property named x","label":"property label",
    "":"empty name","a b":"space","a_b":"underscore","weird\r\n\"name\"":"cr","cr only":"one\rtwo\r"}},
  {"id":"q\"uote","type":"Custom Type ✓","x":3,"y":4,"properties":{
    "mixed":"one","text":"  leading and trailing spaces  ","empty":"","ratio":2.0}},
  {"id":"tab\there\nnewline","type":"Event","x":1e300,"y":-0.5,"properties":{"causality_level":3}},
  {"id":"ü","type":"Character","x":0,"y":0,"properties":{"name":"Ünï","mixed":2.5,"tags":["x","y"]}}
 ],
 "relationships":[
  {"id":"r\u00e9","type":"LEADS_TO","from":"a b & <c>","to":"q\"uote","properties":{
    "weight":1.0,"transition_type":"cut","label":"Go ]]> now","type":"property named type"}},
  {"id":"r2","type":"APPEARS_IN","from":"ü","to":"a b & <c>","properties":{"weight":2}},
  {"id":"r3","type":"X Y","from":"q\"uote","to":"tab\there\nnewline","properties":{}},
  {"id":"r4","type":"LEADS_TO","from":"q\"uote","to":"q\"uote","properties":{"note":null}}
 ]})";

std::unique_ptr<StoryStore> TestGraphML::newStore()
{
    auto store = openStory(mDir->filePath(QStringLiteral("s%1.ryuk").arg(++mCounter)), OpenMode::CreateNew);
    if (!store)
        qFatal("%s", qPrintable(store.error().toString()));
    return std::move(*store);
}

Result<ImportSummary> TestGraphML::importText(StoryStore &store, const QByteArray &text, const QString &name,
                                              const ImportOptions &options)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return importGraphML(store, buffer, name, options);
}

QByteArray TestGraphML::exportText(StoryStore &store)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    auto summary = exportGraphML(store, buffer);
    if (!summary)
        qFatal("%s", qPrintable(summary.error().toString()));
    if (summary->bytes != out.size())
        qFatal("the summary counts %lld bytes, the export has %lld", summary->bytes, qint64(out.size()));
    return out;
}

QByteArray TestGraphML::jsonText(StoryStore &store)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    auto summary = exportJson(store, buffer);
    if (!summary)
        qFatal("%s", qPrintable(summary.error().toString()));
    return out;
}

Node TestGraphML::node(StoryStore &store, const char *id)
{
    auto n = store.node(id);
    if (!n)
        qFatal("%s", qPrintable(n.error().toString()));
    return *n;
}

Relationship TestGraphML::relationship(StoryStore &store, const char *id)
{
    auto r = store.relationship(id);
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return *r;
}

QStringList TestGraphML::relationships(StoryStore &store)
{
    std::vector<Relationship> all;
    auto s = store.forEachRelationship([&](const Relationship &r) {
        all.push_back(r);
        return true;
    });
    if (!s)
        qFatal("%s", qPrintable(s.error().toString()));
    return lines(all);
}

QStringList TestGraphML::lines(const std::vector<Relationship> &relationships)
{
    QStringList out;
    for (const Relationship &r : relationships)
        out << QString::fromStdString(toJson(r));
    return out;
}

static QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(RYUK_TEST_DATA "/graphml/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

void TestGraphML::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
}

void TestGraphML::registered()
{
    const StoryFormat *format = formatForFile(QStringLiteral("story.GraphML"));
    QVERIFY(format);
    QCOMPARE(format->name(), QStringLiteral("GraphML"));
    QCOMPARE(format->extensions(), QStringList{QStringLiteral("graphml")});
    QVERIFY(format->canRead());
    QVERIFY(format->canWrite());
    QVERIFY(formatFilters(false).contains(QStringLiteral("GraphML (*.graphml)")));

    // Through the registry, by file name, both ways.
    auto store = newStore();
    QVERIFY(loadSampleStory(*store).ok());
    const QString path = mDir->filePath(QStringLiteral("sample.graphml"));
    auto exported = exportFile(*store, path);
    QVERIFY2(exported.ok(), qPrintable(exported.error().toString()));
    QCOMPARE(exported->nodes, 53);
    QCOMPARE(exported->relationships, 140);
    auto copy = newStore();
    auto imported = importFile(*copy, path);
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    QCOMPARE(imported->nodes, 53);
    QCOMPARE(imported->relationships, 140);
    QCOMPARE(imported->bytes, QFileInfo(path).size());
}

void TestGraphML::sampleKeysAndElements()
{
    auto store = newStore();
    QVERIFY(loadSampleStory(*store).ok());
    const QByteArray text = exportText(*store);
    QVERIFY(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"));

    // key id -> "for attr.name attr.type desc"
    std::map<QString, QString> keys;
    int nodes = 0, edges = 0;
    QString firstLabel;
    QXmlStreamReader xml(text);
    QString key;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"key") {
            key = a.value(QLatin1String("id")).toString();
            keys[key] = a.value(QLatin1String("for")) + QLatin1Char(' ') + a.value(QLatin1String("attr.name")) + QLatin1Char(' ') + a.value(QLatin1String("attr.type"));
        } else if (xml.name() == u"desc") {
            keys[key] += QLatin1Char(' ') + xml.readElementText();
        } else if (xml.name() == u"node") {
            ++nodes;
        } else if (xml.name() == u"edge") {
            ++edges;
        } else if (xml.name() == u"data" && a.value(QLatin1String("key")) == u"d_label" && firstLabel.isEmpty()) {
            firstLabel = xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(nodes, 53);
    QCOMPARE(edges, 140);
    QCOMPARE(firstLabel, QStringLiteral("Jun Hayashida")); // "c-jun", a Character: its name
    const std::map<QString, QString> expected = {
        {QStringLiteral("g_title"), QStringLiteral("graph title string")},
        {QStringLiteral("d_label"), QStringLiteral("node label string display")},
        {QStringLiteral("n_type"), QStringLiteral("node type string")},
        {QStringLiteral("n_x"), QStringLiteral("node x double")},
        {QStringLiteral("n_y"), QStringLiteral("node y double")},
        {QStringLiteral("np_causality_level"), QStringLiteral("node causality_level long")},
        {QStringLiteral("np_chapter"), QStringLiteral("node chapter long")},
        {QStringLiteral("np_description"), QStringLiteral("node description string")},
        {QStringLiteral("np_ending"), QStringLiteral("node ending boolean")},
        {QStringLiteral("np_location"), QStringLiteral("node location string")},
        {QStringLiteral("np_mood"), QStringLiteral("node mood string")},
        {QStringLiteral("np_name"), QStringLiteral("node name string")},
        {QStringLiteral("np_role"), QStringLiteral("node role string")},
        {QStringLiteral("np_sequence"), QStringLiteral("node sequence long")},
        {QStringLiteral("np_start"), QStringLiteral("node start boolean")},
        {QStringLiteral("np_summary"), QStringLiteral("node summary string")},
        {QStringLiteral("np_text"), QStringLiteral("node text string")},
        {QStringLiteral("np_title"), QStringLiteral("node title string")},
        {QStringLiteral("np_weight"), QStringLiteral("node weight double")},
        {QStringLiteral("e_type"), QStringLiteral("edge type string")},
        {QStringLiteral("ep_label"), QStringLiteral("edge label string")},
        {QStringLiteral("ep_transition_type"), QStringLiteral("edge transition_type string")},
        {QStringLiteral("ep_weight"), QStringLiteral("edge weight double")},
    };
    auto show = [](const std::map<QString, QString> &m) {
        QStringList out;
        for (const auto &[id, text] : m)
            out << id + QStringLiteral(": ") + text;
        return out;
    };
    QCOMPARE(show(keys), show(expected));
    QVERIFY(text.contains("<data key=\"g_title\">The Lantern Courier</data>"));
}

void TestGraphML::sampleRoundTrip()
{
    auto store = newStore();
    QVERIFY(loadSampleStory(*store).ok());
    const QByteArray first = exportText(*store);
    auto copy = newStore();
    auto summary = importText(*copy, first);
    QVERIFY2(summary.ok(), qPrintable(summary.error().toString()));
    QCOMPARE(summary->nodes, 53);
    QCOMPARE(summary->relationships, 140);
    QCOMPARE(summary->bytes, first.size());
    QCOMPARE(exportText(*copy), first);
    QCOMPARE(jsonText(*copy), jsonText(*store));
}

void TestGraphML::nastyRoundTrip()
{
    auto store = newStore();
    QByteArray json(NastyStory);
    QBuffer in(&json);
    in.open(QIODevice::ReadOnly);
    auto loaded = importJson(*store, in, QStringLiteral("nasty.json"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));

    const QByteArray first = exportText(*store);
    auto copy = newStore();
    auto summary = importText(*copy, first);
    QVERIFY2(summary.ok(), qPrintable(summary.error().toString()));
    QCOMPARE(summary->nodes, 4);
    QCOMPARE(summary->relationships, 4);
    QCOMPARE(jsonText(*copy), jsonText(*store));
    QCOMPARE(exportText(*copy), first);

    // The same through a file: line ends inside values survive the disk too.
    const QString path = mDir->filePath(QStringLiteral("nasty.graphml"));
    QVERIFY(exportFile(*store, path).ok());
    auto fromFile = newStore();
    auto read = importFile(*fromFile, path);
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    QCOMPARE(jsonText(*fromFile), jsonText(*store));
}

void TestGraphML::keyKinds()
{
    auto store = newStore();
    QByteArray json(NastyStory);
    QBuffer in(&json);
    in.open(QIODevice::ReadOnly);
    QVERIFY(importJson(*store, in, QStringLiteral("nasty.json")).ok());
    const QByteArray text = exportText(*store);

    // Each property key as written, with its <desc> if any.
    auto keyLine = [&](const QByteArray &name) {
        const QByteArray start = "<key id=\"" + name + "\"";
        const qsizetype at = text.indexOf(start);
        if (at < 0)
            return QByteArray("(missing)");
        qsizetype end = text.indexOf('\n', at);
        QByteArray line = text.mid(at, end - at);
        if (line.endsWith("\">")) // a key with a <desc>
            line += ' ' + text.mid(end + 1, text.indexOf('\n', end + 1) - end - 1).trimmed();
        return line;
    };
    QCOMPARE(keyLine("np_chapter"), QByteArray(R"(<key id="np_chapter" for="node" attr.name="chapter" attr.type="long"/>)"));
    QCOMPARE(keyLine("np_start"), QByteArray(R"(<key id="np_start" for="node" attr.name="start" attr.type="boolean"/>)"));
    QCOMPARE(keyLine("np_ratio"), QByteArray(R"(<key id="np_ratio" for="node" attr.name="ratio" attr.type="double"/>)"));
    QCOMPARE(keyLine("np_title"), QByteArray(R"(<key id="np_title" for="node" attr.name="title" attr.type="string"/>)"));
    // Integers and strings across nodes, above 64 bits, null, nested, or
    // holding what XML cannot carry: JSON text.
    for (const QByteArray name : {"mixed", "big", "nothing", "nested", "ctrl", "tags"})
        QCOMPARE(keyLine("np_" + name), "<key id=\"np_" + name + "\" for=\"node\" attr.name=\"" + name + "\" attr.type=\"string\"> <desc>json</desc>");
    QCOMPARE(keyLine("ep_weight"), QByteArray(R"(<key id="ep_weight" for="edge" attr.name="weight" attr.type="string"> <desc>json</desc>)"));
    // Names that are not XML name tokens, and a clash after the change.
    QCOMPARE(keyLine("np_"), QByteArray(R"(<key id="np_" for="node" attr.name="" attr.type="string"/>)"));
    QCOMPARE(keyLine("np_a_b"), QByteArray(R"(<key id="np_a_b" for="node" attr.name="a b" attr.type="string"/>)"));
    QCOMPARE(keyLine("np_a_b_2"), QByteArray(R"(<key id="np_a_b_2" for="node" attr.name="a_b" attr.type="string"/>)"));
    QCOMPARE(keyLine("np_weird___name_"), QByteArray(R"(<key id="np_weird___name_" for="node" attr.name="weird&#13;&#10;&quot;name&quot;" attr.type="string"/>)"));
    // Properties named like our own keys stay properties.
    QCOMPARE(keyLine("np_type"), QByteArray(R"(<key id="np_type" for="node" attr.name="type" attr.type="string"/>)"));
    QCOMPARE(keyLine("np_x"), QByteArray(R"(<key id="np_x" for="node" attr.name="x" attr.type="string"/>)"));
    QCOMPARE(keyLine("ep_type"), QByteArray(R"(<key id="ep_type" for="edge" attr.name="type" attr.type="string"/>)"));

    // Values: JSON text where the key says so, with what XML cannot carry escaped.
    QVERIFY(text.contains(R"(<data key="np_big">18446744073709551615</data>)"));
    QVERIFY(text.contains(R"(<data key="np_ctrl">&quot;bell\u0007&quot;</data>)"));
    QVERIFY(text.contains(R"(<data key="np_nested">{&quot;a&quot;:[1,2.5,{&quot;b&quot;:null}],&quot;c&quot;:&quot;\u0001\uFFFF\r&quot;}</data>)"));
    QVERIFY(text.contains(R"(<data key="np_mixed">1</data>)"));
    QVERIFY(text.contains(R"(<data key="np_mixed">&quot;one&quot;</data>)"));
    QVERIFY(text.contains(R"(<data key="np_cr_only">one&#13;two&#13;</data>)"));
    QVERIFY(text.contains(R"(<data key="np_whole">1.0</data>)"));
    QVERIFY(text.contains(R"(<data key="np_negzero">-0.0</data>)"));
    QVERIFY(text.contains(R"(<data key="np_chapter">9223372036854775807</data>)"));
    QVERIFY(text.contains(R"(<data key="n_x">1e300</data>)"));
    QVERIFY(text.contains(R"(<node id="tab&#9;here&#10;newline">)"));
}

void TestGraphML::doublesRoundTrip()
{
    // Random bit patterns: every finite double must come back bit for bit.
    QRandomGenerator random(20240611);
    QByteArray json = R"({"format":"ryuk.story","version":1,"nodes":[)";
    int count = 0;
    while (count < 3000) {
        const quint64 bits = random.generate64();
        double v;
        std::memcpy(&v, &bits, sizeof v);
        if (!std::isfinite(v))
            continue;
        // Shortest text, made a JSON double (not an integer) when it has no point.
        QByteArray text = QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
        if (!text.contains('.') && !text.contains('e'))
            text += ".0";
        json += (count ? "," : "") + QByteArray(R"({"id":"n)") + QByteArray::number(count) + R"(","type":"Node","x":)" + text
                + R"(,"y":0,"properties":{"v":)" + text + "}}";
        ++count;
    }
    json += "]}";
    auto store = newStore();
    QBuffer in(&json);
    in.open(QIODevice::ReadOnly);
    auto loaded = importJson(*store, in, QStringLiteral("doubles.json"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
    const QByteArray text = exportText(*store);
    QVERIFY(text.contains(R"(<key id="np_v" for="node" attr.name="v" attr.type="double"/>)"));
    auto copy = newStore();
    auto summary = importText(*copy, text);
    QVERIFY2(summary.ok(), qPrintable(summary.error().toString()));
    QCOMPARE(jsonText(*copy), jsonText(*store));
}

void TestGraphML::exactDocument()
{
    auto store = newStore();
    QByteArray json = R"({"format":"ryuk.story","version":1,"title":"The Night Ferry",
 "nodes":[
  {"id":"mira","type":"Character","x":-180,"y":40,"properties":{"name":"Mira Vell","role":"courier"}},
  {"id":"s1","type":"Scene","x":0,"y":12.5,"properties":{"chapter":1,"start":true,"tags":["pier"],"title":"Pier 9"}}
 ],
 "relationships":[
  {"id":"r1","type":"APPEARS_IN","from":"mira","to":"s1","properties":{"weight":0.5}}
 ]})";
    QBuffer in(&json);
    in.open(QIODevice::ReadOnly);
    QVERIFY(importJson(*store, in, QStringLiteral("ferry.json")).ok());
    const QByteArray expected = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="g_title" for="graph" attr.name="title" attr.type="string"/>
  <key id="d_label" for="node" attr.name="label" attr.type="string">
    <desc>display</desc>
  </key>
  <key id="n_type" for="node" attr.name="type" attr.type="string"/>
  <key id="n_x" for="node" attr.name="x" attr.type="double"/>
  <key id="n_y" for="node" attr.name="y" attr.type="double"/>
  <key id="np_chapter" for="node" attr.name="chapter" attr.type="long"/>
  <key id="np_name" for="node" attr.name="name" attr.type="string"/>
  <key id="np_role" for="node" attr.name="role" attr.type="string"/>
  <key id="np_start" for="node" attr.name="start" attr.type="boolean"/>
  <key id="np_tags" for="node" attr.name="tags" attr.type="string">
    <desc>json</desc>
  </key>
  <key id="np_title" for="node" attr.name="title" attr.type="string"/>
  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>
  <key id="ep_weight" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="G" edgedefault="directed">
    <data key="g_title">The Night Ferry</data>
    <node id="mira">
      <data key="d_label">Mira Vell</data>
      <data key="n_type">Character</data>
      <data key="n_x">-180</data>
      <data key="n_y">40</data>
      <data key="np_name">Mira Vell</data>
      <data key="np_role">courier</data>
    </node>
    <node id="s1">
      <data key="d_label">Pier 9</data>
      <data key="n_type">Scene</data>
      <data key="n_x">0</data>
      <data key="n_y">12.5</data>
      <data key="np_chapter">1</data>
      <data key="np_start">true</data>
      <data key="np_tags">[&quot;pier&quot;]</data>
      <data key="np_title">Pier 9</data>
    </node>
    <edge id="r1" source="mira" target="s1">
      <data key="e_type">APPEARS_IN</data>
      <data key="ep_weight">0.5</data>
    </edge>
  </graph>
</graphml>
)";
    QCOMPARE(QString::fromUtf8(exportText(*store)), QString::fromUtf8(expected));
}

void TestGraphML::emptyStory()
{
    auto store = newStore();
    const QByteArray text = exportText(*store);
    QVERIFY(text.contains("<graph id=\"G\" edgedefault=\"directed\"/>"));
    QVERIFY(!text.contains("<data"));
    auto copy = newStore();
    auto summary = importText(*copy, text);
    QVERIFY2(summary.ok(), qPrintable(summary.error().toString()));
    QCOMPARE(summary->nodes, 0);
    QCOMPARE(exportText(*copy), text);
}

void TestGraphML::refusesWhatXmlCannotCarry_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("node id") << QByteArray(R"({"format":"ryuk.story","version":1,"nodes":[{"id":"a\u0001b","type":"Scene","x":0,"y":0,"properties":{}}]})")
                             << QStringLiteral("node \"a\uFFFDb\": the id holds U+0001, which XML cannot carry");
    QTest::newRow("node type") << QByteArray(R"({"format":"ryuk.story","version":1,"nodes":[{"id":"n","type":"T\uffff","x":0,"y":0,"properties":{}}]})")
                               << QStringLiteral("node \"n\": the type holds U+FFFF, which XML cannot carry");
    QTest::newRow("property name") << QByteArray(R"({"format":"ryuk.story","version":1,"nodes":[{"id":"n","type":"Scene","x":0,"y":0,"properties":{"ok":1,"bad\u001f":2}}]})")
                                   << QStringLiteral("node \"n\": the property name \"bad\uFFFD\" holds U+001F, which XML cannot carry");
    QTest::newRow("relationship id")
        << QByteArray(R"({"format":"ryuk.story","version":1,"nodes":[{"id":"n","type":"Scene","x":0,"y":0,"properties":{}}],"relationships":[{"id":"r\ufffe","type":"LEADS_TO","from":"n","to":"n","properties":{}}]})")
        << QStringLiteral("relationship \"r\uFFFD\": the id holds U+FFFE, which XML cannot carry");
    QTest::newRow("title") << QByteArray(R"({"format":"ryuk.story","version":1,"title":"bell\u0007","nodes":[]})")
                           << QStringLiteral("the story title holds U+0007, which XML cannot carry");
}

void TestGraphML::refusesWhatXmlCannotCarry()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto store = newStore();
    QBuffer in(&json);
    in.open(QIODevice::ReadOnly);
    auto loaded = importJson(*store, in, QStringLiteral("story.json"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    auto exported = exportGraphML(*store, buffer);
    QVERIFY(!exported.ok());
    QCOMPARE(exported.error().kind, ErrorKind::BadInput);
    QCOMPARE(exported.error().message, message);
    QVERIFY(out.isEmpty()); // refused before a byte is written
}

void TestGraphML::readsYEd()
{
    auto store = newStore();
    auto summary = importText(*store, fixture(QStringLiteral("yed.graphml")), QStringLiteral("yed.graphml"));
    QVERIFY2(summary.ok(), qPrintable(summary.error().toString()));
    QCOMPARE(summary->nodes, 4);
    QCOMPARE(summary->relationships, 2);

    // yEd's graphics are skipped; the box's centre is the position and the
    // first label's text a "label" property.
    QCOMPARE(node(*store, "n0"), (Node{"n0", "Node", 160, 65, R"({"description":"The harbour at night","label":"Harbour"})"}));
    QCOMPARE(node(*store, "n1"), (Node{"n1", "Node", 420.5, 0, R"({"label":"Lighthouse","url":"https://example.invalid/lighthouse"})"}));
    // A group: its nested graph is read into the same story.
    QCOMPARE(node(*store, "n2"), (Node{"n2", "Node", 150, 300, R"({"label":"Old Town"})"}));
    QCOMPARE(node(*store, "n2::n0"), (Node{"n2::n0", "Node", 80, 275, R"({"label":"Market"})"}));
    QCOMPARE(relationship(*store, "e0"),
             (Relationship{"e0", "RELATES_TO", "n0", "n1", R"({"description":"the only safe crossing","label":"Sail"})"}));
    QCOMPARE(relationship(*store, "e1"), (Relationship{"e1", "RELATES_TO", "n2::n0", "n0", "{}"}));
    QCOMPARE(store->title().value(), std::string());
}

void TestGraphML::readsGephi()
{
    auto store = newStore();
    auto summary = importText(*store, fixture(QStringLiteral("gephi.graphml")), QStringLiteral("gephi.graphml"));
    QVERIFY2(summary.ok(), qPrintable(summary.error().toString()));
    QCOMPARE(summary->nodes, 4);
    QCOMPARE(summary->relationships, 4);
    // int becomes an integer, float a double, and x and y the position.
    QCOMPARE(node(*store, "0"), (Node{"0", "Node", -266.82776, 299.6904,
                                      R"({"Modularity Class":1,"b":72,"g":81,"label":"Mina Kurose","r":235,"size":28.685715})"}));
    QCOMPARE(node(*store, "3"), (Node{"3", "Node", 0, 12.5, R"({"Modularity Class":0,"b":50,"g":169,"label":"Tae Ogura","r":164,"size":4.0})"}));
    // Gephi numbers edges apart from nodes: edges "0", "1" and "2" would take
    // node ids, so they get new ones in file order; edge "5" keeps its own.
    const std::vector<Relationship> expected = {
        {"5", "RELATES_TO", "3", "0", R"({"weight":1.0})"},
        {"e1", "RELATES_TO", "1", "0", R"({"weight":1.0})"},
        {"e2", "RELATES_TO", "2", "0", R"({"Edge Label":"rivals","weight":8.0})"},
        {"e3", "RELATES_TO", "3", "1", R"({"weight":2.5})"},
    };
    QCOMPARE(relationships(*store), lines(expected));
}

void TestGraphML::defaultsTypesAndEdgeIds()
{
    const QByteArray text = R"(<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k1" for="node" attr.name="visited" attr.type="boolean"><default>false</default></key>
  <key id="k2" for="all" attr.name="count" attr.type="int"><default> 3 </default></key>
  <key id="k3" for="node" attr.name="type" attr.type="string"><default>Scene</default></key>
  <key id="k4" attr.name="score" attr.type="float"/>
  <key id="k5" for="edge" attr.name="kind"/>
  <key id="k6" for="edge" attr.name="type"/>
  <key id="k7" for="node"/>
  <key id="k8" for="graph" attr.name="title" attr.type="string"/>
  <graph edgedefault="undirected">
    <desc>ignored</desc>
    <data key="k8">Defaults</data>
    <node id="a"><data key="k1">1</data><data key="k4">0.25</data><data key="k7">no attr.name</data></node>
    <node id="b"><data key="k3">Choice</data><data key="k2">-7</data><data key="k1"> TRUE </data></node>
    <edge source="a" target="b"><data key="k5">near</data></edge>
    <edge source="b" target="a" directed="false"><data key="k6">LEADS_TO</data></edge>
    <edge id="e1" source="a" target="a"/>
  </graph>
</graphml>
)";
    auto store = newStore();
    auto summary = importText(*store, text);
    QVERIFY2(summary.ok(), qPrintable(summary.error().toString()));
    QCOMPARE(node(*store, "a"), (Node{"a", "Scene", 0, 0, R"({"count":3,"k7":"no attr.name","score":0.25,"visited":true})"}));
    QCOMPARE(node(*store, "b"), (Node{"b", "Choice", 0, 0, R"({"count":-7,"visited":true})"}));
    // Edges without ids get the first free ones of e1, e2, … ("e1" is taken).
    const std::vector<Relationship> expected = {
        {"e1", "RELATES_TO", "a", "a", R"({"count":3})"},
        {"e2", "RELATES_TO", "a", "b", R"({"count":3,"kind":"near"})"},
        {"e3", "LEADS_TO", "b", "a", R"({"count":3})"},
    };
    QCOMPARE(relationships(*store), lines(expected));
    QCOMPARE(store->title().value(), std::string("Defaults"));
}

void TestGraphML::edgesBeforeNodes()
{
    const QByteArray text = R"(<graphml>
  <graph>
    <edge id="r1" source="a" target="b"/>
    <node id="a"/>
    <node id="b"/>
  </graph>
</graphml>)";
    auto store = newStore();
    auto summary = importText(*store, text);
    QVERIFY2(summary.ok(), qPrintable(summary.error().toString()));
    QCOMPARE(relationship(*store, "r1"), (Relationship{"r1", "RELATES_TO", "a", "b", "{}"}));
}

void TestGraphML::lenientSkipsEdgesToMissingNodes()
{
    ImportOptions options;
    options.lenient = true;
    auto store = newStore();
    auto summary = importText(*store, fixture(QStringLiteral("missing-node.graphml")), QStringLiteral("missing-node.graphml"), options);
    QVERIFY2(summary.ok(), qPrintable(summary.error().toString()));
    QCOMPARE(summary->nodes, 2);
    QCOMPARE(summary->relationships, 1);
    QCOMPARE(relationships(*store), lines({{"r1", "RELATES_TO", "n1", "n2", "{}"}}));
}

void TestGraphML::titleOnlyWhenStoryHasNone()
{
    const QByteArray text = R"(<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="g_title" for="graph" attr.name="title" attr.type="string"/>
  <graph><data key="g_title">From the file</data><node id="x"/></graph>
</graphml>)";
    auto store = newStore();
    QVERIFY(store->setTitle("Mine").ok());
    QVERIFY(importText(*store, text).ok());
    QCOMPARE(store->title().value(), std::string("Mine"));
    auto empty = newStore();
    QVERIFY(importText(*empty, text).ok());
    QCOMPARE(empty->title().value(), std::string("From the file"));
}

void TestGraphML::rejectedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed XML") << QStringLiteral("bad-xml.graphml") << QStringLiteral("BadInput")
                                   << QStringLiteral("bad-xml.graphml:5:10: invalid XML: Opening and ending tag mismatch.");
    QTest::newRow("cut short") << QStringLiteral("truncated.graphml") << QStringLiteral("BadInput")
                               << QStringLiteral("truncated.graphml:6:1: invalid XML: Premature end of document.");
    QTest::newRow("not GraphML") << QStringLiteral("not-graphml.graphml") << QStringLiteral("BadInput")
                                 << QStringLiteral("not-graphml.graphml:2:6: not a GraphML file: the root element is <html>");
    QTest::newRow("unknown key") << QStringLiteral("unknown-key.graphml") << QStringLiteral("BadInput")
                                 << QStringLiteral("unknown-key.graphml:7:7: unknown key \"d9\"");
    QTest::newRow("edge to a missing node") << QStringLiteral("missing-node.graphml") << QStringLiteral("BadInput")
                                            << QStringLiteral("missing-node.graphml:7:5: edge \"r2\": target \"n9\" names no node");
    QTest::newRow("duplicate id") << QStringLiteral("duplicate-id.graphml") << QStringLiteral("Conflict")
                                  << QStringLiteral("duplicate-id.graphml:6:5: duplicate id \"n1\"");
    QTest::newRow("bad value") << QStringLiteral("bad-value.graphml") << QStringLiteral("BadInput")
                               << QStringLiteral("bad-value.graphml:8:7: node \"s1\", property \"chapter\": \"two\" is not an integer");
    QTest::newRow("bad JSON") << QStringLiteral("bad-json.graphml") << QStringLiteral("BadInput")
                              << QStringLiteral("bad-json.graphml:7:19: node \"n1\", property \"tags\": \"[1, 2\" is not valid JSON "
                                                "(column 6: Missing a comma or ']' after an array element.)");
}

void TestGraphML::rejectedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    auto store = newStore();
    auto summary = importFile(*store, QStringLiteral(RYUK_TEST_DATA "/graphml/") + file);
    QVERIFY(!summary.ok());
    QCOMPARE(QString::fromLatin1(kindName(summary.error().kind)), kind);
    Error e = summary.error();
    e.file = QFileInfo(e.file).fileName();
    QCOMPARE(e.toString(), message);
    auto stats = store->stats();
    QVERIFY(stats.ok());
    QCOMPARE(stats->nodes, 0);
    QCOMPARE(stats->relationships, 0);
}

void TestGraphML::rejectedDocuments_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    const QByteArray head = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
    QTest::newRow("key for edges on a node")
        << head + "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n<graph>\n<node id=\"n\"><data key=\"w\">1</data></node>\n</graph></graphml>"
        << QStringLiteral("doc.graphml:4:14: key \"w\" is declared for=\"edge\" and cannot be used on a <node>");
    QTest::newRow("duplicate key id")
        << head + "<key id=\"k\" for=\"node\"/>\n<key id=\"k\" for=\"edge\"/>\n<graph/></graphml>"
        << QStringLiteral("doc.graphml:3:1: duplicate key id \"k\"");
    QTest::newRow("unknown attr.type")
        << head + "<key id=\"k\" for=\"node\" attr.name=\"n\" attr.type=\"integer\"/>\n<graph/></graphml>"
        << QStringLiteral("doc.graphml:2:1: key \"k\": unknown attr.type \"integer\"");
    QTest::newRow("unknown for")
        << head + "<key id=\"k\" for=\"nodes\"/>\n<graph/></graphml>"
        << QStringLiteral("doc.graphml:2:1: key \"k\": unknown for=\"nodes\"");
    QTest::newRow("bad default")
        << head + "<key id=\"k\" for=\"node\" attr.name=\"seen\" attr.type=\"boolean\">\n  <default>maybe</default>\n</key>\n<graph/></graphml>"
        << QStringLiteral("doc.graphml:3:3: key \"k\", default: \"maybe\" is not a boolean");
    QTest::newRow("node without id") << head + "<graph>\n  <node/>\n</graph></graphml>"
                                     << QStringLiteral("doc.graphml:3:3: a <node> has no \"id\" attribute");
    QTest::newRow("edge without target") << head + "<graph>\n  <node id=\"a\"/>\n  <edge source=\"a\"/>\n</graph></graphml>"
                                         << QStringLiteral("doc.graphml:4:3: edge #1 has no \"target\" attribute");
    QTest::newRow("data without key") << head + "<graph>\n  <node id=\"a\"><data>x</data></node>\n</graph></graphml>"
                                      << QStringLiteral("doc.graphml:3:16: a <data> has no \"key\" attribute");
    QTest::newRow("x not a number")
        << head + "<key id=\"x\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>\n<graph>\n  <node id=\"a\"><data key=\"x\">left</data></node>\n</graph></graphml>"
        << QStringLiteral("doc.graphml:4:16: node \"a\", x: \"left\" is not a number");
    QTest::newRow("infinite x")
        << head + "<key id=\"x\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>\n<graph>\n  <node id=\"a\"><data key=\"x\">Infinity</data></node>\n</graph></graphml>"
        << QStringLiteral("doc.graphml:4:16: node \"a\", x: \"Infinity\" is not a number");
    QTest::newRow("integer too large")
        << head + "<key id=\"n\" for=\"node\" attr.name=\"n\" attr.type=\"long\"/>\n<graph>\n  <node id=\"a\"><data key=\"n\">9223372036854775808</data></node>\n</graph></graphml>"
        << QStringLiteral("doc.graphml:4:16: node \"a\", property \"n\": \"9223372036854775808\" is not an integer");
    QTest::newRow("two values")
        << head + "<key id=\"t\" for=\"node\" attr.name=\"title\"/>\n<key id=\"u\" for=\"all\" attr.name=\"title\"/>\n<graph>\n  <node id=\"a\"><data key=\"t\">A</data><data key=\"u\">B</data></node>\n</graph></graphml>"
        << QStringLiteral("doc.graphml:5:38: node \"a\": two values for property \"title\"");
    QTest::newRow("elements in data")
        << head + "<key id=\"t\" for=\"node\" attr.name=\"title\"/>\n<graph>\n  <node id=\"a\"><data key=\"t\"><b>bold</b></data></node>\n</graph></graphml>"
        << QStringLiteral("doc.graphml:4:30: data for key \"t\" must be text, not XML elements");
    QTest::newRow("known field of the wrong type")
        << head + "<key id=\"t\" for=\"node\" attr.name=\"type\"/>\n<key id=\"c\" for=\"node\" attr.name=\"chapter\"/>\n<graph>\n  <node id=\"s\"><data key=\"t\">Scene</data><data key=\"c\">1</data></node>\n</graph></graphml>"
        << QStringLiteral("doc.graphml:5:3: node \"s\": property \"chapter\" must be an integer, not a string");
    QTest::newRow("empty type")
        << head + "<key id=\"t\" for=\"node\" attr.name=\"type\"/>\n<graph>\n  <node id=\"s\"><data key=\"t\"/></node>\n</graph></graphml>"
        << QStringLiteral("doc.graphml:4:3: node \"s\" has an empty type");
    QTest::newRow("edge id is a node id and taken")
        << head + "<graph>\n  <node id=\"a\"/>\n  <edge id=\"r\" source=\"a\" target=\"a\"/>\n  <edge id=\"r\" source=\"a\" target=\"a\"/>\n</graph></graphml>"
        << QStringLiteral("doc.graphml:5:3: duplicate id \"r\"");
    QTest::newRow("hyperedge") << head + "<graph>\n  <hyperedge><endpoint node=\"a\"/></hyperedge>\n</graph></graphml>"
                               << QStringLiteral("doc.graphml:3:3: hyperedges are not supported");
    QTest::newRow("no graph") << head + "<key id=\"k\"/>\n</graphml>"
                              << QStringLiteral("doc.graphml:3:10: the file holds no <graph>");
    QTest::newRow("two graphs") << head + "<graph/>\n<graph/>\n</graphml>"
                                << QStringLiteral("doc.graphml:3:1: a second <graph>: a story is imported from one graph");
    QTest::newRow("garbage after the root") << head + "<graph/>\n</graphml>\n<more/>"
                                            << QStringLiteral("doc.graphml:4:7: invalid XML: Extra content at end of document.");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("doc.graphml:1:1: invalid XML: Premature end of document.");
    QTest::newRow("invalid character reference")
        << head + "<key id=\"t\" for=\"node\" attr.name=\"title\"/>\n<graph>\n  <node id=\"a\"><data key=\"t\">&#1;</data></node>\n</graph></graphml>"
        << QStringLiteral("doc.graphml:4:33: invalid XML: Invalid character reference.");
}

void TestGraphML::rejectedDocuments()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    auto store = newStore();
    auto summary = importText(*store, text, QStringLiteral("doc.graphml"));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().toString(), message);
    QCOMPARE(store->stats()->nodes, 0);
    QCOMPARE(store->title().value(), std::string());
}

void TestGraphML::rejectionLeavesStoryUnchanged()
{
    auto store = newStore();
    QVERIFY(loadSampleStory(*store).ok());
    const QByteArray before = jsonText(*store);
    // Nodes that would be new, then one whose id the story already has.
    const QByteArray text = R"(<graphml>
  <graph>
    <node id="fresh1"/>
    <node id="fresh2"/>
    <edge source="fresh1" target="fresh2"/>
    <node id="s01"/>
  </graph>
</graphml>)";
    auto summary = importText(*store, text, QStringLiteral("clash.graphml"));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().toString(), QStringLiteral("clash.graphml:6:5: duplicate id \"s01\""));
    QCOMPARE(jsonText(*store), before);

    // Malformed XML after good elements: nothing of them stays either.
    auto broken = importText(*store, "<graphml><graph><node id=\"fresh\"/><node id=\"fresh2\">", QStringLiteral("broken.graphml"));
    QVERIFY(!broken.ok());
    QCOMPARE(jsonText(*store), before);
}

void TestGraphML::cancelImport()
{
    QByteArray text = "<graphml><graph>";
    for (int i = 0; i < 5000; ++i)
        text += "<node id=\"n" + QByteArray::number(i) + "\"/>";
    text += "</graph></graphml>";
    ImportOptions options;
    int calls = 0;
    options.progress = [&](qint64 done, qint64 total) {
        ++calls;
        return done <= total && false;
    };
    auto store = newStore();
    auto summary = importText(*store, text, QStringLiteral("big.graphml"), options);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().kind, ErrorKind::Cancelled);
    QCOMPARE(summary.error().message, QStringLiteral("import cancelled"));
    QCOMPARE(calls, 1);
    QCOMPARE(store->stats()->nodes, 0);
}

QTEST_GUILESS_MAIN(TestGraphML)
#include "tst_graphml.moc"
