// What a `ryuk` sub-command is (its arguments, options and run function) and
// how one command line is parsed against it.
#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace ryuk::cli {

// Exit codes, the same for every command.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, // the disk, the system or a bug failed while running
    ExitBadInput = 2, // bad usage or input the user can fix
    ExitProblemsFound = 3, // the command ran and reports problems in the story (validate)
    ExitThresholdsFailed = 4, // the command ran and the measured figures miss their thresholds (profile)
};

struct PositionalSpec
{
    QString name; // "STORY", "ID"
    QString description;
    bool variadic = false; // takes every remaining argument
    bool optional = false; // may be absent (a variadic one then takes none)
};

struct OptionSpec
{
    QString name;      // "--limit"
    QString valueName; // "N"; empty for a flag
    QString description;
    bool repeatable = false;
};

// One parsed command line. Options are looked up by their full name ("--limit").
class Invocation
{
    Q_DECLARE_TR_FUNCTIONS(Invocation)

public:
    QString command;
    QStringList positional;
    QHash<QString, QStringList> options;

    // Set by a command that ran to the end and printed its output, yet wants
    // scripts to see an outcome: ExitProblemsFound (`validate`) or
    // ExitThresholdsFailed (`profile`).
    mutable ExitCode outcome = ExitSuccess;

    bool isSet(const QString &name) const { return options.contains(name); }
    bool json() const { return isSet(QStringLiteral("--json")); }
    // The last value given for `name`, or std::nullopt if the option is absent.
    std::optional<QString> value(const QString &name) const;
    QStringList values(const QString &name) const { return options.value(name); }

    // Whole-number options. Absent options give `fallback`; a value outside
    // [min, max] or not a number is a BadInput error carrying `problem`.
    Result<qint64> integer(const QString &name, qint64 fallback, qint64 min, qint64 max, const QString &problem) const;
    Result<std::optional<qint64>> optionalInteger(const QString &name, qint64 min, qint64 max,
                                                  const QString &problem) const;
};

struct Command
{
    QString name;
    QString summary; // one line for `ryuk --help`
    std::vector<PositionalSpec> positionals;
    std::vector<OptionSpec> options;
    std::function<Status(const Invocation &)> run;
    QString details = {}; // more paragraphs for `ryuk COMMAND --help`, if any

    // "ryuk nodes STORY [--type T] …", built from the specs.
    QString usage() const;
    // The full text of `ryuk COMMAND --help`.
    QString helpText() const;
    // Parses `args` (everything after the command name). Every command also
    // takes --json and --help; `--` ends the options.
    Result<Invocation> parse(const QStringList &args) const;
};

} // namespace ryuk::cli
