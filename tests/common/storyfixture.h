// Test support for the graph suites: builds a small story from a compact
// text spec in one batch and loads its StoryGraph.
#pragma once

#include "graph/storygraph.h"
#include "store/sqlitestorystore.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <string>

namespace ryuk::test {

inline std::string utf8(const QString &s)
{
    return s.toStdString();
}

inline QString str(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<StoryStore> store;
    std::unique_ptr<StoryGraph> graph;
};

// Splits "head{json}" into head and properties ("{}" when there are none).
inline std::pair<QString, std::string> splitProperties(const QString &token)
{
    const qsizetype brace = token.indexOf(u'{');
    if (brace < 0)
        return {token, "{}"};
    return {token.left(brace), utf8(token.mid(brace))};
}

// Builds a story in one batch. Nodes are "id" (a Scene) or "id:Type";
// relationships "id:from>to" (LEADS_TO) or "id:from>to:TYPE", each optionally
// followed by its properties as JSON without spaces. Returns why it failed.
inline QString setUp(Fixture &f, const QStringList &nodes, const QStringList &relationships)
{
    auto store = openStory(f.dir.filePath(QStringLiteral("story.ryuk")), OpenMode::CreateNew);
    if (!store)
        return store.error().message;
    f.store = std::move(*store);
    auto batch = f.store->beginBatch();
    if (!batch)
        return batch.error().message;
    for (const QString &token : nodes) {
        const auto [head, properties] = splitProperties(token);
        const QStringList parts = head.split(u':');
        Node node{utf8(parts[0]), parts.size() > 1 ? utf8(parts[1]) : std::string(NodeType::Scene), 0, 0, properties};
        if (auto s = (*batch)->addNode(node); !s)
            return s.error().message;
    }
    for (const QString &token : relationships) {
        const auto [head, properties] = splitProperties(token);
        const QStringList parts = head.split(u':');
        const QStringList ends = parts.value(1).split(u'>');
        Relationship r{utf8(parts[0]), parts.size() > 2 ? utf8(parts[2]) : std::string(RelationshipType::LeadsTo),
                       utf8(ends.value(0)), utf8(ends.value(1)), properties};
        if (auto s = (*batch)->addRelationship(r); !s)
            return s.error().message;
    }
    if (auto s = (*batch)->commit(); !s)
        return s.error().message;
    auto graph = StoryGraph::build(*f.store);
    if (!graph)
        return graph.error().message;
    f.graph = std::move(*graph);
    return {};
}

// The same with space-separated specs.
inline QString setUp(Fixture &f, const QString &nodes, const QString &relationships)
{
    return setUp(f, nodes.split(u' ', Qt::SkipEmptyParts), relationships.split(u' ', Qt::SkipEmptyParts));
}

} // namespace ryuk::test
