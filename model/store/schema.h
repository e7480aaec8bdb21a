// The story file's schema: tables, indexes, and the migrations from older
// versions. Each index exists for a query pattern; docs/storage.md maps them.
#pragma once

#include "core/error.h"
#include "sqlitedatabase.h"

namespace ryuk::schema {

// Creates the current schema in an empty database (inside the caller's transaction).
Status create(sqlite::Database &db);

// Brings a story at `fromVersion` to the current version (inside the caller's
// transaction). Fails, changing nothing once rolled back, on data the current
// schema rejects.
Status migrate(sqlite::Database &db, int fromVersion);

// The secondary indexes (all but the primary keys and the UNIQUE ids). A bulk
// load into an empty story drops them and rebuilds them by sorting at the end,
// which is several times cheaper than keeping them up to date row by row.
Status dropSecondaryIndexes(sqlite::Database &db);
Status createSecondaryIndexes(sqlite::Database &db);

// True when the tables of the current schema are present.
Result<bool> looksComplete(sqlite::Database &db);

// Writes the layout of version 0, the prototype's files (text ids, properties
// only as JSON, no positions or typed columns). Kept so migration is tested.
Status createVersion0(sqlite::Database &db);

} // namespace ryuk::schema
