// The SQLite story store: opening and refusing files, migration, the query
// catalogue, all-or-nothing edits, batches and two stores on one file.
#include "core/properties.h"
#include "formats/samplestory.h"
#include "store/schema.h"
#include "store/sqlitedatabase.h"
#include "store/sqlitestorystore.h"

#include <QDir>
#include <QScopeGuard>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include "testsupport.h"

#include <sqlite3.h>

#include <sys/stat.h>

#include <climits>
#include <cmath>
#include <limits>
#include <set>

using namespace ryuk;
using ryuk::test::kindText;

Q_DECLARE_METATYPE(std::vector<PropertyChange>)
Q_DECLARE_METATYPE(ryuk::Node)
Q_DECLARE_METATYPE(ryuk::Relationship)
Q_DECLARE_METATYPE(ryuk::ErrorKind)

namespace {

QString str(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// "a b c" → {"a", "b", "c"}: expected id lists stay on one line.
QStringList idList(const char *ids)
{
    return QString::fromUtf8(ids).split(u' ', Qt::SkipEmptyParts);
}

QString show(const Node &n)
{
    return QStringLiteral("%1 %2 (%3, %4) %5")
            .arg(str(n.id), str(n.type), QString::number(n.x, 'g', 17), QString::number(n.y, 'g', 17),
                 str(n.properties));
}

QString show(const Relationship &r)
{
    return QStringLiteral("%1 %2 %3->%4 %5").arg(str(r.id), str(r.type), str(r.from), str(r.to), str(r.properties));
}

template<typename T>
QStringList ids(const std::vector<T> &items)
{
    QStringList out;
    for (const T &item : items)
        out << str(item.id);
    return out;
}

template<typename T>
QStringList shown(const std::vector<T> &items)
{
    QStringList out;
    for (const T &item : items)
        out << show(item);
    return out;
}

QString showPagination(const Pagination &p)
{
    return QStringLiteral("page=%1 limit=%2 total=%3 pages=%4 hasNext=%5 hasPrev=%6")
            .arg(p.page)
            .arg(p.limit)
            .arg(p.total)
            .arg(p.pages)
            .arg(p.hasNext)
            .arg(p.hasPrev);
}

QString showStats(const StoryStats &s)
{
    QString out
            = QStringLiteral("nodes=%1 relationships=%2 chapters=%3").arg(s.nodes).arg(s.relationships).arg(s.chapters);
    for (const auto &[type, n] : s.nodesByType)
        out += QStringLiteral(" node:%1=%2").arg(str(type)).arg(n);
    for (const auto &[type, n] : s.relationshipsByType)
        out += QStringLiteral(" relationship:%1=%2").arg(str(type)).arg(n);
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<cannot read>");
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// SQLite's side files; a refused or cleanly closed story leaves none.
QStringList sideFiles(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFile::exists(path + QLatin1String(suffix)))
            found << path + QLatin1String(suffix);
    return found;
}

quint32 be32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + offset);
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
}

// Plain SQLite, no model code: for building foreign files and looking behind the store.
QString rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString problem;
    if (rc == SQLITE_OK) {
        char *message = nullptr;
        rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
        if (rc != SQLITE_OK)
            problem = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
    } else {
        problem = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close_v2(db);
    return problem;
}

// Each row as its columns joined by '|' ("NULL" for null).
QStringList rawRows(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QStringList rows;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK) {
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                QStringList columns;
                for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
                    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
                    columns << (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
                }
                rows << columns.join(u'|');
            }
        } else {
            rows << QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return rows;
}

// Everything a reader can see, one line each: "nothing changed" means this is equal.
QStringList dump(StoryStore &store)
{
    QStringList out;
    auto nodes = store.forEachNode([&](const Node &n) {
        out << show(n);
        return true;
    });
    auto relationships = store.forEachRelationship([&](const Relationship &r) {
        out << show(r);
        return true;
    });
    auto title = store.title();
    auto stats = store.stats();
    if (!nodes || !relationships || !title || !stats)
        out << QStringLiteral("<error>");
    else
        out << QStringLiteral("title: ") + str(*title) << showStats(*stats);
    return out;
}

// The hand-built story most tests query. Insertion order differs from id order
// on purpose; "S9" sorts before every lower-case id, "s10" between "s1" and "s2".
const std::vector<Node> &smallNodes()
{
    static const std::vector<Node> nodes = {
            {"s10", "Scene", 300, 0, R"({"title":"Harbor","chapter":2,"sequence":1})"},
            {"s2", "Scene", 0, 100, R"({"title":"Alarm","chapter":1,"sequence":1})"},
            {"s1", "Scene", 10.5, -20.25, R"({ "title" : "Dawn", "sequence" : 2, "chapter" : 1 })"},
            {"S9", "Scene", 400, 0, R"({"title":"Storm","chapter":2,"sequence":2})"},
            {"s3", "Scene", 0, 300, R"({"title":"Rooftops","chapter":1,"sequence":3})"},
            {"s4", "Scene", 50, 300, R"({"title":"Tie","chapter":1,"sequence":3})"},
            {"s5", "Scene", 0, 900, R"({"title":"Limbo"})"},
            {"c-mina", "Character", -100, 0, R"({"name":"Mina","role":"courier"})"},
            {"c-ren", "Character", -100, 100, R"({"name":"Ren","role":"director","chapter":1})"},
            {"c-lonely", "Character", -100, 200, R"({"name":"Nobody"})"},
            {"c-odd", "Character", -100, 300, R"({"chapter":"one"})"},
            {"ch1", "Choice", 20, 0, R"({"label":"Jump","weight":0.5})"},
            {"e1", "Event", 30, 0, R"({"causality_level":3})"},
            {"place-harbor", "Place", 40, 0, R"({"chapter":"n/a"})"},
    };
    return nodes;
}

const std::vector<Relationship> &smallRelationships()
{
    static const std::vector<Relationship> relationships = {
            {"l1", "LEADS_TO", "s2", "s1", R"({"weight":1,"transition_type":"cut"})"},
            {"l2", "LEADS_TO", "s1", "s3", "{}"},
            {"l3", "LEADS_TO", "s1", "s4", "{}"},
            {"l4", "LEADS_TO", "s1", "s3", "{}"}, // parallel to l2
            {"l5", "LEADS_TO", "s3", "s10", "{}"},
            {"l6", "LEADS_TO", "s4", "s10", "{}"},
            {"x1", "leads_to", "s2", "s3", "{}"}, // type names are case-sensitive
            {"h1", "HAS_CHOICE", "s1", "ch1", "{}"},
            {"t1", "TRIGGERS", "ch1", "e1", "{}"},
            {"a1", "APPEARS_IN", "c-mina", "s10", "{}"},
            {"a2", "APPEARS_IN", "c-mina", "s2", "{}"},
            {"a3", "APPEARS_IN", "c-mina", "s1", "{}"},
            {"a4", "APPEARS_IN", "c-mina", "s1", "{}"},  // parallel to a3
            {"a5", "APPEARS_IN", "c-mina", "ch1", "{}"}, // not a Scene
            {"a6", "APPEARS_IN", "s3", "c-mina", "{}"},  // the wrong way round
            {"a7", "APPEARS_IN", "c-ren", "S9", "{}"},
            {"a8", "APPEARS_IN", "c-mina", "S9", "{}"},
            {"r1", "RELATES_TO", "c-mina", "c-ren", R"({"weight":0.9,"transition_type":"rivalry"})"},
    };
    return relationships;
}

const char *const SmallNodeOrder = "S9 c-lonely c-mina c-odd c-ren ch1 e1 place-harbor s1 s10 s2 s3 s4 s5";
const char *const SmallRelationshipOrder = "a1 a2 a3 a4 a5 a6 a7 a8 h1 l1 l2 l3 l4 l5 l6 r1 t1 x1";

Status buildSmallStory(StoryStore &store)
{
    for (const Node &n : smallNodes())
        if (auto s = store.addNode(n); !s)
            return s;
    for (const Relationship &r : smallRelationships())
        if (auto s = store.addRelationship(r); !s)
            return s;
    return store.setTitle("Small");
}

Node node(const char *id, const char *type, double x, double y, const char *properties)
{
    return Node{id, type, x, y, properties};
}

// Every entry of a folder, hidden ones too (a private file being made starts with '.').
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// Installs a creation hook for one scope.
struct CreateHook
{
    explicit CreateHook(std::function<Status(testing::CreateStep, const QString &)> hook)
    {
        testing::setCreateHook(std::move(hook));
    }
    ~CreateHook() { testing::setCreateHook(nullptr); }
    CreateHook(const CreateHook &) = delete;
    CreateHook &operator=(const CreateHook &) = delete;
};

// A plain SQLite connection that other tests' stores do not know: another program.
struct RawConnection
{
    sqlite3 *db = nullptr;
    explicit RawConnection(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    }
    ~RawConnection() { sqlite3_close_v2(db); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;
    QString exec(const char *sql)
    {
        char *message = nullptr;
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
        QString problem = rc == SQLITE_OK ? QString() : QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return problem;
    }
};

} // namespace




class TestStoryStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createNewRefusesAnExistingFile();
    void openExistingRefusesAMissingFile();
    void folderRefused();
    void createInAMissingFolder();
    void openOrCreate();
    void fileAppearingWhileCreatingIsKept_data();
    void fileAppearingWhileCreatingIsKept();
    void storyAppearingWhileOpeningOrCreatingIsOpened();
    void failedCreateLeavesNothing_data();
    void failedCreateLeavesNothing();
    void discardNewStory();
    void discardLeavesAFileThatReplacedIt();
    void discardLeavesAStoryInUse();
    void discardRefusesAStoryItDidNotCreate();
    void newFileMode();
    void newFileHeader();
    void reopenKeepsData();

    void foreignFileLeftUntouched_data();
    void foreignFileLeftUntouched();

    void migrateFromVersion0();
    void migrateFromVersion1();
    void migrationRefused_data();
    void migrationRefused();

    void nodeById();
    void relationshipById();
    void nodes_data();
    void nodes();
    void nodePages_data();
    void nodePages();
    void pageRequestRefused_data();
    void pageRequestRefused();
    void pagesOfAnEmptyStory();
    void relationshipPages_data();
    void relationshipPages();
    void next_data();
    void next();
    void character_data();
    void character();
    void characterRefused_data();
    void characterRefused();
    void stats();

    void addNodeCanonicalises();
    void addNodeRefused_data();
    void addNodeRefused();
    void addRelationshipRefused_data();
    void addRelationshipRefused();
    void duplicateIds_data();
    void duplicateIds();
    void duplicateIdsInOneBatch();
    void setPropertiesOfANode();
    void setPropertiesOfARelationship();
    void setPropertiesRefused_data();
    void setPropertiesRefused();
    void nonFinitePositionsRefused_data();
    void nonFinitePositionsRefused();
    void moveNodes();
    void moveNodesAllOrNothing_data();
    void moveNodesAllOrNothing();
    void remove_data();
    void remove();
    void removeAllOrNothing_data();
    void removeAllOrNothing();

    void batchNotCommittedChangesNothing();
    void batchCommitted();
    void batchHasNode();
    void batchOfCheckedElements();
    void countsAfterARolledBackBatch();
    void forEachNode();
    void forEachRelationship();

    void twoStoresOnOneFile();
    void countsSeenAcrossStores();
    void busyStoryAsksToTryAgain();
    void memoryStoriesWriteNoFile();
    void busyWhileOpeningIsNotDamage();
    void damageFoundWhileWorkingIsSQLitesMessage();
    void textFits_data();
    void textFits();
    void failedBindsReachStep();

    void sampleStory();

private:
    QString path(const char *name) const { return mDir->filePath(QString::fromUtf8(name)); }
    std::unique_ptr<StoryStore> newStore(const char *name = "story.ryuk");
    std::unique_ptr<StoryStore> smallStore(const char *name = "story.ryuk");

    std::unique_ptr<QTemporaryDir> mDir;
    QTemporaryDir mTemplateDir;
    QString mSmallStory; // built once with addNode/addRelationship, copied for each test
};

void TestStoryStore::initTestCase()
{
    QVERIFY(mTemplateDir.isValid());
    mSmallStory = mTemplateDir.filePath(QStringLiteral("small.ryuk"));
    RYUK_TAKE(store, openStory(mSmallStory, OpenMode::CreateNew));
    RYUK_VERIFY_OK(buildSmallStory(*store));
}

void TestStoryStore::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
}

void TestStoryStore::cleanup()
{
    mDir.reset();
}

std::unique_ptr<StoryStore> TestStoryStore::newStore(const char *name)
{
    auto store = openStory(path(name), OpenMode::CreateNew);
    if (!store) {
        QTest::qFail(qPrintable(store.error().toString()), __FILE__, __LINE__);
        return {};
    }
    return std::move(*store);
}

std::unique_ptr<StoryStore> TestStoryStore::smallStore(const char *name)
{
    if (!QFile::copy(mSmallStory, path(name))) {
        QTest::qFail("cannot copy the small story", __FILE__, __LINE__);
        return {};
    }
    auto store = openStory(path(name), OpenMode::OpenExisting);
    if (!store) {
        QTest::qFail(qPrintable(store.error().toString()), __FILE__, __LINE__);
        return {};
    }
    return std::move(*store);
}

// A fresh copy of the small story, or a failed test.
#define RYUK_SMALL_STORY(var) \
  auto var = smallStore(); \
  QVERIFY(var)

// --- creating and opening ---------------------------------------------------

