// Output forms of nodes and relationships. The JSON always starts from the
// model's toJson(), so the CLI never drifts from the file format.
#include "storyprinter.h"

#include "jsonline.h"
#include "texttable.h"

#include "core/properties.h"
#include "formats/storyjson.h"

#include <rapidjson/document.h>

#include <algorithm>

namespace ryuk::cli {

namespace {

constexpr unsigned ParseFlags = rapidjson::kParseFullPrecisionFlag;

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string compact(const rapidjson::Value &value)
{
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    value.Accept(writer);
    return {buffer.GetString(), buffer.GetSize()};
}

// Strings read best bare; anything else (or a string holding line breaks,
// which would tear the layout) is shown as JSON.
QString readable(const rapidjson::Value &value)
{
    if (value.IsString()) {
        const std::string_view text(value.GetString(), value.GetStringLength());
        if (std::none_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
            return fromUtf8(text);
    }
    return fromUtf8(compact(value));
}

// A readable form of one property, or an empty string when it is absent.
QString readableProperty(const std::string &properties, std::string_view key)
{
    const auto json = propertyJson(properties, key);
    if (!json)
        return {};
    rapidjson::Document value;
    value.Parse<ParseFlags>(json->data(), json->size());
    return value.HasParseError() ? fromUtf8(*json) : readable(value);
}

QString readableMember(const std::string &object, const char *key)
{
    rapidjson::Document doc;
    doc.Parse<ParseFlags>(object.data(), object.size());
    if (doc.HasParseError() || !doc.IsObject())
        return {};
    const auto it = doc.FindMember(key);
    return it == doc.MemberEnd() ? QString() : readable(it->value);
}

} // namespace

FieldSelection FieldSelection::fromList(const QString &commaSeparated)
{
    FieldSelection selection;
    selection.mNames.emplace();
    for (const QString &part : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::string name = part.trimmed().toStdString();
        if (!name.empty()
            && std::find(selection.mNames->begin(), selection.mNames->end(), name) == selection.mNames->end())
            selection.mNames->push_back(name);
    }
    return selection;
}

bool FieldSelection::includes(std::string_view name) const
{
    return !mNames || std::find(mNames->begin(), mNames->end(), name) != mNames->end();
}

std::string StoryPrinter::json(const Node &node) const
{
    return select(toJson(node));
}

std::string StoryPrinter::json(const Relationship &relationship) const
{
    return select(toJson(relationship));
}

std::string StoryPrinter::select(const std::string &object) const
{
    if (mFields.selectsAll())
        return object;
    rapidjson::Document doc;
    doc.Parse<ParseFlags>(object.data(), object.size());
    if (doc.HasParseError() || !doc.IsObject())
        return object;
    JsonLine out;
    out.writer().StartObject();
    for (const auto &member : doc.GetObject()) {
        const std::string_view name(member.name.GetString(), member.name.GetStringLength());
        if ((name == "x" || name == "y") && !mFields.includes(name))
            continue;
        out.key(name);
        if (name == "properties" && member.value.IsObject())
            out.object(selectProperties(compact(member.value), mFields.names()));
        else
            member.value.Accept(out.writer());
    }
    out.writer().EndObject();
    return out.text();
}

QString StoryPrinter::describe(const std::string &object) const
{
    rapidjson::Document doc;
    doc.Parse<ParseFlags>(object.data(), object.size());
    if (doc.HasParseError() || !doc.IsObject())
        return fromUtf8(object) + QLatin1Char('\n');
    QString text;
    for (const auto &member : doc.GetObject()) {
        const QString name = fromUtf8({member.name.GetString(), member.name.GetStringLength()});
        if (name != QStringLiteral("properties") || !member.value.IsObject()) {
            text += name + QStringLiteral(": ") + readable(member.value) + QLatin1Char('\n');
            continue;
        }
        if (member.value.MemberCount() == 0)
            continue;
        text += tr("properties:") + QLatin1Char('\n');
        for (const auto &property : member.value.GetObject()) {
            text += QStringLiteral("  ") + fromUtf8({property.name.GetString(), property.name.GetStringLength()})
                    + QStringLiteral(": ") + readable(property.value) + QLatin1Char('\n');
        }
    }
    return text;
}

QString StoryPrinter::text(const Node &node) const
{
    return describe(json(node));
}

QString StoryPrinter::text(const Relationship &relationship) const
{
    return describe(json(relationship));
}

QString StoryPrinter::table(const std::vector<Node> &nodes) const
{
    QStringList header{tr("ID"), tr("TYPE")};
    if (mFields.selectsAll()) {
        header << tr("NAME");
    } else {
        for (const std::string &name : mFields.names())
            header << fromUtf8(name).toUpper();
    }
    TextTable table(header);
    for (const Node &node : nodes) {
        QStringList row{fromUtf8(node.id), fromUtf8(node.type)};
        if (mFields.selectsAll()) {
            // Scenes have titles, characters names; other types often a label or text.
            QString name;
            for (const char *key : {"title", "name", "label", "text"}) {
                if (const auto value = propertyString(node.properties, key)) {
                    name = fromUtf8(*value);
                    break;
                }
            }
            row << name;
        } else {
            const std::string object = toJson(node);
            for (const std::string &field : mFields.names()) {
                if (field == "x" || field == "y")
                    row << readableMember(object, field.c_str());
                else
                    row << readableProperty(node.properties, field);
            }
        }
        table.addRow(row);
    }
    return table.toString();
}

QString StoryPrinter::table(const std::vector<Relationship> &relationships) const
{
    TextTable table({tr("ID"), tr("TYPE"), tr("FROM"), tr("TO")});
    for (const Relationship &relationship : relationships) {
        table.addRow({fromUtf8(relationship.id), fromUtf8(relationship.type), fromUtf8(relationship.from),
                      fromUtf8(relationship.to)});
    }
    return table.toString();
}

} // namespace ryuk::cli
