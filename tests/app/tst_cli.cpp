// Tests of the `ryuk` command-line tool: runs the real program on small stories
// built through the tool itself, and checks its output, messages and exit codes.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A small story that exercises every query: chapter 1 has its scenes out of id
// order (s2 comes before s1), a character appears in two scenes, and r3 has a
// double weight that must stay 1.0.
const char SmallStory[] = R"({"format":"ryuk.story","version":1,"title":"Harbor Test",
"nodes":[
{"id":"c1","type":"Character","x":-50,"y":0,"properties":{"name":"Mara","role":"courier"}},
{"id":"e1","type":"Event","properties":{"causality_level":0.5}},
{"id":"q1","type":"Choice","x":200,"y":0,"properties":{"text":"Board","weight":0.5}},
{"id":"s1","type":"Scene","x":100,"y":20.5,"properties":{"chapter":1,"sequence":2,"title":"Dock"}},
{"id":"s2","type":"Scene","properties":{"chapter":1,"sequence":1,"title":"Harbor"}},
{"id":"s3","type":"Scene","properties":{"chapter":2,"sequence":1,"title":"Ferry"}}
],
"relationships":[
{"id":"r1","type":"LEADS_TO","from":"s2","to":"s1"},
{"id":"r2","type":"LEADS_TO","from":"s1","to":"q1"},
{"id":"r3","type":"LEADS_TO","from":"q1","to":"s3","properties":{"weight":1.0}},
{"id":"r4","type":"APPEARS_IN","from":"c1","to":"s1"},
{"id":"r5","type":"APPEARS_IN","from":"c1","to":"s2"},
{"id":"r6","type":"TRIGGERS","from":"e1","to":"s3"}
]}
)";

// Line 3 lacks the comma between "id" and "type": column 13 is the `"` of "type".
const char MalformedStory[] = "{\"format\":\"ryuk.story\",\"version\":1,\n"
                              "\"nodes\":[\n"
                              "  {\"id\":\"a\" \"type\":\"Scene\"}]}\n";

const char NodeC1[] = R"({"id":"c1","type":"Character","x":-50,"y":0,"properties":{"name":"Mara","role":"courier"}})";
const char NodeE1[] = R"({"id":"e1","type":"Event","x":0,"y":0,"properties":{"causality_level":0.5}})";
const char NodeQ1[] = R"({"id":"q1","type":"Choice","x":200,"y":0,"properties":{"text":"Board","weight":0.5}})";
const char NodeS1[]
        = R"({"id":"s1","type":"Scene","x":100,"y":20.5,"properties":{"chapter":1,"sequence":2,"title":"Dock"}})";
const char NodeS2[]
        = R"({"id":"s2","type":"Scene","x":0,"y":0,"properties":{"chapter":1,"sequence":1,"title":"Harbor"}})";
const char NodeS3[]
        = R"({"id":"s3","type":"Scene","x":0,"y":0,"properties":{"chapter":2,"sequence":1,"title":"Ferry"}})";
const char RelR1[] = R"({"id":"r1","type":"LEADS_TO","from":"s2","to":"s1","properties":{}})";
const char RelR2[] = R"({"id":"r2","type":"LEADS_TO","from":"s1","to":"q1","properties":{}})";
const char RelR3[] = R"({"id":"r3","type":"LEADS_TO","from":"q1","to":"s3","properties":{"weight":1.0}})";

QByteArray pagination(qint64 page, int limit, qint64 total, qint64 pages, bool hasNext, bool hasPrev)
{
    return QStringLiteral(R"("pagination":{"page":%1,"limit":%2,"total":%3,"pages":%4,"hasNext":%5,"hasPrev":%6})")
            .arg(page)
            .arg(limit)
            .arg(total)
            .arg(pages)
            .arg(hasNext ? QStringLiteral("true") : QStringLiteral("false"),
                 hasPrev ? QStringLiteral("true") : QStringLiteral("false"))
            .toUtf8();
}

QByteArray page(const QList<QByteArray> &items, const QByteArray &paging)
{
    return "{\"data\":[" + items.join(',') + "]," + paging + "}\n";
}

