// GraphML: the writer (typed keys declared from a first pass over the story,
// then the graph) and a streaming reader for GraphML from any tool.
#include "graphml.h"

#include "core/jsonvalue_p.h"
#include "exportsteps.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_set>

namespace ryuk {

namespace {

using json::qstr;

constexpr QLatin1String GraphMLNamespace("http://graphml.graphdrawing.org/xmlns");
// Markers in a key's <desc>: "json" for a string key holding JSON text,
// "display" for a key that only helps viewers (the node label).
constexpr QLatin1String JsonMarker("json");
constexpr QLatin1String DisplayMarker("display");

// Our fixed key ids. Property keys are "np_<name>" and "ep_<name>".
constexpr QLatin1String TitleKey("g_title");
constexpr QLatin1String LabelKey("d_label");
constexpr QLatin1String NodeTypeKey("n_type");
constexpr QLatin1String NodeXKey("n_x");
constexpr QLatin1String NodeYKey("n_y");
constexpr QLatin1String EdgeTypeKey("e_type");
constexpr QLatin1String NodePropertyPrefix("np_");
constexpr QLatin1String EdgePropertyPrefix("ep_");

// XML 1.0 cannot carry C0 controls other than tab, LF and CR, nor U+FFFE and
// U+FFFF, not even as character references. Returns the first such code point.
std::optional<char32_t> nonXmlCharacter(std::string_view s)
{
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return c;
        if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF
            && (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE)
            return 0xFFFE + (static_cast<unsigned char>(s[i + 2]) & 1);
    }
    return std::nullopt;
}

QString codePointName(char32_t c)
{
    return QStringLiteral("U+%1").arg(QString::number(uint(c), 16).toUpper(), 4, QLatin1Char('0'));
}

// For messages and the display label: the characters XML cannot carry become U+FFFD.
QString xmlDisplayText(std::string_view s)
{
    QString text = qstr(s);
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0xFFFE || u == 0xFFFF)
            c = QChar(QChar::ReplacementCharacter);
    }
    return text;
}

// ---- Writing ----

// How a property's values are written. GraphML gives a key one type for all
// elements, so a property whose values differ in type, or that holds null, an
// array, an object, an integer above 64 bits or a string XML cannot carry, is
// written as its JSON text.
enum class ValueKind { None, Boolean, Long, Double, String, Json };

ValueKind kindOf(const json::Value &v)
{
    switch (v.GetType()) {
    case rapidjson::kFalseType:
    case rapidjson::kTrueType: return ValueKind::Boolean;
    case rapidjson::kNumberType:
        if (v.IsInt64())
            return ValueKind::Long;
        return v.IsUint64() ? ValueKind::Json : ValueKind::Double;
    case rapidjson::kStringType: return nonXmlCharacter(json::view(v)) ? ValueKind::Json : ValueKind::String;
    case rapidjson::kNullType:
    case rapidjson::kArrayType:
    case rapidjson::kObjectType: break;
    }
    return ValueKind::Json;
}

ValueKind merged(ValueKind a, ValueKind b)
{
    return a == ValueKind::None || a == b ? b : ValueKind::Json;
}

const char *attrType(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Boolean: return "boolean";
    case ValueKind::Long: return "long";
    case ValueKind::Double: return "double";
    case ValueKind::None:
    case ValueKind::String:
    case ValueKind::Json: break;
    }
    return "string";
}

struct PropertyKey
{
    ValueKind kind = ValueKind::None;
    QString id;
};

// By property name, in byte order (so the keys come out in a stable order).
using PropertyKeys = std::map<std::string, PropertyKey, std::less<>>;

// Key ids are XML name tokens, so other characters become '_' and a clash
// gets a number. Readers take the property's name from attr.name, not the id.
void assignKeyIds(PropertyKeys &keys, QLatin1String prefix, std::set<QString> &taken)
{
    for (auto &[name, key] : keys) {
        QString base = prefix;
        for (const char c : name) {
            const bool nameChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                                  || c == '-' || c == '.';
            base += nameChar ? QLatin1Char(c) : QLatin1Char('_');
        }
        QString id = base;
        for (int n = 2; !taken.insert(id).second; ++n)
            id = base + QLatin1Char('_') + QString::number(n);
        key.id = id;
    }
}

// The shortest text that reads back as the same double (the JSON v1 form).
QString doubleText(double v)
{
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.Double(v);
    return QString::fromLatin1(buffer.GetString(), qsizetype(buffer.GetSize()));
}

// Integral coordinates are written as integers, as in JSON v1.
QString coordinateText(double v)
{
    if (std::trunc(v) == v && std::fabs(v) < 9007199254740992.0)
        return QString::number(static_cast<qint64>(v));
    return doubleText(v);
}

QString jsonText(const json::Value &v)
{
    QString problem;
    std::string text = json::canonicalText(v, &problem).value_or("null");
    // U+FFFE and U+FFFF can only stand inside JSON strings here, where their
    // escapes mean the same and XML can carry them.
    for (const auto &[raw, escaped] : {std::pair{"\xEF\xBF\xBE", "\\uFFFE"}, std::pair{"\xEF\xBF\xBF", "\\uFFFF"}}) {
        for (std::size_t at = text.find(raw); at != std::string::npos; at = text.find(raw, at + 6))
            text.replace(at, 3, escaped);
    }
    return qstr(text);
}

QString valueText(ValueKind kind, const json::Value &v)
{
    switch (kind) {
    case ValueKind::Boolean: return v.IsTrue() ? QStringLiteral("true") : QStringLiteral("false");
    case ValueKind::Long: return QString::number(v.GetInt64());
    case ValueKind::Double: return doubleText(v.GetDouble());
    case ValueKind::String: return qstr(json::view(v));
    case ValueKind::None:
    case ValueKind::Json: break;
    }
    return jsonText(v);
}

