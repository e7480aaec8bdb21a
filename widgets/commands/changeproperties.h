// Changing properties of one node or relationship as an undoable step.
#pragma once

#include "storycommand.h"

#include "core/story.h"

#include <string>
#include <vector>

namespace ryuk {

class ChangeProperties final : public StoryCommand
{
public:
    // `before` holds the old value of each key `after` changes (std::nullopt
    // for keys that did not exist), so undo writes them back.
    ChangeProperties(StoryDocument *document, std::string id, std::vector<PropertyChange> after,
                     std::vector<PropertyChange> before, const QString &text);

    const std::string &elementId() const { return mId; }

protected:
    Status apply() override;
    Status revert() override;

private:
    std::string mId;
    std::vector<PropertyChange> mAfter;
    std::vector<PropertyChange> mBefore;
};

} // namespace ryuk
