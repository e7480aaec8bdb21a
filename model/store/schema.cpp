// The story file's schema and its migrations.
#include "schema.h"

#include "core/properties.h"
#include "sqlitestorystore.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace ryuk::schema {

namespace {

// Known fields live in typed columns next to the canonical JSON so they can be
// indexed; only the columns of a node's own type are filled. Partial indexes
// keep each index as small as the nodes it serves.
const char CreateSql[] = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE nodes (
    nid             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    type            TEXT NOT NULL,
    x               REAL NOT NULL DEFAULT 0,
    y               REAL NOT NULL DEFAULT 0,
    properties      TEXT NOT NULL DEFAULT '{}',
    title           TEXT,
    chapter         INTEGER,
    sequence        INTEGER,
    name            TEXT,
    role            TEXT,
    weight          REAL,
    causality_level REAL,
    flags           INTEGER NOT NULL DEFAULT 0,
    label           TEXT
);

CREATE TABLE relationships (
    rid             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    type            TEXT NOT NULL,
    from_nid        INTEGER NOT NULL REFERENCES nodes (nid) ON DELETE CASCADE,
    to_nid          INTEGER NOT NULL REFERENCES nodes (nid) ON DELETE CASCADE,
    properties      TEXT NOT NULL DEFAULT '{}',
    weight          REAL,
    transition_type TEXT
);
)sql";

// One index for each query pattern of the catalogue (docs/storage.md).
const char CreateIndexesSql[] = R"sql(
CREATE INDEX nodes_type ON nodes (type, id);
CREATE INDEX scenes_chapter_sequence ON nodes (chapter, sequence) WHERE type = 'Scene';
CREATE INDEX characters_role_name ON nodes (role, name) WHERE type = 'Character';
CREATE INDEX choices_weight ON nodes (weight) WHERE type = 'Choice';
CREATE INDEX events_causality_level ON nodes (causality_level) WHERE type = 'Event';
CREATE INDEX relationships_type ON relationships (type, id);
CREATE INDEX relationships_from ON relationships (from_nid, type);
CREATE INDEX relationships_to ON relationships (to_nid, type);
CREATE INDEX leads_to_weight ON relationships (weight) WHERE type = 'LEADS_TO';
)sql";

const char DropIndexesSql[] = R"sql(
DROP INDEX nodes_type;
DROP INDEX scenes_chapter_sequence;
DROP INDEX characters_role_name;
DROP INDEX choices_weight;
DROP INDEX events_causality_level;
DROP INDEX relationships_type;
DROP INDEX relationships_from;
DROP INDEX relationships_to;
DROP INDEX leads_to_weight;
)sql";

Status setVersion(sqlite::Database &db)
{
    // PRAGMA takes no bound parameters; these are compile-time constants.
    static const std::string sql = "PRAGMA application_id = " + std::to_string(StoryApplicationId)
                                   + "; PRAGMA user_version = " + std::to_string(StorySchemaVersion) + ";";
    return db.exec(sql.c_str());
}

// The checks every write makes (ids, type names, one id space for nodes and
// relationships), applied to the prototype's rows, which were never checked.
Status checkVersion0Element(std::string_view what, const std::string &id, std::string_view type)
{
    Status s = checkId(id, what);
    if (s)
        s = checkTypeName(type, id, what);
    if (!s)
        return Error::badInput(QCoreApplication::translate("Schema", "cannot migrate the story: %1").arg(s.error().message));
    return {};
}

