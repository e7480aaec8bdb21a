// Twine 2 HTML: a small tolerant tokenizer that finds <tw-storydata>, its
// attributes and its <tw-passagedata>, <tw-tag>, <style> and <script>
// children, following Twine's HTML output specification. Not an HTML parser:
// everything else in the page (the story format's code) is skipped.
#include "twinehtml.h"

#include "core/jsonvalue_p.h"
#include "twinestory.h"

#include <QCoreApplication>
#include <QIODevice>

#include <map>

namespace ryuk {

namespace {

using json::qstr;


bool isHtmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// `needle` is lower case; the match ignores ASCII case.
std::size_t findNoCase(std::string_view haystack, std::string_view needle, std::size_t from)
{
    if (needle.empty() || haystack.size() < needle.size())
        return std::string_view::npos;
    for (std::size_t i = from; i + needle.size() <= haystack.size(); ++i) {
        if (lower(haystack[i]) != needle[0])
            continue;
        std::size_t k = 1;
        while (k < needle.size() && lower(haystack[i + k]) == needle[k])
            ++k;
        if (k == needle.size())
            return i;
    }
    return std::string_view::npos;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// The character an entity (without '&' and ';') stands for, or nothing for
// an entity we do not know, which then stays as it was written.
std::optional<char32_t> entityValue(std::string_view entity)
{
    if (entity == "amp")
        return U'&';
    if (entity == "lt")
        return U'<';
    if (entity == "gt")
        return U'>';
    if (entity == "quot")
        return U'"';
    if (entity == "apos")
        return U'\'';
    if (entity.size() < 2 || entity[0] != '#')
        return std::nullopt;
    const bool hex = entity[1] == 'x' || entity[1] == 'X';
    const std::string_view digits = entity.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8)
        return std::nullopt;
    char32_t cp = 0;
    for (char c : digits) {
        int d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (hex && lower(c) >= 'a' && lower(c) <= 'f')
            d = lower(c) - 'a' + 10;
        else
            return std::nullopt;
        cp = cp * (hex ? 16 : 10) + char32_t(d);
    }
    // As a browser does: what is not a character becomes U+FFFD.
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return U'\uFFFD';
    return cp;
}

// The longest entity decodeHtml() reads, '&' and ';' included: "&#x0010FFFF;".
constexpr std::size_t MaxEntityBytes = 12;

// Text with its entities decoded and "\r\n" as "\n". With `stopAt`, stops
// when the text reaches that many bytes and stores in `*rawOffset` where the
// next text byte comes from.
std::string decodeHtml(std::string_view raw, std::size_t stopAt = std::string_view::npos,
                       std::size_t *rawOffset = nullptr)
{
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (out.size() == stopAt && rawOffset) {
            *rawOffset = i;
            return out;
        }
        const char c = raw[i];
        if (c == '\r' && (i + 1 == raw.size() || raw[i + 1] == '\n'))
            continue;
        if (c == '&') {
            // The longest entity we know ("&#x0010FFFF;") is 12 bytes: looking
            // further for the ';' would make every '&' scan the rest of the text.
            const std::size_t semicolon = raw.substr(0, i + MaxEntityBytes + 1).find(';', i + 1);
            if (semicolon != std::string_view::npos) {
                if (const auto cp = entityValue(raw.substr(i + 1, semicolon - i - 1))) {
                    appendUtf8(out, *cp);
                    i = semicolon;
                    continue;
                }
            }
        }
        out += c;
    }
    if (rawOffset)
        *rawOffset = raw.size();
    return out;
}

struct Tag
{
    std::string name; // lower case
    bool end = false;
    std::vector<std::pair<std::string, std::string>> attributes; // names lower case, values decoded
    std::size_t offset = 0;                                      // of '<'

    const std::string *attribute(std::string_view key) const
    {
        for (const auto &[name, value] : attributes)
            if (name == key)
                return &value;
        return nullptr;
    }
};

class HtmlScanner
{
public:
    HtmlScanner(std::string_view source, const QString &file) : mSource(source), mFile(file) {}

    std::size_t pos() const { return mPos; }

    Error error(const QString &message, std::size_t offset) const
    {
        return twineError(message, mFile, mSource, offset);
    }