// Writes XML through a buffer that goes to the device in large writes, and
// counts the bytes.
class GraphMLWriter
{
public:
    explicit GraphMLWriter(QIODevice &out) : mOut(out), mBuffer(&mChunk), mXml(&mBuffer)
    {
        mBuffer.open(QIODevice::WriteOnly);
        mXml.setAutoFormatting(true);
        mXml.setAutoFormattingIndent(2);
    }

    QXmlStreamWriter &xml() { return mXml; }

    void text(const QString &value)
    {
        // A literal CR would come back as LF (XML normalises line ends), so it
        // goes out as a character reference.
        qsizetype start = 0;
        for (qsizetype cr = value.indexOf(QLatin1Char('\r')); cr >= 0; cr = value.indexOf(QLatin1Char('\r'), start)) {
            if (cr > start)
                mXml.writeCharacters(value.mid(start, cr - start));
            mXml.writeEntityReference(QStringLiteral("#13"));
            start = cr + 1;
        }
        if (start < value.size())
            mXml.writeCharacters(start == 0 ? value : value.mid(start));
    }
    void data(const QString &key, const QString &value)
    {
        mXml.writeStartElement(QStringLiteral("data"));
        mXml.writeAttribute(QStringLiteral("key"), key);
        text(value);
        mXml.writeEndElement();
    }
    void key(const QString &id, const char *domain, const QString &name, const char *type, QLatin1String marker = {})
    {
        mXml.writeStartElement(QStringLiteral("key"));
        mXml.writeAttribute(QStringLiteral("id"), id);
        mXml.writeAttribute(QStringLiteral("for"), QLatin1String(domain));
        mXml.writeAttribute(QStringLiteral("attr.name"), name);
        mXml.writeAttribute(QStringLiteral("attr.type"), QLatin1String(type));
        if (!marker.isEmpty())
            mXml.writeTextElement(QStringLiteral("desc"), marker);
        mXml.writeEndElement();
    }

    bool flushIfFull() { return mChunk.size() < (1 << 20) || flush(); }
    bool flush()
    {
        if (mXml.hasError())
            return false;
        if (!mChunk.isEmpty() && mOut.write(mChunk) != mChunk.size())
            return false;
        mBytes += mChunk.size();
        mChunk.clear();
        mBuffer.seek(0);
        return true;
    }
    qint64 bytes() const { return mBytes; }

private:
    QIODevice &mOut;
    QByteArray mChunk;
    QBuffer mBuffer;
    QXmlStreamWriter mXml; // after the buffer it writes to, so it goes first
    qint64 mBytes = 0;
};

Error notXml(const char *what, std::string_view id, const QString &part, char32_t c)
{
    return Error::badInput(QCoreApplication::translate("GraphML", "%1 \"%2\": %3 holds %4, which XML cannot carry")
                               .arg(QLatin1String(what), xmlDisplayText(id), part, codePointName(c)));
}

// The first pass: checks that XML can carry every id, type and property name,
// and gathers the property keys with their kinds.
std::optional<Error> collectKeys(const char *what, const std::string &id, const std::string &type,
                                 const std::string &properties, PropertyKeys &keys)
{
    if (auto c = nonXmlCharacter(id))
        return notXml(what, id, QCoreApplication::translate("GraphML", "the id"), *c);
    if (auto c = nonXmlCharacter(type))
        return notXml(what, id, QCoreApplication::translate("GraphML", "the type"), *c);
    json::Document doc;
    doc.Parse<json::ParseFlags>(properties.data(), properties.size());
    if (doc.HasParseError() || !doc.IsObject())
        return Error{ErrorKind::Corrupt,
                     QCoreApplication::translate("GraphML", "%1 \"%2\": the stored properties are not a JSON object").arg(QLatin1String(what), qstr(id)),
                     {}, 0, 0};
    // Const iterators: comparing RapidJSON's mutable ones is ambiguous in C++20.
    const json::Value &object = doc;
    for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it) {
        const std::string_view name = json::view(it->name);
        if (auto c = nonXmlCharacter(name))
            return notXml(what, id, QCoreApplication::translate("GraphML", "the property name \"%1\"").arg(xmlDisplayText(name)), *c);
        auto key = keys.find(name);
        if (key == keys.end())
            key = keys.emplace(std::string(name), PropertyKey()).first;
        key->second.kind = merged(key->second.kind, kindOf(it->value));
    }
    return std::nullopt;
}

// ---- Reading ----

enum class Domain { All, GraphML, Graph, Node, Edge, Other };
enum class ValueType { Boolean, Long, Double, String, Json };
// What a key's data means on a given element.
enum class Role { Ignore, Foreign, Type, X, Y, Title, Property };

constexpr int MaxGraphDepth = 100;

struct Key
{
    QString id;
    QString forName; // the `for` attribute as written
    Domain domain = Domain::All;
    ValueType type = ValueType::String;
    std::string name; // attr.name, else the id
    bool hasName = false;
    QString yfilesType; // yEd's graphics and resources: XML, not attribute values
    bool display = false;
    std::optional<QString> defaultValue;
};

std::optional<Domain> domainNamed(QStringView name)
{
    if (name == u"all")
        return Domain::All;
    if (name == u"graphml")
        return Domain::GraphML;
    if (name == u"graph")
        return Domain::Graph;
    if (name == u"node")
        return Domain::Node;
    if (name == u"edge")
        return Domain::Edge;
    if (name == u"port" || name == u"hyperedge" || name == u"endpoint")
        return Domain::Other;
    return std::nullopt;
}

