// The SQLite story store: opening and checking story files, the query
// catalogue as prepared statements, single-transaction edits and batches.
#include "sqlitestorystore.h"

#include "core/properties.h"
#include "idtable.h"
#include "schema.h"
#include "sqlitedatabase.h"

#include "metrics/querytimer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <unordered_map>
#include <unordered_set>
#include <variant>

namespace ryuk {

namespace {

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Columns every node query selects, in this order (see readNode).
#define NODE_COLUMNS "n.id, n.type, n.x, n.y, n.properties"
#define RELATIONSHIP_COLUMNS "r.id, r.type, f.id, t.id, r.properties"
#define RELATIONSHIP_JOIN "JOIN nodes f ON f.nid = r.from_nid JOIN nodes t ON t.nid = r.to_nid"

Node readNode(const sqlite::Statement &s, int first = 0)
{
    Node n;
    n.id = s.string(first);
    n.type = s.string(first + 1);
    n.x = s.real(first + 2);
    n.y = s.real(first + 3);
    n.properties = s.string(first + 4);
    return n;
}

Relationship readRelationship(const sqlite::Statement &s)
{
    Relationship r;
    r.id = s.string(0);
    r.type = s.string(1);
    r.from = s.string(2);
    r.to = s.string(3);
    r.properties = s.string(4);
    return r;
}

Error duplicateId(std::string_view id)
{
    return Error{ErrorKind::Conflict, QCoreApplication::translate("StoryStore", "duplicate id \"%1\"").arg(q(id)), {}, 0, 0};
}

Error noSuchNode(std::string_view id)
{
    return Error{ErrorKind::NotFound, QCoreApplication::translate("StoryStore", "no node has id \"%1\"").arg(q(id)), {}, 0, 0};
}

Error endpointMissing(std::string_view relId, const char *end, std::string_view nodeId)
{
    return Error{ErrorKind::NotFound,
                 QCoreApplication::translate("StoryStore", "relationship \"%1\": \"%2\" names no node: \"%3\"").arg(q(relId), QLatin1String(end), q(nodeId)),
                 {}, 0, 0};
}

// Which file a path named when we made it: a file put there since has
// another inode (or device), however alike its name and contents.
struct FileIdentity
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileIdentity &) const = default;
};

