// GraphViz DOT: one pass over the store, nodes then edges, written as text.
#include "dot.h"

#include "core/jsonvalue_p.h"
#include "exportsteps.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <array>

namespace ryuk {

namespace {

// A property is written under its own name unless that name is one we write
// ourselves (id, label, type) or one Graphviz sets or reads for its layout and
// writes back in its output (a node's name, an edge's head and tail, positions
// and sizes, and its "_draw_" family): such a property is written as
// "property.<name>", so that it neither replaces ours nor is lost.
bool reserved(std::string_view name)
{
    static constexpr std::array<std::string_view, 15> names = {
        "id", "label", "type", "name", "head", "tail", "pos", "lp", "xlp", "head_lp", "tail_lp", "width", "height", "rects", "bb"};
    return name.starts_with('_') || std::find(names.begin(), names.end(), name) != names.end();
}

// A DOT ID that needs no quotes: a letter or '_', then letters, digits and
// '_', and not a keyword (keywords are case-insensitive in DOT).
bool plainId(std::string_view s)
{
    if (s.empty() || (s[0] >= '0' && s[0] <= '9'))
        return false;
    for (const char c : s) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    }
    std::string lower(s);
    for (char &c : lower)
        c = char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (const char *keyword : {"node", "edge", "graph", "digraph", "subgraph", "strict"})
        if (lower == keyword)
            return false;
    return true;
}

// Buffers the text and hands it to the device in large writes.
class DotWriter
{
public:
    explicit DotWriter(QIODevice &out) : mOut(out) {}

    void raw(std::string_view s) { mText.append(s.data(), qsizetype(s.size())); }

    // A double-quoted DOT string. Only '"' needs escaping for DOT itself; '\'
    // is doubled because Graphviz reads escapes such as "\N" in labels, and a
    // line break becomes "\n". JSON output from Graphviz cannot carry other
    // control characters, so they become spaces.
    void quoted(std::string_view s)
    {
        mText += '"';
        for (std::size_t i = 0; i < s.size(); ++i) {
            const char c = s[i];
            switch (c) {
            case '"': mText += "\\\""; break;
            case '\\': mText += "\\\\"; break;
            case '\n': mText += "\\n"; break;
            case '\r':
                if (i + 1 < s.size() && s[i + 1] == '\n')
                    break; // CR LF is one line break
                mText += "\\n";
                break;
            default: mText += static_cast<unsigned char>(c) < 0x20 ? ' ' : c; break;
            }
        }
        mText += '"';
    }
    void name(std::string_view s)
    {
        if (plainId(s))
            raw(s);
        else
            quoted(s);
    }
    // `first` tells whether a ", " goes before it.
    void attribute(std::string_view name, std::string_view value, bool &first)
    {
        raw(first ? "" : ", ");
        first = false;
        this->name(name);
        raw("=");
        quoted(value);
    }

    bool flushIfFull() { return mText.size() < (1 << 20) || flush(); }
    bool flush()
    {
        if (!mText.isEmpty() && mOut.write(mText) != mText.size())
            return false;
        mBytes += mText.size();
        mText.clear();
        return true;
    }
    qint64 bytes() const { return mBytes; }

private:
    QIODevice &mOut;
    QByteArray mText;
    qint64 mBytes = 0;
};

// Strings as they are; numbers, booleans, null, arrays and objects as their
// canonical JSON text.
std::string valueText(const json::Value &v)
{
    if (v.IsString())
        return std::string(json::view(v));
    QString problem;
    return json::canonicalText(v, &problem).value_or(std::string());
}

void writeProperties(DotWriter &w, const json::Document &doc, bool &first)
{
    for (auto it = doc.MemberBegin(); it != doc.MemberEnd(); ++it) {
        const std::string_view name = json::view(it->name);
        const std::string value = valueText(it->value);
        if (reserved(name))
            w.attribute("property." + std::string(name), value, first);
        else
            w.attribute(name, value, first);
    }
}

class DotFormat final : public StoryFormat
{
public:
    QString name() const override { return QStringLiteral("GraphViz DOT"); }
    QStringList extensions() const override { return {QStringLiteral("dot"), QStringLiteral("gv")}; }
    bool canRead() const override { return false; }
    bool canWrite() const override { return true; }
    Result<ExportSummary> write(StoryStore &store, QIODevice &out, const ProgressCallback &progress) const override
    {
        return exportDot(store, out, progress);
    }
};

} // namespace

Result<ExportSummary> exportDot(StoryStore &store, QIODevice &out, const ProgressCallback &progress)
{
    auto title = store.title();
    if (!title)
        return title.takeError();
    ExportSteps steps(progress);
    if (auto s = steps.countTotal(store); !s)
        return s.takeError();
    DotWriter w(out);
    w.raw("digraph ");
    w.quoted(*title);
    w.raw(" {\n  graph [");
    bool first = true;
    w.attribute("label", *title, first);
    w.attribute("labelloc", "t", first);
    w.raw("];\n");

    ExportSummary summary;
    auto step = [&] { return steps.step(summary.nodes + summary.relationships, w.flushIfFull()); };
    auto nodes = store.forEachNode([&](const Node &n) {
        json::Document doc;
        doc.Parse<json::ParseFlags>(n.properties.data(), n.properties.size());
        if (doc.HasParseError() || !doc.IsObject())
            doc.SetObject();
        auto fields = json::extractNodeFields(n.id, n.type, doc);
        w.raw("  ");
        w.quoted(n.id);
        w.raw(" [");
        bool firstAttribute = true;
        w.attribute("label", fields && fields->label ? *fields->label : n.id, firstAttribute);
        w.attribute("type", n.type, firstAttribute);
        writeProperties(w, doc, firstAttribute);
        w.raw("];\n");
        ++summary.nodes;
        return step();
    });
    if (!nodes)
        return nodes.takeError();
    if (!steps.stopped()) {
        auto relationships = store.forEachRelationship([&](const Relationship &r) {
            json::Document doc;
            doc.Parse<json::ParseFlags>(r.properties.data(), r.properties.size());
            if (doc.HasParseError() || !doc.IsObject())
                doc.SetObject();
            // A choice's text reads better on the arrow than its type.
            std::string label = r.type;
            // Const iterators: comparing RapidJSON's mutable ones is ambiguous in C++20.
            const json::Value &object = doc;
            if (auto it = object.FindMember("label"); it != object.MemberEnd() && it->value.IsString())
                label = std::string(json::view(it->value));
            w.raw("  ");
            w.quoted(r.from);
            w.raw(" -> ");
            w.quoted(r.to);
            w.raw(" [");
            bool firstAttribute = true;
            w.attribute("id", r.id, firstAttribute);
            w.attribute("type", r.type, firstAttribute);
            w.attribute("label", label, firstAttribute);
            writeProperties(w, doc, firstAttribute);
            w.raw("];\n");
            ++summary.relationships;
            return step();
        });
        if (!relationships)
            return relationships.takeError();
    }
    if (steps.cancelled())
        return Error{ErrorKind::Cancelled, QCoreApplication::translate("Dot", "export cancelled"), {}, 0, 0};
    w.raw("}\n");
    if (steps.writeFailed() || !w.flush())
        return Error{ErrorKind::Io, QCoreApplication::translate("Dot", "cannot write the export: %1").arg(out.errorString()), {}, 0, 0};
    summary.bytes = w.bytes();
    return summary;
}

std::unique_ptr<StoryFormat> makeDotFormat()
{
    return std::make_unique<DotFormat>();
}

} // namespace ryuk
