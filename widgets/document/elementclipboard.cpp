// The clipboard form of nodes and relationships: a versioned QDataStream of
// exact UTF-8 bytes for pasting here, story JSON text for anywhere else.
#include "elementclipboard.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

#include <unordered_set>

namespace ryuk {

namespace {

constexpr quint32 Magic = 0x52594b43; // "RYKC"
constexpr quint32 Version = 1;

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

std::string text(const QByteArray &b)
{
    return std::string(b.constData(), std::size_t(b.size()));
}

QJsonValue propertiesValue(const std::string &json)
{
    return QJsonDocument::fromJson(bytes(json)).object();
}

} // namespace

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
    QByteArray exact;
    {
        QDataStream out(&exact, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << Magic << Version << quint64(elements.nodes.size()) << quint64(elements.relationships.size());
        for (const Node &n : elements.nodes)
            out << bytes(n.id) << bytes(n.type) << n.x << n.y << bytes(n.properties);
        for (const Relationship &r : elements.relationships)
            out << bytes(r.id) << bytes(r.type) << bytes(r.from) << bytes(r.to) << bytes(r.properties);
    }
    // The text form follows the story JSON layout, so it can be read by eye
    // or pasted into a story file.
    QJsonArray nodes;
    for (const Node &n : elements.nodes) {
        nodes.append(QJsonObject{{QStringLiteral("id"), QString::fromStdString(n.id)},
                                 {QStringLiteral("type"), QString::fromStdString(n.type)},
                                 {QStringLiteral("x"), n.x},
                                 {QStringLiteral("y"), n.y},
                                 {QStringLiteral("properties"), propertiesValue(n.properties)}});
    }
    QJsonArray relationships;
    for (const Relationship &r : elements.relationships) {
        relationships.append(QJsonObject{{QStringLiteral("id"), QString::fromStdString(r.id)},
                                         {QStringLiteral("type"), QString::fromStdString(r.type)},
                                         {QStringLiteral("from"), QString::fromStdString(r.from)},
                                         {QStringLiteral("to"), QString::fromStdString(r.to)},
                                         {QStringLiteral("properties"), propertiesValue(r.properties)}});
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(ElementsMimeType), exact);
    mime->setText(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("nodes"), nodes},
                                                              {QStringLiteral("relationships"), relationships}})
                                            .toJson(QJsonDocument::Indented)));
    return mime;
}

bool fromMimeData(const QMimeData *mime, ClipboardElements &elements)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(ElementsMimeType)))
        return false;
    QDataStream in(mime->data(QString::fromLatin1(ElementsMimeType)));
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    quint64 nodeCount = 0, relationshipCount = 0;
    in >> magic >> version >> nodeCount >> relationshipCount;
    // Counts are checked against what is left, so a damaged blob cannot make us reserve gigabytes.
    if (in.status() != QDataStream::Ok || magic != Magic || version != Version
        || nodeCount + relationshipCount > quint64(in.device()->bytesAvailable()))
        return false;
    ClipboardElements read;
    for (quint64 i = 0; i < nodeCount; ++i) {
        QByteArray id, type, properties;
        Node n;
        in >> id >> type >> n.x >> n.y >> properties;
        n.id = text(id);
        n.type = text(type);
        n.properties = text(properties);
        read.nodes.push_back(std::move(n));
    }
    for (quint64 i = 0; i < relationshipCount; ++i) {
        QByteArray id, type, from, to, properties;
        in >> id >> type >> from >> to >> properties;
        read.relationships.push_back({text(id), text(type), text(from), text(to), text(properties)});
    }
    if (in.status() != QDataStream::Ok)
        return false;
    elements = std::move(read);
    return true;
}

} // namespace ryuk