QByteArray line(const char *json)
{
    return QByteArray(json) + '\n';
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void readCommands_data();
    void readCommands();
    void badInput_data();
    void badInput();
    void help();

    void initStory();
    void initSample();
    void setValues_data();
    void setValues();
    void setOnRelationship();
    void setRejectedLeavesStoryUnchanged_data();
    void setRejectedLeavesStoryUnchanged();
    void deleteCascades();
    void deleteIsAllOrNothing();
    void nonStoryFileIsLeftAlone();
    void importMalformedLeavesStoryUnchanged();
    void importText();
    void importFromStdin();
    void exportToStdoutEqualsFile();
    void generate();

private:
    Run ryuk(const QStringList &args, const QByteArray &input = {});
    QString path(const QString &name) const { return mDir.filePath(name); }
    void writeFile(const QString &name, const QByteArray &bytes);
    QByteArray readFile(const QString &name);
    // A fresh copy of the small story, made with `init` and `import`.
    bool makeStory(const QString &name);
    QByteArray exported(const QString &story);

    QTemporaryDir mDir;
};

Run TestCli::ryuk(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    process.setWorkingDirectory(mDir.path());
    process.start(QStringLiteral(RYUK_CLI), args);
    Run run;
    if (!process.waitForStarted())
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCli::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray TestCli::readFile(const QString &name)
{
    QFile file(path(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestCli::makeStory(const QString &name)
{
    QFile::remove(path(name));
    const Run created = ryuk({QStringLiteral("init"), name});
    const Run imported = ryuk({QStringLiteral("import"), name, QStringLiteral("small.json")});
    return created.exitCode == 0 && imported.exitCode == 0;
}

QByteArray TestCli::exported(const QString &story)
{
    const Run run = ryuk({QStringLiteral("export"), story, QStringLiteral("-")});
    return run.exitCode == 0 ? run.out : QByteArray("export failed: ") + run.err;
}

void TestCli::initTestCase()
{
    QVERIFY(mDir.isValid());
    QVERIFY(QFileInfo::exists(QStringLiteral(RYUK_CLI)));
    writeFile(QStringLiteral("small.json"), SmallStory);
    writeFile(QStringLiteral("bad.json"), MalformedStory);
    writeFile(QStringLiteral("notastory.ryuk"), "just some text\n");
    QVERIFY(QDir(mDir.path()).mkdir(QStringLiteral("folder")));
    QVERIFY(makeStory(QStringLiteral("story.ryuk")));
}

void TestCli::readCommands_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("expected");

    auto add = [](const char *tag, const QString &args, const QByteArray &expected) {
        QTest::newRow(tag) << args.split(QLatin1Char(' ')) << expected;
    };
    const auto all = pagination(1, 20, 6, 1, false, false);

    add("get node", QStringLiteral("get story.ryuk s1 --json"), line(NodeS1));
    add("get relationship", QStringLiteral("get story.ryuk r3 --json"), line(RelR3));
    add("get --fields", QStringLiteral("get story.ryuk s1 --fields title --json"),
        line(R"({"id":"s1","type":"Scene","properties":{"title":"Dock"}})"));
    add("get --fields with x and an absent key", QStringLiteral("get story.ryuk s1 --fields=x,title,nope --json"),
        line(R"({"id":"s1","type":"Scene","x":100,"properties":{"title":"Dock"}})"));
    add("get relationship --fields", QStringLiteral("get story.ryuk r3 --fields label --json"),
        line(R"({"id":"r3","type":"LEADS_TO","from":"q1","to":"s3","properties":{}})"));
    add("get text", QStringLiteral("get story.ryuk s1"),
        "id: s1\ntype: Scene\nx: 100\ny: 20.5\nproperties:\n  chapter: 1\n  sequence: 2\n  title: Dock\n");

    add("nodes", QStringLiteral("nodes story.ryuk --json"),
        page({NodeC1, NodeE1, NodeQ1, NodeS1, NodeS2, NodeS3}, all));
    add("nodes --type", QStringLiteral("nodes story.ryuk --type Scene --json"),
        page({NodeS1, NodeS2, NodeS3}, pagination(1, 20, 3, 1, false, false)));
    add("nodes --chapter orders by sequence", QStringLiteral("nodes story.ryuk --chapter 1 --json"),
        page({NodeS2, NodeS1}, pagination(1, 20, 2, 1, false, false)));
    add("nodes --chapter without scenes", QStringLiteral("nodes story.ryuk --chapter 7 --json"),
        page({}, pagination(1, 20, 0, 0, false, false)));
    add("nodes first page", QStringLiteral("nodes story.ryuk --type Scene --limit 2 --json"),
        page({NodeS1, NodeS2}, pagination(1, 2, 3, 2, true, false)));
    add("nodes last page", QStringLiteral("nodes story.ryuk --type Scene --limit 2 --page 2 --json"),
        page({NodeS3}, pagination(2, 2, 3, 2, false, true)));
    add("nodes page past the end", QStringLiteral("nodes story.ryuk --page 9 --json"),
        page({}, pagination(9, 20, 6, 1, false, true)));
    add("nodes limit 1", QStringLiteral("nodes story.ryuk --limit 1 --page 6 --json"),
        page({NodeS3}, pagination(6, 1, 6, 6, false, true)));
    add("nodes limit 1000", QStringLiteral("nodes story.ryuk --limit 1000 --fields title --json"),
        page({R"({"id":"c1","type":"Character","properties":{}})", R"({"id":"e1","type":"Event","properties":{}})",
              R"({"id":"q1","type":"Choice","properties":{}})",
              R"({"id":"s1","type":"Scene","properties":{"title":"Dock"}})",
              R"({"id":"s2","type":"Scene","properties":{"title":"Harbor"}})",
              R"({"id":"s3","type":"Scene","properties":{"title":"Ferry"}})"},
             pagination(1, 1000, 6, 1, false, false)));
    add("nodes text", QStringLiteral("nodes story.ryuk"),
        "ID  TYPE       NAME\n"
        "c1  Character  Mara\n"
        "e1  Event\n"
        "q1  Choice     Board\n"
        "s1  Scene      Dock\n"
        "s2  Scene      Harbor\n"
        "s3  Scene      Ferry\n"
        "page 1 of 1 (6 nodes)\n");
    add("nodes text --fields", QStringLiteral("nodes story.ryuk --chapter 1 --fields title,y"),
        "ID  TYPE   TITLE   Y\n"
        "s2  Scene  Harbor  0\n"
        "s1  Scene  Dock    20.5\n"
        "page 1 of 1 (2 nodes)\n");

    add("relationships --type", QStringLiteral("relationships story.ryuk --type LEADS_TO --json"),
        page({RelR1, RelR2, RelR3}, pagination(1, 20, 3, 1, false, false)));
    add("relationships paged", QStringLiteral("relationships story.ryuk --limit 2 --page 2 --json"),
        page({RelR3, R"({"id":"r4","type":"APPEARS_IN","from":"c1","to":"s1","properties":{}})"},
             pagination(2, 2, 6, 3, true, true)));
    add("relationships text", QStringLiteral("relationships story.ryuk --type LEADS_TO"),
        "ID  TYPE      FROM  TO\n"
        "r1  LEADS_TO  s2    s1\n"
        "r2  LEADS_TO  s1    q1\n"
        "r3  LEADS_TO  q1    s3\n"
        "page 1 of 1 (3 relationships)\n");

    add("next", QStringLiteral("next story.ryuk s1 --json"), "{\"data\":[" + QByteArray(NodeQ1) + "]}\n");
    add("next of a dead end", QStringLiteral("next story.ryuk s3 --json"), "{\"data\":[]}\n");
    add("next text", QStringLiteral("next story.ryuk s3"), "nothing follows \"s3\"\n");

    add("character", QStringLiteral("character story.ryuk c1 --json"),
        "{\"character\":" + QByteArray(NodeC1) + ",\"scenes\":[" + NodeS2 + ',' + NodeS1 + "]}\n");
    add("character text", QStringLiteral("character story.ryuk c1"),
        "id: c1\ntype: Character\nx: -50\ny: 0\nproperties:\n  name: Mara\n  role: courier\n\n"
        "appears in 2 scenes:\n"
        "ID  TYPE   NAME\n"
        "s2  Scene  Harbor\n"
        "s1  Scene  Dock\n");

    add("stats", QStringLiteral("stats story.ryuk --json"),
        line(R"({"nodes":6,"relationships":6,"nodesByType":{"Character":1,"Choice":1,"Event":1,"Scene":3},)"
             R"("relationshipsByType":{"APPEARS_IN":2,"LEADS_TO":3,"TRIGGERS":1},"chapters":2})"));
    add("stats text", QStringLiteral("stats story.ryuk"),
        "nodes: 6\nrelationships: 6\n"
        "nodes by type:\n  Character: 1\n  Choice: 1\n  Event: 1\n  Scene: 3\n"
        "relationships by type:\n  APPEARS_IN: 2\n  LEADS_TO: 3\n  TRIGGERS: 1\n"
        "chapters: 2\n");
}

void TestCli::readCommands()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, expected);
    const Run run = ryuk(args);
    QCOMPARE(QString::fromUtf8(run.err), QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out), QString::fromUtf8(expected));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    auto add = [](const char *tag, const QStringList &args, const char *message, int exitCode = 2) {
        QTest::newRow(tag) << args << exitCode << QString::fromUtf8(message) + QLatin1Char('\n');
    };
    const QString story = QStringLiteral("story.ryuk");
    const QString nodes = QStringLiteral("nodes");

    add("no command", {}, "ryuk: missing command (see ryuk --help)");
    add("unknown command", {QStringLiteral("foo")}, "ryuk: unknown command \"foo\" (see ryuk --help)");
    add("unknown command help", {QStringLiteral("help"), QStringLiteral("foo")},
        "ryuk: unknown command \"foo\" (see ryuk --help)");
    add("unknown top-level option", {QStringLiteral("--bogus")}, "ryuk: unknown option \"--bogus\" (see ryuk --help)");
    add("unknown option", {nodes, story, QStringLiteral("--bogus")}, "ryuk: unknown option \"--bogus\" for \"nodes\"");
    add("option without its value", {nodes, story, QStringLiteral("--limit")},
        "ryuk: option \"--limit\" needs a value (L)");
    add("flag with a value", {nodes, story, QStringLiteral("--json=yes")}, "ryuk: option \"--json\" takes no value");
    add("missing argument", {QStringLiteral("get"), story}, "ryuk: missing ID for \"get\" (see ryuk get --help)");
    add("extra argument", {QStringLiteral("stats"), story, QStringLiteral("more")},
        "ryuk: unexpected argument \"more\" for \"stats\"");

    add("limit 1001", {nodes, story, QStringLiteral("--limit"), QStringLiteral("1001")},
        "ryuk: --limit must be between 1 and 1000");
    add("limit 0", {nodes, story, QStringLiteral("--limit=0")}, "ryuk: --limit must be between 1 and 1000");
    add("limit not a number",
        {QStringLiteral("relationships"), story, QStringLiteral("--limit"), QStringLiteral("ten")},
        "ryuk: --limit must be between 1 and 1000");
    add("page 0", {nodes, story, QStringLiteral("--page"), QStringLiteral("0")},
        "ryuk: --page must be a whole number, 1 or more");
    add("page negative", {QStringLiteral("relationships"), story, QStringLiteral("--page"), QStringLiteral("-3")},
        "ryuk: --page must be a whole number, 1 or more");
    add("chapter not a number", {nodes, story, QStringLiteral("--chapter"), QStringLiteral("one")},
        "ryuk: --chapter must be a whole number");

    add("unknown id", {QStringLiteral("get"), story, QStringLiteral("zz")},
        "ryuk: no node or relationship has id \"zz\"");
    add("set unknown id", {QStringLiteral("set"), story, QStringLiteral("zz"), QStringLiteral("a=1")},
        "ryuk: no node or relationship has id \"zz\"");
    add("delete unknown id", {QStringLiteral("delete"), story, QStringLiteral("zz")},
        "ryuk: no node or relationship has id \"zz\"");
    add("next unknown scene", {QStringLiteral("next"), story, QStringLiteral("zz")}, "ryuk: no node has id \"zz\"");
    add("character that is a scene", {QStringLiteral("character"), story, QStringLiteral("s1")},
        "ryuk: node \"s1\" is not a Character (its type is Scene)");

    add("story that does not exist", {QStringLiteral("stats"), QStringLiteral("nope.ryuk")},
        "ryuk: nope.ryuk: no such story file");
    add("file that is not a story", {QStringLiteral("stats"), QStringLiteral("notastory.ryuk")},
        "ryuk: notastory.ryuk: not a Ryuk story (not a SQLite database)");
    add("folder", {nodes, QStringLiteral("folder")}, "ryuk: folder: is a folder, not a story file");
    add("init over an existing file", {QStringLiteral("init"), story}, "ryuk: story.ryuk: the file already exists");
    add("import a missing file", {QStringLiteral("import"), story, QStringLiteral("missing.json")},
        "ryuk: missing.json: cannot open the file: No such file or directory");

    add("set without changes", {QStringLiteral("set"), story, QStringLiteral("s1")},
        "ryuk: nothing to change: give KEY=VALUE or --unset KEY (see ryuk set --help)");
    add("set without =", {QStringLiteral("set"), story, QStringLiteral("s1"), QStringLiteral("title")},
        "ryuk: expected KEY=VALUE, not \"title\"");
    add("set with an empty key", {QStringLiteral("set"), story, QStringLiteral("s1"), QStringLiteral("=x")},
        "ryuk: property name is empty in \"=x\"");
    add("set and unset one key",
        {QStringLiteral("set"), story, QStringLiteral("s1"), QStringLiteral("a=1"), QStringLiteral("--unset"),
         QStringLiteral("a")},
        "ryuk: property \"a\" is both set and unset");

    add("export to stdout with --json",
        {QStringLiteral("export"), story, QStringLiteral("-"), QStringLiteral("--json")},
        "ryuk: --json cannot be used when FILE is - (standard output)");
    add("generate without --scenes", {QStringLiteral("generate"), QStringLiteral("g.json")},
        "ryuk: --scenes is required (see ryuk generate --help)");
    add("generate 0 scenes", {QStringLiteral("generate"), QStringLiteral("g.json"), QStringLiteral("--scenes=0")},
        "ryuk: --scenes must be a whole number, 1 or more");
    add("generate with a bad seed",
        {QStringLiteral("generate"), QStringLiteral("g.json"), QStringLiteral("--scenes=3"),
         QStringLiteral("--seed=-1")},
        "ryuk: --seed must be a whole number from 0 to 18446744073709551615");
}

void TestCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = ryuk(args);
    QCOMPARE(QString::fromUtf8(run.err), message);
    QCOMPARE(QString::fromUtf8(run.out), QString());
    QCOMPARE(run.exitCode, exitCode);
}

void TestCli::help()
{
    const Run overview = ryuk({QStringLiteral("--help")});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY(overview.out.startsWith("Usage: ryuk COMMAND"));
    for (const char *command : {"init", "get", "nodes", "relationships", "next", "character", "stats", "set", "delete",
                                "import", "export", "generate", "bench"})
        QVERIFY2(overview.out.contains(QByteArray("\n  " + QByteArray(command) + ' ')), command);
    QCOMPARE(ryuk({QStringLiteral("help")}).out, overview.out);
    QCOMPARE(ryuk({QStringLiteral("-h")}).out, overview.out);

    const Run nodesHelp = ryuk({QStringLiteral("nodes"), QStringLiteral("--help")});
    QCOMPARE(nodesHelp.exitCode, 0);
    QVERIFY(nodesHelp.out.startsWith("Usage: ryuk nodes STORY [--type T] [--chapter N] [--page P] [--limit L] "
                                     "[--fields a,b] [--json]\n"));
    QCOMPARE(ryuk({QStringLiteral("help"), QStringLiteral("nodes")}).out, nodesHelp.out);
    // --help wins over missing arguments.
    QCOMPARE(ryuk({QStringLiteral("set"), QStringLiteral("-h")}).exitCode, 0);

    const Run version = ryuk({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^ryuk \\d+\\.\\d+\\.\\d+\n$"))
                     .match(QString::fromUtf8(version.out))
                     .hasMatch(),
             version.out.constData());
}

void TestCli::initStory()
{
    const Run created = ryuk({QStringLiteral("init"), QStringLiteral("new.ryuk"), QStringLiteral("--json")});
    QCOMPARE(QString::fromUtf8(created.err), QString());
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(created.out, QByteArray("{\"path\":\"new.ryuk\",\"nodes\":0,\"relationships\":0}\n"));
    QCOMPARE(ryuk({QStringLiteral("stats"), QStringLiteral("new.ryuk"), QStringLiteral("--json")}).out,
             QByteArray(R"({"nodes":0,"relationships":0,"nodesByType":{},"relationshipsByType":{},"chapters":0})"
                        "\n"));

    const Run text = ryuk({QStringLiteral("init"), QStringLiteral("new2.ryuk")});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out, QByteArray("created new2.ryuk (0 nodes, 0 relationships)\n"));
}

