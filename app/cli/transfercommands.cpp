// Whole-story transfers between story files and JSON v1 files. `-` stands for
// standard input or output so the commands fit into pipelines.
#include "transfercommands.h"

#include "console.h"
#include "jsonline.h"

#include "formats/storygenerator.h"
#include "formats/storyformat.h"
#include "formats/storyjson.h"
#include "store/sqlitestorystore.h"

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <limits>

namespace ryuk::cli {

namespace {

class TransferCommands
{
    Q_DECLARE_TR_FUNCTIONS(TransferCommands)

public:
    static Status importStory(const Invocation &invocation);
    static Status exportStory(const Invocation &invocation);
    static Status generate(const Invocation &invocation);

    static Status checkJsonWithStdout(const Invocation &invocation, const QString &file);
    static Result<QFile *> openStdout(QFile &file);
    static QString count(qint64 n, const QString &one, const QString &many) { return n == 1 ? one : many.arg(n); }
    static QString nodesAndRelationships(qint64 nodes, qint64 relationships)
    {
        return tr("%1 and %2")
                .arg(count(nodes, tr("1 node"), tr("%1 nodes")),
                     count(relationships, tr("1 relationship"), tr("%1 relationships")));
    }
};

const QString StandardStream = QStringLiteral("-");

// Progress is drawn only once an operation has run for a while: small files
// finish before anyone would read it, and scripts never see it at all.
class DelayedProgress
{
public:
    explicit DelayedProgress(const QString &label) : mLine(label, Console::errorIsTerminal()) { mTimer.start(); }

