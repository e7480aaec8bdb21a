// Tests of the `ryuk` command-line tool: runs the real program on small stories
// built through the tool itself, and checks its output, messages and exit codes.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointF>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

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

// A small branching story for the graph commands. From s1 the story forks at
// the choice q1 (to s2 or s3) or jumps straight to s3; both branches end at
// s4. s3 has no title. r6 is the short way in hops but heavy; the light way
// goes through q1 and s3. c1 and c2 share s1 and s2, c3 is only in s2.
const char BranchStory[] = R"({"format":"ryuk.story","version":1,"title":"Branch Test",
"nodes":[
{"id":"c1","type":"Character","properties":{"name":"Ada"}},
{"id":"c2","type":"Character","properties":{"name":"Ben"}},
{"id":"c3","type":"Character","properties":{"name":"Cy"}},
{"id":"q1","type":"Choice","properties":{"text":"Left or right?"}},
{"id":"s1","type":"Scene","properties":{"chapter":1,"sequence":1,"title":"Gate","start":true}},
{"id":"s2","type":"Scene","properties":{"chapter":1,"sequence":2,"title":"Left"}},
{"id":"s3","type":"Scene","properties":{"chapter":1,"sequence":3}},
{"id":"s4","type":"Scene","properties":{"chapter":2,"sequence":1,"title":"End","ending":true}}
],
"relationships":[
{"id":"a1","type":"APPEARS_IN","from":"c1","to":"s1"},
{"id":"a2","type":"APPEARS_IN","from":"c2","to":"s1"},
{"id":"a3","type":"APPEARS_IN","from":"c1","to":"s2"},
{"id":"a4","type":"APPEARS_IN","from":"c2","to":"s2"},
{"id":"a5","type":"APPEARS_IN","from":"c3","to":"s2"},
{"id":"r1","type":"LEADS_TO","from":"s1","to":"q1","properties":{"transition_type":"cut"}},
{"id":"r2","type":"LEADS_TO","from":"q1","to":"s2","properties":{"weight":0.5}},
{"id":"r3","type":"LEADS_TO","from":"q1","to":"s3","properties":{"weight":2}},
{"id":"r4","type":"LEADS_TO","from":"s2","to":"s4","properties":{"transition_type":"fade","weight":3}},
{"id":"r5","type":"LEADS_TO","from":"s3","to":"s4","properties":{"weight":0.5}},
{"id":"r6","type":"LEADS_TO","from":"s1","to":"s3","properties":{"weight":5}}
]}
)";

