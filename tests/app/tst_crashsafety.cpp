// Crash safety of the programs that write a story, proven by killing them:
// `ryuk import` and a stream of `ryuk set` commands are killed with SIGKILL at
// random moments, and so is the editor (the real main window, driven by mouse
// and key events in a child process) during drags and in-place renames. After
// every kill the story must pass SQLite's integrity check, open in
// `ryuk stats`, and hold exactly what was acknowledged: all or none of an
// import, every `set` that exited 0, every edit the editor had stored.
//
// The moments are drawn from one seed, printed at the start; RYUK_CRASH_SEED
// repeats a run. CTest runs each test function as its own test (label "crash").
#include "mainwindow.h"

#include "canvas/storycanvas.h"
#include "core/properties.h"
#include "document/storydocument.h"
#include "store/storystore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <random>
#include <set>

#include <sys/types.h>
#include <unistd.h>

using namespace ryuk;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runRyuk(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(RYUK_CLI), args);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// SQLite's own verdict on the file, through the C API: "ok" when sound.
// Opening it is what any program does next: SQLite replays or drops the WAL.
QString integrityCheck(const QString &path)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
        return QStringLiteral("cannot open: ") + message;
    }
    sqlite3_stmt *stmt = nullptr;
    QStringList rows;
    rc = sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            rows << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    if (rc != SQLITE_DONE)
        rows << QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rows.join(u'\n');
}

struct Counts
{
    qint64 nodes = -1;
    qint64 relationships = -1;
    bool operator==(const Counts &) const = default;
};

QString describe(const Counts &c)
{
    return QStringLiteral("%1 nodes, %2 relationships").arg(c.nodes).arg(c.relationships);
}

// The story as `ryuk stats` reads it; an empty error when it opened.
Counts statsOf(const QString &path, QString &error)
{
    const Run run = runRyuk({QStringLiteral("stats"), path, QStringLiteral("--json")});
    if (run.exitCode != 0) {
        error = QStringLiteral("ryuk stats exited %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err));
        return {};
    }
    const QJsonObject stats = QJsonDocument::fromJson(run.out).object();
    return {stats.value(QStringLiteral("nodes")).toInteger(-1),
            stats.value(QStringLiteral("relationships")).toInteger(-1)};
}

// The file after a kill: sound to SQLite and to `ryuk stats`. `ryuk` opens it
// first, as a user would after the crash; then SQLite checks every page.
QString checkSound(const QString &path, Counts *counts = nullptr)
{
    QString error;
    const Counts c = statsOf(path, error);
    if (!error.isEmpty())
        return error;
    if (counts)
        *counts = c;
    const QString integrity = integrityCheck(path);
    return integrity == QLatin1String("ok") ? QString() : QStringLiteral("integrity_check: ") + integrity;
}

QJsonArray exportedNodes(const QString &path)
{
    const Run run = runRyuk({QStringLiteral("export"), path, QStringLiteral("-")});
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("nodes")).toArray();
}

void removeStory(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// A copy of a closed story (its log too, should one be left).
bool copyStory(const QString &from, const QString &to)
{
    removeStory(to);
    if (QFile::exists(from + QStringLiteral("-wal"))
        && !QFile::copy(from + QStringLiteral("-wal"), to + QStringLiteral("-wal")))
        return false;
    return QFile::copy(from, to);
}

// Kills the process group led by `process` (a shell and the `ryuk` it runs).
void killGroup(QProcess &process)
{
    if (process.processId() > 0)
        ::kill(-pid_t(process.processId()), SIGKILL);
    process.waitForFinished(10000);
}

quint64 masterSeed()
{
    static const quint64 seed = [] {
        bool ok = false;
        const quint64 fromEnv = qEnvironmentVariable("RYUK_CRASH_SEED").toULongLong(&ok);
        return ok ? fromEnv : QRandomGenerator::system()->generate64();
    }();
    return seed;
}

// ---- The editor in a child process.

// One line to standard output, unbuffered, so the parent holds every line
// written before the kill.
void emitLine(const QByteArray &line)
{
    QByteArray bytes = line + '\n';
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, data, std::size_t(left));
        if (n <= 0)
            return;
        data += n;
        left -= n;
    }
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 17);
}