std::optional<FileIdentity> identityOf(const QByteArray &path)
{
    struct stat st{};
    if (::lstat(path.constData(), &st) != 0)
        return std::nullopt;
    return FileIdentity{st.st_dev, st.st_ino};
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

std::function<Status(testing::CreateStep, const QString &)> &createHook()
{
    static std::function<Status(testing::CreateStep, const QString &)> hook;
    return hook;
}

Status createStep(testing::CreateStep step, const QString &path)
{
    const auto &hook = createHook();
    return hook ? hook(step, path) : Status();
}

Pagination paginate(const PageRequest &request, qint64 total)
{
    Pagination p;
    p.page = request.page;
    p.limit = request.limit;
    p.total = total;
    p.pages = (total + request.limit - 1) / request.limit;
    p.hasNext = request.page < p.pages;
    p.hasPrev = request.page > 1;
    return p;
}

Status checkPageRequest(const PageRequest &request)
{
    if (request.limit < 1 || request.limit > MaxPageLimit)
        return Error::badInput(QCoreApplication::translate("StoryStore", "--limit must be between 1 and %1").arg(MaxPageLimit));
    if (request.page < 1)
        return Error::badInput(QCoreApplication::translate("StoryStore", "--page must be 1 or more"));
    return {};
}

// Validated input for an insert or update: canonical properties plus the known
// fields extracted from them.
struct CheckedNode
{
    Node node;
    KnownFields fields;
};

// Positions are written to JSON on export, which has no NaN or infinity (and
// SQLite would store a NaN as NULL and fail the NOT NULL constraint).
Status checkPosition(std::string_view id, double x, double y)
{
    if (!std::isfinite(x) || !std::isfinite(y))
        return Error::badInput(QCoreApplication::translate("StoryStore", "node \"%1\": x and y must be finite numbers").arg(q(id)));
    return {};
}

Result<CheckedNode> checkNode(const Node &node)
{
    if (auto s = checkId(node.id, "node"); !s)
        return s.takeError();
    if (auto s = checkPosition(node.id, node.x, node.y); !s)
        return s.takeError();
    if (auto s = checkTypeName(node.type, node.id, "node"); !s)
        return s.takeError();
    auto checked = checkNodeProperties(node.id, node.type, node.properties);
    if (!checked)
        return checked.takeError();
    CheckedNode out{node, std::move(checked->fields)};
    out.node.properties = std::move(checked->canonical);
    return out;
}

struct CheckedRelationship
{
    Relationship relationship;
    KnownFields fields;
};

Result<CheckedRelationship> checkRelationship(const Relationship &rel)
{
    if (auto s = checkId(rel.id, "relationship"); !s)
        return s.takeError();
    if (auto s = checkTypeName(rel.type, rel.id, "relationship"); !s)
        return s.takeError();
    auto checked = checkRelationshipProperties(rel.id, rel.properties);
    if (!checked)
        return checked.takeError();
    CheckedRelationship out{rel, std::move(checked->fields)};
    out.relationship.properties = std::move(checked->canonical);
    return out;
}

// Views of checked input for the insert and update statements.
struct CheckedNodeRef
{
    const Node &node;
    const KnownFields &fields;
    CheckedNodeRef(const Node &n, const KnownFields &f) : node(n), fields(f) {}
    CheckedNodeRef(const CheckedNode &c) : node(c.node), fields(c.fields) {}
};

struct CheckedRelationshipRef
{
    const Relationship &relationship;
    const KnownFields &fields;
    CheckedRelationshipRef(const Relationship &r, const KnownFields &f) : relationship(r), fields(f) {}
    CheckedRelationshipRef(const CheckedRelationship &c) : relationship(c.relationship), fields(c.fields) {}
};

const char InsertNodeSql[] = "INSERT INTO nodes (id, type, x, y, properties, title, chapter, sequence, name, role, "
                             "weight, causality_level, flags, label) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
const char InsertRelationshipSql[] = "INSERT INTO relationships (id, type, from_nid, to_nid, properties, weight, "
                                     "transition_type) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
const char NodeIdExistsSql[] = "SELECT nid FROM nodes WHERE id = ?1";
const char RelationshipIdExistsSql[] = "SELECT rid FROM relationships WHERE id = ?1";

// The read catalogue, named so explainPlan can find each kind's statement.
const char NodeGetSql[] = "SELECT " NODE_COLUMNS " FROM nodes n WHERE n.id = ?1";
const char RelationshipGetSql[] = "SELECT " RELATIONSHIP_COLUMNS " FROM relationships r " RELATIONSHIP_JOIN
                                  " WHERE r.id = ?1";
const char ChapterCountSql[] = "SELECT count(*) FROM nodes WHERE type = 'Scene' AND chapter = ?1";
const char ChapterPageSql[] = "SELECT " NODE_COLUMNS " FROM nodes n WHERE n.type = 'Scene' AND n.chapter = ?1 "
                              "ORDER BY n.sequence, n.id LIMIT ?2 OFFSET ?3";
const char TypeCountSql[] = "SELECT count(*) FROM nodes WHERE type = ?1";
// Pages skip their OFFSET in a subquery over the covering id index (a step per
// row skipped) and then seek to where the page starts; a plain OFFSET visits
// each skipped row's table entry, several times slower deep into a story.
// Same rows, same order.
const char TypePageSql[] = "SELECT " NODE_COLUMNS " FROM nodes n WHERE n.type = ?1 AND n.id >= "
                           "(SELECT id FROM nodes WHERE type = ?1 ORDER BY id LIMIT 1 OFFSET ?3) ORDER BY n.id LIMIT ?2";
const char NodeCountSql[] = "SELECT count(*) FROM nodes";
const char NodePageSql[] = "SELECT " NODE_COLUMNS " FROM nodes n WHERE n.id >= "
                           "(SELECT id FROM nodes ORDER BY id LIMIT 1 OFFSET ?2) ORDER BY n.id LIMIT ?1";
const char RelationshipTypeCountSql[] = "SELECT count(*) FROM relationships WHERE type = ?1";
const char RelationshipTypePageSql[] = "SELECT " RELATIONSHIP_COLUMNS " FROM relationships r " RELATIONSHIP_JOIN
                                       " WHERE r.type = ?1 AND r.id >= (SELECT id FROM relationships WHERE type = ?1 "
                                       "ORDER BY id LIMIT 1 OFFSET ?3) ORDER BY r.id LIMIT ?2";
const char RelationshipCountSql[] = "SELECT count(*) FROM relationships";
const char RelationshipPageSql[] = "SELECT " RELATIONSHIP_COLUMNS " FROM relationships r " RELATIONSHIP_JOIN
                                   " WHERE r.id >= (SELECT id FROM relationships ORDER BY id LIMIT 1 OFFSET ?2) "
                                   "ORDER BY r.id LIMIT ?1";
const char NextSql[] = "SELECT DISTINCT " NODE_COLUMNS " FROM nodes s "
                       "JOIN relationships r ON r.from_nid = s.nid AND r.type = 'LEADS_TO' "
                       "JOIN nodes n ON n.nid = r.to_nid WHERE s.id = ?1 ORDER BY n.id";
// One query: the character row joined with every Scene it appears in.
const char CharacterSql[] = "SELECT c.id, c.type, c.x, c.y, c.properties, "
                            "s.id, s.type, s.x, s.y, s.properties FROM nodes c "
                            "LEFT JOIN relationships r ON r.from_nid = c.nid AND r.type = 'APPEARS_IN' "
                            "LEFT JOIN nodes s ON s.nid = r.to_nid AND s.type = 'Scene' "
                            "WHERE c.id = ?1 ORDER BY s.chapter, s.sequence, s.id";
const char NodeStatsSql[] = "SELECT type, count(*) FROM nodes GROUP BY type";
const char RelationshipStatsSql[] = "SELECT type, count(*) FROM relationships GROUP BY type";

// The profiler's kind ids, looked up once.
struct Kinds
{
    QueryMetrics &metrics = QueryMetrics::global();
    const int nodeGet = metrics.kindId("node.get");
    const int relationshipGet = metrics.kindId("relationship.get");
    const int nodesPage = metrics.kindId("nodes.page");
    const int nodesType = metrics.kindId("nodes.type");
    const int scenesChapter = metrics.kindId("scenes.chapter");
    const int relationshipsPage = metrics.kindId("relationships.page");
    const int next = metrics.kindId("next");
    const int character = metrics.kindId("character");
    const int stats = metrics.kindId("stats");
    const int nodeAdd = metrics.kindId("node.add");
    const int relationshipAdd = metrics.kindId("relationship.add");
    const int elementsAdd = metrics.kindId("elements.add");
    const int propertiesSet = metrics.kindId("properties.set");
    const int nodesMove = metrics.kindId("nodes.move");
    const int remove = metrics.kindId("remove");
    const int import = metrics.kindId("import");
    const int nodesAll = metrics.kindId("nodes.all");
    const int relationshipsAll = metrics.kindId("relationships.all");
    const int graphNodes = metrics.kindId("graph.nodes");
    const int graphEdges = metrics.kindId("graph.edges");
    const int graphNode = metrics.kindId("graph.node");
    const int graphEdge = metrics.kindId("graph.edge");
};

const Kinds &kinds()
{
    static const Kinds ids;
    return ids;
}

// Resets a statement when the scope ends, as ScopedReset does, unless the call
// is being timed: then the timer resets it when the call ends, after reading
// the parameters that a slow call reports (a reset clears them).
class TimedReset
{
public:
    TimedReset(QueryTimer &timer, sqlite::Statement &stmt) : mStmt(timer.watch(stmt.handle()) ? nullptr : &stmt) {}
    ~TimedReset()
    {
        if (mStmt)
            mStmt->reset();
    }
    TimedReset(const TimedReset &) = delete;
    TimedReset &operator=(const TimedReset &) = delete;

private:
    sqlite::Statement *mStmt;
};

// Catalogued reads explainPlan can show, with representative parameters for
// when no recent run was kept (a plan does not depend on the values).
using PlanParameter = std::variant<std::string_view, qint64>;
struct PlannedQuery
{
    std::string_view kind;
    const char *sql;
    std::vector<PlanParameter> parameters;
};

const std::vector<PlannedQuery> &plannedQueries()
{
    using P = PlanParameter;
    static const std::vector<PlannedQuery> queries = {
            {"node.get", NodeGetSql, {P("s1")}},
            {"relationship.get", RelationshipGetSql, {P("r1")}},
            {"nodes.page", NodePageSql, {P(qint64(20)), P(qint64(0))}},
            {"nodes.type", TypePageSql, {P("Scene"), P(qint64(20)), P(qint64(0))}},
            {"scenes.chapter", ChapterPageSql, {P(qint64(1)), P(qint64(20)), P(qint64(0))}},
            {"relationships.page", RelationshipPageSql, {P(qint64(20)), P(qint64(0))}},
            {"next", NextSql, {P("s1")}},
            {"character", CharacterSql, {P("c1")}},
            {"stats", NodeStatsSql, {}},
    };
    return queries;
}

// A step that walks a whole table: "SCAN nodes" but not "SCAN n USING INDEX …"
// (an index walked in order) nor a scan of a subquery or constant row.
bool isFullScan(std::string_view detail)
{
    if (!detail.starts_with("SCAN "))
        return false;
    for (std::string_view spared : {"INDEX", "CONSTANT ROW", "SUBQUERY", "VIRTUAL TABLE"}) {
        if (detail.find(spared) != std::string_view::npos)
            return false;
    }
    return true;
}

void bindNode(sqlite::Statement &s, const CheckedNodeRef &c)
{
    s.bind(1, c.node.id);
    s.bind(2, c.node.type);
    s.bind(3, c.node.x);
    s.bind(4, c.node.y);
    s.bind(5, c.node.properties);
    s.bind(6, c.fields.title);
    s.bind(7, c.fields.chapter);
    s.bind(8, c.fields.sequence);
    s.bind(9, c.fields.name);
    s.bind(10, c.fields.role);
    s.bind(11, c.fields.weight);
    s.bind(12, c.fields.causalityLevel);
    s.bind(13, qint64(c.fields.flags));
    s.bind(14, c.fields.label);
}

void bindRelationship(sqlite::Statement &s, const CheckedRelationshipRef &c, qint64 fromNid, qint64 toNid)
{
    s.bind(1, c.relationship.id);
    s.bind(2, c.relationship.type);
    s.bind(3, fromNid);
    s.bind(4, toNid);
    s.bind(5, c.relationship.properties);
    s.bind(6, c.fields.weight);
    s.bind(7, c.fields.transitionType);
}

// Reads the 100-byte SQLite header without letting SQLite touch the file, so
// files we refuse stay byte-for-byte as they were.
struct Header
{
    bool sqlite = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

Result<Header> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(ErrorKind::Io, QCoreApplication::translate("StoryStore", "cannot read the file: %1").arg(file.errorString()), path);
    const QByteArray bytes = file.read(100);
    if (bytes.isEmpty())
        return Error::at(ErrorKind::NotAStory, QCoreApplication::translate("StoryStore", "the file is empty, not a Ryuk story"), path);
    Header h;
    h.sqlite = bytes.size() == 100 && bytes.startsWith(QByteArrayLiteral("SQLite format 3\0"));
    if (!h.sqlite)
        return h;
    auto be32 = [&](int offset) {
        const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + offset);
        return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
    };
    h.userVersion = be32(60);
    h.applicationId = be32(68);
    return h;
}

class SqliteStoryStore;

class SqliteBatch final : public StoryBatch
{
public:
    // A bulk batch into an empty story defers its secondary indexes to commit.
    SqliteBatch(sqlite::Database &db, bool bulk, std::function<void()> committed)
        : mDb(db)
        , mTransaction(db)
        , mBulk(bulk)
        , mCommitted(std::move(committed))
    {}

    Status begin()
    {
        if (auto s = mTransaction.begin(); !s)
            return s;
        // Asked inside the transaction, so no other writer can fill the story
        // between the answer and our first insert.
        auto empty = mDb.queryInt("SELECT NOT EXISTS (SELECT 1 FROM nodes) AND NOT EXISTS (SELECT 1 FROM relationships)");
        if (!empty)
            return empty.takeError();
        mStoryWasEmpty = *empty != 0;
        // Loading into an empty story: build the secondary indexes once at the
        // end. The DDL is part of the transaction, so a rollback restores them.
        if (mBulk && mStoryWasEmpty) {
            mRebuildIndexes = true;
            return schema::dropSecondaryIndexes(mDb);
        }
        return {};
    }

    Status addNode(const Node &node) override
    {
        if (mFailure)
            return *mFailure;
        auto checked = checkNode(node);
        if (!checked)
            return checked.takeError();
        return insertNode(*checked);
    }

    Status addCheckedNode(const Node &node, const KnownFields &fields) override
    {
        if (mFailure)
            return *mFailure;
        if (auto s = checkId(node.id, "node"); !s)
            return s;
        if (auto s = checkPosition(node.id, node.x, node.y); !s)
            return s;
        if (auto s = checkTypeName(node.type, node.id, "node"); !s)
            return s;
        return insertNode(CheckedNodeRef{node, fields});
    }

    Status addRelationship(const Relationship &relationship) override
    {
        if (mFailure)
            return *mFailure;
        auto checked = checkRelationship(relationship);
        if (!checked)
            return checked.takeError();
        return insertRelationship(*checked);
    }