// One of each problem `validate` reports: s5 is a dead end, nothing leads to
// s6, s2 and s3 form a loop in which s3 -> s2 goes back in sequence, the
// choice q1 leads nowhere, and c2 appears in no scene.
const char ProblemStory[] = R"({"format":"ryuk.story","version":1,
"nodes":[
{"id":"c1","type":"Character","properties":{"name":"Ada"}},
{"id":"c2","type":"Character","properties":{"name":"Ben"}},
{"id":"q1","type":"Choice","properties":{"text":"Wait?"}},
{"id":"s1","type":"Scene","properties":{"chapter":1,"sequence":1,"title":"Start","start":true}},
{"id":"s2","type":"Scene","properties":{"chapter":1,"sequence":2,"title":"Round"}},
{"id":"s3","type":"Scene","properties":{"chapter":1,"sequence":3,"title":"About"}},
{"id":"s4","type":"Scene","properties":{"chapter":2,"sequence":1,"title":"End","ending":true}},
{"id":"s5","type":"Scene","properties":{"chapter":1,"sequence":4,"title":"Stuck"}},
{"id":"s6","type":"Scene","properties":{"chapter":3,"sequence":1,"title":"Lost"}}
],
"relationships":[
{"id":"r1","type":"LEADS_TO","from":"s1","to":"s2"},
{"id":"r2","type":"LEADS_TO","from":"s2","to":"s3"},
{"id":"r3","type":"LEADS_TO","from":"s3","to":"s2"},
{"id":"r4","type":"LEADS_TO","from":"s3","to":"s4"},
{"id":"r5","type":"LEADS_TO","from":"s1","to":"q1"},
{"id":"r6","type":"LEADS_TO","from":"s2","to":"s5"},
{"id":"r7","type":"LEADS_TO","from":"s6","to":"s4"},
{"id":"r8","type":"APPEARS_IN","from":"c1","to":"s1"}
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

// The objects `flow` and `path` print for a node and a relationship of BranchStory.
QByteArray flowScene(const char *id)
{
    static const QHash<QByteArray, QByteArray> scenes{
            {"s1", R"({"id":"s1","title":"Gate","sequence":1,"chapter":1})"},
            {"q1", R"({"id":"q1","title":"Left or right?","sequence":null,"chapter":null})"},
            {"s2", R"({"id":"s2","title":"Left","sequence":2,"chapter":1})"},
            {"s3", R"({"id":"s3","title":null,"sequence":3,"chapter":1})"},
            {"s4", R"({"id":"s4","title":"End","sequence":1,"chapter":2})"},
    };
    return scenes.value(id);
}

QByteArray flowTransition(const char *id)
{
    static const QHash<QByteArray, QByteArray> transitions{
            {"r1", R"({"id":"r1","type":"LEADS_TO","weight":null,"transition_type":"cut"})"},
            {"r2", R"({"id":"r2","type":"LEADS_TO","weight":0.5,"transition_type":null})"},
            {"r3", R"({"id":"r3","type":"LEADS_TO","weight":2.0,"transition_type":null})"},
            {"r4", R"({"id":"r4","type":"LEADS_TO","weight":3.0,"transition_type":"fade"})"},
            {"r5", R"({"id":"r5","type":"LEADS_TO","weight":0.5,"transition_type":null})"},
            {"r6", R"({"id":"r6","type":"LEADS_TO","weight":5.0,"transition_type":null})"},
    };
    return transitions.value(id);
}

// {"scenes":[…],"transitions":[…],"length":n} for a path written as
// "s1 r1 q1 r2 s2": nodes and relationships alternating.
QByteArray flowPath(const char *steps)
{
    QList<QByteArray> scenes;
    QList<QByteArray> transitions;
    const QList<QByteArray> parts = QByteArray(steps).split(' ');
    for (qsizetype i = 0; i < parts.size(); ++i)
        (i % 2 == 0 ? scenes : transitions) << (i % 2 == 0 ? flowScene(parts[i]) : flowTransition(parts[i]));
    return "{\"scenes\":[" + scenes.join(',') + "],\"transitions\":[" + transitions.join(',')
            + "],\"length\":" + QByteArray::number(transitions.size()) + '}';
}

QByteArray flows(const QList<const char *> &paths)
{
    QList<QByteArray> items;
    for (const char *path : paths)
        items << flowPath(path);
    return "{\"flows\":[" + items.join(',') + "],\"totalPaths\":" + QByteArray::number(items.size()) + "}\n";
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
    void busyStoryExitsOne_data();
    void busyStoryExitsOne();
    void importMalformedLeavesStoryUnchanged();
    void importText();
    void importFromStdin();
    void exportToStdoutEqualsFile();
    void generate();

    void graphHelp();
    void flow_data();
    void flow();
    void flowText();
    void graphBadInput_data();
    void graphBadInput();
    void validateProblems();
    void validateSample();
    void path_data();
    void path();
    void reach();
    void coappear();
    void layoutStoresPositions();
    void layoutForceIsRepeatable();
    void benchGraph();
    void benchStoreWarmAndCold();

    void profileOutputShape();
    void profileBadInput_data();
    void profileBadInput();
    void profileThresholdBelowFigureFails();
    void planUsesIndex();
    void planUnknownKind();

private:
    Run ryuk(const QStringList &args, const QByteArray &input = {});
    QString path(const QString &name) const { return mDir.filePath(name); }
    void writeFile(const QString &name, const QByteArray &bytes);
    QByteArray readFile(const QString &name);
    // A fresh copy of the small story, made with `init` and `import`.
    bool makeStory(const QString &name);
    // A fresh story holding `json`, made with `init` and `import`.
    bool makeStoryFrom(const QString &name, const QByteArray &json);
    // The position of every node of a story, read from its export.
    QHash<QString, QPointF> positions(const QString &story);
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

void TestCli::busyStoryExitsOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("wholeFile"); // the other program locks out readers too
    const QString story = QStringLiteral("busy.ryuk");
    QTest::newRow("set") << QStringList{QStringLiteral("set"), story, QStringLiteral("s1"), QStringLiteral("title=x")} << false;
    QTest::newRow("delete") << QStringList{QStringLiteral("delete"), story, QStringLiteral("s1")} << false;
    QTest::newRow("import") << QStringList{QStringLiteral("import"), story, QStringLiteral("small.json")} << false;
    QTest::newRow("get") << QStringList{QStringLiteral("get"), story, QStringLiteral("s1")} << true;
    QTest::newRow("next") << QStringList{QStringLiteral("next"), story, QStringLiteral("s1")} << true;
}

// Another program writing the story is no fault of the input: exit 1, and a
// message that says to try again (never "no node has id …").
void TestCli::busyStoryExitsOne()
{
    QFETCH(QStringList, args);
    QFETCH(bool, wholeFile);
    const QString story = QStringLiteral("busy.ryuk");
    QVERIFY(makeStory(story));
    const QByteArray before = exported(story);
    {
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open_v2(path(story).toUtf8().constData(), &other, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        const char *lock = wholeFile ? "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                                       "UPDATE meta SET value = value WHERE key = 'title';"
                                     : "BEGIN IMMEDIATE;";
        const int locked = sqlite3_exec(other, lock, nullptr, nullptr, nullptr);
        const Run run = ryuk(args);
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close_v2(other);
        QCOMPARE(locked, SQLITE_OK);
        QCOMPARE(QString::fromUtf8(run.err),
                 QStringLiteral("ryuk: busy.ryuk: the story is being changed by another program; try again\n"));
        QCOMPARE(run.out, QByteArray());
        QCOMPARE(run.exitCode, 1);
    }
    QCOMPARE(exported(story), before);
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

bool TestCli::makeStoryFrom(const QString &name, const QByteArray &json)
{
    QFile::remove(path(name));
    const QString source = name + QStringLiteral(".json");
    writeFile(source, json);
    const Run created = ryuk({QStringLiteral("init"), name});
    const Run imported = ryuk({QStringLiteral("import"), name, source});
    return created.exitCode == 0 && imported.exitCode == 0;
}

QHash<QString, QPointF> TestCli::positions(const QString &story)
{
    QHash<QString, QPointF> result;
    const QJsonObject document = QJsonDocument::fromJson(exported(story)).object();
    for (const QJsonValue &value : document.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject node = value.toObject();
        result.insert(node.value(QStringLiteral("id")).toString(),
                      QPointF(node.value(QStringLiteral("x")).toDouble(), node.value(QStringLiteral("y")).toDouble()));
    }
    return result;
}

void TestCli::graphHelp()
{
    const Run overview = ryuk({QStringLiteral("--help")});
    QCOMPARE(overview.exitCode, 0);
    for (const char *command : {"flow", "validate", "path", "reach", "coappear", "layout"})
        QVERIFY2(overview.out.contains(QByteArray("\n  " + QByteArray(command) + ' ')), command);

    const QList<QPair<QStringList, QByteArray>> usages{
            {{QStringLiteral("flow")}, "Usage: ryuk flow STORY START [--max-depth D] [--limit L] [--json]\n"},
            {{QStringLiteral("validate")}, "Usage: ryuk validate STORY [--json]\n"},
            {{QStringLiteral("path")}, "Usage: ryuk path STORY FROM TO [--by hops|weight] [--json]\n"},
            {{QStringLiteral("reach")}, "Usage: ryuk reach STORY SCENE_ID [--json]\n"},
            {{QStringLiteral("coappear")}, "Usage: ryuk coappear STORY [--json]\n"},
            {{QStringLiteral("layout")}, "Usage: ryuk layout STORY [--kind layered|force] [--seed S] [--json]\n"},
    };
    for (const auto &[command, usage] : usages) {
        const Run help = ryuk(command + QStringList{QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(usage), help.out.constData());
    }
    const Run bench = ryuk({QStringLiteral("bench"), QStringLiteral("--help")});
    QCOMPARE(bench.exitCode, 0);
    QVERIFY2(bench.out.contains("ryuk bench graph [--scenes N]"), bench.out.constData());
}

void TestCli::flow_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("expected");

    const QString s1 = QStringLiteral("s1");
    // Shortest first; within a length, step by step by the id of the next node
    // (q1 before s3). Paths end at scenes, so s1 -> q1 alone is not one.
    QTest::newRow("defaults") << s1 << QStringList()
                              << flows({"s1 r6 s3", "s1 r1 q1 r2 s2", "s1 r1 q1 r3 s3", "s1 r6 s3 r5 s4",
                                        "s1 r1 q1 r2 s2 r4 s4", "s1 r1 q1 r3 s3 r5 s4"});
    QTest::newRow("--max-depth 2") << s1 << QStringList{QStringLiteral("--max-depth"), QStringLiteral("2")}
                                   << flows({"s1 r6 s3", "s1 r1 q1 r2 s2", "s1 r1 q1 r3 s3", "s1 r6 s3 r5 s4"});
    QTest::newRow("--limit 2") << s1 << QStringList{QStringLiteral("--limit=2")}
                               << flows({"s1 r6 s3", "s1 r1 q1 r2 s2"});
    QTest::newRow("from a scene midway") << QStringLiteral("s2") << QStringList() << flows({"s2 r4 s4"});
    QTest::newRow("from an ending") << QStringLiteral("s4") << QStringList() << flows({});
}

void TestCli::flow()
{
    QFETCH(QString, start);
    QFETCH(QStringList, options);
    QFETCH(QByteArray, expected);
    const QString story = QStringLiteral("branch.ryuk");
    if (!QFileInfo::exists(path(story)))
        QVERIFY(makeStoryFrom(story, BranchStory));
    const Run run = ryuk(QStringList{QStringLiteral("flow"), story, start, QStringLiteral("--json")} + options);
    QCOMPARE(QString::fromUtf8(run.err), QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out), QString::fromUtf8(expected));
}

void TestCli::flowText()
{
    const QString story = QStringLiteral("branchtext.ryuk");
    QVERIFY(makeStoryFrom(story, BranchStory));
    const Run run = ryuk(
            {QStringLiteral("flow"), story, QStringLiteral("s1"), QStringLiteral("--limit"), QStringLiteral("5")});
    QCOMPARE(QString::fromUtf8(run.err), QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out),
             QStringLiteral("LENGTH  PATH               TITLES\n"
                            "1       s1 → s3            Gate → —\n"
                            "2       s1 → q1 → s2       Gate → Left or right? → Left\n"
                            "2       s1 → q1 → s3       Gate → Left or right? → —\n"
                            "2       s1 → s3 → s4       Gate → — → End\n"
                            "3       s1 → q1 → s2 → s4  Gate → Left or right? → Left → End\n"
                            "5 paths (stopped at --limit 5)\n"));

    const Run none = ryuk({QStringLiteral("flow"), story, QStringLiteral("s4")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(QString::fromUtf8(none.out), QStringLiteral("no path from \"s4\" reaches a scene within 10 steps\n"));
}

void TestCli::graphBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");

    auto add = [](const char *tag, const QString &args, const char *message) {
        QTest::newRow(tag) << args.split(QLatin1Char(' ')) << QString::fromUtf8(message) + QLatin1Char('\n');
    };
    add("flow from an unknown id", QStringLiteral("flow branch-errors.ryuk zz"), "ryuk: no node has id \"zz\"");
    add("flow from a choice", QStringLiteral("flow branch-errors.ryuk q1"),
        "ryuk: node \"q1\" is a Choice, not a Scene");
    add("flow from a character", QStringLiteral("flow branch-errors.ryuk c1 --json"),
        "ryuk: node \"c1\" is a Character, not a Scene");
    add("flow --max-depth 0", QStringLiteral("flow branch-errors.ryuk s1 --max-depth 0"),
        "ryuk: --max-depth must be between 1 and 100");
    add("flow --max-depth 101", QStringLiteral("flow branch-errors.ryuk s1 --max-depth=101"),
        "ryuk: --max-depth must be between 1 and 100");
    add("flow --limit 10001", QStringLiteral("flow branch-errors.ryuk s1 --limit 10001"),
        "ryuk: --limit must be between 1 and 10000");
    add("flow on a missing story", QStringLiteral("flow nope.ryuk s1"), "ryuk: nope.ryuk: no such story file");
    add("path with no path", QStringLiteral("path branch-errors.ryuk s4 s1"),
        "ryuk: no LEADS_TO path from \"s4\" to \"s1\"");
    add("path --by", QStringLiteral("path branch-errors.ryuk s1 s4 --by time"), "ryuk: --by must be hops or weight");
    add("layout without --kind", QStringLiteral("layout branch-errors.ryuk"),
        "ryuk: --kind is required (see ryuk layout --help)");
    add("layout --kind", QStringLiteral("layout branch-errors.ryuk --kind circle"),
        "ryuk: --kind must be layered or force");
    add("layout --seed", QStringLiteral("layout branch-errors.ryuk --kind force --seed -1"),
        "ryuk: --seed must be a whole number from 0 to 18446744073709551615");
    add("bench graph --scenes 0", QStringLiteral("bench graph --scenes 0"),
        "ryuk: --scenes must be between 1 and 10000000");
    add("bench graph --naive-seconds", QStringLiteral("bench graph --naive-seconds 3"),
        "ryuk: unknown option \"--naive-seconds\" for \"bench\"");
    add("bench formats without --hostile", QStringLiteral("bench formats"),
        "ryuk: bench formats measures hostile inputs only: give --hostile");
    add("bench formats --scenes", QStringLiteral("bench formats --hostile --scenes 3"),
        "ryuk: unknown option \"--scenes\" for \"bench formats\"");
}

void TestCli::graphBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString story = QStringLiteral("branch-errors.ryuk");
    if (!QFileInfo::exists(path(story)))
        QVERIFY(makeStoryFrom(story, BranchStory));
    const QByteArray before = exported(story);
    const Run run = ryuk(args);
    QCOMPARE(QString::fromUtf8(run.err), message);
    QCOMPARE(QString::fromUtf8(run.out), QString());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(exported(story), before);
}

void TestCli::validateProblems()
{
    const QString story = QStringLiteral("problems.ryuk");
    QVERIFY(makeStoryFrom(story, ProblemStory));

    const Run json = ryuk({QStringLiteral("validate"), story, QStringLiteral("--json")});
    QCOMPARE(QString::fromUtf8(json.err), QString());
    QCOMPARE(json.exitCode, 3);
    QCOMPARE(QString::fromUtf8(json.out),
             QStringLiteral(R"({"deadEnds":["s5"],"unreachable":["s6"],"loops":[["s2","s3"]],)"
                            R"("danglingChoices":["q1"],"absentCharacters":["c2"],"sequenceBackwards":[["s3","s2"]]})"
                            "\n"));

    const Run text = ryuk({QStringLiteral("validate"), story});
    QCOMPARE(QString::fromUtf8(text.err), QString());
    QCOMPARE(text.exitCode, 3);
    QCOMPARE(QString::fromUtf8(text.out),
             QStringLiteral("dead ends: 1\n"
                            "  s5  Stuck\n"
                            "unreachable scenes: 1\n"
                            "  s6  Lost\n"
                            "loops: 1\n"
                            "  s2, s3\n"
                            "dangling choices: 1\n"
                            "  q1  Wait?\n"
                            "absent characters: 1\n"
                            "  c2  Ben\n"
                            "sequence going backwards: 1\n"
                            "  s3 → s2\n"));

    // A clean story: the branch story has an ending, a start and no loops.
    const QString clean = QStringLiteral("clean.ryuk");
    QVERIFY(makeStoryFrom(clean, BranchStory));
    const Run ok = ryuk({QStringLiteral("validate"), clean});
    QCOMPARE(QString::fromUtf8(ok.err), QString());
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.out, QByteArray("No problems found.\n"));
    const Run okJson = ryuk({QStringLiteral("validate"), clean, QStringLiteral("--json")});
    QCOMPARE(okJson.exitCode, 0);
    QCOMPARE(okJson.out,
             QByteArray(R"({"deadEnds":[],"unreachable":[],"loops":[],"danglingChoices":[],"absentCharacters":[],)"
                        R"("sequenceBackwards":[]})"
                        "\n"));
}

