// Twine stories into the store: passages to Scenes, links to LEADS_TO, the
// start passage, chapters by a breadth-first walk, and StoryData as metadata.
#include "twinestory.h"

#include "core/jsonvalue_p.h"
#include "tweelinks.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace ryuk {

namespace {

using json::qstr;

// U+2192 RIGHTWARDS ARROW, between a passage name and the link number in relationship ids.
constexpr std::string_view LinkIdArrow = "\xE2\x86\x92";

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

// `prefix` cut on a character boundary so that it and `suffix` fit in an id.
std::string fittedId(std::string_view prefix, std::string_view suffix)
{
    if (prefix.size() + suffix.size() > MaxIdBytes) {
        std::size_t cut = MaxIdBytes > suffix.size() ? MaxIdBytes - suffix.size() : 0;
        while (cut > 0 && (static_cast<unsigned char>(prefix[cut]) & 0xC0) == 0x80)
            --cut;
        prefix = prefix.substr(0, cut);
    }
    std::string id(prefix);
    id += suffix;
    return id;
}

struct ResolvedLink
{
    std::size_t passage; // the link's source
    std::size_t target;  // index into passages
    std::size_t number;  // 1-based among all links of its passage, skipped ones included
    const TweeLink *link;
};

Error withPosition(Error e, const QString &file, std::string_view source, std::size_t offset)
{
    const auto [line, column] = lineColumnAt(source, offset);
    e.file = file;
    e.line = line;
    e.column = column;
    return e;
}

} // namespace

bool isTwineCodePassage(const std::vector<std::string> &tags)
{
    for (const std::string &tag : tags)
        if (tag == "script" || tag == "stylesheet")
            return true;
    return false;
}