QLatin1String elementName(Domain domain)
{
    switch (domain) {
    case Domain::GraphML: return QLatin1String("graphml");
    case Domain::Graph: return QLatin1String("graph");
    case Domain::Node: return QLatin1String("node");
    case Domain::Edge: return QLatin1String("edge");
    case Domain::All:
    case Domain::Other: break;
    }
    return QLatin1String("?");
}

// Our own key ids decide first, so that a property named "type" or "x" stays
// a property; keys from other tools are recognised by attr.name.
Role roleOf(const Key &key, Domain where)
{
    if (!key.yfilesType.isEmpty())
        return Role::Foreign;
    if (key.display)
        return Role::Ignore;
    switch (where) {
    case Domain::Node:
        if (key.id == NodeTypeKey)
            return Role::Type;
        if (key.id == NodeXKey)
            return Role::X;
        if (key.id == NodeYKey)
            return Role::Y;
        if (key.id.startsWith(NodePropertyPrefix) || !key.hasName)
            return Role::Property;
        if (key.name == "type")
            return Role::Type;
        if (key.name == "x")
            return Role::X;
        if (key.name == "y")
            return Role::Y;
        return Role::Property;
    case Domain::Edge:
        if (key.id == EdgeTypeKey)
            return Role::Type;
        if (!key.id.startsWith(EdgePropertyPrefix) && key.hasName && key.name == "type")
            return Role::Type;
        return Role::Property;
    case Domain::Graph:
        return key.id == TitleKey || (key.hasName && key.name == "title") ? Role::Title : Role::Ignore;
    case Domain::All:
    case Domain::GraphML:
    case Domain::Other: break;
    }
    return Role::Ignore;
}

// A value in a message, cut short when long.
QString quoted(const QString &text)
{
    constexpr qsizetype Max = 40;
    if (text.size() <= Max)
        return QLatin1Char('"') + text + QLatin1Char('"');
    qsizetype cut = Max;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return QLatin1Char('"') + text.left(cut) + QStringLiteral("…\"");
}

std::optional<double> toNumber(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// Turns a data value into the JSON value of its declared type.
bool convert(const QString &text, ValueType type, json::Value &out, json::Document::AllocatorType &allocator,
             QString *problem)
{
    switch (type) {
    case ValueType::Boolean: {
        const QString t = text.trimmed();
        if (t == QLatin1String("1") || t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
            out.SetBool(true);
            return true;
        }
        if (t == QLatin1String("0") || t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
            out.SetBool(false);
            return true;
        }
        *problem = QCoreApplication::translate("GraphML", "%1 is not a boolean").arg(quoted(text));
        return false;
    }
    case ValueType::Long: {
        bool ok = false;
        const qint64 v = text.trimmed().toLongLong(&ok);
        if (!ok) {
            *problem = QCoreApplication::translate("GraphML", "%1 is not an integer").arg(quoted(text));
            return false;
        }
        out.SetInt64(v);
        return true;
    }
    case ValueType::Double: {
        const auto v = toNumber(text);
        if (!v) {
            *problem = QCoreApplication::translate("GraphML", "%1 is not a number").arg(quoted(text));
            return false;
        }
        out.SetDouble(*v);
        return true;
    }
    case ValueType::String: {
        const QByteArray utf8 = text.toUtf8();
        out.SetString(utf8.constData(), rapidjson::SizeType(utf8.size()), allocator);
        return true;
    }
    case ValueType::Json: {
        const QByteArray utf8 = text.toUtf8();
        json::Document parsed(&allocator);
        parsed.Parse<json::ParseFlags>(utf8.constData(), std::size_t(utf8.size()));
        if (parsed.HasParseError()) {
            const int column = lineColumnAt(std::string_view(utf8.constData(), std::size_t(utf8.size())), parsed.GetErrorOffset()).second;
            *problem = QCoreApplication::translate("GraphML", "%1 is not valid JSON (column %2: %3)")
                           .arg(quoted(text), QString::number(column), QString::fromUtf8(rapidjson::GetParseError_En(parsed.GetParseError())));
            return false;
        }
        // `parsed` allocates from `allocator`, so its root moves over in O(1).
        out.Swap(parsed);
        return true;
    }
    }
    return false;
}

// A node or edge while its children are read.
struct Element
{
    Domain domain = Domain::Node;
    std::string id;
    bool hasId = false;
    qint64 ordinal = 0; // edges: 1 for the first edge of the file
    int line = 0;
    int column = 0;
    std::optional<QString> type;
    std::optional<double> x;
    std::optional<double> y;
    std::optional<std::pair<double, double>> geometry; // the centre of yEd's node box
    std::optional<QString> foreignLabel;               // the text of yEd's first label
    json::Document properties{rapidjson::kObjectType};
    // The names in `properties`: RapidJSON finds a member by a linear search,
    // which for an element with thousands of <data> would cost their square.
    std::unordered_set<std::string> propertyNames;

    QString owner() const
    {
        if (domain == Domain::Node)
            return QCoreApplication::translate("GraphML", "node \"%1\"").arg(qstr(id));
        if (hasId)
            return QCoreApplication::translate("GraphML", "edge \"%1\"").arg(qstr(id));
        return QCoreApplication::translate("GraphML", "edge #%1").arg(ordinal);
    }
    bool hasProperty(std::string_view name) const
    {
        return propertyNames.count(std::string(name)) != 0;
    }
};

class GraphMLReader
{
public:
    GraphMLReader(StoryStore &store, StoryBatch &batch, QIODevice &in, const QString &file, const ImportOptions &options)
        : mStore(store), mBatch(batch), mIn(in), mXml(&in), mFile(file), mOptions(options)
    {}

    ImportSummary summary;
    std::optional<std::string> title;

    bool read();
    Error takeError()
    {
        if (!mError)
            return Error{ErrorKind::Internal, QCoreApplication::translate("GraphML", "import failed"), mFile, 0, 0};
        return std::move(*mError);
    }

private:
    struct PendingEdge
    {
        Relationship relationship;
        QString owner;
        bool newId = false; // the edge had no id, or a node's id
        int line = 0;
        int column = 0;
    };

    QXmlStreamReader::TokenType next();
    bool inGraphML() const
    {
        const QStringView ns = mXml.namespaceUri();
        return ns.isEmpty() || ns == GraphMLNamespace;
    }
    bool skipElement();
    // Calls `onElement` for each child element of the current one (text and
    // comments skipped) until its end tag; stops at the first false.
    template<typename OnElement>
    bool forEachChild(const OnElement &onElement);
    bool fail(Error e, int line, int column);
    bool fail(const QString &message, int line, int column) { return fail(Error::badInput(message), line, column); }

    bool readKey();
    bool readGraph();
    bool readNode();
    bool readEdge();
    bool readChildren(Element &e);
    bool readData(Domain where, Element *e);
    bool readText(const Key &key, QString *text);
    bool readPlainText(QString *text);
    bool readForeign(const Key &key, Element *e);
    bool setValue(Element &e, const Key &key, Role role, const QString &text, int line, int column);
    bool applyDefaults(Element &e);
    bool finishNode(Element &e);
    bool finishEdge(Element &e, const std::string &source, const std::string &target);
    bool addEdge(PendingEdge &p);
    bool addPendingEdges();
    std::string newEdgeId();
    bool step();

    StoryStore &mStore;
    StoryBatch &mBatch;
    QIODevice &mIn;
    QXmlStreamReader mXml;
    QString mFile;
    const ImportOptions &mOptions;
    std::optional<Error> mError;

    // Where the current token starts, and whether the one before it was text.
    int mTokenLine = 1;
    int mTokenColumn = 1;
    bool mAfterText = false;

    std::vector<Key> mKeys;
    QHash<QString, std::size_t> mKeyIndex;
    std::vector<std::size_t> mKeysWithDefaults;

    int mGraphDepth = 0;
    bool mSawGraph = false;
    qint64 mEdgeCount = 0;
    qint64 mNextEdgeNumber = 0;
    std::unordered_set<std::string> mEdgeIds; // the ids edges bring, so new ids avoid them
    std::vector<PendingEdge> mPending;        // edges waiting for their nodes or for an id
};

QXmlStreamReader::TokenType GraphMLReader::next()
{
    // QXmlStreamReader says where a token ends. A token starts where the one
    // before it ended, except that after text the '<' has already been read.
    mTokenLine = int(mXml.lineNumber());
    mTokenColumn = int(mXml.columnNumber()) + (mAfterText ? 0 : 1);
    const auto token = mXml.readNext();
    mAfterText = token == QXmlStreamReader::Characters;
    if (token == QXmlStreamReader::Invalid)
        fail(QCoreApplication::translate("GraphML", "invalid XML: %1").arg(mXml.errorString()), int(mXml.lineNumber()),
             std::max(1, int(mXml.columnNumber())));
    return token;
}

bool GraphMLReader::fail(Error e, int line, int column)
{
    if (!mError) {
        e.file = mFile;
        e.line = line;
        e.column = column;
        mError = std::move(e);
    }
    return false;
}

bool GraphMLReader::skipElement()
{
    for (int depth = 1; depth > 0;) {
        switch (next()) {
        case QXmlStreamReader::StartElement: ++depth; break;
        case QXmlStreamReader::EndElement: --depth; break;
        case QXmlStreamReader::Invalid: return false;
        default: break;
        }
    }
    return true;
}

template<typename OnElement>
bool GraphMLReader::forEachChild(const OnElement &onElement)
{
    for (;;) {
        const auto token = next();
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::EndElement)
            return true;
        if (token == QXmlStreamReader::StartElement && !onElement())
            return false;
    }
}

