// The synthetic story generator: streams a story-shaped JSON v1 file (chapters,
// branches through Choices, loops, a cast, events) for tests and benchmarks.
#include "storygenerator.h"

#include "storyjson.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <string_view>
#include <vector>

namespace ryuk {
namespace {

// --- Shape -------------------------------------------------------------------
// The figures below are tuned together so that a story has about 1.3 nodes and
// 2.0 relationships per scene: scenes 1.0 + choices ~0.23 + characters 0.02 +
// events 0.05 nodes; sequence links ~1.0 + choice links ~0.46 + appearances
// 0.47 + triggers 0.05 + loops and character bonds ~0.02 relationships. A branch
// every 8-11 scenes (rather than every 5-8) is what keeps the node ratio there.

constexpr qint64 MaxScenes = 10'000'000;

constexpr qint64 MinChapterScenes = 20;
constexpr qint64 MaxChapterScenes = 60;
constexpr qint64 MinBranchGap = 8;
constexpr qint64 MaxBranchGap = 11;
constexpr quint64 ThreeChoicePercent = 20; // the rest of the branches offer two
constexpr qint64 ChoiceReachScenes = 6;    // how far past the next scene a side choice may jump
constexpr quint64 LoopPerMille = 11;       // of the scenes with room to loop back (~93 %)
constexpr qint64 MaxLoopBack = 8;
constexpr qint64 ScenesPerCharacter = 50;
constexpr qint64 MinCharacters = 3;
constexpr qint64 ScenesPerEvent = 20;
constexpr qint64 AppearancesPerThousandScenes = 470;
constexpr qint64 AppearanceWindowSpread = 3; // a character shows up in ~1 of 3 scenes of its stretch
constexpr qint64 AppearanceWindowSlack = 8;
constexpr quint64 RelatePercent = 50;
constexpr qint64 MaxRelateBack = 8;

// Layout: chapters are columns, scenes go down them, choices fan out to the
// right of their scene, the cast sits in rows above the story and each event to
// the left of the scene it triggers.
constexpr qint64 ChapterSpacing = 800;
constexpr qint64 SceneSpacing = 120;
constexpr qint64 LaneSpacing = 160;
constexpr qint64 CastRowSpacing = 100;

// --- Deterministic randomness -------------------------------------------------
// Our own generators and range mapping: the standard distributions are
// implementation-defined, and the same options must give the same bytes everywhere.

constexpr quint64 Golden = 0x9E3779B97F4A7C15ULL;

constexpr quint64 mix64(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// xoshiro256**, seeded through splitmix64. Each part of the story draws from its
// own stream, so changing how one part is built leaves the others as they were.
class Rng
{
public:
    Rng(quint64 seed, quint64 stream)
    {
        quint64 state = seed ^ (stream * 0xD1B54A32D192ED03ULL);
        for (quint64 &word : mState) {
            state += Golden;
            word = mix64(state);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(mState[1] * 5, 7) * 9;
        const quint64 t = mState[1] << 17;
        mState[2] ^= mState[0];
        mState[3] ^= mState[1];
        mState[1] ^= mState[2];
        mState[0] ^= mState[3];
        mState[2] ^= t;
        mState[3] = rotl(mState[3], 45);
        return result;
    }

    // Uniform enough in [0, bound) for bound <= 2^32: the top 32 bits scaled down.
    qint64 below(qint64 bound)
    {
        Q_ASSERT(bound > 0 && bound <= (qint64(1) << 32));
        return qint64(((next() >> 32) * quint64(bound)) >> 32);
    }

    bool percent(quint64 chance) { return quint64(below(100)) < chance; }

private:
    static constexpr quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    std::array<quint64, 4> mState{};
};

enum Stream : quint64 { ChapterStream = 1, RoleStream, SceneStream, CastStream, EventStream };

// Words, weights and transitions are a pure function of (seed, what, number), so
// writing them costs nothing in the passes that only count or only link.
quint64 cosmetic(quint64 seed, char what, qint64 number)
{
    return mix64(mix64(seed ^ (quint64(quint8(what)) * Golden)) + quint64(number) * 0xD6E8FEB86659FD93ULL);
}

// --- Word lists ------------------------------------------------------------------
// Every entry is printable ASCII with nothing to escape in JSON; the checks
// below make that a compile error, which lets the writer copy them verbatim.

using Words = std::array<std::string_view, 32>;

constexpr Words Adjectives
        = {"Silent",   "Hollow", "Crimson", "Forgotten", "Broken",  "Golden",   "Drowned",   "Burning",
           "Quiet",    "Last",   "Hidden",  "Pale",      "Iron",    "Winter",   "Distant",   "Shattered",
           "Amber",    "Bitter", "Crooked", "Velvet",    "Salt",    "Ashen",    "Wandering", "Sleeping",
           "Northern", "Fading", "Stolen",  "Narrow",    "Endless", "Restless", "Secret",    "Sunken"};
constexpr Words Places = {"Harbor", "Lantern", "Orchard",   "Tower",      "Bridge", "Market", "Archive", "Garden",
                          "Chapel", "Station", "Letter",    "Crown",      "Mirror", "River",  "Forest",  "Gate",
                          "Road",   "Library", "Courtyard", "Lighthouse", "Ferry",  "Cellar", "Theatre", "Observatory",
                          "Mill",   "Quarry",  "Carnival",  "Workshop",   "Border", "Island", "Citadel", "Monastery"};
constexpr Words Subjects = {
        "The courier",  "A stranger",    "The captain",  "Her sister", "The old clerk",  "A child",      "The mayor",
        "The smuggler", "The archivist", "A soldier",    "The widow",  "The apprentice", "The ferryman", "A thief",
        "The doctor",   "The heir",      "The mapmaker", "A priest",   "The innkeeper",  "The pilot",    "A messenger",
        "The guard",    "The painter",   "The miner",    "The envoy",  "The gardener",   "A traveller",  "The judge",
        "The scholar",  "The fisherman", "The watchman", "The queen"};
constexpr Words Verbs = {"hides",   "finds",  "burns",   "steals",   "delivers", "reads",   "buries", "trades",
                         "loses",   "forges", "returns", "guards",   "opens",    "breaks",  "mends",  "sells",
                         "carries", "counts", "signs",   "seals",    "follows",  "studies", "copies", "drops",
                         "keeps",   "throws", "shares",  "examines", "wraps",    "weighs",  "offers", "recovers"};
constexpr Words Objects
        = {"a letter",         "the key",      "a map",        "the ledger",     "a ring",    "the lantern",
           "a sealed box",     "the crown",    "a photograph", "the will",       "a coin",    "the compass",
           "a knife",          "the diary",    "a locket",     "the contract",   "a feather", "the recipe",
           "a bottle",         "the banner",   "a ticket",     "the manuscript", "a mask",    "the seed",
           "a medal",          "the telegram", "a violin",     "the chart",      "a candle",  "the bell",
           "a shard of glass", "the keyring"};
constexpr Words Settings
        = {"at the harbor",     "in the archive",      "under the bridge", "by the river",    "in the market",
           "at dawn",           "in the rain",         "at the border",    "in secret",       "before the trial",
           "after midnight",    "on the ferry",        "in the chapel",    "behind the mill", "at the station",
           "in the garden",     "during the festival", "near the gate",    "in the cellar",   "on the roof",
           "at the crossroads", "in the library",      "beside the well",  "in the tower",    "at the inn",
           "in the orchard",    "on the road north",   "in the theatre",   "at the quarry",   "in the snow",
           "under the stars",   "at the lighthouse"};
constexpr Words FirstNames
        = {"Mara",  "Ilya", "Tomas", "Odile", "Bram", "Sena",  "Ravi",  "Liesl", "Cato",  "Nadia", "Emil",
           "Wren",  "Joss", "Ines",  "Hugo",  "Ayla", "Pavel", "Greta", "Sol",   "Yara",  "Felix", "Noor",
           "Anton", "Clio", "Dario", "Esme",  "Oren", "Tilde", "Mika",  "Rosa",  "Silas", "Vera"};
constexpr Words FamilyNames = {"Vale",    "Marsh",     "Corbin", "Achter", "Lund",    "Okafor", "Brandt", "Kestrel",
                               "Moreau",  "Haldane",   "Ruiz",   "Petrov", "Quill",   "Abara",  "Ferro",  "Thorne",
                               "Sato",    "Blackwood", "Ember",  "Novak",  "Castell", "Idris",  "Lowe",   "Mercer",
                               "Dunmore", "Farrow",    "Iseri",  "Kaplan", "Roth",    "Strand", "Varga",  "Wilde"};
constexpr Words Happenings
        = {"Storm",   "Fire",       "Betrayal", "Wedding",   "Funeral",  "Flood",      "Duel",      "Eclipse",
           "Riot",    "Trial",      "Festival", "Shipwreck", "Fever",    "Coronation", "Heist",     "Earthquake",
           "Ambush",  "Confession", "Blackout", "Auction",   "Escape",   "Reunion",    "Strike",    "Landslide",
           "Verdict", "Wager",      "Siege",    "Ceremony",  "Collapse", "Arrival",    "Vanishing", "Pact"};
constexpr Words Decisions = {"Keep",   "Burn",   "Hide",    "Open",     "Return", "Sell",   "Trade", "Read",
                             "Bury",   "Steal",  "Give up", "Examine",  "Follow", "Refuse", "Take",  "Leave",
                             "Guard",  "Break",  "Mend",    "Offer",    "Copy",   "Seal",   "Carry", "Destroy",
                             "Pocket", "Reveal", "Swap",    "Question", "Forge",  "Ignore", "Study", "Claim"};
constexpr std::array<std::string_view, 8> Bonds
        = {"kinship", "rivalry", "friendship", "debt", "romance", "mentorship", "suspicion", "alliance"};
// Ordinary scene-to-scene cuts; chapter breaks, loops and choices have their own.
constexpr std::array<std::string_view, 4> SceneTransitions = {"cut", "cut", "dissolve", "match_cut"};

enum class Role : quint8 { Protagonist, Antagonist, Mentor, Ally, Rival };
constexpr std::array<std::string_view, 5> RoleNames = {"protagonist", "antagonist", "mentor", "ally", "rival"};
// Protagonists carry the story, so they appear in the most scenes.
constexpr std::array<qint64, 5> RoleAppearanceWeights = {6, 3, 2, 2, 2};
constexpr qint64 MinImportance = 2;
constexpr qint64 MaxImportance = 6;

constexpr std::size_t MaxWordBytes = 32;

constexpr bool isPlainText(std::string_view text)
{
    if (text.empty() || text.size() > MaxWordBytes)
        return false;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x7f || c == '"' || c == '\\')
            return false;
    }
    return true;
}

template<std::size_t N>
constexpr bool allPlainText(const std::array<std::string_view, N> &words)
{
    for (std::string_view word : words)
        if (!isPlainText(word))
            return false;
    return true;
}

static_assert(allPlainText(Adjectives) && allPlainText(Places) && allPlainText(Subjects) && allPlainText(Verbs)
                      && allPlainText(Objects) && allPlainText(Settings) && allPlainText(FirstNames)
                      && allPlainText(FamilyNames) && allPlainText(Happenings) && allPlainText(Decisions)
                      && allPlainText(Bonds) && allPlainText(SceneTransitions) && allPlainText(RoleNames),
              "generator words must need no JSON escaping and fit MaxWordBytes");

std::string_view pick(const Words &words, quint64 bits)
{
    return words[bits & 31];
}

// --- The plan: the few decisions every pass needs up front -----------------------

struct Plan
{
    quint64 seed = 0;
    qint64 scenes = 0;
    std::vector<qint64> chapterStarts; // first scene of each chapter, then scenes + 1
    std::vector<Role> roles;           // one per character
    std::vector<quint16> castWeights;  // one per character: its share of the appearances
    qint64 castWeightTotal = 0;
    qint64 appearances = 0;
    qint64 events = 0;

