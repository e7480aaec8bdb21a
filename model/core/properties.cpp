// Canonical property objects and the checks on ids, type names and known fields.
#include "properties.h"

#include "jsonvalue_p.h"

namespace ryuk {

namespace {

bool validUtf8(std::string_view s)
{
    return firstInvalidUtf8(s) == std::string_view::npos;
}

Result<json::Document> parse(std::string_view text)
{
    json::Document doc;
    doc.Parse<json::ParseFlags>(text.data(), text.size());
    if (doc.HasParseError()) {
        const auto [line, column] = lineColumnAt(text, doc.GetErrorOffset());
        Q_UNUSED(line);
        return Error::badInput(QCoreApplication::translate("Properties", "invalid JSON at column %1: %2")
                                   .arg(column)
                                   .arg(QString::fromUtf8(rapidjson::GetParseError_En(doc.GetParseError()))));
    }
    return doc;
}

// Checks one known field; `expect` is what the message asks for.
enum class Want { String, Integer, Number };

bool fieldMatches(const json::Value &v, Want want)
{
    switch (want) {
    case Want::String: return v.IsString();
    case Want::Integer: return v.IsInt64();
    case Want::Number: return v.IsNumber();
    }
    return false;
}

QString wantName(Want want)
{
    switch (want) {
    case Want::String: return QCoreApplication::translate("Properties", "a string");
    case Want::Integer: return QCoreApplication::translate("Properties", "an integer");
    case Want::Number: return QCoreApplication::translate("Properties", "a number");
    }
    return {};
}

struct FieldCheck
{
    std::string_view what; // "node" or "relationship"
    std::string_view id;
    const json::Value &object;
    std::optional<Error> error;

    const json::Value *get(const char *key, Want want)
    {
        auto it = object.FindMember(key);
        if (it == object.MemberEnd())
            return nullptr;
        if (!fieldMatches(it->value, want)) {
            if (!error) {
                // Above INT64_MAX a JSON integer cannot be stored; say so rather
                // than "must be an integer, not an integer".
                const QString got = want == Want::Integer && it->value.IsUint64()
                                            ? QCoreApplication::translate("Properties", "an integer too large for 64 bits")
                                            : json::typeName(it->value);
                error = Error::badInput(QCoreApplication::translate("Properties", "%1 \"%2\": property \"%3\" must be %4, not %5")
                                            .arg(json::qstr(what), json::qstr(id), QLatin1String(key),
                                                 wantName(want), got));
            }
            return nullptr;
        }
        return &it->value;
    }
    void string(const char *key, std::optional<std::string> &out)
    {
        if (auto *v = get(key, Want::String))
            out = std::string(json::view(*v));
    }
    void integer(const char *key, std::optional<qint64> &out)
    {
        if (auto *v = get(key, Want::Integer))
            out = v->GetInt64();
    }
    void number(const char *key, std::optional<double> &out)
    {
        if (auto *v = get(key, Want::Number))
            out = v->GetDouble();
    }
};

} // namespace

std::size_t firstInvalidUtf8(std::string_view text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t extra;
        unsigned min;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return i;
        }
        if (n - i <= extra)
            return i;
        unsigned cp = c & (0x3Fu >> extra);
        for (std::size_t k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return std::string_view::npos;
}

std::pair<int, int> lineColumnAt(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    int line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(offset - lineStart) + 1};
}

Status checkId(std::string_view id, std::string_view what)
{
    if (id.empty())
        return Error::badInput(QCoreApplication::translate("Properties", "%1 id is empty").arg(json::qstr(what)));
    if (id.size() > MaxIdBytes) {
        // The excerpt ends on a character boundary, and one arg() call fills all
        // three places so that a '%' in the id stays text.
        std::size_t cut = 32;
        while (cut > 0 && (static_cast<unsigned char>(id[cut]) & 0xC0) == 0x80)
            --cut;
        return Error::badInput(QCoreApplication::translate("Properties", "%1 id \"%2…\" is longer than %3 bytes")
                                   .arg(json::qstr(what), json::qstr(id.substr(0, cut)), QString::number(MaxIdBytes)));
    }
    if (!validUtf8(id))
        return Error::badInput(QCoreApplication::translate("Properties", "%1 id is not valid UTF-8").arg(json::qstr(what)));
    return {};
}