void TestCli::initSample()
{
    const Run created = ryuk({QStringLiteral("init"), QStringLiteral("sample.ryuk"), QStringLiteral("--sample"),
                              QStringLiteral("--json")});
    QCOMPARE(QString::fromUtf8(created.err), QString());
    QCOMPARE(created.exitCode, 0);

    const Run stats = ryuk({QStringLiteral("stats"), QStringLiteral("sample.ryuk"), QStringLiteral("--json")});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject counts = QJsonDocument::fromJson(stats.out).object();
    QVERIFY2(counts.value(QStringLiteral("nodesByType")).toObject().value(QStringLiteral("Scene")).toInt() >= 25,
             stats.out.constData());
    // init reports what it loaded.
    const QJsonObject summary = QJsonDocument::fromJson(created.out).object();
    QCOMPARE(summary.value(QStringLiteral("path")).toString(), QStringLiteral("sample.ryuk"));
    QCOMPARE(summary.value(QStringLiteral("nodes")), counts.value(QStringLiteral("nodes")));
    QCOMPARE(summary.value(QStringLiteral("relationships")), counts.value(QStringLiteral("relationships")));
}

void TestCli::setValues_data()
{
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QByteArray>("properties");

    auto add = [](const char *tag, const QStringList &changes, const char *properties) {
        QTest::newRow(tag) << changes << QByteArray(properties);
    };
    add("integer", {QStringLiteral("chapter=3")}, R"({"chapter":3,"sequence":1,"title":"Ferry"})");
    add("bare words", {QStringLiteral("title=The Harbor")}, R"({"chapter":2,"sequence":1,"title":"The Harbor"})");
    add("JSON string", {QStringLiteral("title=\"42\"")}, R"({"chapter":2,"sequence":1,"title":"42"})");
    add("number", {QStringLiteral("mood=0.25")}, R"({"chapter":2,"mood":0.25,"sequence":1,"title":"Ferry"})");
    add("boolean", {QStringLiteral("ending=true")}, R"({"chapter":2,"ending":true,"sequence":1,"title":"Ferry"})");
    add("null", {QStringLiteral("note=null")}, R"({"chapter":2,"note":null,"sequence":1,"title":"Ferry"})");
    add("empty", {QStringLiteral("note=")}, R"({"chapter":2,"note":"","sequence":1,"title":"Ferry"})");
    add("array", {QStringLiteral("tags=[\"a\", 2]")}, R"({"chapter":2,"sequence":1,"tags":["a",2],"title":"Ferry"})");
    add("object is made canonical", {QStringLiteral("meta={\"b\":1, \"a\":{\"d\":1,\"c\":2}}")},
        R"({"chapter":2,"meta":{"a":{"c":2,"d":1},"b":1},"sequence":1,"title":"Ferry"})");
    add("not quite JSON is a string", {QStringLiteral("code=12abc")},
        R"({"chapter":2,"code":"12abc","sequence":1,"title":"Ferry"})");
    add("UTF-8", {QStringLiteral("title=Überfahrt — 渡し")},
        R"({"chapter":2,"sequence":1,"title":"Überfahrt — 渡し"})");
    add("value with =", {QStringLiteral("formula=a=b")},
        R"({"chapter":2,"formula":"a=b","sequence":1,"title":"Ferry"})");
    add("several at once", {QStringLiteral("chapter=4"), QStringLiteral("sequence=9"), QStringLiteral("title=Last")},
        R"({"chapter":4,"sequence":9,"title":"Last"})");
    add("unset", {QStringLiteral("--unset"), QStringLiteral("title"), QStringLiteral("--unset=sequence")},
        R"({"chapter":2})");
    add("unset and set", {QStringLiteral("--unset"), QStringLiteral("title"), QStringLiteral("name=Ferry")},
        R"({"chapter":2,"name":"Ferry","sequence":1})");
    add("unset an absent key", {QStringLiteral("--unset"), QStringLiteral("nothing")},
        R"({"chapter":2,"sequence":1,"title":"Ferry"})");
}