    [[nodiscard]] qint64 chapters() const { return qint64(chapterStarts.size()) - 1; }

    // 0-based chapter of a 1-based scene number.
    [[nodiscard]] qint64 chapterOf(qint64 scene) const
    {
        const auto it = std::upper_bound(chapterStarts.begin(), chapterStarts.end(), scene);
        return qint64(it - chapterStarts.begin()) - 1;
    }

    [[nodiscard]] qint64 sceneX(qint64 scene) const { return chapterOf(scene) * ChapterSpacing; }
    [[nodiscard]] qint64 sceneY(qint64 scene) const
    {
        return (scene - chapterStarts[std::size_t(chapterOf(scene))]) * SceneSpacing;
    }
};

Plan makePlan(const GeneratorOptions &options)
{
    Plan plan;
    plan.seed = options.seed;
    plan.scenes = options.scenes;
    const qint64 n = options.scenes;

    Rng chapterRng(options.seed, ChapterStream);
    plan.chapterStarts.reserve(std::size_t(n / MinChapterScenes + 2));
    qint64 next = 1;
    while (next <= n) {
        plan.chapterStarts.push_back(next);
        next += MinChapterScenes + chapterRng.below(MaxChapterScenes - MinChapterScenes + 1);
        // A last chapter of a handful of scenes reads like a mistake: fold it in.
        if (n + 1 - next < MinChapterScenes / 2)
            next = n + 1;
    }
    plan.chapterStarts.push_back(n + 1);

    const qint64 characters = std::max(MinCharacters, (n + ScenesPerCharacter / 2) / ScenesPerCharacter);
    Rng roleRng(options.seed, RoleStream);
    plan.roles.reserve(std::size_t(characters));
    plan.castWeights.reserve(std::size_t(characters));
    for (qint64 i = 0; i < characters; ++i) {
        Role role;
        if (i < 3) {
            role = std::array{Role::Protagonist, Role::Antagonist, Role::Mentor}[std::size_t(i)];
        } else {
            const qint64 r = roleRng.below(100);
            role = r < 8     ? Role::Protagonist
                    : r < 18 ? Role::Antagonist
                    : r < 33 ? Role::Mentor
                    : r < 73 ? Role::Ally
                             : Role::Rival;
        }
        // Within a role some characters matter more than others.
        const qint64 weight = RoleAppearanceWeights[std::size_t(role)]
                * (MinImportance + roleRng.below(MaxImportance - MinImportance + 1));
        plan.roles.push_back(role);
        plan.castWeights.push_back(quint16(weight));
        plan.castWeightTotal += weight;
    }
    plan.appearances = n * AppearancesPerThousandScenes / 1000;
    plan.events = std::max<qint64>(1, (n + ScenesPerEvent / 2) / ScenesPerEvent);
    return plan;
}

// --- The walk: one description of the story, replayed by every pass ------------
// Running the same deterministic walk once to count, once to write the nodes and
// once to write the relationships keeps memory flat however large the story is:
// nothing but the plan is ever held.

struct NodeRef
{
    char prefix = 's';
    qint64 number = 0;
};

struct SceneRecord
{
    qint64 number, chapter, sequence, x, y;
    bool start, ending;
};

struct ChoiceRecord
{
    qint64 number, scene, index, count, x, y;
};

struct CharacterRecord
{
    qint64 number;
    Role role;
    qint64 x, y;
};

struct EventRecord
{
    qint64 number, causalityLevel, x, y;
};

enum class Link : quint8 { Sequence, ChapterBreak, Loop, ToChoice, FromChoice, AppearsIn, Triggers, RelatesTo };

// Both indexed by Link. Only scene flow has transitions; ordinary scene-to-scene
// links pick one of SceneTransitions instead.
constexpr std::array<std::string_view, 8> LinkTypes
        = {RelationshipType::LeadsTo,  RelationshipType::LeadsTo,  RelationshipType::LeadsTo,
           RelationshipType::LeadsTo,  RelationshipType::LeadsTo,  RelationshipType::AppearsIn,
           RelationshipType::Triggers, RelationshipType::RelatesTo};
constexpr std::array<std::string_view, 8> LinkTransitions = {"", "fade", "flashback", "choice", "cut", "", "", ""};
static_assert(std::size_t(Link::RelatesTo) + 1 == LinkTypes.size());

struct LinkRecord
{
    Link link;
    NodeRef from, to;
};

template<typename Sink>
void walkScenes(const Plan &plan, Sink &sink)
{
    Rng rng(plan.seed, SceneStream);
    const qint64 n = plan.scenes;
    const qint64 chapters = plan.chapters();
    qint64 choice = 0;
    qint64 nextBranch = MinBranchGap / 2 + rng.below(MaxBranchGap - MinBranchGap + 1);
    for (qint64 c = 0; c < chapters; ++c) {
        const qint64 first = plan.chapterStarts[std::size_t(c)];
        const qint64 end = plan.chapterStarts[std::size_t(c + 1)];
        // Side choices may jump into the next chapter but no further.
        const qint64 reachLimit = c + 2 <= chapters ? plan.chapterStarts[std::size_t(c + 2)] - 1 : n;
        const qint64 x = c * ChapterSpacing;
        for (qint64 i = first; i < end; ++i) {
            if (sink.stopped())
                return;
            const qint64 sequence = i - first + 1;
            const qint64 y = (sequence - 1) * SceneSpacing;
            sink.scene(SceneRecord{i, c + 1, sequence, x, y, i == 1, i == n});
            if (i < n)
                sink.link(LinkRecord{i + 1 == end ? Link::ChapterBreak : Link::Sequence, {'s', i}, {'s', i + 1}});
            if (sequence >= 4 && quint64(rng.below(1000)) < LoopPerMille) {
                const qint64 back = 2 + rng.below(std::min(sequence - 2, MaxLoopBack));
                sink.link(LinkRecord{Link::Loop, {'s', i}, {'s', i - back}});
            }
            if (i == nextBranch) {
                nextBranch = i + MinBranchGap + rng.below(MaxBranchGap - MinBranchGap + 1);
                if (i == n)
                    continue;
                const qint64 count = rng.percent(ThreeChoicePercent) ? 3 : 2;
                for (qint64 k = 0; k < count; ++k) {
                    ++choice;
                    // The first choice carries on with the story; the others skip ahead.
                    const qint64 target = k == 0 ? i + 1 : std::min(reachLimit, i + 2 + rng.below(ChoiceReachScenes));
                    sink.choice(ChoiceRecord{choice, i, k, count, x + (k + 1) * LaneSpacing, y + SceneSpacing / 2});
                    sink.link(LinkRecord{Link::ToChoice, {'s', i}, {'q', choice}});
                    sink.link(LinkRecord{Link::FromChoice, {'q', choice}, {'s', target}});
                }
            }
        }
    }
}

template<typename Sink>
void walkCast(const Plan &plan, Sink &sink)
{
    Rng rng(plan.seed, CastStream);
    const qint64 n = plan.scenes;
    const auto characters = qint64(plan.roles.size());
    qint64 cumulativeWeight = 0;
    for (qint64 j = 0; j < characters; ++j) {
        if (sink.stopped())
            return;
        const Role role = plan.roles[std::size_t(j)];
        // Share the appearances out by weight, with integer arithmetic so the
        // shares add up exactly; everyone appears at least once.
        const qint64 weight = plan.castWeights[std::size_t(j)];
        qint64 count = plan.appearances * (cumulativeWeight + weight) / plan.castWeightTotal
                - plan.appearances * cumulativeWeight / plan.castWeightTotal;
        cumulativeWeight += weight;
        count = std::clamp<qint64>(count, 1, n);

        // Each character owns a stretch of the story around its slot.
        const qint64 slot = n / characters;
        const qint64 center = (2 * j + 1) * n / (2 * characters) + (slot > 0 ? rng.below(slot + 1) - slot / 2 : 0);
        const qint64 width = std::min(n, count * AppearanceWindowSpread + AppearanceWindowSlack);
        const qint64 first = std::clamp<qint64>(center - width / 2, 1, n - width + 1);

        sink.character(CharacterRecord{j + 1, role, plan.sceneX(std::clamp<qint64>(center, 1, n)),
                                       -CastRowSpacing * (2 + j % 3)});
        // Selection sampling: exactly `count` distinct scenes, in story order.
        qint64 needed = count;
        for (qint64 scene = first; needed > 0; ++scene) {
            if (rng.below(first + width - scene) < needed) {
                sink.link(LinkRecord{Link::AppearsIn, {'c', j + 1}, {'s', scene}});
                --needed;
            }
        }
        if (j > 0 && rng.percent(RelatePercent)) {
            const qint64 other = j - 1 - rng.below(std::min(j, MaxRelateBack));
            sink.link(LinkRecord{Link::RelatesTo, {'c', j + 1}, {'c', other + 1}});
        }
    }
}

template<typename Sink>
void walkEvents(const Plan &plan, Sink &sink)
{
    Rng rng(plan.seed, EventStream);
    const qint64 n = plan.scenes;
    for (qint64 j = 0; j < plan.events; ++j) {
        if (sink.stopped())
            return;
        // One event per stretch of the story, so they spread evenly.
        const qint64 begin = 1 + j * n / plan.events;
        const qint64 end = 1 + (j + 1) * n / plan.events;
        const qint64 scene = begin + rng.below(end - begin);
        const qint64 level = 1 + rng.below(5);
        sink.event(EventRecord{j + 1, level, plan.sceneX(scene) - LaneSpacing, plan.sceneY(scene)});
        sink.link(LinkRecord{Link::Triggers, {'e', j + 1}, {'s', scene}});
    }
}

template<typename Sink>
void walkStory(const Plan &plan, Sink &sink)
{
    walkScenes(plan, sink);
    walkCast(plan, sink);
    walkEvents(plan, sink);
}

// --- Output ----------------------------------------------------------------------

// Writes straight into the stream's buffer; the caller reserved room for one item.
struct Cursor
{
    char *p;