void TestCli::validateSample()
{
    const QString story = QStringLiteral("validate-sample.ryuk");
    QFile::remove(path(story));
    QCOMPARE(ryuk({QStringLiteral("init"), story, QStringLiteral("--sample")}).exitCode, 0);
    const Run run = ryuk({QStringLiteral("validate"), story});
    QCOMPARE(QString::fromUtf8(run.err), QString());
    QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("No problems found.\n"));
    QCOMPARE(run.exitCode, 0);
}

void TestCli::path_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("text");

    // Fewest steps: straight to s3 over the heavy r6. Least weight: through q1
    // (r1 has no weight and counts 1): 1 + 2 + 0.5.
    const QByteArray hops = "{\"path\":" + flowPath("s1 r6 s3 r5 s4") + ",\"cost\":2}\n";
    const QString hopsText = QStringLiteral("ID  TITLE  VIA\n"
                                            "s1  Gate\n"
                                            "s3         r6\n"
                                            "s4  End    r5\n"
                                            "2 steps\n");
    QTest::newRow("default") << QStringList() << hops << hopsText;
    QTest::newRow("--by hops") << QStringList{QStringLiteral("--by"), QStringLiteral("hops")} << hops << hopsText;
    QTest::newRow("--by weight") << QStringList{QStringLiteral("--by=weight")}
                                 << "{\"path\":" + flowPath("s1 r1 q1 r3 s3 r5 s4") + ",\"cost\":3.5}\n"
                                 << QStringLiteral("ID  TITLE           VIA\n"
                                                   "s1  Gate\n"
                                                   "q1  Left or right?  r1\n"
                                                   "s3                  r3\n"
                                                   "s4  End             r5\n"
                                                   "3 steps, total weight 3.5\n");
}

