// Copy and paste of nodes and relationships: the selection read from the
// store, and the clipboard's QMimeData around the byte form of
// formats/clipboardelements.h.
#pragma once

#include "core/story.h"
#include "document/storydocument.h"
#include "formats/clipboardelements.h"

#include <optional>

class QMimeData;

namespace ryuk {

// The selected nodes and the relationships among them, read from the store.
Result<ClipboardElements> copySelection(const StoryDocument &document);

// Both our exact form and, for other programs, the elements as story JSON text.
QMimeData *toMimeData(const ClipboardElements &elements);
// Nothing if `mime` holds none of our exact form (text from elsewhere, say);
// an error if it holds a damaged one.
std::optional<Result<ClipboardElements>> fromMimeData(const QMimeData *mime);

} // namespace ryuk
