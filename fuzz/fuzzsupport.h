// What the fuzz targets share: a story store to import into, kept empty
// between inputs, and the one import call each format target makes.
#pragma once

#include "formats/storyformat.h"
#include "store/sqlitestorystore.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace ryuk::fuzz {

// Stops the run so libFuzzer keeps the input: a broken promise of the code
// under test, not a crash of it.
[[noreturn]] inline void broken(const char *what)
{
    std::fprintf(stderr, "fuzz: %s\n", what);
    std::abort();
}

// An in-memory story, made anew after an import that added something: a
// refused import leaves the story as it was, so every input meets an empty one.
class EmptyStore
{
public:
    StoryStore &get()
    {
        if (!mStore) {
            auto store = openStory(QString::fromLatin1(MemoryLocation), OpenMode::CreateNew);
            if (!store)
                broken("cannot make an in-memory story");
            mStore = std::move(*store);
        }
        return *mStore;
    }
    void used() { mStore.reset(); }

private:
    std::unique_ptr<StoryStore> mStore;
};

// Imports the bytes as a file named `fileName` (its extension picks the
// format), strictly and, if refused, leniently. A refused import must leave
// the story empty.
inline void importBytes(const char *fileName, const std::uint8_t *data, std::size_t size)
{
    static EmptyStore store;
    const StoryFormat *format = formatForFile(QLatin1String(fileName));
    if (!format)
        broken("no format for the file name");
    for (const bool lenient : {false, true}) {
        QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.lenient = lenient;
        auto imported = format->read(store.get(), buffer, QLatin1String(fileName), options);
        if (imported) {
            store.used();
            return;
        }
        auto stats = store.get().stats();
        if (!stats || stats->nodes != 0 || stats->relationships != 0)
            broken("a refused import changed the story");
    }
}

} // namespace ryuk::fuzz
