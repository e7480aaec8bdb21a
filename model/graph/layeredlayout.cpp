// The layered layout: the story read top to bottom in the Sugiyama manner (loops
// broken, layers in chapter bands, crossings reduced by barycenter sweeps, x by
// Brandes–Köpf alignment), with Characters, Events and loose nodes placed
// around the story flow.
#include "layeredlayout.h"

#include "core/properties.h"
#include "storylayout.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <utility>

namespace ryuk {
namespace {

constexpr double HalfWidth = LayoutNodeWidth / 2;
// Centre to centre of two boxes side by side in a layer.
constexpr double Pitch = LayoutNodeWidth + LayoutGap;
// Twice the gap between layers: with only one, edges between neighbouring
// layers run almost flat and the fan-out of a choice is hard to follow.
constexpr double LayerPitch = LayoutNodeHeight + 2 * LayoutGap;
// Between the separate parts of a story, so they read as separate.
constexpr double ComponentGap = 2 * LayoutGap;
// Sweeps that reduce crossings: each costs one pass over the graph, and
// barycenter ordering rarely gains anything after a handful.
constexpr int MaxSweeps = 8;
constexpr int SweepsWithoutGain = 2;
// Layers placed together (see placeComponent).
constexpr std::size_t BandLayers = 64;
constexpr double BandStray = Pitch;
// Bounds the dummies that carry long edges through the layers they cross.
constexpr std::size_t DummiesPerElement = 8;
// How far (in rows) a Character may move from the mean of its scenes before it
// takes a column further left.
constexpr int CharacterRowSlack = 2;

constexpr qint64 NoChapter = std::numeric_limits<qint64>::min();
constexpr double Unset = -std::numeric_limits<double>::infinity();

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// One node to lay out in layers. The caller lists them in rank order
// (chapter, sequence, id), and that order settles every tie below.
struct LayerItem
{
    VertexIndex vertex = NoVertex;
    std::optional<qint64> chapter; // chapter bands apply to Scenes only
    bool start = false;
};

struct LayerEdge
{
    int from = 0; // item indexes
    int to = 0;
    bool kept = true; // false for an edge that would point up: a loop, or back to an earlier chapter
};

// A box that rides in its anchor's layer, right after it (an Event beside the
// scene it triggers). The anchor is the highest of the given items.
struct LayerSatellite
{
    VertexIndex vertex = NoVertex;
    std::vector<int> anchors; // item indexes
};

enum class Slot : std::uint8_t { Real, Dummy, Satellite };

// A node of the proper layering: every edge joins neighbouring layers, long
// edges running through dummies.
struct LayerNode
{
    Slot slot = Slot::Real;
    int layer = 0;
    int component = 0;
    int item = -1; // Real: the item; Dummy: the upper end of its edge; Satellite: the anchor's node
    VertexIndex vertex = NoVertex;
    std::vector<int> up;   // neighbours in layer - 1
    std::vector<int> down; // neighbours in layer + 1
    int pos = 0;           // index in its layer
    int riders = 0;        // Real: how many satellites ride right of it
    double x = 0;
};

struct Component
{
    int firstLayer = 0;
    std::vector<std::vector<int>> layers; // node indexes, left to right
    std::size_t items = 0;
};

double halfWidthOf(const LayerNode &node)
{
    return node.slot == Slot::Dummy ? 0.0 : HalfWidth;
}

// Counts inversions of a sequence of small non-negative integers.
class InversionCounter
{
public:
    qint64 count(const std::vector<int> &sequence, int bound)
    {
        mTree.assign(std::size_t(bound) + 1, 0);
        qint64 inversions = 0;
        qint64 seen = 0;
        for (int value : sequence) {
            inversions += seen - prefix(value); // earlier values greater than this one
            for (int i = value + 1; i <= bound; i += i & -i)
                ++mTree[std::size_t(i)];
            ++seen;
        }
        return inversions;
    }

private:
    qint64 prefix(int value) const // how many seen values are <= value
    {
        qint64 sum = 0;
        for (int i = value + 1; i > 0; i -= i & -i)
            sum += mTree[std::size_t(i)];
        return sum;
    }

    std::vector<qint64> mTree;
};

// The layered layout of one set of items and the edges between them.
class LayeredGraph
{
public:
    LayeredGraph(std::vector<LayerItem> items, std::vector<LayerEdge> edges)
        : mItems(std::move(items)), mEdges(std::move(edges))
    {}

    // Everything up to x within each component; false if cancelled.
    bool run(const std::vector<LayerSatellite> &satellites, const std::atomic_bool *cancel)
    {
        buildAdjacency();
        breakCycles();
        assignLayers();
        buildComponents();
        buildProperLayering();
        for (Component &component : mComponents) {
            if (cancelled(cancel) || !orderComponent(component, cancel))
                return false;
        }
        addSatellites(satellites);
        mLocal.assign(mNodes.size(), 0);
        mLocalPos.assign(mNodes.size(), 0);
        for (Component &component : mComponents) {
            if (cancelled(cancel))
                return false;
            placeComponent(component);
        }
        return true;
    }

