// JSON v1, the story interchange format (docs/json-format.md): a streaming
// importer that adds a file to a store in one transaction, and a canonical
// exporter (the same story always gives the same bytes).
#pragma once

#include "core/error.h"
#include "core/story.h"
#include "store/storystore.h"

#include <QString>

class QIODevice;

namespace ryuk {

inline constexpr const char *StoryFormatName = "ryuk.story";
inline constexpr int StoryFormatVersion = 1;

struct ImportSummary
{
    qint64 nodes = 0;
    qint64 relationships = 0;
    qint64 bytes = 0;
};

struct ExportSummary
{
    qint64 nodes = 0;
    qint64 relationships = 0;
    qint64 bytes = 0;
};

// Adds the nodes and relationships of a JSON v1 file to `store`, all or
// nothing. Errors carry `displayName`, line and column. The story's title is
// taken from the file when the story has none yet.
Result<ImportSummary> importJson(StoryStore &store, QIODevice &in, const QString &displayName,
                                 const ProgressCallback &progress = {});
Result<ImportSummary> importJsonFile(StoryStore &store, const QString &path, const ProgressCallback &progress = {});

// Writes the whole story as canonical JSON v1. The file variant replaces the
// target atomically, so a failed export never leaves half a file behind.
Result<ExportSummary> exportJson(StoryStore &store, QIODevice &out, const ProgressCallback &progress = {});
Result<ExportSummary> exportJsonFile(StoryStore &store, const QString &path, const ProgressCallback &progress = {});

// One node or relationship as a compact JSON v1 object, e.g.
// {"id":"s1","type":"Scene","x":0,"y":0,"properties":{...}}.
std::string toJson(const Node &node);
std::string toJson(const Relationship &relationship);

} // namespace ryuk
