// Tests for the synthetic story generator: the same options give the same bytes,
// the output is a valid, story-shaped JSON v1 document, and failures are values.
#include "formats/storygenerator.h"

#include <rapidjson/document.h>

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace ryuk;

namespace {

struct Generated
{
    QByteArray bytes;
    GeneratorSummary summary;
    QString error; // empty on success
};

Generated generate(qint64 scenes, quint64 seed)
{
    Generated g;
    QBuffer buffer(&g.bytes);
    buffer.open(QIODevice::WriteOnly);
    auto result = generateStory(GeneratorOptions{scenes, seed}, buffer);
    if (result)
        g.summary = *result;
    else
        g.error = result.error().toString();
    return g;
}

std::string_view view(const rapidjson::Value &v)
{
    return {v.GetString(), v.GetStringLength()};
}

struct NodeFacts
{
    std::string type;
    qint64 chapter = 0;
    qint64 sequence = 0;
    int leadsIn = 0;
    int leadsOut = 0;
    int appearsIn = 0;
};

// Fails the calling test (and returns) unless `member` of `object` has the given type.
// (HasMember rather than FindMember: comparing RapidJSON 1.1 member iterators is
// ambiguous under C++20 and clang warns about it.)
#define EXPECT_MEMBER(object, member, test, what) \
  QVERIFY2((object).HasMember(member) && (object)[member].test(), \
           qPrintable(QStringLiteral("%1: \"%2\" must be %3").arg(what, QLatin1String(member), QLatin1String(#test))))

// A device that accepts `limit` bytes and then fails, like a full disk.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 limit) : mLimit(limit) {}

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (mWritten + size > mLimit) {
            setErrorString(QStringLiteral("no space left on device"));
            return -1;
        }
        mWritten += size;
        return size;
    }

private:
    qint64 mLimit;
    qint64 mWritten = 0;
};

} // namespace

class TestStoryGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameBytes_data();
    void sameSeedSameBytes();
    void differentSeedDifferentBytes_data();
    void differentSeedDifferentBytes();
    void validStory_data();
    void validStory();
    void oneScene();
    void oneObjectPerLine();
    void progress();
    void cancel_data();
    void cancel();
    void cancelLeavesNoFile();
    void badScenes_data();
    void badScenes();
    void writesFile();
    void writeErrors();
};

void TestStoryGenerator::sameSeedSameBytes_data()
{
    QTest::addColumn<qint64>("scenes");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("one scene") << qint64(1) << quint64(1);
    QTest::newRow("one chapter") << qint64(30) << quint64(7);
    QTest::newRow("2000 scenes") << qint64(2000) << quint64(42);
    QTest::newRow("seed zero") << qint64(500) << quint64(0);
    QTest::newRow("largest seed") << qint64(500) << std::numeric_limits<quint64>::max();
}

void TestStoryGenerator::sameSeedSameBytes()
{
    QFETCH(qint64, scenes);
    QFETCH(quint64, seed);
    const Generated a = generate(scenes, seed);
    const Generated b = generate(scenes, seed);
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
    QVERIFY(!a.bytes.isEmpty());
    QVERIFY(a.bytes == b.bytes);
}

void TestStoryGenerator::differentSeedDifferentBytes_data()
{
    QTest::addColumn<qint64>("scenes");
    QTest::addColumn<quint64>("seedA");
    QTest::addColumn<quint64>("seedB");
    QTest::newRow("adjacent seeds") << qint64(200) << quint64(1) << quint64(2);
    QTest::newRow("2000 scenes") << qint64(2000) << quint64(42) << quint64(43);
    QTest::newRow("zero and one") << qint64(50) << quint64(0) << quint64(1);
}

void TestStoryGenerator::differentSeedDifferentBytes()
{
    QFETCH(qint64, scenes);
    QFETCH(quint64, seedA);
    QFETCH(quint64, seedB);
    const Generated a = generate(scenes, seedA);
    const Generated b = generate(scenes, seedB);
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
    QVERIFY(a.bytes != b.bytes);
}

void TestStoryGenerator::validStory_data()
{
    QTest::addColumn<qint64>("scenes");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<bool>("checkShape"); // ratios and chapter sizes only mean something for big stories
    QTest::newRow("one scene") << qint64(1) << quint64(1) << false;
    QTest::newRow("a few scenes") << qint64(7) << quint64(3) << false;
    QTest::newRow("one chapter") << qint64(25) << quint64(5) << false;
    QTest::newRow("two chapters") << qint64(70) << quint64(11) << false;
    QTest::newRow("2000 scenes, seed 1") << qint64(2000) << quint64(1) << true;
    QTest::newRow("2000 scenes, seed 2") << qint64(2000) << quint64(2) << true;
    QTest::newRow("2000 scenes, seed 77") << qint64(2000) << quint64(77) << true;
    QTest::newRow("20000 scenes") << qint64(20000) << quint64(5) << true;
}

void TestStoryGenerator::validStory()
{
    QFETCH(qint64, scenes);
    QFETCH(quint64, seed);
    QFETCH(bool, checkShape);

    const Generated g = generate(scenes, seed);
    QVERIFY2(g.error.isEmpty(), qPrintable(g.error));
    QCOMPARE(g.summary.bytes, qint64(g.bytes.size()));

    rapidjson::Document doc;
    doc.Parse(g.bytes.constData(), std::size_t(g.bytes.size()));
    QVERIFY2(!doc.HasParseError(), "the output is not valid JSON");
    QVERIFY(doc.IsObject());
    EXPECT_MEMBER(doc, "format", IsString, QStringLiteral("story"));
    QCOMPARE(view(doc["format"]), std::string_view("ryuk.story"));
    EXPECT_MEMBER(doc, "version", IsInt, QStringLiteral("story"));
    QCOMPARE(doc["version"].GetInt(), 1);
    EXPECT_MEMBER(doc, "title", IsString, QStringLiteral("story"));
    QVERIFY(doc["title"].GetStringLength() > 0);
    EXPECT_MEMBER(doc, "nodes", IsArray, QStringLiteral("story"));
    EXPECT_MEMBER(doc, "relationships", IsArray, QStringLiteral("story"));
    const auto &nodes = doc["nodes"];
    const auto &relationships = doc["relationships"];
    QCOMPARE(qint64(nodes.Size()), g.summary.nodes);
    QCOMPARE(qint64(relationships.Size()), g.summary.relationships);

    std::set<std::string> ids;
    std::map<std::string, NodeFacts> facts;
    std::map<std::string, qint64> nodesByType;
    std::map<qint64, qint64> chapterSizes;
    std::vector<std::string> starts;
    std::vector<std::string> endings;
    for (const auto &node : nodes.GetArray()) {
        QVERIFY(node.IsObject());
        EXPECT_MEMBER(node, "id", IsString, QStringLiteral("node"));
        const std::string id(view(node["id"]));
        const QString where = QStringLiteral("node ") + QString::fromStdString(id);
        QVERIFY2(ids.insert(id).second, qPrintable(QStringLiteral("duplicate id ") + QString::fromStdString(id)));
        EXPECT_MEMBER(node, "type", IsString, where);
        EXPECT_MEMBER(node, "x", IsInt64, where);
        EXPECT_MEMBER(node, "y", IsInt64, where);
        EXPECT_MEMBER(node, "properties", IsObject, where);
        const auto &p = node["properties"];
        NodeFacts &f = facts[id];
        f.type = std::string(view(node["type"]));
        ++nodesByType[f.type];
        if (f.type == "Scene") {
            QCOMPARE(id.front(), 's');
            EXPECT_MEMBER(p, "title", IsString, where);
            EXPECT_MEMBER(p, "summary", IsString, where);
            EXPECT_MEMBER(p, "chapter", IsInt64, where);
            EXPECT_MEMBER(p, "sequence", IsInt64, where);
            f.chapter = p["chapter"].GetInt64();
            f.sequence = p["sequence"].GetInt64();
            QVERIFY(f.chapter >= 1 && f.sequence >= 1);
            chapterSizes[f.chapter] = std::max(chapterSizes[f.chapter], f.sequence);
            if (p.HasMember("start")) {
                QVERIFY(p["start"].IsTrue());
                starts.push_back(id);
            }
            if (p.HasMember("ending")) {
                QVERIFY(p["ending"].IsTrue());
                endings.push_back(id);
            }
        } else if (f.type == "Choice") {
            QCOMPARE(id.front(), 'q');
            EXPECT_MEMBER(p, "weight", IsNumber, where);
            QVERIFY(p["weight"].GetDouble() > 0 && p["weight"].GetDouble() < 1);
        } else if (f.type == "Character") {
            QCOMPARE(id.front(), 'c');
            EXPECT_MEMBER(p, "name", IsString, where);
            EXPECT_MEMBER(p, "role", IsString, where);
            static const std::set<std::string_view> roles = {"protagonist", "antagonist", "mentor", "ally", "rival"};
            QVERIFY2(roles.count(view(p["role"])) == 1, qPrintable(where));
        } else if (f.type == "Event") {
            QCOMPARE(id.front(), 'e');
            EXPECT_MEMBER(p, "causality_level", IsNumber, where);
            const double level = p["causality_level"].GetDouble();
            QVERIFY2(level >= 1 && level <= 5, qPrintable(where));
        } else {
            QFAIL(qPrintable(where + QStringLiteral(" has an unexpected type")));
        }
    }

    const qint64 sceneCount = nodesByType["Scene"];
    QCOMPARE(sceneCount, scenes);
    QCOMPARE(qint64(chapterSizes.size()), chapterSizes.rbegin()->first); // chapters 1..n, none missing
    // Sequences run 1..size in every chapter, so sizes add up to the scene count.
    qint64 sequenced = 0;
    for (const auto &[chapter, size] : chapterSizes)
        sequenced += size;
    QCOMPARE(sequenced, scenes);
    QCOMPARE(starts.size(), std::size_t(1));
    QCOMPARE(starts.front(), std::string("s1"));
    QCOMPARE(facts["s1"].chapter, qint64(1));
    QCOMPARE(facts["s1"].sequence, qint64(1));
    QCOMPARE(endings.size(), std::size_t(1));
    QCOMPARE(facts[endings.front()].chapter, chapterSizes.rbegin()->first);
    QCOMPARE(facts[endings.front()].sequence, chapterSizes.rbegin()->second);
    QVERIFY(nodesByType["Character"] >= 3);

    std::map<std::string, qint64> relationshipsByType;
    std::set<std::pair<std::string, std::string>> sceneLinks;
    for (const auto &rel : relationships.GetArray()) {
        QVERIFY(rel.IsObject());
        EXPECT_MEMBER(rel, "id", IsString, QStringLiteral("relationship"));
        const std::string id(view(rel["id"]));
        const QString where = QStringLiteral("relationship ") + QString::fromStdString(id);
        QCOMPARE(id.front(), 'r');
        QVERIFY2(ids.insert(id).second, qPrintable(QStringLiteral("duplicate id ") + QString::fromStdString(id)));
        EXPECT_MEMBER(rel, "type", IsString, where);
        EXPECT_MEMBER(rel, "from", IsString, where);
        EXPECT_MEMBER(rel, "to", IsString, where);
        EXPECT_MEMBER(rel, "properties", IsObject, where);
        const auto &p = rel["properties"];
        if (p.HasMember("weight"))
            EXPECT_MEMBER(p, "weight", IsNumber, where);
        if (p.HasMember("transition_type"))
            EXPECT_MEMBER(p, "transition_type", IsString, where);

        const std::string type(view(rel["type"]));
        const std::string from(view(rel["from"]));
        const std::string to(view(rel["to"]));
        ++relationshipsByType[type];
        QVERIFY2(facts.count(from) == 1, qPrintable(where + QStringLiteral(": unknown from")));
        QVERIFY2(facts.count(to) == 1, qPrintable(where + QStringLiteral(": unknown to")));
        NodeFacts &source = facts[from];
        NodeFacts &target = facts[to];
        if (type == "LEADS_TO") {
            QVERIFY2(source.type == "Scene" || source.type == "Choice", qPrintable(where));
            QVERIFY2(target.type == "Scene" || target.type == "Choice", qPrintable(where));
            ++source.leadsOut;
            ++target.leadsIn;
            if (source.type == "Scene" && target.type == "Scene")
                sceneLinks.insert({from, to});
        } else if (type == "APPEARS_IN") {
            QVERIFY2(source.type == "Character" && target.type == "Scene", qPrintable(where));
            ++source.appearsIn;
        } else if (type == "TRIGGERS") {
            QVERIFY2(source.type == "Event" && target.type == "Scene", qPrintable(where));
        } else if (type == "RELATES_TO") {
            QVERIFY2(source.type == "Character" && target.type == "Character", qPrintable(where));
        } else {
            QFAIL(qPrintable(where + QStringLiteral(" has an unexpected type")));
        }
    }

    // Scenes in a chapter follow each other: sequence k leads to k + 1.
    std::map<std::pair<qint64, qint64>, std::string> sceneAt;
    for (const auto &[id, f] : facts)
        if (f.type == "Scene")
            sceneAt[{f.chapter, f.sequence}] = id;
    for (const auto &[at, id] : sceneAt) {
        const auto next = sceneAt.find({at.first, at.second + 1});
        if (next != sceneAt.end())
            QVERIFY2(sceneLinks.count({id, next->second}) == 1,
                     qPrintable(
                             QStringLiteral("no LEADS_TO from %1 to its next scene").arg(QString::fromStdString(id))));
    }
    for (const auto &[id, f] : facts) {
        const QString which = QString::fromStdString(id);
        if (f.type == "Choice") {
            QVERIFY2(f.leadsIn >= 1, qPrintable(which + QStringLiteral(" has no incoming LEADS_TO")));
            QVERIFY2(f.leadsOut >= 1, qPrintable(which + QStringLiteral(" has no outgoing LEADS_TO")));
        } else if (f.type == "Character") {
            QVERIFY2(f.appearsIn >= 1, qPrintable(which + QStringLiteral(" appears in no scene")));
        }
    }

    if (checkShape) {
        const double nodeRatio = double(nodes.Size()) / double(scenes);
        const double relationshipRatio = double(relationships.Size()) / double(scenes);
        QVERIFY2(nodeRatio >= 1.25 && nodeRatio <= 1.35, qPrintable(QString::number(nodeRatio)));
        QVERIFY2(relationshipRatio >= 1.9 && relationshipRatio <= 2.1, qPrintable(QString::number(relationshipRatio)));
        QVERIFY(chapterSizes.size() >= 2);
        for (const auto &[chapter, size] : chapterSizes) {
            // The last chapter takes the remainder, so it may be shorter or a little longer.
            const bool last = chapter == chapterSizes.rbegin()->first;
            QVERIFY2(size >= (last ? 10 : 20) && size <= (last ? 70 : 60),
                     qPrintable(QStringLiteral("chapter %1 has %2 scenes").arg(chapter).arg(size)));
        }
        QVERIFY(nodesByType["Choice"] > 0);
        QVERIFY(nodesByType["Event"] > 0);
        QVERIFY(relationshipsByType["RELATES_TO"] > 0);
        QVERIFY(relationshipsByType["TRIGGERS"] > 0);
    }
}

void TestStoryGenerator::oneScene()
{
    const Generated g = generate(1, 1);
    QVERIFY2(g.error.isEmpty(), qPrintable(g.error));
    rapidjson::Document doc;
    doc.Parse(g.bytes.constData(), std::size_t(g.bytes.size()));
    QVERIFY(!doc.HasParseError());

    qint64 sceneCount = 0;
    for (const auto &node : doc["nodes"].GetArray()) {
        if (view(node["type"]) != "Scene")
            continue;
        ++sceneCount;
        QCOMPARE(view(node["id"]), std::string_view("s1"));
        const auto &p = node["properties"];
        QVERIFY(p.HasMember("start") && p["start"].IsTrue());
        QVERIFY(p.HasMember("ending") && p["ending"].IsTrue());
        QCOMPARE(p["chapter"].GetInt64(), qint64(1));
        QCOMPARE(p["sequence"].GetInt64(), qint64(1));
    }
    QCOMPARE(sceneCount, qint64(1));
    for (const auto &rel : doc["relationships"].GetArray()) {
        QVERIFY(view(rel["type"]) != "LEADS_TO"); // nowhere to go
        if (view(rel["type"]) != "RELATES_TO")
            QCOMPARE(view(rel["to"]), std::string_view("s1"));
    }
}

void TestStoryGenerator::oneObjectPerLine()
{
    const Generated g = generate(300, 9);
    QVERIFY2(g.error.isEmpty(), qPrintable(g.error));
    const QList<QByteArray> lines = g.bytes.split('\n');
    // Header, "nodes":[, the nodes, "],", "relationships":[, the relationships, "]}", and the final newline.
    QCOMPARE(qint64(lines.size()), g.summary.nodes + g.summary.relationships + 6);
    QVERIFY(lines.at(0).startsWith("{\"format\":\"ryuk.story\",\"version\":1,\"title\":"));
    QCOMPARE(lines.at(1), QByteArray("\"nodes\":["));
    const qsizetype firstNode = 2;
    const qsizetype firstRelationship = firstNode + qsizetype(g.summary.nodes) + 2;
    QCOMPARE(lines.at(firstRelationship - 2), QByteArray("],"));
    QCOMPARE(lines.at(firstRelationship - 1), QByteArray("\"relationships\":["));
    for (qsizetype i = firstNode; i < firstRelationship - 2; ++i)
        QVERIFY(lines.at(i).startsWith("{\"id\":\"") && !lines.at(i).contains("\"from\":"));
    for (qsizetype i = firstRelationship; i < lines.size() - 2; ++i)
        QVERIFY(lines.at(i).startsWith("{\"id\":\"r") && lines.at(i).contains("\"from\":"));
    QCOMPARE(lines.at(lines.size() - 2), QByteArray("]}"));
    QVERIFY(lines.last().isEmpty());
}

void TestStoryGenerator::progress()
{
    std::vector<std::pair<qint64, qint64>> calls;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto result = generateStory(GeneratorOptions{20000, 3}, buffer, [&](qint64 done, qint64 total) {
        calls.emplace_back(done, total);
        return true;
    });
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const qint64 total = result->nodes + result->relationships;
    QVERIFY(calls.size() >= 2);
    QCOMPARE(calls.front().first, qint64(0));
    QCOMPARE(calls.back().first, total);
    // Every few thousand items, not every item.
    QVERIFY(qint64(calls.size()) <= total / 1000 + 2);
    for (std::size_t i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls[i].second, total);
        if (i > 0)
            QVERIFY(calls[i].first >= calls[i - 1].first);
    }
}

