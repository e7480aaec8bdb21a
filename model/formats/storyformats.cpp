// The format registry, and import/export by file extension.
#include "storyformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ryuk {

namespace {

// JSON v1, the native interchange format.
class JsonFormat final : public StoryFormat
{
public:
    QString name() const override { return QStringLiteral("Ryuk JSON v1"); }
    QStringList extensions() const override { return {QStringLiteral("json")}; }
    bool canRead() const override { return true; }
    bool canWrite() const override { return true; }
    Result<ImportSummary> read(StoryStore &store, QIODevice &in, const QString &displayName,
                               const ImportOptions &options) const override
    {
        return importJson(store, in, displayName, options.progress);
    }
    Result<ExportSummary> write(StoryStore &store, QIODevice &out, const ProgressCallback &progress) const override
    {
        return exportJson(store, out, progress);
    }
};

} // namespace

Result<ImportSummary> StoryFormat::read(StoryStore &, QIODevice &, const QString &displayName,
                                        const ImportOptions &) const
{
    return Error::at(ErrorKind::BadInput, QCoreApplication::translate("StoryFormat", "%1 files can be written, not read").arg(name()), displayName);
}

Result<ExportSummary> StoryFormat::write(StoryStore &, QIODevice &, const ProgressCallback &) const
{
    return Error::badInput(QCoreApplication::translate("StoryFormat", "%1 files can be read, not written").arg(name()));
}

// Factories of the other formats, each defined in its own file.
std::unique_ptr<StoryFormat> makeTweeFormat();
std::unique_ptr<StoryFormat> makeTwineHtmlFormat();
std::unique_ptr<StoryFormat> makeGraphMLFormat();
std::unique_ptr<StoryFormat> makeDotFormat();

const std::vector<std::unique_ptr<StoryFormat>> &storyFormats()
{
    static const std::vector<std::unique_ptr<StoryFormat>> formats = [] {
        std::vector<std::unique_ptr<StoryFormat>> list;
        list.push_back(std::make_unique<JsonFormat>());
        // FORMATS: one line per format below (keep this marker).
        list.push_back(makeGraphMLFormat());
        list.push_back(makeDotFormat());
        list.push_back(makeTweeFormat());
        list.push_back(makeTwineHtmlFormat());
        return list;
    }();
    return formats;
}

const StoryFormat *formatForFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const auto &format : storyFormats())
        if (format->extensions().contains(suffix))
            return format.get();
    return nullptr;
}

QString formatFilters(bool forWriting)
{
    QStringList filters;
    for (const auto &format : storyFormats()) {
        if (forWriting ? !format->canWrite() : !format->canRead())
            continue;
        QStringList patterns;
        for (const QString &extension : format->extensions())
            patterns << QStringLiteral("*.") + extension;
        filters << QStringLiteral("%1 (%2)").arg(format->name(), patterns.join(QLatin1Char(' ')));
    }
    return filters.join(QStringLiteral(";;"));
}

static Error unknownFormat(const QString &path)
{
    QStringList known;
    for (const auto &format : storyFormats())
        for (const QString &extension : format->extensions())
            known << QStringLiteral(".") + extension;
    return Error::at(ErrorKind::BadInput,
                     QCoreApplication::translate("StoryFormat", "unknown file type (known: %1)").arg(known.join(QStringLiteral(", "))), path);
}

Result<ImportSummary> importFile(StoryStore &store, const QString &path, const ImportOptions &options)
{
    const StoryFormat *format = formatForFile(path);
    if (!format)
        return unknownFormat(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(ErrorKind::NotFound, QCoreApplication::translate("StoryFormat", "cannot open the file: %1").arg(file.errorString()), path);
    return format->read(store, file, path, options);
}

Result<ExportSummary> exportFile(StoryStore &store, const QString &path, const ProgressCallback &progress)
{
    const StoryFormat *format = formatForFile(path);
    if (!format)
        return unknownFormat(path);
    if (!format->canWrite())
        return Error::at(ErrorKind::BadInput, QCoreApplication::translate("StoryFormat", "%1 files can be read, not written").arg(format->name()), path);
    return writeFile(path, [&](QIODevice &out) { return format->write(store, out, progress); });
}

Result<ExportSummary> writeFile(const QString &path, const std::function<Result<ExportSummary>(QIODevice &)> &write)
{
    auto withPath = [&](Error e) {
        if (e.file.isEmpty())
            e.file = path;
        return e;
    };
    const QFileInfo target(path);
    if (target.exists() && target.isDir())
        return Error::at(ErrorKind::BadInput, QCoreApplication::translate("StoryFormat", "is a folder, not a file"), path);
    // Renaming a temporary file over a device would replace the device itself.
    if (target.exists() && !target.isFile()) {
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return Error::at(ErrorKind::Io, QCoreApplication::translate("StoryFormat", "cannot write the file: %1").arg(device.errorString()), path);
        auto summary = write(device);
        if (!summary)
            return withPath(summary.takeError());
        return summary;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::at(ErrorKind::Io, QCoreApplication::translate("StoryFormat", "cannot write the file: %1").arg(file.errorString()), path);
    auto summary = write(file);
    if (!summary) {
        file.cancelWriting();
        return withPath(summary.takeError());
    }
    // QSaveFile::commit() (Qt 6.4) notices only the errors of write() calls: a
    // failed flush of its buffer (the file too large, the disk full) would still
    // rename the truncated file into place. Flush here, where a failure can cancel.
    bool flushed = file.flush();
    // A short write gives no reason ("Unknown error"); trying the rest once
    // more gets the system's own ("File too large", "No space left on device").
    if (!flushed && file.bytesToWrite() > 0)
        flushed = file.flush();
    if (!flushed) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error::at(ErrorKind::Io, QCoreApplication::translate("StoryFormat", "cannot write the file: %1").arg(reason), path);
    }
    if (!file.commit())
        return Error::at(ErrorKind::Io, QCoreApplication::translate("StoryFormat", "cannot write the file: %1").arg(file.errorString()), path);
    return summary;
}

} // namespace ryuk