    // The next start or end tag; nothing at the end of the input. Text,
    // comments and declarations are skipped.
    Result<std::optional<Tag>> nextTag()
    {
        while (true) {
            const std::size_t lt = mSource.find('<', mPos);
            if (lt == std::string_view::npos) {
                mPos = mSource.size();
                return std::optional<Tag>();
            }
            const std::string_view rest = mSource.substr(lt);
            if (rest.starts_with("<!--")) {
                const std::size_t close = mSource.find("-->", lt + 4);
                if (close == std::string_view::npos)
                    return error(
                            QCoreApplication::translate("TwineHtml", "unterminated comment: no \"-->\" after \"<!--\""),
                            lt);
                mPos = close + 3;
                continue;
            }
            if (rest.starts_with("<!") || rest.starts_with("<?")) {
                const std::size_t close = mSource.find('>', lt);
                if (close == std::string_view::npos)
                    return error(QCoreApplication::translate("TwineHtml", "unterminated tag: no \">\" after \"<\""),
                                 lt);
                mPos = close + 1;
                continue;
            }
            const bool end = rest.starts_with("</");
            std::size_t i = lt + (end ? 2 : 1);
            if (i >= mSource.size() || !isAsciiLetter(mSource[i])) {
                mPos = lt + 1; // a '<' in text
                continue;
            }
            Tag tag;
            tag.end = end;
            tag.offset = lt;
            while (i < mSource.size() && !isHtmlSpace(mSource[i]) && mSource[i] != '>' && mSource[i] != '/')
                tag.name += lower(mSource[i++]);
            auto close = readAttributes(tag, i);
            if (!close)
                return close.takeError();
            mPos = *close;
            return std::optional<Tag>(std::move(tag));
        }
    }

    // The raw content of a raw-text element (and of <tw-passagedata>, which
    // holds one escaped text node), up to its end tag, which is then skipped.
    // Nothing if there is no end tag, or if `stopAt` (a start tag that cannot
    // be inside) comes first.
    std::optional<std::string_view> contentUntilEnd(const Tag &open, std::string_view stopAt = {})
    {
        const std::string endTag = "</" + open.name;
        // Once an end tag is known to be missing from some offset on, it is
        // missing from every later one: without this, each of a run of
        // unclosed <script> tags would search the rest of the file.
        if (const auto missing = mNoEndTagFrom.find(endTag); missing != mNoEndTagFrom.end() && missing->second <= mPos)
            return std::nullopt;
        std::size_t at = mPos;
        while (true) {
            at = findNoCase(mSource, endTag, at);
            if (at == std::string_view::npos) {
                mNoEndTagFrom[endTag] = mPos;
                return std::nullopt;
            }
            const std::size_t after = at + endTag.size();
            if (after >= mSource.size() || isHtmlSpace(mSource[after]) || mSource[after] == '>'
                || mSource[after] == '/')
                break;
            at = after;
        }
        if (!stopAt.empty()) {
            // Only up to the end tag: what lies past it does not matter here.
            const std::size_t next = findNoCase(mSource.substr(0, at), stopAt, mPos);
            if (next != std::string_view::npos)
                return std::nullopt;
        }
        const std::string_view content = mSource.substr(mPos, at - mPos);
        const std::size_t gt = mSource.find('>', at);
        mPos = gt == std::string_view::npos ? mSource.size() : gt + 1;
        return content;
    }

private:
    // Reads attributes from `i` to the tag's '>'; returns the offset after it.
    Result<std::size_t> readAttributes(Tag &tag, std::size_t i)
    {
        // Twine escapes '<' in attribute values, so in its own elements a '<'
        // inside quotes means the closing quote is missing.
        const bool twineElement = tag.name.starts_with("tw-");
        while (true) {
            while (i < mSource.size() && isHtmlSpace(mSource[i]))
                ++i;
            if (i >= mSource.size())
                return error(
                        QCoreApplication::translate("TwineHtml", "unterminated tag <%1: no \">\"").arg(qstr(tag.name)),
                        tag.offset);
            if (mSource[i] == '>')
                return i + 1;
            if (mSource[i] == '/') {
                ++i;
                continue;
            }
            const std::size_t nameStart = i;
            std::string name;
            while (i < mSource.size() && !isHtmlSpace(mSource[i]) && mSource[i] != '=' && mSource[i] != '>'
                   && !(mSource[i] == '/' && i > nameStart))
                name += lower(mSource[i++]);
            while (i < mSource.size() && isHtmlSpace(mSource[i]))
                ++i;
            std::string value;
            if (i < mSource.size() && mSource[i] == '=') {
                ++i;
                while (i < mSource.size() && isHtmlSpace(mSource[i]))
                    ++i;
                if (i < mSource.size() && (mSource[i] == '"' || mSource[i] == '\'')) {
                    const char quote = mSource[i];
                    const std::size_t close = mSource.find(quote, i + 1);
                    const std::string_view raw = close == std::string_view::npos ? std::string_view()
                                                                                 : mSource.substr(i + 1, close - i - 1);
                    if (close == std::string_view::npos || (twineElement && raw.find('<') != std::string_view::npos))
                        return error(QCoreApplication::translate("TwineHtml", "attribute \"%1\" has no closing quote")
                                             .arg(qstr(name)),
                                     i);
                    value = decodeHtml(raw);
                    i = close + 1;
                } else {
                    const std::size_t start = i;
                    while (i < mSource.size() && !isHtmlSpace(mSource[i]) && mSource[i] != '>')
                        ++i;
                    value = decodeHtml(mSource.substr(start, i - start));
                }
            }
            if (!tag.end)
                tag.attributes.emplace_back(std::move(name), std::move(value));
        }
    }

