// JSON v1: canonical export, byte-identical round trips on nasty content, and
// every rejection with its exact message and nothing changed.
#include "formats/samplestory.h"
#include "formats/storygenerator.h"
#include "formats/storyformat.h"
#include "formats/storyjson.h"
#include "store/sqlitestorystore.h"
#include "filesizelimit.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ryuk;

class TestStoryJson : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportIsCanonical();
    void emptyStory();
    void roundTripNastyContent();
    void inputKeyOrderDoesNotMatter();
    void numbersReadExactly();
    void sampleRoundTrip();
    void relationshipsBeforeNodes();
    void importJoinsExistingNodes();
    void titleOnlyWhenStoryHasNone();
    void optionalFields();
    void rejections_data();
    void rejections();
    void rejectionAgainstExistingStory();
    void cancelImport();
    void exportFileIsAtomic();
    void writeFileFailingAtFlushKeepsTheOldFile();
    void toJsonShapes();
    void documentedExampleIsExact();

private:
    std::unique_ptr<StoryStore> newStore(const QString &name = QString());
    static Result<ImportSummary> importText(StoryStore &store, const QByteArray &text, const QString &name = QStringLiteral("story.json"));
    static QByteArray exportText(StoryStore &store);

    std::unique_ptr<QTemporaryDir> mDir;
    int mCounter = 0;
};

std::unique_ptr<StoryStore> TestStoryJson::newStore(const QString &name)
{
    const QString path = mDir->filePath(name.isEmpty() ? QStringLiteral("s%1.ryuk").arg(++mCounter) : name);
    auto store = openStory(path, OpenMode::CreateNew);
    if (!store)
        qFatal("%s", qPrintable(store.error().toString()));
    return std::move(*store);
}

Result<ImportSummary> TestStoryJson::importText(StoryStore &store, const QByteArray &text, const QString &name)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return importJson(store, buffer, name);
}

QByteArray TestStoryJson::exportText(StoryStore &store)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    auto summary = exportJson(store, buffer);
    if (!summary)
        qFatal("%s", qPrintable(summary.error().toString()));
    return out;
}

void TestStoryJson::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
}

void TestStoryJson::exportIsCanonical()
{
    auto store = newStore();
    auto imported = importText(*store, R"({"relationships":[{"id":"r1","type":"LEADS_TO","from":"s2","to":"q1",
        "properties":{"weight":0.5,"transition_type":"cut"}},{"id":"r0","type":"LEADS_TO","from":"s1","to":"s2"}],
        "version":1,"title":"Tiny","format":"ryuk.story",
        "nodes":[{"properties":{"title":"Dawn","sequence":2,"chapter":1},"type":"Scene","id":"s2","y":2.5,"x":10},
                 {"id":"s1","type":"Scene","properties":{"title":"Night","chapter":1,"sequence":1}},
                 {"id":"q1","type":"Choice","x":-3,"y":0,"properties":{"weight":1,"text":"Run"}}]})");
    QVERIFY2(imported, qPrintable(imported.error().toString()));
    QCOMPARE(imported->nodes, 3);
    QCOMPARE(imported->relationships, 2);
    const QByteArray expected = R"({"format":"ryuk.story","version":1,"title":"Tiny",
 "nodes":[
  {"id":"q1","type":"Choice","x":-3,"y":0,"properties":{"text":"Run","weight":1}},
  {"id":"s1","type":"Scene","x":0,"y":0,"properties":{"chapter":1,"sequence":1,"title":"Night"}},
  {"id":"s2","type":"Scene","x":10,"y":2.5,"properties":{"chapter":1,"sequence":2,"title":"Dawn"}}
 ],
 "relationships":[
  {"id":"r0","type":"LEADS_TO","from":"s1","to":"s2","properties":{}},
  {"id":"r1","type":"LEADS_TO","from":"s2","to":"q1","properties":{"transition_type":"cut","weight":0.5}}
 ]}
)";
    QCOMPARE(exportText(*store), expected);
}

