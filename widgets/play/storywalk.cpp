// Walking a story as a reader would: the scene, its ways on, back and restart.
#include "storywalk.h"

#include "core/properties.h"
#include "store/storystore.h"

#include <algorithm>
#include <tuple>

namespace ryuk {

namespace {

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString titleOf(const GraphVertex &v)
{
    return v.label.empty() ? qstr(v.id) : qstr(v.label);
}

bool isLiveScene(const StoryGraph &graph, VertexIndex v)
{
    return v < graph.vertexSlots() && graph.vertex(v).alive && graph.vertex(v).kind == NodeKind::Scene;
}

// The live LEADS_TO relationships out of `v`, in the order the reader sees
// them: by the next node's id, then by the relationship's id (story flow's
// order, so Play and the Flow dock agree).
std::vector<EdgeIndex> waysOn(const StoryGraph &graph, VertexIndex v)
{
    std::vector<EdgeIndex> edges;
    for (const auto &e : boost::make_iterator_range(boost::out_edges(v, graph.graph()))) {
        const EdgeIndex index = graph.edgeIndex(e);
        const GraphEdge &edge = graph.edge(index);
        if (edge.alive && edge.kind == EdgeKind::LeadsTo && graph.vertex(edge.to).alive)
            edges.push_back(index);
    }
    std::sort(edges.begin(), edges.end(), [&](EdgeIndex a, EdgeIndex b) {
        return std::tie(graph.vertex(graph.edge(a).to).id, graph.edge(a).id)
                < std::tie(graph.vertex(graph.edge(b).to).id, graph.edge(b).id);
    });
    return edges;
}

} // namespace

StoryWalk::StoryWalk(const StoryGraph &graph, StoryStore &store) : mGraph(graph), mStore(store) {}

VertexIndex StoryWalk::startScene(const StoryGraph &graph)
{
    auto key = [&](VertexIndex v) {
        const GraphVertex &vertex = graph.vertex(v);
        // Marked starts first; a missing chapter or sequence sorts after every present one.
        return std::make_tuple(!(vertex.flags & StartFlag), !vertex.chapter, vertex.chapter.value_or(0),
                               !vertex.sequence, vertex.sequence.value_or(0), std::string_view(vertex.id));
    };
    VertexIndex best = NoVertex;
    for (VertexIndex v = 0; v < graph.vertexSlots(); ++v) {
        if (isLiveScene(graph, v) && (best == NoVertex || key(v) < key(best)))
            best = v;
    }
    return best;
}

Result<PlayScene> StoryWalk::sceneAt(const StoryGraph &graph, StoryStore &store, VertexIndex scene)
{
    if (!isLiveScene(graph, scene))
        return Error{ErrorKind::NotFound, tr("That scene no longer exists."), {}, 0, 0};
    const GraphVertex &vertex = graph.vertex(scene);
    auto node = store.node(vertex.id);
    if (!node)
        return node.takeError();

    PlayScene result;
    result.scene = scene;
    result.id = qstr(vertex.id);
    result.title = titleOf(vertex);
    result.summary = qstr(propertyString(node->properties, "summary").value_or(std::string()));
    result.chapter = vertex.chapter;
    result.sequence = vertex.sequence;
    result.markedEnding = vertex.flags & EndingFlag;

    std::vector<std::pair<QString, std::string_view>> cast;
    for (const auto &e : boost::make_iterator_range(boost::in_edges(scene, graph.graph()))) {
        const GraphEdge &edge = graph.edge(graph.edgeIndex(e));
        const GraphVertex &from = graph.vertex(edge.from);
        if (edge.alive && edge.kind == EdgeKind::AppearsIn && from.alive && from.kind == NodeKind::Character)
            cast.emplace_back(titleOf(from), from.id);
    }
    std::sort(cast.begin(), cast.end());
    cast.erase(std::unique(cast.begin(), cast.end()), cast.end());
    for (const auto &[name, id] : cast)
        result.characters.append(name);

    for (const EdgeIndex index : waysOn(graph, scene)) {
        const GraphEdge &edge = graph.edge(index);
        const GraphVertex &next = graph.vertex(edge.to);
        if (next.kind == NodeKind::Scene) {
            // A direct link: the relationship's own label if it has one, else
            // where it goes, with the transition when it is more than a cut.
            auto relationship = store.relationship(edge.id);
            if (!relationship)
                return relationship.takeError();
            QString label = qstr(propertyString(relationship->properties, "label").value_or(std::string()));
            if (label.isEmpty()) {
                label = titleOf(next);
                const QString transition = qstr(graph.typeName(edge.transitionIndex));
                if (!transition.isEmpty() && transition != QLatin1String("cut"))
                    label = tr("%1 (%2)").arg(label, QString(transition).replace(u'_', u' '));
            }
            result.options.push_back({label, edge.to, NoVertex, index});
        } else if (next.kind == NodeKind::Choice) {
            const QString text = titleOf(next);
            const std::vector<EdgeIndex> after = waysOn(graph, edge.to);
            int scenes = 0;
            for (const EdgeIndex a : after)
                scenes += graph.vertex(graph.edge(a).to).kind == NodeKind::Scene;
            for (const EdgeIndex a : after) {
                const VertexIndex target = graph.edge(a).to;
                if (graph.vertex(target).kind != NodeKind::Scene)
                    continue;
                // A Choice with several outcomes names each, so the buttons differ.
                const QString label = scenes > 1 ? tr("%1 — %2").arg(text, titleOf(graph.vertex(target))) : text;
                result.options.push_back({label, target, edge.to, index});
            }
            if (scenes == 0)
                result.options.push_back({text, NoVertex, edge.to, index});
        }
        // LEADS_TO into other kinds of node is not something a reader can follow.
    }
    return result;
}

Status StoryWalk::show(VertexIndex scene)
{
    auto next = sceneAt(mGraph, mStore, scene);
    if (!next)
        return next.takeError();
    mCurrent = std::move(*next);
    return {};
}

Status StoryWalk::restart()
{
    const VertexIndex start = startScene(mGraph);
    if (start == NoVertex) {
        mCurrent = {};
        mHistory.clear();
        return Error::badInput(tr("This story has no scenes to play."));
    }
    if (auto s = show(start); !s)
        return s;
    mHistory.clear();
    return {};
}

Status StoryWalk::choose(int index)
{
    if (index < 0 || std::size_t(index) >= mCurrent.options.size())
        return Error::badInput(tr("There is no way on numbered %1.").arg(index + 1));
    const PlayOption &option = mCurrent.options[std::size_t(index)];
    if (option.target == NoVertex)
        return Error::badInput(tr("“%1” leads nowhere yet.").arg(option.label));
    const VertexIndex from = mCurrent.scene;
    if (auto s = show(option.target); !s)
        return s;
    mHistory.push_back(from);
    return {};
}

bool StoryWalk::back()
{
    while (!mHistory.empty()) {
        const VertexIndex previous = mHistory.back();
        mHistory.pop_back();
        if (show(previous))
            return true;
    }
    return false;
}

Status StoryWalk::refresh()
{
    std::erase_if(mHistory, [&](VertexIndex v) { return !isLiveScene(mGraph, v); });
    if (mCurrent.scene != NoVertex && show(mCurrent.scene))
        return {};
    if (back())
        return {};
    return restart();
}

} // namespace ryuk
