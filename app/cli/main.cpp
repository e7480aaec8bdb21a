// `ryuk`, the command-line tool: reads, edits, imports and exports stories.
#include "dispatcher.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ryuk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RYUK_VERSION));
    ryuk::cli::Dispatcher dispatcher;
    return dispatcher.run(QCoreApplication::arguments().mid(1));
}
