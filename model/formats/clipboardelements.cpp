// The clipboard form of nodes and relationships: a versioned QDataStream of
// exact UTF-8 bytes for pasting here, story JSON text for anywhere else.
#include "clipboardelements.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ryuk {

namespace {

constexpr quint32 Magic = 0x52594b43; // "RYKC"
constexpr quint32 Version = 1;
constexpr qint64 HeaderBytes = 4 + 4 + 8 + 8;
// The fewest bytes an element can take: a length (4 bytes) per string, 8 per coordinate.
constexpr quint64 MinNodeBytes = 3 * 4 + 2 * 8;
constexpr quint64 MinRelationshipBytes = 5 * 4;

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

Error damaged(const QString &what)
{
    return Error::badInput(QCoreApplication::translate("ClipboardElements", "the clipboard data is damaged: %1").arg(what));
}

} // namespace

QByteArray encodeClipboardElements(const ClipboardElements &elements)
{
    QByteArray exact;
    QDataStream out(&exact, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << Version << quint64(elements.nodes.size()) << quint64(elements.relationships.size());
    for (const Node &n : elements.nodes)
        out << bytes(n.id) << bytes(n.type) << n.x << n.y << bytes(n.properties);
    for (const Relationship &r : elements.relationships)
        out << bytes(r.id) << bytes(r.type) << bytes(r.from) << bytes(r.to) << bytes(r.properties);
    return exact;
}

Result<ClipboardElements> decodeClipboardElements(const QByteArray &data)
{
    if (data.size() < HeaderBytes)
        return damaged(QCoreApplication::translate("ClipboardElements", "%1 bytes are too few for its header")
                               .arg(data.size()));
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    quint64 nodeCount = 0, relationshipCount = 0;
    in >> magic >> version >> nodeCount >> relationshipCount;
    if (in.status() != QDataStream::Ok)
        return damaged(QCoreApplication::translate("ClipboardElements", "its header cannot be read"));
    if (magic != Magic)
        return damaged(QCoreApplication::translate("ClipboardElements", "it does not start with Ryuk Studio's mark"));
    if (version != Version)
        return Error::badInput(QCoreApplication::translate("ClipboardElements",
                                                           "the clipboard data is of version %1; this version of Ryuk "
                                                           "Studio reads version %2")
                                       .arg(version)
                                       .arg(Version));
    // Each count is checked against the bytes that remain before anything is
    // reserved or read, so a damaged count cannot ask for gigabytes.
    const quint64 remaining = quint64(data.size() - HeaderBytes);
    if (nodeCount > remaining / MinNodeBytes)
        return damaged(QCoreApplication::translate("ClipboardElements", "it claims %1 nodes in %2 bytes")
                               .arg(nodeCount)
                               .arg(remaining));
    if (relationshipCount > (remaining - nodeCount * MinNodeBytes) / MinRelationshipBytes)
        return damaged(QCoreApplication::translate("ClipboardElements", "it claims %1 nodes and %2 relationships in %3 bytes")
                               .arg(nodeCount)
                               .arg(relationshipCount)
                               .arg(remaining));
    ClipboardElements read;
    read.nodes.reserve(std::size_t(nodeCount));
    read.relationships.reserve(std::size_t(relationshipCount));
    for (quint64 i = 0; i < nodeCount; ++i) {
        QByteArray id, type, properties;
        Node n;
        in >> id >> type >> n.x >> n.y >> properties;
        if (in.status() != QDataStream::Ok)
            return damaged(QCoreApplication::translate("ClipboardElements", "it ends inside node %1 of %2")
                                   .arg(i + 1)
                                   .arg(nodeCount));
        n.id = text(id);
        n.type = text(type);
        n.properties = text(properties);
        read.nodes.push_back(std::move(n));
    }
    for (quint64 i = 0; i < relationshipCount; ++i) {
        QByteArray id, type, from, to, properties;
        in >> id >> type >> from >> to >> properties;
        if (in.status() != QDataStream::Ok)
            return damaged(QCoreApplication::translate("ClipboardElements", "it ends inside relationship %1 of %2")
                                   .arg(i + 1)
                                   .arg(relationshipCount));
        read.relationships.push_back({text(id), text(type), text(from), text(to), text(properties)});
    }
    if (!in.atEnd())
        return damaged(QCoreApplication::translate("ClipboardElements", "%1 bytes follow the last element")
                               .arg(in.device()->bytesAvailable()));
    return read;
}

QString clipboardElementsText(const ClipboardElements &elements)
{
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
    return QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("nodes"), nodes}, {QStringLiteral("relationships"), relationships}})
                    .toJson(QJsonDocument::Indented));
}

} // namespace ryuk
