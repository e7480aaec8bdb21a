// ryuk-studio: starts the editor and opens the story named on the command line, if any.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Ryuk"));
    QApplication::setApplicationName(QStringLiteral("Ryuk Studio"));
    QApplication::setApplicationVersion(QStringLiteral(RYUK_VERSION));
    // Lets the desktop match the window to ryuk-studio.desktop (icon, taskbar grouping).
    QGuiApplication::setDesktopFileName(QStringLiteral("ryuk-studio"));

    // The user's language: Qt's own strings (standard dialogs) and ours.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("ryuk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Ryuk Studio, the editor for story graphs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "Story file (.ryuk) to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        const QString message
                = QCoreApplication::translate("main", "ryuk-studio: expected at most one story file, got %1.")
                          .arg(files.size());
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1; // what QCommandLineParser returns for its own usage errors
    }

    ryuk::MainWindow window;
    window.show();
    if (!files.isEmpty()) {
        const QString path = QFileInfo(files.constFirst()).absoluteFilePath();
        // Once the event loop runs, so an error dialog has a window on screen to sit on.
        QTimer::singleShot(0, &window, [&window, path] { window.openStoryInteractively(path); });
    }
    return app.exec();
}
