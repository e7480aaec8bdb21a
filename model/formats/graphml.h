// GraphML, the graph format of yEd, Gephi and most graph libraries: a story
// written with its types and properties as typed attributes, and any GraphML
// graph read back (docs/formats.md has the mapping).
#pragma once

#include "storyformat.h"

#include <memory>

class QIODevice;

namespace ryuk {

// Adds the graph in `in` to `store` in one transaction: nothing is added from a
// rejected file. Errors carry `displayName` with line and column. The story's
// title is taken from the file when the story has none yet.
Result<ImportSummary> importGraphML(StoryStore &store, QIODevice &in, const QString &displayName,
                                    const ImportOptions &options = {});

// Writes the whole story. The same story always gives the same bytes, and
// reading them back gives the same story.
Result<ExportSummary> exportGraphML(StoryStore &store, QIODevice &out, const ProgressCallback &progress = {});

// The registry's entry for .graphml files.
std::unique_ptr<StoryFormat> makeGraphMLFormat();

} // namespace ryuk
