// The zoomed-out overview as tiles: 256-pixel images of the snapshot at
// power-of-two scales, rendered on a private thread pool, kept in a bounded
// least-recently-used cache. A missing tile is drawn from a coarser level
// until it arrives; an invalidated tile stays on screen until its
// replacement is ready, so edits never flash.
#pragma once

#include "overviewsnapshot.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

class QPainter;

namespace ryuk {

class TileCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int TileSize = 256;
    static constexpr int MinLevel = -24; // 2^-24 pixels per scene unit
    static constexpr int MaxLevel = -2;  // the finest overview: a quarter pixel per unit
    static constexpr qsizetype MaxTiles = 8192;

    explicit TileCache(QObject *parent = nullptr);
    ~TileCache() override;

    // Called (on the GUI thread) when a tile must be rendered and the
    // snapshot was marked stale: returns the current one.
    void setSnapshotSource(std::function<std::shared_ptr<const OverviewSnapshot>()> source);
    // The snapshot changed in `sceneRect` (or everywhere): tiles there are
    // re-rendered, but drawn as they were until the new ones arrive.
    void invalidate(const QRectF &sceneRect);
    void invalidateAll();

    // Paints the view whose top-left corner shows scene point `origin` at
    // `scale` into a `size` widget, asking for the tiles it lacks. Tiles are
    // picked for the device pixels (`pixelRatio`), so high-DPI screens stay sharp.
    void paint(QPainter &painter, QPointF origin, double scale, QSize size, double pixelRatio = 1);
    // True when the last paint() found every tile it needed up to date.
    bool complete() const { return mComplete; }

    void setMemoryLimit(qint64 bytes) { mMemoryLimit = bytes; }
    qint64 memoryUsed() const { return mMemoryUsed; }
    int pendingCount() const { return int(mPending.size()); }

    // The level drawn at `scale`: the coarser power of two, so tiles are only ever enlarged (up to 2×).
    static int levelFor(double scale);

signals:
    // A tile arrived: repaint.
    void tileReady();

private:
    struct Key
    {
        int level;
        qint64 x, y;
        bool operator==(const Key &) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed) { return qHashMulti(seed, key.level, key.x, key.y); }

    struct Tile
    {
        QImage image; // null when the area is empty
        bool stale = false;
        quint64 lastUsed = 0;
    };
    struct Pending
    {
        quint64 request = 0;
        std::shared_ptr<std::atomic_bool> cancel;
        quint64 lastWanted = 0;
    };

    static QRectF tileRect(const Key &key);
    // The tile if cached (fresh or stale), else nullptr.
    const Tile *find(const Key &key);
    void request(const Key &key);
    void accept(const Key &key, quint64 request, QImage image, bool empty);
    void evict();

    QThreadPool mPool;
    std::function<std::shared_ptr<const OverviewSnapshot>()> mSource;
    QHash<Key, Tile> mTiles;
    QHash<Key, Pending> mPending;
    quint64 mFrame = 0;
    quint64 mNextRequest = 1;
    qint64 mMemoryUsed = 0;
    qint64 mMemoryLimit = 96ll * 1024 * 1024;
    bool mComplete = false;
};

} // namespace ryuk