    // Puts the components side by side, each as far left as the ones already
    // placed allow in the layers it spans, the first at `left`. Single items
    // are left out unless `singles`; those are returned instead.
    std::vector<int> pack(double left, bool singles)
    {
        std::vector<int> leftOut;
        std::vector<double> rightEdge(std::size_t(mLayerCount), Unset);
        for (std::size_t c = 0; c < mComponents.size(); ++c) {
            Component &component = mComponents[c];
            if (!singles && component.items == 1 && component.layers.size() == 1
                && component.layers.front().size() == 1) {
                leftOut.push_back(mNodes[std::size_t(component.layers.front().front())].item);
                continue;
            }
            double offset = left;
            for (std::size_t l = 0; l < component.layers.size(); ++l) {
                const std::vector<int> &layer = component.layers[l];
                const double edge = rightEdge[std::size_t(component.firstLayer) + l];
                if (!layer.empty() && edge != Unset) {
                    const LayerNode &first = mNodes[std::size_t(layer.front())];
                    offset = std::max(offset, edge + ComponentGap - (first.x - halfWidthOf(first)));
                }
            }
            for (std::size_t l = 0; l < component.layers.size(); ++l) {
                for (int n : component.layers[l])
                    mNodes[std::size_t(n)].x += offset;
                if (!component.layers[l].empty()) {
                    const LayerNode &last = mNodes[std::size_t(component.layers[l].back())];
                    double &edge = rightEdge[std::size_t(component.firstLayer) + l];
                    edge = std::max(edge, last.x + halfWidthOf(last));
                }
            }
        }
        return leftOut;
    }

    int layerCount() const { return mLayerCount; }
    const std::vector<LayerNode> &nodes() const { return mNodes; }

private:
    void buildAdjacency()
    {
        const std::size_t n = mItems.size();
        mOutStart.assign(n + 1, 0);
        mInStart.assign(n + 1, 0);
        for (const LayerEdge &e : mEdges) {
            ++mOutStart[std::size_t(e.from) + 1];
            ++mInStart[std::size_t(e.to) + 1];
        }
        std::partial_sum(mOutStart.begin(), mOutStart.end(), mOutStart.begin());
        std::partial_sum(mInStart.begin(), mInStart.end(), mInStart.begin());
        mOut.resize(mEdges.size());
        mIn.resize(mEdges.size());
        std::vector<int> outFill(mOutStart.begin(), mOutStart.end() - 1);
        std::vector<int> inFill(mInStart.begin(), mInStart.end() - 1);
        for (std::size_t e = 0; e < mEdges.size(); ++e) {
            mOut[std::size_t(outFill[std::size_t(mEdges[e].from)]++)] = int(e);
            mIn[std::size_t(inFill[std::size_t(mEdges[e].to)]++)] = int(e);
        }
        // Successors in rank order: a depth-first walk then follows the
        // sequence of scenes before the side branches, so the only edges it
        // finds pointing back are the story's real loops.
        for (std::size_t v = 0; v < n; ++v) {
            std::stable_sort(mOut.begin() + mOutStart[v], mOut.begin() + mOutStart[v + 1],
                             [this](int a, int b) { return mEdges[std::size_t(a)].to < mEdges[std::size_t(b)].to; });
        }
    }

    // Depth-first from the start scenes, then from nodes nothing leads to,
    // then from whatever is left; an edge to a node still on the walk closes a
    // loop and is not kept. Also gives the preorder (the first left-to-right
    // order) and a topological order of the kept edges.
    void breakCycles()
    {
        const std::size_t n = mItems.size();
        std::vector<int> roots;
        roots.reserve(n);
        for (std::size_t v = 0; v < n; ++v)
            if (mItems[v].start)
                roots.push_back(int(v));
        for (std::size_t v = 0; v < n; ++v)
            if (!mItems[v].start && mInStart[v] == mInStart[v + 1])
                roots.push_back(int(v));
        for (std::size_t v = 0; v < n; ++v)
            roots.push_back(int(v));

        enum : std::uint8_t { Unvisited, OnPath, Done };
        std::vector<std::uint8_t> state(n, Unvisited);
        mPreorder.assign(n, 0);
        mTopological.clear();
        mTopological.reserve(n);
        int preorder = 0;
        std::vector<std::pair<int, int>> stack; // node, next out-edge
        for (int root : roots) {
            if (state[std::size_t(root)] != Unvisited)
                continue;
            state[std::size_t(root)] = OnPath;
            mPreorder[std::size_t(root)] = preorder++;
            stack.emplace_back(root, mOutStart[std::size_t(root)]);
            while (!stack.empty()) {
                auto &[v, next] = stack.back();
                if (next == mOutStart[std::size_t(v) + 1]) {
                    state[std::size_t(v)] = Done;
                    mTopological.push_back(v);
                    stack.pop_back();
                    continue;
                }
                LayerEdge &edge = mEdges[std::size_t(mOut[std::size_t(next++)])];
                const int w = edge.to;
                if (state[std::size_t(w)] == OnPath) {
                    edge.kept = false;
                } else if (state[std::size_t(w)] == Unvisited) {
                    state[std::size_t(w)] = OnPath;
                    mPreorder[std::size_t(w)] = preorder++;
                    stack.emplace_back(w, mOutStart[std::size_t(w)]);
                }
            }
        }
        std::reverse(mTopological.begin(), mTopological.end());
    }

