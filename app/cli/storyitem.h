// A node or a relationship: what `get` and `set` address by one id.
#pragma once

#include "core/error.h"
#include "core/story.h"
#include "store/storystore.h"

#include <QCoreApplication>

#include <string_view>
#include <variant>

namespace ryuk::cli {

using StoryItem = std::variant<Node, Relationship>;

class StoryItemLookup
{
    Q_DECLARE_TR_FUNCTIONS(StoryItemLookup)

public:
    // The node with this id or, if there is none, the relationship.
    static Result<StoryItem> find(StoryStore &store, std::string_view id);
};

} // namespace ryuk::cli
