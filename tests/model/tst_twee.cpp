// Twee 3 and Twine 2 HTML: every import rule on the fixtures in
// tests/data/twee, each rejection with its exact message and nothing
// imported, the export of stories made here, and the round trips.
#include "formats/storyformat.h"
#include "formats/twee.h"
#include "formats/tweelinks.h"
#include "formats/twinehtml.h"
#include "store/sqlitestorystore.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace ryuk;

namespace {

// U+2192, as relationship ids of imported links hold it.
const std::string Arrow = "\xE2\x86\x92";

std::string linkId(const std::string &passage, int number)
{
    return passage + Arrow + std::to_string(number);
}

QString fixture(const char *name)
{
    return QStringLiteral(RYUK_TEST_DATA "/twee/") + QLatin1String(name);
}

// "name:line:column: message", with the file's folder left out.
QString shortError(const Error &e)
{
    return QStringLiteral("%1:%2:%3: %4").arg(QFileInfo(e.file).fileName()).arg(e.line).arg(e.column).arg(e.message);
}

std::string nodeProperty(const Node &node, const char *key)
{
    return propertyJson(node.properties, key).value_or(std::string());
}

} // namespace

class TestTwee : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void registry();
    void linkGrammar_data();
    void linkGrammar();
    void writableLinks();
    void linkSearchStaysOnItsLine_data();
    void linkSearchStaysOnItsLine();
    void htmlEntities_data();
    void htmlEntities();
    void positionBlockAmongAngleBrackets_data();
    void positionBlockAmongAngleBrackets();
    void unclosedScriptsBeforeTheStory();
    void importTwee3Passages();
    void importTwee3Links();
    void importTwee3StoryData();
    void chaptersByBreadthFirst();
    void importTwee2();
    void importHtml();
    void crlfAndByteOrderMark();
    void codePassagesHaveNoLinks();
    void htmlTolerance();
    void rejections_data();
    void rejections();
    void rejectionLeavesStoryUnchanged();
    void lenient_data();
    void lenient();
    void relationshipIdCollisions();
    void titleAndMetadataOnlyWhenAbsent();
    void roundTripTwee();
    void roundTripHtml();
    void exportStoryMadeHere();
    void exportRejections_data();
    void exportRejections();
    void ifidIsDeterministic();

private:
    std::unique_ptr<StoryStore> newStore();
    static Result<ImportSummary> importFixture(StoryStore &store, const char *name, bool lenient = false);
    static Result<ImportSummary> importTwee(StoryStore &store, const QByteArray &text, bool lenient = false);
    static Result<ImportSummary> importHtml(StoryStore &store, const QByteArray &text);
    static QByteArray exportTwee(StoryStore &store);
    static QByteArray snapshot(StoryStore &store);
    static Node node(StoryStore &store, const std::string &id);

    std::unique_ptr<QTemporaryDir> mDir;
    int mCounter = 0;
};

std::unique_ptr<StoryStore> TestTwee::newStore()
{
    auto store = openStory(mDir->filePath(QStringLiteral("s%1.ryuk").arg(++mCounter)), OpenMode::CreateNew);
    if (!store)
        qFatal("%s", qPrintable(store.error().toString()));
    return std::move(*store);
}

Result<ImportSummary> TestTwee::importFixture(StoryStore &store, const char *name, bool lenient)
{
    ImportOptions options;
    options.lenient = lenient;
    return importFile(store, fixture(name), options);
}

Result<ImportSummary> TestTwee::importTwee(StoryStore &store, const QByteArray &text, bool lenient)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.lenient = lenient;
    return TweeFormat().read(store, buffer, QStringLiteral("story.twee"), options);
}

Result<ImportSummary> TestTwee::importHtml(StoryStore &store, const QByteArray &text)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return TwineHtmlFormat().read(store, buffer, QStringLiteral("story.html"), {});
}

QByteArray TestTwee::exportTwee(StoryStore &store)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    auto summary = TweeFormat().write(store, buffer, {});
    if (!summary)
        qFatal("%s", qPrintable(summary.error().toString()));
    return out;
}

// Everything an import sets, as text, so that two stories compare with a readable difference.
QByteArray TestTwee::snapshot(StoryStore &store)
{
    QByteArray out = "title: " + QByteArray::fromStdString(*store.title()) + '\n';
    for (const char *key : {"twine.ifid", "twine.format", "twine.format-version", "twine.tag-colors", "twine.zoom"})
        out += QByteArray(key) + ": " + QByteArray::fromStdString(*store.metadata(key)) + '\n';
    (void)store.forEachNode([&](const Node &n) {
        out += QByteArray::fromStdString(toJson(n)) + '\n';
        return true;
    });
    (void)store.forEachRelationship([&](const Relationship &r) {
        out += QByteArray::fromStdString(toJson(r)) + '\n';
        return true;
    });
    return out;
}

Node TestTwee::node(StoryStore &store, const std::string &id)
{
    auto n = store.node(id);
    if (!n)
        qFatal("%s", qPrintable(n.error().toString()));
    return *n;
}

void TestTwee::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
}

void TestTwee::registry()
{
    for (const char *file : {"a.twee", "b.tw", "C.TWEE"}) {
        const StoryFormat *format = formatForFile(QLatin1String(file));
        QVERIFY(format);
        QCOMPARE(format->name(), QStringLiteral("Twee 3"));
        QVERIFY(format->canRead() && format->canWrite());
    }
    for (const char *file : {"a.html", "b.htm"}) {
        const StoryFormat *format = formatForFile(QLatin1String(file));
        QVERIFY(format);
        QCOMPARE(format->name(), QStringLiteral("Twine 2 HTML"));
        QVERIFY(format->canRead() && !format->canWrite());
    }
    QVERIFY(formatFilters(true).contains(QStringLiteral("Twee 3 (*.twee *.tw)")));
    QVERIFY(!formatFilters(true).contains(QStringLiteral("Twine 2 HTML")));
    QVERIFY(formatFilters(false).contains(QStringLiteral("Twine 2 HTML (*.html *.htm)")));
}