    // Longest path from the top, with chapter bands: every node has an
    // effective chapter (a Scene its own, anything else the latest chapter
    // leading to it), and the band of chapter k starts below everything of
    // earlier chapters. An edge from a later chapter back into an earlier one
    // is not kept, as if it were a loop.
    void assignLayers()
    {
        const std::size_t n = mItems.size();
        std::vector<qint64> chapter(n, NoChapter);
        std::vector<int> topoIndex(n, 0);
        for (std::size_t i = 0; i < n; ++i)
            topoIndex[std::size_t(mTopological[i])] = int(i);
        for (int v : mTopological) {
            qint64 &c = chapter[std::size_t(v)];
            for (int i = mInStart[std::size_t(v)]; i < mInStart[std::size_t(v) + 1]; ++i) {
                LayerEdge &edge = mEdges[std::size_t(mIn[std::size_t(i)])];
                if (!edge.kept)
                    continue;
                const qint64 from = chapter[std::size_t(edge.from)];
                if (mItems[std::size_t(v)].chapter && from != NoChapter && from > *mItems[std::size_t(v)].chapter)
                    edge.kept = false;
                else if (!mItems[std::size_t(v)].chapter)
                    c = std::max(c, from);
            }
            if (mItems[std::size_t(v)].chapter)
                c = *mItems[std::size_t(v)].chapter;
        }

        // Along every kept edge the effective chapter never falls, so this order
        // is still topological and visits the chapters one after another.
        std::vector<int> order(mTopological);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return std::pair(chapter[std::size_t(a)], topoIndex[std::size_t(a)])
                    < std::pair(chapter[std::size_t(b)], topoIndex[std::size_t(b)]);
        });
        mLayer.assign(n, 0);
        std::map<qint64, int> bandEnd;
        int bandStart = 0;
        int deepest = -1; // among nodes of any chapter seen so far
        qint64 current = NoChapter;
        for (int v : order) {
            const qint64 c = chapter[std::size_t(v)];
            if (c != current) {
                current = c;
                bandStart = deepest + 1;
            }
            int layer = c == NoChapter ? 0 : bandStart;
            for (int i = mInStart[std::size_t(v)]; i < mInStart[std::size_t(v) + 1]; ++i) {
                const LayerEdge &edge = mEdges[std::size_t(mIn[std::size_t(i)])];
                if (edge.kept)
                    layer = std::max(layer, mLayer[std::size_t(edge.from)] + 1);
            }
            mLayer[std::size_t(v)] = layer;
            if (c != NoChapter) {
                deepest = std::max(deepest, layer);
                int &end = bandEnd[c];
                end = std::max(end, layer);
            }
        }