std::optional<double> parseTwineNumber(std::string_view s)
{
    s = trimmed(s);
    if (s.empty())
        return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<std::pair<double, double>> parseTwinePosition(std::string_view text)
{
    const std::size_t comma = text.find(',');
    if (comma == std::string_view::npos)
        return std::nullopt;
    const auto x = parseTwineNumber(text.substr(0, comma));
    const auto y = parseTwineNumber(text.substr(comma + 1));
    if (!x || !y)
        return std::nullopt;
    return std::make_pair(*x, *y);
}

std::string formatTwineNumber(double value)
{
    if (value == 0)
        value = 0; // no "-0"
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (ec != std::errc())
        return "0";
    return std::string(buffer, end);
}

void trimTrailingBlankLines(std::string &text)
{
    // Keep everything up to the end of the last line that holds more than white space.
    std::size_t end = text.size();
    while (end > 0) {
        const std::size_t lineStart = text.rfind('\n', end - 1);
        const std::size_t from = lineStart == std::string::npos ? 0 : lineStart + 1;
        if (!trimmed(std::string_view(text).substr(from, end - from)).empty())
            break;
        end = lineStart == std::string::npos ? 0 : lineStart;
    }
    text.resize(end);
}

Error twineError(const QString &message, const QString &file, std::string_view source, std::size_t offset)
{
    return withPosition(Error::badInput(message), file, source, offset);
}

Result<ImportSummary> importTwineStory(StoryStore &store, const TwineStory &story, const QString &displayName,
                                       const ImportOptions &options)
{
    const std::vector<TwinePassage> &passages = story.passages;
    auto fail = [&](const QString &message, std::size_t offset) {
        return twineError(message, displayName, story.source, offset);
    };

    // Names are ids and link targets, so each must name one passage.
    std::unordered_map<std::string_view, std::size_t> byName;
    byName.reserve(passages.size());
    for (std::size_t i = 0; i < passages.size(); ++i) {
        const auto [it, inserted] = byName.emplace(passages[i].name, i);
        if (!inserted) {
            const int firstLine = lineColumnAt(story.source, passages[it->second].offset).first;
            return fail(QCoreApplication::translate("Twine", "duplicate passage name \"%1\" (first at line %2)")
                                .arg(qstr(passages[i].name), QString::number(firstLine)),
                        passages[i].offset);
        }
    }

    std::optional<std::size_t> start;
    if (story.start) {
        if (const auto it = byName.find(*story.start); it != byName.end())
            start = it->second;
        else if (!options.lenient)
            return fail(QCoreApplication::translate("Twine", "the start passage \"%1\" does not exist")
                                .arg(qstr(*story.start)),
                        story.startOffset);
    }
    if (!start && !passages.empty()) {
        const auto it = byName.find("Start");
        start = it != byName.end() ? it->second : 0;
    }

    // Links, in passage order and in order within each passage.
    std::vector<std::vector<TweeLink>> links(passages.size());
    std::vector<ResolvedLink> resolved;
    for (std::size_t i = 0; i < passages.size(); ++i) {
        const TwinePassage &p = passages[i];
        if (isTwineCodePassage(p.tags))
            continue;
        TweeLinkScan scan = scanTweeLinks(p.text);
        if (scan.unterminatedAt != std::string_view::npos && !options.lenient)
            return fail(QCoreApplication::translate("Twine", "unterminated link: no \"]]\" after \"[[\" on this line"),
                        story.sourceOffset(p, scan.unterminatedAt));
        links[i] = std::move(scan.links);
    }
    for (std::size_t i = 0; i < passages.size(); ++i) {
        for (std::size_t k = 0; k < links[i].size(); ++k) {
            const TweeLink &link = links[i][k];
            auto it = byName.find(link.target);
            // "[[Go -> Cave]]" is a common way of writing; its target is "Cave".
            if (it == byName.end())
                it = byName.find(trimmed(link.target));
            if (it == byName.end()) {
                if (options.lenient)
                    continue;
                return fail(QCoreApplication::translate("Twine", "link to a passage that does not exist: \"%1\"")
                                    .arg(qstr(link.target)),
                            story.sourceOffset(passages[i], link.offset));
            }
            resolved.push_back({i, it->second, k + 1, &link});
        }
    }

    // Sequence numbers: breadth first from the start passage, then the
    // passages it does not reach, in file order.
    std::vector<qint64> sequence(passages.size(), 0);
    {
        std::vector<std::vector<std::size_t>> next(passages.size());
        for (const ResolvedLink &r : resolved)
            next[r.passage].push_back(r.target);
        qint64 counter = 0;
        if (start) {
            std::deque<std::size_t> queue{*start};
            sequence[*start] = ++counter;
            while (!queue.empty()) {
                const std::size_t at = queue.front();
                queue.pop_front();
                for (std::size_t to : next[at]) {
                    if (sequence[to] == 0) {
                        sequence[to] = ++counter;
                        queue.push_back(to);
                    }
                }
            }
        }
        for (qint64 &s : sequence)
            if (s == 0)
                s = ++counter;
    }

    auto batch = store.beginBatch();
    if (!batch)
        return batch.takeError();
    StoryBatch &b = **batch;
    const qint64 total = qint64(passages.size() + resolved.size());
    qint64 done = 0;
    auto step = [&]() {
        ++done;
        return !options.progress || (done & 1023) != 0 || options.progress(done, total);
    };
    auto cancelled = [] {
        return Error{ErrorKind::Cancelled, QCoreApplication::translate("Twine", "import cancelled"), {}, 0, 0};
    };

    ImportSummary summary;
    for (std::size_t i = 0; i < passages.size(); ++i) {
        const TwinePassage &p = passages[i];
        rapidjson::StringBuffer buffer;
        rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
        // Keys in byte order, as the canonical form has them.
        w.StartObject();
        w.Key("chapter");
        w.Int(1);
        w.Key("sequence");
        w.Int64(sequence[i]);
        if (start && *start == i) {
            w.Key("start");
            w.Bool(true);
        }
        if (!p.tags.empty()) {
            w.Key("tags");
            w.StartArray();
            for (const std::string &tag : p.tags)
                w.String(tag.data(), rapidjson::SizeType(tag.size()));
            w.EndArray();
        }
        w.Key("text");
        w.String(p.text.data(), rapidjson::SizeType(p.text.size()));
        w.Key("title");
        w.String(p.name.data(), rapidjson::SizeType(p.name.size()));
        if (p.size) {
            w.Key("twine_size");
            w.String(p.size->data(), rapidjson::SizeType(p.size->size()));
        }
        w.EndObject();
        auto checked
                = checkNodeProperties(p.name, NodeType::Scene, std::string_view(buffer.GetString(), buffer.GetSize()));
        if (!checked)
            return withPosition(checked.takeError(), displayName, story.source, p.offset);
        Node node;
        node.id = p.name;
        node.type = NodeType::Scene;
        if (p.position) {
            node.x = p.position->first;
            node.y = p.position->second;
        }
        node.properties = std::move(checked->canonical);
        if (auto s = b.addCheckedNode(node, checked->fields); !s)
            return withPosition(s.takeError(), displayName, story.source, p.offset);
        ++summary.nodes;
        if (!step())
            return cancelled();
    }

    // Relationship ids must not take an id that a node or relationship holds,
    // in the story or in this file.
    std::unordered_set<std::string> used;
    for (const TwinePassage &p : passages)
        used.insert(p.name);
    auto bounds = store.graphKeyBounds();
    if (!bounds)
        return bounds.takeError();
    const bool storyHadElements = bounds->first > 0 || bounds->second > 0;
    auto taken = [&](const std::string &id) {
        if (used.count(id))
            return true;
        if (!storyHadElements)
            return false;
        return b.hasNode(id) || store.relationship(id).ok();
    };

    for (const ResolvedLink &r : resolved) {
        const TwinePassage &from = passages[r.passage];
        const std::string number = std::string(LinkIdArrow) + std::to_string(r.number);
        std::string id = fittedId(from.name, number);
        for (int n = 2; taken(id); ++n)
            id = fittedId(from.name, number + '#' + std::to_string(n));
        used.insert(id);

        rapidjson::StringBuffer buffer;
        rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
        w.StartObject();
        w.Key("label");
        w.String(r.link->text.data(), rapidjson::SizeType(r.link->text.size()));
        w.EndObject();
        // Only on an error: finding the offset decodes the passage up to the
        // link, which for every link of a long passage would cost its square.
        auto where = [&] { return story.sourceOffset(from, r.link->offset); };
        auto checked = checkRelationshipProperties(id, std::string_view(buffer.GetString(), buffer.GetSize()));
        if (!checked)
            return withPosition(checked.takeError(), displayName, story.source, where());
        Relationship relationship;
        relationship.id = std::move(id);
        relationship.type = RelationshipType::LeadsTo;
        relationship.from = from.name;
        relationship.to = passages[r.target].name;
        relationship.properties = std::move(checked->canonical);
        if (auto s = b.addCheckedRelationship(relationship, checked->fields); !s)
            return withPosition(s.takeError(), displayName, story.source, where());
        ++summary.relationships;
        if (!step())
            return cancelled();
    }

    // Like the JSON import: the file's title and StoryData go in only where
    // the story has none yet, so a second import does not rename the story or
    // change its IFID.
    if (!story.title.empty()) {
        auto current = store.title();
        if (!current)
            return current.takeError();
        if (current->empty()) {
            if (auto s = b.setTitle(story.title); !s)
                return s.takeError();
        }
    }
    const std::pair<const char *, const std::string *> metadata[] = {
            {"twine.ifid", &story.ifid},
            {"twine.format", &story.format},
            {"twine.format-version", &story.formatVersion},
            {"twine.tag-colors", &story.tagColors},
            {"twine.zoom", &story.zoom},
    };
    for (const auto &[key, value] : metadata) {
        if (value->empty())
            continue;
        auto current = store.metadata(key);
        if (!current)
            return current.takeError();
        if (current->empty()) {
            if (auto s = b.setMetadata(key, *value); !s)
                return s.takeError();
        }
    }

    if (auto s = b.commit(); !s)
        return s.takeError();
    summary.bytes = qint64(story.source.size());
    return summary;
}

} // namespace ryuk