void TestStoryStore::createNewRefusesAnExistingFile()
{
    const QString file = path("taken.ryuk");
    QVERIFY(writeFile(file, "x"));
    auto store = openStory(file, OpenMode::CreateNew);
    RYUK_COMPARE_ERROR(store, ErrorKind::Conflict, QStringLiteral("the file already exists"));
    QCOMPARE(store.error().toString(), file + QStringLiteral(": the file already exists"));
    QCOMPARE(fileBytes(file), QByteArray("x"));

    // An existing story too.
    auto first = newStore("story.ryuk");
    QVERIFY(first);
    RYUK_COMPARE_ERROR(openStory(path("story.ryuk"), OpenMode::CreateNew), ErrorKind::Conflict,
                       QStringLiteral("the file already exists"));
}

void TestStoryStore::openExistingRefusesAMissingFile()
{
    const QString file = path("missing.ryuk");
    auto store = openStory(file, OpenMode::OpenExisting);
    RYUK_COMPARE_ERROR(store, ErrorKind::NotFound, QStringLiteral("no such story file"));
    QCOMPARE(store.error().file, file);
    QVERIFY(!QFile::exists(file));
    QVERIFY(sideFiles(file).isEmpty());
}

void TestStoryStore::folderRefused()
{
    for (OpenMode mode : {OpenMode::OpenExisting, OpenMode::CreateNew, OpenMode::OpenOrCreate}) {
        auto store = openStory(mDir->path(), mode);
        RYUK_COMPARE_ERROR(store, ErrorKind::BadInput, QStringLiteral("is a folder, not a story file"));
        QCOMPARE(store.error().file, mDir->path());
    }
}

void TestStoryStore::createInAMissingFolder()
{
    const QString file = mDir->filePath(QStringLiteral("no/such/folder/story.ryuk"));
    for (OpenMode mode : {OpenMode::CreateNew, OpenMode::OpenOrCreate}) {
        auto store = openStory(file, mode);
        RYUK_COMPARE_ERROR(store, ErrorKind::Io, QStringLiteral("cannot open the story: unable to open database file"));
        QCOMPARE(store.error().file, file);
        QVERIFY(!store.error().isInputError());
    }
    QVERIFY(!QFile::exists(mDir->filePath(QStringLiteral("no"))));
}

void TestStoryStore::openOrCreate()
{
    const QString file = path("either.ryuk");
    {
        RYUK_TAKE(store, openStory(file, OpenMode::OpenOrCreate));
        QCOMPARE(store->location(), file);
        RYUK_VERIFY_OK(store->addNode(node("n1", "Scene", 0, 0, "{}")));
    }
    RYUK_TAKE(store, openStory(file, OpenMode::OpenOrCreate));
    RYUK_TAKE(n1, store->node("n1"));
    QCOMPARE(show(n1), show(node("n1", "Scene", 0, 0, "{}")));
}

// --- claiming the name: never touch what we did not create ------------------

void TestStoryStore::fileAppearingWhileCreatingIsKept_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("mode");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("message");
    for (auto [stepName, step] : {std::pair{"after the check", testing::CreateStep::Checked},
                                  std::pair{"before the claim", testing::CreateStep::Made}}) {
        QTest::addRow("%s, create new", stepName)
                << int(step) << int(OpenMode::CreateNew) << ErrorKind::Conflict << QStringLiteral("the file already exists");
        // Open-or-create opens what appeared, with every check of an open.
        QTest::addRow("%s, open or create", stepName)
                << int(step) << int(OpenMode::OpenOrCreate) << ErrorKind::NotAStory
                << QStringLiteral("not a Ryuk story (not a SQLite database)");
    }
}

void TestStoryStore::fileAppearingWhileCreatingIsKept()
{
    QFETCH(int, step);
    QFETCH(int, mode);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, message);
    const QString file = path("story.ryuk");
    QByteArray theirs;
    for (int i = 0; i < 300; ++i)
        theirs += "another program's line " + QByteArray::number(i) + '\n';
    int calls = 0;
    CreateHook hook([&](testing::CreateStep at, const QString &where) -> Status {
        if (int(at) == step) {
            ++calls;
            if (where != file || !writeFile(where, theirs))
                return Error::badInput(QStringLiteral("the test could not write its file"));
        }
        return {};
    });
    auto store = openStory(file, OpenMode(mode));
    QCOMPARE(calls, 1);
    RYUK_COMPARE_ERROR(store, kind, message);
    QCOMPARE(store.error().file, file);
    // Their file, byte for byte, and nothing of ours beside it.
    QCOMPARE(fileBytes(file), theirs);
    QCOMPARE(entries(mDir->path()), QStringList{QStringLiteral("story.ryuk")});
}

void TestStoryStore::storyAppearingWhileOpeningOrCreatingIsOpened()
{
    const QString file = path("story.ryuk");
    CreateHook hook([&](testing::CreateStep at, const QString &) -> Status {
        if (at == testing::CreateStep::Made && !QFile::copy(mSmallStory, file))
            return Error::badInput(QStringLiteral("the test could not copy the small story"));
        return {};
    });
    RYUK_TAKE(store, openStory(file, OpenMode::OpenOrCreate));
    RYUK_TAKE(title, store->title());
    QCOMPARE(title, std::string("Small"));
    store.reset();
    QCOMPARE(entries(mDir->path()), QStringList{QStringLiteral("story.ryuk")});
}

void TestStoryStore::failedCreateLeavesNothing_data()
{
    QTest::addColumn<int>("step");
    QTest::newRow("after the check") << int(testing::CreateStep::Checked);
    QTest::newRow("made, before the claim") << int(testing::CreateStep::Made);
    QTest::newRow("claimed, before the open") << int(testing::CreateStep::Claimed);
}

void TestStoryStore::failedCreateLeavesNothing()
{
    QFETCH(int, step);
    const QString file = path("story.ryuk");
    CreateHook hook([&](testing::CreateStep at, const QString &) -> Status {
        if (int(at) == step)
            return Error{ErrorKind::Io, QStringLiteral("the disk went away"), {}, 0, 0};
        return {};
    });
    auto store = openStory(file, OpenMode::CreateNew);
    RYUK_COMPARE_ERROR(store, ErrorKind::Io, QStringLiteral("the disk went away"));
    QCOMPARE(store.error().file, file);
    QCOMPARE(entries(mDir->path()), QStringList());
}

void TestStoryStore::discardNewStory()
{
    const QString file = path("story.ryuk");
    RYUK_TAKE(store, openStory(file, OpenMode::CreateNew));
    // A failed import into it: the batch rolls back, the story is dropped.
    {
        RYUK_TAKE(batch, store->beginBatch());
        RYUK_VERIFY_OK(batch->addNode(node("s1", "Scene", 0, 0, "{}")));
        QVERIFY(!batch->addNode(node("s1", "Scene", 0, 0, "{}")).ok());
    }
    QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
    RYUK_VERIFY_OK(ryuk::discardNewStory(std::move(store)));
    QCOMPARE(entries(mDir->path()), QStringList());
}

void TestStoryStore::discardLeavesAFileThatReplacedIt()
{
    const QString file = path("story.ryuk");
    RYUK_TAKE(store, openStory(file, OpenMode::CreateNew));
    // Another program deletes the new story and writes its own file there.
    const QByteArray theirs("their notes, not a story\n");
    QVERIFY(QFile::remove(file));
    QVERIFY(writeFile(file, theirs));
    RYUK_COMPARE_ERROR(ryuk::discardNewStory(std::move(store)), ErrorKind::Conflict,
                       QStringLiteral("another program put its own file here; it was left as it is"));
    QCOMPARE(fileBytes(file), theirs);
    QCOMPARE(entries(mDir->path()), QStringList{QStringLiteral("story.ryuk")});
}

void TestStoryStore::discardLeavesAStoryInUse()
{
    const QString file = path("story.ryuk");
    RYUK_TAKE(store, openStory(file, OpenMode::CreateNew));
    RawConnection other(file);
    QCOMPARE(other.exec("SELECT count(*) FROM nodes"), QString());
    auto discarded = ryuk::discardNewStory(std::move(store));
    RYUK_COMPARE_ERROR(discarded, ErrorKind::Busy,
                       QStringLiteral("another program has the new story open; it was left in place"));
    QCOMPARE(other.exec("SELECT count(*) FROM nodes"), QString());
    QVERIFY(QFile::exists(file));
}

void TestStoryStore::discardRefusesAStoryItDidNotCreate()
{
    RYUK_SMALL_STORY(store);
    const QString file = store->location();
    const QByteArray before = fileBytes(file);
    RYUK_COMPARE_ERROR(ryuk::discardNewStory(std::move(store)), ErrorKind::Internal,
                       QStringLiteral("not a story this program created"));
    QCOMPARE(fileBytes(file), before);
}

// Made under a private name, the story still gets the mode SQLite gives the
// files it creates (0644 less the umask), not a private file's 0600.
// ":memory:" is SQLite's private in-memory database: each store is a fresh,
// empty story of its own, and no file of that name is ever made.
void TestStoryStore::memoryStoriesWriteNoFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    auto restore = qScopeGuard([&] { QDir::setCurrent(before); });
    RYUK_TAKE(first, openStory(QString::fromLatin1(MemoryLocation), OpenMode::CreateNew));
    RYUK_TAKE(second, openStory(QString::fromLatin1(MemoryLocation), OpenMode::CreateNew));
    RYUK_VERIFY_OK(first->addNode(Node{"a", "Scene", 0, 0, R"({"title":"A"})"}));
    RYUK_TAKE(firstStats, first->stats());
    RYUK_TAKE(secondStats, second->stats());
    QCOMPARE(firstStats.nodes, 1);
    QCOMPARE(secondStats.nodes, 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    RYUK_COMPARE_ERROR(openStory(QString::fromLatin1(MemoryLocation)), ErrorKind::NotFound, QStringLiteral("no such story file"));
}

void TestStoryStore::newFileMode()
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    const QString file = path("story.ryuk");
    RYUK_TAKE(store, openStory(file, OpenMode::CreateNew));
    struct stat st{};
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0644 & ~mask);
}

void TestStoryStore::newFileHeader()
{
    const QString file = path("header.ryuk");
    {
        RYUK_TAKE(store, openStory(file, OpenMode::CreateNew));
        RYUK_TAKE(title, store->title());
        QCOMPARE(str(title), QString());
        QCOMPARE(rawRows(file, "PRAGMA journal_mode"), QStringList{QStringLiteral("wal")});
        QCOMPARE(rawRows(file, "PRAGMA application_id"), QStringList{QString::number(StoryApplicationId)});
        QCOMPARE(rawRows(file, "PRAGMA user_version"), QStringList{QString::number(StorySchemaVersion)});
    }
    QVERIFY2(sideFiles(file).isEmpty(), qPrintable(sideFiles(file).join(u' ')));
    const QByteArray header = fileBytes(file).left(100);
    QCOMPARE(header.size(), 100);
    QCOMPARE(header.left(16), QByteArray("SQLite format 3\0", 16));
    QCOMPARE(be32(header, 60), quint32(StorySchemaVersion)); // user_version
    QCOMPARE(be32(header, 68), quint32(0x5259554B)); // application_id
    QCOMPARE(header.mid(68, 4), QByteArray("RYUK"));
    QCOMPARE(int(header[18]), 2); // write version 2: WAL
    QCOMPARE(int(header[19]), 2); // read version 2: WAL
}

void TestStoryStore::reopenKeepsData()
{
    const QString file = path("kept.ryuk");
    QStringList before;
    {
        RYUK_TAKE(store, openStory(file, OpenMode::CreateNew));
        RYUK_VERIFY_OK(buildSmallStory(*store));
        RYUK_VERIFY_OK(store->setTitle("Small — «titre» 小"));
        before = dump(*store);
    }
    QVERIFY(sideFiles(file).isEmpty());
    RYUK_TAKE(store, openStory(file, OpenMode::OpenExisting));
    QCOMPARE(dump(*store), before);
    RYUK_TAKE(title, store->title());
    QCOMPARE(str(title), QStringLiteral("Small — «titre» 小"));
}

// --- files that are not (good) stories ----------------------------------------

enum class Foreign {
    Text,
    ShortText,
    Empty,
    PlainSqlite,
    OtherApplication,
    Newer,
    MissingTables,
    PrototypeWithoutTables,
    Damaged,
    DamagedFirstPage,
};

void TestStoryStore::foreignFileLeftUntouched_data()
{
    QTest::addColumn<int>("foreign");
    QTest::addColumn<int>("mode");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("message"); // for damaged files: the start of the message

    struct Case
    {
        const char *name;
        Foreign foreign;
        ErrorKind kind;
        const char *message;
    };
    const Case cases[] = {
            {"text file", Foreign::Text, ErrorKind::NotAStory, "not a Ryuk story (not a SQLite database)"},
            {"short text file", Foreign::ShortText, ErrorKind::NotAStory, "not a Ryuk story (not a SQLite database)"},
            {"empty file", Foreign::Empty, ErrorKind::NotAStory, "the file is empty, not a Ryuk story"},
            {"plain SQLite", Foreign::PlainSqlite, ErrorKind::NotAStory, "a SQLite database, but not a Ryuk story"},
            {"another application", Foreign::OtherApplication, ErrorKind::NotAStory,
             "a SQLite database, but not a Ryuk story"},
            {"newer story", Foreign::Newer, ErrorKind::NotAStory,
             "written by a newer Ryuk Studio (story format 99); this version reads up to 2"},
            {"story without tables", Foreign::MissingTables, ErrorKind::Corrupt,
             "the story file is damaged (tables are missing)"},
            {"version-0 story without tables", Foreign::PrototypeWithoutTables, ErrorKind::Corrupt,
             "the story file is damaged (tables are missing)"},
            {"damaged story", Foreign::Damaged, ErrorKind::Corrupt, "the story file is damaged ("},
            {"damaged schema page", Foreign::DamagedFirstPage, ErrorKind::Corrupt, "the story file is damaged ("},
    };
    for (const Case &c : cases) {
        QTest::addRow("%s, open existing", c.name)
                << int(c.foreign) << int(OpenMode::OpenExisting) << c.kind << QString::fromUtf8(c.message);
        QTest::addRow("%s, open or create", c.name)
                << int(c.foreign) << int(OpenMode::OpenOrCreate) << c.kind << QString::fromUtf8(c.message);
    }
}

