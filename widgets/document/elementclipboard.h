// Copy and paste of nodes and relationships: the clipboard form of a selection.
#pragma once

#include "core/story.h"
#include "document/storydocument.h"

#include <vector>

class QMimeData;

namespace ryuk {

struct ClipboardElements
{
    std::vector<Node> nodes;
    std::vector<Relationship> relationships; // only those among `nodes`
};

// The selected nodes and the relationships among them, read from the store.
Result<ClipboardElements> copySelection(const StoryDocument &document);

// The MIME type of our own exact form (every byte of ids and properties kept).
inline constexpr const char *ElementsMimeType = "application/x-ryuk-elements";

// Both our exact form and, for other programs, the elements as story JSON text.
QMimeData *toMimeData(const ClipboardElements &elements);
// Reads our exact form; false if `mime` holds none (or a damaged one).
bool fromMimeData(const QMimeData *mime, ClipboardElements &elements);

} // namespace ryuk