    Status addCheckedRelationship(const Relationship &relationship, const KnownFields &fields) override
    {
        if (mFailure)
            return *mFailure;
        if (auto s = checkId(relationship.id, "relationship"); !s)
            return s;
        if (auto s = checkTypeName(relationship.type, relationship.id, "relationship"); !s)
            return s;
        return insertRelationship(CheckedRelationshipRef{relationship, fields});
    }

    bool hasNode(std::string_view id) override
    {
        auto nid = nodeNid(id);
        if (nid)
            return *nid >= 0;
        // The answer is a bool, so a failed lookup cannot be told from "no":
        // the batch keeps the error and refuses everything after it, commit
        // included, with SQLite's reason.
        mFailure = nid.takeError();
        return false;
    }

    Status setTitle(std::string_view title) override
    {
        if (mFailure)
            return *mFailure;
        auto stmt = mDb.cached("INSERT OR REPLACE INTO meta (key, value) VALUES ('title', ?1)");
        if (!stmt)
            return stmt.takeError();
        sqlite::ScopedReset reset(**stmt);
        (*stmt)->bind(1, title);
        const int rc = (*stmt)->step();
        if (rc != SQLITE_DONE)
            return mDb.errorFromCode(rc, {});
        return {};
    }

    Status setMetadata(std::string_view key, std::string_view value) override
    {
        if (mFailure)
            return *mFailure;
        // "title" is the story's title, set through setTitle().
        const char *sql = value.empty() ? "DELETE FROM meta WHERE key = ?1" : "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)";
        auto stmt = mDb.cached(sql);
        if (!stmt)
            return stmt.takeError();
        sqlite::ScopedReset reset(**stmt);
        const std::string prefixed = "x." + std::string(key);
        (*stmt)->bind(1, prefixed);
        if (!value.empty())
            (*stmt)->bind(2, value);
        const int rc = (*stmt)->step();
        if (rc != SQLITE_DONE)
            return mDb.errorFromCode(rc, {});
        return {};
    }

    Status commit() override
    {
        if (mFailure)
            return *mFailure;
        // A bulk batch is an import; single edits are timed by their own calls.
        std::optional<QueryTimer> timer;
        if (mBulk) {
            timer.emplace(kinds().import);
            timer->setRows(qint64(mIds.size()));
        }
        if (mRebuildIndexes) {
            if (auto s = schema::createSecondaryIndexes(mDb); !s)
                return s;
        }
        if (auto s = mTransaction.commit(); !s)
            return s;
        if (mCommitted)
            mCommitted();
        return {};
    }

private:
    // Values in mIds besides node nids: an id taken by a relationship, and an
    // id whose insert failed (free to use again).
    static constexpr qint64 Claimed = -1;
    static constexpr qint64 Unclaimed = -2;

    Status insertNode(const CheckedNodeRef &c)
    {
        // One probe both checks and claims the id; a failed insert gives it back.
        auto [slot, inserted] = mIds.insert(c.node.id, Claimed);
        if (auto s = checkFree(c.node.id, slot, inserted); !s)
            return s;
        *slot = Claimed;
        auto insert = mDb.cached(InsertNodeSql);
        if (!insert) {
            *slot = Unclaimed;
            return insert.takeError();
        }
        sqlite::ScopedReset reset(**insert);
        bindNode(**insert, c);
        if (const int rc = (*insert)->step(); rc != SQLITE_DONE) {
            *slot = Unclaimed;
            return mDb.errorFromCode(rc, {});
        }
        *slot = mDb.lastInsertRowId();
        return {};
    }

    Status insertRelationship(const CheckedRelationshipRef &c)
    {
        const Relationship &r = c.relationship;
        const auto fromNid = nodeNid(r.from);
        if (!fromNid)
            return fromNid.error();
        if (*fromNid < 0)
            return endpointMissing(r.id, "from", r.from);
        const auto toNid = nodeNid(r.to);
        if (!toNid)
            return toNid.error();
        if (*toNid < 0)
            return endpointMissing(r.id, "to", r.to);
        auto [slot, inserted] = mIds.insert(r.id, Claimed);
        if (auto s = checkFree(r.id, slot, inserted); !s)
            return s;
        *slot = Claimed;
        auto insert = mDb.cached(InsertRelationshipSql);
        if (!insert) {
            *slot = Unclaimed;
            return insert.takeError();
        }
        sqlite::ScopedReset reset(**insert);
        bindRelationship(**insert, c, *fromNid, *toNid);
        if (const int rc = (*insert)->step(); rc != SQLITE_DONE) {
            *slot = Unclaimed;
            return mDb.errorFromCode(rc, {});
        }
        return {};
    }

    // Whether the id just claimed in mIds (`slot`, new if `inserted`) is free:
    // not used earlier in this batch nor by a stored node or relationship. If
    // not, the claim is given back.
    Status checkFree(std::string_view id, qint64 *slot, bool inserted)
    {
        Result<bool> taken = !inserted && *slot != Unclaimed;
        if (!*taken && !mStoryWasEmpty)
            taken = idTaken(id);
        if (!taken || *taken) {
            if (inserted)
                *slot = Unclaimed;
            return taken ? duplicateId(id) : taken.takeError();
        }
        return {};
    }

    // The nid of a node added in this batch or already stored; -1 if none.
    // A lookup that fails is an error, never "no such node".
    Result<qint64> nodeNid(std::string_view id)
    {
        if (const qint64 *nid = mIds.find(id); nid && *nid >= 0)
            return *nid;
        else if (nid && *nid == Claimed)
            return qint64(-1); // a relationship's id
        if (mStoryWasEmpty)
            return qint64(-1);
        auto stmt = mDb.cached(NodeIdExistsSql);
        if (!stmt)
            return stmt.takeError();
        sqlite::ScopedReset reset(**stmt);
        (*stmt)->bind(1, id);
        const int rc = (*stmt)->step();
        if (rc == SQLITE_ROW)
            return (*stmt)->int64(0);
        if (rc == SQLITE_DONE)
            return qint64(-1);
        return mDb.errorFromCode(rc, {});
    }

    // Whether a stored node or relationship already has this id.
    Result<bool> idTaken(std::string_view id)
    {
        for (const char *sql : {NodeIdExistsSql, RelationshipIdExistsSql}) {
            auto stmt = mDb.cached(sql);
            if (!stmt)
                return stmt.takeError();
            sqlite::ScopedReset reset(**stmt);
            (*stmt)->bind(1, id);
            const int rc = (*stmt)->step();
            if (rc == SQLITE_ROW)
                return true;
            if (rc != SQLITE_DONE)
                return mDb.errorFromCode(rc, {});
        }
        return false;
    }

    sqlite::Database &mDb;
    sqlite::Transaction mTransaction;
    bool mBulk;
    std::function<void()> mCommitted;
    bool mStoryWasEmpty = false;
    bool mRebuildIndexes = false;
    // A lookup that failed where the interface had no room for the error (hasNode).
    std::optional<Error> mFailure;
    // Ids added in this batch: nodes map to their nid, relationships to Claimed.
    IdTable mIds;
};

class SqliteStoryStore final : public StoryStore
{
public:
    explicit SqliteStoryStore(sqlite::Database db, std::optional<FileIdentity> created = std::nullopt)
        : mDb(std::move(db))
        , mCreated(created)
    {}

    // The file openStory(…, CreateNew) made for this store, if it made one.
    const std::optional<FileIdentity> &created() const { return mCreated; }

    QString location() const override { return mDb.path(); }

    Result<std::string> title() override
    {
        auto stmt = mDb.cached("SELECT value FROM meta WHERE key = 'title'");
        if (!stmt)
            return stmt.takeError();
        sqlite::ScopedReset reset(**stmt);
        const int rc = (*stmt)->step();
        if (rc == SQLITE_ROW)
            return (*stmt)->string(0);
        if (rc == SQLITE_DONE)
            return std::string();
        return mDb.errorFromCode(rc, {});
    }

    Status setTitle(std::string_view title) override
    {
        auto batch = openBatch(false);
        if (!batch)
            return batch.takeError();
        if (auto s = (*batch)->setTitle(title); !s)
            return s;
        return commitAndNotify(**batch, {{StoryChange::Kind::TitleChanged, {}}});
    }

    Result<std::string> metadata(std::string_view key) override
    {
        auto stmt = mDb.cached("SELECT value FROM meta WHERE key = ?1");
        if (!stmt)
            return stmt.takeError();
        sqlite::ScopedReset reset(**stmt);
        // Kept apart from the store's own keys ("title") by a prefix.
        const std::string prefixed = "x." + std::string(key);
        (*stmt)->bind(1, prefixed);
        const int rc = (*stmt)->step();
        if (rc == SQLITE_ROW)
            return (*stmt)->string(0);
        if (rc == SQLITE_DONE)
            return std::string();
        return mDb.errorFromCode(rc, {});
    }

