// Tile bookkeeping: which tiles a view needs, rendering them off the GUI
// thread, the coarser stand-ins, invalidation and the memory bound.
#include "tilecache.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ryuk {

TileCache::TileCache(QObject *parent) : QObject(parent)
{
    // Leave the GUI thread a core of its own where there is more than one.
    mPool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
}

TileCache::~TileCache()
{
    for (const Pending &pending : std::as_const(mPending))
        pending.cancel->store(true);
    mPool.waitForDone();
}

void TileCache::setSnapshotSource(std::function<std::shared_ptr<const OverviewSnapshot>()> source)
{
    mSource = std::move(source);
}

int TileCache::levelFor(double scale)
{
    if (!(scale > 0))
        return MinLevel;
    return std::clamp(int(std::floor(std::log2(scale))), MinLevel, MaxLevel);
}

QRectF TileCache::tileRect(const Key &key)
{
    const double span = TileSize / std::ldexp(1.0, key.level);
    return {double(key.x) * span, double(key.y) * span, span, span};
}

const TileCache::Tile *TileCache::find(const Key &key)
{
    auto it = mTiles.find(key);
    if (it == mTiles.end())
        return nullptr;
    it->lastUsed = mFrame;
    return &*it;
}

void TileCache::invalidate(const QRectF &sceneRect)
{
    auto touches = [&](const Key &key) {
        // Strokes and single-pixel nodes reach a couple of pixels past a box.
        const double margin = 3 / std::ldexp(1.0, key.level);
        return tileRect(key).intersects(sceneRect.adjusted(-margin, -margin, margin, margin));
    };
    for (auto it = mTiles.begin(); it != mTiles.end(); ++it) {
        if (touches(it.key()))
            it->stale = true;
    }
    for (auto it = mPending.begin(); it != mPending.end();) {
        if (touches(it.key())) {
            it->cancel->store(true);
            it = mPending.erase(it);
        } else {
            ++it;
        }
    }
    mComplete = false;
}

void TileCache::invalidateAll()
{
    for (Tile &tile : mTiles)
        tile.stale = true;
    for (const Pending &pending : std::as_const(mPending))
        pending.cancel->store(true);
    mPending.clear();
    mComplete = false;
}

void TileCache::paint(QPainter &painter, QPointF origin, double scale, QSize size, double pixelRatio)
{
    ++mFrame;
    bool complete = true;
    const int level = levelFor(scale * pixelRatio);
    const double levelScale = std::ldexp(1.0, level);
    const double span = TileSize / levelScale;
    const qint64 x0 = qint64(std::floor(origin.x() / span));
    const qint64 y0 = qint64(std::floor(origin.y() / span));
    const qint64 x1 = qint64(std::floor((origin.x() + size.width() / scale) / span));
    const qint64 y1 = qint64(std::floor((origin.y() + size.height() / scale) / span));

    auto target = [&](const QRectF &rect) {
        // Whole pixels, so neighbouring tiles meet without seams.
        const QPointF topLeft = (rect.topLeft() - origin) * scale;
        const QPointF bottomRight = (rect.bottomRight() - origin) * scale;
        return QRectF(QPointF(std::round(topLeft.x()), std::round(topLeft.y())),
                      QPointF(std::round(bottomRight.x()), std::round(bottomRight.y())));
    };

    std::vector<Key> wanted;
    for (qint64 y = y0; y <= y1; ++y) {
        for (qint64 x = x0; x <= x1; ++x) {
            const Key key{level, x, y};
            const QRectF rect = tileRect(key);
            if (const Tile *tile = find(key)) {
                if (!tile->image.isNull())
                    painter.drawImage(target(rect), tile->image);
                if (tile->stale) {
                    complete = false;
                    wanted.push_back(key);
                }
                continue;
            }
            complete = false;
            wanted.push_back(key);
            // Meanwhile, the same area from the nearest coarser level we have.
            for (int coarser = level - 1; coarser >= std::max(MinLevel, level - 6); --coarser) {
                const double coarseScale = std::ldexp(1.0, coarser);
                const double coarseSpan = TileSize / coarseScale;
                const Key parent{coarser, qint64(std::floor(rect.center().x() / coarseSpan)),
                                 qint64(std::floor(rect.center().y() / coarseSpan))};
                const Tile *tile = find(parent);
                if (!tile)
                    continue;
                if (!tile->image.isNull()) {
                    const QRectF parentRect = tileRect(parent);
                    const QRectF source((rect.topLeft() - parentRect.topLeft()) * coarseScale,
                                        rect.size() * coarseScale);
                    painter.drawImage(target(rect), tile->image, source);
                }
                break;
            }
        }
    }
    for (const Key &key : wanted) {
        auto it = mPending.find(key);
        if (it != mPending.end())
            it->lastWanted = mFrame;
        else
            request(key);
    }
    // Tiles asked for by an earlier view and no longer wanted: stop them.
    for (auto it = mPending.begin(); it != mPending.end();) {
        if (it->lastWanted != mFrame) {
            it->cancel->store(true);
            it = mPending.erase(it);
        } else {
            ++it;
        }
    }
    mComplete = complete;
    evict();
}

void TileCache::request(const Key &key)
{
    if (!mSource)
        return;
    std::shared_ptr<const OverviewSnapshot> snapshot = mSource();
    if (!snapshot)
        return;
    Pending &pending = mPending[key];
    pending.request = mNextRequest++;
    pending.cancel = std::make_shared<std::atomic_bool>(false);
    pending.lastWanted = mFrame;
    const quint64 request = pending.request;
    auto cancel = pending.cancel;
    const QPointF origin = tileRect(key).topLeft();
    const double scale = std::ldexp(1.0, key.level);
    mPool.start([this, snapshot, key, request, cancel, origin, scale] {
        if (cancel->load())
            return;
        QImage image(TileSize, TileSize, QImage::Format_ARGB32_Premultiplied);
        bool empty = false;
        if (!renderOverview(*snapshot, image, origin, scale, cancel.get(), &empty))
            return;
        // Back to the GUI thread; dropped if the cache is gone by then.
        QMetaObject::invokeMethod(
                this,
                [this, key, request, image = std::move(image), empty]() mutable {
                    accept(key, request, std::move(image), empty);
                },
                Qt::QueuedConnection);
    });
}

void TileCache::accept(const Key &key, quint64 request, QImage image, bool empty)
{
    auto pending = mPending.find(key);
    if (pending == mPending.end() || pending->request != request)
        return; // cancelled or superseded
    mPending.erase(pending);
    Tile &tile = mTiles[key];
    mMemoryUsed -= tile.image.sizeInBytes();
    tile.image = empty ? QImage() : std::move(image);
    tile.stale = false;
    tile.lastUsed = mFrame;
    mMemoryUsed += tile.image.sizeInBytes();
    evict();
    emit tileReady();
}

void TileCache::evict()
{
    // Empty tiles hold no image but still an entry: bound their number too.
    auto within = [&] { return mMemoryUsed <= mMemoryLimit && mTiles.size() <= MaxTiles; };
    if (within())
        return;
    std::vector<std::pair<quint64, Key>> byAge;
    byAge.reserve(std::size_t(mTiles.size()));
    for (auto it = mTiles.cbegin(); it != mTiles.cend(); ++it) {
        if (it->lastUsed != mFrame)
            byAge.emplace_back(it->lastUsed, it.key());
    }
    std::sort(byAge.begin(), byAge.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[age, key] : byAge) {
        if (within())
            break;
        auto it = mTiles.find(key);
        mMemoryUsed -= it->image.sizeInBytes();
        mTiles.erase(it);
    }
}

} // namespace ryuk