    ProgressCallback callback()
    {
        return [this](qint64 done, qint64 total) { return mTimer.elapsed() < 500 || mLine.update(done, total); };
    }
    void finish() { mLine.clear(); }

private:
    QElapsedTimer mTimer;
    ProgressLine mLine;
};

void writeSummary(qint64 nodes, qint64 relationships, std::optional<qint64> bytes)
{
    JsonLine out;
    out.writer().StartObject();
    out.key("nodes");
    out.integer(nodes);
    out.key("relationships");
    out.integer(relationships);
    if (bytes) {
        out.key("bytes");
        out.integer(*bytes);
    }
    out.writer().EndObject();
    Console::write(out.line());
}

} // namespace

Status TransferCommands::checkJsonWithStdout(const Invocation &invocation, const QString &file)
{
    // The story itself goes to standard output, so a summary would corrupt it.
    if (file == StandardStream && invocation.json())
        return Error::badInput(tr("--json cannot be used when FILE is - (standard output)"));
    return {};
}

Result<QFile *> TransferCommands::openStdout(QFile &file)
{
    std::fflush(stdout);
    if (!file.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
        return Error{ErrorKind::Io, tr("cannot write to standard output: %1").arg(file.errorString()), {}, 0, 0};
    return &file;
}

// The format of standard input or output: --format NAME (an extension), JSON by default.
static Result<const StoryFormat *> streamFormat(const Invocation &invocation, bool forWriting)
{
    const QString name = invocation.value(QStringLiteral("--format")).value_or(QStringLiteral("json")).toLower();
    const StoryFormat *format = formatForFile(QStringLiteral("-.") + name);
    if (!format || (forWriting ? !format->canWrite() : !format->canRead()))
        return Error::badInput(TransferCommands::tr("--format \"%1\" cannot be %2 (see ryuk %3 --help)")
                                       .arg(name, forWriting ? TransferCommands::tr("written") : TransferCommands::tr("read"),
                                            forWriting ? QStringLiteral("export") : QStringLiteral("import")));
    return format;
}

Status TransferCommands::importStory(const Invocation &invocation)
{
    const QString file = invocation.positional.at(1);
    auto store = openStory(invocation.positional.at(0));
    if (!store)
        return store.takeError();
    DelayedProgress progress(tr("importing %1").arg(file));
    ImportOptions options;
    options.lenient = invocation.isSet(QStringLiteral("--lenient"));
    options.progress = progress.callback();
    Result<ImportSummary> imported = ImportSummary{};
    if (file == StandardStream) {
        auto format = streamFormat(invocation, false);
        if (!format)
            return format.takeError();
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
            return Error{ErrorKind::Io, tr("cannot read standard input: %1").arg(in.errorString()), {}, 0, 0};
        imported = (*format)->read(**store, in, tr("<stdin>"), options);
    } else {
        imported = importFile(**store, file, options);
    }
    progress.finish();
    if (!imported)
        return imported.takeError();
    if (invocation.json())
        writeSummary(imported->nodes, imported->relationships, std::nullopt);
    else
        Console::printLine(
                tr("imported %1 from %2").arg(nodesAndRelationships(imported->nodes, imported->relationships), file));
    return {};
}

Status TransferCommands::exportStory(const Invocation &invocation)
{
    const QString file = invocation.positional.at(1);
    if (Status usable = checkJsonWithStdout(invocation, file); !usable)
        return usable;
    auto store = openStory(invocation.positional.at(0));
    if (!store)
        return store.takeError();
    DelayedProgress progress(tr("exporting to %1").arg(file));
    if (file == StandardStream) {
        auto format = streamFormat(invocation, true);
        if (!format)
            return format.takeError();
        QFile out;
        if (auto opened = openStdout(out); !opened)
            return opened.takeError();
        auto exported = (*format)->write(**store, out, progress.callback());
        progress.finish();
        out.flush();
        return exported ? Status() : exported.takeError();
    }
    auto exported = exportFile(**store, file, progress.callback());
    progress.finish();
    if (!exported)
        return exported.takeError();
    if (invocation.json())
        writeSummary(exported->nodes, exported->relationships, exported->bytes);
    else
        Console::printLine(tr("exported %1 to %2 (%3 bytes)")
                                   .arg(nodesAndRelationships(exported->nodes, exported->relationships), file)
                                   .arg(exported->bytes));
    return {};
}

Status TransferCommands::generate(const Invocation &invocation)
{
    const QString file = invocation.positional.at(0);
    if (Status usable = checkJsonWithStdout(invocation, file); !usable)
        return usable;
    if (!invocation.isSet(QStringLiteral("--scenes")))
        return Error::badInput(tr("--scenes is required (see ryuk generate --help)"));
    auto scenes = invocation.integer(QStringLiteral("--scenes"), 0, 1, std::numeric_limits<qint64>::max(),
                                     tr("--scenes must be a whole number, 1 or more"));
    if (!scenes)
        return scenes.takeError();
    GeneratorOptions options;
    options.scenes = *scenes;
    if (const auto seed = invocation.value(QStringLiteral("--seed"))) {
        bool ok = false;
        options.seed = seed->toULongLong(&ok);
        if (!ok)
            return Error::badInput(
                    tr("--seed must be a whole number from 0 to %1").arg(std::numeric_limits<quint64>::max()));
    }

    DelayedProgress progress(tr("generating %1").arg(file));
    if (file == StandardStream) {
        QFile out;
        if (auto opened = openStdout(out); !opened)
            return opened.takeError();
        auto generated = generateStory(options, out, progress.callback());
        progress.finish();
        out.flush();
        return generated ? Status() : generated.takeError();
    }
    auto generated = generateStoryFile(options, file, progress.callback());
    progress.finish();
    if (!generated)
        return generated.takeError();
    if (invocation.json())
        writeSummary(generated->nodes, generated->relationships, generated->bytes);
    else
        Console::printLine(tr("generated %1 in %2 (%3 bytes)")
                                   .arg(nodesAndRelationships(generated->nodes, generated->relationships), file)
                                   .arg(generated->bytes));
    return {};
}

std::vector<Command> transferCommands()
{
    using T = TransferCommands;
    const PositionalSpec story{T::tr("STORY"), T::tr("the story file"), false, false};
    return {
            {QStringLiteral("import"),
             T::tr("Adds the nodes and relationships of a file to a story, all or nothing. The format comes from the "
                   "extension: .json (JSON v1), .twee/.tw (Twee), .html (Twine 2), .graphml."),
             {story, {T::tr("FILE"), T::tr("the file to read; - reads standard input"), false, false}},
             {{QStringLiteral("--lenient"), QString(),
               T::tr("skip what can be skipped (e.g. Twine links to missing passages) instead of refusing"), false},
              {QStringLiteral("--format"), T::tr("EXT"), T::tr("the format of standard input (default json)"), false}},
             &T::importStory},
            {QStringLiteral("export"),
             T::tr("Writes a whole story. The format comes from the extension: .json (canonical JSON v1), "
                   ".twee (Twee 3), .graphml, .dot (GraphViz)."),
             {story,
              {T::tr("FILE"), T::tr("the file to write (replaced atomically); - writes standard output"), false,
               false}},
             {{QStringLiteral("--format"), T::tr("EXT"), T::tr("the format of standard output (default json)"), false}},
             &T::exportStory},
            {QStringLiteral("generate"),
             T::tr("Writes a synthetic story as JSON v1; the same options always give the same bytes."),
             {{T::tr("FILE.json"), T::tr("the file to write; - writes standard output"), false, false}},
             {{QStringLiteral("--scenes"), T::tr("N"), T::tr("how many scenes (required)"), false},
              {QStringLiteral("--seed"), T::tr("S"), T::tr("the random seed (default 1)"), false}},
             &T::generate},
    };
}

} // namespace ryuk::cli
