// Times one call of the model layer and records it under its kind; for a
// slow call it also keeps the statement, its parameters and SQLite's counters.
#pragma once

#include "querymetrics.h"

struct sqlite3_stmt;

namespace ryuk {

class QueryTimer
{
public:
    // `kind` is an id from QueryMetrics::kindId. With metrics off the timer
    // does nothing beyond one relaxed load.
    explicit QueryTimer(int kind, QueryMetrics &metrics = QueryMetrics::global())
        : mMetrics(metrics)
        , mKind(kind)
        , mStart(metrics.isEnabled() ? QueryMetrics::monotonicNs() : 0)
    {}
    ~QueryTimer()
    {
        if (mStart != 0)
            finish();
    }
    QueryTimer(const QueryTimer &) = delete;
    QueryTimer &operator=(const QueryTimer &) = delete;

    bool isActive() const { return mStart != 0; }
    void setRows(qint64 rows) { mRows = rows; }
    void addRows(qint64 rows) { mRows += rows; }

    // Makes `stmt` the statement a slow call reports and zeroes its counters.
    // While the timer is active it takes over resetting the statement (after
    // reading its bound parameters, which a reset clears) and returns true; a
    // statement watched before is reset now. Returns false when inactive: the
    // caller resets as usual.
    bool watch(sqlite3_stmt *stmt);

private:
    void finish();

    QueryMetrics &mMetrics;
    int mKind;
    quint64 mStart;
    qint64 mRows = 0;
    sqlite3_stmt *mWatched = nullptr;
};

} // namespace ryuk