// Reports every change the store has committed, as it commits it: the
// parent's record of what must survive. `phase` says whether the mouse
// button had been released when a move was stored.
class CommitReporter : public StoryObserver
{
public:
    explicit CommitReporter(StoryStore &store) : mStore(store) {}
    const char *phase = "idle";

    void storyChanged(const std::vector<StoryChange> &changes) override
    {
        for (const StoryChange &change : changes) {
            const QByteArray id = QByteArray::fromStdString(change.id);
            switch (change.kind) {
            case StoryChange::Kind::NodeMoved:
                emitLine("ok move " + id + ' ' + number(change.x) + ' ' + number(change.y) + ' ' + phase);
                break;
            case StoryChange::Kind::NodeChanged: {
                auto node = mStore.node(change.id);
                const std::string title = node ? propertyString(node->properties, "title").value_or("") : "?";
                emitLine("ok title " + id + ' ' + QByteArray::fromStdString(title));
                break;
            }
            default:
                emitLine("ok other " + QByteArray::number(int(change.kind)) + ' ' + id);
                break;
            }
        }
    }

private:
    StoryStore &mStore;
};

void sendMouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

void sendKey(QWidget *w, int key, const QString &text = {})
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QApplication::sendEvent(w, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(w, &release);
}

// `tst_crashsafety --studio-child STORY SEED`: opens STORY in the real main
// window and drags and renames its scenes with mouse and key events until it
// is killed. Before each gesture it says what it starts ("begin"), before
// each event that may store something what would be stored ("try"), and
// after the gesture "end"; the store's commits come as "ok" lines.
int runStudioChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Ryuk Tests"));
    QApplication::setApplicationName(QStringLiteral("tst_crashsafety"));
    const QString path = QString::fromLocal8Bit(argv[2]);
    const quint64 seed = QByteArray(argv[3]).toULongLong();
    std::mt19937_64 random(seed);

    MainWindow window;
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        emitLine("error the window was not shown");
        return 1;
    }
    if (!window.openStory(path)) {
        emitLine("error " + window.lastError().toUtf8());
        return 1;
    }
    QTest::qWait(50); // the window's own fit to the story comes queued
    StoryDocument *document = window.document();
    StoryCanvas *canvas = window.canvas();
    CommitReporter reporter(document->store());
    document->store().addObserver(&reporter);

    std::vector<VertexIndex> scenes;
    for (std::size_t v = 0; v < document->graph().vertexSlots(); ++v) {
        if (document->graph().vertex(VertexIndex(v)).alive
            && document->graph().vertex(VertexIndex(v)).kind == NodeKind::Scene)
            scenes.push_back(VertexIndex(v));
    }
    emitLine("ready");
    auto pause = [&](int maxMs) { QTest::qWait(1 + int(random() % quint64(maxMs))); };
    for (int serial = 1;; ++serial) {
        const VertexIndex v = scenes[random() % scenes.size()];
        const QByteArray id = QByteArray::fromStdString(document->graph().vertex(v).id);
        document->clearSelection();
        canvas->setZoom(1.0);
        const QPointF start(document->graph().vertex(v).x, document->graph().vertex(v).y);
        canvas->centerOnScenePoint(start);
        QCoreApplication::processEvents();
        const QPointF press = canvas->mapFromScene(start);
        if (canvas->nodeAt(press) != v)
            continue; // another node lies on top of it
        if (random() % 10 < 6) {
            // A drag: the node follows the mouse from where it was pressed.
            QPointF delta(double(random() % 161) - 80, double(random() % 161) - 80);
            if (delta.manhattanLength() < 20)
                delta += QPointF(30, 30);
            const int steps = 3 + int(random() % 6);
            emitLine("begin drag " + id);
            sendMouse(canvas, QEvent::MouseMove, press, Qt::NoButton, Qt::NoButton);
            sendMouse(canvas, QEvent::MouseButtonPress, press, Qt::LeftButton, Qt::LeftButton);
            reporter.phase = "move";
            QPointF last = press;
            for (int k = 1; k <= steps; ++k) {
                pause(12);
                last = press + delta * (double(k) / steps);
                const QPointF target = start + (canvas->mapToScene(last) - canvas->mapToScene(press));
                emitLine("try " + id + ' ' + number(target.x()) + ' ' + number(target.y()));
                sendMouse(canvas, QEvent::MouseMove, last, Qt::NoButton, Qt::LeftButton);
            }
            pause(12);
            emitLine("release " + id);
            reporter.phase = "release";
            sendMouse(canvas, QEvent::MouseButtonRelease, last, Qt::LeftButton, Qt::NoButton);
            QTest::qWait(2); // a write the release queued lands inside the gesture
            reporter.phase = "idle";
            emitLine("end");
        } else {
            // An in-place rename, opened by a double-click or by F2 on the selected node.
            emitLine("begin rename " + id);
            if (random() % 2) {
                sendMouse(canvas, QEvent::MouseButtonPress, press, Qt::LeftButton, Qt::LeftButton);
                sendMouse(canvas, QEvent::MouseButtonRelease, press, Qt::LeftButton, Qt::NoButton);
                sendMouse(canvas, QEvent::MouseButtonDblClick, press, Qt::LeftButton, Qt::LeftButton);
                sendMouse(canvas, QEvent::MouseButtonRelease, press, Qt::LeftButton, Qt::NoButton);
            } else {
                sendMouse(canvas, QEvent::MouseButtonPress, press, Qt::LeftButton, Qt::LeftButton);
                sendMouse(canvas, QEvent::MouseButtonRelease, press, Qt::LeftButton, Qt::NoButton);
                sendKey(canvas, Qt::Key_F2);
            }
            auto *editor = canvas->findChild<QLineEdit *>();
            if (!canvas->isEditingLabel() || !editor) {
                emitLine("error no label editor opened on " + id);
                return 1;
            }
            const QString title = QStringLiteral("Renamed %1 %2").arg(seed % 100000).arg(serial);
            editor->selectAll();
            for (const QChar c : title) {
                int key = Qt::Key_A; // QLineEdit inserts the event's text; the key code only needs to be plausible
                if (c == u' ')
                    key = Qt::Key_Space;
                else if (c.isDigit())
                    key = Qt::Key_0 + c.digitValue();
                sendKey(editor, key, c);
                if (random() % 3 == 0)
                    pause(6);
            }
            emitLine("try " + id + " title " + title.toUtf8());
            sendKey(editor, Qt::Key_Return);
            QTest::qWait(2);
            emitLine("end");
        }
        pause(8);
    }
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importKilledIsAllOrNothing();
    void setStreamKilledKeepsAcknowledgedEdits();
    void editorKilledKeepsStoredEdits();