    void text(std::string_view s)
    {
        std::memcpy(p, s.data(), s.size());
        p += s.size();
    }
    void character(char c) { *p++ = c; }
    void integer(qint64 v) { p = std::to_chars(p, p + 20, v).ptr; }
    void unsignedInteger(quint64 v) { p = std::to_chars(p, p + 20, v).ptr; }
    // v/100 for 0 < v < 100, in the shortest form ("0.5", "0.35"), which is also
    // how the canonical exporter prints that double.
    void hundredths(qint64 v)
    {
        Q_ASSERT(v > 0 && v < 100);
        text("0.");
        character(char('0' + v / 10));
        if (v % 10 != 0)
            character(char('0' + v % 10));
    }
    void id(NodeRef ref)
    {
        character('"');
        character(ref.prefix);
        integer(ref.number);
        character('"');
    }
};

// Buffers output and hands it to the device about a megabyte at a time; after a
// failed write it swallows everything so the walk can wind down.
class JsonStream
{
public:
    static constexpr std::size_t FlushBytes = 1 << 20;
    // Every item is far below this: its words are at most MaxWordBytes each.
    static constexpr std::size_t MaxItemBytes = 1024;

    explicit JsonStream(QIODevice &out) : mOut(out), mBuffer(FlushBytes + MaxItemBytes) {}

