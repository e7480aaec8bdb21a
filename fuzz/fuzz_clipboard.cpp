// Fuzzes the reader of the clipboard's byte form: any bytes are read or
// refused, and what is read writes back to bytes that read the same.
#include "fuzzsupport.h"

#include "formats/clipboardelements.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace ryuk;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto read = decodeClipboardElements(bytes);
    if (!read) {
        if (read.error().message.isEmpty())
            fuzz::broken("a refusal without a message");
        return 0;
    }
    auto again = decodeClipboardElements(encodeClipboardElements(*read));
    if (!again || again->relationships != read->relationships || again->nodes.size() != read->nodes.size())
        fuzz::broken("the elements read do not survive a round trip");
    for (std::size_t i = 0; i < read->nodes.size(); ++i) {
        const Node &a = read->nodes[i], &b = again->nodes[i];
        // NaN coordinates are kept bit for bit but do not compare equal.
        const bool sameX = a.x == b.x || (a.x != a.x && b.x != b.x);
        const bool sameY = a.y == b.y || (a.y != a.y && b.y != b.y);
        if (a.id != b.id || a.type != b.type || a.properties != b.properties || !sameX || !sameY)
            fuzz::broken("a node read does not survive a round trip");
    }
    (void)clipboardElementsText(*read);
    return 0;
}
