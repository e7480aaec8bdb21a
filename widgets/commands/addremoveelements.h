// Adding and removing nodes and relationships as undoable steps: new nodes,
// new relationships, pastes, and deletes with every relationship they take along.
#pragma once

#include "storycommand.h"

#include "core/story.h"

#include <vector>

namespace ryuk {

// Adds `nodes` then `relationships` in one transaction; undo removes them.
class AddElements final : public StoryCommand
{
public:
    AddElements(StoryDocument *document, std::vector<Node> nodes, std::vector<Relationship> relationships,
                const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    std::vector<Node> mNodes;
    std::vector<Relationship> mRelationships;
};

// Removes nodes (with their relationships) and relationships; undo puts back
// every element exactly as it was, ids, positions and properties included.
class RemoveElements final : public StoryCommand
{
public:
    // Reads what the removal will take from the store; fails for unknown ids.
    static Result<std::unique_ptr<RemoveElements>> create(StoryDocument *document, const std::vector<std::string> &ids);

    qint64 nodeCount() const { return qint64(mNodes.size()); }
    qint64 relationshipCount() const { return qint64(mRelationships.size()); }

protected:
    Status apply() override;
    Status revert() override;

private:
    RemoveElements(StoryDocument *document, const QString &text);

    std::vector<std::string> mIds;
    std::vector<Node> mNodes;
    std::vector<Relationship> mRelationships; // named ones and those of removed nodes
};

} // namespace ryuk
