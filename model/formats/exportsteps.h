// The bookkeeping every exporter shares: the element count that progress is
// reported against (counted only when someone listens), and a step after each
// element that notes a failed flush and asks the listener whether to go on.
#pragma once

#include "core/error.h"
#include "store/storystore.h"

namespace ryuk {

class ExportSteps
{
public:
    explicit ExportSteps(const ProgressCallback &progress) : mProgress(progress) {}

    // Counts the nodes and relationships, if anyone listens to progress.
    Status countTotal(StoryStore &store)
    {
        if (!mProgress)
            return {};
        auto stats = store.stats();
        if (!stats)
            return stats.takeError();
        mTotal = stats->nodes + stats->relationships;
        return {};
    }

    // After `done` elements; `flushed` is false when writing a full buffer
    // failed. Returns whether to go on.
    bool step(qint64 done, bool flushed)
    {
        if (!flushed) {
            mWriteFailed = true;
            return false;
        }
        // Asking every few thousand elements keeps the callback off the hot path.
        if (mProgress && (done & 4095) == 0 && !mProgress(done, mTotal)) {
            mCancelled = true;
            return false;
        }
        return true;
    }

    bool cancelled() const { return mCancelled; }
    bool writeFailed() const { return mWriteFailed; }
    bool stopped() const { return mCancelled || mWriteFailed; }

private:
    const ProgressCallback &mProgress;
    qint64 mTotal = 0;
    bool mCancelled = false;
    bool mWriteFailed = false;
};

} // namespace ryuk
