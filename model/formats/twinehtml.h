// Published Twine 2 stories (HTML with a <tw-storydata> element), read into
// Scenes and LEADS_TO relationships exactly as Twee is (docs/formats.md).
#pragma once

#include "storyformat.h"

namespace ryuk {

class TwineHtmlFormat final : public StoryFormat
{
public:
    QString name() const override;
    QStringList extensions() const override;
    bool canRead() const override { return true; }
    bool canWrite() const override { return false; }
    Result<ImportSummary> read(StoryStore &store, QIODevice &in, const QString &displayName,
                               const ImportOptions &options) const override;
};

std::unique_ptr<StoryFormat> makeTwineHtmlFormat();

} // namespace ryuk
