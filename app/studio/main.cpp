// ryuk-studio: starts the editor in the chosen language and opens the story named on the
// command line, if any; --screenshot saves a picture of the window and quits (for the docs).
#include "languagesetting.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QFileInfo>
#include <QIcon>
#include <QPixmap>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

struct Options
{
    QCommandLineOption language{QStringLiteral("language"),
                                QCoreApplication::translate("main", "Show the window in LANGUAGE (en, ja, …) "
                                                                    "instead of the saved or the system's language."),
                                QStringLiteral("LANGUAGE")};
    QCommandLineOption screenshot{QStringList{QStringLiteral("screenshot")},
                                  QCoreApplication::translate("main", "Open the story, save a picture of the window "
                                                                      "to FILE (PNG) and quit."),
                                  QStringLiteral("FILE")};
    QCommandLineOption focus{QStringList{QStringLiteral("focus")},
                             QCoreApplication::translate("main", "After opening the story, select the node NODE and "
                                                                 "show it at full size."),
                             QStringLiteral("NODE")};
    QCommandLineOption showDock{QStringList{QStringLiteral("show-dock")},
                                QCoreApplication::translate("main", "Show and raise the dock named DOCK (inspectorDock, "
                                                                    "profilerDock, …)."),
                                QStringLiteral("DOCK")};
};

// Built twice: once to find --language, then again, translated, for --help.
std::unique_ptr<QCommandLineParser> makeParser(const Options &options)
{
    auto parser = std::make_unique<QCommandLineParser>();
    parser->setApplicationDescription(QCoreApplication::translate("main", "Ryuk Studio, the editor for story graphs."));
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addOption(options.language);
    parser->addOption(options.screenshot);
    parser->addOption(options.focus);
    parser->addOption(options.showDock);
    parser->addPositionalArgument(QStringLiteral("file"),
                                  QCoreApplication::translate("main", "Story file (.ryuk) to open."),
                                  QStringLiteral("[file]"));
    return parser;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Ryuk"));
    QApplication::setApplicationName(QStringLiteral("Ryuk Studio"));
    QApplication::setApplicationVersion(QStringLiteral(RYUK_VERSION));
    // Lets the desktop match the window to its .desktop file (icon, taskbar grouping); the id
    // is the one packaging/ installs the file under.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.ryuk.RyukStudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ryuk-studio.svg")));

    // The language comes first, so --help and every message are already translated.
    ryuk::LanguageSetting languageSetting;
    {
        const Options untranslated;
        auto probe = makeParser(untranslated);
        probe->parse(QCoreApplication::arguments()); // errors are reported by process() below
        const auto language = languageSetting.resolve(probe->value(untranslated.language));
        if (!language.ok()) {
            printError(QStringLiteral("ryuk-studio: ") + language.error().message);
            return 1; // what QCommandLineParser returns for its own usage errors
        }
        languageSetting.install(app, language.value());
    }

    const Options options;
    auto parser = makeParser(options);
    parser->process(app);

    const QStringList files = parser->positionalArguments();
    if (files.size() > 1) {
        printError(QCoreApplication::translate("main", "ryuk-studio: expected at most one story file, got %1.")
                           .arg(files.size()));
        return 1;
    }
    const QString path = files.isEmpty() ? QString() : QFileInfo(files.constFirst()).absoluteFilePath();

    const QString focus = parser->value(options.focus);
    ryuk::MainWindow window;
    if (parser->isSet(options.showDock)) {
        QDockWidget *dock = window.dock(parser->value(options.showDock));
        if (!dock) {
            printError(QCoreApplication::translate("main", "ryuk-studio: there is no dock named %1.")
                               .arg(parser->value(options.showDock)));
            return 1;
        }
        dock->show();
        dock->raise();
    }
    window.show();
    // After the window's own fit to the story, which is queued when a story opens.
    auto focusAfterOpen = [&window, focus] {
        if (!focus.isEmpty() && window.hasStory())
            QTimer::singleShot(0, &window, [&window, focus] {
                if (!window.focusNode(focus))
                    printError(QStringLiteral("ryuk-studio: ") + window.lastError());
            });
    };

    if (parser->isSet(options.screenshot)) {
        const QString output = QFileInfo(parser->value(options.screenshot)).absoluteFilePath();
        QTimer::singleShot(0, &window, [&window, path, output, focusAfterOpen] {
            // openStory() never shows a dialog, so nothing can wait for a click that never comes.
            if (!path.isEmpty() && !window.openStory(path)) {
                printError(QStringLiteral("ryuk-studio: ") + window.lastError());
                QCoreApplication::exit(1);
                return;
            }
            focusAfterOpen();
            // A second for the layout, lazy pages and fonts to settle before the picture.
            QTimer::singleShot(1000, &window, [&window, output] {
                if (!window.grab().save(output, "PNG")) {
                    printError(QCoreApplication::translate("main", "ryuk-studio: cannot write the screenshot %1.")
                                       .arg(output));
                    QCoreApplication::exit(1);
                    return;
                }
                QCoreApplication::exit(0);
            });
        });
        return app.exec();
    }

    if (!path.isEmpty()) {
        // Once the event loop runs, so an error dialog has a window on screen to sit on.
        QTimer::singleShot(0, &window, [&window, path, focusAfterOpen] {
            window.openStoryInteractively(path);
            focusAfterOpen();
        });
    } else if (window.recentFiles().isEmpty()) {
        // The very first start shows the bundled sample story, ready to explore.
        QTimer::singleShot(0, &window, [&window] { window.openSampleStory(); });
    }
    return app.exec();
}