bool GraphMLReader::read()
{
    QXmlStreamReader::TokenType token;
    do {
        token = next();
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::EndDocument)
            return fail(QCoreApplication::translate("GraphML", "not a GraphML file: no root element"), mTokenLine, mTokenColumn);
    } while (token != QXmlStreamReader::StartElement);
    // Whitespace before the root is not a token, so where the root starts is
    // unknown: messages about it point at the end of its start tag.
    if (mXml.name() != QLatin1String("graphml") || !inGraphML())
        return fail(QCoreApplication::translate("GraphML", "not a GraphML file: the root element is <%1>").arg(mXml.qualifiedName()),
                    int(mXml.lineNumber()), int(mXml.columnNumber()));
    const bool rootRead = forEachChild([this] {
        if (!inGraphML())
            return skipElement();
        if (mXml.name() == QLatin1String("key"))
            return readKey();
        if (mXml.name() == QLatin1String("graph")) {
            if (mSawGraph)
                return fail(QCoreApplication::translate("GraphML", "a second <graph>: a story is imported from one graph"), mTokenLine, mTokenColumn);
            mSawGraph = true;
            return readGraph();
        }
        if (mXml.name() == QLatin1String("data"))
            return readData(Domain::GraphML, nullptr);
        return skipElement();
    });
    if (!rootRead)
        return false;
    if (!mSawGraph) // the position is that of the root's end tag
        return fail(QCoreApplication::translate("GraphML", "the file holds no <graph>"), int(mXml.lineNumber()), int(mXml.columnNumber()));
    // Whatever follows the root must still be well-formed.
    while ((token = next()) != QXmlStreamReader::EndDocument) {
        if (token == QXmlStreamReader::Invalid)
            return false;
    }
    return addPendingEdges();
}

bool GraphMLReader::readPlainText(QString *text)
{
    for (;;) {
        switch (next()) {
        case QXmlStreamReader::Characters: *text += mXml.text(); break;
        case QXmlStreamReader::StartElement:
            if (!skipElement())
                return false;
            break;
        case QXmlStreamReader::EndElement: return true;
        case QXmlStreamReader::Invalid: return false;
        default: break;
        }
    }
}