    Status setMetadata(std::string_view key, std::string_view value) override
    {
        auto batch = openBatch(false);
        if (!batch)
            return batch.takeError();
        if (auto s = (*batch)->setMetadata(key, value); !s)
            return s;
        return (*batch)->commit();
    }

    Result<Node> node(std::string_view id) override
    {
        QueryTimer timer(kinds().nodeGet);
        auto stmt = mDb.cached(NodeGetSql);
        if (!stmt)
            return stmt.takeError();
        TimedReset reset(timer, **stmt);
        (*stmt)->bind(1, id);
        const int rc = (*stmt)->step();
        if (rc == SQLITE_ROW) {
            timer.setRows(1);
            return readNode(**stmt);
        }
        if (rc == SQLITE_DONE)
            return noSuchNode(id);
        return mDb.errorFromCode(rc, {});
    }

    Result<Relationship> relationship(std::string_view id) override
    {
        QueryTimer timer(kinds().relationshipGet);
        auto stmt = mDb.cached(RelationshipGetSql);
        if (!stmt)
            return stmt.takeError();
        TimedReset reset(timer, **stmt);
        (*stmt)->bind(1, id);
        const int rc = (*stmt)->step();
        if (rc == SQLITE_ROW) {
            timer.setRows(1);
            return readRelationship(**stmt);
        }
        if (rc == SQLITE_DONE)
            return Error{ErrorKind::NotFound, QCoreApplication::translate("StoryStore", "no relationship has id \"%1\"").arg(q(id)), {}, 0, 0};
        return mDb.errorFromCode(rc, {});
    }

    Result<Page<Node>> nodes(const NodeFilter &filter, const PageRequest &request) override
    {
        if (auto s = checkPageRequest(request); !s)
            return s.takeError();
        const char *countSql;
        const char *pageSql;
        int next = 1; // index of the first LIMIT/OFFSET parameter
        int kind = kinds().nodesPage;
        if (filter.chapter) {
            // Only Scenes have chapters; asking for another type's chapter finds nothing.
            if (filter.type && *filter.type != NodeType::Scene)
                return Page<Node>{{}, paginate(request, 0)};
            countSql = ChapterCountSql;
            pageSql = ChapterPageSql;
            next = 2;
            kind = kinds().scenesChapter;
        } else if (filter.type) {
            countSql = TypeCountSql;
            pageSql = TypePageSql;
            next = 2;
            kind = kinds().nodesType;
        } else {
            countSql = NodeCountSql;
            pageSql = NodePageSql;
        }
        QueryTimer timer(kind);
        auto bindFilter = [&](sqlite::Statement &s) {
            if (filter.chapter)
                s.bind(1, *filter.chapter);
            else if (filter.type)
                s.bind(1, *filter.type);
        };
        const std::string countKey = filter.chapter ? std::to_string(*filter.chapter) : filter.type.value_or(std::string());
        return page<Node>(timer, countSql, countKey, pageSql, next, request, bindFilter,
                          [](const sqlite::Statement &s) { return readNode(s); });
    }

    Result<Page<Relationship>> relationships(const RelationshipFilter &filter, const PageRequest &request) override
    {
        if (auto s = checkPageRequest(request); !s)
            return s.takeError();
        const char *countSql;
        const char *pageSql;
        int next = 1;
        if (filter.type) {
            countSql = RelationshipTypeCountSql;
            pageSql = RelationshipTypePageSql;
            next = 2;
        } else {
            countSql = RelationshipCountSql;
            pageSql = RelationshipPageSql;
        }
        QueryTimer timer(kinds().relationshipsPage);
        auto bindFilter = [&](sqlite::Statement &s) {
            if (filter.type)
                s.bind(1, *filter.type);
        };
        return page<Relationship>(timer, countSql, filter.type.value_or(std::string()), pageSql, next, request, bindFilter,
                                  [](const sqlite::Statement &s) { return readRelationship(s); });
    }

    Result<std::vector<Node>> next(std::string_view sceneId) override
    {
        QueryTimer timer(kinds().next);
        if (auto exists = nodeNid(sceneId); !exists)
            return exists.takeError();
        auto stmt = mDb.cached(NextSql);
        if (!stmt)
            return stmt.takeError();
        TimedReset reset(timer, **stmt);
        (*stmt)->bind(1, sceneId);
        std::vector<Node> out;
        int rc;
        while ((rc = (*stmt)->step()) == SQLITE_ROW)
            out.push_back(readNode(**stmt));
        if (rc != SQLITE_DONE)
            return mDb.errorFromCode(rc, {});
        timer.setRows(qint64(out.size()));
        return out;
    }

    Result<CharacterAppearances> character(std::string_view characterId) override
    {
        QueryTimer timer(kinds().character);
        auto stmt = mDb.cached(CharacterSql);
        if (!stmt)
            return stmt.takeError();
        TimedReset reset(timer, **stmt);
        (*stmt)->bind(1, characterId);
        CharacterAppearances out;
        bool found = false;
        int rc;
        while ((rc = (*stmt)->step()) == SQLITE_ROW) {
            if (!found) {
                out.character = readNode(**stmt, 0);
                found = true;
            }
            if ((*stmt)->isNull(5))
                continue;
            if (!out.scenes.empty() && out.scenes.back().id == (*stmt)->text(5))
                continue; // two APPEARS_IN to the same scene
            out.scenes.push_back(readNode(**stmt, 5));
        }
        if (rc != SQLITE_DONE)
            return mDb.errorFromCode(rc, {});
        if (!found)
            return noSuchNode(characterId);
        timer.setRows(1 + qint64(out.scenes.size()));
        if (out.character.type != NodeType::Character)
            return Error::badInput(QCoreApplication::translate("StoryStore", "node \"%1\" is not a Character (its type is %2)").arg(q(characterId), q(out.character.type)));
        return out;
    }

    Result<StoryStats> stats() override
    {
        QueryTimer timer(kinds().stats);
        StoryStats stats;
        auto count = [&](const char *sql, std::map<std::string, qint64> &byType, qint64 &total) -> Status {
            auto stmt = mDb.cached(sql);
            if (!stmt)
                return stmt.takeError();
            TimedReset reset(timer, **stmt);
            int rc;
            while ((rc = (*stmt)->step()) == SQLITE_ROW) {
                const qint64 n = (*stmt)->int64(1);
                byType.emplace((*stmt)->string(0), n);
                total += n;
                timer.addRows(1);
            }
            if (rc != SQLITE_DONE)
                return mDb.errorFromCode(rc, {});
            return {};
        };
        if (auto s = count(NodeStatsSql, stats.nodesByType, stats.nodes); !s)
            return s.takeError();
        if (auto s = count(RelationshipStatsSql, stats.relationshipsByType, stats.relationships);
            !s)
            return s.takeError();
        auto chapters = mDb.queryInt("SELECT count(DISTINCT chapter) FROM nodes WHERE type = 'Scene' AND chapter IS NOT NULL");
        if (!chapters)
            return chapters.takeError();
        stats.chapters = *chapters;
        return stats;
    }

    Status addNode(const Node &node) override
    {
        QueryTimer timer(kinds().nodeAdd);
        timer.setRows(1);
        auto batch = openBatch(false);
        if (!batch)
            return batch.takeError();
        if (auto s = (*batch)->addNode(node); !s)
            return s;
        return commitAndNotify(**batch, {{StoryChange::Kind::NodeAdded, node.id}});
    }

    Status addRelationship(const Relationship &relationship) override
    {
        QueryTimer timer(kinds().relationshipAdd);
        timer.setRows(1);
        auto batch = openBatch(false);
        if (!batch)
            return batch.takeError();
        if (auto s = (*batch)->addRelationship(relationship); !s)
            return s;
        return commitAndNotify(**batch, {{StoryChange::Kind::RelationshipAdded, relationship.id}});
    }

    Status addElements(const std::vector<Node> &nodes, const std::vector<Relationship> &relationships) override
    {
        QueryTimer timer(kinds().elementsAdd);
        timer.setRows(qint64(nodes.size() + relationships.size()));
        auto batch = openBatch(false);
        if (!batch)
            return batch.takeError();
        std::vector<StoryChange> changes;
        changes.reserve(nodes.size() + relationships.size());
        for (const Node &node : nodes) {
            if (auto s = (*batch)->addNode(node); !s)
                return s;
            changes.push_back({StoryChange::Kind::NodeAdded, node.id});
        }
        for (const Relationship &relationship : relationships) {
            if (auto s = (*batch)->addRelationship(relationship); !s)
                return s;
            changes.push_back({StoryChange::Kind::RelationshipAdded, relationship.id});
        }
        return commitAndNotify(**batch, std::move(changes));
    }