    Cursor begin()
    {
        if (mUsed >= FlushBytes)
            flush();
        return Cursor{mBuffer.data() + mUsed};
    }
    void end(Cursor cursor)
    {
        const auto used = std::size_t(cursor.p - mBuffer.data());
        Q_ASSERT(used - mUsed <= MaxItemBytes);
        mUsed = used;
    }

    bool flush()
    {
        if (mFailed) {
            mUsed = 0;
            return false;
        }
        const char *data = mBuffer.data();
        std::size_t left = mUsed;
        mUsed = 0;
        while (left > 0) {
            const qint64 written = mOut.write(data, qint64(left));
            if (written <= 0) {
                mFailed = true;
                return false;
            }
            data += written;
            left -= std::size_t(written);
            mBytes += written;
        }
        return true;
    }

    [[nodiscard]] bool failed() const { return mFailed; }
    [[nodiscard]] qint64 bytes() const { return mBytes; }

private:
    QIODevice &mOut;
    std::vector<char> mBuffer;
    std::size_t mUsed = 0;
    qint64 mBytes = 0;
    bool mFailed = false;
};

// Calls the progress callback every few thousand items and remembers a cancel.
class ProgressReporter
{
public:
    static constexpr qint64 ReportEvery = 4096;

    ProgressReporter(const ProgressCallback &callback, qint64 total) : mCallback(callback), mTotal(total) {}

