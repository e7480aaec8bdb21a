// The clipboard form of nodes and relationships: the selection as
// ClipboardElements, and the QMimeData that carries them.
#include "elementclipboard.h"

#include <QMimeData>

#include <unordered_set>

namespace ryuk {

Result<ClipboardElements> copySelection(const StoryDocument &document)
{
    ClipboardElements elements;
    const StoryGraph &graph = document.graph();
    std::unordered_set<VertexIndex> chosen(document.selection().nodes.begin(), document.selection().nodes.end());
    for (VertexIndex v : document.selection().nodes) {
        auto node = document.node(v);
        if (!node)
            return node.takeError();
        elements.nodes.push_back(std::move(*node));
        for (auto [it, end] = boost::out_edges(v, graph.graph()); it != end; ++it) {
            if (!chosen.contains(VertexIndex(boost::target(*it, graph.graph()))))
                continue;
            auto relationship = document.relationship(graph.edgeIndex(*it));
            if (!relationship)
                return relationship.takeError();
            elements.relationships.push_back(std::move(*relationship));
        }
    }
    return elements;
}

QMimeData *toMimeData(const ClipboardElements &elements)
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(ElementsMimeType), encodeClipboardElements(elements));
    mime->setText(clipboardElementsText(elements));
    return mime;
}

std::optional<Result<ClipboardElements>> fromMimeData(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(ElementsMimeType)))
        return std::nullopt;
    return decodeClipboardElements(mime->data(QString::fromLatin1(ElementsMimeType)));
}

} // namespace ryuk
