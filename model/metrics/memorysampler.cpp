// Samples process and SQLite memory.
#include "memorysampler.h"

#include <sqlite3.h>

#include <cstdio>
#include <cstring>

namespace ryuk {

namespace {

// "VmRSS:     123456 kB" → bytes.
void readProcStatus(MemorySample &sample)
{
    std::FILE *status = std::fopen("/proc/self/status", "r");
    if (!status)
        return;
    char line[256];
    while (std::fgets(line, sizeof line, status)) {
        long long kib = 0;
        if (std::strncmp(line, "VmRSS:", 6) == 0 && std::sscanf(line + 6, "%lld", &kib) == 1)
            sample.residentBytes = kib * 1024;
        else if (std::strncmp(line, "VmHWM:", 6) == 0 && std::sscanf(line + 6, "%lld", &kib) == 1)
            sample.peakResidentBytes = kib * 1024;
    }
    std::fclose(status);
}

} // namespace

MemorySample sampleMemory()
{
    MemorySample sample;
    readProcStatus(sample);
    sample.sqliteBytes = qint64(sqlite3_memory_used());
    sample.sqliteHighwaterBytes = qint64(sqlite3_memory_highwater(0));
    sqlite3_int64 current = 0;
    sqlite3_int64 highwater = 0;
    // Page cache memory that came from the general heap counts as overflow.
    if (sqlite3_status64(SQLITE_STATUS_PAGECACHE_OVERFLOW, &current, &highwater, 0) == SQLITE_OK)
        sample.pageCacheBytes = qint64(current);
    return sample;
}

} // namespace ryuk
