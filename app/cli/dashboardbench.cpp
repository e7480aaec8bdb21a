// `ryuk bench dashboard`: fills the profiler dashboard with ten minutes of
// history for a dozen query kinds, then lets it run visibly (offscreen) at its
// own ten updates a second while another thread records queries, and reports
// the GUI thread's CPU time per update and as a share of one core. The target
// (docs/benchmarks.md): at most 5 % of a core.
#include "dashboardbench.h"

#include "metrics/querymetrics.h"
#include "profilerwidget.h"
#include "timechart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>
#include <thread>

namespace ryuk::cli {

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "ryuk: %s\n", qUtf8Printable(message));
    return code;
}

// Counts the paints a widget gets, to show the charts really were drawn.
class PaintCounter : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// A p95 that wanders like a real one: a base per kind, a slow wave, noise.
double syntheticMicros(int kind, double t, std::mt19937_64 &random)
{
    const double base = 5.0 * std::pow(1.8, kind);
    return base * (1.0 + 0.3 * std::sin(t / (7.0 + kind)) + 0.1 * double(random() % 1000) / 1000.0);
}

} // namespace

int benchDashboard(const QStringList &args)
{
    int kinds = 12;
    double seconds = 10;
    bool json = false;
    QString png;
    for (int i = 0; i < args.size(); ++i) {
        bool ok = true;
        if (args[i] == QLatin1String("--json")) {
            json = true;
        } else if (args[i] == QLatin1String("--png") && i + 1 < args.size()) {
            png = args[++i];
        } else if (args[i] == QLatin1String("--kinds") && i + 1 < args.size()) {
            kinds = args[++i].toInt(&ok);
            ok = ok && kinds >= 1 && kinds <= 40;
            if (!ok)
                return fail(QCoreApplication::translate("Benchmark", "--kinds must be between 1 and 40"), 2);
        } else if (args[i] == QLatin1String("--seconds") && i + 1 < args.size()) {
            seconds = args[++i].toDouble(&ok);
            ok = ok && seconds >= 1 && seconds <= 600;
            if (!ok)
                return fail(QCoreApplication::translate("Benchmark", "--seconds must be between 1 and 600"), 2);
        } else {
            return fail(QCoreApplication::translate("Benchmark", "unknown option \"%1\" for \"bench dashboard\"").arg(args[i]), 2);
        }
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return fail(QCoreApplication::translate("Benchmark", "bench dashboard needs a GUI application object"), 1);

    QueryMetrics &metrics = QueryMetrics::global();
    std::vector<int> ids;
    std::vector<QString> names;
    for (int k = 0; k < kinds; ++k) {
        const std::string name = "bench.kind" + std::to_string(100 + k).substr(1);
        ids.push_back(metrics.kindId(name));
        names.push_back(QString::fromStdString(name));
    }

    ProfilerWidget widget;
    widget.resize(1280, 800);
    widget.show();
    QCoreApplication::processEvents();

    // Ten minutes of history before now (the widget's clock starts at 0).
    std::mt19937_64 random(42);
    TimeChart *latency = widget.latencyChart();
    const int samples = 6000;
    for (int k = 0; k < kinds; ++k) {
        const int line = latency->series(names[std::size_t(k)]);
        for (int i = 0; i < samples; ++i) {
            const double t = -600.0 + i * 0.1;
            latency->append(line, t, syntheticMicros(k, t, random));
        }
    }
    TimeChart *memory = widget.memoryChart();
    for (int i = 0; i < 600; ++i) {
        for (int line = 0; line < 3; ++line)
            memory->append(line, -600.0 + i, 100.0 + 20.0 * line + 5.0 * std::sin(i / 30.0));
    }
    latency->setSpan(600); // show the whole ten minutes: the heaviest view
    memory->setSpan(600);
    latency->refresh();
    memory->refresh();
    QCoreApplication::processEvents();

    // Queries arrive from another thread, as they would from the store.
    std::atomic<bool> stop{false};
    std::thread feeder([&] {
        std::mt19937_64 r(7);
        while (!stop.load(std::memory_order_relaxed)) {
            const quint64 now = QueryMetrics::monotonicNs();
            for (std::size_t k = 0; k < ids.size(); ++k) {
                const double us = syntheticMicros(int(k), double(now) / 1e9, r);
                metrics.record(ids[k], quint64(us * 1000.0), 1, now);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    });

    PaintCounter counter;
    latency->viewport()->installEventFilter(&counter);
    const qint64 ticksBefore = widget.tickCount();
    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    QElapsedTimer wall;
    wall.start();
    const double cpuBefore = threadCpuSeconds();
    loop.exec();
    const double cpu = threadCpuSeconds() - cpuBefore;
    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    stop.store(true);
    feeder.join();
    const qint64 ticks = widget.tickCount() - ticksBefore;

    qint64 shown = 0;
    qint64 kept = 0;
    for (int line = 0; line < latency->seriesCount(); ++line) {
        shown += latency->shownPointCount(line);
        kept += latency->buffer(line).size();
    }

    // What was drawn, for a look.
    if (!png.isEmpty() && !widget.grab().save(png, "PNG"))
        return fail(QCoreApplication::translate("Benchmark", "cannot write %1").arg(png), 1);

    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.SetMaxDecimalPlaces(3);
    w.StartObject();
    w.Key("suite"); w.String("dashboard");
    w.Key("kinds"); w.Int(kinds);
    w.Key("width"); w.Int(widget.width());
    w.Key("height"); w.Int(widget.height());
    w.Key("history_samples_per_kind"); w.Int64(latency->buffer(0).size());
    w.Key("samples_kept"); w.Int64(kept);
    w.Key("points_drawn"); w.Int64(shown);
    w.Key("seconds"); w.Double(wallSeconds);
    w.Key("updates"); w.Int64(ticks);
    w.Key("latency_chart_paints"); w.Int(counter.paints);
    w.Key("ms_per_update"); w.Double(ticks > 0 ? cpu * 1e3 / double(ticks) : 0.0);
    w.Key("core_percent"); w.Double(100.0 * cpu / wallSeconds);
    w.EndObject();
    if (json) {
        std::printf("%s\n", buffer.GetString());
    } else {
        std::printf("%s\n", qUtf8Printable(QCoreApplication::translate(
                                     "Benchmark", "dashboard: %1 updates in %2 s, %3 ms of CPU per update, %4 % of a core")
                                     .arg(ticks)
                                     .arg(wallSeconds, 0, 'f', 1)
                                     .arg(ticks > 0 ? cpu * 1e3 / double(ticks) : 0.0, 0, 'f', 3)
                                     .arg(100.0 * cpu / wallSeconds, 0, 'f', 2)));
    }
    return 0;
}

} // namespace ryuk::cli