        // A node nothing leads to (a side entrance, a loose thread) would sit
        // at the top of its band, far above what it leads to: bring it down to
        // just above its first successor, within its band.
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const auto v = std::size_t(*it);
            bool hasPredecessor = false;
            for (int i = mInStart[v]; i < mInStart[v + 1] && !hasPredecessor; ++i)
                hasPredecessor = mEdges[std::size_t(mIn[std::size_t(i)])].kept;
            if (hasPredecessor)
                continue;
            int target = std::numeric_limits<int>::max();
            for (int i = mOutStart[v]; i < mOutStart[v + 1]; ++i) {
                const LayerEdge &edge = mEdges[std::size_t(mOut[std::size_t(i)])];
                if (edge.kept)
                    target = std::min(target, mLayer[std::size_t(edge.to)] - 1);
            }
            if (target == std::numeric_limits<int>::max())
                continue;
            if (chapter[v] != NoChapter)
                target = std::min(target, bandEnd[chapter[v]]);
            mLayer[v] = std::max(mLayer[v], target);
        }
        mLayerCount = n == 0 ? 0 : *std::max_element(mLayer.begin(), mLayer.end()) + 1;
    }

    // Weakly connected parts, numbered in the order of their first item.
    void buildComponents()
    {
        const std::size_t n = mItems.size();
        std::vector<int> parent(n);
        std::iota(parent.begin(), parent.end(), 0);
        auto find = [&parent](int v) {
            while (parent[std::size_t(v)] != v) {
                parent[std::size_t(v)] = parent[std::size_t(parent[std::size_t(v)])];
                v = parent[std::size_t(v)];
            }
            return v;
        };
        for (const LayerEdge &e : mEdges) {
            const int a = find(e.from);
            const int b = find(e.to);
            if (a != b)
                parent[std::size_t(std::max(a, b))] = std::min(a, b);
        }
        mComponentOf.assign(n, -1);
        std::vector<int> numberOfRoot(n, -1);
        for (std::size_t v = 0; v < n; ++v) {
            int &number = numberOfRoot[std::size_t(find(int(v)))];
            if (number < 0) {
                number = int(mComponents.size());
                mComponents.emplace_back();
            }
            mComponentOf[v] = number;
            ++mComponents[std::size_t(number)].items;
        }
    }

    void buildProperLayering()
    {
        const std::size_t n = mItems.size();
        mNodes.resize(n);
        for (std::size_t v = 0; v < n; ++v) {
            LayerNode &node = mNodes[v];
            node.slot = Slot::Real;
            node.layer = mLayer[v];
            node.component = mComponentOf[v];
            node.item = int(v);
            node.vertex = mItems[v].vertex;
        }
        // Shortest edges first, and no more dummies than a few per node and
        // edge: a handful of loops from the last scene back to the first would
        // otherwise each add a dummy to every layer of the story. An edge left
        // out takes no part in ordering and x; it is simply drawn.
        std::vector<std::pair<int, std::size_t>> bySpan; // layers spanned, edge
        for (std::size_t e = 0; e < mEdges.size(); ++e) {
            const int span = std::abs(mLayer[std::size_t(mEdges[e].from)] - mLayer[std::size_t(mEdges[e].to)]);
            if (span > 0) // only an edge that was not kept can be flat; it is drawn as it is
                bySpan.emplace_back(span, e);
        }
        std::sort(bySpan.begin(), bySpan.end());
        std::size_t budget = DummiesPerElement * (mItems.size() + mEdges.size());
        for (const auto &[span, e] : bySpan) {
            if (std::size_t(span - 1) > budget)
                break;
            budget -= std::size_t(span - 1);
            int upper = mEdges[e].from;
            int lower = mEdges[e].to;
            if (mLayer[std::size_t(upper)] > mLayer[std::size_t(lower)])
                std::swap(upper, lower);
            int previous = upper;
            for (int layer = mLayer[std::size_t(upper)] + 1; layer < mLayer[std::size_t(lower)]; ++layer) {
                LayerNode dummy;
                dummy.slot = Slot::Dummy;
                dummy.layer = layer;
                dummy.component = mComponentOf[std::size_t(upper)];
                dummy.item = upper;
                dummy.up.push_back(previous);
                const int index = int(mNodes.size());
                mNodes.push_back(std::move(dummy));
                mNodes[std::size_t(previous)].down.push_back(index);
                previous = index;
            }
            mNodes[std::size_t(previous)].down.push_back(lower);
            mNodes[std::size_t(lower)].up.push_back(previous);
        }

        std::vector<std::pair<int, int>> span(mComponents.size(),
                                              {std::numeric_limits<int>::max(), std::numeric_limits<int>::min()});
        for (const LayerNode &node : mNodes) {
            auto &[first, last] = span[std::size_t(node.component)];
            first = std::min(first, node.layer);
            last = std::max(last, node.layer);
        }
        for (std::size_t c = 0; c < mComponents.size(); ++c) {
            mComponents[c].firstLayer = span[c].first;
            mComponents[c].layers.resize(std::size_t(span[c].second - span[c].first + 1));
        }
        // First order: the depth-first preorder, a dummy with the upper end of its edge.
        std::vector<int> byPreorder(mNodes.size());
        std::iota(byPreorder.begin(), byPreorder.end(), 0);
        std::stable_sort(byPreorder.begin(), byPreorder.end(), [this](int a, int b) {
            return mPreorder[std::size_t(mNodes[std::size_t(a)].item)]
                    < mPreorder[std::size_t(mNodes[std::size_t(b)].item)];
        });
        for (int index : byPreorder) {
            LayerNode &node = mNodes[std::size_t(index)];
            Component &component = mComponents[std::size_t(node.component)];
            std::vector<int> &layer = component.layers[std::size_t(node.layer - component.firstLayer)];
            node.pos = int(layer.size());
            layer.push_back(index);
        }
    }

    qint64 crossings(const Component &component)
    {
        qint64 total = 0;
        std::vector<int> sequence;
        std::vector<int> ends;
        for (std::size_t l = 0; l + 1 < component.layers.size(); ++l) {
            sequence.clear();
            for (int n : component.layers[l]) {
                ends.clear();
                for (int d : mNodes[std::size_t(n)].down)
                    ends.push_back(mNodes[std::size_t(d)].pos);
                std::sort(ends.begin(), ends.end());
                sequence.insert(sequence.end(), ends.begin(), ends.end());
            }
            total += mInversions.count(sequence, int(component.layers[l + 1].size()));
        }
        return total;
    }

    // Orders one layer by the barycenters of its neighbours in the layer
    // above (down) or below; nodes with no such neighbours keep their places.
    void sortLayer(std::vector<int> &layer, bool down)
    {
        std::vector<std::pair<double, int>> movable; // barycenter, node
        for (int n : layer) {
            const std::vector<int> &next = down ? mNodes[std::size_t(n)].up : mNodes[std::size_t(n)].down;
            if (next.empty())
                continue;
            double sum = 0;
            for (int m : next)
                sum += mNodes[std::size_t(m)].pos;
            movable.emplace_back(sum / double(next.size()), n);
        }
        std::stable_sort(movable.begin(), movable.end(), [this](const auto &a, const auto &b) {
            return a.first < b.first
                    || (a.first == b.first && mNodes[std::size_t(a.second)].pos < mNodes[std::size_t(b.second)].pos);
        });
        auto next = movable.begin();
        for (int &n : layer) {
            const LayerNode &node = mNodes[std::size_t(n)];
            if (!(down ? node.up : node.down).empty())
                n = (next++)->second;
        }
        for (std::size_t i = 0; i < layer.size(); ++i)
            mNodes[std::size_t(layer[i])].pos = int(i);
    }

    // Barycenter sweeps, down and up in turn, keeping the best order seen.
    bool orderComponent(Component &component, const std::atomic_bool *cancel)
    {
        if (component.layers.size() < 2)
            return true;
        qint64 best = crossings(component);
        std::vector<std::vector<int>> bestLayers = component.layers;
        int withoutGain = 0;
        for (int sweep = 0; sweep < MaxSweeps && best > 0 && withoutGain < SweepsWithoutGain; ++sweep) {
            if (cancelled(cancel))
                return false;
            const bool down = sweep % 2 == 0;
            if (down) {
                for (std::size_t l = 1; l < component.layers.size(); ++l)
                    sortLayer(component.layers[l], true);
            } else {
                for (std::size_t l = component.layers.size() - 1; l-- > 0;)
                    sortLayer(component.layers[l], false);
            }
            const qint64 now = crossings(component);
            if (now < best) {
                best = now;
                bestLayers = component.layers;
                withoutGain = 0;
            } else {
                ++withoutGain;
            }
        }
        component.layers = std::move(bestLayers);
        for (const std::vector<int> &layer : component.layers)
            for (std::size_t i = 0; i < layer.size(); ++i)
                mNodes[std::size_t(layer[i])].pos = int(i);
        return true;
    }

    void addSatellites(const std::vector<LayerSatellite> &satellites)
    {
        // The highest anchor, the leftmost of equals; then the satellites of
        // one anchor in the caller's order.
        std::vector<std::vector<int>> riders(mItems.size());
        for (const LayerSatellite &satellite : satellites) {
            int anchor = -1;
            for (int a : satellite.anchors) {
                const LayerNode &node = mNodes[std::size_t(a)];
                if (anchor < 0
                    || std::tuple(node.layer, node.component, node.pos)
                            < std::tuple(mNodes[std::size_t(anchor)].layer, mNodes[std::size_t(anchor)].component,
                                         mNodes[std::size_t(anchor)].pos))
                    anchor = a;
            }
            if (anchor < 0)
                continue;
            LayerNode rider;
            rider.slot = Slot::Satellite;
            rider.layer = mNodes[std::size_t(anchor)].layer;
            rider.component = mNodes[std::size_t(anchor)].component;
            rider.item = anchor;
            rider.vertex = satellite.vertex;
            riders[std::size_t(anchor)].push_back(int(mNodes.size()));
            mNodes.push_back(std::move(rider));
        }
        for (std::size_t n = 0; n < mItems.size(); ++n)
            mNodes[n].riders = int(riders[n].size());
        for (Component &component : mComponents) {
            for (std::vector<int> &layer : component.layers) {
                std::vector<int> with;
                with.reserve(layer.size());
                for (int n : layer) {
                    with.push_back(n);
                    if (mNodes[std::size_t(n)].slot == Slot::Real)
                        with.insert(with.end(), riders[std::size_t(n)].begin(), riders[std::size_t(n)].end());
                }
                for (std::size_t i = 0; i < with.size(); ++i)
                    mNodes[std::size_t(with[i])].pos = int(i);
                layer = std::move(with);
            }
        }
    }

    // Segments between two dummies (inner segments, the middles of long
    // edges) win over the others: an ordinary segment that crosses one is
    // marked and will not be aligned, so long edges stay straight.
    void markConflicts(const std::vector<std::vector<int>> &layers)
    {
        mMarked.clear();
        for (std::size_t l = 0; l + 1 < layers.size(); ++l) {
            const std::vector<int> &upper = layers[l];
            const std::vector<int> &lower = layers[l + 1];
            auto innerUpper = [&](int v) { // the upper end of v's inner segment, or -1
                if (mNodes[std::size_t(v)].slot != Slot::Dummy)
                    return -1;
                for (int u : mNodes[std::size_t(v)].up)
                    if (mNodes[std::size_t(u)].slot == Slot::Dummy)
                        return u;
                return -1;
            };
            int k0 = 0;
            std::size_t next = 0;
            for (std::size_t l1 = 0; l1 < lower.size(); ++l1) {
                const int inner = innerUpper(lower[l1]);
                if (l1 + 1 != lower.size() && inner < 0)
                    continue;
                const int k1 = inner >= 0 ? mLocalPos[std::size_t(inner)] : int(upper.size()) - 1;
                for (; next <= l1; ++next) {
                    for (int u : mNodes[std::size_t(lower[next])].up) {
                        const int k = mLocalPos[std::size_t(u)];
                        if (k < k0 || k > k1)
                            mMarked.insert({u, lower[next]});
                    }
                }
                k0 = k1;
            }
        }
    }

    // The gap a node needs on its right: its box and the satellites riding there.
    double rightExtent(const LayerNode &node) const { return halfWidthOf(node) + node.riders * Pitch; }

    double separation(const LayerNode &left, const LayerNode &right) const
    {
        return rightExtent(left) + halfWidthOf(right) + LayoutGap;
    }

    // One of the four alignments of Brandes and Köpf ("Fast and Simple
    // Horizontal Coordinate Assignment", 2001): each node joins the block of a
    // median neighbour in the layer before (above when `downward`) unless that
    // would cross an alignment already made; then every block goes as far
    // towards one side (left when `leftward`) as the separations allow.
    // Returns x per node of `layers` (by mLocal), or nothing should the blocks
    // not be ordered consistently.
    std::optional<std::vector<double>> alignAndCompact(const std::vector<std::vector<int>> &layers, bool downward,
                                                       bool leftward)
    {
        const std::size_t count = mLocalNodes.size();
        std::vector<int> root(count);
        std::vector<int> align(count);
        std::iota(root.begin(), root.end(), 0);
        std::iota(align.begin(), align.end(), 0);
        auto local = [this](int node) { return std::size_t(mLocal[std::size_t(node)]); };
        auto side = [&](int node) { // position counted from the side blocks go to
            const int pos = mLocalPos[std::size_t(node)];
            return leftward ? pos
                            : int(layers[std::size_t(mNodes[std::size_t(node)].layer - mFirstLayer)].size()) - 1 - pos;
        };
        std::vector<int> neighbours;
        for (std::size_t step = 1; step < layers.size(); ++step) {
            const std::vector<int> &layer = layers[downward ? step : layers.size() - 1 - step];
            int taken = -1;
            for (std::size_t k = 0; k < layer.size(); ++k) {
                const int v = layer[leftward ? k : layer.size() - 1 - k];
                const LayerNode &node = mNodes[std::size_t(v)];
                neighbours = downward ? node.up : node.down;
                if (neighbours.empty())
                    continue;
                std::sort(neighbours.begin(), neighbours.end(), [&](int a, int b) { return side(a) < side(b); });
                const std::size_t d = neighbours.size();
                for (std::size_t m : {(d - 1) / 2, d / 2}) {
                    const int u = neighbours[m];
                    if (align[local(v)] != int(local(v)) || side(u) <= taken)
                        continue;
                    if (mMarked.count(downward ? std::pair(u, v) : std::pair(v, u)))
                        continue;
                    align[local(u)] = int(local(v));
                    root[local(v)] = root[local(u)];
                    align[local(v)] = root[local(v)];
                    taken = side(u);
                }
            }
        }

        // Blocks as far to one side as they go: longest paths in the graph of
        // "this block must be right of (left of) that one".
        struct Constraint
        {
            int from, to;
            double gap;
        };
        std::vector<Constraint> constraints;
        for (const std::vector<int> &layer : layers) {
            for (std::size_t i = 1; i < layer.size(); ++i) {
                const LayerNode &a = mNodes[std::size_t(layer[i - 1])];
                const LayerNode &b = mNodes[std::size_t(layer[i])];
                const double gap = separation(a, b);
                if (leftward)
                    constraints.push_back({root[local(layer[i - 1])], root[local(layer[i])], gap});
                else
                    constraints.push_back({root[local(layer[i])], root[local(layer[i - 1])], gap});
            }
        }
        std::vector<int> start(count + 1, 0);
        std::vector<int> indegree(count, 0);
        for (const Constraint &c : constraints) {
            ++start[std::size_t(c.from) + 1];
            ++indegree[std::size_t(c.to)];
        }
        std::partial_sum(start.begin(), start.end(), start.begin());
        std::vector<int> fill(start.begin(), start.end() - 1);
        std::vector<int> byFrom(constraints.size());
        for (std::size_t c = 0; c < constraints.size(); ++c)
            byFrom[std::size_t(fill[std::size_t(constraints[c].from)]++)] = int(c);

        std::vector<double> x(count, 0);
        std::vector<int> queue;
        for (std::size_t v = 0; v < count; ++v)
            if (root[v] == int(v) && indegree[v] == 0)
                queue.push_back(int(v));
        std::size_t done = 0;
        std::size_t blocks = 0;
        for (std::size_t v = 0; v < count; ++v)
            blocks += root[v] == int(v);
        for (; done < queue.size(); ++done) {
            const int b = queue[done];
            for (int i = start[std::size_t(b)]; i < start[std::size_t(b) + 1]; ++i) {
                const Constraint &c = constraints[std::size_t(byFrom[std::size_t(i)])];
                x[std::size_t(c.to)] = std::max(x[std::size_t(c.to)], x[std::size_t(b)] + c.gap);
                if (--indegree[std::size_t(c.to)] == 0)
                    queue.push_back(c.to);
            }
        }
        if (done != blocks)
            return std::nullopt;
        for (std::size_t v = 0; v < count; ++v)
            x[v] = leftward ? x[std::size_t(root[v])] : -x[std::size_t(root[v])];
        return x;
    }

    // x for the layers [first, end) of a component: the four alignments,
    // brought to the narrowest one's edges and combined by the average of the
    // two middle values per node; whole numbers, separations kept.
    void placeBand(const Component &component, std::size_t first, std::size_t end)
    {
        // Satellites are not part of the alignment: they widen their anchor.
        std::vector<std::vector<int>> layers(end - first);
        mLocalNodes.clear();
        for (std::size_t l = first; l < end; ++l) {
            for (int n : component.layers[l]) {
                if (mNodes[std::size_t(n)].slot == Slot::Satellite)
                    continue;
                mLocal[std::size_t(n)] = int(mLocalNodes.size());
                mLocalPos[std::size_t(n)] = int(layers[l - first].size());
                mLocalNodes.push_back(n);
                layers[l - first].push_back(n);
            }
        }
        mFirstLayer = component.firstLayer + int(first);
        markConflicts(layers);

        std::vector<std::vector<double>> candidates;
        std::vector<bool> leftwards;
        for (bool downward : {true, false}) {
            for (bool leftward : {true, false}) {
                if (auto x = alignAndCompact(layers, downward, leftward)) {
                    candidates.push_back(std::move(*x));
                    leftwards.push_back(leftward);
                }
            }
        }
        const std::size_t count = mLocalNodes.size();
        std::vector<double> x(count, 0);
        if (!candidates.empty()) {
            std::size_t narrowest = 0;
            std::vector<std::pair<double, double>> span;
            for (const std::vector<double> &c : candidates) {
                const auto [low, high] = std::minmax_element(c.begin(), c.end());
                span.emplace_back(*low, *high);
                if (*high - *low < span[narrowest].second - span[narrowest].first)
                    narrowest = span.size() - 1;
            }
            for (std::size_t c = 0; c < candidates.size(); ++c) {
                const double shift = leftwards[c] ? span[narrowest].first - span[c].first
                                                  : span[narrowest].second - span[c].second;
                for (double &value : candidates[c])
                    value += shift;
            }
            std::vector<double> values;
            for (std::size_t v = 0; v < count; ++v) {
                values.clear();
                for (const std::vector<double> &c : candidates)
                    values.push_back(c[v]);
                std::sort(values.begin(), values.end());
                const std::size_t mid = values.size() / 2;
                x[v] = values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
            }
        }
        for (const std::vector<int> &layer : layers) {
            for (std::size_t i = 0; i < layer.size(); ++i) {
                LayerNode &node = mNodes[std::size_t(layer[i])];
                node.x = std::round(x[std::size_t(mLocal[std::size_t(layer[i])])]);
                // The combination (and the rounding) may bring neighbours too
                // close; the separations are whole numbers.
                if (i > 0)
                    node.x = std::max(node.x,
                                      mNodes[std::size_t(layer[i - 1])].x
                                              + separation(mNodes[std::size_t(layer[i - 1])], node));
            }
        }
    }

    // x for one component, band by band: compaction pushes whole blocks
    // sideways, and over thousands of layers those pushes add up to a layout
    // many screens wide. So each band is placed on its own and moved under the
    // band above so that the edges between them run straight down (the median
    // of their slants becomes 0), but never so far that the middle of the band
    // strays more than a box from x = 0: the story stays one column however
    // long it is. Then the satellites beside their anchors, and the
    // component's left edge at 0.
    void placeComponent(Component &component)
    {
        const std::size_t count = component.layers.size();
        std::vector<double> values;
        for (std::size_t first = 0; first < count; first += BandLayers) {
            const std::size_t end = std::min(count, first + BandLayers);
            placeBand(component, first, end);
            double shift = 0;
            values.clear();
            if (first > 0) {
                for (int n : component.layers[first])
                    for (int u : mNodes[std::size_t(n)].up)
                        values.push_back(mNodes[std::size_t(u)].x - mNodes[std::size_t(n)].x);
            }
            if (!values.empty()) {
                std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(values.size() / 2), values.end());
                shift = values[values.size() / 2];
            }
            values.clear();
            for (std::size_t l = first; l < end; ++l)
                for (int n : component.layers[l])
                    if (mNodes[std::size_t(n)].slot == Slot::Real)
                        values.push_back(mNodes[std::size_t(n)].x);
            if (!values.empty()) {
                std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(values.size() / 2), values.end());
                const double middle = values[values.size() / 2] + shift;
                shift += std::clamp(middle, -BandStray, BandStray) - middle;
            }
            for (std::size_t l = first; l < end; ++l)
                for (int n : component.layers[l])
                    mNodes[std::size_t(n)].x += shift;
        }

        double left = std::numeric_limits<double>::max();
        for (const std::vector<int> &layer : component.layers) {
            for (int n : layer)
                if (mNodes[std::size_t(n)].slot != Slot::Satellite)
                    left = std::min(left, mNodes[std::size_t(n)].x - halfWidthOf(mNodes[std::size_t(n)]));
        }
        for (const std::vector<int> &layer : component.layers) {
            int riding = 0;
            double anchor = 0;
            for (int n : layer) {
                LayerNode &node = mNodes[std::size_t(n)];
                if (node.slot == Slot::Satellite) {
                    node.x = anchor + (++riding) * Pitch;
                } else {
                    node.x -= left;
                    anchor = node.x;
                    riding = 0;
                }
            }
        }
    }

    std::vector<LayerItem> mItems;
    std::vector<LayerEdge> mEdges;
    std::vector<int> mOutStart, mOut, mInStart, mIn; // edge indexes per item, successors in rank order
    std::vector<int> mPreorder;
    std::vector<int> mTopological;
    std::vector<int> mLayer;
    std::vector<int> mComponentOf;
    int mLayerCount = 0;
    std::vector<Component> mComponents;
    std::vector<LayerNode> mNodes;
    InversionCounter mInversions;
    // Scratch for placing one component: its nodes (satellites aside)
    // numbered from 0, their places in their layers, the marked segments.
    std::vector<int> mLocalNodes;
    std::vector<int> mLocal;
    std::vector<int> mLocalPos;
    int mFirstLayer = 0;
    std::set<std::pair<int, int>> mMarked; // (upper, lower) node pairs
};

