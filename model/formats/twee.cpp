// Twee: a reader for Twee 3 (and the Twee 1 and 2 files it extends) and a
// writer of Twee 3, following the Twee 3 specification of the Twine cookbook.
#include "twee.h"

#include "core/jsonvalue_p.h"
#include "tweelinks.h"
#include "twinestory.h"

#include <rapidjson/prettywriter.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <utility> // std::as_const: RapidJSON's mutable member iterators compare ambiguously in C++20

namespace ryuk {

namespace {

using json::qstr;

constexpr std::string_view DefaultStoryFormat = "Harlowe";
constexpr std::string_view DefaultStoryFormatVersion = "3.3.8";

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

std::size_t skipSpaces(std::string_view line, std::size_t i)
{
    while (i < line.size() && isSpace(line[i]))
        ++i;
    return i;
}

// A body line that starts with "::" would be a header, so the writer puts a
// backslash before it; one more backslash before "\::" keeps the escape
// reversible. True if `line` (from a line start) is such an escaped line.
bool isEscapedHeaderLine(std::string_view line)
{
    std::size_t i = 0;
    while (i < line.size() && line[i] == '\\')
        ++i;
    return i > 0 && line.substr(i).starts_with("::");
}

bool needsHeaderEscape(std::string_view line)
{
    std::size_t i = 0;
    while (i < line.size() && line[i] == '\\')
        ++i;
    return line.substr(i).starts_with("::");
}

// The passage text of a raw body: "\r\n" as "\n", one backslash dropped from
// escaped header lines. With `stopAt`, stops when the text reaches that many
// bytes and stores in `*rawOffset` where the next text byte comes from.
std::string decodeBody(std::string_view raw, std::size_t stopAt = std::string_view::npos,
                       std::size_t *rawOffset = nullptr)
{
    std::string out;
    out.reserve(raw.size());
    bool lineStart = true;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (out.size() == stopAt && rawOffset) {
            *rawOffset = i;
            return out;
        }
        const char c = raw[i];
        if (lineStart) {
            lineStart = false;
            if (c == '\\' && isEscapedHeaderLine(raw.substr(i)))
                continue;
        }
        if (c == '\r' && (i + 1 == raw.size() || raw[i + 1] == '\n'))
            continue;
        out += c;
        if (c == '\n')
            lineStart = true;
    }
    if (rawOffset)
        *rawOffset = raw.size();
    return out;
}

// Twee 2's position block, "<x,y>" at the end of a header line.
std::optional<std::pair<double, double>> twee2Position(std::string_view line, std::size_t at)
{
    const std::size_t close = line.find('>', at);
    if (close == std::string_view::npos || skipSpaces(line, close + 1) != line.size())
        return std::nullopt;
    return parseTwinePosition(line.substr(at + 1, close - at - 1));
}

struct Header
{
    std::string name;
    std::vector<std::string> tags;
    std::optional<std::pair<double, double>> position;
    std::optional<std::string> size;
};

class TweeReader
{
public:
    TweeReader(std::string_view source, const QString &file, bool lenient)
        : mSource(source), mFile(file), mLenient(lenient)
    {}

