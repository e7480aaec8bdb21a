// Twee 3, the text notation of Twine stories (also reads Twee 1 and 2): each
// passage a Scene, each link a LEADS_TO (docs/formats.md).
#pragma once

#include "storyformat.h"

namespace ryuk {

class TweeFormat final : public StoryFormat
{
public:
    QString name() const override;
    QStringList extensions() const override;
    bool canRead() const override { return true; }
    bool canWrite() const override { return true; }
    Result<ImportSummary> read(StoryStore &store, QIODevice &in, const QString &displayName,
                               const ImportOptions &options) const override;
    // The Scenes as passages in (chapter, sequence, id) order, with StoryTitle
    // and StoryData first. The same story always gives the same bytes.
    Result<ExportSummary> write(StoryStore &store, QIODevice &out, const ProgressCallback &progress) const override;
};

std::unique_ptr<StoryFormat> makeTweeFormat();

// The IFID a story without one gets on export: a UUID in the version 4
// layout, upper case, made from a hash of the title so that it is the same
// on every export.
std::string tweeIfidForTitle(std::string_view title);

} // namespace ryuk