void TestStoryJson::emptyStory()
{
    auto store = newStore();
    const QByteArray expected = "{\"format\":\"ryuk.story\",\"version\":1,\"title\":\"\",\n \"nodes\":[],\n \"relationships\":[]}\n";
    QCOMPARE(exportText(*store), expected);
    auto again = newStore();
    QVERIFY(importText(*again, expected));
    QCOMPARE(exportText(*again), expected);
}

void TestStoryJson::roundTripNastyContent()
{
    // Every control character, quotes, backslashes, non-BMP characters, a
    // long string, deep nesting and the extremes of 64-bit integers.
    QByteArray controls;
    for (int c = 1; c < 0x20; ++c)
        controls += "\\u00" + QByteArray::number(c, 16).rightJustified(2, '0');
    const QByteArray longText = QByteArray(200000, 'x') + "\\\"" + QByteArray(1000, 'y');
    QByteArray deep;
    for (int i = 0; i < 999; ++i)
        deep += "[";
    deep += "\"bottom\"";
    for (int i = 0; i < 999; ++i)
        deep += "]";
    const QByteArray file = R"({"format":"ryuk.story","version":1,"title":"T\"it\\le \u00e9\ud83d\ude00 漫画",
      "nodes":[
       {"id":"n\"1\\","type":"Scene","x":1.5e-7,"y":-0.0,"properties":{"title":")" + controls + R"(","chapter":-9223372036854775808,
          "sequence":9223372036854775807,"big":18446744073709551615,"d":[0.1,1e308,5e-324,-2.5,1.0,100,1e21],
          "nested":{"b":{"z":null,"a":[true,false,{}]},"a":[]},"deep":)" + deep + R"(}},
       {"id":"漫画/ひ","type":"Custom Type ✓","properties":{"long":")" + longText + R"(","\u0000key":"nul \u0000 inside"}},
       {"id":"\ud83d\ude00","type":"Event","properties":{"causality_level":3.25}}],
      "relationships":[{"id":"r\t1","type":"weird type","from":"n\"1\\","to":"漫画/ひ","properties":{"weight":-1e-300,"transition_type":""}}]})";
    auto first = newStore();
    auto imported = importText(*first, file);
    QVERIFY2(imported, qPrintable(imported.error().toString()));
    const QByteArray e1 = exportText(*first);
    auto second = newStore();
    auto again = importText(*second, e1);
    QVERIFY2(again, qPrintable(again.error().toString()));
    const QByteArray e2 = exportText(*second);
    QCOMPARE(e2, e1);
    // Values survive exactly.
    QVERIFY(e1.contains(R"("big":18446744073709551615)"));
    QVERIFY(e1.contains(R"("chapter":-9223372036854775808)"));
    QVERIFY(e1.contains(R"("d":[0.1,1e308,5e-324,-2.5,1.0,100,1e21])"));
    QVERIFY(e1.contains(R"("\u0000key":"nul \u0000 inside")"));
    QVERIFY(e1.contains(R"("title":"T\"it\\le é😀 漫画")"));
    QVERIFY(e1.contains(longText));
    auto node = second->node("n\"1\\");
    QVERIFY(node);
    QCOMPARE(node->x, 1.5e-7);
}

void TestStoryJson::inputKeyOrderDoesNotMatter()
{
    auto a = newStore();
    auto b = newStore();
    QVERIFY(importText(*a, R"({"format":"ryuk.story","version":1,"nodes":[{"id":"a","type":"T","properties":{"x":{"b":1,"a":2},"c":3}}]})"));
    QVERIFY(importText(*b, R"({"nodes":[{"properties":{"c":3,"x":{"a":2,"b":1}},"type":"T","id":"a"}],"version":1,"format":"ryuk.story"})"));
    QCOMPARE(exportText(*a), exportText(*b));
}