    Result<quint64> externalVersion() override
    {
        auto version = mDb.queryInt("PRAGMA data_version");
        if (!version)
            return version.takeError();
        return quint64(*version);
    }

    Status setProperties(std::string_view id, const std::vector<PropertyChange> &changes) override
    {
        QueryTimer timer(kinds().propertiesSet);
        timer.setRows(1);
        sqlite::Transaction transaction(mDb);
        if (auto s = transaction.begin(); !s)
            return s;
        Status updated;
        StoryChange change{StoryChange::Kind::NodeChanged, std::string(id)};
        if (auto found = node(id); found) {
            updated = updateProperties(std::move(*found), "node", changes, checkNode,
                                       "UPDATE nodes SET properties = ?5, title = ?6, chapter = ?7, sequence = ?8, "
                                       "name = ?9, role = ?10, weight = ?11, causality_level = ?12, flags = ?13, label = ?14 "
                                       "WHERE id = ?1",
                                       [](sqlite::Statement &st, const CheckedNode &c) { bindNode(st, c); });
        } else if (found.error().kind != ErrorKind::NotFound) {
            return found.takeError();
        } else if (auto rel = relationship(id); rel) {
            change.kind = StoryChange::Kind::RelationshipChanged;
            updated = updateProperties(std::move(*rel), "relationship", changes, checkRelationship,
                                       "UPDATE relationships SET properties = ?5, weight = ?6, transition_type = ?7 "
                                       "WHERE id = ?1",
                                       [](sqlite::Statement &st, const CheckedRelationship &c) { bindRelationship(st, c, 0, 0); });
        } else if (rel.error().kind != ErrorKind::NotFound) {
            return rel.takeError();
        } else {
            return Error{ErrorKind::NotFound, QCoreApplication::translate("StoryStore", "no node or relationship has id \"%1\"").arg(q(id)), {}, 0, 0};
        }
        if (!updated)
            return updated;
        if (auto s = transaction.commit(); !s)
            return s;
        notify({change});
        return {};
    }

    Status moveNodes(const std::vector<NodePosition> &positions) override
    {
        QueryTimer timer(kinds().nodesMove);
        timer.setRows(qint64(positions.size()));
        sqlite::Transaction transaction(mDb);
        if (auto s = transaction.begin(); !s)
            return s;
        auto update = mDb.cached("UPDATE nodes SET x = ?2, y = ?3 WHERE id = ?1");
        if (!update)
            return update.takeError();
        for (const NodePosition &p : positions) {
            if (auto s = checkPosition(p.id, p.x, p.y); !s)
                return s;
            sqlite::ScopedReset reset(**update);
            (*update)->bind(1, p.id);
            (*update)->bind(2, p.x);
            (*update)->bind(3, p.y);
            if (const int rc = (*update)->step(); rc != SQLITE_DONE)
                return mDb.errorFromCode(rc, {});
            if (mDb.changes() == 0)
                return noSuchNode(p.id);
        }
        if (auto s = transaction.commit(); !s)
            return s;
        std::vector<StoryChange> changes;
        changes.reserve(positions.size());
        for (const NodePosition &p : positions)
            changes.push_back({StoryChange::Kind::NodeMoved, p.id, p.x, p.y});
        notify(changes);
        return {};
    }

    Result<RemoveSummary> remove(const std::vector<std::string> &ids) override
    {
        QueryTimer timer(kinds().remove);
        sqlite::Transaction transaction(mDb);
        if (auto s = transaction.begin(); !s)
            return s.takeError();
        // Every id must name something before anything goes: after a node is
        // deleted, its relationships cannot be told from ids that never existed.
        std::unordered_set<std::string_view> seen;
        for (const std::string &id : ids) {
            if (!seen.insert(id).second)
                continue;
            auto nid = nodeNid(id);
            if (nid)
                continue;
            if (nid.error().kind != ErrorKind::NotFound)
                return nid.takeError();
            auto exists = mDb.cached(RelationshipIdExistsSql);
            if (!exists)
                return exists.takeError();
            sqlite::ScopedReset reset(**exists);
            (*exists)->bind(1, id);
            const int rc = (*exists)->step();
            if (rc == SQLITE_DONE)
                return Error{ErrorKind::NotFound, QCoreApplication::translate("StoryStore", "no node or relationship has id \"%1\"").arg(q(id)), {}, 0, 0};
            if (rc != SQLITE_ROW)
                return mDb.errorFromCode(rc, {});
        }
        RemoveSummary summary;
        std::vector<StoryChange> changes;
        seen.clear();
        for (const std::string &id : ids) {
            if (!seen.insert(id).second)
                continue;
            auto nid = nodeNid(id);
            if (nid) {
                // Observers hear of the relationships that go with the node.
                auto edges = mDb.cached("SELECT id FROM relationships WHERE from_nid = ?1 OR to_nid = ?1");
                if (!edges)
                    return edges.takeError();
                {
                    sqlite::ScopedReset reset(**edges);
                    (*edges)->bind(1, *nid);
                    int rc;
                    while ((rc = (*edges)->step()) == SQLITE_ROW)
                        changes.push_back({StoryChange::Kind::RelationshipRemoved, (*edges)->string(0)});
                    if (rc != SQLITE_DONE)
                        return mDb.errorFromCode(rc, {});
                }
                changes.push_back({StoryChange::Kind::NodeRemoved, id});
                // Relationships go first, explicitly, so the summary can count them.
                auto dropEdges = mDb.cached("DELETE FROM relationships WHERE from_nid = ?1 OR to_nid = ?1");
                auto dropNode = mDb.cached("DELETE FROM nodes WHERE nid = ?1");
                if (!dropEdges || !dropNode)
                    return (dropEdges ? dropNode.error() : dropEdges.error());
                for (auto *stmt : {*dropEdges, *dropNode}) {
                    sqlite::ScopedReset reset(*stmt);
                    stmt->bind(1, *nid);
                    if (const int rc = stmt->step(); rc != SQLITE_DONE)
                        return mDb.errorFromCode(rc, {});
                    (stmt == *dropEdges ? summary.relationships : summary.nodes) += mDb.changes();
                }
                continue;
            }
            if (nid.error().kind != ErrorKind::NotFound)
                return nid.takeError();
            auto drop = mDb.cached("DELETE FROM relationships WHERE id = ?1");
            if (!drop)
                return drop.takeError();
            sqlite::ScopedReset reset(**drop);
            (*drop)->bind(1, id);
            if (const int rc = (*drop)->step(); rc != SQLITE_DONE)
                return mDb.errorFromCode(rc, {});
            // No row: it went with a node named earlier in this call (all ids
            // were checked above), and was counted there.
            if (mDb.changes() > 0)
                changes.push_back({StoryChange::Kind::RelationshipRemoved, id});
            summary.relationships += mDb.changes();
        }
        if (auto s = transaction.commit(); !s)
            return s.takeError();
        timer.setRows(summary.nodes + summary.relationships);
        notify(changes);
        return summary;
    }

    Result<std::unique_ptr<StoryBatch>> beginBatch() override { return openBatch(true); }

    Result<std::unique_ptr<StoryStore>> openReader() override
    {
        // The file was checked when this store opened it; a reader skips that.
        auto db = sqlite::Database::open(mDb.path(), SQLITE_OPEN_READONLY);
        if (!db)
            return db.takeError();
        sqlite3_busy_timeout(db->handle(), 2000);
        if (auto s = db->exec("PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;"); !s)
            return s.takeError();
        return std::unique_ptr<StoryStore>(std::make_unique<SqliteStoryStore>(std::move(*db)));
    }

    Result<std::vector<PlanRow>> explainPlan(std::string_view kind) override
    {
        const auto &queries = plannedQueries();
        const auto query = std::find_if(queries.begin(), queries.end(), [&](const PlannedQuery &p) { return p.kind == kind; });
        if (query == queries.end()) {
            QStringList known;
            for (const PlannedQuery &p : queries)
                known << q(p.kind);
            return Error::badInput(QCoreApplication::translate("StoryStore", "no query plan for kind \"%1\" (kinds: %2)")
                                           .arg(q(kind), known.join(QStringLiteral(", "))));
        }
        // A recent run's own parameters when the profiler kept them; they can
        // fail to prepare only if the 1 KB cut fell inside the statement.
        std::optional<sqlite::Statement> stmt;
        if (const std::string recent = QueryMetrics::global().lastRun(kind); !recent.empty()) {
            if (auto prepared = mDb.prepare("EXPLAIN QUERY PLAN " + recent))
                stmt = std::move(*prepared);
        }
        if (!stmt) {
            auto prepared = mDb.prepare(std::string("EXPLAIN QUERY PLAN ") + query->sql);
            if (!prepared)
                return prepared.takeError();
            stmt = std::move(*prepared);
            int index = 1;
            for (const PlanParameter &parameter : query->parameters)
                std::visit([&](const auto &value) { stmt->bind(index++, value); }, parameter);
        }
        std::vector<PlanRow> rows;
        int rc;
        while ((rc = stmt->step()) == SQLITE_ROW) {
            PlanRow row;
            row.id = int(stmt->int64(0));
            row.parent = int(stmt->int64(1));
            row.detail = stmt->string(3);
            row.fullScan = isFullScan(row.detail);
            rows.push_back(std::move(row));
        }
        if (rc != SQLITE_DONE)
            return mDb.errorFromCode(rc, {});
        return rows;
    }

