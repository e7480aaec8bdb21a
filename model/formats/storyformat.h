// File formats behind one interface: each format (JSON v1, Twee, Twine HTML,
// GraphML, DOT) is a StoryFormat, and the CLI and the editor pick one by the
// file's extension. Adding a format means one class and one line in
// storyformats.cpp.
#pragma once

#include "core/error.h"
#include "storyjson.h"
#include "store/storystore.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QIODevice;

namespace ryuk {

struct ImportOptions
{
    bool lenient = false; // skip what can be skipped (e.g. links to missing passages) instead of refusing
    ProgressCallback progress;
};

class StoryFormat
{
public:
    virtual ~StoryFormat() = default;

    virtual QString name() const = 0;             // "Twee 3", shown in file dialogs
    virtual QStringList extensions() const = 0;   // lower case, without the dot: {"twee", "tw"}
    virtual bool canRead() const = 0;
    virtual bool canWrite() const = 0;

    // Adds the file's content to `store` in one transaction (all or nothing).
    // Errors carry `displayName` with line and column.
    virtual Result<ImportSummary> read(StoryStore &store, QIODevice &in, const QString &displayName,
                                       const ImportOptions &options) const;
    // Writes the whole story.
    virtual Result<ExportSummary> write(StoryStore &store, QIODevice &out, const ProgressCallback &progress) const;
};

// Every known format, JSON v1 first.
const std::vector<std::unique_ptr<StoryFormat>> &storyFormats();
// The format for a file name by its extension, or nullptr.
const StoryFormat *formatForFile(const QString &path);
// "Twee 3 (*.twee *.tw);;…" for file dialogs, readable or writable formats.
QString formatFilters(bool forWriting);

// Writes a file through `write`: replaced atomically (a temporary file renamed
// into place, so a failed or cancelled write leaves the old file), except that
// a device or pipe (/dev/stdout, a FIFO) is written in place. Errors name `path`.
Result<ExportSummary> writeFile(const QString &path, const std::function<Result<ExportSummary>(QIODevice &)> &write);

// Import and export by extension. Export replaces the file atomically (a
// device or pipe is written in place).
Result<ImportSummary> importFile(StoryStore &store, const QString &path, const ImportOptions &options = {});
Result<ExportSummary> exportFile(StoryStore &store, const QString &path, const ProgressCallback &progress = {});

} // namespace ryuk