    Result<TwineStory> read()
    {
        TwineStory story;
        story.source = mSource;
        story.sourceOffset = [](const TwinePassage &p, std::size_t textOffset) {
            std::size_t raw = 0;
            decodeBody(p.rawBody, textOffset, &raw);
            return p.rawBodyOffset + raw;
        };
        if (const std::size_t bad = firstInvalidUtf8(mSource); bad != std::string_view::npos)
            return error(QCoreApplication::translate("Twine", "the file is not valid UTF-8"), bad);

        // Headers are the lines that start with "::"; a passage's body runs to the next one.
        std::vector<std::size_t> headers;
        for (std::size_t at = 0; at < mSource.size();) {
            if (mSource.substr(at).starts_with("::"))
                headers.push_back(at);
            const std::size_t end = mSource.find('\n', at);
            at = end == std::string_view::npos ? mSource.size() : end + 1;
        }
        std::optional<std::size_t> titleAt, dataAt;
        for (std::size_t h = 0; h < headers.size(); ++h) {
            const std::size_t at = headers[h];
            std::size_t lineEnd = mSource.find('\n', at);
            const std::size_t bodyStart = lineEnd == std::string_view::npos ? mSource.size() : lineEnd + 1;
            if (lineEnd == std::string_view::npos)
                lineEnd = mSource.size();
            std::string_view line = mSource.substr(at, lineEnd - at);
            if (line.ends_with('\r'))
                line.remove_suffix(1);
            const std::size_t bodyEnd = h + 1 < headers.size() ? headers[h + 1] : mSource.size();
            const std::string_view rawBody = mSource.substr(bodyStart, bodyEnd - bodyStart);

            auto header = parseHeader(line, at);
            if (!header)
                return header.takeError();

            if (header->name == "StoryTitle" || header->name == "StoryData") {
                std::optional<std::size_t> &first = header->name == "StoryTitle" ? titleAt : dataAt;
                if (first)
                    return error(
                            QCoreApplication::translate("Twine", "duplicate passage name \"%1\" (first at line %2)")
                                    .arg(qstr(header->name), QString::number(lineColumnAt(mSource, *first).first)),
                            at);
                first = at;
                if (header->name == "StoryTitle") {
                    story.title = decodeBody(rawBody);
                    const auto begin = story.title.find_first_not_of(" \t\r\n");
                    const auto last = story.title.find_last_not_of(" \t\r\n");
                    story.title
                            = begin == std::string::npos ? std::string() : story.title.substr(begin, last - begin + 1);
                } else if (auto s = readStoryData(story, rawBody, bodyStart, at); !s) {
                    return s.takeError();
                }
                continue;
            }

            TwinePassage passage;
            passage.name = std::move(header->name);
            passage.tags = std::move(header->tags);
            passage.position = header->position;
            passage.size = std::move(header->size);
            passage.offset = at;
            passage.rawBody = rawBody;
            passage.rawBodyOffset = bodyStart;
            passage.text = decodeBody(rawBody);
            trimTrailingBlankLines(passage.text);
            story.passages.push_back(std::move(passage));
        }
        return story;
    }

private:
    Error error(const QString &message, std::size_t offset) const
    {
        return twineError(message, mFile, mSource, offset);
    }

    Result<Header> parseHeader(std::string_view line, std::size_t lineOffset) const
    {
        Header header;
        std::size_t i = skipSpaces(line, 2);
        // The name runs to the tag or metadata block. Escaped characters
        // (the block delimiters, the backslash, a space at either end) are
        // taken as they are, and white space after the name is not part of it
        // unless escaped.
        std::size_t keep = 0;
        // A position block "<x,y>" ends the line and holds no '<', so only the
        // last '<' before the line's last '>' can open one; trying every '<'
        // would make a header full of them cost the square of its length.
        const std::size_t lastGt = line.rfind('>');
        const std::size_t positionOpen = lastGt == std::string_view::npos ? lastGt : line.rfind('<', lastGt);
        while (i < line.size()) {
            const char c = line[i];
            if (c == '\\') {
                if (i + 1 < line.size())
                    ++i;
                header.name += line[i++];
                keep = header.name.size();
                continue;
            }
            if (c == '[' || c == '{')
                break;
            if (c == '<' && i == positionOpen) {
                if (auto position = twee2Position(line, i)) {
                    header.position = position;
                    i = line.size();
                    break;
                }
            }
            header.name += c;
            ++i;
        }
        while (header.name.size() > keep && isSpace(header.name.back()))
            header.name.pop_back();
        if (header.name.empty())
            return error(QCoreApplication::translate("Twine", "passage header without a name"), lineOffset);

        i = skipSpaces(line, i);
        if (i < line.size() && line[i] == '[') {
            const std::size_t open = i++;
            std::string tag;
            bool closed = false;
            while (i < line.size()) {
                const char c = line[i];
                if (c == '\\' && i + 1 < line.size()) {
                    tag += line[i + 1];
                    i += 2;
                } else if (c == ']') {
                    closed = true;
                    ++i;
                    break;
                } else if (isSpace(c)) {
                    if (!tag.empty())
                        header.tags.push_back(std::move(tag));
                    tag.clear();
                    ++i;
                } else {
                    tag += c;
                    ++i;
                }
            }
            if (!closed)
                return error(QCoreApplication::translate("Twine", "unterminated tag block: no \"]\" after \"[\""),
                             lineOffset + open);
            if (!tag.empty())
                header.tags.push_back(std::move(tag));
            i = skipSpaces(line, i);
        }
        if (i < line.size() && line[i] == '{') {
            auto end = parseMetadata(header, line, lineOffset, i);
            if (!end)
                return end.takeError();
            i = skipSpaces(line, *end);
        } else if (i < line.size() && line[i] == '<') {
            if (auto position = twee2Position(line, i)) {
                header.position = position;
                i = line.size();
            }
        }
        if (i < line.size() && !mLenient)
            return error(QCoreApplication::translate(
                                 "Twine", "unexpected text after the passage name, tags and metadata: \"%1\"")
                                 .arg(qstr(line.substr(i))),
                         lineOffset + i);
        return header;
    }