void TestCli::path()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, json);
    QFETCH(QString, text);
    const QString story = QStringLiteral("branch-path.ryuk");
    if (!QFileInfo::exists(path(story)))
        QVERIFY(makeStoryFrom(story, BranchStory));
    const QStringList args{QStringLiteral("path"), story, QStringLiteral("s1"), QStringLiteral("s4")};

    const Run run = ryuk(args + options + QStringList{QStringLiteral("--json")});
    QCOMPARE(QString::fromUtf8(run.err), QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out), QString::fromUtf8(json));

    const Run readable = ryuk(args + options);
    QCOMPARE(readable.exitCode, 0);
    QCOMPARE(QString::fromUtf8(readable.out), text);
}

void TestCli::reach()
{
    const QString story = QStringLiteral("branch-reach.ryuk");
    QVERIFY(makeStoryFrom(story, BranchStory));
    const Run json = ryuk({QStringLiteral("reach"), story, QStringLiteral("s2"), QStringLiteral("--json")});
    QCOMPARE(QString::fromUtf8(json.err), QString());
    QCOMPARE(json.exitCode, 0);
    // Only LEADS_TO counts: the characters appearing in s2 do not reach it.
    QCOMPARE(json.out,
             QByteArray(R"({"scene":"s2","reachable":["s4"],"reachedBy":["q1","s1"]})"
                        "\n"));

    const Run text = ryuk({QStringLiteral("reach"), story, QStringLiteral("s2")});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(QString::fromUtf8(text.out),
             QStringLiteral("\"s2\" leads to 1 node:\n"
                            "  s4  End\n"
                            "2 nodes lead to \"s2\":\n"
                            "  q1  Left or right?\n"
                            "  s1  Gate\n"));

    const Run start = ryuk({QStringLiteral("reach"), story, QStringLiteral("s1"), QStringLiteral("--json")});
    QCOMPARE(start.exitCode, 0);
    QCOMPARE(start.out,
             QByteArray(R"({"scene":"s1","reachable":["q1","s2","s3","s4"],"reachedBy":[]})"
                        "\n"));

    const Run unknown = ryuk({QStringLiteral("reach"), story, QStringLiteral("zz")});
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(QString::fromUtf8(unknown.err), QStringLiteral("ryuk: no node has id \"zz\"\n"));
}