void TestTwee::linkGrammar_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("links"); // "text|target@offset" each

    QTest::newRow("simple") << QStringLiteral("[[Cave]]") << QStringList{QStringLiteral("Cave|Cave@0")};
    QTest::newRow("arrow") << QStringLiteral("Go [[Enter->Cave]]") << QStringList{QStringLiteral("Enter|Cave@3")};
    QTest::newRow("back arrow") << QStringLiteral("[[Cave<-Enter]]") << QStringList{QStringLiteral("Enter|Cave@0")};
    QTest::newRow("bar") << QStringLiteral("[[Enter|Cave]]") << QStringList{QStringLiteral("Enter|Cave@0")};
    QTest::newRow("rightmost arrow") << QStringLiteral("[[a->b->Cave]]") << QStringList{QStringLiteral("a->b|Cave@0")};
    QTest::newRow("leftmost back arrow") << QStringLiteral("[[Cave<-b<-a]]")
                                         << QStringList{QStringLiteral("b<-a|Cave@0")};
    QTest::newRow("arrow before bar") << QStringLiteral("[[a|b->Cave]]") << QStringList{QStringLiteral("a|b|Cave@0")};
    QTest::newRow("arrow before back arrow")
            << QStringLiteral("[[a<-b->Cave]]") << QStringList{QStringLiteral("a<-b|Cave@0")};
    QTest::newRow("setter") << QStringLiteral("[[Enter|Cave][$lamp to true]]")
                            << QStringList{QStringLiteral("Enter|Cave@0")};
    QTest::newRow("several") << QStringLiteral("[[A]] and [[B->C]]\n[[D]]")
                             << QStringList{QStringLiteral("A|A@0"), QStringLiteral("B|C@10"),
                                            QStringLiteral("D|D@19")};
    QTest::newRow("single brackets") << QStringLiteral("[not] a [link]") << QStringList{};
    QTest::newRow("unterminated is text") << QStringLiteral("[[a\n[[b]]") << QStringList{QStringLiteral("b|b@4")};
}

void TestTwee::linkGrammar()
{
    QFETCH(QString, text);
    QFETCH(QStringList, links);
    const TweeLinkScan scan = scanTweeLinks(text.toStdString());
    QStringList found;
    for (const TweeLink &link : scan.links)
        found << QString::fromStdString(link.text + '|' + link.target + '@' + std::to_string(link.offset));
    QCOMPARE(found, links);
    QCOMPARE(scan.unterminatedAt != std::string_view::npos, text.startsWith(QStringLiteral("[[a\n")));
    if (text.startsWith(QStringLiteral("[[a\n")))
        QCOMPARE(scan.unterminatedAt, std::size_t(0));
}

void TestTwee::writableLinks()
{
    QVERIFY(canWriteTweeLink("Go on", "Cave"));
    QVERIFY(canWriteTweeLink("a->b", "Cave"));
    QVERIFY(canWriteTweeLink("Go", "Cave <- back | here"));
    QVERIFY(canWriteTweeLink("[odd] {name} \\ ", "[odd] {name} \\ "));
    QVERIFY(!canWriteTweeLink("a]]b", "Cave"));
    QVERIFY(!canWriteTweeLink("a][b", "Cave"));
    QVERIFY(!canWriteTweeLink("two\nlines", "Cave"));
    QVERIFY(!canWriteTweeLink("Go", "a->b"));
    QVERIFY(!canWriteTweeLink("Go", "Cave]"));
    QCOMPARE(tweeLink("Go", "Cave"), std::string("[[Go->Cave]]"));
}

// The "]]" of a link is looked for on the line of its "[[" only.
void TestTwee::linkSearchStaysOnItsLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("links"); // "text|target@offset" each
    QTest::addColumn<int>("unterminatedAt"); // -1 for none

    QTest::newRow("unclosed, then a link") << QStringLiteral("[[a\n[[b]]") << QStringList{QStringLiteral("b|b@4")} << 0;
    QTest::newRow("closed on the next line") << QStringLiteral("[[a\nb]] [[c]]") << QStringList{QStringLiteral("c|c@8")}
                                             << 0;
    QTest::newRow("two unclosed on a line") << QStringLiteral("x [[a [[b\n[[c]]")
                                            << QStringList{QStringLiteral("c|c@10")} << 2;
    QTest::newRow("unclosed after a link") << QStringLiteral("[[a]] [[b\n") << QStringList{QStringLiteral("a|a@0")}
                                           << 6;
    QTest::newRow("unclosed at the end") << QStringLiteral("[[b]]\n[[") << QStringList{QStringLiteral("b|b@0")} << 6;
    QTest::newRow("many unclosed lines")
            << QString(QStringLiteral("[[a\n").repeated(1000) + QStringLiteral("[[z]]"))
            << QStringList{QStringLiteral("z|z@4000")} << 0;
}

void TestTwee::linkSearchStaysOnItsLine()
{
    QFETCH(QString, text);
    QFETCH(QStringList, links);
    QFETCH(int, unterminatedAt);
    const TweeLinkScan scan = scanTweeLinks(text.toStdString());
    QStringList found;
    for (const TweeLink &link : scan.links)
        found << QString::fromStdString(link.text + '|' + link.target + '@' + std::to_string(link.offset));
    QCOMPARE(found, links);
    QCOMPARE(scan.unterminatedAt, unterminatedAt < 0 ? std::string_view::npos : std::size_t(unterminatedAt));
}

