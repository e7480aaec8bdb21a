// The domain: nodes and relationships of a story graph, and the shapes that
// queries return. Plain values; the store owns the data.
#pragma once

#include <QtGlobal>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ryuk {

// Well-known type names. Any other non-empty name is a custom type.
namespace NodeType {
inline constexpr const char *Scene = "Scene";
inline constexpr const char *Character = "Character";
inline constexpr const char *Choice = "Choice";
inline constexpr const char *Event = "Event";
} // namespace NodeType

namespace RelationshipType {
inline constexpr const char *LeadsTo = "LEADS_TO";
inline constexpr const char *AppearsIn = "APPEARS_IN";
inline constexpr const char *Triggers = "TRIGGERS";
inline constexpr const char *HasChoice = "HAS_CHOICE";
inline constexpr const char *RelatesTo = "RELATES_TO";
} // namespace RelationshipType

// Strings are UTF-8. `properties` is always a JSON object in canonical form
// (compact, keys in byte order, numbers normalised), so equal property sets
// compare equal as strings and export needs no re-encoding.
struct Node
{
    std::string id;
    std::string type;
    double x = 0;
    double y = 0;
    std::string properties = "{}";

    bool operator==(const Node &) const = default;
};

struct Relationship
{
    std::string id;
    std::string type;
    std::string from;
    std::string to;
    std::string properties = "{}";

    bool operator==(const Relationship &) const = default;
};

struct NodePosition
{
    std::string id;
    double x = 0;
    double y = 0;
};

// One property change: `json` is the new value as JSON text; std::nullopt removes the key.
struct PropertyChange
{
    std::string key;
    std::optional<std::string> json;
};

inline constexpr int DefaultPageLimit = 20;
inline constexpr int MaxPageLimit = 1000;

struct PageRequest
{
    qint64 page = 1; // 1-based
    int limit = DefaultPageLimit;
};

struct Pagination
{
    qint64 page = 1;
    int limit = DefaultPageLimit;
    qint64 total = 0;
    qint64 pages = 0;
    bool hasNext = false;
    bool hasPrev = false;
};

template<typename T>
struct Page
{
    std::vector<T> data;
    Pagination pagination;
};

struct NodeFilter
{
    std::optional<std::string> type;
    std::optional<qint64> chapter; // only Scenes have chapters; ordered by sequence
};

struct RelationshipFilter
{
    std::optional<std::string> type;
};

struct CharacterAppearances
{
    Node character;
    std::vector<Node> scenes; // in (chapter, sequence, id) order
};

struct StoryStats
{
    qint64 nodes = 0;
    qint64 relationships = 0;
    std::map<std::string, qint64> nodesByType;
    std::map<std::string, qint64> relationshipsByType;
    qint64 chapters = 0;
};

} // namespace ryuk