void TestCli::coappear()
{
    const QString story = QStringLiteral("branch-coappear.ryuk");
    QVERIFY(makeStoryFrom(story, BranchStory));
    const Run json = ryuk({QStringLiteral("coappear"), story, QStringLiteral("--json")});
    QCOMPARE(QString::fromUtf8(json.err), QString());
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out,
             QByteArray(R"({"pairs":[{"a":"c1","b":"c2","scenes":2},{"a":"c1","b":"c3","scenes":1},)"
                        R"({"a":"c2","b":"c3","scenes":1}]})"
                        "\n"));

    const Run text = ryuk({QStringLiteral("coappear"), story});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(QString::fromUtf8(text.out),
             QStringLiteral("A   NAME  B   NAME  SCENES\n"
                            "c1  Ada   c2  Ben   2\n"
                            "c1  Ada   c3  Cy    1\n"
                            "c2  Ben   c3  Cy    1\n"));

    const Run none = ryuk({QStringLiteral("coappear"), QStringLiteral("story.ryuk"), QStringLiteral("--json")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, QByteArray("{\"pairs\":[]}\n"));
}

void TestCli::layoutStoresPositions()
{
    const QString story = QStringLiteral("layout-sample.ryuk");
    QFile::remove(path(story));
    QCOMPARE(ryuk({QStringLiteral("init"), story, QStringLiteral("--sample")}).exitCode, 0);
    const QHash<QString, QPointF> before = positions(story);
    QVERIFY(!before.isEmpty());

    const Run run = ryuk({QStringLiteral("layout"), story, QStringLiteral("--kind"), QStringLiteral("layered"),
                          QStringLiteral("--json")});
    QCOMPARE(QString::fromUtf8(run.err), QString());
    QCOMPARE(run.exitCode, 0);
    const QRegularExpression shape(QStringLiteral(R"(^\{"kind":"layered","nodes":(\d+),"seconds":[0-9.]+\}\n$)"));
    const auto match = shape.match(QString::fromUtf8(run.out));
    QVERIFY2(match.hasMatch(), run.out.constData());
    QCOMPARE(match.captured(1).toInt(), before.size());

    // The positions are in the story: `get` shows them, and they moved.
    const QHash<QString, QPointF> after = positions(story);
    QCOMPARE(after.size(), before.size());
    qsizetype moved = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        moved += it.value() != before.value(it.key()) ? 1 : 0;
    QVERIFY2(moved > before.size() / 2, QByteArray::number(moved).constData());
    const QPointF s01 = after.value(QStringLiteral("s01"));
    const QJsonObject got = QJsonDocument::fromJson(
                                    ryuk({QStringLiteral("get"), story, QStringLiteral("s01"),
                                          QStringLiteral("--fields"), QStringLiteral("x,y"), QStringLiteral("--json")})
                                            .out)
                                    .object();
    QCOMPARE(got.value(QStringLiteral("x")).toDouble(), s01.x());
    QCOMPARE(got.value(QStringLiteral("y")).toDouble(), s01.y());
    QVERIFY(s01 != before.value(QStringLiteral("s01")));

    // Layered reads top to bottom: every LEADS_TO goes down the page.
    const QJsonObject document = QJsonDocument::fromJson(exported(story)).object();
    for (const QJsonValue &value : document.value(QStringLiteral("relationships")).toArray()) {
        const QJsonObject relationship = value.toObject();
        if (relationship.value(QStringLiteral("type")).toString() != QStringLiteral("LEADS_TO"))
            continue;
        const QString from = relationship.value(QStringLiteral("from")).toString();
        const QString to = relationship.value(QStringLiteral("to")).toString();
        QVERIFY2(after.value(to).y() > after.value(from).y(),
                 qPrintable(QStringLiteral("%1 (y %2) -> %3 (y %4)")
                                    .arg(from)
                                    .arg(after.value(from).y())
                                    .arg(to)
                                    .arg(after.value(to).y())));
    }

    const Run text = ryuk({QStringLiteral("layout"), story, QStringLiteral("--kind=force")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^laid out \d+ nodes \(force\) in [0-9.]+ s\n$)"))
                     .match(QString::fromUtf8(text.out))
                     .hasMatch(),
             text.out.constData());
}

