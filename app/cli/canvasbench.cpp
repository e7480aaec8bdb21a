// The canvas benchmark: a 1600×1000 StoryCanvas painting a generated story
// into an image, as the screen would. Targets at 100,000 scenes: open ≤ 1.5 s,
// fit frame median ≤ 16 ms and p95 ≤ 33 ms, drag frame ≤ 8 ms, RSS ≤ 512 MB.
#include "canvasbench.h"

#include "storycanvas.h"

#include "document/storydocument.h"
#include "formats/storygenerator.h"
#include "formats/storyjson.h"
#include "metrics/memorysampler.h"
#include "store/commitcounter.h"
#include "store/sqlitestorystore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ryuk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Benchmark", text);
}

void say(const QString &line)
{
    if (isatty(STDERR_FILENO))
        std::fprintf(stderr, "%s\n", qUtf8Printable(line));
}

int fail(const Error &error)
{
    std::fprintf(stderr, "ryuk: %s\n", qUtf8Printable(error.toString()));
    return error.isInputError() ? 2 : 1;
}

double percentile(std::vector<double> times, double p)
{
    if (times.empty())
        return 0;
    std::sort(times.begin(), times.end());
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(times.size())));
    return times[std::min(times.size() - 1, rank == 0 ? 0 : rank - 1)];
}

double millisecondsOf(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1.0e6;
}

void sendMouse(QWidget *widget, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

// One frame as the screen gets it: the whole widget painted into an image.
double frame(StoryCanvas &canvas, QImage &target)
{
    QElapsedTimer timer;
    timer.start();
    {
        QPainter painter(&target);
        canvas.render(&painter);
    }
    return millisecondsOf(timer);
}

} // namespace

int benchCanvas(qint64 scenes, quint64 seed, bool json)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        std::fprintf(stderr, "ryuk: %s\n", qUtf8Printable(tr("bench canvas needs a QApplication")));
        return 1;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(Error::at(ErrorKind::Io, tr("cannot create a temporary folder"), dir.path()));
    const QString source = dir.filePath(QStringLiteral("canvas.json"));
    const QString path = dir.filePath(QStringLiteral("canvas.ryuk"));
    say(tr("generating %1 scenes…").arg(scenes));
    if (auto generated = generateStoryFile(GeneratorOptions{scenes, seed}, source); !generated)
        return fail(generated.error());
    say(tr("importing…"));
    ImportSummary imported;
    {
        auto store = openStory(path, OpenMode::CreateNew);
        if (!store)
            return fail(store.error());
        auto summary = importJsonFile(**store, source);
        if (!summary)
            return fail(summary.error());
        imported = *summary;
    }
    QFile::remove(source);

    StoryCanvas canvas;
    canvas.resize(1600, 1000);
    canvas.setAttribute(Qt::WA_DontShowOnScreen);
    canvas.show();
    QImage target(canvas.size(), QImage::Format_ARGB32_Premultiplied);

    // Open: from loading the story to a frame showing all of it, tiles complete.
    say(tr("opening…"));
    QElapsedTimer openTimer;
    openTimer.start();
    auto loaded = StoryDocument::load(path);
    if (!loaded)
        return fail(loaded.error());
    StoryDocument document(std::move(loaded->store), std::move(loaded->graph));
    canvas.setDocument(&document); // fits the story
    for (;;) {
        frame(canvas, target);
        if (canvas.isSettled())
            break;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(200);
    }
    const double openSeconds = double(openTimer.nsecsElapsed()) / 1.0e9;

    say(tr("frames at fit…"));
    std::vector<double> fitFrames;
    for (int i = 0; i < 60; ++i)
        fitFrames.push_back(frame(canvas, target));

    // Zooming from fit to 2× towards a scene in the middle of the story, and
    // panning at each zoom: tiles missing on the way are drawn from coarser ones.
    say(tr("frames while zooming and panning…"));
    const StoryGraph &graph = document.graph();
    const VertexIndex middle = graph.findVertex("s" + std::to_string(std::max<qint64>(1, scenes / 2)));
    const QPointF focus = middle != NoVertex ? QPointF(graph.vertex(middle).x, graph.vertex(middle).y)
                                             : canvas.sceneBoundingRect().center();
    std::vector<double> zoomFrames;
    const double fitZoom = canvas.zoom();
    const int zoomSteps = 30;
    for (int step = 0; step <= zoomSteps; ++step) {
        const double zoom = fitZoom * std::pow(2.0 / fitZoom, double(step) / zoomSteps);
        canvas.setZoom(zoom);
        canvas.centerOnScenePoint(focus);
        zoomFrames.push_back(frame(canvas, target));
        QCoreApplication::processEvents();
        for (int pan = 1; pan <= 3; ++pan) {
            canvas.centerOnScenePoint(focus + QPointF(pan * 120, pan * 40) / zoom);
            zoomFrames.push_back(frame(canvas, target));
            QCoreApplication::processEvents();
        }
    }

    // Dragging one selected node at 1:1: a mouse move (the graph and index
    // updates, and whatever the canvas writes to the story) and the frame that
    // shows it; then the drop (the release and its frame), and how many
    // transactions the store committed for the whole gesture.
    say(tr("frames while dragging…"));
    std::vector<double> dragFrames;
    double dropMs = 0;
    CommitCounter counter(document.store());
    if (middle != NoVertex) {
        canvas.setZoom(1.0);
        canvas.centerOnScenePoint(focus);
        frame(canvas, target);
        const QPointF start = canvas.mapFromScene(focus);
        sendMouse(&canvas, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        for (int i = 1; i <= 60; ++i) {
            QElapsedTimer timer;
            timer.start();
            sendMouse(&canvas, QEvent::MouseMove, start + QPointF(i * 3, i), Qt::NoButton, Qt::LeftButton);
            frame(canvas, target);
            dragFrames.push_back(millisecondsOf(timer));
        }
        QElapsedTimer timer;
        timer.start();
        sendMouse(&canvas, QEvent::MouseButtonRelease, start + QPointF(180, 60), Qt::LeftButton, Qt::NoButton);
        frame(canvas, target);
        dropMs = millisecondsOf(timer);
    }
    const double rssMb = double(sampleMemory().residentBytes) / (1024.0 * 1024.0);

    struct Figure
    {
        const char *key;
        double value;
        int decimals;
    };
    const Figure figures[] = {
            {"scenes", double(scenes), 0},
            {"nodes", double(imported.nodes), 0},
            {"relationships", double(imported.relationships), 0},
            {"open_s", openSeconds, 3},
            {"frame_fit_median_ms", percentile(fitFrames, 50), 2},
            {"frame_fit_p95_ms", percentile(fitFrames, 95), 2},
            {"frame_zoom_median_ms", percentile(zoomFrames, 50), 2},
            {"drag_frame_ms", percentile(dragFrames, 50), 2},
            {"drag_moves", double(dragFrames.size()), 0},
            {"drag_commits", double(counter.commits()), 0},
            {"drag_drop_ms", dropMs, 2},
            {"rss_mb", rssMb, 1},
    };
    if (json) {
        std::printf("{");
        bool first = true;
        for (const Figure &f : figures) {
            std::printf("%s\"%s\":%.*f", first ? "" : ",", f.key, f.decimals, f.value);
            first = false;
        }
        std::printf("}\n");
    } else {
        for (const Figure &f : figures)
            std::printf("%-26s %.*f\n", f.key, f.decimals, f.value);
    }
    return 0;
}

} // namespace ryuk::cli