void TestStoryStore::foreignFileLeftUntouched()
{
    QFETCH(int, foreign);
    QFETCH(int, mode);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, message);

    const QString file = path("foreign.ryuk");
    switch (Foreign(foreign)) {
    case Foreign::Text: {
        QByteArray text;
        for (int i = 0; i < 40; ++i)
            text += "Chapter " + QByteArray::number(i) + ": the lantern burns black.\n";
        QVERIFY(writeFile(file, text));
        break;
    }
    case Foreign::ShortText:
        QVERIFY(writeFile(file, "SQLite format 3"));
        break;
    case Foreign::Empty:
        QVERIFY(writeFile(file, QByteArray()));
        break;
    case Foreign::PlainSqlite:
        QCOMPARE(rawExec(file, "CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('hello');"), QString());
        break;
    case Foreign::OtherApplication:
        QCOMPARE(rawExec(file,
                         "PRAGMA application_id = 1196444237; PRAGMA user_version = 1;"
                         "CREATE TABLE nodes (id TEXT); INSERT INTO nodes VALUES ('s1');"),
                 QString());
        break;
    case Foreign::Newer:
        QCOMPARE(rawExec(file,
                         "PRAGMA application_id = 1381586251; PRAGMA user_version = 99;"
                         "CREATE TABLE nodes (id TEXT); CREATE TABLE relationships (id TEXT);"
                         "CREATE TABLE meta (key TEXT, value TEXT);"),
                 QString());
        break;
    case Foreign::MissingTables:
        QCOMPARE(rawExec(file,
                         "PRAGMA application_id = 1381586251; PRAGMA user_version = 1;"
                         "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"),
                 QString());
        break;
    case Foreign::PrototypeWithoutTables:
        QCOMPARE(rawExec(file,
                         "PRAGMA application_id = 1381586251; PRAGMA user_version = 0;"
                         "CREATE TABLE scratch (x);"),
                 QString());
        break;
    case Foreign::Damaged:
    case Foreign::DamagedFirstPage: {
        {
            RYUK_TAKE(store, openStory(file, OpenMode::CreateNew));
            RYUK_VERIFY_OK(loadSampleStory(*store));
        }
        QVERIFY(sideFiles(file).isEmpty());
        QByteArray bytes = fileBytes(file);
        QVERIFY2(bytes.size() >= 8192 + 4096 + 4096, qPrintable(QString::number(bytes.size())));
        // Garbage in the middle, or in page 1 after the 100-byte header (the schema).
        const bool middle = Foreign(foreign) == Foreign::Damaged;
        const int from = middle ? 8192 : 100;
        const int to = middle ? 8192 + 4096 : 4096;
        QRandomGenerator garbage(20240611);
        for (int i = from; i < to; ++i)
            bytes[i] = char(garbage.bounded(256));
        QVERIFY(writeFile(file, bytes));
        break;
    }
    }
    QVERIFY(sideFiles(file).isEmpty());
    const QByteArray before = fileBytes(file);

    auto store = openStory(file, OpenMode(mode));
    QVERIFY2(!store.ok(), "a foreign file was opened as a story");
    QCOMPARE(kindText(store.error().kind), kindText(kind));
    if (Foreign(foreign) == Foreign::Damaged || Foreign(foreign) == Foreign::DamagedFirstPage) {
        QVERIFY2(store.error().message.startsWith(message), qPrintable(store.error().message));
        QVERIFY2(store.error().message.endsWith(u')'), qPrintable(store.error().message));
        // The reason is given once, not wrapped in itself.
        QCOMPARE(store.error().message.count(QStringLiteral("damaged")), 1);
    } else {
        QCOMPARE(store.error().message, message);
    }
    // One line, as the CLI prints it.
    QVERIFY2(!store.error().toString().contains(u'\n'), qPrintable(store.error().toString()));
    QCOMPARE(store.error().file, file);
    QVERIFY(store.error().toString().startsWith(file + QStringLiteral(": ")));
    QVERIFY(store.error().isInputError());

    QVERIFY2(fileBytes(file) == before, "the refused file was changed");
    QVERIFY2(sideFiles(file).isEmpty(), qPrintable(sideFiles(file).join(u' ')));
}

// --- migration ----------------------------------------------------------------

namespace {

// A version-0 file: the prototype's layout, filled with `inserts`.
Status writeVersion0(const QString &path, const char *inserts)
{
    auto db = sqlite::Database::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!db)
        return db.takeError();
    if (auto s = schema::createVersion0(*db); !s)
        return s;
    return db->exec(inserts);
}

} // namespace

void TestStoryStore::migrateFromVersion1()
{
    // A version-1 file is a version-2 file without the flags and label columns.
    const QString file = path("v1.ryuk");
    {
        RYUK_TAKE(store, openStory(file, OpenMode::CreateNew));
        RYUK_VERIFY_OK(store->addNode(node("s1", "Scene", 0, 0, R"({"title":"Dawn","start":true,"ending":true})")));
        RYUK_VERIFY_OK(store->addNode(node("s2", "Scene", 0, 0, R"({"title":"Dusk","start":1})")));
        RYUK_VERIFY_OK(store->addNode(node("q1", "Choice", 0, 0, R"({"text":"Run","weight":0.5})")));
    }
    QCOMPARE(rawExec(file, "ALTER TABLE nodes DROP COLUMN flags; ALTER TABLE nodes DROP COLUMN label; "
                           "PRAGMA user_version = 1;"),
             QString());
    QCOMPARE(rawRows(file, "PRAGMA user_version"), QStringList{QStringLiteral("1")});
    {
        RYUK_TAKE(store, openStory(file, OpenMode::OpenExisting));
        RYUK_TAKE(s1, store->node("s1"));
        QCOMPARE(s1.properties, std::string(R"({"ending":true,"start":true,"title":"Dawn"})"));
    }
    QCOMPARE(rawRows(file, "PRAGMA user_version"), QStringList{QString::number(StorySchemaVersion)});
    // Only JSON true sets a flag; labels follow the node's type.
    QCOMPARE(rawRows(file, "SELECT id || ':' || flags || ':' || coalesce(label, '-') FROM nodes ORDER BY id"),
             (QStringList{QStringLiteral("q1:0:Run"), QStringLiteral("s1:3:Dawn"), QStringLiteral("s2:0:Dusk")}));
}

