// The graph commands. Each opens the story, loads its graph once, asks the
// graph engine one question and prints the answer as text or one line of JSON.
#include "graphcommands.h"

#include "console.h"
#include "jsonline.h"
#include "texttable.h"

#include "graph/storyflow.h"
#include "graph/storygraph.h"
#include "graph/storylayout.h"
#include "graph/storyqueries.h"
#include "graph/storyvalidation.h"
#include "store/sqlitestorystore.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <memory>

namespace ryuk::cli {

namespace {

// The ranges storyFlow accepts; checked here too so the messages name the options.
constexpr int MaxFlowDepth = 100;
constexpr int MaxFlowLimit = 10000;

const QString Arrow = QStringLiteral(" → ");

class GraphCommands
{
    Q_DECLARE_TR_FUNCTIONS(GraphCommands)

public:
    static Status flow(const Invocation &invocation);
    static Status validate(const Invocation &invocation);
    static Status path(const Invocation &invocation);
    static Status reach(const Invocation &invocation);
    static Status coappear(const Invocation &invocation);
    static Status layout(const Invocation &invocation);

    static QString count(qint64 n, const QString &one, const QString &many) { return n == 1 ? one : many.arg(n); }
};

// A story and its graph. The graph watches the store, so it is declared last
// and so destroyed first.
std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

void writeTextOrNull(JsonLine &out, std::string_view text)
{
    if (text.empty())
        out.writer().Null();
    else
        out.string(text);
}

void writeIntegerOrNull(JsonLine &out, const std::optional<qint64> &number)
{
    if (number)
        out.integer(*number);
    else
        out.writer().Null();
}

void writeIds(JsonLine &out, const std::vector<std::string> &ids)
{
    out.writer().StartArray();
    for (const std::string &id : ids)
        out.string(id);
    out.writer().EndArray();
}

void writeScene(JsonLine &out, const StoryGraph &graph, VertexIndex v)
{
    const GraphVertex &vertex = graph.vertex(v);
    out.writer().StartObject();
    out.key("id");
    out.string(vertex.id);
    out.key("title");
    writeTextOrNull(out, vertex.label);
    out.key("sequence");
    writeIntegerOrNull(out, vertex.sequence);
    out.key("chapter");
    writeIntegerOrNull(out, vertex.chapter);
    out.writer().EndObject();
}

void writeTransition(JsonLine &out, const StoryGraph &graph, EdgeIndex e)
{
    const GraphEdge &edge = graph.edge(e);
    auto &w = out.writer();
    w.StartObject();
    out.key("id");
    out.string(edge.id);
    out.key("type");
    out.string(graph.typeName(edge.typeIndex));
    out.key("weight");
    if (edge.weight)
        w.Double(*edge.weight);
    else
        w.Null();
    out.key("transition_type");
    writeTextOrNull(out, graph.typeName(edge.transitionIndex));
    w.EndObject();
}

// {"scenes":[…],"transitions":[…],"length":n}: every node of the path in
// order (Choices too) and the relationships between them.
void writePath(JsonLine &out, const StoryGraph &graph, const FlowPath &path)
{
    auto &w = out.writer();
    w.StartObject();
    out.key("scenes");
    w.StartArray();
    for (VertexIndex v : path.nodes)
        writeScene(out, graph, v);
    w.EndArray();
    out.key("transitions");
    w.StartArray();
    for (EdgeIndex e : path.edges)
        writeTransition(out, graph, e);
    w.EndArray();
    out.key("length");
    out.integer(path.length());
    w.EndObject();
}

// What a person reads for a node: its label, or a dash when it has none.
QString labelOf(const StoryGraph &graph, VertexIndex v)
{
    const std::string &label = graph.vertex(v).label;
    return label.empty() ? QStringLiteral("—") : fromUtf8(label);
}

QString idChain(const StoryGraph &graph, const FlowPath &path)
{
    QStringList ids;
    for (VertexIndex v : path.nodes)
        ids << fromUtf8(graph.vertex(v).id);
    return ids.join(Arrow);
}

QString labelChain(const StoryGraph &graph, const FlowPath &path)
{
    QStringList labels;
    for (VertexIndex v : path.nodes)
        labels << labelOf(graph, v);
    return labels.join(Arrow);
}

// "  s3  The Ferry" lines: ids padded to one width, then the node's label.
QString idLines(const StoryGraph &graph, const std::vector<std::string> &ids)
{
    qsizetype width = 0;
    for (const std::string &id : ids)
        width = std::max(width, fromUtf8(id).size());
    QString text;
    for (const std::string &id : ids) {
        const VertexIndex v = graph.findVertex(id);
        const QString label = v == NoVertex ? QString() : fromUtf8(graph.vertex(v).label);
        QString line = QStringLiteral("  ") + fromUtf8(id);
        if (!label.isEmpty())
            line = line.leftJustified(width + 4) + label;
        text += line + QLatin1Char('\n');
    }
    return text;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

Status GraphCommands::flow(const Invocation &invocation)
{
    const FlowOptions defaults;
    auto maxDepth = invocation.integer(QStringLiteral("--max-depth"), defaults.maxDepth, 1, MaxFlowDepth,
                                       tr("--max-depth must be between 1 and %1").arg(MaxFlowDepth));
    if (!maxDepth)
        return maxDepth.takeError();
    auto limit = invocation.integer(QStringLiteral("--limit"), defaults.limit, 1, MaxFlowLimit,
                                    tr("--limit must be between 1 and %1").arg(MaxFlowLimit));
    if (!limit)
        return limit.takeError();

    auto story = loadStory(invocation.positional.at(0));
    if (!story)
        return story.takeError();
    const StoryGraph &graph = *story->graph;
    const QString start = invocation.positional.at(1);
    auto flow = storyFlow(graph, utf8(start), FlowOptions{int(*maxDepth), int(*limit)});
    if (!flow)
        return flow.takeError();
    const auto &paths = flow->paths;

    if (invocation.json()) {
        JsonLine out;
        auto &w = out.writer();
        w.StartObject();
        out.key("flows");
        w.StartArray();
        for (const FlowPath &path : paths)
            writePath(out, graph, path);
        w.EndArray();
        out.key("totalPaths");
        out.integer(qint64(paths.size()));
        w.EndObject();
        Console::write(out.line());
        return {};
    }
    if (paths.empty()) {
        Console::printLine(tr("no path from \"%1\" reaches a scene within %2")
                                   .arg(start, count(*maxDepth, tr("1 step"), tr("%1 steps"))));
        return {};
    }
    TextTable table({tr("LENGTH"), tr("PATH"), tr("TITLES")});
    for (const FlowPath &path : paths)
        table.addRow({QString::number(path.length()), idChain(graph, path), labelChain(graph, path)});
    QString footer = count(qint64(paths.size()), tr("1 path"), tr("%1 paths"));
    if (qint64(paths.size()) == *limit)
        footer += QLatin1Char(' ') + tr("(stopped at --limit %1)").arg(*limit);
    Console::write((table.toString() + footer + QLatin1Char('\n')).toUtf8());
    return {};
}

Status GraphCommands::validate(const Invocation &invocation)
{
    auto story = loadStory(invocation.positional.at(0));
    if (!story)
        return story.takeError();
    const StoryGraph &graph = *story->graph;
    const ValidationReport report = validateStory(graph);

    if (invocation.json()) {
        JsonLine out;
        auto &w = out.writer();
        w.StartObject();
        out.key("deadEnds");
        writeIds(out, report.deadEnds);
        out.key("unreachable");
        writeIds(out, report.unreachable);
        out.key("loops");
        w.StartArray();
        for (const auto &loop : report.loops)
            writeIds(out, loop);
        w.EndArray();
        out.key("danglingChoices");
        writeIds(out, report.danglingChoices);
        out.key("absentCharacters");
        writeIds(out, report.absentCharacters);
        out.key("sequenceBackwards");
        w.StartArray();
        for (const auto &[from, to] : report.sequenceBackwards)
            writeIds(out, {from, to});
        w.EndArray();
        w.EndObject();
        Console::write(out.line());
    } else if (report.clean()) {
        Console::printLine(tr("No problems found."));
    } else {
        auto heading = [](const QString &name, std::size_t n) -> QString {
            return name + QStringLiteral(": ") + QString::number(n) + QLatin1Char('\n');
        };
        QString text = heading(tr("dead ends"), report.deadEnds.size()) + idLines(graph, report.deadEnds)
                + heading(tr("unreachable scenes"), report.unreachable.size()) + idLines(graph, report.unreachable)
                + heading(tr("loops"), report.loops.size());
        for (const auto &loop : report.loops) {
            QStringList ids;
            for (const std::string &id : loop)
                ids << fromUtf8(id);
            text += QStringLiteral("  ") + ids.join(QStringLiteral(", ")) + QLatin1Char('\n');
        }
        text += heading(tr("dangling choices"), report.danglingChoices.size()) + idLines(graph, report.danglingChoices)
                + heading(tr("absent characters"), report.absentCharacters.size())
                + idLines(graph, report.absentCharacters)
                + heading(tr("sequence going backwards"), report.sequenceBackwards.size());
        for (const auto &[from, to] : report.sequenceBackwards)
            text += QStringLiteral("  ") + fromUtf8(from) + Arrow + fromUtf8(to) + QLatin1Char('\n');
        Console::write(text.toUtf8());
    }
    if (!report.clean())
        invocation.outcome = ExitProblemsFound;
    return {};
}

Status GraphCommands::path(const Invocation &invocation)
{
    PathMetric metric = PathMetric::Hops;
    if (const auto by = invocation.value(QStringLiteral("--by"))) {
        if (*by == QStringLiteral("weight"))
            metric = PathMetric::Weight;
        else if (*by != QStringLiteral("hops"))
            return Error::badInput(tr("--by must be hops or weight"));
    }
    auto story = loadStory(invocation.positional.at(0));
    if (!story)
        return story.takeError();
    const StoryGraph &graph = *story->graph;
    auto path = shortestPath(graph, utf8(invocation.positional.at(1)), utf8(invocation.positional.at(2)), metric);
    if (!path)
        return path.takeError();

    // The cost the path was chosen by; a relationship without a weight counts 1, as in shortestPath.
    double weight = 0;
    for (EdgeIndex e : path->edges)
        weight += graph.edge(e).weight.value_or(1.0);

    if (invocation.json()) {
        JsonLine out;
        auto &w = out.writer();
        w.StartObject();
        out.key("path");
        writePath(out, graph, *path);
        out.key("cost");
        if (metric == PathMetric::Hops)
            out.integer(path->length());
        else
            w.Double(weight);
        w.EndObject();
        Console::write(out.line());
        return {};
    }
    TextTable table({tr("ID"), tr("TITLE"), tr("VIA")});
    for (std::size_t i = 0; i < path->nodes.size(); ++i) {
        const VertexIndex v = path->nodes[i];
        table.addRow({fromUtf8(graph.vertex(v).id), fromUtf8(graph.vertex(v).label),
                      i == 0 ? QString() : fromUtf8(graph.edge(path->edges[i - 1]).id)});
    }
    QString footer = count(path->length(), tr("1 step"), tr("%1 steps"));
    if (metric == PathMetric::Weight)
        footer += QStringLiteral(", ") + tr("total weight %1").arg(QString::number(weight, 'g', 12));
    Console::write((table.toString() + footer + QLatin1Char('\n')).toUtf8());
    return {};
}

Status GraphCommands::reach(const Invocation &invocation)
{
    auto story = loadStory(invocation.positional.at(0));
    if (!story)
        return story.takeError();
    const StoryGraph &graph = *story->graph;
    const QString scene = invocation.positional.at(1);
    auto reached = ryuk::reach(graph, utf8(scene));
    if (!reached)
        return reached.takeError();

    if (invocation.json()) {
        JsonLine out;
        auto &w = out.writer();
        w.StartObject();
        out.key("scene");
        out.string(utf8(scene));
        out.key("reachable");
        writeIds(out, reached->reachable);
        out.key("reachedBy");
        writeIds(out, reached->reachedBy);
        w.EndObject();
        Console::write(out.line());
        return {};
    }
    const auto forward = qint64(reached->reachable.size());
    const auto backward = qint64(reached->reachedBy.size());
    QString text;
    if (forward == 0)
        text += tr("\"%1\" leads nowhere").arg(scene) + QLatin1Char('\n');
    else
        text += (forward == 1 ? tr("\"%1\" leads to 1 node:").arg(scene)
                              : tr("\"%1\" leads to %2 nodes:").arg(scene, QString::number(forward)))
                + QLatin1Char('\n') + idLines(graph, reached->reachable);
    if (backward == 0)
        text += tr("no node leads to \"%1\"").arg(scene) + QLatin1Char('\n');
    else
        text += (backward == 1 ? tr("1 node leads to \"%1\":").arg(scene)
                               : tr("%2 nodes lead to \"%1\":").arg(scene, QString::number(backward)))
                + QLatin1Char('\n') + idLines(graph, reached->reachedBy);
    Console::write(text.toUtf8());
    return {};
}

Status GraphCommands::coappear(const Invocation &invocation)
{
    auto story = loadStory(invocation.positional.at(0));
    if (!story)
        return story.takeError();
    const StoryGraph &graph = *story->graph;
    const std::vector<CoAppearance> pairs = coAppearances(graph);

    if (invocation.json()) {
        JsonLine out;
        auto &w = out.writer();
        w.StartObject();
        out.key("pairs");
        w.StartArray();
        for (const CoAppearance &pair : pairs) {
            w.StartObject();
            out.key("a");
            out.string(pair.a);
            out.key("b");
            out.string(pair.b);
            out.key("scenes");
            out.integer(pair.scenes);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
        Console::write(out.line());
        return {};
    }
    if (pairs.empty()) {
        Console::printLine(tr("no two characters share a scene"));
        return {};
    }
    auto name = [&](const std::string &id) {
        const VertexIndex v = graph.findVertex(id);
        return v == NoVertex ? QString() : fromUtf8(graph.vertex(v).label);
    };
    TextTable table({tr("A"), tr("NAME"), tr("B"), tr("NAME"), tr("SCENES")});
    for (const CoAppearance &pair : pairs)
        table.addRow({fromUtf8(pair.a), name(pair.a), fromUtf8(pair.b), name(pair.b), QString::number(pair.scenes)});
    Console::write(table.toString().toUtf8());
    return {};
}

Status GraphCommands::layout(const Invocation &invocation)
{
    const auto kindName = invocation.value(QStringLiteral("--kind"));
    if (!kindName)
        return Error::badInput(tr("--kind is required (see ryuk layout --help)"));
    LayoutOptions options;
    if (*kindName == QStringLiteral("layered"))
        options.kind = LayoutKind::Layered;
    else if (*kindName == QStringLiteral("force"))
        options.kind = LayoutKind::Force;
    else
        return Error::badInput(tr("--kind must be layered or force"));
    if (const auto seed = invocation.value(QStringLiteral("--seed"))) {
        bool ok = false;
        options.seed = seed->toULongLong(&ok);
        if (!ok)
            return Error::badInput(
                    tr("--seed must be a whole number from 0 to %1").arg(std::numeric_limits<quint64>::max()));
    }

    auto story = loadStory(invocation.positional.at(0));
    if (!story)
        return story.takeError();
    const auto start = std::chrono::steady_clock::now();
    auto positions = layoutStory(*story->graph, options);
    if (!positions)
        return positions.takeError();
    // One call, so one transaction: the layout is stored whole or not at all.
    if (Status moved = story->store->moveNodes(*positions); !moved)
        return moved.takeError();
    const double seconds = secondsSince(start);
    const auto nodes = qint64(positions->size());

    if (invocation.json()) {
        JsonLine out;
        auto &w = out.writer();
        w.SetMaxDecimalPlaces(3);
        w.StartObject();
        out.key("kind");
        out.string(utf8(*kindName));
        out.key("nodes");
        out.integer(nodes);
        out.key("seconds");
        w.Double(seconds);
        w.EndObject();
        Console::write(out.line());
    } else {
        Console::printLine(
                tr("laid out %1 (%2) in %3 s")
                        .arg(count(nodes, tr("1 node"), tr("%1 nodes")), *kindName, QString::number(seconds, 'f', 3)));
    }
    return {};
}

std::vector<Command> graphCommands()
{
    using G = GraphCommands;
    const PositionalSpec story{G::tr("STORY"), G::tr("the story file"), false, false};
    return {
            {QStringLiteral("flow"),
             G::tr("Lists the LEADS_TO paths from a scene to the scenes it leads to, shortest first."),
             {story, {G::tr("START"), G::tr("the id of the scene to start from"), false, false}},
             {{QStringLiteral("--max-depth"), G::tr("D"),
               G::tr("longest path, in relationships: 1 to %1 (default %2)")
                       .arg(MaxFlowDepth)
                       .arg(FlowOptions{}.maxDepth),
               false},
              {QStringLiteral("--limit"), G::tr("L"),
               G::tr("most paths to list: 1 to %1 (default %2)").arg(MaxFlowLimit).arg(FlowOptions{}.limit), false}},
             &G::flow,
             G::tr("A path follows LEADS_TO through any node (a Choice is a step like a scene), never\n"
                   "takes one relationship twice and ends at a scene. Paths of one length are ordered\n"
                   "step by step by the ids of the nodes they reach, then of the relationships.")},
            {QStringLiteral("validate"),
             G::tr("Checks a story's structure: dead ends, unreachable scenes, loops and more."),
             {story},
             {},
             G::validate,
             G::tr("Reports dead ends (scenes that lead nowhere and are not marked ending: true),\n"
                   "scenes no start scene reaches, loops, choices that lead nowhere, characters who\n"
                   "appear in no scene, and LEADS_TO steps inside a chapter whose sequence goes down.\n"
                   "Exit status: 0 when the story is clean, 3 when problems were found (the report is\n"
                   "printed either way), 2 for bad input.")},
            {QStringLiteral("path"),
             G::tr("Shows the shortest LEADS_TO path from one node to another."),
             {story,
              {G::tr("FROM"), G::tr("the id of the first node"), false, false},
              {G::tr("TO"), G::tr("the id of the last node"), false, false}},
             {{QStringLiteral("--by"), G::tr("hops|weight"),
               G::tr("fewest relationships (default), or least total weight (a missing weight counts 1)"), false}},
             &G::path},
            {QStringLiteral("reach"),
             G::tr("Lists the nodes a scene leads to over LEADS_TO, and the nodes that lead to it."),
             {story, {G::tr("SCENE_ID"), G::tr("the id of a scene"), false, false}},
             {},
             &G::reach},
            {QStringLiteral("coappear"),
             G::tr("Lists the pairs of characters that appear in the same scenes, most shared first."),
             {story},
             {},
             &G::coappear},
            {QStringLiteral("layout"),
             G::tr("Lays out every node of a story and stores the positions in one transaction."),
             {story},
             {{QStringLiteral("--kind"), G::tr("layered|force"),
               G::tr("layered: the story flow top to bottom; force: force-directed (required)"), false},
              {QStringLiteral("--seed"), G::tr("S"), G::tr("the random seed of the force layout (default 1)"), false}},
             &G::layout},
    };
}

} // namespace ryuk::cli