void TestCli::setValues()
{
    QFETCH(QStringList, changes);
    QFETCH(QByteArray, properties);
    const QString story = QStringLiteral("set.ryuk");
    QVERIFY(makeStory(story));

    const Run run = ryuk(QStringList{QStringLiteral("set"), story, QStringLiteral("s3")} + changes
                         + QStringList{QStringLiteral("--json")});
    QCOMPARE(QString::fromUtf8(run.err), QString());
    QCOMPARE(run.exitCode, 0);
    const QByteArray expected = R"({"id":"s3","type":"Scene","x":0,"y":0,"properties":)" + properties + "}\n";
    QCOMPARE(QString::fromUtf8(run.out), QString::fromUtf8(expected));
    // The change is in the story, not only in the output.
    QCOMPARE(ryuk({QStringLiteral("get"), story, QStringLiteral("s3"), QStringLiteral("--json")}).out, expected);
}

void TestCli::setOnRelationship()
{
    const QString story = QStringLiteral("setrel.ryuk");
    QVERIFY(makeStory(story));
    const Run run = ryuk({QStringLiteral("set"), story, QStringLiteral("r3"), QStringLiteral("label=Board the ferry"),
                          QStringLiteral("weight=2")});
    QCOMPARE(QString::fromUtf8(run.err), QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("updated relationship \"r3\"\n"));
    QCOMPARE(
            ryuk({QStringLiteral("get"), story, QStringLiteral("r3"), QStringLiteral("--json")}).out,
            line(R"({"id":"r3","type":"LEADS_TO","from":"q1","to":"s3","properties":{"label":"Board the ferry","weight":2}})"));
}