private:
    QString path(const QString &name) const { return mDir.filePath(name); }
    bool writeFile(const QString &name, const QByteArray &bytes);
    // A new story holding `json` (nothing when empty), made with `init` and `import`.
    QString makeStory(const QString &name, const QByteArray &json);

    QTemporaryDir mDir;
};

bool TestCrashSafety::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(path(name));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString TestCrashSafety::makeStory(const QString &name, const QByteArray &json)
{
    removeStory(path(name));
    Run run = runRyuk({QStringLiteral("init"), path(name)});
    if (run.exitCode != 0)
        return QString::fromUtf8(run.err);
    if (json.isEmpty())
        return {};
    if (!writeFile(name + QStringLiteral(".json"), json))
        return QStringLiteral("cannot write %1.json").arg(name);
    run = runRyuk({QStringLiteral("import"), path(name), path(name + QStringLiteral(".json"))});
    return run.exitCode == 0 ? QString() : QString::fromUtf8(run.err);
}

void TestCrashSafety::initTestCase()
{
    QVERIFY(mDir.isValid());
    QVERIFY(QFileInfo::exists(QStringLiteral(RYUK_CLI)));
    qInfo("crash trials seeded with %llu (RYUK_CRASH_SEED=%llu repeats them)", masterSeed(), masterSeed());
}