    Result<std::pair<qint64, qint64>> graphKeyBounds() override
    {
        auto nodes = mDb.queryInt("SELECT coalesce(max(nid), 0) FROM nodes");
        if (!nodes)
            return nodes.takeError();
        auto edges = mDb.queryInt("SELECT coalesce(max(rid), 0) FROM relationships");
        if (!edges)
            return edges.takeError();
        return std::pair<qint64, qint64>(*nodes, *edges);
    }

    Status forEachGraphNode(const std::function<bool(const GraphNodeRow &)> &visit) override
    {
        QueryTimer timer(kinds().graphNodes);
        return graphNodes(timer, "SELECT nid, id, type, label, chapter, sequence, flags, x, y FROM nodes ORDER BY nid", {},
                          [&](const GraphNodeRow &row) { return visit(row); });
    }

    Status forEachGraphEdge(const std::function<bool(const GraphEdgeRow &)> &visit) override
    {
        QueryTimer timer(kinds().graphEdges);
        return graphEdges(timer,
                          "SELECT rid, id, type, from_nid, to_nid, weight, transition_type FROM relationships "
                          "ORDER BY rid",
                          {}, [&](const GraphEdgeRow &row) { return visit(row); });
    }

    Status visitGraphNode(std::string_view id, const std::function<void(const GraphNodeRow &)> &visit) override
    {
        QueryTimer timer(kinds().graphNode);
        bool found = false;
        auto s = graphNodes(timer, "SELECT nid, id, type, label, chapter, sequence, flags, x, y FROM nodes WHERE id = ?1", id,
                            [&](const GraphNodeRow &row) {
                                found = true;
                                visit(row);
                                return false;
                            });
        if (!s)
            return s;
        return found ? Status() : Status(noSuchNode(id));
    }

    Status visitGraphEdge(std::string_view id, const std::function<void(const GraphEdgeRow &)> &visit) override
    {
        QueryTimer timer(kinds().graphEdge);
        bool found = false;
        auto s = graphEdges(timer, "SELECT rid, id, type, from_nid, to_nid, weight, transition_type FROM relationships "
                            "WHERE id = ?1",
                            id, [&](const GraphEdgeRow &row) {
                                found = true;
                                visit(row);
                                return false;
                            });
        if (!s)
            return s;
        if (!found)
            return Error{ErrorKind::NotFound, QCoreApplication::translate("StoryStore", "no relationship has id \"%1\"").arg(q(id)), {}, 0, 0};
        return {};
    }

    Status forEachNode(const std::function<bool(const Node &)> &visit) override
    {
        QueryTimer timer(kinds().nodesAll);
        auto stmt = mDb.cached("SELECT " NODE_COLUMNS " FROM nodes n ORDER BY n.id");
        if (!stmt)
            return stmt.takeError();
        TimedReset reset(timer, **stmt);
        Node node;
        int rc;
        while ((rc = (*stmt)->step()) == SQLITE_ROW) {
            // Reuse the strings' buffers: export visits every node.
            const sqlite::Statement &s = **stmt;
            node.id.assign(s.text(0));
            node.type.assign(s.text(1));
            node.x = s.real(2);
            node.y = s.real(3);
            node.properties.assign(s.text(4));
            timer.addRows(1);
            if (!visit(node))
                return {};
        }
        if (rc != SQLITE_DONE)
            return mDb.errorFromCode(rc, {});
        return {};
    }

    Status forEachRelationship(const std::function<bool(const Relationship &)> &visit) override
    {
        QueryTimer timer(kinds().relationshipsAll);
        auto stmt = mDb.cached("SELECT " RELATIONSHIP_COLUMNS " FROM relationships r " RELATIONSHIP_JOIN
                               " ORDER BY r.id");
        if (!stmt)
            return stmt.takeError();
        TimedReset reset(timer, **stmt);
        Relationship rel;
        int rc;
        while ((rc = (*stmt)->step()) == SQLITE_ROW) {
            const sqlite::Statement &s = **stmt;
            rel.id.assign(s.text(0));
            rel.type.assign(s.text(1));
            rel.from.assign(s.text(2));
            rel.to.assign(s.text(3));
            rel.properties.assign(s.text(4));
            timer.addRows(1);
            if (!visit(rel))
                return {};
        }
        if (rc != SQLITE_DONE)
            return mDb.errorFromCode(rc, {});
        return {};
    }

private:
    Status commitAndNotify(StoryBatch &batch, std::vector<StoryChange> changes)
    {
        if (auto s = batch.commit(); !s)
            return s;
        notify(changes);
        return {};
    }

    // Steps `sql` (bound to `id` when given), reads each row into a Row with
    // `read` and hands it to `visit` until it returns false.
    template<typename Row, typename Read, typename Visit>
    Status visitRows(QueryTimer &timer, const char *sql, std::optional<std::string_view> id, const Read &read,
                     const Visit &visit)
    {
        auto stmt = mDb.cached(sql);
        if (!stmt)
            return stmt.takeError();
        sqlite::Statement &s = **stmt;
        TimedReset reset(timer, s);
        if (id)
            s.bind(1, *id);
        Row row;
        int rc;
        while ((rc = s.step()) == SQLITE_ROW) {
            read(s, row);
            timer.addRows(1);
            if (!visit(row))
                return {};
        }
        if (rc != SQLITE_DONE)
            return mDb.errorFromCode(rc, {});
        return {};
    }

    template<typename Visit>
    Status graphNodes(QueryTimer &timer, const char *sql, std::optional<std::string_view> id, const Visit &visit)
    {
        return visitRows<GraphNodeRow>(timer, sql, id, [](const sqlite::Statement &s, GraphNodeRow &row) {
            row.key = s.int64(0);
            row.id = s.text(1);
            row.type = s.text(2);
            row.label = s.text(3);
            row.chapter = s.isNull(4) ? std::nullopt : std::optional<qint64>(s.int64(4));
            row.sequence = s.isNull(5) ? std::nullopt : std::optional<qint64>(s.int64(5));
            row.flags = unsigned(s.int64(6));
            row.x = s.real(7);
            row.y = s.real(8);
        }, visit);
    }

    template<typename Visit>
    Status graphEdges(QueryTimer &timer, const char *sql, std::optional<std::string_view> id, const Visit &visit)
    {
        return visitRows<GraphEdgeRow>(timer, sql, id, [](const sqlite::Statement &s, GraphEdgeRow &row) {
            row.key = s.int64(0);
            row.id = s.text(1);
            row.type = s.text(2);
            row.from = s.int64(3);
            row.to = s.int64(4);
            row.weight = s.isNull(5) ? std::nullopt : std::optional<double>(s.real(5));
            row.transitionType = s.text(6);
        }, visit);
    }

    // Applies `changes` to a node or relationship, re-checks it and writes the
    // new properties and typed columns with `sql` (inside the caller's transaction).
    template<typename Element, typename Check, typename Bind>
    Status updateProperties(Element element, const char *what, const std::vector<PropertyChange> &changes,
                            const Check &check, const char *sql, const Bind &bind)
    {
        auto properties = applyPropertyChanges(element.properties, changes);
        if (!properties)
            return Error::badInput(QStringLiteral("%1 \"%2\": %3").arg(QLatin1String(what), q(element.id), properties.error().message));
        element.properties = std::move(*properties);
        auto checked = check(element);
        if (!checked)
            return checked.takeError();
        auto update = mDb.cached(sql);
        if (!update)
            return update.takeError();
        sqlite::ScopedReset reset(**update);
        bind(**update, *checked);
        if (const int rc = (*update)->step(); rc != SQLITE_DONE)
            return mDb.errorFromCode(rc, {});
        return {};
    }

    Result<std::unique_ptr<StoryBatch>> openBatch(bool bulk)
    {
        // A bulk batch may change anything: observers reload. Single edits
        // report their own precise changes.
        std::function<void()> committed;
        if (bulk)
            committed = [this] { notify({{StoryChange::Kind::Reset, {}}}); };
        auto batch = std::make_unique<SqliteBatch>(mDb, bulk, std::move(committed));
        if (auto s = batch->begin(); !s)
            return s.takeError();
        return std::unique_ptr<StoryBatch>(std::move(batch));
    }

