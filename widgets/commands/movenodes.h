// Moving nodes as an undoable step; the moves of one drag merge into one step.
#pragma once

#include "storycommand.h"

#include "core/story.h"

#include <vector>

namespace ryuk {

class MoveNodes final : public StoryCommand
{
public:
    // `mergeKey` 0 never merges; commands with the same other key in a row
    // become one step that goes from the first `before` to the last `after`.
    MoveNodes(StoryDocument *document, std::vector<NodePosition> after, std::vector<NodePosition> before, int mergeKey,
              const QString &text);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Status apply() override;
    Status revert() override;

private:
    std::vector<NodePosition> mAfter;
    std::vector<NodePosition> mBefore;
    int mMergeKey;
};

} // namespace ryuk
