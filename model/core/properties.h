// Property objects: canonical JSON text, the typed fields the store indexes,
// and the checks that keep both consistent (ids, type names, known fields).
#pragma once

#include "error.h"
#include "story.h"

#include <string>
#include <string_view>
#include <vector>

namespace ryuk {

inline constexpr std::size_t MaxIdBytes = 256;
inline constexpr int MaxJsonDepth = 1000;

// Scene flags kept in their own column for the graph tools: `start: true`
// and `ending: true` (only JSON true counts).
enum NodeFlag : unsigned { StartFlag = 1, EndingFlag = 2 };

// The fields that get their own indexed columns. Only the fields that belong to
// the node's type are extracted (a Character's "chapter" is a plain property).
struct KnownFields
{
    std::optional<std::string> title;          // Scene
    std::optional<qint64> chapter;             // Scene
    std::optional<qint64> sequence;            // Scene
    std::optional<std::string> name;           // Character
    std::optional<std::string> role;           // Character
    std::optional<double> weight;              // Choice, and every relationship
    std::optional<double> causalityLevel;      // Event
    std::optional<std::string> transitionType; // every relationship
    unsigned flags = 0;                        // Scene: NodeFlag bits
    // What a person reads as the node's name: a Scene's title, a Character's
    // name, else the first string among "title", "text", "name", "label".
    std::optional<std::string> label;

    bool operator==(const KnownFields &) const = default;
};

// `what` is "node" or "relationship". Ids are 1 to 256 bytes of valid UTF-8.
Status checkId(std::string_view id, std::string_view what);
// Type names are 1 to 256 bytes of valid UTF-8 without control characters.
Status checkTypeName(std::string_view type, std::string_view ownerId, std::string_view what);

// Parses `json`, which must be a JSON object, and returns its canonical form.
// Errors name the column inside `json` (it is one line in every caller).
Result<std::string> canonicalJsonObject(std::string_view json);
// The same for any JSON value (used for one property's new value).
Result<std::string> canonicalJsonValue(std::string_view json);

// Canonical properties and the known fields read from them, from one parse.
struct CheckedProperties
{
    std::string canonical;
    KnownFields fields;
};

// Parses, canonicalises and validates the properties of a node or relationship
// in one pass. Messages name the element: `node "s1": …`.
Result<CheckedProperties> checkNodeProperties(std::string_view id, std::string_view type, std::string_view json);
Result<CheckedProperties> checkRelationshipProperties(std::string_view id, std::string_view json);

// Validates the known fields of a node of `type` and returns them.
Result<KnownFields> nodeFields(std::string_view id, std::string_view type, std::string_view canonicalProperties);
Result<KnownFields> relationshipFields(std::string_view id, std::string_view canonicalProperties);

// Applies changes to a canonical object and returns the new canonical object.
Result<std::string> applyPropertyChanges(std::string_view canonicalProperties,
                                         const std::vector<PropertyChange> &changes);

// The canonical object holding only `keys` (those that exist).
std::string selectProperties(std::string_view canonicalProperties, const std::vector<std::string> &keys);

// The value of one property as canonical JSON text, or std::nullopt.
std::optional<std::string> propertyJson(std::string_view canonicalProperties, std::string_view key);
// The value of one string property, or std::nullopt if absent or not a string.
std::optional<std::string> propertyString(std::string_view canonicalProperties, std::string_view key);

// The offset of the first byte that is not valid UTF-8 (overlong forms,
// surrogates and code points past U+10FFFF included), or npos.
std::size_t firstInvalidUtf8(std::string_view text);

// 1-based line and column of byte `offset` in `text`; columns count bytes.
std::pair<int, int> lineColumnAt(std::string_view text, std::size_t offset);

} // namespace ryuk
