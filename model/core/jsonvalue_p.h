// Internal to the model: RapidJSON plumbing shared by the property checks and
// the file formats. Kept out of public headers so only a few files pay for it.
#pragma once

#include "properties.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace ryuk::json {

// Strict UTF-8, exact doubles, and a parser whose stack use does not grow with nesting.
inline constexpr unsigned ParseFlags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseFullPrecisionFlag
                                       | rapidjson::kParseIterativeFlag;

using Value = rapidjson::Value;
using Document = rapidjson::Document;

inline std::string_view view(const Value &v)
{
    return {v.GetString(), v.GetStringLength()};
}

inline QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The JSON type of a value as the error messages name it.
inline QString typeName(const Value &v)
{
    switch (v.GetType()) {
    case rapidjson::kNullType: return QStringLiteral("null");
    case rapidjson::kFalseType:
    case rapidjson::kTrueType: return QStringLiteral("a boolean");
    case rapidjson::kObjectType: return QStringLiteral("an object");
    case rapidjson::kArrayType: return QStringLiteral("an array");
    case rapidjson::kStringType: return QStringLiteral("a string");
    case rapidjson::kNumberType: return v.IsInt64() || v.IsUint64() ? QStringLiteral("an integer") : QStringLiteral("a number");
    }
    return QStringLiteral("a value");
}

inline bool keyLess(const Value::Member *a, const Value::Member *b)
{
    const auto la = a->name.GetStringLength(), lb = b->name.GetStringLength();
    const int c = std::memcmp(a->name.GetString(), b->name.GetString(), std::min(la, lb));
    return c < 0 || (c == 0 && la < lb);
}

// Writes `v` canonically: object keys in byte order, integers as integers,
// doubles in their shortest exact form. Fails on a duplicate key or on nesting
// deeper than MaxJsonDepth; `problem` then says which.
template<typename Writer>
bool writeCanonical(const Value &v, Writer &w, QString *problem, int depth = 0)
{
    // `depth` counts the containers around `v`; a container at depth
    // MaxJsonDepth would be one level too many.
    if ((v.IsArray() || v.IsObject()) && depth >= MaxJsonDepth) {
        *problem = QCoreApplication::translate("Json", "values nest deeper than %1 levels").arg(MaxJsonDepth);
        return false;
    }
    switch (v.GetType()) {
    case rapidjson::kNullType: return w.Null();
    case rapidjson::kFalseType: return w.Bool(false);
    case rapidjson::kTrueType: return w.Bool(true);
    case rapidjson::kStringType: return w.String(v.GetString(), v.GetStringLength());
    case rapidjson::kNumberType:
        if (v.IsInt64())
            return w.Int64(v.GetInt64());
        if (v.IsUint64())
            return w.Uint64(v.GetUint64());
        return w.Double(v.GetDouble());
    case rapidjson::kArrayType:
        w.StartArray();
        for (const auto &e : v.GetArray())
            if (!writeCanonical(e, w, problem, depth + 1))
                return false;
        return w.EndArray();
    case rapidjson::kObjectType: {
        const rapidjson::SizeType n = v.MemberCount();
        const Value::Member *inline_[16];
        std::vector<const Value::Member *> heap;
        const Value::Member **members = inline_;
        if (n > 16) {
            heap.resize(n);
            members = heap.data();
        }
        rapidjson::SizeType i = 0;
        for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it)
            members[i++] = &*it;
        std::sort(members, members + n, keyLess);
        w.StartObject();
        for (i = 0; i < n; ++i) {
            if (i > 0 && !keyLess(members[i - 1], members[i])) {
                *problem = QCoreApplication::translate("Json", "duplicate key \"%1\"").arg(qstr(view(members[i]->name)));
                return false;
            }
            w.Key(members[i]->name.GetString(), members[i]->name.GetStringLength());
            if (!writeCanonical(members[i]->value, w, problem, depth + 1))
                return false;
        }
        return w.EndObject();
    }
    }
    return false;
}

// Canonical text of `v`, or std::nullopt with `problem` set.
std::optional<std::string> canonicalText(const Value &v, QString *problem);

// Validates and extracts the known fields of an object value.
Result<KnownFields> extractNodeFields(std::string_view id, std::string_view type, const Value &properties);
Result<KnownFields> extractRelationshipFields(std::string_view id, const Value &properties);

} // namespace ryuk::json
