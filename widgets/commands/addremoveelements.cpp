// AddElements and RemoveElements: one transaction each way.
#include "addremoveelements.h"

#include "document/storydocument.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_set>

namespace ryuk {

AddElements::AddElements(StoryDocument *document, std::vector<Node> nodes, std::vector<Relationship> relationships,
                         const QString &text)
    : StoryCommand(document, text), mNodes(std::move(nodes)), mRelationships(std::move(relationships))
{
}

Status AddElements::apply()
{
    return document()->store().addElements(mNodes, mRelationships);
}

Status AddElements::revert()
{
    // Removing a node takes its relationships along; naming them as well
    // would fail as unknown ids.
    std::unordered_set<std::string_view> nodeIds;
    std::vector<std::string> ids;
    for (const Node &node : mNodes) {
        nodeIds.insert(node.id);
        ids.push_back(node.id);
    }
    for (const Relationship &relationship : mRelationships) {
        if (!nodeIds.contains(relationship.from) && !nodeIds.contains(relationship.to))
            ids.push_back(relationship.id);
    }
    auto removed = document()->store().remove(ids);
    return removed ? Status() : Status(removed.takeError());
}

RemoveElements::RemoveElements(StoryDocument *document, const QString &text) : StoryCommand(document, text) {}

Result<std::unique_ptr<RemoveElements>> RemoveElements::create(StoryDocument *document,
                                                               const std::vector<std::string> &ids)
{
    std::unique_ptr<RemoveElements> command(new RemoveElements(document, {}));
    const StoryGraph &graph = document->graph();
    StoryStore &store = document->store();
    std::unordered_set<std::string> relationshipIds;
    std::vector<std::string> relationshipOrder;
    auto keepRelationship = [&](const std::string &id) {
        if (relationshipIds.insert(id).second)
            relationshipOrder.push_back(id);
    };
    for (const std::string &id : ids) {
        if (const VertexIndex v = graph.findVertex(id); v != NoVertex) {
            auto node = store.node(id);
            if (!node)
                return node.takeError();
            command->mNodes.push_back(std::move(*node));
            for (auto [it, end] = boost::out_edges(v, graph.graph()); it != end; ++it)
                keepRelationship(graph.edge(graph.edgeIndex(*it)).id);
            for (auto [it, end] = boost::in_edges(v, graph.graph()); it != end; ++it)
                keepRelationship(graph.edge(graph.edgeIndex(*it)).id);
        } else if (graph.findEdge(id) != NoEdge) {
            keepRelationship(id);
        } else {
            return Error{ErrorKind::NotFound,
                         QCoreApplication::translate("StoryDocument", "no node or relationship has id \"%1\"")
                                 .arg(QString::fromStdString(id)),
                         {}, 0, 0};
        }
        command->mIds.push_back(id);
    }
    for (const std::string &id : relationshipOrder) {
        auto relationship = store.relationship(id);
        if (!relationship)
            return relationship.takeError();
        command->mRelationships.push_back(std::move(*relationship));
    }
    const auto nodes = qint64(command->mNodes.size());
    const auto relationships = qint64(command->mRelationships.size());
    QString text;
    if (nodes == 1 && ids.size() == 1)
        text = QCoreApplication::translate("StoryDocument", "Delete %1").arg(QString::fromStdString(ids.front()));
    else if (nodes == 0)
        text = QCoreApplication::translate("StoryDocument", "Delete %n relationship(s)", nullptr, int(relationships));
    else
        text = QCoreApplication::translate("StoryDocument", "Delete %n node(s)", nullptr, int(nodes));
    command->setText(text);
    return command;
}

Status RemoveElements::apply()
{
    auto removed = document()->store().remove(mIds);
    return removed ? Status() : Status(removed.takeError());
}

Status RemoveElements::revert()
{
    return document()->store().addElements(mNodes, mRelationships);
}

} // namespace ryuk