    std::string_view mSource;
    QString mFile;
    std::size_t mPos = 0;
    std::map<std::string, std::size_t> mNoEndTagFrom; // end tag -> an offset after which it never appears
};

std::vector<std::string> splitTags(std::string_view text)
{
    std::vector<std::string> tags;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isHtmlSpace(text[i]))
            ++i;
        const std::size_t start = i;
        while (i < text.size() && !isHtmlSpace(text[i]))
            ++i;
        if (i > start)
            tags.emplace_back(text.substr(start, i - start));
    }
    return tags;
}

class TwineHtmlReader
{
public:
    TwineHtmlReader(std::string_view source, const QString &file, bool lenient)
        : mSource(source), mScanner(source, file), mLenient(lenient)
    {}

    Result<TwineStory> read()
    {
        TwineStory story;
        story.source = mSource;
        story.sourceOffset = [](const TwinePassage &p, std::size_t textOffset) {
            std::size_t raw = 0;
            decodeHtml(p.rawBody, textOffset, &raw);
            return p.rawBodyOffset + raw;
        };
        if (const std::size_t bad = firstInvalidUtf8(mSource); bad != std::string_view::npos)
            return mScanner.error(QCoreApplication::translate("Twine", "the file is not valid UTF-8"), bad);

        // The page around the story: skip to <tw-storydata>, stepping over
        // the story format's scripts, whose text may mention it.
        std::optional<Tag> storyData;
        while (true) {
            auto tag = mScanner.nextTag();
            if (!tag)
                return tag.takeError();
            if (!*tag)
                return mScanner.error(
                        QCoreApplication::translate("TwineHtml",
                                                    "no <tw-storydata> element: this is not a published Twine 2 story"),
                        0);
            if ((*tag)->end)
                continue;
            if ((*tag)->name == "tw-storydata") {
                storyData = std::move(**tag);
                break;
            }
            // Without an end tag the rest is read on as markup.
            if ((*tag)->name == "script" || (*tag)->name == "style")
                mScanner.contentUntilEnd(**tag);
        }
        if (auto s = readStoryAttributes(story, *storyData); !s)
            return s.takeError();

        std::map<std::string, std::string> tagColors;
        std::vector<std::string> pids; // of story.passages, for the start node
        std::string startPid;
        if (const std::string *start = storyData->attribute("startnode"))
            startPid = *start;
        while (true) {
            auto next = mScanner.nextTag();
            if (!next)
                return next.takeError();
            if (!*next)
                break; // a missing </tw-storydata> ends at the end of the file
            const Tag &tag = **next;
            if (tag.end) {
                if (tag.name == "tw-storydata")
                    break;
                continue;
            }
            if (tag.name == "tw-passagedata") {
                const std::size_t contentOffset = mScanner.pos();
                const auto content = mScanner.contentUntilEnd(tag, "<tw-passagedata");
                if (!content)
                    return mScanner.error(
                            QCoreApplication::translate("TwineHtml",
                                                        "unterminated <tw-passagedata>: no \"</tw-passagedata>\" "
                                                        "before the next passage or the end of the file"),
                            tag.offset);
                const std::string *name = tag.attribute("name");
                if (!name)
                    return mScanner.error(
                            QCoreApplication::translate("TwineHtml", "<tw-passagedata> without a name attribute"),
                            tag.offset);
                TwinePassage passage;
                passage.name = *name;
                if (const std::string *tags = tag.attribute("tags"))
                    passage.tags = splitTags(*tags);
                if (const std::string *position = tag.attribute("position")) {
                    passage.position = parseTwinePosition(*position);
                    if (!passage.position && !mLenient)
                        return mScanner.error(
                                QCoreApplication::translate("Twine",
                                                            "passage \"%1\": \"position\" must be two numbers \"x,y\"")
                                        .arg(qstr(*name)),
                                tag.offset);
                }
                if (const std::string *size = tag.attribute("size"))
                    passage.size = *size;
                passage.offset = tag.offset;
                passage.rawBody = *content;
                passage.rawBodyOffset = contentOffset;
                passage.text = decodeHtml(*content);
                trimTrailingBlankLines(passage.text);
                const std::string *pid = tag.attribute("pid");
                pids.push_back(pid ? *pid : std::string());
                story.passages.push_back(std::move(passage));
            } else if (tag.name == "tw-tag") {
                const std::string *name = tag.attribute("name");
                const std::string *color = tag.attribute("color");
                if (name && color && !name->empty())
                    tagColors[*name] = *color;
            } else if (tag.name == "style" || tag.name == "script") {
                // The story's stylesheet and JavaScript become passages tagged
                // as Twee 3 keeps them, so that they are not lost.
                const std::size_t contentOffset = mScanner.pos();
                const auto content = mScanner.contentUntilEnd(tag);
                if (!content)
                    return mScanner.error(QCoreApplication::translate("TwineHtml", "unterminated <%1>: no \"</%1>\"")
                                                  .arg(qstr(tag.name)),
                                          tag.offset);
                addCodePassage(story, pids, tag.name == "style", *content, contentOffset, tag.offset);
            }
        }

        if (!tagColors.empty()) {
            rapidjson::StringBuffer buffer;
            rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
            w.StartObject();
            for (const auto &[name, color] : tagColors) {
                w.Key(name.data(), rapidjson::SizeType(name.size()));
                w.String(color.data(), rapidjson::SizeType(color.size()));
            }
            w.EndObject();
            // std::map's order is byte order, the canonical key order.
            story.tagColors.assign(buffer.GetString(), buffer.GetSize());
        }
        if (!startPid.empty()) {
            for (std::size_t i = 0; i < pids.size(); ++i) {
                if (pids[i] == startPid) {
                    story.start = story.passages[i].name;
                    story.startOffset = storyData->offset;
                    break;
                }
            }
            if (!story.start && !mLenient)
                return mScanner.error(
                        QCoreApplication::translate("TwineHtml", "the start node \"%1\" is not the pid of any passage")
                                .arg(qstr(startPid)),
                        storyData->offset);
        }
        return story;
    }

private:
    Status readStoryAttributes(TwineStory &story, const Tag &tag)
    {
        auto get = [&](const char *key) {
            const std::string *value = tag.attribute(key);
            return value ? *value : std::string();
        };
        story.title = get("name");
        story.ifid = get("ifid");
        story.format = get("format");
        story.formatVersion = get("format-version");
        if (const std::string *zoom = tag.attribute("zoom"); zoom && !zoom->empty()) {
            if (const auto value = parseTwineNumber(*zoom))
                story.zoom = formatTwineNumber(*value);
            else if (!mLenient)
                return mScanner.error(
                        QCoreApplication::translate("TwineHtml", "the zoom \"%1\" is not a number").arg(qstr(*zoom)),
                        tag.offset);
        }
        return {};
    }