    bool report()
    {
        if (mCallback && !mCancelled && !mCallback(mDone, mTotal))
            mCancelled = true;
        return !mCancelled;
    }
    void step()
    {
        if (++mDone >= mNextReport) {
            mNextReport += ReportEvery;
            report();
        }
    }
    [[nodiscard]] bool cancelled() const { return mCancelled; }

private:
    const ProgressCallback &mCallback;
    qint64 mTotal;
    qint64 mDone = 0;
    qint64 mNextReport = ReportEvery;
    bool mCancelled = false;
};

struct Counter
{
    qint64 nodes = 0;
    qint64 relationships = 0;

    [[nodiscard]] bool stopped() const { return false; }
    void scene(const SceneRecord &) { ++nodes; }
    void choice(const ChoiceRecord &) { ++nodes; }
    void character(const CharacterRecord &) { ++nodes; }
    void event(const EventRecord &) { ++nodes; }
    void link(const LinkRecord &) { ++relationships; }
};

// Shared by the two writing passes: one JSON array item per line.
class ItemWriter
{
public:
    ItemWriter(const Plan &plan, JsonStream &stream, ProgressReporter &progress)
        : mPlan(plan), mStream(stream), mProgress(progress)
    {}

    [[nodiscard]] bool stopped() const { return mStream.failed() || mProgress.cancelled(); }

protected:
    Cursor beginItem()
    {
        Cursor c = mStream.begin();
        c.text(mFirst ? std::string_view("\n") : std::string_view(",\n"));
        mFirst = false;
        return c;
    }
    void endItem(Cursor c)
    {
        mStream.end(c);
        mProgress.step();
    }