// `ryuk import` killed at random moments, into an empty story (the bulk path,
// which drops and rebuilds the indexes) and into one that holds a few nodes.
void TestCrashSafety::importKilledIsAllOrNothing()
{
    std::mt19937_64 random(masterSeed() ^ 0x1001);
    const QString source = path(QStringLiteral("big.json"));
    const Run generated = runRyuk({QStringLiteral("generate"), source, QStringLiteral("--scenes"),
                                   QStringLiteral("15000"), QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(generated.exitCode == 0, generated.err.constData());

    const QByteArray few = R"({"format":"ryuk.story","version":1,"nodes":[
{"id":"base-1","type":"Scene","properties":{"title":"Before"}},
{"id":"base-2","type":"Scene","properties":{"title":"After"}},
{"id":"base-3","type":"Character","properties":{"name":"Watcher"}}],
"relationships":[{"id":"base-r1","type":"LEADS_TO","from":"base-1","to":"base-2"},
{"id":"base-r2","type":"APPEARS_IN","from":"base-3","to":"base-1"}]})";
    const QStringList bases{QStringLiteral("empty.ryuk"), QStringLiteral("few.ryuk")};
    QCOMPARE(makeStory(bases[0], {}), QString());
    QCOMPARE(makeStory(bases[1], few), QString());

    // Before and after for each base; how long a whole import takes here, and
    // how its log grows: only as the commit writes it (until then the rows
    // wait in SQLite's page cache), and then it is copied into the story.
    Counts before[2], after[2];
    qint64 importMs[2] = {0, 0};
    qint64 logFullMs[2] = {0, 0};
    qint64 logBytes[2] = {0, 0};
    const QString trial = path(QStringLiteral("trial.ryuk"));
    auto logSize = [&] {
        const QFileInfo log(trial + QStringLiteral("-wal"));
        return log.exists() ? log.size() : 0;
    };
    for (int b = 0; b < 2; ++b) {
        QString error;
        before[b] = statsOf(path(bases[b]), error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(copyStory(path(bases[b]), trial));
        QElapsedTimer clock;
        clock.start();
        QProcess process;
        process.start(QStringLiteral(RYUK_CLI), {QStringLiteral("import"), trial, source});
        QVERIFY(process.waitForStarted());
        while (!process.waitForFinished(1)) {
            if (const qint64 size = logSize(); size > logBytes[b]) {
                logBytes[b] = size;
                logFullMs[b] = clock.elapsed();
            }
        }
        importMs[b] = clock.elapsed();
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY2(logBytes[b] > 0, "the import was never seen writing its log");
        after[b] = statsOf(trial, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(after[b].nodes > before[b].nodes);
    }
    qInfo("a whole import takes %lld ms into an empty story (log of %lld bytes written by %lld ms), %lld ms into one "
          "with %s (%lld bytes by %lld ms)",
          importMs[0], logBytes[0], logFullMs[0], importMs[1], qPrintable(describe(before[1])), logBytes[1],
          logFullMs[1]);

    // Three kinds of moment, in turn: any time from the start of the process
    // to the end of a whole import; when the log has reached a random size
    // (the commit is writing); a random time after the log is complete (the
    // log is being copied into the story).
    const int trials = 24;
    int killed = 0, none = 0, all = 0, killedWriting = 0;
    for (int t = 0; t < trials; ++t) {
        const int b = t % 2;
        const int kind = (t / 2) % 3;
        QVERIFY(copyStory(path(bases[b]), trial));
        const qint64 threshold = kind == 0 ? 0 : kind == 1 ? 1 + qint64(random() % quint64(logBytes[b])) : logBytes[b];
        const qint64 delayMs = kind == 0 ? qint64(random() % quint64(importMs[b] + 1))
                : kind == 2 ? qint64(random() % quint64(std::max<qint64>(1, importMs[b] - logFullMs[b]) + 1))
                            : 0;
        QProcess process;
        process.start(QStringLiteral(RYUK_CLI), {QStringLiteral("import"), trial, source});
        QVERIFY(process.waitForStarted());
        bool finished = false;
        while (threshold > 0 && logSize() < threshold && !(finished = process.waitForFinished(1))) {}
        finished = finished || process.waitForFinished(int(delayMs));
        bool wasKilled = false;
        if (!finished) {
            ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished(10000));
            wasKilled = process.exitStatus() == QProcess::CrashExit;
        }
        if (!wasKilled)
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        killed += wasKilled ? 1 : 0;
        killedWriting += wasKilled && logSize() > 0 ? 1 : 0;
        const QString when = kind == 1
                ? QStringLiteral("at a log of %1 bytes").arg(threshold)
                : QStringLiteral("%1 ms after %2")
                          .arg(delayMs)
                          .arg(kind == 0 ? QStringLiteral("the start") : QStringLiteral("the log was complete"));

        Counts counts;
        const QString unsound = checkSound(trial, &counts);
        QVERIFY2(unsound.isEmpty(), qPrintable(QStringLiteral("trial %1 (killed %2): %3").arg(t).arg(when, unsound)));
        QVERIFY2(counts == before[b] || counts == after[b],
                 qPrintable(QStringLiteral("trial %1 (killed %2) left %3; before %4, after %5")
                                    .arg(t)
                                    .arg(when, describe(counts), describe(before[b]), describe(after[b]))));
        (counts == before[b] ? none : all) += 1;
    }
    qInfo("%d trials: %d killed, %d of them while the import was writing the story; the story held none of the "
          "import %d times, all of it %d times",
          trials, killed, killedWriting, none, all);
    QVERIFY2(killed >= trials / 3, "the kills must land while the import runs");
    QVERIFY2(killedWriting >= trials / 6, "the kills at a log size must land while the import writes");
}