    void addCodePassage(TwineStory &story, std::vector<std::string> &pids, bool stylesheet, std::string_view content,
                        std::size_t contentOffset, std::size_t tagOffset)
    {
        std::string text;
        text.reserve(content.size());
        for (std::size_t i = 0; i < content.size(); ++i)
            if (content[i] != '\r' || (i + 1 < content.size() && content[i + 1] != '\n'))
                text += content[i];
        trimTrailingBlankLines(text);
        if (text.find_first_not_of(" \t\n") == std::string::npos)
            return;
        // A second <style> or <script> (Twine writes one of each) joins the first.
        std::optional<std::size_t> &index = stylesheet ? mStylesheet : mScript;
        if (index) {
            story.passages[*index].text += '\n';
            story.passages[*index].text += text;
            return;
        }
        TwinePassage passage;
        passage.name = stylesheet ? "Story Stylesheet" : "Story JavaScript";
        passage.tags = {stylesheet ? "stylesheet" : "script"};
        passage.text = std::move(text);
        passage.offset = tagOffset;
        passage.rawBody = content;
        passage.rawBodyOffset = contentOffset;
        index = story.passages.size();
        pids.emplace_back();
        story.passages.push_back(std::move(passage));
    }

    std::string_view mSource;
    HtmlScanner mScanner;
    bool mLenient;
    std::optional<std::size_t> mStylesheet; // index of the passage a <style> became
    std::optional<std::size_t> mScript;
};

} // namespace

QString TwineHtmlFormat::name() const
{
    return QStringLiteral("Twine 2 HTML");
}

QStringList TwineHtmlFormat::extensions() const
{
    return {QStringLiteral("html"), QStringLiteral("htm")};
}

Result<ImportSummary> TwineHtmlFormat::read(StoryStore &store, QIODevice &in, const QString &displayName,
                                  const ImportOptions &options) const
{
    return readTwine<TwineHtmlReader>(store, in, displayName, options);
}

std::unique_ptr<StoryFormat> makeTwineHtmlFormat()
{
    return std::make_unique<TwineHtmlFormat>();
}

} // namespace ryuk
