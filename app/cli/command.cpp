// Parsing of one sub-command's arguments and the text of its --help.
#include "command.h"

#include <algorithm>

namespace ryuk::cli {

namespace {

const QString JsonOption = QStringLiteral("--json");
const QString HelpOption = QStringLiteral("--help");

// Options every command takes; they are listed last in the help.
std::vector<OptionSpec> commonOptions()
{
    return {
            {JsonOption, {}, Invocation::tr("print the result as one line of JSON"), false},
            {QStringLiteral("-h, --help"), {}, Invocation::tr("show this help"), false},
    };
}

QString positionalUsage(const PositionalSpec &spec)
{
    QString text = spec.name;
    if (spec.variadic)
        text += QStringLiteral("…");
    return spec.optional ? QLatin1Char('[') + text + QLatin1Char(']') : text;
}

QString optionUsage(const OptionSpec &spec)
{
    QString text = spec.valueName.isEmpty() ? spec.name : spec.name + QLatin1Char(' ') + spec.valueName;
    text = QLatin1Char('[') + text + QLatin1Char(']');
    if (spec.repeatable)
        text += QStringLiteral("…");
    return text;
}

// Two columns: names padded to one width, then the descriptions.
QString definitionList(const std::vector<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    QString text;
    for (const auto &row : rows)
        text += QStringLiteral("  ") + row.first.leftJustified(width + 2) + row.second + QLatin1Char('\n');
    return text;
}

} // namespace

std::optional<QString> Invocation::value(const QString &name) const
{
    const auto it = options.constFind(name);
    if (it == options.cend() || it->isEmpty())
        return std::nullopt;
    return it->constLast();
}

Result<qint64> Invocation::integer(const QString &name, qint64 fallback, qint64 min, qint64 max,
                                   const QString &problem) const
{
    auto parsed = optionalInteger(name, min, max, problem);
    if (!parsed)
        return parsed.takeError();
    return parsed->value_or(fallback);
}

Result<std::optional<qint64>> Invocation::optionalInteger(const QString &name, qint64 min, qint64 max,
                                                          const QString &problem) const
{
    const auto text = value(name);
    if (!text)
        return std::optional<qint64>();
    bool ok = false;
    const qint64 number = text->toLongLong(&ok);
    if (!ok || number < min || number > max)
        return Error::badInput(problem);
    return std::optional<qint64>(number);
}

QString Command::usage() const
{
    QStringList parts{QStringLiteral("ryuk"), name};
    for (const PositionalSpec &spec : positionals)
        parts << positionalUsage(spec);
    for (const OptionSpec &spec : options)
        parts << optionUsage(spec);
    parts << QLatin1Char('[') + JsonOption + QLatin1Char(']');
    return parts.join(QLatin1Char(' '));
}

QString Command::helpText() const
{
    QString text = Invocation::tr("Usage: %1").arg(usage()) + QStringLiteral("\n\n") + summary + QStringLiteral("\n");
    if (!details.isEmpty())
        text += QLatin1Char('\n') + details + QLatin1Char('\n');
    if (!positionals.empty()) {
        std::vector<std::pair<QString, QString>> rows;
        for (const PositionalSpec &spec : positionals)
            rows.emplace_back(spec.name, spec.description);
        text += QLatin1Char('\n') + Invocation::tr("Arguments:") + QLatin1Char('\n') + definitionList(rows);
    }
    std::vector<std::pair<QString, QString>> rows;
    for (const OptionSpec &spec : options) {
        const QString name = spec.valueName.isEmpty() ? spec.name : spec.name + QLatin1Char(' ') + spec.valueName;
        rows.emplace_back(name, spec.description);
    }
    for (const OptionSpec &spec : commonOptions())
        rows.emplace_back(spec.name, spec.description);
    text += QLatin1Char('\n') + Invocation::tr("Options:") + QLatin1Char('\n') + definitionList(rows);
    return text;
}

Result<Invocation> Command::parse(const QStringList &args) const
{
    Invocation invocation;
    invocation.command = name;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QStringLiteral("-")) {
            invocation.positional << arg;
            continue;
        }
        if (arg == QStringLiteral("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg == QStringLiteral("-h") || arg == HelpOption) {
            invocation.options[HelpOption];
            continue;
        }
        const qsizetype equals = arg.indexOf(QLatin1Char('='));
        const QString optionName = equals < 0 ? arg : arg.left(equals);
        if (optionName == JsonOption) {
            if (equals >= 0)
                return Error::badInput(Invocation::tr("option \"%1\" takes no value").arg(optionName));
            invocation.options[JsonOption];
            continue;
        }
        const auto spec = std::find_if(options.begin(), options.end(),
                                       [&](const OptionSpec &o) { return o.name == optionName; });
        if (spec == options.end())
            return Error::badInput(Invocation::tr("unknown option \"%1\" for \"%2\"").arg(optionName, name));
        if (spec->valueName.isEmpty()) {
            if (equals >= 0)
                return Error::badInput(Invocation::tr("option \"%1\" takes no value").arg(optionName));
            invocation.options[optionName];
            continue;
        }
        QString optionValue;
        if (equals >= 0) {
            optionValue = arg.mid(equals + 1);
        } else if (i + 1 < args.size()) {
            optionValue = args.at(++i);
        } else {
            return Error::badInput(Invocation::tr("option \"%1\" needs a value (%2)").arg(optionName, spec->valueName));
        }
        QStringList &slot = invocation.options[optionName];
        // A repeated single-valued option keeps its last value, as most tools do.
        if (!spec->repeatable)
            slot.clear();
        slot << optionValue;
    }

    // With --help the caller prints the help, so missing arguments do not matter.
    if (invocation.isSet(HelpOption))
        return invocation;

    qsizetype index = 0;
    for (const PositionalSpec &spec : positionals) {
        if (index >= invocation.positional.size()) {
            if (spec.optional)
                break;
            return Error::badInput(Invocation::tr("missing %1 for \"%2\" (see ryuk %2 --help)").arg(spec.name, name));
        }
        index = spec.variadic ? invocation.positional.size() : index + 1;
    }
    if (index < invocation.positional.size())
        return Error::badInput(
                Invocation::tr("unexpected argument \"%1\" for \"%2\"").arg(invocation.positional.at(index), name));
    return invocation;
}

} // namespace ryuk::cli