// An entity is '&', at most ten more bytes, and ';'. Anything else, "&amp"
// without its ';' included, is text as it stands.
void TestTwee::htmlEntities_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("text");

    QTest::newRow("named") << QByteArray("&amp;&lt;&gt;&quot;&apos;") << QStringLiteral("&<>\"'");
    QTest::newRow("no semicolon") << QByteArray("&amp x") << QStringLiteral("&amp x");
    QTest::newRow("semicolon later") << QByteArray("&amp x;") << QStringLiteral("&amp x;");
    QTest::newRow("a run without semicolons") << QByteArray("&amp &amp &amp") << QStringLiteral("&amp &amp &amp");
    QTest::newRow("then a real one") << QByteArray("&amp &amp;") << QStringLiteral("&amp &");
    QTest::newRow("unknown name") << QByteArray("&nbsp;") << QStringLiteral("&nbsp;");
    QTest::newRow("decimal") << QByteArray("&#65;&#0065;") << QStringLiteral("AA");
    QTest::newRow("longest hex") << QByteArray("&#x0010FFFF;") << QString::fromUcs4(U"\U0010FFFF", 1);
    QTest::newRow("one digit too many") << QByteArray("&#x00010FFFF;") << QStringLiteral("&#x00010FFFF;");
    QTest::newRow("not a character") << QByteArray("&#xD800;&#0;") << QString::fromUtf8("\uFFFD\uFFFD");
    QTest::newRow("lone ampersand at the end") << QByteArray("a &") << QStringLiteral("a &");
}

void TestTwee::htmlEntities()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, text);
    auto store = newStore();
    RYUK_VERIFY_OK(importHtml(*store, "<tw-storydata name=\"x\"><tw-passagedata pid=\"1\" name=\"Start\">" + raw
                                              + "</tw-passagedata></tw-storydata>"));
    const auto stored = propertyString(node(*store, "Start").properties, "text");
    QVERIFY(stored);
    QCOMPARE(QString::fromStdString(*stored), text);
}

// A Twee 2 position block "<x,y>" ends the header; other '<' are part of the name.
void TestTwee::positionBlockAmongAngleBrackets_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("x");

    QTest::newRow("block") << QByteArray(":: a <1,2>") << QStringLiteral("a") << 1.0;
    QTest::newRow("a '<' before it") << QByteArray(":: a <<3,2>") << QStringLiteral("a <") << 3.0;
    QTest::newRow("two blocks") << QByteArray(":: a <1,2> <4,2>") << QStringLiteral("a <1,2>") << 4.0;
    QTest::newRow("not numbers") << QByteArray(":: a <b>") << QStringLiteral("a <b>") << 0.0;
    // Ids are at most 256 bytes, so the runs stay below that.
    QTest::newRow("many '<'") << QByteArray(":: " + QByteArray(250, '<') + "5,2>") << QString(249, QLatin1Char('<'))
                              << 5.0;
    QTest::newRow("many '<', no block") << QByteArray(":: a" + QByteArray(250, '<')) << QStringLiteral("a")
                                                + QString(250, QLatin1Char('<')) << 0.0;
}

void TestTwee::positionBlockAmongAngleBrackets()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, name);
    QFETCH(double, x);
    auto store = newStore();
    RYUK_VERIFY_OK(importTwee(*store, header + "\nText\n"));
    const Node imported = node(*store, name.toStdString());
    QCOMPARE(imported.x, x);
}

// Unclosed <style> elements in the page around the story are read on as
// markup, however many there are; a <script> after them still ends at its
// own end tag, hiding the <tw-storydata> inside it.
void TestTwee::unclosedScriptsBeforeTheStory()
{
    auto store = newStore();
    QByteArray page;
    for (int i = 0; i < 1000; ++i)
        page += "<style>x";
    page += "<script><tw-storydata name=\"not this\"></script>"
            "<tw-storydata name=\"x\"><tw-passagedata pid=\"1\" name=\"Start\">Hi</tw-passagedata>"
            "</tw-storydata>";
    auto imported = importHtml(*store, page);
    RYUK_VERIFY_OK(imported);
    QCOMPARE(imported->nodes, 1);
    QCOMPARE(*store->title(), std::string("x"));
}

void TestTwee::importTwee3Passages()
{
    auto store = newStore();
    auto imported = importFixture(*store, "story.twee");
    RYUK_VERIFY_OK(imported);
    QCOMPARE(imported->nodes, 8);
    QCOMPARE(imported->relationships, 8);
    QCOMPARE(imported->bytes, QFileInfo(fixture("story.twee")).size());

    // Tags, position and size from the header; the body exactly, trailing blank lines gone.
    const Node harbour = node(*store, "Harbour");
    QCOMPARE(harbour.type, std::string("Scene"));
    QCOMPARE(harbour.x, 300.0);
    QCOMPARE(harbour.y, 100.0);
    QCOMPARE(
            harbour.properties,
            std::string(
                    R"({"chapter":1,"sequence":1,"start":true,"tags":["calm","dock"],"text":"The ferry bobs at the pier.\n)"
                    R"([[Climb the stairs]]\n[[Walk the pier->Pier]]\n[[Lamp room<-Go up to the lamp]]\n)"
                    R"([[Wait for the storm|Storm]]","title":"Harbour","twine_size":"200,100"})"));

    // No metadata: at the origin, no size; "\::" at a line start reads "::".
    const Node pier = node(*store, "Pier");
    QCOMPARE(pier.x, 0.0);
    QCOMPARE(pier.y, 0.0);
    QCOMPARE(pier.properties,
             std::string(R"({"chapter":1,"sequence":3,"tags":["dock"],"text":":: this line starts with two colons\n)"
                         R"(  indented, and [[Back -> Harbour]] mid-line\n[[a->b->Storm]]","title":"Pier"})"));

    // Escaped name; fractional positions; no tags means no "tags".
    const Node wing = node(*store, "The {old} [lamp] room\\wing");
    QCOMPARE(wing.x, 700.0);
    QCOMPARE(nodeProperty(wing, "tags"), std::string(R"(["danger"])"));
    QCOMPARE(nodeProperty(wing, "title"), std::string(R"("The {old} [lamp] room\\wing")"));
    const Node lamp = node(*store, "Lamp room");
    QCOMPARE(lamp.x, 500.5);
    QCOMPARE(lamp.y, 300.25);
    QCOMPARE(lamp.properties,
             std::string(R"({"chapter":1,"sequence":4,"text":"The lamp is cold.","title":"Lamp room"})"));
    QCOMPARE(nodeProperty(node(*store, "Storm"), "tags"), std::string(R"(["danger","night"])"));
    // StoryTitle and StoryData are not passages.
    QVERIFY(!store->node("StoryTitle"));
    QVERIFY(!store->node("StoryData"));
}

