// Synthetic, story-shaped graphs for tests and benchmarks: chapters of scenes,
// branching through Choices, loops, characters appearing in scenes, events.
#pragma once

#include "core/error.h"
#include "store/storystore.h"

class QIODevice;

namespace ryuk {

struct GeneratorOptions
{
    qint64 scenes = 1000;
    quint64 seed = 1;
};

struct GeneratorSummary
{
    qint64 nodes = 0;
    qint64 relationships = 0;
    qint64 bytes = 0;
};

// Writes a JSON v1 story to `out`. The same options always give the same bytes.
Result<GeneratorSummary> generateStory(const GeneratorOptions &options, QIODevice &out,
                                       const ProgressCallback &progress = {});
Result<GeneratorSummary> generateStoryFile(const GeneratorOptions &options, const QString &path,
                                           const ProgressCallback &progress = {});

} // namespace ryuk
