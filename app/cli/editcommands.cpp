// The commands that change a story. Each edit is one store call, so it is one
// transaction: a rejected value leaves the story exactly as it was.
#include "editcommands.h"

#include "console.h"
#include "jsonline.h"
#include "storyitem.h"
#include "storyprinter.h"

#include "core/properties.h"
#include "core/propertyassignment.h"
#include "formats/samplestory.h"
#include "store/sqlitestorystore.h"

#include <variant>

namespace ryuk::cli {

namespace {

class EditCommands
{
    Q_DECLARE_TR_FUNCTIONS(EditCommands)

public:
    static Status init(const Invocation &invocation);
    static Status set(const Invocation &invocation);
    static Status remove(const Invocation &invocation);

    static QString count(qint64 n, const QString &one, const QString &many) { return n == 1 ? one : many.arg(n); }
};

} // namespace

Status EditCommands::init(const Invocation &invocation)
{
    const QString path = invocation.positional.at(0);
    auto store = openStory(path, OpenMode::CreateNew);
    if (!store)
        return store.takeError();
    if (invocation.isSet(QStringLiteral("--sample"))) {
        if (Status loaded = loadSampleStory(**store); !loaded) {
            // A half-made story would only be refused by the next `init`. Only
            // the file made here goes, never one another program put there since.
            (void)discardNewStory(std::move(*store)).ok();
            return loaded.takeError();
        }
    }
    auto stats = (*store)->stats();
    if (!stats)
        return stats.takeError();
    if (invocation.json()) {
        JsonLine out;
        out.writer().StartObject();
        out.key("path");
        out.string(path.toStdString());
        out.key("nodes");
        out.integer(stats->nodes);
        out.key("relationships");
        out.integer(stats->relationships);
        out.writer().EndObject();
        Console::write(out.line());
    } else {
        Console::printLine(tr("created %1 (%2, %3)")
                                   .arg(path, count(stats->nodes, tr("1 node"), tr("%1 nodes")),
                                        count(stats->relationships, tr("1 relationship"), tr("%1 relationships"))));
    }
    return {};
}

Status EditCommands::set(const Invocation &invocation)
{
    std::vector<PropertyChange> changes;
    for (const QString &key : invocation.values(QStringLiteral("--unset"))) {
        if (key.isEmpty())
            return Error::badInput(tr("--unset needs a property name"));
        changes.push_back({key.toStdString(), std::nullopt});
    }
    const qsizetype unsetCount = qsizetype(changes.size());
    for (const QString &argument : invocation.positional.mid(2)) {
        auto change = parsePropertyAssignment(argument);
        if (!change)
            return change.takeError();
        // Setting and unsetting one key at once has no sensible order.
        for (qsizetype i = 0; i < unsetCount; ++i) {
            if (changes[std::size_t(i)].key == change->key)
                return Error::badInput(
                        tr("property \"%1\" is both set and unset").arg(QString::fromStdString(change->key)));
        }
        changes.push_back(std::move(*change));
    }
    if (changes.empty())
        return Error::badInput(tr("nothing to change: give KEY=VALUE or --unset KEY (see ryuk set --help)"));

    auto store = openStory(invocation.positional.at(0));
    if (!store)
        return store.takeError();
    const std::string id = invocation.positional.at(1).toStdString();
    if (Status changed = (*store)->setProperties(id, changes); !changed)
        return changed.takeError();
    auto item = StoryItemLookup::find(**store, id);
    if (!item)
        return item.takeError();
    if (invocation.json()) {
        const StoryPrinter printer;
        Console::writeLine(std::visit([&](const auto &i) { return printer.json(i); }, *item));
    } else {
        const bool isNode = std::holds_alternative<Node>(*item);
        Console::printLine(isNode ? tr("updated node \"%1\"").arg(invocation.positional.at(1))
                                  : tr("updated relationship \"%1\"").arg(invocation.positional.at(1)));
    }
    return {};
}

Status EditCommands::remove(const Invocation &invocation)
{
    std::vector<std::string> ids;
    for (const QString &id : invocation.positional.mid(1))
        ids.push_back(id.toStdString());
    auto store = openStory(invocation.positional.at(0));
    if (!store)
        return store.takeError();
    auto removed = (*store)->remove(ids);
    if (!removed)
        return removed.takeError();
    if (invocation.json()) {
        JsonLine out;
        auto &w = out.writer();
        w.StartObject();
        out.key("deleted");
        w.StartObject();
        out.key("nodes");
        out.integer(removed->nodes);
        out.key("relationships");
        out.integer(removed->relationships);
        w.EndObject();
        w.EndObject();
        Console::write(out.line());
    } else {
        Console::printLine(tr("deleted %1 and %2")
                                   .arg(count(removed->nodes, tr("1 node"), tr("%1 nodes")),
                                        count(removed->relationships, tr("1 relationship"), tr("%1 relationships"))));
    }
    return {};
}

std::vector<Command> editCommands()
{
    using E = EditCommands;
    const PositionalSpec story{E::tr("STORY"), E::tr("the story file"), false, false};
    return {
            {QStringLiteral("init"),
             E::tr("Creates a new story file; refuses to overwrite one that exists."),
             {story},
             {{QStringLiteral("--sample"), {}, E::tr("fill it with the bundled sample story"), false}},
             &E::init},
            {QStringLiteral("set"),
             E::tr("Sets or removes properties of a node or relationship, all in one transaction."),
             {story,
              {E::tr("ID"), E::tr("the id of a node or relationship"), false, false},
              {E::tr("KEY=VALUE"), E::tr("a property and its new value"), true, true}},
             {{QStringLiteral("--unset"), E::tr("KEY"), E::tr("remove this property (repeatable)"), true}},
             &E::set,
             E::tr("VALUE is JSON: chapter=2 is a number, tags='[\"a\"]' an array. A VALUE that is not\n"
                   "valid JSON is taken as a string, so 'title=The Harbor' needs no JSON quotes, but a\n"
                   "VALUE that starts with {, [ or \" must be valid JSON. KEY= sets the empty string.")},
            {QStringLiteral("delete"),
             E::tr("Deletes nodes (with their relationships) and relationships, all in one transaction."),
             {story, {E::tr("ID"), E::tr("the ids of nodes or relationships"), true, false}},
             {},
             &E::remove},
    };
}

} // namespace ryuk::cli