bool GraphMLReader::readKey()
{
    const int line = mTokenLine, column = mTokenColumn;
    const QXmlStreamAttributes attributes = mXml.attributes();
    if (!attributes.hasAttribute(QLatin1String("id")))
        return fail(QCoreApplication::translate("GraphML", "a <key> has no \"id\" attribute"), line, column);
    Key key;
    key.id = attributes.value(QLatin1String("id")).toString();
    if (mKeyIndex.contains(key.id))
        return fail(QCoreApplication::translate("GraphML", "duplicate key id \"%1\"").arg(key.id), line, column);
    key.forName = attributes.hasAttribute(QLatin1String("for")) ? attributes.value(QLatin1String("for")).toString()
                                                                 : QStringLiteral("all");
    const auto domain = domainNamed(key.forName);
    if (!domain)
        return fail(QCoreApplication::translate("GraphML", "key \"%1\": unknown for=\"%2\"").arg(key.id, key.forName), line, column);
    key.domain = *domain;
    key.hasName = attributes.hasAttribute(QLatin1String("attr.name"));
    key.name = (key.hasName ? attributes.value(QLatin1String("attr.name")).toString() : key.id).toStdString();
    key.yfilesType = attributes.value(QLatin1String("yfiles.type")).toString();
    const QString type = attributes.hasAttribute(QLatin1String("attr.type")) ? attributes.value(QLatin1String("attr.type")).toString()
                                                                             : QStringLiteral("string");
    if (type == QLatin1String("boolean"))
        key.type = ValueType::Boolean;
    else if (type == QLatin1String("int") || type == QLatin1String("long"))
        key.type = ValueType::Long;
    else if (type == QLatin1String("float") || type == QLatin1String("double"))
        key.type = ValueType::Double;
    else if (type == QLatin1String("string") || !key.yfilesType.isEmpty())
        key.type = ValueType::String;
    else
        return fail(QCoreApplication::translate("GraphML", "key \"%1\": unknown attr.type \"%2\"").arg(key.id, type), line, column);

    int defaultLine = line, defaultColumn = column;
    const bool childrenRead = forEachChild([&] {
        if (inGraphML() && mXml.name() == QLatin1String("desc")) {
            QString desc;
            if (!readPlainText(&desc))
                return false;
            desc = desc.trimmed();
            if (desc == JsonMarker && key.type == ValueType::String)
                key.type = ValueType::Json;
            else if (desc == DisplayMarker)
                key.display = true;
            return true;
        }
        if (inGraphML() && mXml.name() == QLatin1String("default")) {
            defaultLine = mTokenLine;
            defaultColumn = mTokenColumn;
            QString value;
            if (!readPlainText(&value))
                return false;
            key.defaultValue = value;
            return true;
        }
        return skipElement();
    });
    if (!childrenRead)
        return false;
    if (key.defaultValue && key.yfilesType.isEmpty()) {
        json::Document scratch;
        json::Value value;
        QString problem;
        if (!convert(*key.defaultValue, key.type, value, scratch.GetAllocator(), &problem))
            return fail(QCoreApplication::translate("GraphML", "key \"%1\", default: %2").arg(key.id, problem), defaultLine, defaultColumn);
        mKeysWithDefaults.push_back(mKeys.size());
    }
    mKeyIndex.insert(key.id, mKeys.size());
    mKeys.push_back(std::move(key));
    return true;
}

bool GraphMLReader::readGraph()
{
    // Nested graphs (yEd's groups) are read into the same story.
    if (mGraphDepth >= MaxGraphDepth)
        return fail(QCoreApplication::translate("GraphML", "graphs nest deeper than %1 levels").arg(MaxGraphDepth), mTokenLine, mTokenColumn);
    ++mGraphDepth;
    const bool graphRead = forEachChild([this] {
        if (!inGraphML())
            return skipElement();
        if (mXml.name() == QLatin1String("node"))
            return readNode();
        if (mXml.name() == QLatin1String("edge"))
            return readEdge();
        if (mXml.name() == QLatin1String("data"))
            return readData(Domain::Graph, nullptr);
        if (mXml.name() == QLatin1String("hyperedge") && !mOptions.lenient)
            return fail(QCoreApplication::translate("GraphML", "hyperedges are not supported"), mTokenLine, mTokenColumn);
        return skipElement();
    });
    if (!graphRead)
        return false;
    --mGraphDepth;
    return true;
}

bool GraphMLReader::readChildren(Element &e)
{
    return forEachChild([&] {
        if (!inGraphML())
            return skipElement();
        if (mXml.name() == QLatin1String("data"))
            return readData(e.domain, &e);
        if (mXml.name() == QLatin1String("graph"))
            return readGraph();
        return skipElement(); // <desc>, <port>, <locator>
    });
}

bool GraphMLReader::readNode()
{
    Element e;
    e.domain = Domain::Node;
    e.line = mTokenLine;
    e.column = mTokenColumn;
    const QXmlStreamAttributes attributes = mXml.attributes();
    if (!attributes.hasAttribute(QLatin1String("id")))
        return fail(QCoreApplication::translate("GraphML", "a <node> has no \"id\" attribute"), e.line, e.column);
    e.id = attributes.value(QLatin1String("id")).toString().toStdString();
    e.hasId = true;
    return readChildren(e) && finishNode(e);
}

