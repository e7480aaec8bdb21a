// The slow path of QueryTimer: recording, and reading a slow statement's text,
// parameters and counters before it is reset.
#include "querytimer.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace ryuk {

namespace {

void resetStatement(sqlite3_stmt *stmt)
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
}

std::string expandedSql(sqlite3_stmt *stmt)
{
    char *text = sqlite3_expanded_sql(stmt);
    if (!text)
        return {};
    std::string out(text, std::min(std::strlen(text), QueryMetrics::MaxExpandedSql));
    sqlite3_free(text);
    return out;
}

} // namespace

bool QueryTimer::watch(sqlite3_stmt *stmt)
{
    if (mStart == 0)
        return false;
    if (mWatched)
        resetStatement(mWatched);
    mWatched = stmt;
    // The counters add up over the statement's life; zeroed here, they count this run.
    for (int op : {SQLITE_STMTSTATUS_FULLSCAN_STEP, SQLITE_STMTSTATUS_SORT, SQLITE_STMTSTATUS_AUTOINDEX,
                   SQLITE_STMTSTATUS_VM_STEP})
        sqlite3_stmt_status(stmt, op, 1);
    return true;
}

void QueryTimer::finish()
{
    const quint64 end = QueryMetrics::monotonicNs();
    const quint64 ns = end - mStart;
    const bool sample = mMetrics.record(mKind, ns, mRows, end);
    if (ns >= mMetrics.slowThresholdNs()) {
        SlowQuery entry;
        entry.kind = mMetrics.kindName(mKind);
        entry.ns = ns;
        entry.rows = mRows;
        if (mWatched) {
            if (const char *sql = sqlite3_sql(mWatched))
                entry.sql = sql;
            entry.expandedSql = expandedSql(mWatched);
            entry.fullScanSteps = sqlite3_stmt_status(mWatched, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0);
            entry.sorts = sqlite3_stmt_status(mWatched, SQLITE_STMTSTATUS_SORT, 0);
            entry.autoIndexes = sqlite3_stmt_status(mWatched, SQLITE_STMTSTATUS_AUTOINDEX, 0);
            entry.vmSteps = sqlite3_stmt_status(mWatched, SQLITE_STMTSTATUS_VM_STEP, 0);
            mMetrics.setLastRun(mKind, entry.expandedSql);
        }
        mMetrics.recordSlow(std::move(entry));
    } else if (sample && mWatched) {
        mMetrics.setLastRun(mKind, expandedSql(mWatched));
    }
    if (mWatched)
        resetStatement(mWatched);
}

} // namespace ryuk