void TestCli::layoutForceIsRepeatable()
{
    // The same seed gives the same layout, stored the same way.
    QList<QHash<QString, QPointF>> layouts;
    for (const char *name : {"force-a.ryuk", "force-b.ryuk"}) {
        const QString story = QString::fromLatin1(name);
        QVERIFY(makeStoryFrom(story, BranchStory));
        const Run run = ryuk({QStringLiteral("layout"), story, QStringLiteral("--kind"), QStringLiteral("force"),
                              QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json")});
        QCOMPARE(QString::fromUtf8(run.err), QString());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("{\"kind\":\"force\",\"nodes\":8,\"seconds\":"), run.out.constData());
        layouts << positions(story);
    }
    QCOMPARE(layouts.at(0), layouts.at(1));
}

void TestCli::benchGraph()
{
    const Run run = ryuk({QStringLiteral("bench"), QStringLiteral("graph"), QStringLiteral("--scenes"),
                          QStringLiteral("2000"), QStringLiteral("--json")});
    QCOMPARE(QString::fromUtf8(run.err), QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.endsWith("}\n"));
    QCOMPARE(run.out.count('\n'), 1);
    const QJsonObject figures = QJsonDocument::fromJson(run.out).object();
    for (const char *key : {"scenes", "nodes", "relationships", "build_s", "flow_ms", "validate_s", "edit_us",
                            "store_edit_us", "layout_10k_s", "peak_rss_mb"})
        QVERIFY2(figures.value(QLatin1String(key)).isDouble(), key);
    QCOMPARE(figures.value(QStringLiteral("suite")).toString(), QStringLiteral("graph"));
    QCOMPARE(figures.value(QStringLiteral("scenes")).toInteger(), 2000);
}

// The page and chapter queries come twice: with the totals cached (warm) and
// as the first query after an edit (cold), which counts its rows again.
void TestCli::benchStoreWarmAndCold()
{
    const Run run = ryuk({QStringLiteral("bench"), QStringLiteral("store"), QStringLiteral("--scenes"),
                          QStringLiteral("2000"), QStringLiteral("--naive-seconds"), QStringLiteral("1"),
                          QStringLiteral("--json")});
    QCOMPARE(QString::fromUtf8(run.err), QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count('\n'), 1);
    const QJsonObject figures = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(figures.value(QStringLiteral("suite")).toString(), QStringLiteral("store"));
    for (const char *key : {"page_query_us", "page_query_cold_us", "chapter_query_us", "chapter_query_cold_us"})
        QVERIFY2(figures.value(QLatin1String(key)).toDouble() > 0, key);
}

void TestCli::profileOutputShape()
{
    const Run run = ryuk({QStringLiteral("profile"), QStringLiteral("story.ryuk"), QStringLiteral("--workers"),
                          QStringLiteral("2"), QStringLiteral("--seconds"), QStringLiteral("0.5"), QStringLiteral("--json")});
    QCOMPARE(QString::fromUtf8(run.err), QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count('\n'), 1);
    const QJsonObject figures = QJsonDocument::fromJson(run.out).object();
    QVERIFY(figures.value(QStringLiteral("throughput")).toDouble() > 0);
    QCOMPARE(figures.value(QStringLiteral("failures")).toInteger(), 0);
    QCOMPARE(figures.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
    const QJsonObject kinds = figures.value(QStringLiteral("kinds")).toObject();
    QCOMPARE(kinds.keys(), (QStringList{QStringLiteral("character"), QStringLiteral("next"), QStringLiteral("node.get"),
                                        QStringLiteral("nodes.page"), QStringLiteral("scenes.chapter")}));
    qint64 total = 0;
    for (const QJsonValue &kind : kinds) {
        for (const char *key : {"count", "p50_us", "p95_us", "p99_us", "max_us"})
            QVERIFY2(kind.toObject().value(QLatin1String(key)).isDouble(), key);
        total += kind.toObject().value(QStringLiteral("count")).toInteger();
    }
    QCOMPARE(total, figures.value(QStringLiteral("queries")).toInteger());

    // A mix of one kind, and the text report.
    const Run text = ryuk({QStringLiteral("profile"), QStringLiteral("story.ryuk"), QStringLiteral("--seconds"),
                           QStringLiteral("0.2"), QStringLiteral("--mix"), QStringLiteral("stats=1")});
    QCOMPARE(QString::fromUtf8(text.err), QString());
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.startsWith("KIND"));
    QVERIFY(text.out.contains("\nstats "));
    QVERIFY(text.out.contains(": pass\n"));
}

void TestCli::profileBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no workers") << QStringList{QStringLiteral("--workers"), QStringLiteral("0")};
    QTest::newRow("too many workers") << QStringList{QStringLiteral("--workers"), QStringLiteral("65")};
    QTest::newRow("no time") << QStringList{QStringLiteral("--seconds"), QStringLiteral("0")};
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("--mix"), QStringLiteral("node.sing=1")};
    QTest::newRow("bad weight") << QStringList{QStringLiteral("--mix"), QStringLiteral("node.get")};
    QTest::newRow("no p95 threshold") << QStringList{QStringLiteral("--max-p95-ms"), QStringLiteral("0")};
    QTest::newRow("p95 threshold not a number") << QStringList{QStringLiteral("--max-p95-ms"), QStringLiteral("fast")};
    QTest::newRow("no failure threshold") << QStringList{QStringLiteral("--max-failures"), QStringLiteral("0")};
    QTest::newRow("failure threshold over 100") << QStringList{QStringLiteral("--max-failures"), QStringLiteral("101")};
}

