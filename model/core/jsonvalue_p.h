// Internal to the model: RapidJSON plumbing shared by the property checks and
// the file formats. Kept out of public headers so only a few files pay for it.
#pragma once

#include "properties.h"

#include <rapidjson/document.h>
#include <rapidjson/encodedstream.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace ryuk::json {

// Strict UTF-8 and a parser whose stack use does not grow with nesting. Numbers
// are read as text and converted by readNumber() below, never by RapidJSON.
inline constexpr unsigned ParseFlags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;

using Value = rapidjson::Value;

// The number `text` (JSON number syntax, already checked by the parser) as the
// handler call RapidJSON would make, but exact. RapidJSON 1.1.0, as Debian 12
// ships it, cannot be trusted here: its full-precision strtod reads "0E44" as
// -1.48e-272 and reads past a table on "0." followed by hundreds of zeros, and
// its plain path is not correctly rounded. Integers that fit 64 bits stay
// integers; everything else is a double from std::from_chars, which rounds
// correctly. A value too large for a double sets `tooBig` and returns false;
// one too small for a double is a signed zero, as RapidJSON reads it.
template<typename Handler>
bool readNumber(Handler &handler, const char *text, std::size_t length, bool &tooBig)
{
    const char *end = text + length;
    const bool negative = length > 0 && text[0] == '-';
    if (std::find_if(text, end, [](char c) { return c == '.' || c == 'e' || c == 'E'; }) == end) {
        if (negative) {
            std::int64_t i = 0;
            if (auto [p, ec] = std::from_chars(text, end, i); ec == std::errc() && p == end)
                return handler.Int64(i);
        } else {
            std::uint64_t u = 0;
            if (auto [p, ec] = std::from_chars(text, end, u); ec == std::errc() && p == end)
                return handler.Uint64(u);
        }
    }
    double d = 0;
    const auto [p, ec] = std::from_chars(text, end, d);
    if (ec == std::errc() && p == end)
        return handler.Double(d);
    if (ec != std::errc::result_out_of_range)
        return false;
    // Out of range: too large, or so small it rounds to zero. The decimal order
    // of the first non-zero digit tells which (it is beyond ±300 either way).
    const char *digits = text + (negative ? 1 : 0);
    const char *mantissaEnd = std::find_if(digits, end, [](char c) { return c == 'e' || c == 'E'; });
    const char *point = std::find(digits, mantissaEnd, '.');
    const char *first = std::find_if(digits, mantissaEnd, [](char c) { return c >= '1' && c <= '9'; });
    long long order = first < point ? (point - first - 1) : -(first - point);
    if (mantissaEnd != end) {
        const char *e = mantissaEnd + 1;
        const bool negativeExponent = e < end && *e == '-';
        if (e < end && (*e == '-' || *e == '+'))
            ++e;
        long long exponent = 0;
        for (; e < end && exponent < 1'000'000'000; ++e)
            exponent = exponent * 10 + (*e - '0');
        order += negativeExponent ? -exponent : exponent;
    }
    if (order > 0) {
        tooBig = true;
        return false;
    }
    return handler.Double(negative ? -0.0 : 0.0);
}

// Passes a parser's events to `Handler` unchanged, except numbers, which arrive
// as text (kParseNumbersAsStringsFlag) and go through readNumber().
template<typename Handler>
struct ExactNumbers
{
    using Ch = char;
    Handler &handler;
    bool tooBig = false;

    bool Null() { return handler.Null(); }
    bool Bool(bool b) { return handler.Bool(b); }
    bool Int(int i) { return handler.Int(i); }
    bool Uint(unsigned u) { return handler.Uint(u); }
    bool Int64(std::int64_t i) { return handler.Int64(i); }
    bool Uint64(std::uint64_t u) { return handler.Uint64(u); }
    bool Double(double d) { return handler.Double(d); }
    bool RawNumber(const Ch *text, rapidjson::SizeType length, bool) { return readNumber(handler, text, length, tooBig); }
    bool String(const Ch *text, rapidjson::SizeType length, bool copy) { return handler.String(text, length, copy); }
    bool StartObject() { return handler.StartObject(); }
    bool Key(const Ch *text, rapidjson::SizeType length, bool copy) { return handler.Key(text, length, copy); }
    bool EndObject(rapidjson::SizeType members) { return handler.EndObject(members); }
    bool StartArray() { return handler.StartArray(); }
    bool EndArray(rapidjson::SizeType elements) { return handler.EndArray(elements); }
};

// Runs `reader` over `stream` with exact numbers; the result names a number too
// large for a double as RapidJSON itself does.
template<unsigned Flags, typename Stream, typename Handler>
rapidjson::ParseResult parse(rapidjson::Reader &reader, Stream &stream, Handler &handler)
{
    ExactNumbers<Handler> exact{handler};
    rapidjson::ParseResult result = reader.Parse<Flags | rapidjson::kParseNumbersAsStringsFlag>(stream, exact);
    if (exact.tooBig && result.Code() == rapidjson::kParseErrorTermination)
        result.Set(rapidjson::kParseErrorNumberTooBig, result.Offset());
    return result;
}

// rapidjson::Document whose Parse() and ParseStream() read numbers exactly;
// everything else is RapidJSON's.
class Document : public rapidjson::Document
{
public:
    using rapidjson::Document::GenericDocument;

    template<unsigned Flags, typename Stream>
    Document &ParseStream(Stream &stream)
    {
        rapidjson::Reader reader;
        auto generate = [&](rapidjson::Document &handler) {
            mResult = parse<Flags>(reader, stream, handler);
            return !mResult.IsError();
        };
        Populate(generate);
        return *this;
    }
    template<unsigned Flags>
    Document &Parse(const char *text, std::size_t length)
    {
        rapidjson::MemoryStream memory(text, length);
        rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> stream(memory);
        return ParseStream<Flags>(stream);
    }

    bool HasParseError() const { return mResult.IsError(); }
    rapidjson::ParseErrorCode GetParseError() const { return mResult.Code(); }
    std::size_t GetErrorOffset() const { return mResult.Offset(); }

private:
    rapidjson::ParseResult mResult;
};

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
