// Memory use of the process and of SQLite, against a budget: what the
// profiler's memory chart plots once a second.
#pragma once

#include <QtGlobal>

namespace ryuk {

struct MemorySample
{
    qint64 residentBytes = 0;      // the process's resident set now
    qint64 peakResidentBytes = 0;  // the largest resident set so far
    qint64 sqliteBytes = 0;        // sqlite3_memory_used()
    qint64 sqliteHighwaterBytes = 0;
    qint64 pageCacheBytes = 0;     // SQLite page cache in use (all connections)
};

class MemoryBudget
{
public:
    static constexpr qint64 DefaultBudgetBytes = 512ll * 1024 * 1024;
    static constexpr double WarningFraction = 0.85;

    explicit MemoryBudget(qint64 budgetBytes = DefaultBudgetBytes) : mBudget(budgetBytes) {}

    qint64 budgetBytes() const { return mBudget; }
    void setBudgetBytes(qint64 bytes) { mBudget = bytes; }
    qint64 warningBytes() const { return qint64(double(mBudget) * WarningFraction); }

    // True once the process's resident memory passes 85 % of the budget.
    bool isWarning(const MemorySample &sample) const { return sample.residentBytes > warningBytes(); }
    bool isOver(const MemorySample &sample) const { return sample.residentBytes > mBudget; }

private:
    qint64 mBudget;
};

// Reads the numbers now (Linux: /proc/self/status; elsewhere the process
// figures are 0). Cheap enough to call every second.
MemorySample sampleMemory();

} // namespace ryuk
