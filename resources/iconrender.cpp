// ryuk_iconrender: a build-time tool that renders one SVG icon to PNGs of the sizes given,
// so the hicolor theme gets raster icons without committing generated files.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Runs during the build, where there may be no display at all.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    // Usage: ryuk_iconrender ICON.svg OUT_PATTERN SIZE... where OUT_PATTERN holds "%1" for the size.
    if (args.size() < 4 || !args.at(2).contains(QStringLiteral("%1"))) {
        std::fprintf(stderr, "usage: ryuk_iconrender ICON.svg OUT_PATTERN(with %%1 for the size) SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "ryuk_iconrender: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 4096) {
            std::fprintf(stderr, "ryuk_iconrender: bad size %s\n", qPrintable(args.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString out = args.at(2).arg(size);
        if (!image.save(out, "PNG")) {
            std::fprintf(stderr, "ryuk_iconrender: cannot write %s\n", qPrintable(out));
            return 1;
        }
    }
    return 0;
}