Status migrateFrom0(sqlite::Database &db)
{
    // A prototype file without its tables is damaged (not a statement of ours that failed).
    auto tables = db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                              "AND name IN ('nodes', 'relationships')");
    if (!tables)
        return tables.takeError();
    if (*tables != 2)
        return Error{ErrorKind::Corrupt, QCoreApplication::translate("Schema", "the story file is damaged (tables are missing)"), {}, 0, 0};
    if (auto s = db.exec("ALTER TABLE nodes RENAME TO nodes_v0; ALTER TABLE relationships RENAME TO relationships_v0;"); !s)
        return s;
    if (auto s = create(db); !s)
        return s;

    auto readNodes = db.prepare("SELECT id, type, properties FROM nodes_v0 ORDER BY rowid");
    auto insertNode = db.prepare("INSERT INTO nodes (id, type, properties, title, chapter, sequence, name, role, "
                                 "weight, causality_level, flags, label) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (!readNodes || !insertNode)
        return db.error(QCoreApplication::translate("Schema", "cannot migrate the story"));
    int rc;
    while ((rc = readNodes->step()) == SQLITE_ROW) {
        const std::string id = readNodes->string(0);
        const std::string type = readNodes->string(1);
        if (auto s = checkVersion0Element("node", id, type); !s)
            return s;
        auto canonical = canonicalJsonObject(readNodes->text(2));
        if (!canonical)
            return Error::badInput(QCoreApplication::translate("Schema", "cannot migrate node \"%1\": %2").arg(QString::fromStdString(id), canonical.error().message));
        auto fields = nodeFields(id, type, *canonical);
        if (!fields)
            return Error::badInput(QCoreApplication::translate("Schema", "cannot migrate the story: %1").arg(fields.error().message));
        insertNode->bind(1, id);
        insertNode->bind(2, type);
        insertNode->bind(3, *canonical);
        insertNode->bind(4, fields->title);
        insertNode->bind(5, fields->chapter);
        insertNode->bind(6, fields->sequence);
        insertNode->bind(7, fields->name);
        insertNode->bind(8, fields->role);
        insertNode->bind(9, fields->weight);
        insertNode->bind(10, fields->causalityLevel);
        insertNode->bind(11, qint64(fields->flags));
        insertNode->bind(12, fields->label);
        const int irc = insertNode->step();
        insertNode->reset();
        if (irc != SQLITE_DONE)
            return db.errorFromCode(irc, QCoreApplication::translate("Schema", "cannot migrate node \"%1\"").arg(QString::fromStdString(id)));
    }
    if (rc != SQLITE_DONE)
        return db.errorFromCode(rc, QCoreApplication::translate("Schema", "cannot migrate the story"));

    auto readRelationships = db.prepare(
        "SELECT r.id, r.type, r.properties, f.nid, t.nid, r.from_id, r.to_id FROM relationships_v0 r "
        "LEFT JOIN nodes f ON f.id = r.from_id LEFT JOIN nodes t ON t.id = r.to_id ORDER BY r.rowid");
    auto insertRelationship = db.prepare("INSERT INTO relationships (id, type, from_nid, to_nid, properties, weight, "
                                         "transition_type) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    auto nodeWithId = db.prepare("SELECT 1 FROM nodes WHERE id = ?1");
    if (!readRelationships || !insertRelationship || !nodeWithId)
        return db.error(QCoreApplication::translate("Schema", "cannot migrate the story"));
    while ((rc = readRelationships->step()) == SQLITE_ROW) {
        const std::string id = readRelationships->string(0);
        if (auto s = checkVersion0Element("relationship", id, readRelationships->text(1)); !s)
            return s;
        nodeWithId->bind(1, id);
        const int nrc = nodeWithId->step();
        nodeWithId->reset();
        if (nrc == SQLITE_ROW)
            return Error::badInput(QCoreApplication::translate("Schema", "cannot migrate the story: duplicate id \"%1\"").arg(QString::fromStdString(id)));
        if (nrc != SQLITE_DONE)
            return db.errorFromCode(nrc, QCoreApplication::translate("Schema", "cannot migrate the story"));
        if (readRelationships->isNull(3) || readRelationships->isNull(4)) {
            const int missing = readRelationships->isNull(3) ? 5 : 6;
            return Error::badInput(QCoreApplication::translate("Schema", "cannot migrate relationship \"%1\": it names no node \"%2\"")
                                       .arg(QString::fromStdString(id),
                                            QString::fromStdString(readRelationships->string(missing))));
        }
        auto canonical = canonicalJsonObject(readRelationships->text(2));
        if (!canonical)
            return Error::badInput(QCoreApplication::translate("Schema", "cannot migrate relationship \"%1\": %2").arg(QString::fromStdString(id), canonical.error().message));
        auto fields = relationshipFields(id, *canonical);
        if (!fields)
            return Error::badInput(QCoreApplication::translate("Schema", "cannot migrate the story: %1").arg(fields.error().message));
        insertRelationship->bind(1, id);
        insertRelationship->bind(2, readRelationships->text(1));
        insertRelationship->bind(3, readRelationships->int64(3));
        insertRelationship->bind(4, readRelationships->int64(4));
        insertRelationship->bind(5, *canonical);
        insertRelationship->bind(6, fields->weight);
        insertRelationship->bind(7, fields->transitionType);
        const int irc = insertRelationship->step();
        insertRelationship->reset();
        if (irc != SQLITE_DONE)
            return db.errorFromCode(irc, QCoreApplication::translate("Schema", "cannot migrate relationship \"%1\"").arg(QString::fromStdString(id)));
    }
    if (rc != SQLITE_DONE)
        return db.errorFromCode(rc, QCoreApplication::translate("Schema", "cannot migrate the story"));
    readNodes = sqlite::Statement();
    readRelationships = sqlite::Statement();
    return db.exec("DROP TABLE relationships_v0; DROP TABLE nodes_v0;");
}

} // namespace