void TestStoryStore::migrateFromVersion0()
{
    const QString file = path("v0.ryuk");
    RYUK_VERIFY_OK(writeVersion0(file, R"sql(
        INSERT INTO nodes VALUES ('s2', 'Scene', '{ "title": "Alarm", "sequence": 1, "chapter": 1 }');
        INSERT INTO nodes VALUES ('s1', 'Scene', '{"title":"Dawn","chapter":1,"sequence":2}');
        INSERT INTO nodes VALUES ('s3', 'Scene', '{"chapter":1,"sequence":0}');
        INSERT INTO nodes VALUES ('s4', 'Scene', '{"chapter":2,"sequence":1}');
        INSERT INTO nodes VALUES ('c1', 'Character', '{"name":"Mina","chapter":"one"}');
        INSERT INTO nodes VALUES ('e1', 'Event', '{"causality_level":2}');
        INSERT INTO nodes (id, type) VALUES ('p1', 'Place');
        INSERT INTO relationships VALUES ('l1', 'LEADS_TO', 's3', 's2', '{}');
        INSERT INTO relationships VALUES ('l2', 'LEADS_TO', 's2', 's1', '{"weight":2,"transition_type":"cut"}');
        INSERT INTO relationships VALUES ('a1', 'APPEARS_IN', 'c1', 's1', '{}');
    )sql"));
    QCOMPARE(be32(fileBytes(file), 60), quint32(0));
    {
        RYUK_TAKE(store, openStory(file, OpenMode::OpenExisting));
        RYUK_TAKE(s2, store->node("s2"));
        QCOMPARE(show(s2), show(node("s2", "Scene", 0, 0, R"({"chapter":1,"sequence":1,"title":"Alarm"})")));
        RYUK_TAKE(p1, store->node("p1"));
        QCOMPARE(show(p1), show(node("p1", "Place", 0, 0, "{}")));
        RYUK_TAKE(l2, store->relationship("l2"));
        QCOMPARE(show(l2), show(Relationship{"l2", "LEADS_TO", "s2", "s1", R"({"transition_type":"cut","weight":2})"}));

        // Typed columns work: chapters in sequence order.
        RYUK_TAKE(chapter1, store->nodes({std::nullopt, 1}, {}));
        QCOMPARE(ids(chapter1.data), idList("s3 s2 s1"));
        RYUK_TAKE(chapter2, store->nodes({std::nullopt, 2}, {}));
        QCOMPARE(ids(chapter2.data), idList("s4"));
        RYUK_TAKE(next, store->next("s3"));
        QCOMPARE(ids(next), idList("s2"));
        RYUK_TAKE(mina, store->character("c1"));
        QCOMPARE(ids(mina.scenes), idList("s1"));
        RYUK_TAKE(stats, store->stats());
        QCOMPARE(showStats(stats),
                 QStringLiteral("nodes=7 relationships=3 chapters=2 node:Character=1 node:Event=1 "
                                "node:Place=1 node:Scene=4 relationship:APPEARS_IN=1 "
                                "relationship:LEADS_TO=2"));
        QCOMPARE(rawRows(file, "SELECT weight, transition_type FROM relationships WHERE id = 'l2'"),
                 QStringList{QStringLiteral("2.0|cut")});
        QCOMPARE(rawRows(file, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"),
                 idList("meta nodes relationships"));
        // A migrated story takes edits like any other.
        RYUK_VERIFY_OK(store->addNode(node("s5", "Scene", 1, 2, R"({"chapter":2,"sequence":0})")));
    }
    const QByteArray header = fileBytes(file).left(100);
    QCOMPARE(be32(header, 60), quint32(StorySchemaVersion));
    QCOMPARE(be32(header, 68), quint32(StoryApplicationId));
    QCOMPARE(int(header[18]), 2);
    QVERIFY(sideFiles(file).isEmpty());

    RYUK_TAKE(again, openStory(file, OpenMode::OpenExisting));
    RYUK_TAKE(chapter2, again->nodes({std::nullopt, 2}, {}));
    QCOMPARE(ids(chapter2.data), idList("s5 s4"));
}

void TestStoryStore::migrationRefused_data()
{
    QTest::addColumn<QByteArray>("inserts");
    QTest::addColumn<QString>("message");

    QTest::newRow("wrong-typed chapter")
            << QByteArray(R"sql(INSERT INTO nodes VALUES ('s0', 'Scene', '{"chapter":1}');
                                INSERT INTO nodes VALUES ('s1', 'Scene', '{"chapter":"one"}');)sql")
            << QStringLiteral(
                       "cannot migrate the story: node \"s1\": property \"chapter\" must be an integer, not a string");
    QTest::newRow("malformed properties")
            << QByteArray(R"sql(INSERT INTO nodes VALUES ('s1', 'Scene', '{"title":');)sql")
            << QStringLiteral("cannot migrate node \"s1\": invalid JSON at column 10: Invalid value.");
    QTest::newRow("relationship to a missing node")
            << QByteArray(R"sql(INSERT INTO nodes VALUES ('s1', 'Scene', '{}');
                                INSERT INTO relationships VALUES ('l9', 'LEADS_TO', 's1', 'ghost', '{}');)sql")
            << QStringLiteral("cannot migrate relationship \"l9\": it names no node \"ghost\"");
    QTest::newRow("relationship from a missing node")
            << QByteArray(R"sql(INSERT INTO nodes VALUES ('s1', 'Scene', '{}');
                                INSERT INTO relationships VALUES ('l9', 'LEADS_TO', 'ghost', 's1', '{}');)sql")
            << QStringLiteral("cannot migrate relationship \"l9\": it names no node \"ghost\"");
    QTest::newRow("wrong-typed relationship weight")
            << QByteArray(R"sql(INSERT INTO nodes VALUES ('s1', 'Scene', '{}');
                                INSERT INTO relationships VALUES ('l1', 'LEADS_TO', 's1', 's1', '{"weight":"x"}');)sql")
            << QStringLiteral("cannot migrate the story: relationship \"l1\": property \"weight\" must be a number, "
                              "not a string");
    QTest::newRow("duplicate key") << QByteArray(R"sql(INSERT INTO nodes VALUES ('s1', 'Scene', '{"a":1,"a":2}');)sql")
                                   << QStringLiteral("cannot migrate node \"s1\": duplicate key \"a\"");
    // The prototype kept nodes and relationships in separate tables; ours shares
    // one id space, and ids and types follow the rules of every other write.
    QTest::newRow("relationship with a node's id") << QByteArray(R"sql(INSERT INTO nodes VALUES ('x1', 'Scene', '{}');
                                INSERT INTO relationships VALUES ('x1', 'LEADS_TO', 'x1', 'x1', '{}');)sql")
                                                   << QStringLiteral("cannot migrate the story: duplicate id \"x1\"");
    QTest::newRow("empty node id") << QByteArray(R"sql(INSERT INTO nodes VALUES ('', 'Scene', '{}');)sql")
                                   << QStringLiteral("cannot migrate the story: node id is empty");
    QTest::newRow("empty node type") << QByteArray(R"sql(INSERT INTO nodes VALUES ('s1', '', '{}');)sql")
                                     << QStringLiteral("cannot migrate the story: node \"s1\" has an empty type");
    QTest::newRow("empty relationship type")
            << QByteArray(R"sql(INSERT INTO nodes VALUES ('s1', 'Scene', '{}');
                                INSERT INTO relationships VALUES ('l1', '', 's1', 's1', '{}');)sql")
            << QStringLiteral("cannot migrate the story: relationship \"l1\" has an empty type");
}

void TestStoryStore::migrationRefused()
{
    QFETCH(QByteArray, inserts);
    QFETCH(QString, message);
    const QString file = path("v0.ryuk");
    RYUK_VERIFY_OK(writeVersion0(file, inserts.constData()));
    const QByteArray before = fileBytes(file);
    QVERIFY(sideFiles(file).isEmpty());

    auto store = openStory(file, OpenMode::OpenExisting);
    RYUK_COMPARE_ERROR(store, ErrorKind::BadInput, message);
    QCOMPARE(store.error().file, file);
    QCOMPARE(store.error().toString(), file + QStringLiteral(": ") + message);
    QVERIFY2(fileBytes(file) == before, "a refused migration changed the file");
    QVERIFY2(sideFiles(file).isEmpty(), qPrintable(sideFiles(file).join(u' ')));
}

// --- the query catalogue --------------------------------------------------------

void TestStoryStore::nodeById()
{
    RYUK_SMALL_STORY(store);
    RYUK_TAKE(s1, store->node("s1"));
    QCOMPARE(show(s1), show(node("s1", "Scene", 10.5, -20.25, R"({"chapter":1,"sequence":2,"title":"Dawn"})")));
    QVERIFY(s1 == node("s1", "Scene", 10.5, -20.25, R"({"chapter":1,"sequence":2,"title":"Dawn"})"));
    RYUK_TAKE(odd, store->node("c-odd"));
    QCOMPARE(show(odd), show(node("c-odd", "Character", -100, 300, R"({"chapter":"one"})")));

    RYUK_COMPARE_ERROR(store->node("ghost"), ErrorKind::NotFound, QStringLiteral("no node has id \"ghost\""));
    RYUK_COMPARE_ERROR(store->node("S1"), ErrorKind::NotFound, QStringLiteral("no node has id \"S1\""));
    RYUK_COMPARE_ERROR(store->node("l1"), ErrorKind::NotFound, QStringLiteral("no node has id \"l1\""));
    RYUK_COMPARE_ERROR(store->node(""), ErrorKind::NotFound, QStringLiteral("no node has id \"\""));
}

void TestStoryStore::relationshipById()
{
    RYUK_SMALL_STORY(store);
    RYUK_TAKE(l1, store->relationship("l1"));
    QCOMPARE(show(l1), show(Relationship{"l1", "LEADS_TO", "s2", "s1", R"({"transition_type":"cut","weight":1})"}));
    RYUK_TAKE(a6, store->relationship("a6"));
    QCOMPARE(show(a6), show(Relationship{"a6", "APPEARS_IN", "s3", "c-mina", "{}"}));
    RYUK_COMPARE_ERROR(store->relationship("ghost"), ErrorKind::NotFound,
                       QStringLiteral("no relationship has id \"ghost\""));
    RYUK_COMPARE_ERROR(store->relationship("s1"), ErrorKind::NotFound, QStringLiteral("no relationship has id \"s1\""));
}

void TestStoryStore::nodes_data()
{
    QTest::addColumn<QVariant>("type");    // invalid: no type filter
    QTest::addColumn<QVariant>("chapter"); // invalid: no chapter filter
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("everything, in id byte order") << QVariant() << QVariant() << idList(SmallNodeOrder);
    QTest::newRow("Scenes") << QVariant(QStringLiteral("Scene")) << QVariant() << idList("S9 s1 s10 s2 s3 s4 s5");
    QTest::newRow("Characters") << QVariant(QStringLiteral("Character")) << QVariant()
                                << idList("c-lonely c-mina c-odd c-ren");
    QTest::newRow("custom type") << QVariant(QStringLiteral("Place")) << QVariant() << idList("place-harbor");
    QTest::newRow("types are case-sensitive") << QVariant(QStringLiteral("scene")) << QVariant() << QStringList();
    QTest::newRow("unknown type") << QVariant(QStringLiteral("Nope")) << QVariant() << QStringList();
    // Ordered by sequence, then id; a Character's "chapter" is not a chapter.
    QTest::newRow("chapter 1") << QVariant() << QVariant(qint64(1)) << idList("s2 s1 s3 s4");
    QTest::newRow("chapter 2") << QVariant() << QVariant(qint64(2)) << idList("s10 S9");
    QTest::newRow("chapter 3") << QVariant() << QVariant(qint64(3)) << QStringList();
    QTest::newRow("chapter 0") << QVariant() << QVariant(qint64(0)) << QStringList();
    QTest::newRow("chapter 1 of Scenes") << QVariant(QStringLiteral("Scene")) << QVariant(qint64(1))
                                         << idList("s2 s1 s3 s4");
    QTest::newRow("chapter 1 of Characters")
            << QVariant(QStringLiteral("Character")) << QVariant(qint64(1)) << QStringList();
    QTest::newRow("chapter 1 of an unknown type")
            << QVariant(QStringLiteral("Nope")) << QVariant(qint64(1)) << QStringList();
}

void TestStoryStore::nodes()
{
    QFETCH(QVariant, type);
    QFETCH(QVariant, chapter);
    QFETCH(QStringList, expected);
    RYUK_SMALL_STORY(store);

    NodeFilter filter;
    if (type.isValid())
        filter.type = type.toString().toStdString();
    if (chapter.isValid())
        filter.chapter = chapter.toLongLong();
    RYUK_TAKE(page, store->nodes(filter, {1, MaxPageLimit}));
    QCOMPARE(ids(page.data), expected);
    QCOMPARE(showPagination(page.pagination),
             showPagination({1, MaxPageLimit, expected.size(), expected.isEmpty() ? 0 : 1, false, false}));
    // Whole rows, as node() returns them.
    for (const Node &n : page.data) {
        RYUK_TAKE(single, store->node(n.id));
        QCOMPARE(show(n), show(single));
    }
}

void TestStoryStore::nodePages_data()
{
    QTest::addColumn<QVariant>("chapter");
    QTest::addColumn<qint64>("page");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("pages");
    QTest::addColumn<bool>("hasNext");
    QTest::addColumn<bool>("hasPrev");

    const QVariant all;
    QTest::newRow("first page") << all << qint64(1) << 5 << idList("S9 c-lonely c-mina c-odd c-ren") << qint64(14)
                                << qint64(3) << true << false;
    QTest::newRow("middle page") << all << qint64(2) << 5 << idList("ch1 e1 place-harbor s1 s10") << qint64(14)
                                 << qint64(3) << true << true;
    QTest::newRow("last page, short") << all << qint64(3) << 5 << idList("s2 s3 s4 s5") << qint64(14) << qint64(3)
                                      << false << true;
    QTest::newRow("past the end") << all << qint64(4) << 5 << QStringList() << qint64(14) << qint64(3) << false << true;
    QTest::newRow("limit 1, first page") << all << qint64(1) << 1 << idList("S9") << qint64(14) << qint64(14) << true
                                         << false;
    QTest::newRow("huge page number") << all << std::numeric_limits<qint64>::max() << 1000 << QStringList()
                                      << qint64(14) << qint64(1) << false << true;
    QTest::newRow("limit 1, last page") << all << qint64(14) << 1 << idList("s5") << qint64(14) << qint64(14) << false
                                        << true;
    QTest::newRow("limit 1, middle") << all << qint64(7) << 1 << idList("e1") << qint64(14) << qint64(14) << true
                                     << true;
    QTest::newRow("last page exactly full") << all << qint64(2) << 7 << idList("place-harbor s1 s10 s2 s3 s4 s5")
                                            << qint64(14) << qint64(2) << false << true;
    QTest::newRow("limit equals total") << all << qint64(1) << 14 << idList(SmallNodeOrder) << qint64(14) << qint64(1)
                                        << false << false;
    QTest::newRow("one short of total") << all << qint64(2) << 13 << idList("s5") << qint64(14) << qint64(2) << false
                                        << true;
    QTest::newRow("limit 1000") << all << qint64(1) << 1000 << idList(SmallNodeOrder) << qint64(14) << qint64(1)
                                << false << false;
    QTest::newRow("limit 1000, page 2") << all << qint64(2) << 1000 << QStringList() << qint64(14) << qint64(1) << false
                                        << true;
    QTest::newRow("chapter, second page")
            << QVariant(qint64(1)) << qint64(2) << 3 << idList("s4") << qint64(4) << qint64(2) << false << true;
    QTest::newRow("chapter, first page") << QVariant(qint64(1)) << qint64(1) << 2 << idList("s2 s1") << qint64(4)
                                         << qint64(2) << true << false;
    QTest::newRow("empty chapter, page 3")
            << QVariant(qint64(9)) << qint64(3) << 2 << QStringList() << qint64(0) << qint64(0) << false << true;
}

void TestStoryStore::nodePages()
{
    QFETCH(QVariant, chapter);
    QFETCH(qint64, page);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    QFETCH(qint64, total);
    QFETCH(qint64, pages);
    QFETCH(bool, hasNext);
    QFETCH(bool, hasPrev);
    RYUK_SMALL_STORY(store);

    NodeFilter filter;
    if (chapter.isValid())
        filter.chapter = chapter.toLongLong();
    RYUK_TAKE(result, store->nodes(filter, {page, limit}));
    QCOMPARE(ids(result.data), expected);
    QCOMPARE(showPagination(result.pagination), showPagination({page, limit, total, pages, hasNext, hasPrev}));
}

void TestStoryStore::pageRequestRefused_data()
{
    QTest::addColumn<qint64>("page");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("message");

    const QString badLimit = QStringLiteral("--limit must be between 1 and 1000");
    const QString badPage = QStringLiteral("--page must be 1 or more");
    QTest::newRow("limit 0") << qint64(1) << 0 << badLimit;
    QTest::newRow("limit 1001") << qint64(1) << 1001 << badLimit;
    QTest::newRow("negative limit") << qint64(1) << -20 << badLimit;
    QTest::newRow("page 0") << qint64(0) << 20 << badPage;
    QTest::newRow("negative page") << qint64(-1) << 20 << badPage;
    QTest::newRow("lowest page") << std::numeric_limits<qint64>::min() << 20 << badPage;
    QTest::newRow("both wrong: the limit is named") << qint64(0) << 0 << badLimit;
}

void TestStoryStore::pageRequestRefused()
{
    QFETCH(qint64, page);
    QFETCH(int, limit);
    QFETCH(QString, message);
    RYUK_SMALL_STORY(store);
    const PageRequest request{page, limit};
    RYUK_COMPARE_ERROR(store->nodes({}, request), ErrorKind::BadInput, message);
    RYUK_COMPARE_ERROR(store->nodes({std::string("Scene"), std::nullopt}, request), ErrorKind::BadInput, message);
    RYUK_COMPARE_ERROR(store->nodes({std::nullopt, 1}, request), ErrorKind::BadInput, message);
    RYUK_COMPARE_ERROR(store->nodes({std::string("Character"), 1}, request), ErrorKind::BadInput, message);
    RYUK_COMPARE_ERROR(store->relationships({}, request), ErrorKind::BadInput, message);
    RYUK_COMPARE_ERROR(store->relationships({std::string("LEADS_TO")}, request), ErrorKind::BadInput, message);
}

void TestStoryStore::pagesOfAnEmptyStory()
{
    auto store = newStore();
    QVERIFY(store);
    RYUK_TAKE(nodes, store->nodes({}, {}));
    QVERIFY(nodes.data.empty());
    QCOMPARE(showPagination(nodes.pagination), showPagination({1, DefaultPageLimit, 0, 0, false, false}));
    RYUK_TAKE(relationships, store->relationships({}, {2, 5}));
    QVERIFY(relationships.data.empty());
    QCOMPARE(showPagination(relationships.pagination), showPagination({2, 5, 0, 0, false, true}));
    RYUK_TAKE(stats, store->stats());
    QCOMPARE(showStats(stats), QStringLiteral("nodes=0 relationships=0 chapters=0"));
}

void TestStoryStore::relationshipPages_data()
{
    QTest::addColumn<QString>("type"); // empty: all types
    QTest::addColumn<qint64>("page");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("pages");
    QTest::addColumn<bool>("hasNext");
    QTest::addColumn<bool>("hasPrev");

    QTest::newRow("all") << QString() << qint64(1) << 1000 << idList(SmallRelationshipOrder) << qint64(18) << qint64(1)
                         << false << false;
    QTest::newRow("first page") << QString() << qint64(1) << 5 << idList("a1 a2 a3 a4 a5") << qint64(18) << qint64(4)
                                << true << false;
    QTest::newRow("middle page") << QString() << qint64(2) << 5 << idList("a6 a7 a8 h1 l1") << qint64(18) << qint64(4)
                                 << true << true;
    QTest::newRow("last page") << QString() << qint64(4) << 5 << idList("r1 t1 x1") << qint64(18) << qint64(4) << false
                               << true;
    QTest::newRow("past the end") << QString() << qint64(5) << 5 << QStringList() << qint64(18) << qint64(4) << false
                                  << true;
    QTest::newRow("LEADS_TO") << QStringLiteral("LEADS_TO") << qint64(1) << 20 << idList("l1 l2 l3 l4 l5 l6")
                              << qint64(6) << qint64(1) << false << false;
    QTest::newRow("LEADS_TO, page 2") << QStringLiteral("LEADS_TO") << qint64(2) << 4 << idList("l5 l6") << qint64(6)
                                      << qint64(2) << false << true;
    QTest::newRow("APPEARS_IN, limit 1") << QStringLiteral("APPEARS_IN") << qint64(8) << 1 << idList("a8") << qint64(8)
                                         << qint64(8) << false << true;
    QTest::newRow("case-sensitive type") << QStringLiteral("leads_to") << qint64(1) << 20 << idList("x1") << qint64(1)
                                         << qint64(1) << false << false;
    QTest::newRow("unknown type") << QStringLiteral("NOPE") << qint64(1) << 20 << QStringList() << qint64(0)
                                  << qint64(0) << false << false;
}

void TestStoryStore::relationshipPages()
{
    QFETCH(QString, type);
    QFETCH(qint64, page);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    QFETCH(qint64, total);
    QFETCH(qint64, pages);
    QFETCH(bool, hasNext);
    QFETCH(bool, hasPrev);
    RYUK_SMALL_STORY(store);

    RelationshipFilter filter;
    if (!type.isEmpty())
        filter.type = type.toStdString();
    RYUK_TAKE(result, store->relationships(filter, {page, limit}));
    QCOMPARE(ids(result.data), expected);
    QCOMPARE(showPagination(result.pagination), showPagination({page, limit, total, pages, hasNext, hasPrev}));
    // Ends resolved to node ids, properties canonical: the rows as added.
    for (const Relationship &r : result.data) {
        auto added = std::find_if(smallRelationships().begin(), smallRelationships().end(),
                                  [&](const Relationship &a) { return a.id == r.id; });
        QVERIFY(added != smallRelationships().end());
        Relationship expectedRow = *added;
        RYUK_TAKE(canonical, canonicalJsonObject(added->properties));
        expectedRow.properties = canonical;
        QCOMPARE(show(r), show(expectedRow));
    }
}

void TestStoryStore::next_data()
{
    QTest::addColumn<QByteArray>("scene");
    QTest::addColumn<QStringList>("expected");

    // l2 and l4 both lead s1 to s3; HAS_CHOICE h1 is not a LEADS_TO.
    QTest::newRow("parallel relationships count once") << QByteArray("s1") << idList("s3 s4");
    QTest::newRow("one way only") << QByteArray("s2") << idList("s1"); // not x1 (leads_to)
    QTest::newRow("two ways in, none out") << QByteArray("s10") << QStringList();
    QTest::newRow("s3") << QByteArray("s3") << idList("s10");
    QTest::newRow("a Choice with a TRIGGERS") << QByteArray("ch1") << QStringList();
    QTest::newRow("a Character") << QByteArray("c-mina") << QStringList();
}

void TestStoryStore::next()
{
    QFETCH(QByteArray, scene);
    QFETCH(QStringList, expected);
    RYUK_SMALL_STORY(store);
    RYUK_TAKE(next, store->next(scene.toStdString()));
    QCOMPARE(ids(next), expected);
    for (const Node &n : next) {
        RYUK_TAKE(single, store->node(n.id));
        QCOMPARE(show(n), show(single));
    }
    RYUK_COMPARE_ERROR(store->next("ghost"), ErrorKind::NotFound, QStringLiteral("no node has id \"ghost\""));
    RYUK_COMPARE_ERROR(store->next("l1"), ErrorKind::NotFound, QStringLiteral("no node has id \"l1\""));
}

void TestStoryStore::character_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QStringList>("scenes");

    // s2 (1,1), s1 (1,2, twice), s10 (2,1), S9 (2,2); not ch1 (a Choice), not s3 (APPEARS_IN the wrong way).
    QTest::newRow("in chapter and sequence order") << QByteArray("c-mina") << idList("s2 s1 s10 S9");
    QTest::newRow("one scene") << QByteArray("c-ren") << idList("S9");
    QTest::newRow("no scenes") << QByteArray("c-lonely") << QStringList();
    QTest::newRow("no scenes, odd properties") << QByteArray("c-odd") << QStringList();
}

void TestStoryStore::character()
{
    QFETCH(QByteArray, id);
    QFETCH(QStringList, scenes);
    RYUK_SMALL_STORY(store);
    RYUK_TAKE(appearances, store->character(id.toStdString()));
    RYUK_TAKE(character, store->node(id.toStdString()));
    QCOMPARE(show(appearances.character), show(character));
    QCOMPARE(ids(appearances.scenes), scenes);
    for (const Node &scene : appearances.scenes) {
        RYUK_TAKE(single, store->node(scene.id));
        QCOMPARE(show(scene), show(single));
    }
}

void TestStoryStore::characterRefused_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("a Scene") << QByteArray("s1") << ErrorKind::BadInput
                             << QStringLiteral("node \"s1\" is not a Character (its type is Scene)");
    QTest::newRow("a Choice") << QByteArray("ch1") << ErrorKind::BadInput
                              << QStringLiteral("node \"ch1\" is not a Character (its type is Choice)");
    QTest::newRow("a custom type") << QByteArray("place-harbor") << ErrorKind::BadInput
                                   << QStringLiteral("node \"place-harbor\" is not a Character (its type is Place)");
    QTest::newRow("unknown") << QByteArray("ghost") << ErrorKind::NotFound
                             << QStringLiteral("no node has id \"ghost\"");
    QTest::newRow("a relationship") << QByteArray("r1") << ErrorKind::NotFound
                                    << QStringLiteral("no node has id \"r1\"");
}