void TestTwee::importTwee3Links()
{
    auto store = newStore();
    QVERIFY(importFixture(*store, "story.twee"));
    struct Expected
    {
        std::string id, from, to, label;
    };
    const std::vector<Expected> expected = {
            {linkId("Climb the stairs", 1), "Climb the stairs", "The {old} [lamp] room\\wing", "Enter"},
            {linkId("Harbour", 1), "Harbour", "Climb the stairs", "Climb the stairs"}, // [[text]]
            {linkId("Harbour", 2), "Harbour", "Pier", "Walk the pier"},                // [[text->target]]
            {linkId("Harbour", 3), "Harbour", "Lamp room", "Go up to the lamp"},       // [[target<-text]]
            {linkId("Harbour", 4), "Harbour", "Storm", "Wait for the storm"},          // [[text|target]]
            {linkId("Pier", 1), "Pier", "Harbour", "Back "},                           // spaces around the target
            {linkId("Pier", 2), "Pier", "Storm", "a->b"},                              // the rightmost arrow divides
            {linkId("Start", 1), "Start", "Harbour", "Harbour"},
    };
    std::vector<Relationship> found;
    QVERIFY(store->forEachRelationship([&](const Relationship &r) {
        found.push_back(r);
        return true;
    }));
    QCOMPARE(found.size(), expected.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
        QCOMPARE(found[i].id, expected[i].id);
        QCOMPARE(found[i].type, std::string("LEADS_TO"));
        QCOMPARE(found[i].from, expected[i].from);
        QCOMPARE(found[i].to, expected[i].to);
        QCOMPARE(propertyString(found[i].properties, "label").value_or("(none)"), expected[i].label);
    }
}

void TestTwee::importTwee3StoryData()
{
    auto store = newStore();
    QVERIFY(importFixture(*store, "story.twee"));
    QCOMPARE(*store->title(), std::string("The Lighthouse Keeper"));
    QCOMPARE(*store->metadata("twine.ifid"), std::string("D674C58C-DEFA-4F70-B7A2-27742230C0FC"));
    QCOMPARE(*store->metadata("twine.format"), std::string("SugarCube"));
    QCOMPARE(*store->metadata("twine.format-version"), std::string("2.36.1"));
    QCOMPARE(*store->metadata("twine.tag-colors"), std::string(R"({"calm":"green","danger":"red"})"));
    QCOMPARE(*store->metadata("twine.zoom"), std::string("0.6"));
    // StoryData's start wins over a passage named Start.
    QCOMPARE(nodeProperty(node(*store, "Harbour"), "start"), std::string("true"));
    QCOMPARE(nodeProperty(node(*store, "Start"), "start"), std::string());
}

void TestTwee::chaptersByBreadthFirst()
{
    auto store = newStore();
    QVERIFY(importFixture(*store, "story.twee"));
    // From Harbour: its links in order, then theirs; then the unreached passages in file order.
    const std::vector<std::pair<std::string, int>> expected = {
            {"Harbour", 1}, {"Climb the stairs", 2},
            {"Pier", 3},    {"Lamp room", 4},
            {"Storm", 5},   {"The {old} [lamp] room\\wing", 6},
            {"Start", 7},   {"Lighthouse log", 8},
    };
    for (const auto &[id, sequence] : expected) {
        const Node n = node(*store, id);
        QCOMPARE(nodeProperty(n, "chapter"), std::string("1"));
        QCOMPARE(nodeProperty(n, "sequence"), std::to_string(sequence));
    }
    auto chapter = store->nodes(NodeFilter{std::nullopt, 1}, PageRequest{1, 100});
    QVERIFY(chapter);
    QCOMPARE(chapter->data.size(), std::size_t(8));
    QCOMPARE(chapter->data.front().id, std::string("Harbour"));
}

void TestTwee::importTwee2()
{
    auto store = newStore();
    auto imported = importFixture(*store, "twee2.tw");
    RYUK_VERIFY_OK(imported);
    QCOMPARE(imported->nodes, 2);
    QCOMPARE(imported->relationships, 2);
    QCOMPARE(*store->title(), std::string("Old Mill"));
    QCOMPARE(*store->metadata("twine.ifid"), std::string());
    // No StoryData: the passage named Start starts.
    QCOMPARE(
            node(*store, "Start").properties,
            std::string(
                    R"({"chapter":1,"sequence":1,"start":true,"tags":["intro"],"text":"You stand by the mill.\n[[Go inside|Inside]]","title":"Start"})"));
    // Twee 2's "<x,y>" position.
    const Node inside = node(*store, "Inside");
    QCOMPARE(inside.x, 120.0);
    QCOMPARE(inside.y, 240.0);
    QCOMPARE(nodeProperty(inside, "tags"), std::string(R"(["dark"])"));
    QCOMPARE(store->relationship(linkId("Start", 1))->to, std::string("Inside"));
    QCOMPARE(propertyString(store->relationship(linkId("Start", 1))->properties, "label").value_or(""),
             std::string("Go inside"));
    QCOMPARE(store->relationship(linkId("Inside", 1))->to, std::string("Start"));
}

