// The Twine link grammar: finding links in a passage and writing one back.
#include "tweelinks.h"

namespace ryuk {

namespace {

// Splits the inside of "[[…]]" into text and target. The arrows win over the
// bar, as in the story formats; the rightmost "->" and the leftmost "<-" are
// the dividers, so link text may itself hold an arrow.
TweeLink splitLink(std::string_view inner, std::size_t offset)
{
    // SugarCube's setter part, [[text|target][$x to 1]], is not part of the target.
    if (const std::size_t setter = inner.find("]["); setter != std::string_view::npos)
        inner = inner.substr(0, setter);
    TweeLink link;
    link.offset = offset;
    if (const std::size_t arrow = inner.rfind("->"); arrow != std::string_view::npos) {
        link.text = inner.substr(0, arrow);
        link.target = inner.substr(arrow + 2);
    } else if (const std::size_t back = inner.find("<-"); back != std::string_view::npos) {
        link.target = inner.substr(0, back);
        link.text = inner.substr(back + 2);
    } else if (const std::size_t bar = inner.rfind('|'); bar != std::string_view::npos) {
        link.text = inner.substr(0, bar);
        link.target = inner.substr(bar + 1);
    } else {
        link.text = inner;
        link.target = inner;
    }
    return link;
}

} // namespace

TweeLinkScan scanTweeLinks(std::string_view text)
{
    TweeLinkScan scan;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t open = text.find("[[", pos);
        if (open == std::string_view::npos)
            break;
        std::size_t lineEnd = text.find('\n', open);
        if (lineEnd == std::string_view::npos)
            lineEnd = text.size();
        // Only this line is searched: a search to the end of the text for every
        // unclosed "[[" would make a long run of them cost the square of its size.
        const std::size_t inLine = text.substr(open + 2, lineEnd - open - 2).find("]]");
        const std::size_t close = inLine == std::string_view::npos ? inLine : open + 2 + inLine;
        if (close == std::string_view::npos) {
            // Every later "[[" on this line is unterminated too.
            if (scan.unterminatedAt == std::string_view::npos)
                scan.unterminatedAt = open;
            pos = lineEnd;
            continue;
        }
        scan.links.push_back(splitLink(text.substr(open + 2, close - open - 2), open));
        pos = close + 2;
    }
    return scan;
}

std::string tweeLink(std::string_view label, std::string_view target)
{
    std::string link;
    link.reserve(label.size() + target.size() + 6);
    link += "[[";
    link += label;
    link += "->";
    link += target;
    link += "]]";
    return link;
}

bool canWriteTweeLink(std::string_view label, std::string_view target)
{
    // Reading the link back is the one test that covers every awkward case
    // ("]]" or a line break in the label, "->" in the target, a target ending in "]").
    const TweeLinkScan scan = scanTweeLinks(tweeLink(label, target));
    return scan.unterminatedAt == std::string_view::npos && scan.links.size() == 1 && scan.links.front().text == label
            && scan.links.front().target == target;
}

} // namespace ryuk