void TestStoryGenerator::cancel_data()
{
    QTest::addColumn<int>("allowedCalls");
    QTest::newRow("at once") << 0;
    QTest::newRow("while writing nodes") << 2;
    QTest::newRow("while writing relationships") << 12;
}

void TestStoryGenerator::cancel()
{
    QFETCH(int, allowedCalls);
    int calls = 0;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto result
            = generateStory(GeneratorOptions{20000, 1}, buffer, [&](qint64, qint64) { return calls++ < allowedCalls; });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Cancelled);
    QCOMPARE(result.error().message, QStringLiteral("generation cancelled"));
    QCOMPARE(calls, allowedCalls + 1); // nothing is reported after the cancel
}

void TestStoryGenerator::cancelLeavesNoFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("story.json"));
    int calls = 0;
    auto result = generateStoryFile(GeneratorOptions{20000, 1}, path, [&](qint64, qint64) { return calls++ < 3; });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Cancelled);
    QVERIFY(!QFile::exists(path));
}

void TestStoryGenerator::badScenes_data()
{
    QTest::addColumn<qint64>("scenes");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("negative") << qint64(-5);
    QTest::newRow("one too many") << qint64(10'000'001);
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min();
}

void TestStoryGenerator::badScenes()
{
    QFETCH(qint64, scenes);
    const QString expected = QStringLiteral("--scenes must be between 1 and 10000000");

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto result = generateStory(GeneratorOptions{scenes, 1}, buffer);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::BadInput);
    QCOMPARE(result.error().message, expected);
    QVERIFY(bytes.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("story.json"));
    auto fileResult = generateStoryFile(GeneratorOptions{scenes, 1}, path);
    QVERIFY(!fileResult.ok());
    QCOMPARE(fileResult.error().kind, ErrorKind::BadInput);
    QCOMPARE(fileResult.error().message, expected);
    QVERIFY(!QFile::exists(path));
}

void TestStoryGenerator::writesFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("story.json"));
    auto result = generateStoryFile(GeneratorOptions{3000, 12}, path);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(result->bytes, qint64(written.size()));
    const Generated inMemory = generate(3000, 12);
    QVERIFY(written == inMemory.bytes);
    QCOMPARE(result->nodes, inMemory.summary.nodes);
    QCOMPARE(result->relationships, inMemory.summary.relationships);
}

void TestStoryGenerator::writeErrors()
{
    // The device fills up half way.
    FailingDevice full(100'000);
    full.open(QIODevice::WriteOnly);
    auto result = generateStory(GeneratorOptions{5000, 1}, full);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Io);
    QVERIFY2(result.error().message.contains(QStringLiteral("no space left on device")),
             qPrintable(result.error().message));

    // A device opened for reading only.
    QByteArray bytes;
    QBuffer readOnly(&bytes);
    readOnly.open(QIODevice::ReadOnly);
    result = generateStory(GeneratorOptions{10, 1}, readOnly);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Io);

    // A directory that does not exist.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/story.json"));
    result = generateStoryFile(GeneratorOptions{10, 1}, path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Io);
    QCOMPARE(result.error().file, path);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestStoryGenerator)
#include "tst_storygenerator.moc"
