// A compact id → integer table for bulk loads: open addressing over one flat
// slot array, keys packed into one arena. A node-based hash map spent several
// cache misses per probe; this one spends about one.
#pragma once

#include <QtGlobal>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ryuk {

class IdTable
{
public:
    // Inserts `key` with `value` unless present. Returns the value slot and
    // whether the key was inserted.
    std::pair<qint64 *, bool> insert(std::string_view key, qint64 value)
    {
        if ((mUsed + 1) * 4 > mSlots.size() * 3)
            grow();
        const std::uint64_t h = hashOf(key);
        for (std::size_t i = h & mMask;; i = (i + 1) & mMask) {
            Slot &slot = mSlots[i];
            if (slot.hash == 0) {
                slot = Slot{h, mArena.size(), key.size(), value};
                mArena.append(key);
                ++mUsed;
                return {&slot.value, true};
            }
            if (slot.hash == h && keyOf(slot) == key)
                return {&slot.value, false};
        }
    }

    const qint64 *find(std::string_view key) const
    {
        if (mSlots.empty())
            return nullptr;
        const std::uint64_t h = hashOf(key);
        for (std::size_t i = h & mMask;; i = (i + 1) & mMask) {
            const Slot &slot = mSlots[i];
            if (slot.hash == 0)
                return nullptr;
            if (slot.hash == h && keyOf(slot) == key)
                return &slot.value;
        }
    }

    std::size_t size() const { return mUsed; }

    // Room for `count` keys of about `keyBytes` bytes each without regrowing.
    void reserve(std::size_t count, std::size_t keyBytes = 8)
    {
        std::size_t slotCount = 1024;
        while (slotCount * 3 < count * 4)
            slotCount *= 2;
        if (slotCount > mSlots.size()) {
            std::vector<Slot> old = std::move(mSlots);
            mSlots.assign(slotCount, Slot{});
            mMask = slotCount - 1;
            rehash(old);
        }
        mArena.reserve(count * keyBytes);
    }

private:
    struct Slot
    {
        // 64-bit offset and length: a large story's ids pass 4 GiB, and a
        // 32-bit offset would wrap and point at another key.
        std::uint64_t hash = 0; // 0 marks an empty slot
        std::uint64_t offset = 0;
        std::uint64_t length = 0;
        qint64 value = 0;
    };

    static std::uint64_t hashOf(std::string_view key)
    {
        const std::uint64_t h = std::hash<std::string_view>{}(key);
        return h == 0 ? 1 : h;
    }
    std::string_view keyOf(const Slot &slot) const { return {mArena.data() + slot.offset, slot.length}; }

    void grow()
    {
        std::vector<Slot> old = std::move(mSlots);
        const std::size_t size = old.empty() ? 1024 : old.size() * 2;
        mSlots.assign(size, Slot{});
        mMask = size - 1;
        rehash(old);
    }

    void rehash(const std::vector<Slot> &old)
    {
        for (const Slot &slot : old) {
            if (slot.hash == 0)
                continue;
            std::size_t i = slot.hash & mMask;
            while (mSlots[i].hash != 0)
                i = (i + 1) & mMask;
            mSlots[i] = slot;
        }
    }

    std::vector<Slot> mSlots;
    std::size_t mMask = 0;
    std::size_t mUsed = 0;
    std::string mArena;
};

} // namespace ryuk