Status checkTypeName(std::string_view type, std::string_view ownerId, std::string_view what)
{
    if (type.empty())
        return Error::badInput(QCoreApplication::translate("Properties", "%1 \"%2\" has an empty type").arg(json::qstr(what), json::qstr(ownerId)));
    if (type.size() > MaxIdBytes || !validUtf8(type)
        || std::any_of(type.begin(), type.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
        return Error::badInput(QCoreApplication::translate("Properties", "%1 \"%2\" has an invalid type name").arg(json::qstr(what), json::qstr(ownerId)));
    return {};
}

std::optional<std::string> json::canonicalText(const Value &v, QString *problem)
{
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    if (!writeCanonical(v, writer, problem))
        return std::nullopt;
    std::string text(buffer.GetString(), buffer.GetSize());
    // The parser checks the raw bytes but turns the escape of a low surrogate
    // with no high one before it ("\\udc00") into ED B0 80, which is not UTF-8.
    // Escapes are written back as ASCII, so such a string shows up here.
    if (!validUtf8(text)) {
        *problem = QCoreApplication::translate("Properties", "a string holds a lone UTF-16 surrogate escape");
        return std::nullopt;
    }
    return text;
}

Result<std::string> canonicalJsonValue(std::string_view text)
{
    auto doc = parse(text);
    if (!doc)
        return doc.takeError();
    QString problem;
    auto canonical = json::canonicalText(*doc, &problem);
    if (!canonical)
        return Error::badInput(problem);
    return std::move(*canonical);
}

Result<std::string> canonicalJsonObject(std::string_view text)
{
    auto doc = parse(text);
    if (!doc)
        return doc.takeError();
    if (!doc->IsObject())
        return Error::badInput(QCoreApplication::translate("Properties", "properties must be a JSON object, not %1").arg(json::typeName(*doc)));
    QString problem;
    auto canonical = json::canonicalText(*doc, &problem);
    if (!canonical)
        return Error::badInput(problem);
    return std::move(*canonical);
}

Result<KnownFields> json::extractNodeFields(std::string_view id, std::string_view type, const Value &properties)
{
    KnownFields fields;
    FieldCheck check{"node", id, properties, std::nullopt};
    if (type == NodeType::Scene) {
        check.string("title", fields.title);
        check.integer("chapter", fields.chapter);
        check.integer("sequence", fields.sequence);
        auto isTrue = [&](const char *key) {
            auto it = properties.FindMember(key);
            return it != properties.MemberEnd() && it->value.IsTrue();
        };
        fields.flags = (isTrue("start") ? StartFlag : 0u) | (isTrue("ending") ? EndingFlag : 0u);
        fields.label = fields.title;
    } else if (type == NodeType::Character) {
        check.string("name", fields.name);
        check.string("role", fields.role);
        fields.label = fields.name;
    } else if (type == NodeType::Choice) {
        check.number("weight", fields.weight);
    } else if (type == NodeType::Event) {
        check.number("causality_level", fields.causalityLevel);
    }
    if (check.error)
        return std::move(*check.error);
    if (!fields.label) {
        for (const char *key : {"title", "text", "name", "label"}) {
            auto it = properties.FindMember(key);
            if (it != properties.MemberEnd() && it->value.IsString()) {
                fields.label = std::string(view(it->value));
                break;
            }
        }
    }
    return fields;
}

Result<KnownFields> json::extractRelationshipFields(std::string_view id, const Value &properties)
{
    KnownFields fields;
    FieldCheck check{"relationship", id, properties, std::nullopt};
    check.number("weight", fields.weight);
    check.string("transition_type", fields.transitionType);
    if (check.error)
        return std::move(*check.error);
    return fields;
}

Result<KnownFields> nodeFields(std::string_view id, std::string_view type, std::string_view canonicalProperties)
{
    auto doc = parse(canonicalProperties);
    if (!doc)
        return doc.takeError();
    if (!doc->IsObject())
        return Error::badInput(QCoreApplication::translate("Properties", "properties must be a JSON object, not %1").arg(json::typeName(*doc)));
    return json::extractNodeFields(id, type, *doc);
}

Result<KnownFields> relationshipFields(std::string_view id, std::string_view canonicalProperties)
{
    auto doc = parse(canonicalProperties);
    if (!doc)
        return doc.takeError();
    if (!doc->IsObject())
        return Error::badInput(QCoreApplication::translate("Properties", "properties must be a JSON object, not %1").arg(json::typeName(*doc)));
    return json::extractRelationshipFields(id, *doc);
}

namespace {

template<typename Extract>
Result<CheckedProperties> checkProperties(std::string_view what, std::string_view id, std::string_view text,
                                          const Extract &extract)
{
    auto fail = [&](const QString &problem) {
        return Error::badInput(QStringLiteral("%1 \"%2\": %3").arg(json::qstr(what), json::qstr(id), problem));
    };
    auto doc = parse(text);
    if (!doc)
        return fail(doc.error().message);
    if (!doc->IsObject())
        return fail(QCoreApplication::translate("Properties", "properties must be a JSON object, not %1").arg(json::typeName(*doc)));
    QString problem;
    auto canonical = json::canonicalText(*doc, &problem);
    if (!canonical)
        return fail(problem);
    auto fields = extract(*doc);
    if (!fields)
        return fields.takeError();
    return CheckedProperties{std::move(*canonical), std::move(*fields)};
}

} // namespace

Result<CheckedProperties> checkNodeProperties(std::string_view id, std::string_view type, std::string_view text)
{
    return checkProperties("node", id, text, [&](const json::Value &v) { return json::extractNodeFields(id, type, v); });
}

Result<CheckedProperties> checkRelationshipProperties(std::string_view id, std::string_view text)
{
    return checkProperties("relationship", id, text, [&](const json::Value &v) { return json::extractRelationshipFields(id, v); });
}

Result<std::string> applyPropertyChanges(std::string_view canonicalProperties, const std::vector<PropertyChange> &changes)
{
    auto doc = parse(canonicalProperties);
    if (!doc)
        return doc.takeError();
    if (!doc->IsObject())
        return Error::badInput(QCoreApplication::translate("Properties", "properties must be a JSON object, not %1").arg(json::typeName(*doc)));
    auto &alloc = doc->GetAllocator();
    for (const PropertyChange &change : changes) {
        if (change.key.empty())
            return Error::badInput(QCoreApplication::translate("Properties", "property name is empty"));
        if (!validUtf8(change.key))
            return Error::badInput(QCoreApplication::translate("Properties", "property name is not valid UTF-8"));
        json::Value key(change.key.data(), rapidjson::SizeType(change.key.size()), alloc);
        doc->RemoveMember(key);
        if (!change.json)
            continue;
        json::Document valueDoc(&alloc);
        valueDoc.Parse<json::ParseFlags>(change.json->data(), change.json->size());
        if (valueDoc.HasParseError()) {
            const auto column = lineColumnAt(*change.json, valueDoc.GetErrorOffset()).second;
            // One arg() call, so that a '%' in the key stays text.
            return Error::badInput(QCoreApplication::translate("Properties", "value of \"%1\" is not valid JSON at column %2: %3")
                                       .arg(json::qstr(change.key), QString::number(column),
                                            QString::fromUtf8(rapidjson::GetParseError_En(valueDoc.GetParseError()))));
        }
        // valueDoc allocates from `alloc`, so its root moves over in O(1); a deep
        // copy (CopyFrom) recurses once per level and overflows the stack on a
        // value nested 100,000 deep before the depth check below can refuse it.
        json::Value value;
        value.Swap(valueDoc);
        doc->AddMember(key, value, alloc);
    }
    QString problem;
    auto canonical = json::canonicalText(*doc, &problem);
    if (!canonical)
        return Error::badInput(problem);
    return std::move(*canonical);
}

std::string selectProperties(std::string_view canonicalProperties, const std::vector<std::string> &keys)
{
    json::Document doc;
    doc.Parse<json::ParseFlags>(canonicalProperties.data(), canonicalProperties.size());
    if (doc.HasParseError() || !doc.IsObject())
        return "{}";
    json::Document out(rapidjson::kObjectType);
    // Const iterators: comparing RapidJSON's mutable ones is ambiguous in C++20.
    const json::Value &object = doc;
    for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it) {
        if (std::find(keys.begin(), keys.end(), json::view(it->name)) == keys.end())
            continue;
        json::Value name(it->name, out.GetAllocator());
        json::Value value(it->value, out.GetAllocator());
        out.AddMember(name, value, out.GetAllocator());
    }
    QString problem;
    return json::canonicalText(out, &problem).value_or("{}");
}

std::optional<std::string> propertyJson(std::string_view canonicalProperties, std::string_view key)
{
    json::Document doc;
    doc.Parse<json::ParseFlags>(canonicalProperties.data(), canonicalProperties.size());
    if (doc.HasParseError() || !doc.IsObject())
        return std::nullopt;
    const json::Value &object = doc;
    auto it = object.FindMember(json::Value(rapidjson::StringRef(key.data(), rapidjson::SizeType(key.size()))));
    if (it == object.MemberEnd())
        return std::nullopt;
    QString problem;
    return json::canonicalText(it->value, &problem);
}

std::optional<std::string> propertyString(std::string_view canonicalProperties, std::string_view key)
{
    json::Document doc;
    doc.Parse<json::ParseFlags>(canonicalProperties.data(), canonicalProperties.size());
    if (doc.HasParseError() || !doc.IsObject())
        return std::nullopt;
    const json::Value &object = doc;
    auto it = object.FindMember(json::Value(rapidjson::StringRef(key.data(), rapidjson::SizeType(key.size()))));
    if (it == object.MemberEnd() || !it->value.IsString())
        return std::nullopt;
    return std::string(json::view(it->value));
}

} // namespace ryuk
