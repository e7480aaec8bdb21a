// Counts the transactions a store commits, for benchmarks and tests: the store
// tells its observers once per commit that changed something, and never of
// another connection's writes.
#pragma once

#include "storystore.h"

namespace ryuk {

class CommitCounter final : public StoryObserver
{
public:
    explicit CommitCounter(StoryStore &store) : mStore(store) { mStore.addObserver(this); }
    ~CommitCounter() override { mStore.removeObserver(this); }
    CommitCounter(const CommitCounter &) = delete;
    CommitCounter &operator=(const CommitCounter &) = delete;

    void storyChanged(const std::vector<StoryChange> &) override { ++mCommits; }
    int commits() const { return mCommits; }

private:
    StoryStore &mStore;
    int mCommits = 0;
};

} // namespace ryuk
