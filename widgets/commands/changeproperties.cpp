// ChangeProperties: writes the new values, or the old ones back.
#include "changeproperties.h"

#include "document/storydocument.h"

namespace ryuk {

ChangeProperties::ChangeProperties(StoryDocument *document, std::string id, std::vector<PropertyChange> after,
                                   std::vector<PropertyChange> before, const QString &text)
    : StoryCommand(document, text), mId(std::move(id)), mAfter(std::move(after)), mBefore(std::move(before))
{
}

Status ChangeProperties::apply()
{
    return document()->store().setProperties(mId, mAfter);
}

Status ChangeProperties::revert()
{
    return document()->store().setProperties(mId, mBefore);
}

} // namespace ryuk