void TestCli::setRejectedLeavesStoryUnchanged_data()
{
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QString>("message");

    QTest::newRow("wrong type for a known field")
            << QStringList{QStringLiteral("chapter=one")}
            << QStringLiteral("ryuk: node \"s3\": property \"chapter\" must be an integer, not a string\n");
    QTest::newRow("one bad change of several")
            << QStringList{QStringLiteral("title=New"), QStringLiteral("sequence=1.5")}
            << QStringLiteral("ryuk: node \"s3\": property \"sequence\" must be an integer, not a number\n");
    QTest::newRow("bad JSON array") << QStringList{QStringLiteral("tags=[1,2")}
                                    << QStringLiteral("ryuk: value of \"tags\" is not valid JSON at column 5: "
                                                      "Missing a comma or ']' after an array element.\n");
    QTest::newRow("bad JSON object")
            << QStringList{QStringLiteral("title=Kept"), QStringLiteral("meta={\"a\":}")}
            << QStringLiteral("ryuk: value of \"meta\" is not valid JSON at column 6: Invalid value.\n");
    QTest::newRow("unterminated JSON string")
            << QStringList{QStringLiteral("title=\"Ferry")}
            << QStringLiteral("ryuk: value of \"title\" is not valid JSON at column 7: "
                              "Missing a closing quotation mark in string.\n");
}