    // Reads the metadata block at `at`; returns where it ends.
    Result<std::size_t> parseMetadata(Header &header, std::string_view line, std::size_t lineOffset,
                                      std::size_t at) const
    {
        const std::string text(line.substr(at)); // NUL-terminated for the stream
        rapidjson::StringStream stream(text.c_str());
        json::Document doc;
        doc.ParseStream<json::ParseFlags | rapidjson::kParseStopWhenDoneFlag>(stream);
        if (doc.HasParseError()) {
            if (mLenient)
                return line.size(); // the specification's advice: drop the metadata, keep the passage
            return error(QCoreApplication::translate("Twine", "invalid passage metadata: %1")
                                 .arg(QString::fromUtf8(rapidjson::GetParseError_En(doc.GetParseError()))),
                         lineOffset + at + doc.GetErrorOffset());
        }
        const std::size_t end = at + stream.Tell();
        if (!doc.IsObject()) {
            if (mLenient)
                return end;
            return error(QCoreApplication::translate("Twine", "passage metadata must be a JSON object"),
                         lineOffset + at);
        }
        if (auto it = std::as_const(doc).FindMember("position"); it != std::as_const(doc).MemberEnd()) {
            std::optional<std::pair<double, double>> position;
            if (it->value.IsString())
                position = parseTwinePosition(json::view(it->value));
            if (position)
                header.position = position;
            else if (!mLenient)
                return error(
                        QCoreApplication::translate("Twine", "passage \"%1\": \"position\" must be two numbers \"x,y\"")
                                .arg(qstr(header.name)),
                        lineOffset + at);
        }
        if (auto it = std::as_const(doc).FindMember("size"); it != std::as_const(doc).MemberEnd()) {
            if (it->value.IsString())
                header.size = std::string(json::view(it->value));
            else if (!mLenient)
                return error(QCoreApplication::translate("Twine", "passage \"%1\": \"size\" must be a string \"w,h\"")
                                     .arg(qstr(header.name)),
                             lineOffset + at);
        }
        return end;
    }

    Status readStoryData(TwineStory &story, std::string_view raw, std::size_t rawOffset, std::size_t headerOffset) const
    {
        json::Document doc;
        doc.Parse<json::ParseFlags>(raw.data(), raw.size());
        if (doc.HasParseError()) {
            if (mLenient)
                return {};
            return error(QCoreApplication::translate("Twine", "invalid StoryData: %1")
                                 .arg(QString::fromUtf8(rapidjson::GetParseError_En(doc.GetParseError()))),
                         rawOffset + doc.GetErrorOffset());
        }
        if (!doc.IsObject()) {
            if (mLenient)
                return {};
            return error(QCoreApplication::translate("Twine", "StoryData must be a JSON object, not %1")
                                 .arg(json::typeName(doc)),
                         rawOffset);
        }
        // Each known key with the wrong type is refused (or, when lenient, left out).
        auto wrongType = [&](const char *key, const QString &want, const json::Value &v) {
            return error(QCoreApplication::translate("Twine", "StoryData: \"%1\" must be %2, not %3")
                                 .arg(QLatin1String(key), want, json::typeName(v)),
                         headerOffset);
        };
        const QString aString = QCoreApplication::translate("Twine", "a string");
        struct StringKey
        {
            const char *key;
            std::string *out;
        };
        std::string start;
        for (const StringKey &k : {StringKey{"ifid", &story.ifid}, StringKey{"format", &story.format},
                                   StringKey{"format-version", &story.formatVersion}, StringKey{"start", &start}}) {
            const auto it = std::as_const(doc).FindMember(k.key);
            if (it == std::as_const(doc).MemberEnd())
                continue;
            if (it->value.IsString())
                *k.out = std::string(json::view(it->value));
            else if (!mLenient)
                return wrongType(k.key, aString, it->value);
        }
        if (doc.HasMember("start") && doc["start"].IsString()) {
            story.start = std::move(start);
            story.startOffset = headerOffset;
        }
        QString problem;
        if (const auto it = std::as_const(doc).FindMember("tag-colors"); it != std::as_const(doc).MemberEnd()) {
            if (it->value.IsObject())
                story.tagColors = json::canonicalText(it->value, &problem).value_or(std::string());
            else if (!mLenient)
                return wrongType("tag-colors", QCoreApplication::translate("Twine", "an object"), it->value);
        }
        if (const auto it = std::as_const(doc).FindMember("zoom"); it != std::as_const(doc).MemberEnd()) {
            if (it->value.IsNumber())
                story.zoom = json::canonicalText(it->value, &problem).value_or(std::string());
            else if (!mLenient)
                return wrongType("zoom", QCoreApplication::translate("Twine", "a number"), it->value);
        }
        return {};
    }