// Found by fuzzing: RapidJSON's own number parser read 0E44 as a tiny negative
// number and read out of bounds on "0." and 400 zeros; a story file reads them
// as the zeros they are, and a number too big for a double names its column.
void TestStoryJson::numbersReadExactly()
{
    auto store = newStore();
    const QByteArray zeros = "0." + QByteArray(400, '0');
    RYUK_VERIFY_OK(importText(*store, R"({"format":"ryuk.story","version":1,"nodes":[{"id":"a","type":"T","properties":{"x":0E44,"y":)"
                                          + zeros + R"(,"z":[-1e-400,2.2250738585072011e-308]}}]})"));
    RYUK_TAKE(node, store->node("a"));
    QCOMPARE(QString::fromStdString(node.properties), QStringLiteral(R"({"x":0.0,"y":0.0,"z":[-0.0,2.225073858507201e-308]})"));

    auto other = newStore();
    auto tooBig = importText(*other, R"({"format":"ryuk.story","version":1,"nodes":[{"id":"a","type":"T","properties":{"x":1e400}}]})");
    QVERIFY(!tooBig.ok());
    QCOMPARE(tooBig.error().toString(), QStringLiteral("story.json:1:84: invalid JSON: Number too big to be stored in double."));
}

void TestStoryJson::sampleRoundTrip()
{
    auto first = newStore();
    QVERIFY(loadSampleStory(*first));
    const QByteArray e1 = exportText(*first);
    auto second = newStore();
    QVERIFY(importText(*second, e1));
    QCOMPARE(exportText(*second), e1);
    QCOMPARE(*second->title(), std::string("The Lantern Courier"));
}

void TestStoryJson::relationshipsBeforeNodes()
{
    auto store = newStore();
    auto imported = importText(*store, R"({"format":"ryuk.story","version":1,
        "relationships":[{"id":"r1","type":"LEADS_TO","from":"a","to":"b"}],
        "nodes":[{"id":"a","type":"Scene"},{"id":"b","type":"Scene"}]})");
    QVERIFY2(imported, qPrintable(imported.error().toString()));
    QCOMPARE(store->relationship("r1")->to, std::string("b"));
}

void TestStoryJson::importJoinsExistingNodes()
{
    auto store = newStore();
    QVERIFY(importText(*store, R"({"format":"ryuk.story","version":1,"nodes":[{"id":"a","type":"Scene"}]})"));
    auto second = importText(*store, R"({"format":"ryuk.story","version":1,"nodes":[{"id":"b","type":"Scene"}],
        "relationships":[{"id":"r1","type":"LEADS_TO","from":"a","to":"b"}]})");
    QVERIFY2(second, qPrintable(second.error().toString()));
    QCOMPARE(store->stats()->relationships, 1);
}

void TestStoryJson::titleOnlyWhenStoryHasNone()
{
    auto store = newStore();
    QVERIFY(importText(*store, R"({"format":"ryuk.story","version":1,"title":"First"})"));
    QVERIFY(importText(*store, R"({"format":"ryuk.story","version":1,"title":"Second"})"));
    QCOMPARE(*store->title(), std::string("First"));
}

void TestStoryJson::optionalFields()
{
    auto store = newStore();
    QVERIFY(importText(*store, R"({"format":"ryuk.story","version":1,"nodes":[{"id":"a","type":"Scene"}]})"));
    auto node = store->node("a");
    QVERIFY(node);
    QCOMPARE(node->x, 0.0);
    QCOMPARE(node->properties, std::string("{}"));
}

