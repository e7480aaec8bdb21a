// GraphViz DOT: a story written for `dot` and the tools that read DOT, with
// types and properties as attributes. Write-only (docs/formats.md).
#pragma once

#include "storyformat.h"

#include <memory>

class QIODevice;

namespace ryuk {

// Writes the whole story as one `digraph`, nodes then edges, each in id order.
Result<ExportSummary> exportDot(StoryStore &store, QIODevice &out, const ProgressCallback &progress = {});

// The registry's entry for .dot and .gv files.
std::unique_ptr<StoryFormat> makeDotFormat();

} // namespace ryuk
