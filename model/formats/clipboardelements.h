// The clipboard's exact form of copied nodes and relationships, as bytes:
// written and read here with no GUI, so the reader can be tested and fuzzed
// on its own; widgets/document/elementclipboard.cpp puts it on the clipboard.
#pragma once

#include "core/error.h"
#include "core/story.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace ryuk {

struct ClipboardElements
{
    std::vector<Node> nodes;
    std::vector<Relationship> relationships; // only those among `nodes`
};

// The MIME type of our exact form (every byte of ids and properties kept).
inline constexpr const char *ElementsMimeType = "application/x-ryuk-elements";

// A versioned QDataStream: magic, version, the two counts, then each node
// (id, type, x, y, properties) and each relationship (id, type, from, to,
// properties), strings as length-prefixed UTF-8 bytes.
QByteArray encodeClipboardElements(const ClipboardElements &elements);
// The inverse. Damaged or truncated bytes are refused with a message saying
// what is wrong; no count is trusted beyond the bytes that could hold it.
Result<ClipboardElements> decodeClipboardElements(const QByteArray &bytes);

// The same elements as story JSON text, for other programs.
QString clipboardElementsText(const ClipboardElements &elements);

} // namespace ryuk