Status create(sqlite::Database &db)
{
    if (auto s = db.exec(CreateSql); !s)
        return s;
    if (auto s = db.exec(CreateIndexesSql); !s)
        return s;
    return setVersion(db);
}

Status dropSecondaryIndexes(sqlite::Database &db)
{
    return db.exec(DropIndexesSql);
}

Status createSecondaryIndexes(sqlite::Database &db)
{
    return db.exec(CreateIndexesSql);
}

// Version 2 added the `flags` and `label` columns, filled from the properties.
static Status migrateFrom1(sqlite::Database &db)
{
    if (auto s = db.exec("ALTER TABLE nodes ADD COLUMN flags INTEGER NOT NULL DEFAULT 0; "
                         "ALTER TABLE nodes ADD COLUMN label TEXT;");
        !s)
        return s;
    auto read = db.prepare("SELECT nid, id, type, properties FROM nodes");
    auto update = db.prepare("UPDATE nodes SET flags = ?2, label = ?3 WHERE nid = ?1");
    if (!read || !update)
        return db.error(QCoreApplication::translate("Schema", "cannot migrate the story"));
    int rc;
    while ((rc = read->step()) == SQLITE_ROW) {
        auto fields = nodeFields(read->text(1), read->text(2), read->text(3));
        if (!fields)
            return Error::badInput(QCoreApplication::translate("Schema", "cannot migrate the story: %1").arg(fields.error().message));
        update->bind(1, read->int64(0));
        update->bind(2, qint64(fields->flags));
        update->bind(3, fields->label);
        const int urc = update->step();
        update->reset();
        if (urc != SQLITE_DONE)
            return db.errorFromCode(urc, QCoreApplication::translate("Schema", "cannot migrate the story"));
    }
    if (rc != SQLITE_DONE)
        return db.errorFromCode(rc, QCoreApplication::translate("Schema", "cannot migrate the story"));
    return {};
}

Status migrate(sqlite::Database &db, int fromVersion)
{
    // Version 0 goes straight to the current layout; later versions step up.
    if (fromVersion == 0) {
        if (auto s = migrateFrom0(db); !s)
            return s;
    } else if (fromVersion == 1) {
        if (auto s = migrateFrom1(db); !s)
            return s;
    }
    return setVersion(db);
}

Result<bool> looksComplete(sqlite::Database &db)
{
    auto count = db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                             "AND name IN ('meta', 'nodes', 'relationships')");
    if (!count)
        return count.takeError();
    return *count == 3;
}

Status createVersion0(sqlite::Database &db)
{
    static const std::string sql = "PRAGMA application_id = " + std::to_string(StoryApplicationId) + R"sql(;
PRAGMA user_version = 0;
CREATE TABLE nodes (id TEXT PRIMARY KEY, type TEXT NOT NULL, properties TEXT NOT NULL DEFAULT '{}');
CREATE TABLE relationships (id TEXT PRIMARY KEY, type TEXT NOT NULL, from_id TEXT NOT NULL,
                            to_id TEXT NOT NULL, properties TEXT NOT NULL DEFAULT '{}');
)sql";
    return db.exec(sql.c_str());
}

} // namespace ryuk::schema