void TestStoryStore::characterRefused()
{
    QFETCH(QByteArray, id);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, message);
    RYUK_SMALL_STORY(store);
    RYUK_COMPARE_ERROR(store->character(id.toStdString()), kind, message);
}

void TestStoryStore::stats()
{
    RYUK_SMALL_STORY(store);
    RYUK_TAKE(stats, store->stats());
    QCOMPARE(stats.nodes, qint64(14));
    QCOMPARE(stats.relationships, qint64(18));
    QCOMPARE(stats.chapters, qint64(2));
    QCOMPARE(showStats(stats),
             QStringLiteral("nodes=14 relationships=18 chapters=2 node:Character=4 node:Choice=1 node:Event=1 "
                            "node:Place=1 node:Scene=7 relationship:APPEARS_IN=8 relationship:HAS_CHOICE=1 "
                            "relationship:LEADS_TO=6 relationship:RELATES_TO=1 relationship:TRIGGERS=1 "
                            "relationship:leads_to=1"));
    RYUK_TAKE(title, store->title());
    QCOMPARE(str(title), QStringLiteral("Small"));
}

// --- edits ---------------------------------------------------------------------

void TestStoryStore::addNodeCanonicalises()
{
    auto store = newStore();
    QVERIFY(store);
    RYUK_VERIFY_OK(
            store->addNode(node("n1", "Choice", -1.5, 1e9, " { \"weight\" : 2 , \"b\" : [ {\"y\":1,\"x\":2} ] } ")));
    RYUK_TAKE(n1, store->node("n1"));
    QCOMPARE(show(n1), show(node("n1", "Choice", -1.5, 1e9, R"({"b":[{"x":2,"y":1}],"weight":2})")));
    QCOMPARE(rawRows(store->location(), "SELECT weight FROM nodes WHERE id = 'n1'"),
             QStringList{QStringLiteral("2.0")});
    // Ids and types are kept byte for byte.
    RYUK_VERIFY_OK(store->addNode(node("場面 \"1\"", "Lieu ç", 0, 0, "{}")));
    RYUK_TAKE(unicode, store->node("場面 \"1\""));
    QCOMPARE(str(unicode.type), QStringLiteral("Lieu ç"));
    RYUK_VERIFY_OK(store->addNode(node(std::string(256, 'n').c_str(), "Scene", 0, 0, "{}")));
}

void TestStoryStore::addNodeRefused_data()
{
    QTest::addColumn<Node>("node");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty id") << node("", "Scene", 0, 0, "{}") << QStringLiteral("node id is empty");
    QTest::newRow("id of 257 bytes") << node(
            std::string(257, 'n').c_str(), "Scene", 0, 0,
            "{}") << QStringLiteral("node id \"%1…\" is longer than 256 bytes").arg(QString(32, u'n'));
    QTest::newRow("id not UTF-8") << node("n\xff", "Scene", 0, 0, "{}") << QStringLiteral("node id is not valid UTF-8");
    QTest::newRow("empty type") << node("n-new", "", 0, 0, "{}") << QStringLiteral("node \"n-new\" has an empty type");
    QTest::newRow("control character in type")
            << node("n-new", "Sce\tne", 0, 0, "{}") << QStringLiteral("node \"n-new\" has an invalid type name");
    QTest::newRow("properties not an object")
            << node("n-new", "Scene", 0, 0, "[]")
            << QStringLiteral("node \"n-new\": properties must be a JSON object, not an array");
    QTest::newRow("properties malformed")
            << node("n-new", "Scene", 0, 0, "{")
            << QStringLiteral("node \"n-new\": invalid JSON at column 2: Missing a name for object member.");
    QTest::newRow("empty properties text")
            << node("n-new", "Scene", 0, 0, "")
            << QStringLiteral("node \"n-new\": invalid JSON at column 1: The document is empty.");
    QTest::newRow("duplicate key") << node("n-new", "Scene", 0, 0, R"({"a":1,"a":1})")
                                   << QStringLiteral("node \"n-new\": duplicate key \"a\"");
    QTest::newRow("Scene chapter a string")
            << node("n-new", "Scene", 0, 0, R"({"chapter":"2"})")
            << QStringLiteral("node \"n-new\": property \"chapter\" must be an integer, not a string");
    QTest::newRow("Scene sequence a fraction")
            << node("n-new", "Scene", 0, 0, R"({"sequence":1.5})")
            << QStringLiteral("node \"n-new\": property \"sequence\" must be an integer, not a number");
    QTest::newRow("Scene title not a string")
            << node("n-new", "Scene", 0, 0, R"({"title":["a"]})")
            << QStringLiteral("node \"n-new\": property \"title\" must be a string, not an array");
    QTest::newRow("Character name not a string")
            << node("n-new", "Character", 0, 0, R"({"name":5})")
            << QStringLiteral("node \"n-new\": property \"name\" must be a string, not an integer");
    QTest::newRow("Character role not a string")
            << node("n-new", "Character", 0, 0, R"({"role":null})")
            << QStringLiteral("node \"n-new\": property \"role\" must be a string, not null");
    QTest::newRow("Choice weight not a number")
            << node("n-new", "Choice", 0, 0, R"({"weight":"x"})")
            << QStringLiteral("node \"n-new\": property \"weight\" must be a number, not a string");
    QTest::newRow("Event causality level not a number")
            << node("n-new", "Event", 0, 0, R"({"causality_level":{}})")
            << QStringLiteral("node \"n-new\": property \"causality_level\" must be a number, not an object");
}

void TestStoryStore::addNodeRefused()
{
    QFETCH(Node, node);
    QFETCH(QString, message);
    RYUK_SMALL_STORY(store);
    const QStringList before = dump(*store);
    RYUK_COMPARE_ERROR(store->addNode(node), ErrorKind::BadInput, message);
    QCOMPARE(dump(*store), before);
    // And in a batch, leaving the batch usable.
    RYUK_TAKE(batch, store->beginBatch());
    RYUK_COMPARE_ERROR(batch->addNode(node), ErrorKind::BadInput, message);
    RYUK_VERIFY_OK(batch->addNode(::node("n-ok", "Scene", 0, 0, "{}")));
    RYUK_VERIFY_OK(batch->commit());
    RYUK_VERIFY_OK(store->node("n-ok"));
}

void TestStoryStore::addRelationshipRefused_data()
{
    QTest::addColumn<Relationship>("relationship");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing from") << Relationship{"r-new", "LEADS_TO", "ghost", "s1", "{}"} << ErrorKind::NotFound
                                  << QStringLiteral("relationship \"r-new\": \"from\" names no node: \"ghost\"");
    QTest::newRow("missing to") << Relationship{"r-new", "LEADS_TO", "s1", "ghost", "{}"} << ErrorKind::NotFound
                                << QStringLiteral("relationship \"r-new\": \"to\" names no node: \"ghost\"");
    QTest::newRow("both missing: from first")
            << Relationship{"r-new", "LEADS_TO", "ghost1", "ghost2", "{}"} << ErrorKind::NotFound
            << QStringLiteral("relationship \"r-new\": \"from\" names no node: \"ghost1\"");
    QTest::newRow("end names a relationship")
            << Relationship{"r-new", "LEADS_TO", "s1", "l1", "{}"} << ErrorKind::NotFound
            << QStringLiteral("relationship \"r-new\": \"to\" names no node: \"l1\"");
    QTest::newRow("empty id") << Relationship{"", "LEADS_TO", "s1", "s2", "{}"} << ErrorKind::BadInput
                              << QStringLiteral("relationship id is empty");
    QTest::newRow("empty type") << Relationship{"r-new", "", "s1", "s2", "{}"} << ErrorKind::BadInput
                                << QStringLiteral("relationship \"r-new\" has an empty type");
    QTest::newRow("weight not a number")
            << Relationship{"r-new", "LEADS_TO", "s1", "s2", R"({"weight":"heavy"})"} << ErrorKind::BadInput
            << QStringLiteral("relationship \"r-new\": property \"weight\" must be a number, not a string");
    QTest::newRow("transition type not a string")
            << Relationship{"r-new", "LEADS_TO", "s1", "s2", R"({"transition_type":true})"} << ErrorKind::BadInput
            << QStringLiteral("relationship \"r-new\": property \"transition_type\" must be a string, not a boolean");
    QTest::newRow("properties not an object")
            << Relationship{"r-new", "LEADS_TO", "s1", "s2", "1"} << ErrorKind::BadInput
            << QStringLiteral("relationship \"r-new\": properties must be a JSON object, not an integer");
}

