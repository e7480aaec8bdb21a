// The SQLite backend of StoryStore: one .ryuk file, opened, checked, migrated.
#pragma once

#include "storystore.h"

#include <QString>

#include <memory>

namespace ryuk {

enum class OpenMode {
    OpenExisting, // the file must exist and be a Ryuk story
    CreateNew,    // the file must not exist; a new empty story is created
    OpenOrCreate, // open if it exists, create otherwise
};

// The schema version this build writes; older files are migrated on open.
inline constexpr int StorySchemaVersion = 2;
// SQLite's application_id for story files: "RYUK" in ASCII.
inline constexpr int StoryApplicationId = 0x5259554B;

// Opens a story file. A file that is not SQLite, a SQLite file that is not a
// Ryuk story, a damaged file or one written by a newer version is refused with
// a clear message, and such a file is left byte-for-byte unchanged.
Result<std::unique_ptr<StoryStore>> openStory(const QString &path, OpenMode mode = OpenMode::OpenExisting);

} // namespace ryuk