void TestStoryJson::rejections_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("message");

    const QByteArray head = R"({"format":"ryuk.story","version":1,)";
    QTest::newRow("malformed") << QByteArray("{\"format\":\"ryuk.story\",\n  \"version\":1 \"nodes\":[]}")
                               << QStringLiteral("story.json:2:15: invalid JSON: Missing a comma or '}' after an object member.");
    QTest::newRow("truncated") << QByteArray("{\"format\":\"ryuk.story\",\"nodes\":[{\"id\":\"a\"")
                               << QStringLiteral("story.json:1:42: invalid JSON: Missing a comma or '}' after an object member.");
    QTest::newRow("empty file") << QByteArray("")
                                << QStringLiteral("story.json:1:1: invalid JSON: The document is empty.");
    QTest::newRow("not an object") << QByteArray("[1,2]")
                                   << QStringLiteral("story.json:1:1: a story file must be a JSON object, not an array");
    QTest::newRow("wrong format") << QByteArray(R"({"format":"neo4j","version":1})")
                                  << QStringLiteral("story.json:1:2: \"format\" must be \"ryuk.story\", not \"neo4j\"");
    QTest::newRow("missing format") << QByteArray(R"({"version":1,"nodes":[]})")
                                    << QStringLiteral("story.json:1:1: missing \"format\": this is not a Ryuk story file");
    QTest::newRow("unknown version") << QByteArray(R"({"format":"ryuk.story","version":2})")
                                     << QStringLiteral("story.json:1:24: unsupported version 2 (this version of Ryuk Studio reads version 1)");
    QTest::newRow("version as string") << QByteArray(R"({"format":"ryuk.story","version":"1"})")
                                       << QStringLiteral("story.json:1:24: \"version\" must be the integer 1, not a string");
    QTest::newRow("missing version") << QByteArray(R"({"format":"ryuk.story"})")
                                     << QStringLiteral("story.json:1:1: missing \"version\"");
    QTest::newRow("unknown top-level key") << head + R"("extra":1})"
                                           << QStringLiteral("story.json:1:36: unknown key \"extra\" at the top level");
    QTest::newRow("nodes not array") << head + R"("nodes":{}})"
                                     << QStringLiteral("story.json:1:36: \"nodes\" must be an array, not an object");
    QTest::newRow("node not object") << head + R"("nodes":[3]})"
                                     << QStringLiteral("story.json:1:46: each entry of \"nodes\" must be an object, not an integer");
    QTest::newRow("missing id") << head + "\"nodes\":[\n  {\"type\":\"Scene\"}]}"
                                << QStringLiteral("story.json:2:3: node #1 has no \"id\"");
    QTest::newRow("missing type") << head + "\"nodes\":[\n  {\"id\":\"a\"}]}"
                                  << QStringLiteral("story.json:2:3: node \"a\" has no \"type\"");
    QTest::newRow("empty id") << head + "\"nodes\":[\n  {\"id\":\"\",\"type\":\"Scene\"}]}"
                              << QStringLiteral("story.json:2:3: node id is empty");
    QTest::newRow("duplicate id in file") << head + "\"nodes\":[{\"id\":\"a\",\"type\":\"Scene\"},\n {\"id\":\"a\",\"type\":\"Event\"}]}"
                                          << QStringLiteral("story.json:2:2: duplicate id \"a\"");
    QTest::newRow("relationship reuses node id")
        << head + "\"nodes\":[{\"id\":\"a\",\"type\":\"Scene\"}],\"relationships\":[\n {\"id\":\"a\",\"type\":\"LEADS_TO\",\"from\":\"a\",\"to\":\"a\"}]}"
        << QStringLiteral("story.json:2:2: duplicate id \"a\"");
    QTest::newRow("dangling to")
        << head + "\"nodes\":[{\"id\":\"a\",\"type\":\"Scene\"}],\"relationships\":[\n {\"id\":\"r1\",\"type\":\"LEADS_TO\",\"from\":\"a\",\"to\":\"zz\"}]}"
        << QStringLiteral("story.json:2:2: relationship \"r1\": \"to\" names no node: \"zz\"");
    QTest::newRow("dangling from")
        << head + "\"nodes\":[{\"id\":\"a\",\"type\":\"Scene\"}],\"relationships\":[\n {\"id\":\"r1\",\"type\":\"LEADS_TO\",\"from\":\"zz\",\"to\":\"a\"}]}"
        << QStringLiteral("story.json:2:2: relationship \"r1\": \"from\" names no node: \"zz\"");
    QTest::newRow("missing to")
        << head + "\"nodes\":[{\"id\":\"a\",\"type\":\"Scene\"}],\"relationships\":[\n {\"id\":\"r1\",\"type\":\"LEADS_TO\",\"from\":\"a\"}]}"
        << QStringLiteral("story.json:2:2: relationship \"r1\" has no \"to\"");
    QTest::newRow("chapter as string")
        << head + "\"nodes\":[\n  {\"id\":\"s1\",\"type\":\"Scene\",\"properties\":{\"chapter\":\"one\"}}]}"
        << QStringLiteral("story.json:2:3: node \"s1\": property \"chapter\" must be an integer, not a string");
    QTest::newRow("sequence as double")
        << head + "\"nodes\":[\n  {\"id\":\"s1\",\"type\":\"Scene\",\"properties\":{\"sequence\":1.5}}]}"
        << QStringLiteral("story.json:2:3: node \"s1\": property \"sequence\" must be an integer, not a number");
    QTest::newRow("weight as string")
        << head + "\"nodes\":[{\"id\":\"a\",\"type\":\"Scene\"}],\"relationships\":[\n {\"id\":\"r1\",\"type\":\"LEADS_TO\",\"from\":\"a\",\"to\":\"a\",\"properties\":{\"weight\":\"heavy\"}}]}"
        << QStringLiteral("story.json:2:2: relationship \"r1\": property \"weight\" must be a number, not a string");
    QTest::newRow("x as string") << head + "\"nodes\":[\n  {\"id\":\"a\",\"type\":\"Scene\",\"x\":\"left\"}]}"
                                 << QStringLiteral("story.json:2:28: node \"a\": \"x\" must be a number, not a string");
    QTest::newRow("unknown node key") << head + "\"nodes\":[\n  {\"id\":\"a\",\"type\":\"Scene\",\"colour\":1}]}"
                                      << QStringLiteral("story.json:2:28: node \"a\": unknown key \"colour\"");
    QTest::newRow("properties not object") << head + "\"nodes\":[\n  {\"id\":\"a\",\"type\":\"Scene\",\"properties\":[]}]}"
                                           << QStringLiteral("story.json:2:28: node \"a\": \"properties\" must be an object, not an array");
    QTest::newRow("duplicate property key")
        << head + "\"nodes\":[\n  {\"id\":\"a\",\"type\":\"Scene\",\"properties\":{\"k\":1,\"k\":2}}]}"
        << QStringLiteral("story.json:2:3: node \"a\": duplicate key \"k\"");
    QTest::newRow("invalid utf-8") << head + "\"nodes\":[{\"id\":\"\xff\",\"type\":\"Scene\"}]}"
                                   << QStringLiteral("story.json:1:52: invalid JSON: Invalid encoding in string.");
    QTest::newRow("lone surrogate") << head + "\"title\":\"\\ud800\"}"
                                    << QStringLiteral("story.json:1:45: invalid JSON: The surrogate pair in string is invalid.");
    QTest::newRow("trailing garbage") << QByteArray(R"({"format":"ryuk.story","version":1} x)")
                                      << QStringLiteral("story.json:1:37: invalid JSON: The document root must not be followed by other values.");
}