void TestStoryStore::addRelationshipRefused()
{
    QFETCH(Relationship, relationship);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, message);
    RYUK_SMALL_STORY(store);
    const QStringList before = dump(*store);
    RYUK_COMPARE_ERROR(store->addRelationship(relationship), kind, message);
    QCOMPARE(dump(*store), before);
}

void TestStoryStore::duplicateIds_data()
{
    QTest::addColumn<bool>("asNode"); // false: as a relationship
    QTest::addColumn<QByteArray>("id");

    QTest::newRow("node reusing a node's id") << true << QByteArray("s1");
    QTest::newRow("node reusing a relationship's id") << true << QByteArray("l1");
    QTest::newRow("relationship reusing a relationship's id") << false << QByteArray("l1");
    QTest::newRow("relationship reusing a node's id") << false << QByteArray("s1");
    QTest::newRow("ids compare byte for byte") << true << QByteArray("S9");
}

void TestStoryStore::duplicateIds()
{
    QFETCH(bool, asNode);
    QFETCH(QByteArray, id);
    RYUK_SMALL_STORY(store);
    const QStringList before = dump(*store);
    const QString message = QStringLiteral("duplicate id \"%1\"").arg(QString::fromUtf8(id));
    if (asNode)
        RYUK_COMPARE_ERROR(store->addNode(node(id.constData(), "Scene", 0, 0, "{}")), ErrorKind::Conflict, message);
    else
        RYUK_COMPARE_ERROR(store->addRelationship({id.toStdString(), "LEADS_TO", "s1", "s2", "{}"}),
                           ErrorKind::Conflict, message);
    QCOMPARE(dump(*store), before);
    // "s1" is taken but "s1 " and "S1" are not.
    RYUK_VERIFY_OK(store->addNode(node("S1", "Scene", 0, 0, "{}")));
    RYUK_VERIFY_OK(store->addNode(node("s1 ", "Scene", 0, 0, "{}")));
}

// An empty story takes a faster path for its first batch; the same ids must clash.
void TestStoryStore::duplicateIdsInOneBatch()
{
    auto store = newStore();
    QVERIFY(store);
    RYUK_TAKE(batch, store->beginBatch());
    RYUK_VERIFY_OK(batch->addNode(node("x", "Scene", 0, 0, "{}")));
    RYUK_COMPARE_ERROR(batch->addNode(node("x", "Event", 0, 0, "{}")), ErrorKind::Conflict,
                       QStringLiteral("duplicate id \"x\""));
    RYUK_COMPARE_ERROR(batch->addRelationship({"x", "LEADS_TO", "x", "x", "{}"}), ErrorKind::Conflict,
                       QStringLiteral("duplicate id \"x\""));
    RYUK_VERIFY_OK(batch->addRelationship({"r", "LEADS_TO", "x", "x", "{}"}));
    RYUK_COMPARE_ERROR(batch->addNode(node("r", "Scene", 0, 0, "{}")), ErrorKind::Conflict,
                       QStringLiteral("duplicate id \"r\""));
    RYUK_COMPARE_ERROR(batch->addRelationship({"r", "LEADS_TO", "x", "x", "{}"}), ErrorKind::Conflict,
                       QStringLiteral("duplicate id \"r\""));
    RYUK_COMPARE_ERROR(batch->addRelationship({"r2", "LEADS_TO", "x", "r", "{}"}), ErrorKind::NotFound,
                       QStringLiteral("relationship \"r2\": \"to\" names no node: \"r\""));
    RYUK_VERIFY_OK(batch->commit());
    RYUK_TAKE(stats, store->stats());
    QCOMPARE(showStats(stats),
             QStringLiteral("nodes=1 relationships=1 chapters=0 node:Scene=1 relationship:LEADS_TO=1"));
}

void TestStoryStore::setPropertiesOfANode()
{
    RYUK_SMALL_STORY(store);
    const QString file = store->location();

    // s2 moves from chapter 1 to chapter 2; ties on sequence go by id ("s10" < "s2").
    RYUK_VERIFY_OK(store->setProperties("s2", {{"chapter", "2"}, {"mood", R"( "grim" )"}}));
    RYUK_TAKE(s2, store->node("s2"));
    QCOMPARE(show(s2),
             show(node("s2", "Scene", 0, 100, R"({"chapter":2,"mood":"grim","sequence":1,"title":"Alarm"})")));
    RYUK_TAKE(chapter1, store->nodes({std::nullopt, 1}, {}));
    QCOMPARE(ids(chapter1.data), idList("s1 s3 s4"));
    RYUK_TAKE(chapter2, store->nodes({std::nullopt, 2}, {}));
    QCOMPARE(ids(chapter2.data), idList("s10 s2 S9"));
    QCOMPARE(rawRows(file, "SELECT title, chapter, sequence FROM nodes WHERE id = 's2'"),
             QStringList{QStringLiteral("Alarm|2|1")});

    RYUK_VERIFY_OK(store->setProperties("s2", {{"sequence", "0"}, {"title", R"("Alarm!")"}}));
    RYUK_TAKE(chapter2again, store->nodes({std::nullopt, 2}, {}));
    QCOMPARE(ids(chapter2again.data), idList("s2 s10 S9"));
    QCOMPARE(rawRows(file, "SELECT title, chapter, sequence FROM nodes WHERE id = 's2'"),
             QStringList{QStringLiteral("Alarm!|2|0")});

    // Removing the chapter takes the scene out of every chapter.
    RYUK_VERIFY_OK(store->setProperties("s2", {{"chapter", std::nullopt}}));
    RYUK_TAKE(chapter2last, store->nodes({std::nullopt, 2}, {}));
    QCOMPARE(ids(chapter2last.data), idList("s10 S9"));
    QCOMPARE(rawRows(file, "SELECT title, chapter, sequence FROM nodes WHERE id = 's2'"),
             QStringList{QStringLiteral("Alarm!|NULL|0")});
    RYUK_TAKE(s2last, store->node("s2"));
    QCOMPARE(str(s2last.properties), QStringLiteral(R"({"mood":"grim","sequence":0,"title":"Alarm!"})"));

    // A Character's chapter stays a plain property: any type, no chapter.
    RYUK_VERIFY_OK(store->setProperties("c-ren", {{"chapter", "\"two\""}, {"role", std::nullopt}}));
    RYUK_TAKE(ren, store->node("c-ren"));
    QCOMPARE(str(ren.properties), QStringLiteral(R"({"chapter":"two","name":"Ren"})"));
    QCOMPARE(rawRows(file, "SELECT name, role, chapter FROM nodes WHERE id = 'c-ren'"),
             QStringList{QStringLiteral("Ren|NULL|NULL")});
    RYUK_TAKE(stats, store->stats());
    QCOMPARE(stats.chapters, qint64(2));

    // Edits show through every query: the character's scenes carry the new title.
    RYUK_VERIFY_OK(store->setProperties("s1", {{"title", "\"Dusk\""}}));
    RYUK_TAKE(mina, store->character("c-mina"));
    auto s1 = std::find_if(mina.scenes.begin(), mina.scenes.end(), [](const Node &n) { return n.id == "s1"; });
    QVERIFY(s1 != mina.scenes.end());
    QCOMPARE(str(s1->properties), QStringLiteral(R"({"chapter":1,"sequence":2,"title":"Dusk"})"));
}

void TestStoryStore::setPropertiesOfARelationship()
{
    RYUK_SMALL_STORY(store);
    RYUK_VERIFY_OK(
            store->setProperties("r1", {{"weight", "0.25"}, {"transition_type", std::nullopt}, {"note", "[1]"}}));
    RYUK_TAKE(r1, store->relationship("r1"));
    QCOMPARE(show(r1), show(Relationship{"r1", "RELATES_TO", "c-mina", "c-ren", R"({"note":[1],"weight":0.25})"}));
    QCOMPARE(rawRows(store->location(), "SELECT weight, transition_type FROM relationships WHERE id = 'r1'"),
             QStringList{QStringLiteral("0.25|NULL")});
    RYUK_VERIFY_OK(store->setProperties("l1", {{"transition_type", "\"fade\""}}));
    QCOMPARE(rawRows(store->location(), "SELECT weight, transition_type FROM relationships WHERE id = 'l1'"),
             QStringList{QStringLiteral("1.0|fade")});
    // An empty change list changes nothing and is fine.
    const QStringList before = dump(*store);
    RYUK_VERIFY_OK(store->setProperties("l1", {}));
    QCOMPARE(dump(*store), before);
}

void TestStoryStore::setPropertiesRefused_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<std::vector<PropertyChange>>("changes");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("wrong type") << QByteArray("s2") << std::vector<PropertyChange>{{"chapter", "\"two\""}}
                                << ErrorKind::BadInput
                                << QStringLiteral("node \"s2\": property \"chapter\" must be an integer, not a string");
    QTest::newRow("valid change before a wrong one")
            << QByteArray("s2") << std::vector<PropertyChange>{{"title", "\"New\""}, {"chapter", "1.5"}}
            << ErrorKind::BadInput
            << QStringLiteral("node \"s2\": property \"chapter\" must be an integer, not a number");
    QTest::newRow("invalid JSON value") << QByteArray("s2") << std::vector<PropertyChange>{{"mood", "grim"}}
                                        << ErrorKind::BadInput
                                        << QStringLiteral(
                                                   "node \"s2\": value of \"mood\" is not valid JSON at column 1: "
                                                   "Invalid value.");
    QTest::newRow("empty key") << QByteArray("s2") << std::vector<PropertyChange>{{"", "1"}} << ErrorKind::BadInput
                               << QStringLiteral("node \"s2\": property name is empty");
    QTest::newRow("relationship, wrong type")
            << QByteArray("r1") << std::vector<PropertyChange>{{"weight", "\"heavy\""}} << ErrorKind::BadInput
            << QStringLiteral("relationship \"r1\": property \"weight\" must be a number, not a string");
    QTest::newRow("relationship, invalid JSON")
            << QByteArray("r1") << std::vector<PropertyChange>{{"weight", "0.5.5"}} << ErrorKind::BadInput
            << QStringLiteral("relationship \"r1\": value of \"weight\" is not valid JSON at column 4: "
                              "The document root must not be followed by other values.");
    QTest::newRow("value nested 100000 deep")
            << QByteArray("s2")
            << std::vector<PropertyChange>{{"deep", std::string(100000, '[') + std::string(100000, ']')}}
            << ErrorKind::BadInput << QStringLiteral("node \"s2\": values nest deeper than 1000 levels");
    QTest::newRow("unknown id") << QByteArray("ghost") << std::vector<PropertyChange>{{"a", "1"}} << ErrorKind::NotFound
                                << QStringLiteral("no node or relationship has id \"ghost\"");
}

void TestStoryStore::setPropertiesRefused()
{
    QFETCH(QByteArray, id);
    QFETCH(std::vector<PropertyChange>, changes);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, message);
    RYUK_SMALL_STORY(store);
    const QStringList before = dump(*store);
    const QStringList columnsBefore = rawRows(store->location(), "SELECT * FROM nodes ORDER BY id");
    RYUK_COMPARE_ERROR(store->setProperties(id.toStdString(), changes), kind, message);
    QCOMPARE(dump(*store), before);
    QCOMPARE(rawRows(store->location(), "SELECT * FROM nodes ORDER BY id"), columnsBefore);
}

void TestStoryStore::nonFinitePositionsRefused_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::newRow("x NaN") << std::numeric_limits<double>::quiet_NaN() << 0.0;
    QTest::newRow("y NaN") << 0.0 << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("x infinite") << std::numeric_limits<double>::infinity() << 0.0;
    QTest::newRow("y minus infinite") << 0.0 << -std::numeric_limits<double>::infinity();
}

// Positions go to JSON on export, which has no NaN or infinity; they are input
// errors, not SQLite's NOT NULL failing on a NaN.
void TestStoryStore::nonFinitePositionsRefused()
{
    QFETCH(double, x);
    QFETCH(double, y);
    RYUK_SMALL_STORY(store);
    const QStringList before = dump(*store);
    RYUK_COMPARE_ERROR(store->addNode(node("n-new", "Scene", x, y, "{}")), ErrorKind::BadInput,
                       QStringLiteral("node \"n-new\": x and y must be finite numbers"));
    RYUK_COMPARE_ERROR(store->moveNodes({{"s2", 1, 1}, {"s1", x, y}}), ErrorKind::BadInput,
                       QStringLiteral("node \"s1\": x and y must be finite numbers"));
    QCOMPARE(dump(*store), before);
}

void TestStoryStore::moveNodes()
{
    RYUK_SMALL_STORY(store);
    RYUK_VERIFY_OK(store->moveNodes({{"s1", 1, 2}, {"c-mina", -3.5, 1e6}, {"s1", 7, 8}}));
    RYUK_TAKE(s1, store->node("s1"));
    QCOMPARE(show(s1), show(node("s1", "Scene", 7, 8, R"({"chapter":1,"sequence":2,"title":"Dawn"})")));
    RYUK_TAKE(mina, store->node("c-mina"));
    QCOMPARE(mina.x, -3.5);
    QCOMPARE(mina.y, 1e6);
    RYUK_TAKE(s2, store->node("s2"));
    QCOMPARE(s2.x, 0.0);
    QCOMPARE(s2.y, 100.0);
    RYUK_VERIFY_OK(store->moveNodes({}));
}

void TestStoryStore::moveNodesAllOrNothing_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown id") << QByteArray("ghost") << QStringLiteral("no node has id \"ghost\"");
    QTest::newRow("a relationship's id") << QByteArray("l1") << QStringLiteral("no node has id \"l1\"");
}

