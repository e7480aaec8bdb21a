// Looks an id up as a node first, then as a relationship.
#include "storyitem.h"

namespace ryuk::cli {

Result<StoryItem> StoryItemLookup::find(StoryStore &store, std::string_view id)
{
    auto node = store.node(id);
    if (node)
        return StoryItem(std::move(node).value());
    if (node.error().kind != ErrorKind::NotFound)
        return node.takeError();
    auto relationship = store.relationship(id);
    if (relationship)
        return StoryItem(std::move(relationship).value());
    if (relationship.error().kind != ErrorKind::NotFound)
        return relationship.takeError();
    // Neither lookup's message fits, as the id may name either kind of item;
    // this is the wording the store uses where an id may name either.
    return Error{ErrorKind::NotFound,
                 tr("no node or relationship has id \"%1\"").arg(QString::fromUtf8(id.data(), qsizetype(id.size()))),
                 {},
                 0,
                 0};
}

} // namespace ryuk::cli
