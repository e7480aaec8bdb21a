// How nodes and relationships appear in the output: as JSON v1 objects or as
// readable text, limited to the fields the user picked with --fields.
#pragma once

#include "core/story.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ryuk::cli {

// The `--fields a,b` choice. Without it everything is shown. With it, id and
// type (and from/to) are always kept, x and y only when named, and of the
// properties only the named ones.
class FieldSelection
{
public:
    FieldSelection() = default;
    static FieldSelection fromList(const QString &commaSeparated);

    bool selectsAll() const { return !mNames.has_value(); }
    bool includes(std::string_view name) const;
    const std::vector<std::string> &names() const { return *mNames; }

private:
    std::optional<std::vector<std::string>> mNames;
};

class StoryPrinter
{
    Q_DECLARE_TR_FUNCTIONS(StoryPrinter)

public:
    explicit StoryPrinter(FieldSelection fields = {}) : mFields(std::move(fields)) {}

    std::string json(const Node &node) const;
    std::string json(const Relationship &relationship) const;

    // "key: value" lines, the properties indented under "properties:".
    QString text(const Node &node) const;
    QString text(const Relationship &relationship) const;

    // Aligned columns: ID, TYPE and NAME, or ID, TYPE and the chosen fields.
    QString table(const std::vector<Node> &nodes) const;
    // ID, TYPE, FROM and TO.
    QString table(const std::vector<Relationship> &relationships) const;

private:
    // Drops from a toJson() object what the selection leaves out.
    std::string select(const std::string &object) const;
    QString describe(const std::string &object) const;

    FieldSelection mFields;
};

} // namespace ryuk::cli