bool GraphMLReader::readEdge()
{
    Element e;
    e.domain = Domain::Edge;
    e.ordinal = ++mEdgeCount;
    e.line = mTokenLine;
    e.column = mTokenColumn;
    const QXmlStreamAttributes attributes = mXml.attributes();
    e.hasId = attributes.hasAttribute(QLatin1String("id"));
    if (e.hasId)
        e.id = attributes.value(QLatin1String("id")).toString().toStdString();
    std::string ends[2];
    const QLatin1String names[2] = {QLatin1String("source"), QLatin1String("target")};
    for (int i = 0; i < 2; ++i) {
        if (!attributes.hasAttribute(names[i]))
            return fail(QCoreApplication::translate("GraphML", "%1 has no \"%2\" attribute").arg(e.owner(), names[i]), e.line, e.column);
        ends[i] = attributes.value(names[i]).toString().toStdString();
    }
    return readChildren(e) && finishEdge(e, ends[0], ends[1]);
}

bool GraphMLReader::readData(Domain where, Element *e)
{
    const int line = mTokenLine, column = mTokenColumn;
    const QXmlStreamAttributes attributes = mXml.attributes();
    if (!attributes.hasAttribute(QLatin1String("key")))
        return fail(QCoreApplication::translate("GraphML", "a <data> has no \"key\" attribute"), line, column);
    const QString keyId = attributes.value(QLatin1String("key")).toString();
    const auto found = mKeyIndex.constFind(keyId);
    if (found == mKeyIndex.constEnd())
        return fail(QCoreApplication::translate("GraphML", "unknown key \"%1\"").arg(keyId), line, column);
    const Key &key = mKeys[*found];
    if (key.domain != Domain::All && key.domain != where)
        return fail(QCoreApplication::translate("GraphML", "key \"%1\" is declared for=\"%2\" and cannot be used on a <%3>")
                        .arg(key.id, key.forName, elementName(where)),
                    line, column);
    const Role role = roleOf(key, where);
    if (role == Role::Foreign)
        return readForeign(key, e);
    if (role == Role::Ignore || (role == Role::Title && mGraphDepth > 1))
        return skipElement();
    QString text;
    if (!readText(key, &text))
        return false;
    if (role == Role::Title) {
        if (!title)
            title = text.toStdString();
        return true;
    }
    return setValue(*e, key, role, text, line, column);
}

bool GraphMLReader::readText(const Key &key, QString *text)
{
    for (;;) {
        switch (next()) {
        case QXmlStreamReader::Characters: *text += mXml.text(); break;
        case QXmlStreamReader::StartElement:
            return fail(QCoreApplication::translate("GraphML", "data for key \"%1\" must be text, not XML elements").arg(key.id),
                        mTokenLine, mTokenColumn);
        case QXmlStreamReader::EndElement: return true;
        case QXmlStreamReader::Invalid: return false;
        default: break;
        }
    }
}