    const Plan &mPlan;

private:
    JsonStream &mStream;
    ProgressReporter &mProgress;
    bool mFirst = true;
};

// Keys inside "properties" are written in byte order, the store's canonical
// order, so an imported story exports its properties exactly as generated.
class NodeWriter : public ItemWriter
{
public:
    using ItemWriter::ItemWriter;

    void scene(const SceneRecord &r)
    {
        const quint64 h = cosmetic(mPlan.seed, 's', r.number);
        Cursor c = beginNode({'s', r.number}, NodeType::Scene, r.x, r.y);
        c.text(R"({"chapter":)");
        c.integer(r.chapter);
        if (r.ending)
            c.text(R"(,"ending":true)");
        c.text(R"(,"sequence":)");
        c.integer(r.sequence);
        if (r.start)
            c.text(R"(,"start":true)");
        c.text(R"(,"summary":")");
        c.text(pick(Subjects, h >> 10));
        c.character(' ');
        c.text(pick(Verbs, h >> 15));
        c.character(' ');
        c.text(pick(Objects, h >> 20));
        c.character(' ');
        c.text(pick(Settings, h >> 25));
        c.text(R"(.","title":"The )");
        c.text(pick(Adjectives, h));
        c.character(' ');
        c.text(pick(Places, h >> 5));
        c.text(R"("}})");
        endItem(c);
    }