    std::string_view mSource;
    QString mFile;
    bool mLenient;
};

// Escapes a passage or tag name for a header: the block delimiters and the
// backslash always, and the white space the reader would otherwise drop or
// split on (`allSpaces` for tags; only at the ends for names).
std::string escapeName(std::string_view name, bool allSpaces)
{
    std::string out;
    out.reserve(name.size() + 4);
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool edge = i == 0 || i + 1 == name.size();
        if (c == '\\' || c == '[' || c == ']' || c == '{' || c == '}' || (isSpace(c) && (allSpaces || edge)))
            out += '\\';
        out += c;
    }
    return out;
}

struct ExportLink
{
    std::size_t target; // index into the scenes
    std::string label;
};

struct ExportScene
{
    std::string id;
    double x = 0;
    double y = 0;
    std::optional<std::string> text;
    std::optional<std::string> summary;
    std::optional<std::string> title;
    std::vector<std::string> tags;
    std::optional<qint64> chapter;
    std::optional<qint64> sequence;
    bool start = false;
    std::optional<std::string> size;
    std::vector<ExportLink> links; // outgoing LEADS_TO, in relationship id order
};

std::optional<std::string> stringMember(const json::Value &object, const char *key)
{
    const auto it = object.FindMember(key);
    if (it == object.MemberEnd() || !it->value.IsString())
        return std::nullopt;
    return std::string(json::view(it->value));
}

std::optional<qint64> integerMember(const json::Value &object, const char *key)
{
    const auto it = object.FindMember(key);
    if (it == object.MemberEnd() || !it->value.IsInt64())
        return std::nullopt;
    return it->value.GetInt64();
}

// Missing values sort first, as SQLite sorts NULL.
bool sceneLess(const ExportScene &a, const ExportScene &b)
{
    if (a.chapter != b.chapter)
        return a.chapter < b.chapter;
    if (a.sequence != b.sequence)
        return a.sequence < b.sequence;
    return a.id < b.id;
}

Error exportError(const QString &message)
{
    return Error::badInput(message);
}

// Appends `text` with each line that would read as a header escaped.
void appendBody(std::string &out, std::string_view text)
{
    std::size_t at = 0;
    while (at <= text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(at, end - at);
        if (needsHeaderEscape(line))
            out += '\\';
        out += line;
        if (end == text.size())
            break;
        out += '\n';
        at = end + 1;
    }
}

} // namespace