// yEd's graphics: only the node's box (its centre becomes the position when
// the node has no x and y) and the first label's text are taken.
bool GraphMLReader::readForeign(const Key &key, Element *e)
{
    const bool glean = e && (key.yfilesType == QLatin1String("nodegraphics") || key.yfilesType == QLatin1String("edgegraphics"));
    int labelDepth = 0;
    QString label;
    for (int depth = 1; depth > 0;) {
        switch (next()) {
        case QXmlStreamReader::StartElement: {
            ++depth;
            if (!glean)
                break;
            const QStringView name = mXml.name();
            if (name == u"Geometry" && e->domain == Domain::Node && !e->geometry) {
                const QXmlStreamAttributes a = mXml.attributes();
                const auto x = toNumber(a.value(QLatin1String("x")).toString());
                const auto y = toNumber(a.value(QLatin1String("y")).toString());
                const double width = toNumber(a.value(QLatin1String("width")).toString()).value_or(0);
                const double height = toNumber(a.value(QLatin1String("height")).toString()).value_or(0);
                if (x && y)
                    e->geometry = std::pair{*x + width / 2, *y + height / 2};
            } else if ((name == u"NodeLabel" || name == u"EdgeLabel") && !e->foreignLabel && labelDepth == 0) {
                labelDepth = depth;
                label.clear();
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (labelDepth == depth)
                label += mXml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (labelDepth == depth) {
                if (!label.isEmpty())
                    e->foreignLabel = label;
                labelDepth = 0;
            }
            --depth;
            break;
        case QXmlStreamReader::Invalid: return false;
        default: break;
        }
    }
    return true;
}

bool GraphMLReader::setValue(Element &e, const Key &key, Role role, const QString &text, int line, int column)
{
    auto twice = [&](const QString &what) {
        return fail(QCoreApplication::translate("GraphML", "%1: two values for %2").arg(e.owner(), what), line, column);
    };
    switch (role) {
    case Role::Type:
        if (e.type)
            return twice(QCoreApplication::translate("GraphML", "the type"));
        e.type = text;
        return true;
    case Role::X:
    case Role::Y: {
        const QString axis = role == Role::X ? QStringLiteral("x") : QStringLiteral("y");
        std::optional<double> &slot = role == Role::X ? e.x : e.y;
        if (slot)
            return twice(axis);
        slot = toNumber(text);
        if (!slot)
            return fail(QCoreApplication::translate("GraphML", "%1, %2: %3 is not a number").arg(e.owner(), axis, quoted(text)), line, column);
        return true;
    }
    case Role::Property: {
        if (e.hasProperty(key.name))
            return twice(QCoreApplication::translate("GraphML", "property \"%1\"").arg(qstr(key.name)));
        auto &allocator = e.properties.GetAllocator();
        json::Value value;
        QString problem;
        if (!convert(text, key.type, value, allocator, &problem))
            return fail(QCoreApplication::translate("GraphML", "%1, property \"%2\": %3").arg(e.owner(), qstr(key.name), problem), line, column);
        e.properties.AddMember(json::Value(key.name.data(), rapidjson::SizeType(key.name.size()), allocator), value, allocator);
        e.propertyNames.insert(key.name);
        return true;
    }
    case Role::Ignore:
    case Role::Foreign:
    case Role::Title: break;
    }
    return true;
}

bool GraphMLReader::applyDefaults(Element &e)
{
    for (const std::size_t index : mKeysWithDefaults) {
        const Key &key = mKeys[index];
        if (key.domain != Domain::All && key.domain != e.domain)
            continue;
        const Role role = roleOf(key, e.domain);
        const bool given = (role == Role::Type && e.type) || (role == Role::X && e.x) || (role == Role::Y && e.y)
                           || (role == Role::Property && e.hasProperty(key.name));
        if (!given && !setValue(e, key, role, *key.defaultValue, e.line, e.column))
            return false;
    }
    if (e.foreignLabel && !e.hasProperty("label")) {
        auto &allocator = e.properties.GetAllocator();
        const QByteArray label = e.foreignLabel->toUtf8();
        e.properties.AddMember(json::Value("label", allocator),
                               json::Value(label.constData(), rapidjson::SizeType(label.size()), allocator), allocator);
        e.propertyNames.insert("label");
    }
    return true;
}

bool GraphMLReader::finishNode(Element &e)
{
    if (!applyDefaults(e))
        return false;
    QString problem;
    auto canonical = json::canonicalText(e.properties, &problem);
    if (!canonical)
        return fail(QStringLiteral("%1: %2").arg(e.owner(), problem), e.line, e.column);
    Node node;
    node.id = e.id;
    node.type = e.type ? e.type->toStdString() : std::string("Node");
    node.x = e.x ? *e.x : e.geometry ? e.geometry->first : 0.0;
    node.y = e.y ? *e.y : e.geometry ? e.geometry->second : 0.0;
    auto fields = json::extractNodeFields(node.id, node.type, e.properties);
    if (!fields)
        return fail(fields.takeError(), e.line, e.column);
    node.properties = std::move(*canonical);
    if (auto s = mBatch.addCheckedNode(node, *fields); !s)
        return fail(s.takeError(), e.line, e.column);
    ++summary.nodes;
    return step();
}

bool GraphMLReader::finishEdge(Element &e, const std::string &source, const std::string &target)
{
    if (!applyDefaults(e))
        return false;
    QString problem;
    auto canonical = json::canonicalText(e.properties, &problem);
    if (!canonical)
        return fail(QStringLiteral("%1: %2").arg(e.owner(), problem), e.line, e.column);
    PendingEdge p;
    p.relationship.id = e.id;
    p.relationship.type = e.type ? e.type->toStdString() : std::string(RelationshipType::RelatesTo);
    p.relationship.from = source;
    p.relationship.to = target;
    p.relationship.properties = std::move(*canonical);
    p.owner = e.owner();
    p.line = e.line;
    p.column = e.column;
    // GraphML numbers nodes and edges apart (Gephi writes node "0" and edge
    // "0"); a story cannot, so such an edge gets a new id like one without any.
    p.newId = !e.hasId || mBatch.hasNode(e.id);
    if (e.hasId)
        mEdgeIds.insert(e.id);
    if (!p.newId && mBatch.hasNode(source) && mBatch.hasNode(target))
        return addEdge(p);
    // Its nodes may come later in the file; new ids are given at the end so
    // that they avoid every id the file brings.
    mPending.push_back(std::move(p));
    return true;
}

bool GraphMLReader::addEdge(PendingEdge &p)
{
    if (auto s = mBatch.addRelationship(p.relationship); !s)
        return fail(s.takeError(), p.line, p.column);
    ++summary.relationships;
    return step();
}

std::string GraphMLReader::newEdgeId()
{
    for (;;) {
        std::string id = "e" + std::to_string(++mNextEdgeNumber);
        if (!mEdgeIds.contains(id) && !mBatch.hasNode(id) && !mStore.relationship(id).ok()) {
            mEdgeIds.insert(id);
            return id;
        }
    }
}

bool GraphMLReader::addPendingEdges()
{
    for (PendingEdge &p : mPending) {
        bool skip = false;
        for (const auto &[end, id] : {std::pair{"source", &p.relationship.from}, std::pair{"target", &p.relationship.to}}) {
            if (skip || mBatch.hasNode(*id))
                continue;
            if (!mOptions.lenient)
                return fail(QCoreApplication::translate("GraphML", "%1: %2 \"%3\" names no node").arg(p.owner, QLatin1String(end), qstr(*id)),
                            p.line, p.column);
            skip = true;
        }
        if (skip)
            continue;
        if (p.newId)
            p.relationship.id = newEdgeId();
        if (!addEdge(p))
            return false;
    }
    mPending.clear();
    return true;
}

bool GraphMLReader::step()
{
    const qint64 done = summary.nodes + summary.relationships;
    if (mOptions.progress && (done & 4095) == 0 && !mOptions.progress(mIn.isSequential() ? 0 : mIn.pos(), mIn.isSequential() ? 0 : mIn.size()))
        return fail(Error{ErrorKind::Cancelled, QCoreApplication::translate("GraphML", "import cancelled"), {}, 0, 0}, mTokenLine, mTokenColumn);
    return true;
}

class GraphMLFormat final : public StoryFormat
{
public:
    QString name() const override { return QStringLiteral("GraphML"); }
    QStringList extensions() const override { return {QStringLiteral("graphml")}; }
    bool canRead() const override { return true; }
    bool canWrite() const override { return true; }
    Result<ImportSummary> read(StoryStore &store, QIODevice &in, const QString &displayName,
                               const ImportOptions &options) const override
    {
        return importGraphML(store, in, displayName, options);
    }
    Result<ExportSummary> write(StoryStore &store, QIODevice &out, const ProgressCallback &progress) const override
    {
        return exportGraphML(store, out, progress);
    }
};

} // namespace

Result<ImportSummary> importGraphML(StoryStore &store, QIODevice &in, const QString &displayName, const ImportOptions &options)
{
    auto batch = store.beginBatch();
    if (!batch)
        return batch.takeError();
    GraphMLReader reader(store, **batch, in, displayName, options);
    if (!reader.read())
        return reader.takeError();
    if (reader.title && !reader.title->empty()) {
        auto current = store.title();
        if (!current)
            return current.takeError();
        if (current->empty()) {
            if (auto s = (*batch)->setTitle(*reader.title); !s)
                return s.takeError();
        }
    }
    if (auto s = (*batch)->commit(); !s)
        return s.takeError();
    ImportSummary summary = reader.summary;
    summary.bytes = in.isSequential() ? 0 : in.pos();
    return summary;
}

Result<ExportSummary> exportGraphML(StoryStore &store, QIODevice &out, const ProgressCallback &progress)
{
    auto title = store.title();
    if (!title)
        return title.takeError();
    if (auto c = nonXmlCharacter(*title))
        return Error::badInput(QCoreApplication::translate("GraphML", "the story title holds %1, which XML cannot carry").arg(codePointName(*c)));
    ExportSteps steps(progress);
    if (auto s = steps.countTotal(store); !s)
        return s.takeError();

    // GraphML declares its keys before the graph, so a first pass finds them.
    PropertyKeys nodeKeys;
    PropertyKeys edgeKeys;
    std::optional<Error> failure;
    auto nodesSeen = store.forEachNode([&](const Node &n) {
        failure = collectKeys("node", n.id, n.type, n.properties, nodeKeys);
        return !failure;
    });
    if (!nodesSeen)
        return nodesSeen.takeError();
    if (failure)
        return std::move(*failure);
    auto edgesSeen = store.forEachRelationship([&](const Relationship &r) {
        failure = collectKeys("relationship", r.id, r.type, r.properties, edgeKeys);
        return !failure;
    });
    if (!edgesSeen)
        return edgesSeen.takeError();
    if (failure)
        return std::move(*failure);
    std::set<QString> taken{TitleKey, LabelKey, NodeTypeKey, NodeXKey, NodeYKey, EdgeTypeKey};
    assignKeyIds(nodeKeys, NodePropertyPrefix, taken);
    assignKeyIds(edgeKeys, EdgePropertyPrefix, taken);

    GraphMLWriter w(out);
    QXmlStreamWriter &xml = w.xml();
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(GraphMLNamespace);
    w.key(TitleKey, "graph", QStringLiteral("title"), "string");
    w.key(LabelKey, "node", QStringLiteral("label"), "string", DisplayMarker);
    w.key(NodeTypeKey, "node", QStringLiteral("type"), "string");
    w.key(NodeXKey, "node", QStringLiteral("x"), "double");
    w.key(NodeYKey, "node", QStringLiteral("y"), "double");
    for (const auto &[name, key] : nodeKeys)
        w.key(key.id, "node", qstr(name), attrType(key.kind), key.kind == ValueKind::Json ? JsonMarker : QLatin1String());
    w.key(EdgeTypeKey, "edge", QStringLiteral("type"), "string");
    for (const auto &[name, key] : edgeKeys)
        w.key(key.id, "edge", qstr(name), attrType(key.kind), key.kind == ValueKind::Json ? JsonMarker : QLatin1String());
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("G"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    if (!title->empty())
        w.data(TitleKey, qstr(*title));

    ExportSummary summary;
    auto step = [&] { return steps.step(summary.nodes + summary.relationships, w.flushIfFull()); };
    auto writeProperties = [&](const json::Document &doc, const PropertyKeys &keys) {
        for (auto it = doc.MemberBegin(); it != doc.MemberEnd(); ++it) {
            const auto key = keys.find(json::view(it->name));
            if (key != keys.end())
                w.data(key->second.id, valueText(key->second.kind, it->value));
        }
    };
    auto nodes = store.forEachNode([&](const Node &n) {
        json::Document doc;
        doc.Parse<json::ParseFlags>(n.properties.data(), n.properties.size());
        if (doc.HasParseError() || !doc.IsObject())
            doc.SetObject();
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), qstr(n.id));
        // What yEd and Gephi show on the node; not read back.
        auto fields = json::extractNodeFields(n.id, n.type, doc);
        w.data(LabelKey, xmlDisplayText(fields && fields->label ? *fields->label : n.id));
        w.data(NodeTypeKey, qstr(n.type));
        w.data(NodeXKey, coordinateText(n.x));
        w.data(NodeYKey, coordinateText(n.y));
        writeProperties(doc, nodeKeys);
        xml.writeEndElement();
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
            xml.writeStartElement(QStringLiteral("edge"));
            xml.writeAttribute(QStringLiteral("id"), qstr(r.id));
            xml.writeAttribute(QStringLiteral("source"), qstr(r.from));
            xml.writeAttribute(QStringLiteral("target"), qstr(r.to));
            w.data(EdgeTypeKey, qstr(r.type));
            writeProperties(doc, edgeKeys);
            xml.writeEndElement();
            ++summary.relationships;
            return step();
        });
        if (!relationships)
            return relationships.takeError();
    }
    if (steps.cancelled())
        return Error{ErrorKind::Cancelled, QCoreApplication::translate("GraphML", "export cancelled"), {}, 0, 0};
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    if (steps.writeFailed() || !w.flush())
        return Error{ErrorKind::Io, QCoreApplication::translate("GraphML", "cannot write the export: %1").arg(out.errorString()), {}, 0, 0};
    summary.bytes = w.bytes();
    return summary;
}

std::unique_ptr<StoryFormat> makeGraphMLFormat()
{
    return std::make_unique<GraphMLFormat>();
}

} // namespace ryuk