void TestCli::setRejectedLeavesStoryUnchanged()
{
    QFETCH(QStringList, changes);
    QFETCH(QString, message);
    const QString story = QStringLiteral("setbad.ryuk");
    QVERIFY(makeStory(story));
    const QByteArray before = exported(story);

    const Run run = ryuk(QStringList{QStringLiteral("set"), story, QStringLiteral("s3")} + changes);
    QCOMPARE(QString::fromUtf8(run.err), message);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(exported(story), before);
}

void TestCli::deleteCascades()
{
    const QString story = QStringLiteral("delete.ryuk");
    QVERIFY(makeStory(story));

    // s1 takes r1 (s2 -> s1), r2 (s1 -> q1) and r4 (c1 -> s1) with it.
    const Run run = ryuk({QStringLiteral("delete"), story, QStringLiteral("s1"), QStringLiteral("--json")});
    QCOMPARE(QString::fromUtf8(run.err), QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("{\"deleted\":{\"nodes\":1,\"relationships\":3}}\n"));
    for (const char *id : {"s1", "r1", "r2", "r4"})
        QCOMPARE(ryuk({QStringLiteral("get"), story, QString::fromLatin1(id)}).exitCode, 2);
    QCOMPARE(ryuk({QStringLiteral("relationships"), story}).out,
             QByteArray("ID  TYPE        FROM  TO\n"
                        "r3  LEADS_TO    q1    s3\n"
                        "r5  APPEARS_IN  c1    s2\n"
                        "r6  TRIGGERS    e1    s3\n"
                        "page 1 of 1 (3 relationships)\n"));

    const Run text
            = ryuk({QStringLiteral("delete"), story, QStringLiteral("r6"), QStringLiteral("e1"), QStringLiteral("r3")});
    QCOMPARE(QString::fromUtf8(text.err), QString());
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out, QByteArray("deleted 1 node and 2 relationships\n"));
}

void TestCli::deleteIsAllOrNothing()
{
    const QString story = QStringLiteral("deletebad.ryuk");
    QVERIFY(makeStory(story));
    const QByteArray before = exported(story);
    // The unknown id is refused wherever it stands, even after a node that
    // took relationships with it.
    for (const QStringList &ids : {QStringList{QStringLiteral("zz"), QStringLiteral("s3")},
                                   QStringList{QStringLiteral("s3"), QStringLiteral("zz")}}) {
        const Run run = ryuk(QStringList{QStringLiteral("delete"), story} + ids);
        QCOMPARE(QString::fromUtf8(run.err), QStringLiteral("ryuk: no node or relationship has id \"zz\"\n"));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(exported(story), before);
    }
}

void TestCli::nonStoryFileIsLeftAlone()
{
    for (const char *command : {"stats", "nodes", "import"}) {
        QStringList args{QString::fromLatin1(command), QStringLiteral("notastory.ryuk")};
        if (args.first() == QStringLiteral("import"))
            args << QStringLiteral("small.json");
        const Run run = ryuk(args);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(readFile(QStringLiteral("notastory.ryuk")), QByteArray("just some text\n"));
    }
}

void TestCli::importMalformedLeavesStoryUnchanged()
{
    const QString story = QStringLiteral("importbad.ryuk");
    QVERIFY(makeStory(story));
    const QByteArray before = exported(story);

    const Run run = ryuk({QStringLiteral("import"), story, QStringLiteral("bad.json")});
    QCOMPARE(QString::fromUtf8(run.err),
             QStringLiteral("ryuk: bad.json:3:13: invalid JSON: Missing a comma or '}' after an object member.\n"));
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(exported(story), before);

    // Importing the same file twice clashes on the first id, and adds nothing.
    const Run twice = ryuk({QStringLiteral("import"), story, QStringLiteral("small.json"), QStringLiteral("--json")});
    QCOMPARE(twice.exitCode, 2);
    QVERIFY2(twice.err.startsWith("ryuk: small.json:3:"), twice.err.constData());
    QCOMPARE(exported(story), before);
}