void TestStoryJson::rejections()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, message);
    auto store = newStore();
    QVERIFY(importText(*store, R"({"format":"ryuk.story","version":1,"title":"Kept","nodes":[{"id":"keep","type":"Scene"}]})"));
    const QByteArray before = exportText(*store);
    auto imported = importText(*store, file);
    QVERIFY(!imported);
    QCOMPARE(imported.error().toString(), message);
    QVERIFY(imported.error().isInputError());
    QCOMPARE(exportText(*store), before);
}

void TestStoryJson::rejectionAgainstExistingStory()
{
    auto store = newStore();
    QVERIFY(importText(*store, R"({"format":"ryuk.story","version":1,"nodes":[{"id":"a","type":"Scene"}]})"));
    const QByteArray before = exportText(*store);
    auto imported = importText(*store, "{\"format\":\"ryuk.story\",\"version\":1,\"nodes\":[{\"id\":\"b\",\"type\":\"Scene\"},\n {\"id\":\"a\",\"type\":\"Scene\"}]}");
    QVERIFY(!imported);
    QCOMPARE(imported.error().toString(), QStringLiteral("story.json:2:2: duplicate id \"a\""));
    QCOMPARE(exportText(*store), before);
}

void TestStoryJson::cancelImport()
{
    QByteArray file = R"({"format":"ryuk.story","version":1,"nodes":[)";
    for (int i = 0; i < 10000; ++i)
        file += (i ? "," : "") + QByteArray(R"({"id":"n)") + QByteArray::number(i) + R"(","type":"Scene"})";
    file += "]}";
    auto store = newStore();
    QBuffer buffer(&file);
    buffer.open(QIODevice::ReadOnly);
    int calls = 0;
    auto imported = importJson(*store, buffer, QStringLiteral("big.json"), [&](qint64 done, qint64 total) {
        ++calls;
        Q_ASSERT(done <= total);
        return false;
    });
    QVERIFY(!imported);
    QCOMPARE(imported.error().kind, ErrorKind::Cancelled);
    QCOMPARE(calls, 1);
    QCOMPARE(store->stats()->nodes, 0);
}

void TestStoryJson::exportFileIsAtomic()
{
    // Enough elements (over 4,096) for the exporter to ask the progress callback.
    QByteArray generated;
    QBuffer generatedBuffer(&generated);
    generatedBuffer.open(QIODevice::WriteOnly);
    QVERIFY(generateStory(GeneratorOptions{2000, 7}, generatedBuffer));
    auto store = newStore();
    QVERIFY(importText(*store, generated));
    const QString target = mDir->filePath(QStringLiteral("out.json"));
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("previous content");
    old.close();
    // Cancel halfway: the old file stays as it was, and no temporary file is left.
    int asked = 0;
    auto cancelled = exportJsonFile(*store, target, [&](qint64, qint64) {
        ++asked;
        return false;
    });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
    QCOMPARE(asked, 1);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("previous content"));
    old.close();
    QCOMPARE(QDir(mDir->path()).entryList(QDir::Files).filter(QStringLiteral("out.json")).size(), 1);

    auto summary = exportJsonFile(*store, target);
    QVERIFY2(summary, qPrintable(summary.error().toString()));
    QFile written(target);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QCOMPARE(bytes, exportText(*store));
    QCOMPARE(summary->bytes, bytes.size());
    QCOMPARE(QDir(mDir->path()).entryList(QDir::Files).filter(QStringLiteral("out.json")).size(), 1);
}