    Result<qint64> nodeNid(std::string_view id)
    {
        auto stmt = mDb.cached(NodeIdExistsSql);
        if (!stmt)
            return stmt.takeError();
        sqlite::ScopedReset reset(**stmt);
        (*stmt)->bind(1, id);
        const int rc = (*stmt)->step();
        if (rc == SQLITE_ROW)
            return (*stmt)->int64(0);
        if (rc == SQLITE_DONE)
            return noSuchNode(id);
        return mDb.errorFromCode(rc, {});
    }

    // Counting a type's rows walks its whole index range (milliseconds on a
    // large story), while the page itself costs microseconds; so totals are
    // kept until the story changes, through this connection or another one.
    Result<qint64> cachedCount(QueryTimer &timer, const char *countSql, const std::string &key, const std::function<void(sqlite::Statement &)> &bind)
    {
        // Inside an open batch a count sees rows that a rollback takes back
        // without moving total_changes, so it is neither cached nor served.
        const bool inTransaction = sqlite3_get_autocommit(mDb.handle()) == 0;
        std::string cacheKey;
        if (!inTransaction) {
            auto version = mDb.queryInt("PRAGMA data_version");
            if (!version)
                return version.takeError();
            const qint64 changes = sqlite3_total_changes64(mDb.handle());
            if (*version != mCountsDataVersion || changes != mCountsChanges) {
                mCounts.clear();
                mCountsDataVersion = *version;
                mCountsChanges = changes;
            }
            cacheKey = std::to_string(reinterpret_cast<std::uintptr_t>(countSql));
            cacheKey += '\x1f';
            cacheKey += key;
            if (auto it = mCounts.find(cacheKey); it != mCounts.end())
                return it->second;
        }
        auto count = mDb.cached(countSql);
        if (!count)
            return count.takeError();
        TimedReset reset(timer, **count);
        bind(**count);
        const int rc = (*count)->step();
        if (rc != SQLITE_ROW)
            return mDb.errorFromCode(rc, {});
        const qint64 total = (*count)->int64(0);
        if (!inTransaction)
            mCounts.emplace(std::move(cacheKey), total);
        return total;
    }

    template<typename T, typename Bind, typename Read>
    Result<Page<T>> page(QueryTimer &timer, const char *countSql, const std::string &countKey, const char *pageSql, int next,
                         const PageRequest &request, const Bind &bindFilter, const Read &read)
    {
        auto counted = cachedCount(timer, countSql, countKey, bindFilter);
        if (!counted)
            return counted.takeError();
        const qint64 total = *counted;
        Page<T> result{{}, paginate(request, total)};
        // Past the end: nothing to fetch (and no OFFSET arithmetic to overflow).
        if (request.page - 1 >= (total + request.limit - 1) / request.limit)
            return result;
        auto stmt = mDb.cached(pageSql);
        if (!stmt)
            return stmt.takeError();
        TimedReset reset(timer, **stmt);
        bindFilter(**stmt);
        (*stmt)->bind(next, qint64(request.limit));
        (*stmt)->bind(next + 1, (request.page - 1) * request.limit);
        result.data.reserve(std::size_t(request.limit));
        int rc;
        while ((rc = (*stmt)->step()) == SQLITE_ROW)
            result.data.push_back(read(**stmt));
        if (rc != SQLITE_DONE)
            return mDb.errorFromCode(rc, {});
        timer.setRows(qint64(result.data.size()));
        return result;
    }

    sqlite::Database mDb;
    std::optional<FileIdentity> mCreated;
    std::unordered_map<std::string, qint64> mCounts;
    qint64 mCountsDataVersion = -1;
    qint64 mCountsChanges = -1;
};

Status configure(sqlite::Database &db)
{
    // Foreign keys guard relationship ends; FULL sync so an acknowledged edit
    // survives a power cut; a busy timeout so a second writer waits briefly
    // before it is told the story is in use.
    sqlite3_busy_timeout(db.handle(), 2000);
    return db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA cache_size = -65536; "
                   "PRAGMA temp_store = MEMORY;");
}

// Makes a new file under a private name beside `path` (same folder, so it can
// be linked there), created exclusively so it is ours alone; mode 0644 less
// the umask, as SQLite creates its files (SQLITE_DEFAULT_FILE_PERMISSIONS).
Result<QByteArray> makePrivateFile(const QString &path)
{
    const QFileInfo info(path);
    for (int attempt = 0;; ++attempt) {
        const QString name = QStringLiteral("%1/.%2.new-%3")
                                     .arg(info.absolutePath(), info.fileName())
                                     .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
        const QByteArray encoded = QFile::encodeName(name);
        const int fd = ::open(encoded.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd >= 0) {
            ::close(fd);
            return encoded;
        }
        // Worded as SQLite words a file it cannot open (a missing or read-only folder).
        if (errno != EEXIST || attempt == 10)
            return Error::at(ErrorKind::Io, QCoreApplication::translate("Database", "cannot open the story") + QLatin1String(": ")
                                                    + QString::fromUtf8(sqlite3_errstr(SQLITE_CANTOPEN)),
                             path);
    }
}

// Fills the private file with an empty story, in a rollback journal (its own
// private "-journal", gone at commit) so nothing is left beside it.
// The empty schema, in one transaction.
Status createSchema(sqlite::Database &db)
{
    sqlite::Transaction transaction(db);
    if (auto s = transaction.begin(); !s)
        return s;
    if (auto s = schema::create(db); !s)
        return s;
    return transaction.commit();
}

Status fillNewStory(const QByteArray &file)
{
    auto db = sqlite::Database::open(QFile::decodeName(file), SQLITE_OPEN_READWRITE);
    if (!db)
        return db.takeError();
    if (auto s = configure(*db); !s)
        return s;
    return createSchema(*db);
}

// SQLite's private in-memory database: no file, so nothing to claim; it lives
// as long as the store (benchmarks and fuzz targets import into one).
Result<std::unique_ptr<StoryStore>> createMemoryStory()
{
    auto db = sqlite::Database::open(QString::fromLatin1(MemoryLocation), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!db)
        return db.takeError();
    if (auto s = configure(*db); !s)
        return s.takeError();
    if (auto s = createSchema(*db); !s)
        return s.takeError();
    return std::unique_ptr<StoryStore>(std::make_unique<SqliteStoryStore>(std::move(*db), std::nullopt));
}

// Last resort where the filesystem has neither hard links nor a rename that
// refuses to replace (some FUSE and network shares): claim the name with
// O_EXCL and copy the story into it. Returns 0 or an errno.
int copyToNewName(const QByteArray &from, const QByteArray &to)
{
    const int in = ::open(from.constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return errno;
    const int out = ::open(to.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (out < 0) {
        const int error = errno;
        ::close(in);
        return error;
    }
    int error = 0;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(in, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            error = n < 0 ? errno : 0;
            break;
        }
        for (ssize_t done = 0; done < n;) {
            const ssize_t w = ::write(out, buffer + done, std::size_t(n - done));
            if (w < 0 && errno == EINTR)
                continue;
            if (w < 0) {
                error = errno;
                break;
            }
            done += w;
        }
        if (error)
            break;
    }
    if (!error && ::fsync(out) != 0)
        error = errno;
    struct stat made{};
    const bool statted = ::fstat(out, &made) == 0;
    ::close(out);
    ::close(in);
    if (error) {
        // Ours (O_EXCL made it) unless it was swapped since: check first.
        if (statted && identityOf(to) == FileIdentity{made.st_dev, made.st_ino})
            ::unlink(to.constData());
        return error;
    }
    ::unlink(from.constData());
    return 0;
}

// Puts the finished private file at `to` without ever replacing a file there.
// Returns 0, EEXIST when a file is there, or another errno.
int claimName(const QByteArray &from, const QByteArray &to)
{
    if (::link(from.constData(), to.constData()) == 0) {
        ::unlink(from.constData());
        return 0;
    }
    if (errno == EEXIST)
        return EEXIST;
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno == EEXIST)
        return EEXIST;
    return copyToNewName(from, to);
}

// Makes the name durable: a new story should survive a power cut as its edits do.
void syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Deletes `path` only if it is still the file `identity` names. There is no
// "unlink if this inode" call, so a swap in the instant between the check and
// the unlink cannot be ruled out; everything slower than that is.
bool removeIfOurs(const QByteArray &path, const FileIdentity &identity)
{
    if (identityOf(path) != identity)
        return false;
    return ::unlink(path.constData()) == 0;
}

Result<std::unique_ptr<StoryStore>> openExisting(const QString &path);