// (chapter, sequence, id), missing chapters and sequences last.
bool rankLess(const GraphVertex &a, const GraphVertex &b)
{
    auto key = [](const std::optional<qint64> &value) { return std::pair(!value.has_value(), value.value_or(0)); };
    if (key(a.chapter) != key(b.chapter))
        return key(a.chapter) < key(b.chapter);
    if (key(a.sequence) != key(b.sequence))
        return key(a.sequence) < key(b.sequence);
    return a.id < b.id;
}

bool isFlowEdge(const GraphEdge &edge)
{
    return edge.alive && edge.from != edge.to && (edge.kind == EdgeKind::LeadsTo || edge.kind == EdgeKind::HasChoice);
}

// What has been placed so far: box edges left and right, the lowest row.
struct Extent
{
    bool any = false;
    double left = std::numeric_limits<double>::max();
    double right = std::numeric_limits<double>::lowest();
    int lastRow = std::numeric_limits<int>::min();
    void add(double x, int row)
    {
        any = true;
        left = std::min(left, x - HalfWidth);
        right = std::max(right, x + HalfWidth);
        lastRow = std::max(lastRow, row);
    }
};

} // namespace

std::optional<std::vector<QPointF>> layeredLayout(const StoryGraph &graph, const std::atomic_bool *cancel)
{
    const std::size_t vertexSlots = graph.vertexSlots();
    std::vector<QPointF> out(vertexSlots);
    std::vector<int> row(vertexSlots, 0);
    std::vector<char> placed(vertexSlots, 0);
    auto place = [&](VertexIndex v, double x, int r) {
        out[v] = QPointF(x, r * LayerPitch);
        row[v] = r;
        placed[v] = 1;
    };

    // The story flow: every node on a LEADS_TO (or HAS_CHOICE) edge, and every
    // Scene with a chapter so that the chapters stay in order.
    std::vector<char> flow(vertexSlots, 0);
    for (EdgeIndex e = 0; e < graph.edgeSlots(); ++e) {
        if (const GraphEdge &edge = graph.edge(e); isFlowEdge(edge))
            flow[edge.from] = flow[edge.to] = 1;
    }
    std::vector<VertexIndex> ranked;
    ranked.reserve(graph.vertexCount());
    for (VertexIndex v = 0; v < vertexSlots; ++v) {
        const GraphVertex &vertex = graph.vertex(v);
        if (!vertex.alive)
            continue;
        if (vertex.kind == NodeKind::Scene && vertex.chapter)
            flow[v] = 1;
        ranked.push_back(v);
    }
    std::sort(ranked.begin(), ranked.end(),
              [&graph](VertexIndex a, VertexIndex b) { return rankLess(graph.vertex(a), graph.vertex(b)); });

    std::vector<int> itemOf(vertexSlots, -1);
    std::vector<LayerItem> items;
    for (VertexIndex v : ranked) {
        if (!flow[v])
            continue;
        const GraphVertex &vertex = graph.vertex(v);
        itemOf[v] = int(items.size());
        items.push_back({v, vertex.kind == NodeKind::Scene ? vertex.chapter : std::nullopt,
                         vertex.kind == NodeKind::Scene && (vertex.flags & StartFlag)});
    }
    std::vector<LayerEdge> edges;
    for (EdgeIndex e = 0; e < graph.edgeSlots(); ++e) {
        if (const GraphEdge &edge = graph.edge(e); isFlowEdge(edge))
            edges.push_back({itemOf[edge.from], itemOf[edge.to], true});
    }

    // What hangs off the flow: Characters go to a column on the left, anything
    // else (Events, mostly) rides beside the first flow node it touches.
    std::vector<std::vector<VertexIndex>> touches(vertexSlots);
    for (EdgeIndex e = 0; e < graph.edgeSlots(); ++e) {
        const GraphEdge &edge = graph.edge(e);
        if (!edge.alive || edge.from == edge.to)
            continue;
        if (flow[edge.to] && !flow[edge.from])
            touches[edge.from].push_back(edge.to);
        if (flow[edge.from] && !flow[edge.to])
            touches[edge.to].push_back(edge.from);
    }
    std::vector<LayerSatellite> satellites;
    std::vector<VertexIndex> characters;
    for (VertexIndex v : ranked) {
        if (flow[v] || touches[v].empty())
            continue;
        if (graph.vertex(v).kind == NodeKind::Character) {
            characters.push_back(v);
        } else {
            LayerSatellite satellite{v, {}};
            for (VertexIndex t : touches[v])
                satellite.anchors.push_back(itemOf[t]);
            satellites.push_back(std::move(satellite));
        }
    }

    if (cancelled(cancel))
        return std::nullopt;
    Extent extent;
    if (!items.empty()) {
        LayeredGraph story(std::move(items), std::move(edges));
        if (!story.run(satellites, cancel))
            return std::nullopt;
        story.pack(0, true);
        for (const LayerNode &node : story.nodes()) {
            if (node.slot != Slot::Dummy) {
                place(node.vertex, node.x, node.layer);
                extent.add(node.x, node.layer);
            } else {
                extent.left = std::min(extent.left, node.x);
            }
        }
    }

    // Characters: a column left of everything, each at the mean row of the
    // scenes it appears in, sliding a little up or down, or a column further
    // left, when that place is taken. A Character that appears nowhere but
    // relates to placed ones joins them.
    if (!characters.empty()) {
        std::vector<std::pair<double, VertexIndex>> wanted; // mean row, character
        for (VertexIndex c : characters) {
            double sum = 0;
            for (VertexIndex t : touches[c])
                sum += row[t];
            wanted.emplace_back(sum / double(touches[c].size()), c);
        }
        std::vector<char> isCharacter(vertexSlots, 0);
        for (VertexIndex c : characters)
            isCharacter[c] = 1;
        std::set<std::pair<int, int>> taken; // column, row
        const double columnX = extent.left - LayoutGap - HalfWidth;
        auto seat = [&](VertexIndex c, double meanRow) {
            const int wish = int(std::lround(meanRow));
            for (int column = 0;; ++column) {
                for (int slack = 0; slack <= 2 * CharacterRowSlack; ++slack) {
                    const int r = wish + (slack % 2 ? (slack + 1) / 2 : -(slack / 2));
                    if (taken.insert({column, r}).second) {
                        place(c, columnX - column * Pitch, r);
                        return;
                    }
                }
            }
        };
        std::stable_sort(wanted.begin(), wanted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[meanRow, c] : wanted)
            seat(c, meanRow);
        for (VertexIndex v : ranked) {
            if (placed[v] || graph.vertex(v).kind != NodeKind::Character)
                continue;
            double sum = 0;
            int count = 0;
            auto relate = [&](VertexIndex other) {
                if (isCharacter[other]) {
                    sum += row[other];
                    ++count;
                }
            };
            for (auto [it, end] = boost::out_edges(v, graph.graph()); it != end; ++it)
                relate(VertexIndex(boost::target(*it, graph.graph())));
            for (auto [it, end] = boost::in_edges(v, graph.graph()); it != end; ++it)
                relate(VertexIndex(boost::source(*it, graph.graph())));
            if (count > 0)
                seat(v, sum / count);
        }
        for (VertexIndex v = 0; v < vertexSlots; ++v)
            if (placed[v] && graph.vertex(v).kind == NodeKind::Character && flow[v] == 0)
                extent.add(out[v].x(), row[v]);
    }

    // Loose nodes (nothing to do with the flow: custom types, a cast with no
    // scenes): below the rest, laid out in layers along whatever edges they
    // have among themselves; single ones in a grid under those.
    if (cancelled(cancel))
        return std::nullopt;
    std::vector<LayerItem> looseItems;
    std::fill(itemOf.begin(), itemOf.end(), -1);
    for (VertexIndex v : ranked) {
        if (!placed[v]) {
            itemOf[v] = int(looseItems.size());
            looseItems.push_back({v, std::nullopt, false});
        }
    }
    if (looseItems.empty())
        return out;
    std::vector<LayerEdge> looseEdges;
    for (EdgeIndex e = 0; e < graph.edgeSlots(); ++e) {
        const GraphEdge &edge = graph.edge(e);
        if (edge.alive && edge.from != edge.to && itemOf[edge.from] >= 0 && itemOf[edge.to] >= 0)
            looseEdges.push_back({itemOf[edge.from], itemOf[edge.to], true});
    }
    const std::vector<LayerItem> looseCopy = looseItems;
    const bool anythingAbove = extent.any;
    const double left = anythingAbove ? extent.left : 0;
    int firstRow = anythingAbove ? extent.lastRow + 2 : 0;
    LayeredGraph loose(std::move(looseItems), std::move(looseEdges));
    if (!loose.run({}, cancel))
        return std::nullopt;
    const std::vector<int> singles = loose.pack(left, false);
    std::vector<char> single(looseCopy.size(), 0);
    for (int s : singles)
        single[std::size_t(s)] = 1;
    int lastRow = -1;
    for (const LayerNode &node : loose.nodes()) {
        if (node.slot == Slot::Real && !single[std::size_t(node.item)]) {
            place(node.vertex, node.x, firstRow + node.layer);
            extent.add(node.x, firstRow + node.layer);
            lastRow = std::max(lastRow, firstRow + node.layer);
        }
    }
    if (!singles.empty()) {
        if (lastRow >= 0)
            firstRow = lastRow + 2;
        const double width = extent.any ? extent.right - extent.left : 0;
        const auto fit = qint64((width + LayoutGap) / Pitch);
        const auto square = qint64(std::ceil(std::sqrt(double(singles.size()))));
        const qint64 columns = std::max<qint64>({1, fit, square});
        for (std::size_t i = 0; i < singles.size(); ++i) {
            const auto column = qint64(i) % columns;
            const auto r = int(qint64(i) / columns);
            place(looseCopy[std::size_t(singles[i])].vertex, left + HalfWidth + double(column) * Pitch, firstRow + r);
        }
    }
    return out;
}

} // namespace ryuk
