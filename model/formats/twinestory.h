// What a Twine story file holds, whichever notation it came in (Twee or
// published Twine 2 HTML), and the one way it becomes Scenes and LEADS_TO
// relationships, so both importers map passages exactly alike.
#pragma once

#include "core/properties.h"
#include "storyformat.h"

#include <QIODevice>

#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ryuk {

struct TwinePassage
{
    std::string name;
    std::vector<std::string> tags;
    std::string text; // the body as the Scene keeps it: line breaks as "\n", trailing blank lines gone
    std::optional<std::pair<double, double>> position;
    std::optional<std::string> size; // "w,h" as the file wrote it
    std::size_t offset = 0;          // of the header or element in the file, for messages
    std::string_view rawBody;        // the body as it stands in the file
    std::size_t rawBodyOffset = 0;
};

struct TwineStory
{
    std::string_view source;            // the file's text, for line and column of messages
    std::vector<TwinePassage> passages; // in file order; StoryTitle and StoryData are not among them
    std::string title;
    std::string ifid;
    std::string format;
    std::string formatVersion;
    std::string tagColors;            // canonical JSON object text, or empty
    std::string zoom;                 // canonical JSON number text, or empty
    std::optional<std::string> start; // the start passage, when the file names one
    std::size_t startOffset = 0;      // where the file names it
    // The offset in `source` of byte `textOffset` of a passage's text.
    std::function<std::size_t(const TwinePassage &, std::size_t textOffset)> sourceOffset;
};

// Passages tagged "script" or "stylesheet" hold code, not prose: their
// brackets are not links.
bool isTwineCodePassage(const std::vector<std::string> &tags);

// A finite number, spaces around it allowed.
std::optional<double> parseTwineNumber(std::string_view text);
// "x,y" with two finite numbers (spaces around them allowed).
std::optional<std::pair<double, double>> parseTwinePosition(std::string_view text);
// The inverse: integers without a fraction, others in their shortest exact form.
std::string formatTwineNumber(double value);

// Drops the blank (empty or white-space) lines at the end of `text`, and the
// line break before them.
void trimTrailingBlankLines(std::string &text);

// A BadInput error at byte `offset` of `source`.
Error twineError(const QString &message, const QString &file, std::string_view source, std::size_t offset);

// Adds the story to `store` in one batch: every passage a Scene, every link a
// LEADS_TO (docs/formats.md). Nothing is added if anything is refused.
Result<ImportSummary> importTwineStory(StoryStore &store, const TwineStory &story, const QString &displayName,
                                       const ImportOptions &options);

// The read() of both Twine formats: the whole file (a UTF-8 byte-order mark
// dropped), parsed by `Reader` into a TwineStory, then imported.
template<typename Reader>
Result<ImportSummary> readTwine(StoryStore &store, QIODevice &in, const QString &displayName,
                                const ImportOptions &options)
{
    constexpr std::string_view utf8Bom = "\xEF\xBB\xBF";
    const QByteArray bytes = in.readAll();
    std::string_view source(bytes.constData(), std::size_t(bytes.size()));
    if (source.starts_with(utf8Bom))
        source.remove_prefix(utf8Bom.size());
    auto story = Reader(source, displayName, options.lenient).read();
    if (!story)
        return story.takeError();
    auto summary = importTwineStory(store, *story, displayName, options);
    if (summary)
        summary->bytes = bytes.size();
    return summary;
}

} // namespace ryuk
