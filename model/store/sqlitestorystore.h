// The SQLite backend of StoryStore: one .ryuk file, opened, checked, migrated.
#pragma once

#include "storystore.h"

#include <QString>

#include <functional>
#include <memory>

namespace ryuk {

enum class OpenMode {
    OpenExisting, // the file must exist and be a Ryuk story
    CreateNew,    // the file must not exist; a new empty story is created
    OpenOrCreate, // open if it exists (or appears meanwhile), create otherwise
};

// The schema version this build writes; older files are migrated on open.
inline constexpr int StorySchemaVersion = 2;
// SQLite's application_id for story files: "RYUK" in ASCII.
inline constexpr int StoryApplicationId = 0x5259554B;
// The location of a story that lives in memory only, as long as its store:
// openStory(MemoryLocation, CreateNew) makes a fresh one each time and writes
// no file (benchmarks and fuzz targets import into such stories).
inline constexpr char MemoryLocation[] = ":memory:";

// Opens a story file. A file that is not SQLite, a SQLite file that is not a
// Ryuk story, a damaged file or one written by a newer version is refused with
// a clear message, and such a file is left byte-for-byte unchanged.
//
// A new story is made whole under a private name in the same folder and then
// linked to `path` in one step that never replaces a file: if another program
// puts a file there first, creation fails with "the file already exists" and
// that file is left as it is. A failed creation removes only its private file.
Result<std::unique_ptr<StoryStore>> openStory(const QString &path, OpenMode mode = OpenMode::OpenExisting);

// Closes a story that openStory(…, CreateNew) made and deletes its file, for
// when filling it failed (an import into a new story). Only the very file this
// program created goes (same device and inode): if another program has put
// its own file at the path since, or has the story open, nothing is deleted
// and the reason comes back. `store` is closed either way.
Status discardNewStory(std::unique_ptr<StoryStore> store);

namespace testing {
// Points in creating a story where a test may step in, to play another
// program deterministically (a file appearing at the path) or a failure.
enum class CreateStep {
    Checked, // openStory found no file at the path; nothing is made yet
    Made,    // the story is complete under its private name; the path is not claimed
    Claimed, // the path names the new story; it is not yet open for use
};
// Called at each step; an error it returns makes creation fail there. For
// tests only; pass nullptr to remove it.
void setCreateHook(std::function<Status(CreateStep step, const QString &path)> hook);
} // namespace testing

} // namespace ryuk