// QSaveFile buffers what it is given; with Qt 6.4 a failure in the last flush
// went unnoticed by commit(), which renamed a truncated file over the old one.
// writeFile flushes first, so a write that fails only there still keeps the
// old file byte for byte.
void TestStoryJson::writeFileFailingAtFlushKeepsTheOldFile()
{
    const QString path = mDir->filePath(QStringLiteral("old.json"));
    const QByteArray old = "the old file";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(old), old.size());
    }
    Result<ExportSummary> written = ExportSummary{};
    {
        test::FileSizeLimit limit(16);
        QVERIFY(limit.active());
        written = writeFile(path, [](QIODevice &out) -> Result<ExportSummary> {
            out.write(QByteArray(200, 'x')); // buffered: this write itself succeeds
            return ExportSummary{};
        });
    }
    QVERIFY(!written.ok());
    QCOMPARE(written.error().toString(), path + QStringLiteral(": cannot write the file: File too large"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), old);
    QCOMPARE(QDir(mDir->path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("old.json")), QStringList{QStringLiteral("old.json")});
}

void TestStoryJson::toJsonShapes()
{
    Node n{"s1", "Scene", 1.25, -2, R"({"title":"A"})"};
    QCOMPARE(toJson(n), std::string(R"({"id":"s1","type":"Scene","x":1.25,"y":-2,"properties":{"title":"A"}})"));
    Relationship r{"r1", "LEADS_TO", "s1", "s2", "{}"};
    QCOMPARE(toJson(r), std::string(R"({"id":"r1","type":"LEADS_TO","from":"s1","to":"s2","properties":{}})"));
}

void TestStoryJson::documentedExampleIsExact()
{
    // docs/json-format.md shows an export; it must be exactly what export writes.
    QFile doc(QStringLiteral(RYUK_SOURCE_DIR "/docs/json-format.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QByteArray text = doc.readAll();
    const qsizetype start = text.indexOf("```json\n");
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf("```", start + 8);
    const QByteArray example = text.mid(start + 8, end - start - 8);
    auto store = newStore();
    auto imported = importText(*store, example);
    QVERIFY2(imported, qPrintable(imported.error().toString()));
    QCOMPARE(exportText(*store), example);
}

QTEST_GUILESS_MAIN(TestStoryJson)
#include "tst_storyjson.moc"