void TestTwee::importHtml()
{
    auto store = newStore();
    auto imported = importFixture(*store, "story.html");
    RYUK_VERIFY_OK(imported);
    QCOMPARE(imported->nodes, 6);
    QCOMPARE(imported->relationships, 4);
    QCOMPARE(*store->title(), std::string("The Lighthouse & Keeper"));
    QCOMPARE(*store->metadata("twine.ifid"), std::string("6D509890-1CA5-49DF-BFB6-5CA35B8DE2AC"));
    QCOMPARE(*store->metadata("twine.format"), std::string("Harlowe"));
    QCOMPARE(*store->metadata("twine.format-version"), std::string("3.3.8"));
    QCOMPARE(*store->metadata("twine.zoom"), std::string("1.5"));
    QCOMPARE(*store->metadata("twine.tag-colors"), std::string(R"({"calm":"green","danger":"red"})"));

    // Entities decoded (an unknown one stays as written); startnode picks the start.
    const Node harbour = node(*store, "Harbour");
    QCOMPARE(harbour.x, 300.0);
    QCOMPARE(harbour.y, 100.0);
    QCOMPARE(harbour.properties,
             std::string("{\"chapter\":1,\"sequence\":1,\"start\":true,\"tags\":[\"calm\",\"dock\"],"
                         "\"text\":\"The \\\"ferry\\\" bobs & sways <gently> at Jo's pier \xE2\x80\x94 \xE2\x82\xAC"
                         "5 &nbsp;&c.\\n"
                         "[[Walk the pier->Pier "
                         "\\\"North\\\"]]\\n[[Storm<-Wait]]\",\"title\":\"Harbour\",\"twine_size\":\"200,100\"}"));
    const Node pier = node(*store, "Pier \"North\"");
    QCOMPARE(pier.x, 300.5);
    QCOMPARE(nodeProperty(pier, "text"), std::string(R"("[[Back|Harbour]]\n[[Wait->Storm]]")"));
    QCOMPARE(nodeProperty(pier, "sequence"), std::string("2"));
    QCOMPARE(nodeProperty(node(*store, "Storm"), "text"), std::string(R"("")"));
    QCOMPARE(nodeProperty(node(*store, "Storm"), "sequence"), std::string("3"));
    QCOMPARE(nodeProperty(node(*store, "Start"), "tags"), std::string());

    // The story stylesheet and script, kept as Twee 3 keeps them.
    const Node style = node(*store, "Story Stylesheet");
    QCOMPARE(
            style.properties,
            std::string(
                    R"({"chapter":1,"sequence":4,"tags":["stylesheet"],"text":"body { color: #333; }","title":"Story Stylesheet"})"));
    const Node script = node(*store, "Story JavaScript");
    QCOMPARE(nodeProperty(script, "text"), std::string(R"("if (a[[0]] < 1) { b = \"</tw-passagedata>\"; }")"));
    QCOMPARE(nodeProperty(script, "sequence"), std::string("5"));
    QCOMPARE(nodeProperty(node(*store, "Start"), "sequence"), std::string("6"));

    QCOMPARE(store->relationship(linkId("Harbour", 1))->to, std::string("Pier \"North\""));
    QCOMPARE(store->relationship(linkId("Harbour", 2))->to, std::string("Storm"));
    QCOMPARE(propertyString(store->relationship(linkId("Harbour", 2))->properties, "label").value_or(""),
             std::string("Wait"));
    QCOMPARE(store->relationship(linkId("Pier \"North\"", 1))->to, std::string("Harbour"));
    QCOMPARE(store->relationship(linkId("Pier \"North\"", 2))->to, std::string("Storm"));
}

void TestTwee::crlfAndByteOrderMark()
{
    auto store = newStore();
    auto imported = importTwee(*store, "\xEF\xBB\xBF:: Start [a]\r\nHello\r\n[[Next]]\r\n\r\n:: Next\r\nBye\r\n");
    RYUK_VERIFY_OK(imported);
    QCOMPARE(nodeProperty(node(*store, "Start"), "text"), std::string(R"("Hello\n[[Next]]")"));
    QCOMPARE(nodeProperty(node(*store, "Next"), "text"), std::string(R"("Bye")"));

    auto bad = newStore();
    auto rejected = importTwee(*bad, "\xEF\xBB\xBF:: Start\r\nA &amp; b\r\nGo [[x\r\n");
    QVERIFY(!rejected);
    QCOMPARE(shortError(rejected.error()),
             QStringLiteral("story.twee:3:4: unterminated link: no \"]]\" after \"[[\" on this line"));

    auto notUtf8 = importTwee(*bad, ":: Start\nab\xFF\n");
    QVERIFY(!notUtf8);
    QCOMPARE(shortError(notUtf8.error()), QStringLiteral("story.twee:2:3: the file is not valid UTF-8"));
}

void TestTwee::codePassagesHaveNoLinks()
{
    auto store = newStore();
    auto imported = importTwee(
            *store,
            ":: Start\nHi.\n\n:: Code [script]\nif (a[[0]] > 1 || b[[ ) {}\n\n:: Style [stylesheet]\na[[x]] {}\n");
    RYUK_VERIFY_OK(imported);
    QCOMPARE(imported->relationships, 0);
}

void TestTwee::htmlTolerance()
{
    auto readHtml = [](StoryStore &store, const QByteArray &text) {
        QByteArray copy = text;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        return TwineHtmlFormat().read(store, buffer, QStringLiteral("story.html"), {});
    };
    // Unquoted attributes, upper case, no </tw-storydata>.
    auto store = newStore();
    auto imported = readHtml(*store,
                             "<TW-STORYDATA NAME=Bare startnode=1 ifid=X>\n<tw-passagedata pid=1 name=Start "
                             "position=5,6>Hi [[Start]]</TW-PASSAGEDATA>");
    RYUK_VERIFY_OK(imported);
    QCOMPARE(imported->nodes, 1);
    QCOMPARE(imported->relationships, 1);
    QCOMPARE(*store->title(), std::string("Bare"));
    QCOMPARE(node(*store, "Start").x, 5.0);

    auto other = newStore();
    auto noName = readHtml(*other,
                           "<tw-storydata name=\"x\">\n  <tw-passagedata pid=\"1\">Hi</tw-passagedata></tw-storydata>");
    QVERIFY(!noName);
    QCOMPARE(shortError(noName.error()), QStringLiteral("story.html:2:3: <tw-passagedata> without a name attribute"));
    auto openTag = readHtml(*other, "<html>\n<tw-storydata name=\"x\"");
    QVERIFY(!openTag);
    QCOMPARE(shortError(openTag.error()), QStringLiteral("story.html:2:1: unterminated tag <tw-storydata: no \">\""));
    auto openStyle = readHtml(*other, "<tw-storydata name=\"x\"><style>body {}");
    QVERIFY(!openStyle);
    QCOMPARE(shortError(openStyle.error()), QStringLiteral("story.html:1:24: unterminated <style>: no \"</style>\""));
    QCOMPARE(other->stats()->nodes, 0);
}

void TestTwee::rejections_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");

    auto row = [](const char *file, const char *message) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromUtf8(message);
    };
    row("unterminated-link.twee", "unterminated-link.twee:3:4: unterminated link: no \"]]\" after \"[[\" on this line");
    row("missing-target.twee", "missing-target.twee:12:5: link to a passage that does not exist: \"Nowhere\"");
    row("bad-metadata.twee", "bad-metadata.twee:5:37: invalid passage metadata: Missing a name for object member.");
    row("bad-position.twee", "bad-position.twee:1:10: passage \"Start\": \"position\" must be two numbers \"x,y\"");
    row("duplicate.twee", "duplicate.twee:4:1: duplicate passage name \"Start\" (first at line 1)");
    row("bad-storydata.twee", "bad-storydata.twee:5:1: invalid StoryData: Invalid value.");
    row("storydata-type.twee", "storydata-type.twee:4:1: StoryData: \"ifid\" must be a string, not an integer");
    row("unterminated-tags.twee", "unterminated-tags.twee:1:10: unterminated tag block: no \"]\" after \"[\"");
    row("bad-start.twee", "bad-start.twee:1:1: the start passage \"Nowhere\" does not exist");
    row("trailing-text.twee",
        "trailing-text.twee:1:33: unexpected text after the passage name, tags and metadata: \"extra\"");
    row("no-name.twee", "no-name.twee:1:1: passage header without a name");
    row("no-storydata.html", "no-storydata.html:1:1: no <tw-storydata> element: this is not a published Twine 2 story");
    row("unterminated-passage.html",
        "unterminated-passage.html:2:1: unterminated <tw-passagedata>: no \"</tw-passagedata>\" before the next "
        "passage or the end of the file");
    row("unclosed-quote.html", "unclosed-quote.html:2:30: attribute \"name\" has no closing quote");
    row("missing-target.html", "missing-target.html:3:10: link to a passage that does not exist: \"Nowhere\"");
    row("bad-startnode.html", "bad-startnode.html:1:1: the start node \"9\" is not the pid of any passage");
}

void TestTwee::rejections()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    auto store = newStore();
    auto imported = importFile(*store, fixture(qPrintable(file)));
    QVERIFY(!imported);
    QCOMPARE(imported.error().kind, ErrorKind::BadInput);
    QCOMPARE(shortError(imported.error()), message);
    QCOMPARE(store->stats()->nodes, 0);
    QCOMPARE(store->stats()->relationships, 0);
}

void TestTwee::rejectionLeavesStoryUnchanged()
{
    auto store = newStore();
    QVERIFY(importFixture(*store, "twee2.tw"));
    const QByteArray before = snapshot(*store);
    // Refused before anything is written: a link to a missing passage.
    auto rejected = importTwee(
            *store, ":: StoryTitle\nOther\n\n:: StoryData\n{\"ifid\":\"X\"}\n\n:: A\n[[B]]\n\n:: B\n[[Nowhere]]\n");
    QVERIFY(!rejected);
    QCOMPARE(shortError(rejected.error()),
             QStringLiteral("story.twee:11:1: link to a passage that does not exist: \"Nowhere\""));
    QCOMPARE(snapshot(*store), before);
    // Refused by the store half-way through the batch: "A" was added, "Inside" is taken.
    auto clash = importTwee(*store, ":: A\n\n:: Inside\n");
    QVERIFY(!clash);
    QCOMPARE(clash.error().kind, ErrorKind::Conflict);
    QCOMPARE(clash.error().line, 3);
    QCOMPARE(snapshot(*store), before);
}

void TestTwee::lenient_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("relationships");

    QTest::newRow("missing target") << QStringLiteral("missing-target.twee") << 2 << 2;
    QTest::newRow("unterminated link") << QStringLiteral("unterminated-link.twee") << 2 << 0;
    QTest::newRow("bad metadata") << QStringLiteral("bad-metadata.twee") << 2 << 1;
    QTest::newRow("bad position") << QStringLiteral("bad-position.twee") << 1 << 0;
    QTest::newRow("bad StoryData") << QStringLiteral("bad-storydata.twee") << 1 << 0;
    QTest::newRow("StoryData type") << QStringLiteral("storydata-type.twee") << 1 << 0;
    QTest::newRow("bad start") << QStringLiteral("bad-start.twee") << 2 << 0;
    QTest::newRow("trailing text") << QStringLiteral("trailing-text.twee") << 1 << 0;
    QTest::newRow("missing target in HTML") << QStringLiteral("missing-target.html") << 1 << 0;
    QTest::newRow("bad start node") << QStringLiteral("bad-startnode.html") << 1 << 0;
}

void TestTwee::lenient()
{
    QFETCH(QString, file);
    QFETCH(int, nodes);
    QFETCH(int, relationships);
    auto store = newStore();
    auto imported = importFixture(*store, qPrintable(file), true);
    RYUK_VERIFY_OK(imported);
    QCOMPARE(imported->nodes, nodes);
    QCOMPARE(imported->relationships, relationships);

    if (file == QStringLiteral("missing-target.twee")) {
        // The link stays in the text; only the relationship is skipped.
        QVERIFY(nodeProperty(node(*store, "Hall"), "text").find("Run [[Nowhere]]") != std::string::npos);
        QCOMPARE(store->relationship(linkId("Hall", 1))->to, std::string("Start"));
    } else if (file == QStringLiteral("unterminated-link.twee")) {
        QCOMPARE(nodeProperty(node(*store, "Start"), "text"), std::string(R"("Line one.\nGo [[north->North")"));
    } else if (file == QStringLiteral("bad-metadata.twee")) {
        const Node broken = node(*store, "Broken");
        QCOMPARE(broken.x, 0.0);
        QCOMPARE(nodeProperty(broken, "tags"), std::string(R"(["tag"])"));
        QCOMPARE(nodeProperty(broken, "twine_size"), std::string());
    } else if (file == QStringLiteral("bad-start.twee")) {
        // Neither the named start nor a Start passage: the first passage starts.
        QCOMPARE(nodeProperty(node(*store, "First"), "start"), std::string("true"));
        QCOMPARE(*store->metadata("twine.ifid"), std::string("D674C58C-DEFA-4F70-B7A2-27742230C0FC"));
    } else if (file == QStringLiteral("storydata-type.twee")) {
        QCOMPARE(*store->metadata("twine.ifid"), std::string());
    }
}

void TestTwee::relationshipIdCollisions()
{
    auto store = newStore();
    QVERIFY(store->addNode(Node{"x", "Scene", 0, 0, "{}"}));
    QVERIFY(store->addRelationship(Relationship{linkId("Start", 1), "LEADS_TO", "x", "x", "{}"}));
    const QByteArray file = ":: Start\n[[Next]]\n[[Next\xE2\x86\x92"
                            "1]]\n\n:: Next\n[[Start]]\n\n:: Next\xE2\x86\x92"
                            "1\nA passage whose name looks like a link id.\n";
    auto imported = importTwee(*store, file);
    RYUK_VERIFY_OK(imported);
    // "Start→1" was taken by the story, "Next→1" by a passage of the file.
    QCOMPARE(store->relationship(linkId("Start", 1) + "#2")->to, std::string("Next"));
    QCOMPARE(store->relationship(linkId("Start", 2))->to, linkId("Next", 1));
    QCOMPARE(store->relationship(linkId("Next", 1) + "#2")->to, std::string("Start"));
    QCOMPARE(store->relationship(linkId("Start", 1))->to, std::string("x"));
}

void TestTwee::titleAndMetadataOnlyWhenAbsent()
{
    auto store = newStore();
    QVERIFY(store->setTitle("Mine"));
    QVERIFY(store->setMetadata("twine.ifid", "KEEP-ME"));
    QVERIFY(importFixture(*store, "story.twee"));
    QCOMPARE(*store->title(), std::string("Mine"));
    QCOMPARE(*store->metadata("twine.ifid"), std::string("KEEP-ME"));
    QCOMPARE(*store->metadata("twine.format"), std::string("SugarCube"));
}

void TestTwee::roundTripTwee()
{
    auto first = newStore();
    QVERIFY(importFixture(*first, "story.twee"));
    const QByteArray exported = exportTwee(*first);
    auto second = newStore();
    auto again = importTwee(*second, exported);
    QVERIFY2(again, qPrintable(again.error().toString() + QLatin1Char('\n') + QString::fromUtf8(exported)));
    QCOMPARE(snapshot(*second), snapshot(*first));
    QCOMPARE(exportTwee(*second), exported);

    // What the export looks like: StoryTitle, StoryData, then the passages by sequence.
    QVERIFY(exported.startsWith(
            ":: StoryTitle\nThe Lighthouse Keeper\n\n:: StoryData\n{\n"
            "  \"ifid\": \"D674C58C-DEFA-4F70-B7A2-27742230C0FC\",\n"
            "  \"format\": \"SugarCube\",\n  \"format-version\": \"2.36.1\",\n  \"start\": \"Harbour\",\n"
            "  \"tag-colors\": {\n    \"calm\": \"green\",\n    \"danger\": \"red\"\n  },\n  \"zoom\": 0.6\n}\n\n"
            ":: Harbour [calm dock] {\"position\":\"300,100\",\"size\":\"200,100\"}\nThe ferry bobs at the pier.\n"));
    QVERIFY(exported.contains("\n:: Pier [dock] {\"position\":\"0,0\"}\n\\:: this line starts with two colons\n"));
    QVERIFY(exported.contains(
            "\n:: The \\{old\\} \\[lamp\\] room\\\\wing [danger] {\"position\":\"700,300\"}\nDust.\n\n"));
    QVERIFY(exported.contains("\n:: Lamp room {\"position\":\"500.5,300.25\"}\n"));
    QVERIFY(exported.endsWith(":: Lighthouse log {\"position\":\"0,0\"}\nNobody links here.\n\n"));
}

void TestTwee::roundTripHtml()
{
    auto first = newStore();
    QVERIFY(importFixture(*first, "story.html"));
    const QByteArray exported = exportTwee(*first);
    auto second = newStore();
    auto again = importTwee(*second, exported);
    RYUK_VERIFY_OK(again);
    QCOMPARE(snapshot(*second), snapshot(*first));
    QVERIFY(exported.contains(":: Story Stylesheet [stylesheet] {\"position\":\"0,0\"}\nbody { color: #333; }\n\n"));
}

void TestTwee::exportStoryMadeHere()
{
    auto store = newStore();
    QVERIFY(store->setTitle("Night Ferry"));
    const std::string odd = "[odd] {name} \\ ";
    QVERIFY(store->addNode(Node{
            "s1", "Scene", 0, 0,
            R"({"chapter":1,"sequence":1,"start":true,"summary":"A note says: meet at midnight.\n:: not a header","title":"Pier 9"})"}));
    QVERIFY(store->addNode(Node{"s2", "Scene", 480, 12.5,
                                R"({"chapter":1,"sequence":2,"tags":["sea","night watch"],"title":"Crossing"})"}));
    QVERIFY(store->addNode(
            Node{"s3", "Scene", -20, 0,
                 R"({"chapter":2,"sequence":1,"text":"Already links [[Go on->s2]].","title":"Far shore"})"}));
    QVERIFY(store->addNode(Node{odd, "Scene", 0, 0, "{}"}));
    QVERIFY(store->addNode(Node{"mira", "Character", 0, 0, R"({"name":"Mira"})"}));
    QVERIFY(store->addNode(Node{"q1", "Choice", 0, 0, R"({"text":"Board?"})"}));
    QVERIFY(store->addRelationship(Relationship{"r1", "LEADS_TO", "s1", "s2", R"({"label":"Board the ferry"})"}));
    QVERIFY(store->addRelationship(Relationship{"r2", "LEADS_TO", "s1", "s3", "{}"}));
    QVERIFY(store->addRelationship(Relationship{"r3", "LEADS_TO", "s3", "s2", R"({"label":"Onwards"})"}));
    QVERIFY(store->addRelationship(Relationship{"r4", "LEADS_TO", "s2", odd, "{}"}));
    QVERIFY(store->addRelationship(Relationship{"r5", "LEADS_TO", "s1", "q1", "{}"}));
    QVERIFY(store->addRelationship(Relationship{"r6", "APPEARS_IN", "mira", "s1", "{}"}));

    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    auto summary = TweeFormat().write(*store, buffer, {});
    RYUK_VERIFY_OK(summary);
    QCOMPARE(summary->nodes, 4);
    QCOMPARE(summary->relationships, 4);
    QCOMPARE(summary->bytes, qint64(out.size()));

    const QByteArray expected = ":: StoryTitle\nNight Ferry\n\n"
                                ":: StoryData\n{\n  \"ifid\": \""
            + QByteArray::fromStdString(tweeIfidForTitle("Night Ferry"))
            + "\",\n"
              "  \"format\": \"Harlowe\",\n  \"format-version\": \"3.3.8\",\n  \"start\": \"s1\"\n}\n\n"
              // No chapter sorts first; the name's brackets, backslash and last space are escaped.
              ":: \\[odd\\] \\{name\\} \\\\\\  {\"position\":\"0,0\"}\n\n"
              // The summary stands in for the text, then one line per LEADS_TO to a Scene.
              ":: s1 {\"position\":\"0,0\"}\nA note says: meet at midnight.\n\\:: not a header\n"
              "[[Board the ferry->s2]]\n[[Far shore->s3]]\n\n"
              // Without a label, the link shows the target's title, or its id.
              ":: s2 [sea night\\ watch] {\"position\":\"480,12.5\"}\n[[[odd] {name} \\ ->[odd] {name} \\ ]]\n\n"
              // The text already links to s2: nothing added.
              ":: s3 {\"position\":\"-20,0\"}\nAlready links [[Go on->s2]].\n\n";
    QCOMPARE(out, expected);

    // Read back, the passages lead where the Scenes did.
    auto again = newStore();
    auto imported = importTwee(*again, out);
    RYUK_VERIFY_OK(imported);
    QCOMPARE(imported->nodes, 4);
    QCOMPARE(imported->relationships, 4);
    QCOMPARE(again->relationship(linkId("s1", 1))->to, std::string("s2"));
    QCOMPARE(propertyString(again->relationship(linkId("s1", 1))->properties, "label").value_or(""),
             std::string("Board the ferry"));
    QCOMPARE(again->relationship(linkId("s1", 2))->to, std::string("s3"));
    QCOMPARE(again->relationship(linkId("s2", 1))->to, odd);
    QCOMPARE(again->relationship(linkId("s3", 1))->to, std::string("s2"));
    QCOMPARE(
            nodeProperty(node(*again, "s1"), "text"),
            std::string(
                    R"("A note says: meet at midnight.\n:: not a header\n[[Board the ferry->s2]]\n[[Far shore->s3]]")"));
    QCOMPARE(nodeProperty(node(*again, "s2"), "tags"), std::string(R"(["sea","night watch"])"));
    QCOMPARE(nodeProperty(node(*again, "s1"), "start"), std::string("true"));
    QCOMPARE(node(*again, "s2").y, 12.5);
    // The same story exports the same bytes.
    QCOMPARE(exportTwee(*store), expected);
}

void TestTwee::exportRejections_data()
{
    QTest::addColumn<QString>("nodeId");
    QTest::addColumn<QString>("properties");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("message");

    QTest::newRow("line break in name") << QStringLiteral("a\nb") << QStringLiteral("{}") << QString()
                                        << QStringLiteral(
                                                   "scene \"a\nb\": a Twee passage name cannot hold a line break");
    QTest::newRow("special name") << QStringLiteral("StoryData") << QStringLiteral("{}") << QString()
                                  << QStringLiteral(
                                             "scene \"StoryData\": this name is reserved for a special Twee passage");
    QTest::newRow("line break in tag") << QStringLiteral("t") << QStringLiteral(R"({"tags":["a\nb"]})") << QString()
                                       << QStringLiteral("scene \"t\": the tag \"a\nb\" holds a line break");
    QTest::newRow("label with brackets")
            << QStringLiteral("t") << QStringLiteral("{}") << QStringLiteral("a]]b")
            << QStringLiteral("scene \"from\": the link \"a]]b\" to \"t\" cannot be written as a Twee link");
    QTest::newRow("target with arrow")
            << QStringLiteral("a->b") << QStringLiteral("{}") << QStringLiteral("Go")
            << QStringLiteral("scene \"from\": the link \"Go\" to \"a->b\" cannot be written as a Twee link");
}

void TestTwee::exportRejections()
{
    QFETCH(QString, nodeId);
    QFETCH(QString, properties);
    QFETCH(QString, label);
    QFETCH(QString, message);
    auto store = newStore();
    QVERIFY(store->addNode(Node{nodeId.toStdString(), "Scene", 0, 0, properties.toStdString()}));
    if (!label.isNull()) {
        QVERIFY(store->addNode(Node{"from", "Scene", 0, 0, "{}"}));
        const std::string labelJson = "{\"label\":\"" + label.toStdString() + "\"}";
        QVERIFY(store->addRelationship(Relationship{"r", "LEADS_TO", "from", nodeId.toStdString(), labelJson}));
    }
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    auto summary = TweeFormat().write(*store, buffer, {});
    QVERIFY(!summary);
    QCOMPARE(summary.error().kind, ErrorKind::BadInput);
    QCOMPARE(summary.error().message, message);
    QVERIFY(out.isEmpty());
}

void TestTwee::ifidIsDeterministic()
{
    const std::string a = tweeIfidForTitle("Night Ferry");
    QCOMPARE(tweeIfidForTitle("Night Ferry"), a);
    QVERIFY(tweeIfidForTitle("Day Ferry") != a);
    static const QRegularExpression uuid4(
            QStringLiteral("^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$"));
    QVERIFY2(uuid4.match(QString::fromStdString(a)).hasMatch(), a.c_str());
    QVERIFY(uuid4.match(QString::fromStdString(tweeIfidForTitle(""))).hasMatch());
}

QTEST_GUILESS_MAIN(TestTwee)
#include "tst_twee.moc"