// A shell runs `ryuk set` after `ryuk set`, each setting its own property,
// and prints the number of each one that exited 0; shell and `ryuk` are
// killed together at a random moment. Every printed edit must be in the
// story, and the only other one allowed is the one that was running.
void TestCrashSafety::setStreamKilledKeepsAcknowledgedEdits()
{
    std::mt19937_64 random(masterSeed() ^ 0x2002);
    const int nodeCount = 8;
    QByteArray json = R"({"format":"ryuk.story","version":1,"nodes":[)";
    for (int i = 1; i <= nodeCount; ++i)
        json += QByteArray(i > 1 ? "," : "") + R"({"id":"n)" + QByteArray::number(i)
                + R"(","type":"Scene","properties":{"title":"Node )" + QByteArray::number(i) + R"("}})";
    json += R"(],"relationships":[]})";
    QCOMPARE(makeStory(QStringLiteral("edits.ryuk"), json), QString());
    const QString story = path(QStringLiteral("edits.ryuk"));

    // Edit number i sets e<i> = i on node n<i % 8 + 1>.
    const QString script = QStringLiteral("i=$START\n"
                                          "while :; do\n"
                                          "  if \"$RYUK\" set \"$STORY\" n$((i % %1 + 1)) e$i=$i >/dev/null "
                                          "2>\"$STORY.err\"; then echo ok $i;\n"
                                          "  else echo failed $i $?; cat \"$STORY.err\"; fi\n"
                                          "  i=$((i + 1))\n"
                                          "done\n")
                                   .arg(nodeCount);
    std::set<qint64> acknowledged;
    std::set<qint64> allowed; // acknowledged, or running when the kill came
    const int trials = 24;
    int editsAcknowledged = 0;
    for (int t = 0; t < trials; ++t) {
        const qint64 first = qint64(t) * 100000 + 1;
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RYUK"), QStringLiteral(RYUK_CLI));
        env.insert(QStringLiteral("STORY"), story);
        env.insert(QStringLiteral("START"), QString::number(first));
        shell.setProcessEnvironment(env);
        shell.setChildProcessModifier([] { ::setsid(); });
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        QVERIFY(shell.waitForStarted());
        const int delayMs = 100 + int(random() % 800);
        QVERIFY(!shell.waitForFinished(delayMs));
        killGroup(shell);
        const QList<QByteArray> lines = shell.readAllStandardOutput().split('\n');
        qint64 next = first;
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            const QByteArray acknowledgement = QByteArray("ok ") + QByteArray::number(next);
            QVERIFY2(line == acknowledgement,
                     qPrintable(QStringLiteral("trial %1: %2").arg(t).arg(QString::fromUtf8(line))));
            acknowledged.insert(next);
            allowed.insert(next);
            ++next;
            ++editsAcknowledged;
        }
        allowed.insert(next); // the one that may have been committing when the kill came

        const QString unsound = checkSound(story);
        QVERIFY2(unsound.isEmpty(),
                 qPrintable(QStringLiteral("trial %1 (killed after %2 ms): %3").arg(t).arg(delayMs).arg(unsound)));
        std::set<qint64> stored;
        const QJsonArray nodes = exportedNodes(story);
        QCOMPARE(nodes.size(), nodeCount);
        for (const QJsonValue &node : nodes) {
            const QJsonObject properties = node.toObject().value(QStringLiteral("properties")).toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                if (!it.key().startsWith(u'e'))
                    continue;
                const qint64 n = it.key().mid(1).toLongLong();
                QCOMPARE(it.value().toInteger(), n);
                QCOMPARE(node.toObject().value(QStringLiteral("id")).toString(),
                         QStringLiteral("n%1").arg(n % nodeCount + 1));
                stored.insert(n);
            }
        }
        for (qint64 n : acknowledged)
            QVERIFY2(stored.count(n),
                     qPrintable(QStringLiteral("trial %1: edit %2 exited 0 but is not in the story").arg(t).arg(n)));
        for (qint64 n : stored)
            QVERIFY2(allowed.count(n),
                     qPrintable(QStringLiteral("trial %1: edit %2 is in the story but never ran").arg(t).arg(n)));
        // An edit the kill caught after its commit stays; count it as acknowledged from now on.
        if (stored.count(next))
            acknowledged.insert(next);
    }
    qInfo("%d trials, %d edits acknowledged in all", trials, editsAcknowledged);
    QVERIFY(editsAcknowledged > 0);
}

