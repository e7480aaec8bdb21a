// The clipboard's byte form: an exact round trip, and every kind of damage
// refused with its exact message, never a huge allocation or a crash.
#include "formats/clipboardelements.h"
#include "testsupport.h"

#include <QDataStream>
#include <QIODevice>
#include <QtTest>

using namespace ryuk;

namespace {

constexpr quint32 Magic = 0x52594b43;

// A header as the writer makes it, with any counts.
QByteArray header(quint64 nodes, quint64 relationships, quint32 magic = Magic, quint32 version = 1)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic << version << nodes << relationships;
    return bytes;
}

ClipboardElements sample()
{
    ClipboardElements elements;
    elements.nodes.push_back({"s1", "Scene", 1.5, -2, "{\"title\":\"Caf\xC3\xA9\"}"});
    elements.nodes.push_back({std::string("n\0ul", 4), "Character", 0, 0, "{}"});
    elements.relationships.push_back({"r1", "LEADS_TO", "s1", std::string("n\0ul", 4), R"({"weight":0.5})"});
    return elements;
}

} // namespace

class TestClipboardElements : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const ClipboardElements elements = sample();
        RYUK_TAKE(read, decodeClipboardElements(encodeClipboardElements(elements)));
        QCOMPARE(read.nodes, elements.nodes);
        QCOMPARE(read.relationships, elements.relationships);

        RYUK_TAKE(empty, decodeClipboardElements(encodeClipboardElements({})));
        QVERIFY(empty.nodes.empty() && empty.relationships.empty());
    }

    void textForm()
    {
        const QString text = clipboardElementsText(sample());
        QVERIFY(text.contains(QStringLiteral("\"id\": \"s1\"")));
        QVERIFY(text.contains(QString::fromUtf8("\"title\": \"Caf\xC3\xA9\"")));
        QVERIFY(text.contains(QStringLiteral("\"relationships\": [")));
    }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");

        const QByteArray whole = encodeClipboardElements(sample());
        const QByteArray oneNode = encodeClipboardElements({{sample().nodes.front()}, {}});
        auto row = [](const char *name, const QByteArray &bytes, const char *message) {
            QTest::newRow(name) << bytes << QString::fromUtf8(message);
        };
        row("empty", QByteArray(), "the clipboard data is damaged: 0 bytes are too few for its header");
        row("short header", header(0, 0).left(23), "the clipboard data is damaged: 23 bytes are too few for its header");
        row("not ours", QByteArray(24, 'x'), "the clipboard data is damaged: it does not start with Ryuk Studio's mark");
        row("newer version", header(0, 0, Magic, 2),
            "the clipboard data is of version 2; this version of Ryuk Studio reads version 1");
        row("huge node count", header(~quint64(0), 0),
            "the clipboard data is damaged: it claims 18446744073709551615 nodes in 0 bytes");
        row("node count past the bytes", header(2, 0) + QByteArray(55, '\0'),
            "the clipboard data is damaged: it claims 2 nodes in 55 bytes");
        // nodes + relationships would wrap around to 0 in 64 bits.
        row("counts that wrap", header(1, ~quint64(0)) + QByteArray(28, '\0'),
            "the clipboard data is damaged: it claims 1 nodes and 18446744073709551615 relationships in 28 bytes");
        row("relationship count past the bytes", header(0, 3) + QByteArray(59, '\0'),
            "the clipboard data is damaged: it claims 0 nodes and 3 relationships in 59 bytes");
        row("cut inside a node", oneNode.left(oneNode.size() - 1),
            "the clipboard data is damaged: it ends inside node 1 of 1");
        // A string length of 2 GB in a 28-byte node.
        row("string longer than the data", header(1, 0) + QByteArray("\x7f\xff\xff\xf0", 4) + QByteArray(24, '\0'),
            "the clipboard data is damaged: it ends inside node 1 of 1");
        row("cut inside a relationship", whole.left(whole.size() - 3),
            "the clipboard data is damaged: it ends inside relationship 1 of 1");
        row("bytes after the end", whole + "xy", "the clipboard data is damaged: 2 bytes follow the last element");
    }

    void damaged()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        RYUK_COMPARE_ERROR(decodeClipboardElements(bytes), ErrorKind::BadInput, message);
    }
};

QTEST_GUILESS_MAIN(TestClipboardElements)
#include "tst_clipboardelements.moc"
