// The `KEY=VALUE` syntax of `ryuk set`.
#include "propertyassignment.h"

#include "properties.h"

#include <QCoreApplication>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace ryuk {

namespace {

// A command-line value as JSON text. Values that start like a JSON string,
// object or array are clearly meant as JSON, so for those a parse error is
// reported rather than silently storing the text.
// True if `value` may hold a number whose digits are all zero with an
// exponent, or with 20 or more zeros after the point ("0E44", "0.000…0").
// RapidJSON 1.1.0's exact number parser misreads the first and reads out of
// bounds on the second, so such values are refused before it sees them.
// Conservative: a match inside a string refuses a value that was fine.
bool hasZeroRapidJsonMisreads(std::string_view value)
{
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] != '0' || (i > 0 && (digit(value[i - 1]) || value[i - 1] == '.')))
            continue;
        std::size_t j = i + 1;
        std::size_t zeros = 0;
        if (j < value.size() && value[j] == '.')
            for (++j; j < value.size() && value[j] == '0'; ++j)
                ++zeros;
        if (j < value.size() && digit(value[j]))
            continue;
        if ((j < value.size() && (value[j] == 'e' || value[j] == 'E')) || zeros >= 20)
            return true;
    }
    return false;
}

Result<std::string> valueJson(const std::string &key, const std::string &value)
{
    if (hasZeroRapidJsonMisreads(value))
        return Error::badInput(QCoreApplication::translate("PropertyAssignment",
                                                           "value of \"%1\": a zero with an exponent or with 20 or "
                                                           "more zeros after the point cannot be read; write 0")
                                       .arg(QString::fromStdString(key)));
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseFullPrecisionFlag
              | rapidjson::kParseIterativeFlag>(value.data(), value.size());
    if (!doc.HasParseError())
        return value;
    const auto first = value.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && (value[first] == '{' || value[first] == '[' || value[first] == '"')) {
        const auto [line, column] = lineColumnAt(value, doc.GetErrorOffset());
        const QString where = line > 1 ? QCoreApplication::translate("PropertyAssignment", "line %1, column %2").arg(line).arg(column) : QCoreApplication::translate("PropertyAssignment", "column %1").arg(column);
        return Error::badInput(QCoreApplication::translate("PropertyAssignment", "value of \"%1\" is not valid JSON at %2: %3")
                                       .arg(QString::fromStdString(key), where,
                                            QString::fromUtf8(rapidjson::GetParseError_En(doc.GetParseError()))));
    }
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.String(value.data(), rapidjson::SizeType(value.size()));
    return std::string(buffer.GetString(), buffer.GetSize());
}

} // namespace

Result<PropertyChange> parsePropertyAssignment(const QString &argument)
{
    const qsizetype equals = argument.indexOf(QLatin1Char('='));
    if (equals < 0)
        return Error::badInput(QCoreApplication::translate("PropertyAssignment", "expected KEY=VALUE, not \"%1\"").arg(argument));
    if (equals == 0)
        return Error::badInput(QCoreApplication::translate("PropertyAssignment", "property name is empty in \"%1\"").arg(argument));
    const std::string key = argument.left(equals).toStdString();
    auto json = valueJson(key, argument.mid(equals + 1).toStdString());
    if (!json)
        return json.takeError();
    return PropertyChange{key, std::move(*json)};
}

} // namespace ryuk