// The editor killed during drags and in-place renames (see runStudioChild).
// On reopening, every edit the store had committed is there; the nodes of the
// gesture under way may also hold what that gesture was storing, and nothing else.
void TestCrashSafety::editorKilledKeepsStoredEdits()
{
    std::mt19937_64 random(masterSeed() ^ 0x3003);
    const int columns = 4, rows = 3;
    QByteArray json = R"({"format":"ryuk.story","version":1,"nodes":[)";
    for (int i = 0; i < columns * rows; ++i) {
        json += QByteArray(i > 0 ? "," : "") + R"({"id":"s)" + QByteArray::number(i + 1) + R"(","type":"Scene","x":)"
                + QByteArray::number((i % columns) * 400) + R"(,"y":)" + QByteArray::number((i / columns) * 300)
                + R"(,"properties":{"chapter":1,"sequence":)" + QByteArray::number(i + 1) + R"(,"title":"Scene )"
                + QByteArray::number(i + 1) + R"("}})";
    }
    json += R"(],"relationships":[)";
    for (int i = 1; i < columns * rows; ++i) {
        json += QByteArray(i > 1 ? "," : "") + R"({"id":"r)" + QByteArray::number(i)
                + R"(","type":"LEADS_TO","from":"s)" + QByteArray::number(i) + R"(","to":"s)"
                + QByteArray::number(i + 1) + R"("})";
    }
    json += "]}";
    QCOMPARE(makeStory(QStringLiteral("studio.ryuk"), json), QString());
    const QString story = path(QStringLiteral("studio.ryuk"));

    struct State
    {
        double x = 0, y = 0;
        QString title;
    };
    auto readStory = [&](QHash<QString, State> &state) {
        state.clear();
        for (const QJsonValue &value : exportedNodes(story)) {
            const QJsonObject node = value.toObject();
            state.insert(
                    node.value(QStringLiteral("id")).toString(),
                    {node.value(QStringLiteral("x")).toDouble(), node.value(QStringLiteral("y")).toDouble(),
                     node.value(QStringLiteral("properties")).toObject().value(QStringLiteral("title")).toString()});
        }
    };
    auto near = [](double a, double b) { return std::abs(a - b) < 1e-6; };
    QHash<QString, State> expected;
    readStory(expected);
    QCOMPARE(expected.size(), columns * rows);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const QString runtime = path(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);

    const int trials = 20;
    int moves = 0, renames = 0, killedMidGesture = 0, movesOnRelease = 0, pending = 0;
    for (int t = 0; t < trials; ++t) {
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--studio-child"), story, QString::number(random())});
        QVERIFY(child.waitForStarted());
        QByteArray output;
        QElapsedTimer clock;
        clock.start();
        while (!output.contains("ready\n") && !output.contains("error") && clock.elapsed() < 60000) {
            if (!child.waitForReadyRead(1000) && child.state() != QProcess::Running)
                break;
            output += child.readAllStandardOutput();
        }
        QVERIFY2(output.contains("ready\n"), QByteArray(output + child.readAllStandardError()).constData());
        const int delayMs = 50 + int(random() % 1200);
        const bool ended = child.waitForFinished(delayMs);
        if (!ended)
            ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        output += child.readAllStandardOutput();
        // The child only ends when killed, or on an error it reports.
        QVERIFY2(!ended, QByteArray(output + child.readAllStandardError()).constData());

        // Replay what the child said: the stored edits, and what the gesture
        // under way at the kill may have been storing.
        QString gestureNode;
        bool released = false;
        std::vector<State> tries;
        const QList<QByteArray> lines = output.split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> words = line.split(' ');
            if (words.value(0) == "error")
                QFAIL(line.constData());
            if (words.value(0) == "begin") {
                gestureNode = QString::fromUtf8(words.value(2));
                released = false;
                tries.clear();
            } else if (words.value(0) == "end") {
                gestureNode.clear();
                tries.clear();
            } else if (words.value(0) == "release") {
                released = true;
            } else if (words.value(0) == "try" && words.value(2) == "title") {
                tries.push_back({0, 0, QString::fromUtf8(line.mid(line.indexOf(" title ") + 7))});
            } else if (words.value(0) == "try") {
                tries.push_back({words.value(2).toDouble(), words.value(3).toDouble(), {}});
            } else if (words.value(0) == "ok" && words.value(1) == "move") {
                State &s = expected[QString::fromUtf8(words.value(2))];
                s.x = words.value(3).toDouble();
                s.y = words.value(4).toDouble();
                ++moves;
                movesOnRelease += words.value(5) == "release" ? 1 : 0;
            } else if (words.value(0) == "ok" && words.value(1) == "title") {
                expected[QString::fromUtf8(words.value(2))].title
                        = QString::fromUtf8(line.mid(10 + words.value(2).size()));
                ++renames;
            }
        }
        killedMidGesture += gestureNode.isEmpty() ? 0 : 1;

        const QString unsound = checkSound(story);
        QVERIFY2(unsound.isEmpty(), qPrintable(QStringLiteral("trial %1: %2").arg(t).arg(unsound)));
        QHash<QString, State> actual;
        readStory(actual);
        QCOMPARE(actual.size(), expected.size());
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const State &want = it.value();
            const State &have = actual.value(it.key());
            if (near(have.x, want.x) && near(have.y, want.y) && have.title == want.title)
                continue;
            // Only the node of the gesture under way may differ, and only by
            // what that gesture tried to store (stored, but not yet reported).
            bool tried = false;
            if (it.key() == gestureNode) {
                for (const State &attempt : tries) {
                    tried = tried
                            || (attempt.title.isEmpty()
                                        ? near(have.x, attempt.x) && near(have.y, attempt.y) && have.title == want.title
                                        : have.title == attempt.title && near(have.x, want.x) && near(have.y, want.y));
                }
            }
            QVERIFY2(tried,
                     qPrintable(QStringLiteral("trial %1: %2 is at (%3, %4) titled \"%5\"; the editor had stored "
                                               "(%6, %7) titled \"%8\"\n%9")
                                        .arg(t)
                                        .arg(it.key())
                                        .arg(have.x)
                                        .arg(have.y)
                                        .arg(have.title)
                                        .arg(want.x)
                                        .arg(want.y)
                                        .arg(want.title,
                                             QString::fromUtf8(output.right(2000) + child.readAllStandardError()))));
            ++pending;
            it.value() = have;
        }
        // A drag whose moves are stored only when the button is released
        // must leave the node where it was until then.
        if (!gestureNode.isEmpty() && !released && moves > 0 && moves == movesOnRelease)
            QVERIFY2(near(actual.value(gestureNode).x, expected.value(gestureNode).x)
                             && near(actual.value(gestureNode).y, expected.value(gestureNode).y),
                     qPrintable(QStringLiteral("trial %1: %2 moved by a drag that was never released")
                                        .arg(t)
                                        .arg(gestureNode)));
    }
    qInfo("%d trials, %d killed mid-gesture; %d moves (%d stored on release) and %d renames reported stored, "
          "%d stored edits caught before their report",
          trials, killedMidGesture, moves, movesOnRelease, renames, pending);
    QVERIFY(moves > 0);
    QVERIFY(renames > 0);
}

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--studio-child") == 0)
        return runStudioChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
