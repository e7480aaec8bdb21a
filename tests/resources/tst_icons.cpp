// Tests the bundled icon set: every icon is in the resources linked into an executable, valid,
// drawn in the house style (24×24 grid, 2 px strokes, the four colours) and distinct.
#include "icons.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QtTest>

using namespace ryuk;

namespace {

QString pathOf(const QString &name)
{
    return QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
}

QImage render(const QString &name, int size)
{
    QSvgRenderer renderer(pathOf(name));
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
    }
    return count;
}

QStringList actionAndNodeIcons()
{
    QStringList names = iconNames();
    names.removeOne(QStringLiteral("ryuk-studio"));
    return names;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void resourcesHoldExactlyTheListedIcons();
    void everyAskedForIconIsListed();
    void iconIsValidSvgOnTheGrid_data();
    void iconIsValidSvgOnTheGrid();
    void iconsAreDistinct();
    void themedIconFallsBackToOurs();
    void freedesktopNames();
    void applicationIconReadsAtSmallSizes();
};

void TestIcons::resourcesHoldExactlyTheListedIcons()
{
    QStringList inResources = QDir(QStringLiteral(":/icons")).entryList(QDir::Files, QDir::Name);
    QStringList listed;
    for (const QString &name : iconNames())
        listed << name + QStringLiteral(".svg");
    listed.sort();
    QCOMPARE(inResources, listed);
}

void TestIcons::everyAskedForIconIsListed()
{
    // The node types and main actions of the issue, by the names the GUI uses.
    const QStringList wanted = {
        QStringLiteral("ryuk-studio"),  QStringLiteral("node-scene"),  QStringLiteral("node-character"),
        QStringLiteral("node-choice"),  QStringLiteral("node-event"),  QStringLiteral("node-custom"),
        QStringLiteral("new"),          QStringLiteral("open"),        QStringLiteral("import"),
        QStringLiteral("export"),       QStringLiteral("save-image"),  QStringLiteral("undo"),
        QStringLiteral("redo"),         QStringLiteral("cut"),         QStringLiteral("copy"),
        QStringLiteral("paste"),        QStringLiteral("delete"),      QStringLiteral("find"),
        QStringLiteral("zoom-in"),      QStringLiteral("zoom-out"),    QStringLiteral("zoom-fit"),
        QStringLiteral("minimap"),      QStringLiteral("layout"),      QStringLiteral("validate"),
        QStringLiteral("flow"),         QStringLiteral("play"),        QStringLiteral("profiler"),
        QStringLiteral("add-relationship"), QStringLiteral("settings"),
    };
    QCOMPARE(iconNames(), wanted);
}

void TestIcons::iconIsValidSvgOnTheGrid_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : actionAndNodeIcons())
        QTest::newRow(qPrintable(name)) << name;
}

void TestIcons::iconIsValidSvgOnTheGrid()
{
    QFETCH(QString, name);
    QFile file(pathOf(name));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString svg = QString::fromUtf8(file.readAll());

    QSvgRenderer renderer(pathOf(name));
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), QRect(0, 0, 24, 24));
    QCOMPARE(renderer.defaultSize(), QSize(24, 24));

    // One stroke width and the palette: ink, accent, paper. No currentColor, so the
    // icons look the same in every palette.
    static const QRegularExpression strokeWidth(QStringLiteral("stroke-width=\"([^\"]*)\""));
    for (auto it = strokeWidth.globalMatch(svg); it.hasNext();)
        QCOMPARE(it.next().captured(1), QStringLiteral("2"));
    static const QRegularExpression colour(QStringLiteral("(?:fill|stroke)=\"(#[0-9a-f]{6})\""));
    const QSet<QString> palette = {QStringLiteral("#5a6b7d"), QStringLiteral("#e4572e"), QStringLiteral("#e8edf2")};
    int colours = 0;
    for (auto it = colour.globalMatch(svg); it.hasNext(); ++colours) {
        const QString value = it.next().captured(1);
        QVERIFY2(palette.contains(value), qPrintable(name + QStringLiteral(": ") + value));
    }
    QVERIFY(colours > 0);
    QVERIFY(!svg.contains(QStringLiteral("currentColor")));
    // Every icon uses the accent once at least, so the set reads as one family.
    QVERIFY(svg.contains(QStringLiteral("#e4572e")));

    // Drawn at 1× and 2×, and not lost in a corner.
    for (int size : {24, 48}) {
        const int opaque = opaquePixels(render(name, size));
        QVERIFY2(opaque > size * size / 10, qPrintable(QString::number(opaque)));
    }
}

void TestIcons::iconsAreDistinct()
{
    const QStringList names = iconNames();
    QHash<QByteArray, QString> seen;
    for (const QString &name : names) {
        const QImage image = render(name, 24);
        const QByteArray key(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes());
        QVERIFY2(!seen.contains(key), qPrintable(name + QStringLiteral(" looks like ") + seen.value(key)));
        seen.insert(key, name);
    }
    QCOMPARE(seen.size(), names.size());
}

void TestIcons::themedIconFallsBackToOurs()
{
    // The offscreen platform has no icon theme, so every icon is ours.
    QIcon::setThemeName(QString());
    for (const QString &name : iconNames()) {
        const QIcon icon = themedIcon(name.toLatin1().constData());
        QVERIFY2(!icon.isNull(), qPrintable(name));
        const QImage image = icon.pixmap(QSize(24, 24)).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.size(), QSize(24, 24));
        QCOMPARE(image, render(name, 24));
    }
}

void TestIcons::freedesktopNames()
{
    QCOMPARE(QString::fromLatin1(freedesktopIconName("zoom-fit")), QStringLiteral("zoom-fit-best"));
    QCOMPARE(QString::fromLatin1(freedesktopIconName("new")), QStringLiteral("document-new"));
    QCOMPARE(QString::fromLatin1(freedesktopIconName("settings")), QStringLiteral("preferences-system"));
    QCOMPARE(freedesktopIconName("node-scene"), nullptr);
    QCOMPARE(freedesktopIconName("minimap"), nullptr);
}

void TestIcons::applicationIconReadsAtSmallSizes()
{
    QSvgRenderer renderer(pathOf(QStringLiteral("ryuk-studio")));
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox().width(), renderer.viewBox().height());
    // At 16 px the rounded square fills most of the icon and the red node is still there.
    const QImage small = render(QStringLiteral("ryuk-studio"), 16);
    QVERIFY2(opaquePixels(small) > 16 * 16 / 2, qPrintable(QString::number(opaquePixels(small))));
    const QColor node = small.pixelColor(11, 8);
    QVERIFY2(node.red() > 150 && node.green() < 140, qPrintable(node.name()));
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
