// `ryuk`, the command-line tool: reads, edits, imports and exports stories.
#include "dispatcher.h"

#include <QApplication>

#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // The widget benchmarks (`ryuk bench dashboard`, `ryuk bench canvas`) draw
    // real widgets, offscreen unless told otherwise: they need a QApplication.
    const bool widgets = argc > 2 && std::strcmp(argv[1], "bench") == 0
                         && (std::strcmp(argv[2], "dashboard") == 0 || std::strcmp(argv[2], "canvas") == 0);
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = widgets ? std::make_unique<QApplication>(argc, argv)
                                                    : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ryuk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RYUK_VERSION));
    ryuk::cli::Dispatcher dispatcher;
    return dispatcher.run(QCoreApplication::arguments().mid(1));
}