void TestCli::importText()
{
    QVERIFY(ryuk({QStringLiteral("init"), QStringLiteral("importtext.ryuk")}).exitCode == 0);
    const Run run = ryuk({QStringLiteral("import"), QStringLiteral("importtext.ryuk"), QStringLiteral("small.json")});
    QCOMPARE(QString::fromUtf8(run.err), QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("imported 6 nodes and 6 relationships from small.json\n"));
}

void TestCli::importFromStdin()
{
    QVERIFY(ryuk({QStringLiteral("init"), QStringLiteral("stdin.ryuk")}).exitCode == 0);
    const Run run = ryuk(
            {QStringLiteral("import"), QStringLiteral("stdin.ryuk"), QStringLiteral("-"), QStringLiteral("--json")},
            SmallStory);
    QCOMPARE(QString::fromUtf8(run.err), QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("{\"nodes\":6,\"relationships\":6}\n"));
    QCOMPARE(exported(QStringLiteral("stdin.ryuk")), exported(QStringLiteral("story.ryuk")));
}

void TestCli::exportToStdoutEqualsFile()
{
    const Run toFile = ryuk({QStringLiteral("export"), QStringLiteral("story.ryuk"), QStringLiteral("out.json"),
                             QStringLiteral("--json")});
    QCOMPARE(QString::fromUtf8(toFile.err), QString());
    QCOMPARE(toFile.exitCode, 0);
    const QByteArray file = readFile(QStringLiteral("out.json"));
    QVERIFY(file.startsWith("{\"format\":\"ryuk.story\",\"version\":1,\"title\":\"Harbor Test\""));
    QCOMPARE(toFile.out,
             QByteArray("{\"nodes\":6,\"relationships\":6,\"bytes\":" + QByteArray::number(file.size()) + "}\n"));

    const Run toStdout = ryuk({QStringLiteral("export"), QStringLiteral("story.ryuk"), QStringLiteral("-")});
    QCOMPARE(QString::fromUtf8(toStdout.err), QString());
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out, file);

    const Run text = ryuk({QStringLiteral("export"), QStringLiteral("story.ryuk"), QStringLiteral("out2.json")});
    QCOMPARE(text.out,
             QByteArray("exported 6 nodes and 6 relationships to out2.json (" + QByteArray::number(file.size())
                        + " bytes)\n"));
    QCOMPARE(readFile(QStringLiteral("out2.json")), file);
}

void TestCli::generate()
{
    const QStringList options{QStringLiteral("--scenes"), QStringLiteral("12"), QStringLiteral("--seed"),
                              QStringLiteral("7")};
    const Run toFile = ryuk(QStringList{QStringLiteral("generate"), QStringLiteral("gen.json")} + options
                            + QStringList{QStringLiteral("--json")});
    QCOMPARE(QString::fromUtf8(toFile.err), QString());
    QCOMPARE(toFile.exitCode, 0);
    const QByteArray file = readFile(QStringLiteral("gen.json"));
    const QJsonObject summary = QJsonDocument::fromJson(toFile.out).object();
    QCOMPARE(summary.keys().size(), 3);
    QCOMPARE(summary.value(QStringLiteral("bytes")).toInteger(), file.size());
    QVERIFY(toFile.out.startsWith("{\"nodes\":"));

    // The same options give the same bytes, on stdout too.
    const Run toStdout = ryuk(QStringList{QStringLiteral("generate"), QStringLiteral("-")} + options);
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out, file);

    // And the file is a story the tool can import.
    QVERIFY(ryuk({QStringLiteral("init"), QStringLiteral("gen.ryuk")}).exitCode == 0);
    const Run imported = ryuk({QStringLiteral("import"), QStringLiteral("gen.ryuk"), QStringLiteral("gen.json"),
                               QStringLiteral("--json")});
    QCOMPARE(QString::fromUtf8(imported.err), QString());
    const QByteArray expected = "{\"nodes\":" + QByteArray::number(summary.value(QStringLiteral("nodes")).toInteger())
            + ",\"relationships\":" + QByteArray::number(summary.value(QStringLiteral("relationships")).toInteger())
            + "}\n";
    QCOMPARE(imported.out, expected);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
