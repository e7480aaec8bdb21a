// The read-only commands. Each opens the story, asks the store one question
// and prints the answer as text or as one line of JSON.
#include "querycommands.h"

#include "console.h"
#include "jsonline.h"
#include "storyitem.h"
#include "storyprinter.h"
#include "texttable.h"

#include "store/sqlitestorystore.h"

#include <limits>

namespace ryuk::cli {

namespace {

class QueryCommands
{
    Q_DECLARE_TR_FUNCTIONS(QueryCommands)

public:
    static Status get(const Invocation &invocation);
    static Status nodes(const Invocation &invocation);
    static Status relationships(const Invocation &invocation);
    static Status next(const Invocation &invocation);
    static Status character(const Invocation &invocation);
    static Status stats(const Invocation &invocation);

    static Result<PageRequest> pageRequest(const Invocation &invocation);
    static FieldSelection fields(const Invocation &invocation);
    static QString pageFooter(const Pagination &pagination, const QString &what);
};

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

void writePagination(JsonLine &out, const Pagination &pagination)
{
    auto &w = out.writer();
    w.StartObject();
    out.key("page");
    out.integer(pagination.page);
    out.key("limit");
    out.integer(pagination.limit);
    out.key("total");
    out.integer(pagination.total);
    out.key("pages");
    out.integer(pagination.pages);
    out.key("hasNext");
    w.Bool(pagination.hasNext);
    out.key("hasPrev");
    w.Bool(pagination.hasPrev);
    w.EndObject();
}

template<typename T>
void writeArray(JsonLine &out, const std::vector<T> &items, const StoryPrinter &printer)
{
    out.writer().StartArray();
    for (const T &item : items)
        out.object(printer.json(item));
    out.writer().EndArray();
}

template<typename T>
void printPage(const Page<T> &page, const StoryPrinter &printer, bool json, const QString &what)
{
    if (json) {
        JsonLine out;
        out.writer().StartObject();
        out.key("data");
        writeArray(out, page.data, printer);
        out.key("pagination");
        writePagination(out, page.pagination);
        out.writer().EndObject();
        Console::write(out.line());
        return;
    }
    if (!page.data.empty())
        Console::write(printer.table(page.data).toUtf8());
    Console::printLine(QueryCommands::pageFooter(page.pagination, what));
}

} // namespace

Result<PageRequest> QueryCommands::pageRequest(const Invocation &invocation)
{
    auto page = invocation.integer(QStringLiteral("--page"), 1, 1, std::numeric_limits<qint64>::max(),
                                   tr("--page must be a whole number, 1 or more"));
    if (!page)
        return page.takeError();
    auto limit = invocation.integer(QStringLiteral("--limit"), DefaultPageLimit, 1, MaxPageLimit,
                                    tr("--limit must be between 1 and %1").arg(MaxPageLimit));
    if (!limit)
        return limit.takeError();
    return PageRequest{*page, int(*limit)};
}

FieldSelection QueryCommands::fields(const Invocation &invocation)
{
    const auto list = invocation.value(QStringLiteral("--fields"));
    return list ? FieldSelection::fromList(*list) : FieldSelection();
}

QString QueryCommands::pageFooter(const Pagination &pagination, const QString &what)
{
    return tr("page %1 of %2 (%3 %4)")
            .arg(pagination.page)
            .arg(std::max<qint64>(pagination.pages, 1))
            .arg(pagination.total)
            .arg(what);
}

Status QueryCommands::get(const Invocation &invocation)
{
    auto store = openStory(invocation.positional.at(0));
    if (!store)
        return store.takeError();
    auto item = StoryItemLookup::find(**store, utf8(invocation.positional.at(1)));
    if (!item)
        return item.takeError();
    const StoryPrinter printer(fields(invocation));
    if (invocation.json())
        Console::writeLine(std::visit([&](const auto &i) { return printer.json(i); }, *item));
    else
        Console::write(std::visit([&](const auto &i) { return printer.text(i); }, *item).toUtf8());
    return {};
}

Status QueryCommands::nodes(const Invocation &invocation)
{
    auto request = pageRequest(invocation);
    if (!request)
        return request.takeError();
    NodeFilter filter;
    if (const auto type = invocation.value(QStringLiteral("--type")))
        filter.type = utf8(*type);
    auto chapter
            = invocation.optionalInteger(QStringLiteral("--chapter"), std::numeric_limits<qint64>::min(),
                                         std::numeric_limits<qint64>::max(), tr("--chapter must be a whole number"));
    if (!chapter)
        return chapter.takeError();
    filter.chapter = *chapter;

    auto store = openStory(invocation.positional.at(0));
    if (!store)
        return store.takeError();
    auto page = (*store)->nodes(filter, *request);
    if (!page)
        return page.takeError();
    printPage(*page, StoryPrinter(fields(invocation)), invocation.json(), tr("nodes"));
    return {};
}

Status QueryCommands::relationships(const Invocation &invocation)
{
    auto request = pageRequest(invocation);
    if (!request)
        return request.takeError();
    RelationshipFilter filter;
    if (const auto type = invocation.value(QStringLiteral("--type")))
        filter.type = utf8(*type);

    auto store = openStory(invocation.positional.at(0));
    if (!store)
        return store.takeError();
    auto page = (*store)->relationships(filter, *request);
    if (!page)
        return page.takeError();
    printPage(*page, StoryPrinter(), invocation.json(), tr("relationships"));
    return {};
}

Status QueryCommands::next(const Invocation &invocation)
{
    auto store = openStory(invocation.positional.at(0));
    if (!store)
        return store.takeError();
    const QString sceneId = invocation.positional.at(1);
    auto nodes = (*store)->next(utf8(sceneId));
    if (!nodes)
        return nodes.takeError();
    const StoryPrinter printer;
    if (invocation.json()) {
        JsonLine out;
        out.writer().StartObject();
        out.key("data");
        writeArray(out, *nodes, printer);
        out.writer().EndObject();
        Console::write(out.line());
    } else if (nodes->empty()) {
        Console::printLine(tr("nothing follows \"%1\"").arg(sceneId));
    } else {
        Console::write(printer.table(*nodes).toUtf8());
    }
    return {};
}

Status QueryCommands::character(const Invocation &invocation)
{
    auto store = openStory(invocation.positional.at(0));
    if (!store)
        return store.takeError();
    auto appearances = (*store)->character(utf8(invocation.positional.at(1)));
    if (!appearances)
        return appearances.takeError();
    const StoryPrinter printer;
    if (invocation.json()) {
        JsonLine out;
        out.writer().StartObject();
        out.key("character");
        out.object(printer.json(appearances->character));
        out.key("scenes");
        writeArray(out, appearances->scenes, printer);
        out.writer().EndObject();
        Console::write(out.line());
        return {};
    }
    QString text = printer.text(appearances->character) + QLatin1Char('\n');
    const auto count = qint64(appearances->scenes.size());
    if (count == 0)
        text += tr("appears in no scenes") + QLatin1Char('\n');
    else
        text += (count == 1 ? tr("appears in 1 scene:") : tr("appears in %1 scenes:").arg(count)) + QLatin1Char('\n')
                + printer.table(appearances->scenes);
    Console::write(text.toUtf8());
    return {};
}

Status QueryCommands::stats(const Invocation &invocation)
{
    auto store = openStory(invocation.positional.at(0));
    if (!store)
        return store.takeError();
    auto stats = (*store)->stats();
    if (!stats)
        return stats.takeError();
    if (invocation.json()) {
        JsonLine out;
        auto &w = out.writer();
        auto writeCounts = [&](const std::map<std::string, qint64> &counts) {
            w.StartObject();
            for (const auto &[type, count] : counts) {
                out.key(type);
                out.integer(count);
            }
            w.EndObject();
        };
        w.StartObject();
        out.key("nodes");
        out.integer(stats->nodes);
        out.key("relationships");
        out.integer(stats->relationships);
        out.key("nodesByType");
        writeCounts(stats->nodesByType);
        out.key("relationshipsByType");
        writeCounts(stats->relationshipsByType);
        out.key("chapters");
        out.integer(stats->chapters);
        w.EndObject();
        Console::write(out.line());
        return {};
    }
    auto counts = [](const std::map<std::string, qint64> &byType) {
        QString text;
        for (const auto &[type, count] : byType)
            text += QStringLiteral("  ") + fromUtf8(type) + QStringLiteral(": ") + QString::number(count)
                    + QLatin1Char('\n');
        return text;
    };
    const QString text = tr("nodes: %1").arg(stats->nodes) + QLatin1Char('\n')
            + tr("relationships: %1").arg(stats->relationships) + QLatin1Char('\n') + tr("nodes by type:")
            + QLatin1Char('\n') + counts(stats->nodesByType) + tr("relationships by type:") + QLatin1Char('\n')
            + counts(stats->relationshipsByType) + tr("chapters: %1").arg(stats->chapters) + QLatin1Char('\n');
    Console::write(text.toUtf8());
    return {};
}

std::vector<Command> queryCommands()
{
    using Q = QueryCommands;
    const PositionalSpec story{Q::tr("STORY"), Q::tr("the story file"), false, false};
    const OptionSpec page{QStringLiteral("--page"), Q::tr("P"), Q::tr("the page to show, from 1 (default 1)"), false};
    const OptionSpec limit{QStringLiteral("--limit"), Q::tr("L"),
                           Q::tr("items per page, 1 to %1 (default %2)").arg(MaxPageLimit).arg(DefaultPageLimit),
                           false};
    const OptionSpec fields{QStringLiteral("--fields"), Q::tr("a,b"),
                            Q::tr("show only these properties (and x or y if named); id and type always"), false};
    return {
            {QStringLiteral("get"),
             Q::tr("Shows one node, or the relationship with that id if no node has it."),
             {story, {Q::tr("ID"), Q::tr("the id of a node or relationship"), false, false}},
             {fields},
             &Q::get},
            {QStringLiteral("nodes"),
             Q::tr("Lists the nodes of a story a page at a time, in id order (scenes of one chapter in sequence "
                   "order)."),
             {story},
             {{QStringLiteral("--type"), Q::tr("T"), Q::tr("only nodes of this type"), false},
              {QStringLiteral("--chapter"), Q::tr("N"), Q::tr("only the scenes of this chapter, in sequence order"),
               false},
              page,
              limit,
              fields},
             &Q::nodes},
            {QStringLiteral("relationships"),
             Q::tr("Lists the relationships of a story a page at a time, in id order."),
             {story},
             {{QStringLiteral("--type"), Q::tr("T"), Q::tr("only relationships of this type"), false}, page, limit},
             &Q::relationships},
            {QStringLiteral("next"),
             Q::tr("Lists the nodes a scene leads to (over LEADS_TO), in id order."),
             {story, {Q::tr("SCENE_ID"), Q::tr("the id of a scene"), false, false}},
             {},
             &Q::next},
            {QStringLiteral("character"),
             Q::tr("Shows a character and the scenes it appears in, in chapter and sequence order."),
             {story, {Q::tr("CHAR_ID"), Q::tr("the id of a character"), false, false}},
             {},
             &Q::character},
            {QStringLiteral("stats"),
             Q::tr("Counts the nodes and relationships of a story by type, and its chapters."),
             {story},
             {},
             &Q::stats},
    };
}

} // namespace ryuk::cli