std::string tweeIfidForTitle(std::string_view title)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArrayView("Ryuk Studio IFID\n"));
    hash.addData(QByteArrayView(title.data(), qsizetype(title.size())));
    QByteArray bytes = hash.result().left(16);
    bytes[6] = char((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    const QByteArray hex = bytes.toHex().toUpper();
    std::string ifid;
    for (int i = 0; i < hex.size(); ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            ifid += '-';
        ifid += hex[i];
    }
    return ifid;
}

QString TweeFormat::name() const
{
    return QStringLiteral("Twee 3");
}

QStringList TweeFormat::extensions() const
{
    return {QStringLiteral("twee"), QStringLiteral("tw")};
}

Result<ImportSummary> TweeFormat::read(StoryStore &store, QIODevice &in, const QString &displayName,
                                  const ImportOptions &options) const
{
    return readTwine<TweeReader>(store, in, displayName, options);
}

Result<ExportSummary> TweeFormat::write(StoryStore &store, QIODevice &out, const ProgressCallback &progress) const
{
    auto title = store.title();
    if (!title)
        return title.takeError();

    std::vector<ExportScene> scenes;
    std::unordered_map<std::string, std::size_t> sceneIndex;
    auto nodes = store.forEachNode([&](const Node &node) {
        if (node.type != NodeType::Scene)
            return true;
        ExportScene scene;
        scene.id = node.id;
        scene.x = node.x;
        scene.y = node.y;
        json::Document doc;
        doc.Parse<json::ParseFlags>(node.properties.data(), node.properties.size());
        if (!doc.HasParseError() && doc.IsObject()) {
            scene.text = stringMember(doc, "text");
            scene.summary = stringMember(doc, "summary");
            scene.title = stringMember(doc, "title");
            scene.chapter = integerMember(doc, "chapter");
            scene.sequence = integerMember(doc, "sequence");
            scene.size = stringMember(doc, "twine_size");
            const auto start = std::as_const(doc).FindMember("start");
            scene.start = start != std::as_const(doc).MemberEnd() && start->value.IsTrue();
            const auto tags = std::as_const(doc).FindMember("tags");
            if (tags != std::as_const(doc).MemberEnd() && tags->value.IsArray())
                for (const auto &tag : tags->value.GetArray())
                    if (tag.IsString() && tag.GetStringLength() > 0)
                        scene.tags.emplace_back(json::view(tag));
        }
        sceneIndex.emplace(scene.id, scenes.size());
        scenes.push_back(std::move(scene));
        return true;
    });
    if (!nodes)
        return nodes.takeError();

    auto relationships = store.forEachRelationship([&](const Relationship &r) {
        if (r.type != RelationshipType::LeadsTo)
            return true;
        const auto from = sceneIndex.find(r.from);
        const auto to = sceneIndex.find(r.to);
        if (from == sceneIndex.end() || to == sceneIndex.end())
            return true; // only Scenes are passages
        scenes[from->second].links.push_back(
                {to->second, propertyString(r.properties, "label").value_or(std::string())});
        return true;
    });
    if (!relationships)
        return relationships.takeError();

    for (const ExportScene &scene : scenes) {
        if (scene.id.find_first_of("\r\n") != std::string::npos)
            return exportError(
                    QCoreApplication::translate("Twine", "scene \"%1\": a Twee passage name cannot hold a line break")
                            .arg(qstr(scene.id)));
        if (scene.id == "StoryTitle" || scene.id == "StoryData")
            return exportError(QCoreApplication::translate(
                                       "Twine", "scene \"%1\": this name is reserved for a special Twee passage")
                                       .arg(qstr(scene.id)));
        for (const std::string &tag : scene.tags)
            if (tag.find_first_of("\r\n") != std::string::npos)
                return exportError(
                        QCoreApplication::translate("Twine", "scene \"%1\": the tag \"%2\" holds a line break")
                                .arg(qstr(scene.id), qstr(tag)));
    }

    // Sorting moves the scenes; links hold indexes, so map them through.
    std::vector<std::size_t> order(scenes.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return sceneLess(scenes[a], scenes[b]); });

    const ExportScene *start = nullptr;
    for (std::size_t i : order) {
        if (scenes[i].start) {
            start = &scenes[i];
            break;
        }
    }

    auto ifid = store.metadata("twine.ifid");
    auto format = store.metadata("twine.format");
    auto formatVersion = store.metadata("twine.format-version");
    auto tagColors = store.metadata("twine.tag-colors");
    auto zoom = store.metadata("twine.zoom");
    for (auto *r : {&ifid, &format, &formatVersion, &tagColors, &zoom})
        if (!*r)
            return r->takeError();
    if (ifid->empty())
        *ifid = tweeIfidForTitle(*title);
    // A version belongs to its format: give the default version only with the default format.
    if (format->empty()) {
        *format = DefaultStoryFormat;
        *formatVersion = DefaultStoryFormatVersion;
    }

    std::string text;
    qint64 written = 0;
    auto flush = [&]() {
        const qint64 n = qint64(text.size());
        if (n > 0 && out.write(text.data(), n) != n)
            return false;
        written += n;
        text.clear();
        return true;
    };
    auto writeFailed = [&] {
        return Error{ErrorKind::Io,
                     QCoreApplication::translate("Twine", "cannot write the export: %1").arg(out.errorString()),
                     {},
                     0,
                     0};
    };

    if (!title->empty()) {
        text += ":: StoryTitle\n";
        appendBody(text, *title);
        text += "\n\n";
    }
    {
        rapidjson::StringBuffer buffer;
        rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
        w.SetIndent(' ', 2);
        w.StartObject();
        w.Key("ifid");
        w.String(ifid->data(), rapidjson::SizeType(ifid->size()));
        w.Key("format");
        w.String(format->data(), rapidjson::SizeType(format->size()));
        if (!formatVersion->empty()) {
            w.Key("format-version");
            w.String(formatVersion->data(), rapidjson::SizeType(formatVersion->size()));
        }
        if (start) {
            w.Key("start");
            w.String(start->id.data(), rapidjson::SizeType(start->id.size()));
        }
        json::Document colors;
        colors.Parse<json::ParseFlags>(tagColors->data(), tagColors->size());
        if (!tagColors->empty() && !colors.HasParseError() && colors.IsObject()) {
            w.Key("tag-colors");
            colors.Accept(w);
        }
        json::Document zoomValue;
        zoomValue.Parse<json::ParseFlags>(zoom->data(), zoom->size());
        if (!zoom->empty() && !zoomValue.HasParseError() && zoomValue.IsNumber()) {
            w.Key("zoom");
            zoomValue.Accept(w);
        }
        w.EndObject();
        text += ":: StoryData\n";
        text.append(buffer.GetString(), buffer.GetSize());
        text += "\n\n";
    }

    ExportSummary summary;
    for (std::size_t i : order) {
        const ExportScene &scene = scenes[i];
        text += ":: ";
        text += escapeName(scene.id, false);
        if (!scene.tags.empty()) {
            text += " [";
            for (std::size_t t = 0; t < scene.tags.size(); ++t) {
                if (t > 0)
                    text += ' ';
                text += escapeName(scene.tags[t], true);
            }
            text += ']';
        }
        {
            rapidjson::StringBuffer buffer;
            rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
            const std::string position = formatTwineNumber(scene.x) + ',' + formatTwineNumber(scene.y);
            w.StartObject();
            w.Key("position");
            w.String(position.data(), rapidjson::SizeType(position.size()));
            if (scene.size) {
                w.Key("size");
                w.String(scene.size->data(), rapidjson::SizeType(scene.size->size()));
            }
            w.EndObject();
            text += ' ';
            text.append(buffer.GetString(), buffer.GetSize());
        }
        text += '\n';

        // A passage from Twine keeps its text; a Scene made here has none, so
        // its summary stands in. Links the story has but the text lacks
        // follow, one per line, so that the passage leads where the Scene does.
        std::string body = scene.text.value_or(scene.summary.value_or(std::string()));
        if (!isTwineCodePassage(scene.tags)) {
            std::unordered_set<std::string> linked;
            for (const TweeLink &link : scanTweeLinks(body).links) {
                linked.insert(link.target);
                const auto begin = link.target.find_first_not_of(" \t");
                const auto last = link.target.find_last_not_of(" \t");
                if (begin != std::string::npos)
                    linked.insert(link.target.substr(begin, last - begin + 1));
            }
            for (const ExportLink &link : scene.links) {
                const ExportScene &target = scenes[link.target];
                ++summary.relationships;
                if (linked.count(target.id))
                    continue;
                std::string label = link.label;
                if (label.empty())
                    label = target.title.value_or(target.id);
                if (!canWriteTweeLink(label, target.id))
                    return exportError(
                            QCoreApplication::translate(
                                    "Twine", "scene \"%1\": the link \"%2\" to \"%3\" cannot be written as a Twee link")
                                    .arg(qstr(scene.id), qstr(label), qstr(target.id)));
                if (!body.empty() && !body.ends_with('\n'))
                    body += '\n';
                body += tweeLink(label, target.id);
            }
        }
        if (!body.empty()) {
            appendBody(text, body);
            text += '\n';
        }
        text += '\n';
        ++summary.nodes;

        if (text.size() >= (1u << 20) && !flush())
            return writeFailed();
        if (progress && (summary.nodes & 1023) == 0 && !progress(summary.nodes, qint64(scenes.size())))
            return Error{ErrorKind::Cancelled, QCoreApplication::translate("Twine", "export cancelled"), {}, 0, 0};
    }
    if (!flush())
        return writeFailed();
    summary.bytes = written;
    return summary;
}

std::unique_ptr<StoryFormat> makeTweeFormat()
{
    return std::make_unique<TweeFormat>();
}

} // namespace ryuk