void TestStoryStore::moveNodesAllOrNothing()
{
    QFETCH(QByteArray, bad);
    QFETCH(QString, message);
    RYUK_SMALL_STORY(store);
    const QStringList before = dump(*store);
    RYUK_COMPARE_ERROR(store->moveNodes({{"s1", 1, 2}, {"s2", 3, 4}, {bad.toStdString(), 5, 6}, {"s3", 7, 8}}),
                       ErrorKind::NotFound, message);
    QCOMPARE(dump(*store), before);
}

void TestStoryStore::remove_data()
{
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<qint64>("nodes");
    QTest::addColumn<qint64>("relationships");
    QTest::addColumn<QStringList>("gone"); // every id that must no longer exist

    // s1 touches l1 (in), l2 l3 l4 h1 (out), a3 a4 (in).
    QTest::newRow("a node takes its relationships")
            << idList("s1") << qint64(1) << qint64(7) << idList("s1 l1 l2 l3 l4 h1 a3 a4");
    // s3 touches l2 l4 x1 (in), l5 a6 (out).
    QTest::newRow("both directions") << idList("s3") << qint64(1) << qint64(5) << idList("s3 l2 l4 x1 l5 a6");
    QTest::newRow("a node without relationships") << idList("c-lonely") << qint64(1) << qint64(0) << idList("c-lonely");
    QTest::newRow("a relationship alone") << idList("r1") << qint64(0) << qint64(1) << idList("r1");
    QTest::newRow("several ids") << idList("r1 c-lonely t1") << qint64(1) << qint64(2) << idList("r1 c-lonely t1");
    QTest::newRow("a relationship named after its node")
            << idList("s1 l1") << qint64(1) << qint64(7) << idList("s1 l1 l2 l3 l4 h1 a3 a4");
    QTest::newRow("a relationship named before its node")
            << idList("l1 s1") << qint64(1) << qint64(7) << idList("s1 l1 l2 l3 l4 h1 a3 a4");
    QTest::newRow("the same id twice") << idList("s1 s1") << qint64(1) << qint64(7) << idList("s1 l1");
    // s2 keeps a2 and x1 after s1 took l1.
    QTest::newRow("two connected nodes") << idList("s1 s2") << qint64(2) << qint64(9)
                                         << idList("s1 s2 l1 l2 l3 l4 h1 a3 a4 a2 x1");
    QTest::newRow("nothing") << QStringList() << qint64(0) << qint64(0) << QStringList();
}

void TestStoryStore::remove()
{
    QFETCH(QStringList, removed);
    QFETCH(qint64, nodes);
    QFETCH(qint64, relationships);
    QFETCH(QStringList, gone);
    RYUK_SMALL_STORY(store);

    std::vector<std::string> ids;
    for (const QString &id : removed)
        ids.push_back(id.toStdString());
    RYUK_TAKE(summary, store->remove(ids));
    QCOMPARE(summary.nodes, nodes);
    QCOMPARE(summary.relationships, relationships);

    for (const QString &id : gone) {
        QVERIFY2(!store->node(id.toStdString()).ok(), qPrintable(id));
        QVERIFY2(!store->relationship(id.toStdString()).ok(), qPrintable(id));
    }
    RYUK_TAKE(stats, store->stats());
    QCOMPARE(stats.nodes, 14 - nodes);
    QCOMPARE(stats.relationships, 18 - relationships);
    // No relationship is left with a missing end: every stored one is visible.
    qint64 visible = 0;
    RYUK_VERIFY_OK(store->forEachRelationship([&](const Relationship &) {
        ++visible;
        return true;
    }));
    QCOMPARE(visible, stats.relationships);
}

void TestStoryStore::removeAllOrNothing_data()
{
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QString>("message");

    const QString ghost = QStringLiteral("no node or relationship has id \"ghost\"");
    QTest::newRow("unknown id alone") << idList("ghost") << ghost;
    QTest::newRow("unknown id first") << idList("ghost s1") << ghost;
    QTest::newRow("unknown id after a node") << idList("s1 ghost") << ghost;
    QTest::newRow("unknown id after a relationship") << idList("r1 ghost") << ghost;
    QTest::newRow("unknown id after a node and its relationship") << idList("s1 l1 ghost r1") << ghost;
    QTest::newRow("empty id after a node")
            << QStringList{QStringLiteral("s2"), QString()} << QStringLiteral("no node or relationship has id \"\"");
}

void TestStoryStore::removeAllOrNothing()
{
    QFETCH(QStringList, removed);
    QFETCH(QString, message);
    RYUK_SMALL_STORY(store);
    const QStringList before = dump(*store);
    std::vector<std::string> ids;
    for (const QString &id : removed)
        ids.push_back(id.toStdString());
    RYUK_COMPARE_ERROR(store->remove(ids), ErrorKind::NotFound, message);
    QCOMPARE(dump(*store), before);
}

// --- batches and visits ------------------------------------------------------------

void TestStoryStore::batchNotCommittedChangesNothing()
{
    RYUK_SMALL_STORY(store);
    const QStringList before = dump(*store);
    {
        RYUK_TAKE(batch, store->beginBatch());
        RYUK_VERIFY_OK(batch->addNode(node("n-new", "Scene", 0, 0, R"({"chapter":1,"sequence":0})")));
        RYUK_VERIFY_OK(batch->addRelationship({"r-new", "LEADS_TO", "n-new", "s1", "{}"}));
        RYUK_VERIFY_OK(batch->setTitle("Changed"));
    }
    QCOMPARE(dump(*store), before);
    RYUK_COMPARE_ERROR(store->node("n-new"), ErrorKind::NotFound, QStringLiteral("no node has id \"n-new\""));
    // The store is free for the next edit.
    RYUK_VERIFY_OK(store->addNode(node("n-new", "Scene", 0, 0, "{}")));
}

void TestStoryStore::batchCommitted()
{
    RYUK_SMALL_STORY(store);
    {
        RYUK_TAKE(batch, store->beginBatch());
        RYUK_VERIFY_OK(batch->addNode(node("n-new", "Scene", 5, 6, R"({"sequence":0,"chapter":1})")));
        RYUK_VERIFY_OK(batch->addRelationship({"r-new", "LEADS_TO", "n-new", "s1", R"({"weight":3})"}));
        RYUK_VERIFY_OK(batch->addRelationship({"r-old", "APPEARS_IN", "c-lonely", "n-new", "{}"}));
        RYUK_VERIFY_OK(batch->setTitle("Changed"));
        RYUK_VERIFY_OK(batch->commit());
    }
    RYUK_TAKE(title, store->title());
    QCOMPARE(str(title), QStringLiteral("Changed"));
    RYUK_TAKE(chapter1, store->nodes({std::nullopt, 1}, {}));
    QCOMPARE(ids(chapter1.data), idList("n-new s2 s1 s3 s4"));
    RYUK_TAKE(rel, store->relationship("r-new"));
    QCOMPARE(show(rel), show(Relationship{"r-new", "LEADS_TO", "n-new", "s1", R"({"weight":3})"}));
    RYUK_TAKE(lonely, store->character("c-lonely"));
    QCOMPARE(ids(lonely.scenes), idList("n-new"));

    // A batch on an empty story, relationships joining nodes of the same batch.
    auto empty = newStore("empty.ryuk");
    QVERIFY(empty);
    {
        RYUK_TAKE(batch, empty->beginBatch());
        RYUK_VERIFY_OK(batch->addNode(node("b", "Scene", 0, 0, "{}")));
        RYUK_VERIFY_OK(batch->addNode(node("a", "Scene", 0, 0, "{}")));
        RYUK_VERIFY_OK(batch->addRelationship({"ab", "LEADS_TO", "a", "b", "{}"}));
        RYUK_VERIFY_OK(batch->commit());
    }
    RYUK_TAKE(next, empty->next("a"));
    QCOMPARE(ids(next), idList("b"));
}

void TestStoryStore::batchHasNode()
{
    for (bool emptyStory : {false, true}) {
        auto store = emptyStory ? newStore("empty.ryuk") : smallStore("small.ryuk");
        QVERIFY(store);
        RYUK_TAKE(batch, store->beginBatch());
        QCOMPARE(batch->hasNode("s1"), !emptyStory);
        QCOMPARE(batch->hasNode("l1"), false);
        QCOMPARE(batch->hasNode("ghost"), false);
        QCOMPARE(batch->hasNode("n-new"), false);
        RYUK_VERIFY_OK(batch->addNode(node("n-new", "Scene", 0, 0, "{}")));
        QCOMPARE(batch->hasNode("n-new"), true);
        QCOMPARE(batch->hasNode("N-NEW"), false);
        RYUK_VERIFY_OK(batch->addRelationship({"r-new", "LEADS_TO", "n-new", "n-new", "{}"}));
        QCOMPARE(batch->hasNode("r-new"), false);
    }
}

// Importers check properties once and hand the result over.
void TestStoryStore::batchOfCheckedElements()
{
    RYUK_SMALL_STORY(store);
    RYUK_TAKE(scene, checkNodeProperties("n-new", "Scene", R"({ "sequence": 0, "chapter": 1, "title": "New" })"));
    QCOMPARE(str(scene.canonical), QStringLiteral(R"({"chapter":1,"sequence":0,"title":"New"})"));
    RYUK_TAKE(edge, checkRelationshipProperties("r-new", R"({"weight":2})"));
    {
        RYUK_TAKE(batch, store->beginBatch());
        RYUK_VERIFY_OK(batch->addCheckedNode(node("n-new", "Scene", 1, 2, scene.canonical.c_str()), scene.fields));
        RYUK_VERIFY_OK(
                batch->addCheckedRelationship({"r-new", "LEADS_TO", "n-new", "s1", edge.canonical}, edge.fields));
        RYUK_COMPARE_ERROR(batch->addCheckedNode(node("s1", "Scene", 0, 0, "{}"), {}), ErrorKind::Conflict,
                           QStringLiteral("duplicate id \"s1\""));
        RYUK_COMPARE_ERROR(batch->addCheckedNode(node("", "Scene", 0, 0, "{}"), {}), ErrorKind::BadInput,
                           QStringLiteral("node id is empty"));
        RYUK_COMPARE_ERROR(batch->addCheckedRelationship({"r2", "", "s1", "s2", "{}"}, {}), ErrorKind::BadInput,
                           QStringLiteral("relationship \"r2\" has an empty type"));
        RYUK_COMPARE_ERROR(batch->addCheckedRelationship({"r2", "LEADS_TO", "s1", "ghost", "{}"}, {}),
                           ErrorKind::NotFound, QStringLiteral("relationship \"r2\": \"to\" names no node: \"ghost\""));
        RYUK_VERIFY_OK(batch->commit());
    }
    RYUK_TAKE(chapter1, store->nodes({std::nullopt, 1}, {}));
    QCOMPARE(ids(chapter1.data), idList("n-new s2 s1 s3 s4"));
    RYUK_TAKE(added, store->node("n-new"));
    QCOMPARE(show(added), show(node("n-new", "Scene", 1, 2, R"({"chapter":1,"sequence":0,"title":"New"})")));
    QCOMPARE(rawRows(store->location(), "SELECT weight FROM relationships WHERE id = 'r-new'"),
             QStringList{QStringLiteral("2.0")});
}

// Totals read while a batch was open must not outlive its rollback.
void TestStoryStore::countsAfterARolledBackBatch()
{
    for (bool emptyStory : {false, true}) {
        auto store = emptyStory ? newStore("empty.ryuk") : smallStore("small.ryuk");
        QVERIFY(store);
        const qint64 nodes = emptyStory ? 0 : 14;
        const qint64 relationships = emptyStory ? 0 : 18;
        {
            RYUK_TAKE(batch, store->beginBatch());
            RYUK_VERIFY_OK(batch->addNode(node("n-new", "Scene", 0, 0, R"({"chapter":1})")));
            RYUK_VERIFY_OK(batch->addRelationship({"r-new", "LEADS_TO", "n-new", "n-new", "{}"}));
            RYUK_TAKE(inside, store->nodes({}, {}));
            QCOMPARE(inside.pagination.total, nodes + 1);
            RYUK_TAKE(insideChapter, store->nodes({std::nullopt, 1}, {}));
            QCOMPARE(insideChapter.pagination.total, emptyStory ? 1 : 5);
            RYUK_TAKE(insideRelationships, store->relationships({std::string("LEADS_TO")}, {}));
            QCOMPARE(insideRelationships.pagination.total, emptyStory ? 1 : 7);
        }
        RYUK_TAKE(after, store->nodes({}, {}));
        QCOMPARE(after.pagination.total, nodes);
        QCOMPARE(qint64(after.data.size()), std::min<qint64>(nodes, DefaultPageLimit));
        RYUK_TAKE(afterChapter, store->nodes({std::nullopt, 1}, {}));
        QCOMPARE(afterChapter.pagination.total, emptyStory ? 0 : 4);
        RYUK_TAKE(afterRelationships, store->relationships({std::string("LEADS_TO")}, {}));
        QCOMPARE(afterRelationships.pagination.total, emptyStory ? 0 : 6);
        RYUK_TAKE(stats, store->stats());
        QCOMPARE(stats.relationships, relationships);
    }
}

void TestStoryStore::forEachNode()
{
    RYUK_SMALL_STORY(store);
    QStringList visited;
    RYUK_VERIFY_OK(store->forEachNode([&](const Node &n) {
        visited << str(n.id);
        return true;
    }));
    QCOMPARE(visited, idList(SmallNodeOrder));

    // Whole rows, as node() returns them.
    std::vector<Node> all;
    RYUK_VERIFY_OK(store->forEachNode([&](const Node &n) {
        all.push_back(n);
        return true;
    }));
    for (const Node &n : all) {
        RYUK_TAKE(single, store->node(n.id));
        QCOMPARE(show(n), show(single));
    }

    QStringList firstThree;
    RYUK_VERIFY_OK(store->forEachNode([&](const Node &n) {
        firstThree << str(n.id);
        return firstThree.size() < 3;
    }));
    QCOMPARE(firstThree, idList("S9 c-lonely c-mina"));

    auto empty = newStore("empty.ryuk");
    QVERIFY(empty);
    int calls = 0;
    RYUK_VERIFY_OK(empty->forEachNode([&](const Node &) { return ++calls, true; }));
    QCOMPARE(calls, 0);
}