void TestCli::profileBadInput()
{
    QFETCH(QStringList, args);
    const Run run = ryuk(QStringList{QStringLiteral("profile"), QStringLiteral("story.ryuk")} + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith("ryuk: "));
    QCOMPARE(run.out, QByteArray());
}

// The default thresholds (p95 under 500 ms) pass almost any machine; one set
// below what the run measures must fail it, and say so with exit status 4.
void TestCli::profileThresholdBelowFigureFails()
{
    // 0.0001 ms is 100 ns, less than any query through SQLite takes.
    const Run json = ryuk({QStringLiteral("profile"), QStringLiteral("story.ryuk"), QStringLiteral("--seconds"),
                           QStringLiteral("0.3"), QStringLiteral("--max-p95-ms"), QStringLiteral("0.0001"),
                           QStringLiteral("--json")});
    QCOMPARE(QString::fromUtf8(json.err), QString());
    QCOMPARE(json.exitCode, 4);
    QCOMPARE(json.out.count('\n'), 1);
    const QJsonObject figures = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(figures.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
    QCOMPARE(figures.value(QStringLiteral("failures")).toInteger(), 0);
    const QJsonObject thresholds = figures.value(QStringLiteral("thresholds")).toObject();
    QCOMPARE(thresholds.value(QStringLiteral("p95_us")).toDouble(), 0.1);
    QCOMPARE(thresholds.value(QStringLiteral("failures_percent")).toDouble(), 10.0);
    // The measured figure is what failed it.
    QVERIFY(figures.value(QStringLiteral("p95_us")).toDouble() >= 0.1);

    // The text report: the table, the summary line with the verdict, the thresholds.
    const Run text = ryuk({QStringLiteral("profile"), QStringLiteral("story.ryuk"), QStringLiteral("--seconds"),
                           QStringLiteral("0.3"), QStringLiteral("--max-p95-ms"), QStringLiteral("0.0001")});
    QCOMPARE(QString::fromUtf8(text.err), QString());
    QCOMPARE(text.exitCode, 4);
    QVERIFY(text.out.startsWith("KIND"));
    const QList<QByteArray> lines = text.out.split('\n');
    QCOMPARE(lines.size(), 9); // header, five kinds, summary, thresholds, and the final newline
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+ queries in \\d+\\.\\d\\d s with 2 workers: \\d+ queries/s, "
                                               "0 failures, p95 \\d+\\.\\d µs: fail$"))
                     .match(QString::fromUtf8(lines.at(6)))
                     .hasMatch(),
             lines.at(6).constData());
    QCOMPARE(QString::fromUtf8(lines.at(7)), QStringLiteral("thresholds: every kind's p95 under 0.1 µs, under 10 % of queries failed"));
    QCOMPARE(lines.at(8), QByteArray());

    // The same story and mix with the defaults passes: the threshold made the difference.
    const Run passing = ryuk({QStringLiteral("profile"), QStringLiteral("story.ryuk"), QStringLiteral("--seconds"),
                              QStringLiteral("0.3"), QStringLiteral("--max-failures"), QStringLiteral("10")});
    QCOMPARE(QString::fromUtf8(passing.err), QString());
    QCOMPARE(passing.exitCode, 0);
    QVERIFY(passing.out.contains(": pass\nthresholds: every kind's p95 under 500000.0 µs, under 10 % of queries failed\n"));
}

void TestCli::planUsesIndex()
{
    const Run run = ryuk({QStringLiteral("plan"), QStringLiteral("story.ryuk"), QStringLiteral("scenes.chapter")});
    QCOMPARE(QString::fromUtf8(run.err), QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("USING INDEX scenes_chapter_sequence"));
    QVERIFY(!run.out.contains("full table scan"));

    const Run json = ryuk({QStringLiteral("plan"), QStringLiteral("story.ryuk"), QStringLiteral("node.get"),
                           QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject plan = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(plan.value(QStringLiteral("kind")).toString(), QStringLiteral("node.get"));
    QCOMPARE(plan.value(QStringLiteral("fullScans")).toInteger(), 0);
    const QJsonArray rows = plan.value(QStringLiteral("plan")).toArray();
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.at(0).toObject().value(QStringLiteral("detail")).toString().startsWith(QStringLiteral("SEARCH n USING INDEX")));
}

void TestCli::planUnknownKind()
{
    const Run run = ryuk({QStringLiteral("plan"), QStringLiteral("story.ryuk"), QStringLiteral("node.sing")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("no query plan for kind \"node.sing\""));
    QCOMPARE(run.out, QByteArray());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
