// The top of `ryuk`: picks the sub-command, prints help and version, and turns
// errors into one line on stderr and an exit code.
#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace ryuk::cli {

class Dispatcher
{
    Q_DECLARE_TR_FUNCTIONS(Dispatcher)

public:
    Dispatcher();

    // `arguments` leaves out the program name. Returns the exit code.
    int run(const QStringList &arguments);

    static int exitCode(const Error &error);

private:
    const Command *find(const QString &name) const;
    QString overview() const;
    int help(const QStringList &topics);
    int fail(const Error &error);

    std::vector<Command> mCommands;
};

} // namespace ryuk::cli
