// The link grammar of Twine passages ([[text]], [[text->target]],
// [[target<-text]], [[text|target]]), shared by the Twee and Twine HTML formats.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ryuk {

struct TweeLink
{
    std::string text;       // what the reader clicks
    std::string target;     // the passage name it leads to
    std::size_t offset = 0; // of its "[[" in the passage text
};

struct TweeLinkScan
{
    std::vector<TweeLink> links; // in the order they appear
    // Offset of the first "[[" with no "]]" after it on the same line, or npos.
    // Such a "[[" is read as plain text, as a story format would show it.
    std::size_t unterminatedAt = std::string_view::npos;
};

// Finds the links of a passage text.
TweeLinkScan scanTweeLinks(std::string_view text);

// True if "[[label->target]]" reads back as exactly this label and target.
bool canWriteTweeLink(std::string_view label, std::string_view target);
// "[[label->target]]"; check canWriteTweeLink first.
std::string tweeLink(std::string_view label, std::string_view target);

} // namespace ryuk
