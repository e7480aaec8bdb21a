// The force-directed layout: Fruchterman–Reingold (Boost.Graph) from a seeded
// random start over every relationship, scaled to a readable edge length, then
// each node moved to the nearest free cell of a grid so that none overlap.
#include "forcelayout.h"

#include "storylayout.h"

#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <set>

namespace ryuk {
namespace {

using ForceGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Topology = boost::rectangle_topology<boost::minstd_rand>;
using Point = Topology::point_type;
using Difference = Topology::point_difference_type;

// The average edge is this long once scaled: long enough for a label on the
// line, short enough that neighbours are still on one screen.
constexpr double EdgeLength = 3 * LayoutNodeWidth;
// Grid cells: a box and a gap each way, so boxes in different cells never overlap.
constexpr double CellWidth = LayoutNodeWidth + LayoutGap;
constexpr double CellHeight = LayoutNodeHeight + LayoutGap;
constexpr int Iterations = 100;
// A weak pull to the centre keeps separate parts of the graph near each other
// rather than pressed against the border of the square.
constexpr double Gravity = 0.05;

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Temperature falling linearly to nothing. Boost asks for it once per
// iteration and stops at zero, which makes it the place to notice a cancel.
class Cooling
{
public:
    Cooling(double start, const std::atomic_bool *cancel) : mStart(start), mCancel(cancel) {}

    double operator()()
    {
        if (mLeft <= 0 || cancelled(mCancel))
            return 0;
        return mStart * double(mLeft--) / Iterations;
    }

private:
    double mStart;
    const std::atomic_bool *mCancel;
    int mLeft = Iterations;
};

// Repulsion between nodes closer than 2k, found through a grid of cells of that
// size. (Boost's own grid sizes its cells from the area divided by the square
// root of the node count, which for a square sized to the graph puts every node
// in one cell: quadratic.) Then the pull to the centre.
class NearPairs
{
public:
    NearPairs(const std::vector<Point> &positions, std::vector<Difference> &displacement, double k)
        : mPositions(positions), mDisplacement(displacement), mReach(2 * k)
    {}

