// The `KEY=VALUE` syntax of `ryuk set`.
#include "propertyassignment.h"

#include "jsonvalue_p.h"
#include "properties.h"

#include <QCoreApplication>

#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace ryuk {

namespace {

// A command-line value as JSON text. Values that start like a JSON string,
// object or array are clearly meant as JSON, so for those a parse error is
// reported rather than silently storing the text.
Result<std::string> valueJson(const std::string &key, const std::string &value)
{
    json::Document doc;
    doc.Parse<json::ParseFlags>(value.data(), value.size());
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