void TestStoryStore::forEachRelationship()
{
    RYUK_SMALL_STORY(store);
    std::vector<Relationship> all;
    RYUK_VERIFY_OK(store->forEachRelationship([&](const Relationship &r) {
        all.push_back(r);
        return true;
    }));
    QCOMPARE(ids(all), idList(SmallRelationshipOrder));
    for (const Relationship &r : all) {
        RYUK_TAKE(single, store->relationship(r.id));
        QCOMPARE(show(r), show(single));
    }

    QStringList one;
    RYUK_VERIFY_OK(store->forEachRelationship([&](const Relationship &r) {
        one << str(r.id);
        return false;
    }));
    QCOMPARE(one, idList("a1"));
    // Stopping early leaves nothing half-read: the store takes an edit right after.
    RYUK_VERIFY_OK(store->addNode(node("n-new", "Scene", 0, 0, "{}")));
}

// --- two stores, one file ------------------------------------------------------------

void TestStoryStore::twoStoresOnOneFile()
{
    auto a = newStore();
    QVERIFY(a);
    RYUK_TAKE(b, openStory(a->location(), OpenMode::OpenExisting));

    RYUK_VERIFY_OK(a->addNode(node("s1", "Scene", 1, 2, R"({"chapter":1,"sequence":2})")));
    RYUK_TAKE(seen, b->node("s1"));
    QCOMPARE(show(seen), show(node("s1", "Scene", 1, 2, R"({"chapter":1,"sequence":2})")));

    RYUK_VERIFY_OK(b->addNode(node("s2", "Scene", 0, 0, R"({"chapter":1,"sequence":1})")));
    RYUK_VERIFY_OK(b->addRelationship({"l1", "LEADS_TO", "s2", "s1", "{}"}));
    RYUK_TAKE(next, a->next("s2"));
    QCOMPARE(ids(next), idList("s1"));
    // Ids stay unique across both writers.
    RYUK_COMPARE_ERROR(a->addNode(node("l1", "Scene", 0, 0, "{}")), ErrorKind::Conflict,
                       QStringLiteral("duplicate id \"l1\""));

    RYUK_VERIFY_OK(a->setProperties("s1", {{"sequence", "0"}}));
    RYUK_TAKE(chapter, b->nodes({std::nullopt, 1}, {}));
    QCOMPARE(ids(chapter.data), idList("s1 s2"));

    RYUK_VERIFY_OK(b->moveNodes({{"s2", 9, 9}}));
    RYUK_TAKE(moved, a->node("s2"));
    QCOMPARE(moved.x, 9.0);

    RYUK_VERIFY_OK(a->setTitle("Shared"));
    RYUK_TAKE(title, b->title());
    QCOMPARE(str(title), QStringLiteral("Shared"));

    RYUK_TAKE(summary, b->remove({"s1"}));
    QCOMPARE(summary.nodes, qint64(1));
    QCOMPARE(summary.relationships, qint64(1));
    RYUK_COMPARE_ERROR(a->node("s1"), ErrorKind::NotFound, QStringLiteral("no node has id \"s1\""));
    QCOMPARE(dump(*a), dump(*b));
}

// Each store may keep totals; a write through the other one must show.
void TestStoryStore::countsSeenAcrossStores()
{
    RYUK_SMALL_STORY(a);
    RYUK_TAKE(b, openStory(a->location(), OpenMode::OpenExisting));
    RYUK_TAKE(scenes, b->nodes({std::string("Scene"), std::nullopt}, {1, 5}));
    QCOMPARE(showPagination(scenes.pagination), showPagination({1, 5, 7, 2, true, false}));
    RYUK_TAKE(chapter, b->nodes({std::nullopt, 1}, {}));
    QCOMPARE(chapter.pagination.total, qint64(4));

    RYUK_VERIFY_OK(a->addNode(node("s6", "Scene", 0, 0, R"({"chapter":1,"sequence":9})")));
    RYUK_TAKE(scenesAfter, b->nodes({std::string("Scene"), std::nullopt}, {2, 5}));
    QCOMPARE(ids(scenesAfter.data), idList("s4 s5 s6"));
    QCOMPARE(showPagination(scenesAfter.pagination), showPagination({2, 5, 8, 2, false, true}));
    RYUK_TAKE(chapterAfter, b->nodes({std::nullopt, 1}, {}));
    QCOMPARE(ids(chapterAfter.data), idList("s2 s1 s3 s4 s6"));
    QCOMPARE(chapterAfter.pagination.total, qint64(5));

    RYUK_TAKE(summary, a->remove({"s1"}));
    QCOMPARE(summary.relationships, qint64(7));
    RYUK_TAKE(leads, b->relationships({std::string("LEADS_TO")}, {}));
    QCOMPARE(ids(leads.data), idList("l5 l6"));
    QCOMPARE(leads.pagination.total, qint64(2));
}

void TestStoryStore::busyStoryAsksToTryAgain()
{
    auto a = newStore();
    QVERIFY(a);
    RYUK_TAKE(b, openStory(a->location(), OpenMode::OpenExisting));
    {
        RYUK_TAKE(batch, a->beginBatch());
        RYUK_VERIFY_OK(batch->addNode(node("s1", "Scene", 0, 0, "{}")));
        // b still reads the story as it was ...
        RYUK_TAKE(stats, b->stats());
        QCOMPARE(stats.nodes, qint64(0));
        // ... and is told, after a short wait, that someone else is writing.
        QElapsedTimer timer;
        timer.start();
        auto added = b->addNode(node("s2", "Scene", 0, 0, "{}"));
        // Busy, not a Conflict of ids: nothing is wrong with the input (the CLI exits 1).
        RYUK_COMPARE_ERROR(added, ErrorKind::Busy,
                           QStringLiteral("the story is being changed by another program; try again"));
        QCOMPARE(added.error().file, a->location());
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        RYUK_VERIFY_OK(batch->commit());
    }
    RYUK_VERIFY_OK(b->addNode(node("s2", "Scene", 0, 0, "{}")));
    RYUK_TAKE(stats, a->stats());
    QCOMPARE(stats.nodes, qint64(2));
}

// A story locked by another program is busy, not damaged, even when the lock
// stops the open's own check from reading it.
void TestStoryStore::busyWhileOpeningIsNotDamage()
{
    const QString file = path("story.ryuk");
    QVERIFY(QFile::copy(mSmallStory, file));
    RawConnection other(file);
    QCOMPARE(other.exec("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                        "UPDATE meta SET value = value WHERE key = 'title';"),
             QString());
    const QByteArray before = fileBytes(file);
    auto store = openStory(file, OpenMode::OpenExisting);
    RYUK_COMPARE_ERROR(store, ErrorKind::Busy, QStringLiteral("the story is being changed by another program; try again"));
    QCOMPARE(store.error().file, file);
    QCOMPARE(other.exec("ROLLBACK"), QString());
    QCOMPARE(fileBytes(file), before);
}

void TestStoryStore::damageFoundWhileWorkingIsSQLitesMessage()
{
    RYUK_SMALL_STORY(a);
    const QString file = a->location();
    // Opened and checked; then the file is damaged under it (a failing disk),
    // and another program's commit (of page 1 alone) makes the store read its
    // pages again.
    QByteArray bytes = fileBytes(file);
    QVERIFY2(bytes.size() > 4096 * 3, qPrintable(QString::number(bytes.size())));
    QRandomGenerator garbage(20261203);
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = char(garbage.bounded(256));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::ReadWrite)); // in place: the store keeps its file open
        QCOMPARE(out.write(bytes), bytes.size());
    }
    {
        RawConnection other(file);
        QCOMPARE(other.exec("PRAGMA user_version = 2"), QString());
    }
    const QString malformed = QString::fromUtf8(sqlite3_errstr(SQLITE_CORRUPT));
    QCOMPARE(malformed, QStringLiteral("database disk image is malformed"));
    RYUK_COMPARE_ERROR(a->addRelationship({"l9", "LEADS_TO", "s1", "s2", "{}"}), ErrorKind::Io, malformed);
    RYUK_COMPARE_ERROR(a->node("s1"), ErrorKind::Io, malformed);
    RYUK_COMPARE_ERROR(a->setProperties("s1", {{"title", std::string("\"x\"")}}), ErrorKind::Io, malformed);
}

void TestStoryStore::textFits_data()
{
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("fits");
    const int debian = 1000000000; // SQLITE_MAX_LENGTH as Debian builds it
    QTest::newRow("empty") << quint64(0) << debian << true;
    QTest::newRow("at the limit") << quint64(debian) << debian << true;
    QTest::newRow("one past the limit") << quint64(debian) + 1 << debian << false;
    QTest::newRow("2 GiB - 1, limit INT_MAX") << quint64(INT_MAX) << INT_MAX << true;
    // Cast to int these turn negative (SQLite would read to a NUL) ...
    QTest::newRow("2 GiB") << (quint64(1) << 31) << INT_MAX << false;
    QTest::newRow("3 GiB") << (quint64(3) << 30) << INT_MAX << false;
    // ... or wrap to a small length (SQLite would keep only 5 bytes).
    QTest::newRow("4 GiB + 5") << (quint64(1) << 32) + 5 << INT_MAX << false;
    QTest::newRow("negative limit") << quint64(1) << -1 << false;
}

void TestStoryStore::textFits()
{
    QFETCH(quint64, bytes);
    QFETCH(int, limit);
    QFETCH(bool, fits);
    QCOMPARE(sqlite::textFits(std::size_t(bytes), limit), fits);
}

// A refused bind stops the statement and surfaces as an error at step().
void TestStoryStore::failedBindsReachStep()
{
    RYUK_TAKE(db, sqlite::Database::open(path("plain.db"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
    sqlite3_limit(db.handle(), SQLITE_LIMIT_LENGTH, 10);
    RYUK_TAKE(stmt, db.prepare("SELECT ?1"));

    stmt.bind(1, std::string_view("0123456789"));
    QCOMPARE(stmt.step(), SQLITE_ROW);
    QCOMPARE(stmt.string(0), std::string("0123456789"));
    stmt.reset();

    stmt.bind(1, std::string_view("0123456789+"));
    const int tooLong = stmt.step();
    QCOMPARE(tooLong, SQLITE_TOOBIG);
    const Error error = db.errorFromCode(tooLong, {});
    QCOMPARE(kindText(error.kind), kindText(ErrorKind::BadInput));
    QCOMPARE(error.message, QStringLiteral("a value is too long to store (the limit is 10 bytes)"));
    stmt.reset(); // forgets the failed bind

    stmt.bind(2, qint64(1)); // no such parameter
    const int range = stmt.step();
    QCOMPARE(range, SQLITE_RANGE);
    QCOMPARE(db.errorFromCode(range, {}).message, QString::fromUtf8(sqlite3_errstr(SQLITE_RANGE)));
    stmt.reset();

    stmt.bind(1, qint64(7));
    QCOMPARE(stmt.step(), SQLITE_ROW);
    QCOMPARE(stmt.int64(0), qint64(7));
}

// --- the sample -------------------------------------------------------------------------

void TestStoryStore::sampleStory()
{
    auto store = newStore();
    QVERIFY(store);
    RYUK_VERIFY_OK(loadSampleStory(*store));
    RYUK_TAKE(stats, store->stats());
    QVERIFY2(stats.nodesByType["Scene"] >= 25, qPrintable(showStats(stats)));
    QVERIFY2(stats.chapters >= 3, qPrintable(showStats(stats)));
    QVERIFY2(stats.nodesByType["Character"] >= 5, qPrintable(showStats(stats)));
    RYUK_TAKE(title, store->title());
    QVERIFY(!title.empty());

    // Every Scene with a chapter is in exactly one chapter query, in sequence order.
    RYUK_TAKE(scenes, store->nodes({std::string("Scene"), std::nullopt}, {1, MaxPageLimit}));
    std::set<qint64> chapters;
    for (const Node &scene : scenes.data) {
        RYUK_TAKE(fields, nodeFields(scene.id, scene.type, scene.properties));
        if (fields.chapter)
            chapters.insert(*fields.chapter);
    }
    QCOMPARE(qint64(chapters.size()), stats.chapters);
    qint64 inChapters = 0;
    for (qint64 chapter : chapters) {
        RYUK_TAKE(page, store->nodes({std::nullopt, chapter}, {1, MaxPageLimit}));
        QVERIFY(!page.data.empty());
        inChapters += qint64(page.data.size());
        std::optional<qint64> previous;
        for (const Node &scene : page.data) {
            RYUK_TAKE(fields, nodeFields(scene.id, scene.type, scene.properties));
            QCOMPARE(fields.chapter, std::optional<qint64>(chapter));
            if (previous && fields.sequence)
                QVERIFY2(*previous <= *fields.sequence, scene.id.c_str());
            previous = fields.sequence;
        }
    }
    QVERIFY(inChapters <= stats.nodesByType["Scene"]);
    // Loading it twice clashes on the first id and changes nothing.
    const QStringList before = dump(*store);
    QVERIFY(!loadSampleStory(*store).ok());
    QCOMPARE(dump(*store), before);
}

QTEST_GUILESS_MAIN(TestStoryStore)
#include "tst_storystore.moc"