    template<typename Graph, typename ApplyForce>
    void operator()(const Graph &, ApplyForce apply)
    {
        const std::size_t n = mPositions.size();
        double left = std::numeric_limits<double>::max();
        double top = std::numeric_limits<double>::max();
        double right = std::numeric_limits<double>::lowest();
        double bottom = std::numeric_limits<double>::lowest();
        for (const Point &p : mPositions) {
            left = std::min(left, p[0]);
            top = std::min(top, p[1]);
            right = std::max(right, p[0]);
            bottom = std::max(bottom, p[1]);
        }
        const auto columns = std::size_t((right - left) / mReach) + 1;
        const auto rows = std::size_t((bottom - top) / mReach) + 1;
        auto cellOf = [&](const Point &p) {
            return std::pair(std::min(std::size_t((p[0] - left) / mReach), columns - 1),
                             std::min(std::size_t((p[1] - top) / mReach), rows - 1));
        };
        // Counting sort of the nodes into cells, in index order within a cell.
        mCellStart.assign(columns * rows + 1, 0);
        mCellOf.resize(n);
        for (std::size_t v = 0; v < n; ++v) {
            const auto [c, r] = cellOf(mPositions[v]);
            mCellOf[v] = r * columns + c;
            ++mCellStart[mCellOf[v] + 1];
        }
        std::partial_sum(mCellStart.begin(), mCellStart.end(), mCellStart.begin());
        mByCell.resize(n);
        std::vector<std::size_t> fill(mCellStart.begin(), mCellStart.end() - 1);
        for (std::size_t v = 0; v < n; ++v)
            mByCell[fill[mCellOf[v]]++] = v;

        for (std::size_t u = 0; u < n; ++u) {
            const std::size_t c = mCellOf[u] % columns;
            const std::size_t r = mCellOf[u] / columns;
            for (std::size_t rr = r > 0 ? r - 1 : 0; rr <= std::min(r + 1, rows - 1); ++rr) {
                for (std::size_t cc = c > 0 ? c - 1 : 0; cc <= std::min(c + 1, columns - 1); ++cc) {
                    const std::size_t cell = rr * columns + cc;
                    for (std::size_t i = mCellStart[cell]; i < mCellStart[cell + 1]; ++i) {
                        const std::size_t v = mByCell[i];
                        const double dx = mPositions[v][0] - mPositions[u][0];
                        const double dy = mPositions[v][1] - mPositions[u][1];
                        if (v != u && dx * dx + dy * dy < mReach * mReach)
                            apply(u, v); // pushes v away from u; the loop over u gives both ways
                    }
                }
            }
        }

        double cx = 0;
        double cy = 0;
        for (const Point &p : mPositions) {
            cx += p[0];
            cy += p[1];
        }
        cx /= double(n);
        cy /= double(n);
        for (std::size_t v = 0; v < n; ++v) {
            Difference &d = mDisplacement[v];
            d[0] += Gravity * (cx - mPositions[v][0]);
            d[1] += Gravity * (cy - mPositions[v][1]);
            // Boost divides by the length of the displacement: never let it be zero.
            if (d[0] == 0 && d[1] == 0)
                d[0] = std::numeric_limits<double>::epsilon();
        }
    }

private:
    const std::vector<Point> &mPositions;
    std::vector<Difference> &mDisplacement;
    double mReach;
    std::vector<std::size_t> mCellStart, mCellOf, mByCell;
};

// The free grid cell nearest to a point (in pixels), searched ring by ring
// around the cell the point falls in.
std::pair<int, int> nearestFreeCell(double x, double y, const std::set<std::pair<int, int>> &taken)
{
    const double cx = x / CellWidth;
    const double cy = y / CellHeight;
    const int column = int(std::lround(cx));
    const int row = int(std::lround(cy));
    std::pair<int, int> best{column, row};
    double bestDistance = std::numeric_limits<double>::max();
    for (int ring = 0;; ++ring) {
        for (int dr = -ring; dr <= ring; ++dr) {
            for (int dc = -ring; dc <= ring; ++dc) {
                if (std::max(std::abs(dr), std::abs(dc)) != ring || taken.count({column + dc, row + dr}))
                    continue;
                const double px = (column + dc - cx) * CellWidth;
                const double py = (row + dr - cy) * CellHeight;
                if (const double distance = px * px + py * py; distance < bestDistance) {
                    bestDistance = distance;
                    best = {column + dc, row + dr};
                }
            }
        }
        // Every cell of the next ring is at least this far from the point.
        const double nextRing = (ring + 0.5) * std::min(CellWidth, CellHeight);
        if (bestDistance <= nextRing * nextRing)
            return best;
    }
}

} // namespace

std::optional<std::vector<QPointF>> forceLayout(const StoryGraph &graph, quint64 seed, const std::atomic_bool *cancel)
{
    std::vector<QPointF> out(graph.vertexSlots());
    std::vector<VertexIndex> live;
    std::vector<std::size_t> local(graph.vertexSlots(), 0);
    for (VertexIndex v = 0; v < graph.vertexSlots(); ++v) {
        if (graph.vertex(v).alive) {
            local[v] = live.size();
            live.push_back(v);
        }
    }
    const std::size_t n = live.size();
    if (cancelled(cancel))
        return std::nullopt;
    if (n == 0)
        return out;

    ForceGraph g(n);
    for (EdgeIndex e = 0; e < graph.edgeSlots(); ++e) {
        const GraphEdge &edge = graph.edge(e);
        if (edge.alive && edge.from != edge.to)
            boost::add_edge(local[edge.from], local[edge.to], g);
    }

    // A square with room for every node at the natural spacing k = EdgeLength.
    const double side = EdgeLength * std::sqrt(double(n));
    boost::minstd_rand random(std::uint32_t(seed % 2147483646u) + 1); // minstd wants a seed in [1, 2^31 - 2]
    const Topology topology(random, -side / 2, -side / 2, side / 2, side / 2);
    std::vector<Point> positions(n);
    std::vector<Difference> displacement(n);
    const auto positionMap = boost::make_iterator_property_map(positions.begin(), boost::get(boost::vertex_index, g));
    boost::random_graph_layout(g, positionMap, topology);
    if (n > 1) {
        const double k = side / std::sqrt(double(n));
        boost::fruchterman_reingold_force_directed_layout(
                g, positionMap, topology, boost::square_distance_attractive_force(),
                boost::square_distance_repulsive_force(), NearPairs(positions, displacement, k),
                Cooling(side / 10, cancel),
                boost::make_iterator_property_map(displacement.begin(), boost::get(boost::vertex_index, g)));
    }
    if (cancelled(cancel))
        return std::nullopt;

    double total = 0;
    std::size_t edges = 0;
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const Point &a = positions[boost::source(*it, g)];
        const Point &b = positions[boost::target(*it, g)];
        total += std::hypot(a[0] - b[0], a[1] - b[1]);
        ++edges;
    }
    const double scale = edges > 0 && total > 0 ? EdgeLength / (total / double(edges)) : 1.0;

    // Hubs first, so the nodes most edges meet keep their places.
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&g](std::size_t a, std::size_t b) { return boost::degree(a, g) > boost::degree(b, g); });
    std::set<std::pair<int, int>> taken;
    for (std::size_t i : order) {
        const double x = std::isfinite(positions[i][0]) ? positions[i][0] * scale : 0;
        const double y = std::isfinite(positions[i][1]) ? positions[i][1] * scale : 0;
        const auto cell = nearestFreeCell(x, y, taken);
        taken.insert(cell);
        out[live[i]] = QPointF(cell.first * CellWidth, cell.second * CellHeight);
    }
    return out;
}

} // namespace ryuk