Result<std::unique_ptr<StoryStore>> createStory(const QString &path, OpenMode mode)
{
    using testing::CreateStep;
    if (auto s = createStep(CreateStep::Checked, path); !s) {
        Error e = s.takeError();
        if (e.file.isEmpty())
            e.file = path;
        return e;
    }
    auto privateFile = makePrivateFile(path);
    if (!privateFile)
        return privateFile.takeError();
    const QByteArray &made = *privateFile;
    const QByteArray target = QFile::encodeName(path);
    auto failBeforeClaim = [&](Error e) -> Result<std::unique_ptr<StoryStore>> {
        // Both names are ours alone: made with O_EXCL under a random name.
        ::unlink(made.constData());
        ::unlink(QByteArray(made + "-journal").constData());
        if (e.file.isEmpty())
            e.file = path;
        return e;
    };
    const std::optional<FileIdentity> identity = identityOf(made);
    if (!identity)
        return failBeforeClaim(Error::at(ErrorKind::Io, QCoreApplication::translate("StoryStore", "cannot create the story: %1").arg(systemError(errno)), path));
    if (auto s = fillNewStory(made); !s)
        return failBeforeClaim(s.takeError());
    if (auto s = createStep(CreateStep::Made, path); !s)
        return failBeforeClaim(s.takeError());

    if (const int error = claimName(made, target); error != 0) {
        ::unlink(made.constData());
        if (error != EEXIST)
            return Error::at(ErrorKind::Io, QCoreApplication::translate("StoryStore", "cannot create the story: %1").arg(systemError(error)), path);
        // Another program put a file there since openStory looked.
        if (mode == OpenMode::OpenOrCreate)
            return openExisting(path);
        return Error::at(ErrorKind::Conflict, QCoreApplication::translate("StoryStore", "the file already exists"), path);
    }
    syncFolder(path);
    // The copy fallback made another inode; it is ours as well.
    const std::optional<FileIdentity> claimed = identityOf(target);
    auto failAfterClaim = [&](Error e) -> Result<std::unique_ptr<StoryStore>> {
        if (claimed)
            removeIfOurs(target, *claimed);
        if (e.file.isEmpty())
            e.file = path;
        return e;
    };
    if (!claimed)
        return Error::at(ErrorKind::Io, QCoreApplication::translate("StoryStore", "cannot create the story: %1").arg(systemError(errno)), path);
    if (auto s = createStep(CreateStep::Claimed, path); !s)
        return failAfterClaim(s.takeError());

    auto db = sqlite::Database::open(path, SQLITE_OPEN_READWRITE);
    if (!db)
        return failAfterClaim(db.takeError());
    // SQLite holds the file open now: if the path still names our file, so does SQLite.
    if (identityOf(target) != claimed) {
        db->close();
        return Error::at(ErrorKind::Conflict, QCoreApplication::translate("StoryStore", "the file was replaced by another program while it was being created"), path);
    }
    if (auto s = configure(*db); !s) {
        db->close();
        return failAfterClaim(s.takeError());
    }
    if (auto s = db->exec("PRAGMA journal_mode = WAL"); !s) {
        db->close();
        return failAfterClaim(s.takeError());
    }
    return std::unique_ptr<StoryStore>(std::make_unique<SqliteStoryStore>(std::move(*db), claimed));
}

Result<std::unique_ptr<StoryStore>> openExisting(const QString &path)
{
    auto header = readHeader(path);
    if (!header)
        return header.takeError();
    if (!header->sqlite)
        return Error::at(ErrorKind::NotAStory, QCoreApplication::translate("StoryStore", "not a Ryuk story (not a SQLite database)"), path);
    if (header->applicationId != quint32(StoryApplicationId))
        return Error::at(ErrorKind::NotAStory, QCoreApplication::translate("StoryStore", "a SQLite database, but not a Ryuk story"), path);
    if (header->userVersion > quint32(StorySchemaVersion))
        return Error::at(ErrorKind::NotAStory,
                         QCoreApplication::translate("StoryStore", "written by a newer Ryuk Studio (story format %1); this version reads up to %2")
                             .arg(header->userVersion)
                             .arg(StorySchemaVersion),
                         path);

    auto db = sqlite::Database::open(path, SQLITE_OPEN_READWRITE);
    if (!db)
        return db.takeError();
    // A writer holding the story gets the same short wait as for an edit.
    sqlite3_busy_timeout(db->handle(), 2000);
    // Reads only until the file is known to be sound: a damaged file must stay as it is.
    auto check = db->queryText("PRAGMA quick_check(1)");
    if (!check) {
        Error e = check.takeError();
        // A writer holding the story is no damage; anything else (SQLite gave
        // up on the header itself, a malformed page) is.
        if (e.kind != ErrorKind::Corrupt && e.kind != ErrorKind::Busy)
            e = Error::at(ErrorKind::Corrupt, QCoreApplication::translate("StoryStore", "the story file is damaged (%1)").arg(e.message), path);
        return e;
    }
    if (*check != "ok") // SQLite's report spans lines; messages are one line
        return Error::at(ErrorKind::Corrupt, QCoreApplication::translate("StoryStore", "the story file is damaged (%1)").arg(q(*check).simplified()), path);
    auto version = db->queryInt("PRAGMA user_version");
    if (!version)
        return version.takeError();
    if (*version >= 1) { // version 0 had other tables; the migration checks those
        auto complete = schema::looksComplete(*db);
        if (!complete)
            return complete.takeError();
        if (!*complete)
            return Error::at(ErrorKind::Corrupt, QCoreApplication::translate("StoryStore", "the story file is damaged (tables are missing)"), path);
    }
    if (auto s = configure(*db); !s)
        return s.takeError();
    if (*version < StorySchemaVersion) {
        sqlite::Transaction transaction(*db);
        if (auto s = transaction.begin(); !s)
            return s.takeError();
        if (auto s = schema::migrate(*db, int(*version)); !s) {
            Error e = s.takeError();
            e.file = path;
            return e;
        }
        if (auto s = transaction.commit(); !s)
            return s.takeError();
    }
    auto mode = db->queryText("PRAGMA journal_mode");
    if (!mode)
        return mode.takeError();
    if (*mode != "wal") {
        if (auto s = db->exec("PRAGMA journal_mode = WAL"); !s)
            return s.takeError();
    }
    return std::unique_ptr<StoryStore>(std::make_unique<SqliteStoryStore>(std::move(*db)));
}

} // namespace

Result<std::unique_ptr<StoryStore>> openStory(const QString &path, OpenMode mode)
{
    if (path == QLatin1String(MemoryLocation) && mode != OpenMode::OpenExisting)
        return createMemoryStory();
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir())
        return Error::at(ErrorKind::BadInput, QCoreApplication::translate("StoryStore", "is a folder, not a story file"), path);
    switch (mode) {
    case OpenMode::OpenExisting:
        if (!exists)
            return Error::at(ErrorKind::NotFound, QCoreApplication::translate("StoryStore", "no such story file"), path);
        return openExisting(path);
    case OpenMode::CreateNew:
        if (exists)
            return Error::at(ErrorKind::Conflict, QCoreApplication::translate("StoryStore", "the file already exists"), path);
        return createStory(path, mode);
    case OpenMode::OpenOrCreate:
        return exists ? openExisting(path) : createStory(path, mode);
    }
    return Error::at(ErrorKind::Internal, QCoreApplication::translate("StoryStore", "unknown open mode"), path);
}

Status discardNewStory(std::unique_ptr<StoryStore> store)
{
    auto *sqliteStore = dynamic_cast<SqliteStoryStore *>(store.get());
    if (!sqliteStore || !sqliteStore->created())
        return Error{ErrorKind::Internal, QCoreApplication::translate("StoryStore", "not a story this program created"), {}, 0, 0};
    const QString path = sqliteStore->location();
    const FileIdentity identity = *sqliteStore->created();
    // Closing the last connection folds the write-ahead log into the story
    // and deletes it and its index; whatever remains is another program's.
    store.reset();
    const QByteArray encoded = QFile::encodeName(path);
    const std::optional<FileIdentity> now = identityOf(encoded);
    if (!now)
        return {};
    if (*now != identity)
        return Error::at(ErrorKind::Conflict, QCoreApplication::translate("StoryStore", "another program put its own file here; it was left as it is"), path);
    // A log left beside the story means another program has it open; deleting
    // the story under it would leave its log to be replayed into whatever file
    // takes this name next.
    if (QFileInfo::exists(path + QLatin1String("-wal")) || QFileInfo::exists(path + QLatin1String("-shm")))
        return Error::at(ErrorKind::Busy, QCoreApplication::translate("StoryStore", "another program has the new story open; it was left in place"), path);
    if (!removeIfOurs(encoded, identity))
        return Error::at(ErrorKind::Io, QCoreApplication::translate("StoryStore", "cannot remove the new story"), path);
    syncFolder(path);
    return {};
}

namespace testing {
void setCreateHook(std::function<Status(CreateStep step, const QString &path)> hook)
{
    createHook() = std::move(hook);
}
} // namespace testing

} // namespace ryuk