    void choice(const ChoiceRecord &r)
    {
        const quint64 h = cosmetic(mPlan.seed, 'q', r.number);
        Cursor c = beginNode({'q', r.number}, NodeType::Choice, r.x, r.y);
        c.text(R"({"text":")");
        c.text(pick(Decisions, h));
        c.character(' ');
        c.text(pick(Objects, h >> 5));
        c.text(R"(","weight":)");
        c.hundredths(choiceWeight(r));
        c.text("}}");
        endItem(c);
    }

    void character(const CharacterRecord &r)
    {
        const quint64 h = cosmetic(mPlan.seed, 'c', r.number);
        Cursor c = beginNode({'c', r.number}, NodeType::Character, r.x, r.y);
        c.text(R"({"name":")");
        c.text(pick(FirstNames, h));
        c.character(' ');
        c.text(pick(FamilyNames, h >> 5));
        c.text(R"(","role":")");
        c.text(RoleNames[std::size_t(r.role)]);
        c.text(R"("}})");
        endItem(c);
    }

    void event(const EventRecord &r)
    {
        const quint64 h = cosmetic(mPlan.seed, 'e', r.number);
        Cursor c = beginNode({'e', r.number}, NodeType::Event, r.x, r.y);
        c.text(R"({"causality_level":)");
        c.integer(r.causalityLevel);
        c.text(R"(,"title":")");
        c.text(pick(Happenings, h));
        c.text(" at the ");
        c.text(pick(Places, h >> 5));
        c.text(R"("}})");
        endItem(c);
    }

    void link(const LinkRecord &) {}

private:
    Cursor beginNode(NodeRef id, std::string_view type, qint64 x, qint64 y)
    {
        Cursor c = beginItem();
        c.text(R"({"id":)");
        c.id(id);
        c.text(R"(,"type":")");
        c.text(type);
        c.text(R"(","x":)");
        c.integer(x);
        c.text(R"(,"y":)");
        c.integer(y);
        c.text(R"(,"properties":)");
        return c;
    }

    // The choices of one branch share out a weight of 1, the first the most.
    [[nodiscard]] qint64 choiceWeight(const ChoiceRecord &r) const
    {
        const quint64 h = cosmetic(mPlan.seed, 'b', r.scene);
        if (r.count == 2) {
            const qint64 main = 50 + qint64(h % 31);
            return r.index == 0 ? main : 100 - main;
        }
        const qint64 main = 40 + qint64(h % 21);
        const qint64 second = (100 - main) * (40 + qint64((h >> 8) % 21)) / 100;
        return r.index == 0 ? main : r.index == 1 ? second : 100 - main - second;
    }
};

class RelationshipWriter : public ItemWriter
{
public:
    using ItemWriter::ItemWriter;

    void scene(const SceneRecord &) {}
    void choice(const ChoiceRecord &) {}
    void character(const CharacterRecord &) {}
    void event(const EventRecord &) {}

