// Sub-command dispatch and the one place where errors become exit codes.
#include "dispatcher.h"

#include "benchmarks.h"
#include "console.h"
#include "editcommands.h"
#include "graphcommands.h"
#include "profilecommands.h"
#include "querycommands.h"
#include "transfercommands.h"

#include <algorithm>

namespace ryuk::cli {

namespace {

const QString BenchCommand = QStringLiteral("bench");

bool isHelp(const QString &arg)
{
    return arg == QStringLiteral("--help") || arg == QStringLiteral("-h") || arg == QStringLiteral("help");
}

} // namespace

Dispatcher::Dispatcher()
{
    // Listed in the order a newcomer meets them: make a story, edit it, read it,
    // ask it questions, move it.
    for (auto group :
         {editCommands(), queryCommands(), graphCommands(), transferCommands(), profileCommands()}) {
        for (Command &command : group)
            mCommands.push_back(std::move(command));
    }
}

int Dispatcher::exitCode(const Error &error)
{
    return error.isInputError() ? ExitBadInput : ExitFailure;
}

int Dispatcher::fail(const Error &error)
{
    Console::printError(error.toString());
    return exitCode(error);
}

const Command *Dispatcher::find(const QString &name) const
{
    const auto it = std::find_if(mCommands.begin(), mCommands.end(), [&](const Command &c) { return c.name == name; });
    return it == mCommands.end() ? nullptr : &*it;
}

QString Dispatcher::overview() const
{
    qsizetype width = BenchCommand.size();
    for (const Command &command : mCommands)
        width = std::max(width, command.name.size());
    QString text = tr("Usage: ryuk COMMAND [ARGUMENTS] [OPTIONS]") + QStringLiteral("\n\n")
            + tr("Reads and edits Ryuk story files from the command line.") + QStringLiteral("\n\n") + tr("Commands:")
            + QLatin1Char('\n');
    for (const Command &command : mCommands)
        text += QStringLiteral("  ") + command.name.leftJustified(width + 2) + command.summary + QLatin1Char('\n');
    text += QStringLiteral("  ") + BenchCommand.leftJustified(width + 2)
            + tr("Runs a benchmark suite (store, graph, canvas, dashboard, formats) and prints its figures; --json prints one JSON object.") + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Every command takes --json (print one line of JSON) and --help.")
            + QLatin1Char('\n') + tr("Run \"ryuk COMMAND --help\" for the arguments and options of one command.")
            + QLatin1Char('\n')
            + tr("Exit status: 0 success, 1 failure while running, 2 bad input or usage, 3 problems found "
                 "(validate), 4 thresholds not met (profile).")
            + QLatin1Char('\n');
    return text;
}

int Dispatcher::help(const QStringList &topics)
{
    if (topics.isEmpty()) {
        Console::write(overview().toUtf8());
        return ExitSuccess;
    }
    const QString &name = topics.first();
    if (name == BenchCommand)
        return runBenchmark({QStringLiteral("--help")});
    const Command *command = find(name);
    if (!command)
        return fail(Error::badInput(tr("unknown command \"%1\" (see ryuk --help)").arg(name)));
    Console::write(command->helpText().toUtf8());
    return ExitSuccess;
}

int Dispatcher::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return fail(Error::badInput(tr("missing command (see ryuk --help)")));
    const QString &first = arguments.first();
    if (isHelp(first))
        return help(arguments.mid(1));
    if (first == QStringLiteral("--version")) {
        Console::printLine(QStringLiteral("ryuk ") + QCoreApplication::applicationVersion());
        return Console::flush() ? ExitSuccess : ExitFailure;
    }
    if (first == BenchCommand)
        return runBenchmark(arguments.mid(1));
    if (first.startsWith(QLatin1Char('-')))
        return fail(Error::badInput(tr("unknown option \"%1\" (see ryuk --help)").arg(first)));

    const Command *command = find(first);
    if (!command)
        return fail(Error::badInput(tr("unknown command \"%1\" (see ryuk --help)").arg(first)));
    auto invocation = command->parse(arguments.mid(1));
    if (!invocation)
        return fail(invocation.error());
    if (invocation->isSet(QStringLiteral("--help"))) {
        Console::write(command->helpText().toUtf8());
        return ExitSuccess;
    }
    const Status status = command->run(*invocation);
    if (!status)
        return fail(status.error());
    if (!Console::flush()) {
        return fail(Error{ErrorKind::Io, tr("cannot write to standard output"), {}, 0, 0});
    }
    return invocation->outcome;
}

} // namespace ryuk::cli