    void link(const LinkRecord &r)
    {
        const qint64 number = ++mCount;
        const quint64 h = cosmetic(mPlan.seed, 'r', number);
        Cursor c = beginItem();
        c.text(R"({"id":"r)");
        c.integer(number);
        c.text(R"(","type":")");
        c.text(LinkTypes[std::size_t(r.link)]);
        c.text(R"(","from":)");
        c.id(r.from);
        c.text(R"(,"to":)");
        c.id(r.to);
        c.text(R"(,"properties":{)");
        if (r.link == Link::RelatesTo) {
            c.text(R"("bond":")");
            c.text(Bonds[(h >> 8) & 7]);
            c.text(R"(",)");
        } else if (std::string_view transition
                   = r.link == Link::Sequence ? SceneTransitions[(h >> 12) & 3] : LinkTransitions[std::size_t(r.link)];
                   !transition.empty()) {
            c.text(R"("transition_type":")");
            c.text(transition);
            c.text(R"(",)");
        }
        c.text(R"("weight":)");
        c.hundredths(5 * (1 + qint64(h % 19)));
        c.text("}}");
        endItem(c);
    }

private:
    qint64 mCount = 0;
};

Error cancelledError()
{
    return Error{ErrorKind::Cancelled, QCoreApplication::translate("StoryGenerator", "generation cancelled"), {}, 0, 0};
}

Error writeError(const QIODevice &out)
{
    return Error{ErrorKind::Io,
                 QCoreApplication::translate("StoryGenerator", "cannot write the story: %1").arg(out.errorString()),
                 {},
                 0,
                 0};
}

Status checkOptions(const GeneratorOptions &options)
{
    if (options.scenes < 1 || options.scenes > MaxScenes) {
        return Error::badInput(QCoreApplication::translate("StoryGenerator", "--scenes must be between %1 and %2")
                                       .arg(1)
                                       .arg(MaxScenes));
    }
    return {};
}

} // namespace

Result<GeneratorSummary> generateStory(const GeneratorOptions &options, QIODevice &out,
                                       const ProgressCallback &progress)
{
    if (Status valid = checkOptions(options); !valid)
        return valid.takeError();
    if (!out.isWritable()) {
        return Error{ErrorKind::Io,
                     QCoreApplication::translate("StoryGenerator",
                                                 "cannot write the story: the output is not open for writing"),
                     {},
                     0,
                     0};
    }

    const Plan plan = makePlan(options);
    Counter counter;
    walkStory(plan, counter);

    ProgressReporter reporter(progress, counter.nodes + counter.relationships);
    if (!reporter.report())
        return cancelledError();

    JsonStream stream(out);
    {
        const quint64 h = cosmetic(plan.seed, 't', 0);
        Cursor c = stream.begin();
        c.text(R"({"format":")");
        c.text(StoryFormatName);
        c.text(R"(","version":)");
        c.integer(StoryFormatVersion);
        c.text(R"(,"title":"The )");
        c.text(pick(Adjectives, h));
        c.character(' ');
        c.text(pick(Places, h >> 5));
        c.text(" (");
        c.integer(plan.scenes);
        c.text(plan.scenes == 1 ? std::string_view(" scene, seed ") : std::string_view(" scenes, seed "));
        c.unsignedInteger(plan.seed);
        c.text(")\",\n\"nodes\":[");
        stream.end(c);
    }

    NodeWriter nodes(plan, stream, reporter);
    walkStory(plan, nodes);
    if (!nodes.stopped()) {
        Cursor c = stream.begin();
        c.text("\n],\n\"relationships\":[");
        stream.end(c);
        RelationshipWriter relationships(plan, stream, reporter);
        walkStory(plan, relationships);
        c = stream.begin();
        c.text("\n]}\n");
        stream.end(c);
    }
    if (reporter.cancelled())
        return cancelledError();
    if (!stream.flush())
        return writeError(out);
    if (!reporter.report())
        return cancelledError();
    return GeneratorSummary{counter.nodes, counter.relationships, stream.bytes()};
}

Result<GeneratorSummary> generateStoryFile(const GeneratorOptions &options, const QString &path,
                                           const ProgressCallback &progress)
{
    // Check the options before touching the disk, so a typo leaves no file behind.
    if (Status valid = checkOptions(options); !valid)
        return valid.takeError();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::at(
                ErrorKind::Io,
                QCoreApplication::translate("StoryGenerator", "cannot create the file: %1").arg(file.errorString()),
                path);
    }
    auto summary = generateStory(options, file, progress);
    if (!summary) {
        file.cancelWriting();
        Error error = summary.takeError();
        if (error.kind == ErrorKind::Io && error.file.isEmpty())
            error.file = path;
        return error;
    }
    if (!file.commit()) {
        return Error::at(
                ErrorKind::Io,
                QCoreApplication::translate("StoryGenerator", "cannot save the file: %1").arg(file.errorString()),
                path);
    }
    return summary;
}

} // namespace ryuk
