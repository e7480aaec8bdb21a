// The profiler dashboard: decimation and ring buffers, the live table and
// charts under real queries, the memory warning, a load test from the panel,
// exact JSON/CSV export, PNG export and the plan view's full-scan flag.
#include "loadtestpanel.h"
#include "metricsexport.h"
#include "metricstablemodel.h"
#include "planview.h"
#include "profilerwidget.h"
#include "seriesbuffer.h"
#include "timechart.h"

#include "filesizelimit.h"
#include "storyfixture.h"
#include "testsupport.h"

#include <QChartView>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

using namespace ryuk;
using namespace Qt::StringLiterals;

namespace {

QString makeStory(test::Fixture &f)
{
    return test::setUp(f,
                       uR"(s1{"chapter":1,"sequence":1} s2{"chapter":1,"sequence":2} s3{"chapter":2,"sequence":1}
                           s4{"chapter":2,"sequence":2} c1:Character c2:Character)"_s,
                       u"r1:s1>s2 r2:s2>s3 r3:s3>s4 a1:c1>s1:APPEARS_IN a2:c1>s3:APPEARS_IN a3:c2>s4:APPEARS_IN"_s);
}

// With RYUK_SNAPSHOT_DIR set, saves what a widget looks like (for a look by eye).
void snapshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RYUK_SNAPSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

QString cell(const MetricsTableModel &model, const std::string &kind, int column)
{
    const int row = model.rowOf(kind);
    return row < 0 ? QString() : model.index(row, column).data().toString();
}

KindStats stats(std::string kind, quint64 count, qint64 rows, quint64 min, double mean, quint64 p50, quint64 p95,
                quint64 p99, quint64 max)
{
    KindStats k;
    k.kind = std::move(kind);
    k.count = count;
    k.rows = rows;
    k.minNs = min;
    k.meanNs = mean;
    k.p50Ns = p50;
    k.p95Ns = p95;
    k.p99Ns = p99;
    k.maxNs = max;
    return k;
}

} // namespace

class tst_Profiler : public QObject
{
    Q_OBJECT

private slots:
    void decimationKeepsExtremes_data();
    void decimationKeepsExtremes();
    void decimationSmallIsExact();
    void ringBufferBounded();
    void dashboardUpdates();
    void tableSortsAndResets();
    void followPauseZoom();
    void memoryWarning();
    void loadTestFromPanel();
    void loadTestStops();
    void loadTestBadMix();
    void exportExact();
    void exportFromDashboard();
    void exportPng();
    void failedExportKeepsTheOldFile_data();
    void failedExportKeepsTheOldFile();
    void slowLogShowsSlowQueries();
    void planFlagsFullScan();
};

void tst_Profiler::decimationKeepsExtremes_data()
{
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("columns");
    QTest::addColumn<double>("x0");
    QTest::addColumn<double>("x1");
    QTest::newRow("10 minutes on 600 columns") << 6000 << 600 << 0.0 << 600.0;
    QTest::newRow("10 minutes on 97 columns") << 6000 << 97 << 0.0 << 600.0;
    QTest::newRow("a zoomed middle") << 6000 << 300 << 123.4 << 456.7;
    QTest::newRow("a wrapped ring") << 9000 << 250 << 350.0 << 900.0;
}

void tst_Profiler::decimationKeepsExtremes()
{
    QFETCH(int, samples);
    QFETCH(int, columns);
    QFETCH(double, x0);
    QFETCH(double, x1);
    SeriesBuffer buffer; // 6000 samples: the ring wraps when there are more
    std::mt19937_64 random(7);
    for (int i = 0; i < samples; ++i)
        buffer.append(i * 0.1, double(random() % 100000) / 7.0);
    const QList<QPointF> points = buffer.decimated(x0, x1, columns);

    // The raw extremes per column, and what the line keeps of them.
    const double width = (x1 - x0) / columns;
    auto columnOf = [&](double x) { return std::min(columns - 1, int((x - x0) / width)); };
    std::map<int, std::pair<double, double>> raw;
    for (qsizetype i = 0; i < buffer.size(); ++i) {
        const QPointF &p = buffer.at(i);
        if (p.x() < x0 || p.x() > x1)
            continue;
        auto [it, added] = raw.try_emplace(columnOf(p.x()), p.y(), p.y());
        it->second.first = std::min(it->second.first, p.y());
        it->second.second = std::max(it->second.second, p.y());
    }
    std::map<int, std::pair<double, double>> kept;
    std::map<int, int> perColumn;
    int outside = 0;
    for (const QPointF &p : points) {
        if (p.x() < x0 || p.x() > x1) {
            ++outside;
            continue;
        }
        const int c = columnOf(p.x());
        ++perColumn[c];
        auto [it, added] = kept.try_emplace(c, p.y(), p.y());
        it->second.first = std::min(it->second.first, p.y());
        it->second.second = std::max(it->second.second, p.y());
    }
    QVERIFY(outside <= 2); // the neighbours that carry the line to the edges
    for (const auto &[column, count] : perColumn)
        QVERIFY2(count <= 2, qPrintable(u"column %1 has %2 points"_s.arg(column).arg(count)));
    QCOMPARE(kept.size(), raw.size());
    for (const auto &[column, range] : raw) {
        QCOMPARE(kept[column].first, range.first);
        QCOMPARE(kept[column].second, range.second);
    }
    // In time order.
    for (qsizetype i = 1; i < points.size(); ++i)
        QVERIFY(points[i - 1].x() <= points[i].x());
}

void tst_Profiler::decimationSmallIsExact()
{
    SeriesBuffer buffer(8);
    for (int i = 0; i < 5; ++i)
        buffer.append(i, i * i);
    // Few samples: every one, plus the neighbours outside [1, 3].
    const QList<QPointF> points = buffer.decimated(1, 3, 100);
    const QList<QPointF> expected{{0, 0}, {1, 1}, {2, 4}, {3, 9}, {4, 16}};
    QCOMPARE(points, expected);
    // Two columns over four samples: min and max of each, in time order.
    SeriesBuffer zigzag(16);
    for (int i = 0; i < 8; ++i)
        zigzag.append(i, (i % 2) ? 10 - i : i);
    // values: 0 9 2 7 4 5 6 3; columns [0,3.5) and [3.5,7]
    const QList<QPointF> two = zigzag.decimated(0, 7, 2);
    const QList<QPointF> expectedTwo{{0, 0}, {1, 9}, {6, 6}, {7, 3}};
    QCOMPARE(two, expectedTwo);
}

void tst_Profiler::ringBufferBounded()
{
    QueryMetrics::global().reset();
    test::Fixture f;
    QCOMPARE(makeStory(f), QString());
    ProfilerWidget widget(f.store.get());
    // Ten minutes at ten ticks a second, and then some: the oldest go.
    const int ticks = 6000 + 250;
    for (int i = 0; i < ticks; ++i) {
        RYUK_VERIFY_OK(f.store->node("s1"));
        widget.tick();
    }
    TimeChart *chart = widget.latencyChart();
    const int line = chart->indexOf(u"node.get"_s);
    QVERIFY(line >= 0);
    QCOMPARE(chart->buffer(line).size(), qsizetype(6000));
    QCOMPARE(chart->buffer(line).capacity(), qsizetype(SeriesBuffer::DefaultCapacity));
    // And directly.
    SeriesBuffer buffer(100);
    for (int i = 0; i < 1000; ++i)
        buffer.append(i, i);
    QCOMPARE(buffer.size(), qsizetype(100));
    QCOMPARE(buffer.at(0), QPointF(900, 900));
    QCOMPARE(buffer.last(), QPointF(999, 999));
    QCOMPARE(buffer.lowerBound(950.5), qsizetype(51));
}

void tst_Profiler::dashboardUpdates()
{
    test::Fixture f;
    QCOMPARE(makeStory(f), QString());
    QueryMetrics::global().reset();
    ProfilerWidget widget(f.store.get());
    widget.resize(1000, 700);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    for (int i = 0; i < 3; ++i)
        RYUK_VERIFY_OK(f.store->node("s1"));
    RYUK_VERIFY_OK(f.store->nodes(NodeFilter{std::nullopt, 1}, PageRequest{1, 20}));
    RYUK_VERIFY_OK(f.store->nodes(NodeFilter{std::nullopt, 2}, PageRequest{1, 20}));

    // The timers do the rest: the table within a second, the chart within 100 ms.
    MetricsTableModel &model = *widget.metricsModel();
    QTRY_COMPARE(cell(model, "node.get", MetricsTableModel::Count), u"3"_s);
    QCOMPARE(cell(model, "node.get", MetricsTableModel::Rows), u"3"_s);
    QCOMPARE(cell(model, "scenes.chapter", MetricsTableModel::Count), u"2"_s);
    QCOMPARE(cell(model, "scenes.chapter", MetricsTableModel::Rows), u"4"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 9);
    QCOMPARE(model.headerData(MetricsTableModel::P95, Qt::Horizontal).toString(), u"P95 µs"_s);

    TimeChart *chart = widget.latencyChart();
    QTRY_VERIFY(chart->indexOf(u"node.get"_s) >= 0);
    const int line = chart->indexOf(u"node.get"_s);
    QTRY_VERIFY(chart->shownPointCount(line) >= 3);
    QVERIFY(chart->shownPointCount(line) <= chart->buffer(line).size());
    QVERIFY(widget.tickCount() >= 3);

    // The histogram follows the selected kind.
    widget.setHistogramKind(u"node.get"_s);
    QCOMPARE(widget.histogramKind(), u"node.get"_s);
    QVERIFY(widget.histogramBarCount() >= 1);

    // The memory chart has its samples (one at start, one a second).
    QTRY_VERIFY(widget.memoryChart()->buffer(0).size() >= 2);
    QVERIFY(widget.lastMemorySample().residentBytes > 0);

    widget.tabs()->setCurrentIndex(1);
    QTest::qWait(50);
    snapshot(&widget, u"queries"_s);
    widget.tabs()->setCurrentIndex(0);

    // The window view shows the same runs (they are recent).
    widget.setView(ProfilerWidget::View::Window);
    QCOMPARE(cell(model, "node.get", MetricsTableModel::Count), u"3"_s);
}

void tst_Profiler::tableSortsAndResets()
{
    test::Fixture f;
    QCOMPARE(makeStory(f), QString());
    QueryMetrics::global().reset();
    ProfilerWidget widget(f.store.get());
    for (int i = 0; i < 5; ++i)
        RYUK_VERIFY_OK(f.store->node("s1"));
    RYUK_VERIFY_OK(f.store->stats());
    RYUK_VERIFY_OK(f.store->next("s1"));
    RYUK_VERIFY_OK(f.store->next("s2"));
    widget.slowTick();
    QTableView *table = widget.metricsTable();
    QCOMPARE(table->model()->rowCount(), 3);
    table->sortByColumn(MetricsTableModel::Count, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, MetricsTableModel::Kind).data().toString(), u"node.get"_s);
    QCOMPARE(table->model()->index(1, MetricsTableModel::Kind).data().toString(), u"next"_s);
    QCOMPARE(table->model()->index(2, MetricsTableModel::Kind).data().toString(), u"stats"_s);
    table->sortByColumn(MetricsTableModel::Count, Qt::AscendingOrder);
    QCOMPARE(table->model()->index(0, MetricsTableModel::Kind).data().toString(), u"stats"_s);

    widget.reset();
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(QueryMetrics::global().session().empty());
}

void tst_Profiler::followPauseZoom()
{
    TimeChart chart(u"test"_s, u"µs"_s);
    chart.resize(600, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const int line = chart.series(u"a"_s);
    QCOMPARE(chart.series(u"a"_s), line);
    for (int i = 0; i <= 1000; ++i)
        chart.append(line, i * 0.1, i % 7);
    chart.setNow(100);
    chart.refresh();
    QVERIFY(chart.isFollowing());
    QCOMPARE(chart.viewEnd(), 100.0);
    QCOMPARE(chart.viewStart(), 40.0); // the last minute

    QSignalSpy following(&chart, &TimeChart::followingChanged);
    chart.zoomTo(10, 20);
    QVERIFY(!chart.isFollowing());
    QCOMPARE(following.size(), 1);
    // 101 samples in [10, 20] plus the two neighbours: fewer than two per column, so all of them.
    QCOMPARE(chart.shownPointCount(line), qsizetype(103));
    // New data past the view does not move it.
    chart.append(line, 100.1, 3);
    chart.setNow(100.1);
    chart.refresh();
    QCOMPARE(chart.viewEnd(), 20.0);

    // The wheel zooms around the pointer and stays off following.
    chart.setFollowing(true);
    QCOMPARE(chart.viewEnd(), 100.1);
    const QPointF center = chart.chart()->plotArea().center();
    QWheelEvent wheel(center, chart.mapToGlobal(center), {}, QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(chart.viewport(), &wheel);
    QVERIFY(!chart.isFollowing());
    QVERIFY(chart.viewEnd() - chart.viewStart() < 59.0);
    chart.setFollowing(true);
    QVERIFY(chart.isFollowing());
    QCOMPARE(following.size(), 4); // zoom, live, wheel, live

    // A rubber band over the middle of the plot zooms in on it and stops following.
    const QRectF plot = chart.chart()->plotArea();
    const QPoint from = chart.mapFromScene(chart.chart()->mapToScene(plot.topLeft() + QPointF(plot.width() * 0.25, 5)));
    const QPoint to = chart.mapFromScene(chart.chart()->mapToScene(plot.bottomLeft() + QPointF(plot.width() * 0.75, -5)));
    QTest::mousePress(chart.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(chart.viewport(), to);
    QTest::mouseRelease(chart.viewport(), Qt::LeftButton, {}, to);
    QVERIFY(!chart.isFollowing());
    QCOMPARE(following.size(), 5);
    QVERIFY(chart.viewStart() > 40.0 + 10.0 && chart.viewEnd() < 100.1 - 10.0);
}

void tst_Profiler::memoryWarning()
{
    ProfilerWidget widget;
    widget.slowTick();
    QVERIFY(widget.lastMemorySample().residentBytes > 0);
    QCOMPARE(widget.memoryBudget().budgetBytes(), qint64(512) * 1024 * 1024);
    TimeChart *memory = widget.memoryChart();
    QCOMPARE(memory->level(0), 512.0);
    QCOMPARE(memory->level(1), double(MemoryBudget().warningBytes()) / (1024.0 * 1024.0));

    // A budget the process is past 85 % of: the warning shows.
    const qint64 resident = widget.lastMemorySample().residentBytes;
    const qint64 budget = qint64(double(resident) / 0.9);
    widget.setMemoryBudget(budget);
    QVERIFY(widget.isMemoryWarningShown());
    QCOMPARE(memory->level(0), double(budget) / (1024.0 * 1024.0));
    QCOMPARE(memory->level(1), double(MemoryBudget(budget).warningBytes()) / (1024.0 * 1024.0));
    QVERIFY(memory->isLevelVisible(1));
    // A roomy budget: it goes away.
    widget.setMemoryBudget(qint64(1) << 40);
    QVERIFY(!widget.isMemoryWarningShown());
}

void tst_Profiler::loadTestFromPanel()
{
    test::Fixture f;
    QCOMPARE(makeStory(f), QString());
    ProfilerWidget widget(f.store.get());
    widget.resize(1000, 700);
    widget.show();
    LoadTestPanel *panel = widget.loadTestPanel();
    widget.tabs()->setCurrentWidget(panel);
    panel->workersBox()->setValue(2);
    panel->secondsBox()->setValue(0.6);
    QSignalSpy finished(panel, &LoadTestPanel::finished);
    panel->start();
    QVERIFY(panel->isRunning());
    // The GUI thread keeps running its event loop meanwhile (this wait is one).
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 10000);
    QCOMPARE(finished.size(), 1);
    const LoadResult *result = panel->lastResult();
    QVERIFY(result);
    QVERIFY(!result->cancelled);
    QCOMPARE(result->failures, quint64(0));
    QVERIFY(result->passed);
    quint64 sum = 0;
    for (const LoadKindResult &kind : result->kinds)
        sum += kind.histogram.count();
    QCOMPARE(sum, result->queries);
    QCOMPARE(result->all.count(), result->queries);
    QVERIFY(result->queries > 0);
    QVERIFY(panel->verdictText().startsWith(u"PASS: %1 queries in "_s.arg(result->queries)));
    // Progress reached the chart (every 100 ms).
    QVERIFY(panel->chart()->buffer(0).size() >= 3);
    snapshot(&widget, u"loadtest"_s);

    // Thresholds no run can meet fail the verdict.
    panel->p95Box()->setValue(0.001);
    panel->secondsBox()->setValue(0.3);
    panel->start();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 10000);
    QVERIFY(!panel->lastResult()->passed);
    QVERIFY(panel->verdictText().startsWith(u"FAIL: "_s));
}

void tst_Profiler::loadTestStops()
{
    test::Fixture f;
    QCOMPARE(makeStory(f), QString());
    LoadTestPanel panel;
    panel.setStore(f.store.get());
    panel.secondsBox()->setValue(600);
    panel.stagesEdit()->setText(u"300:1, 300:3"_s);
    RYUK_TAKE(options, panel.options());
    QCOMPARE(options.stages.size(), std::size_t(2));
    QCOMPARE(options.stages[1].workers, 3);
    panel.start();
    QVERIFY(panel.isRunning());
    QTest::qWait(300);
    panel.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 5000);
    QVERIFY(panel.lastResult());
    QVERIFY(panel.lastResult()->cancelled);
    QVERIFY(panel.lastResult()->seconds < 5);
    QVERIFY(panel.verdictText().contains(u"(stopped early)"_s));

    // A test still running when the panel goes is stopped and waited for.
    {
        LoadTestPanel doomed;
        doomed.setStore(f.store.get());
        doomed.secondsBox()->setValue(600);
        doomed.start();
        QVERIFY(doomed.isRunning());
        QTest::qWait(150);
    }
}

void tst_Profiler::loadTestBadMix()
{
    test::Fixture f;
    QCOMPARE(makeStory(f), QString());
    LoadTestPanel panel;
    panel.setStore(f.store.get());
    panel.mixEdit()->setText(u"node.get=1,warp.drive=2"_s);
    panel.start();
    QVERIFY(!panel.isRunning());
    QCOMPARE(panel.verdictText(), u"Could not start: unknown query kind \"warp.drive\" in the mix"_s);
    panel.mixEdit()->setText(u"node.get"_s);
    panel.start();
    QCOMPARE(panel.verdictText(), u"Could not start: the mix takes kind=weight pairs separated by commas: \"node.get\""_s);
    panel.mixEdit()->setText(u"node.get=1"_s);
    panel.stagesEdit()->setText(u"5"_s);
    panel.start();
    QCOMPARE(panel.verdictText(), u"Could not start: a ramp stage is seconds:workers, e.g. 5:2: \"5\""_s);
}

void tst_Profiler::exportExact()
{
    const std::vector<KindStats> figures{stats("node.get", 3, 3, 1500, 2345.6, 2000, 4000, 4000, 4000),
                                         stats("a,\"b\"", 1, 0, 1234567, 1234567, 1234567, 1234567, 1234567, 1234567)};
    QCOMPARE(QString::fromUtf8(metricsexport::toJson(figures, u"session"_s)),
             uR"({"view":"session","kinds":[)"
             uR"({"kind":"node.get","count":3,"rows":3,"min_us":1.500,"mean_us":2.346,"p50_us":2.000,"p95_us":4.000,"p99_us":4.000,"max_us":4.000},)"
             uR"({"kind":"a,\"b\"","count":1,"rows":0,"min_us":1234.567,"mean_us":1234.567,"p50_us":1234.567,"p95_us":1234.567,"p99_us":1234.567,"max_us":1234.567}]})"
             u"\n"_s);
    QCOMPARE(QString::fromUtf8(metricsexport::toCsv(figures)),
             u"kind,count,rows,min_us,mean_us,p50_us,p95_us,p99_us,max_us\n"
             u"node.get,3,3,1.500,2.346,2.000,4.000,4.000,4.000\n"
             u"\"a,\"\"b\"\"\",1,0,1234.567,1234.567,1234.567,1234.567,1234.567,1234.567\n"_s);
    QCOMPARE(metricsexport::micros(quint64(0)), u"0.000"_s);
    QCOMPARE(metricsexport::micros(quint64(7)), u"0.007"_s);
    QCOMPARE(metricsexport::micros(quint64(12345678)), u"12345.678"_s);
}

void tst_Profiler::exportFromDashboard()
{
    // Known runs: under 64 ns the histogram is exact, so every figure is.
    QueryMetrics &metrics = QueryMetrics::global();
    metrics.reset();
    const int kind = metrics.kindId("test.export");
    const quint64 now = QueryMetrics::monotonicNs();
    metrics.record(kind, 10, 1, now);
    metrics.record(kind, 20, 2, now);
    metrics.record(kind, 30, 3, now);
    ProfilerWidget widget;
    widget.slowTick();
    QCOMPARE(cell(*widget.metricsModel(), "test.export", MetricsTableModel::P95), u"0.030"_s);
    QTemporaryDir dir;
    const QString json = dir.filePath(u"metrics.json"_s);
    const QString csv = dir.filePath(u"metrics.csv"_s);
    RYUK_VERIFY_OK(widget.exportMetricsJson(json));
    RYUK_VERIFY_OK(widget.exportMetricsCsv(csv));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(jsonFile.readAll()),
             uR"({"view":"session","kinds":[{"kind":"test.export","count":3,"rows":6,"min_us":0.010,"mean_us":0.020,)"
             uR"("p50_us":0.020,"p95_us":0.030,"p99_us":0.030,"max_us":0.030}]})"
             u"\n"_s);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(csvFile.readAll()), u"kind,count,rows,min_us,mean_us,p50_us,p95_us,p99_us,max_us\n"
                                                   u"test.export,3,6,0.010,0.020,0.020,0.030,0.030,0.030\n"_s);
    // A folder that is not there.
    const Status bad = widget.exportMetricsCsv(dir.filePath(u"no/such/folder/m.csv"_s));
    QVERIFY(!bad.ok());
    metrics.reset();
}

void tst_Profiler::exportPng()
{
    ProfilerWidget widget;
    widget.resize(900, 600);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTemporaryDir dir;
    for (auto chart : {ProfilerWidget::Chart::Latency, ProfilerWidget::Chart::Memory, ProfilerWidget::Chart::Histogram,
                       ProfilerWidget::Chart::LoadTest}) {
        const QString path = dir.filePath(u"chart%1.png"_s.arg(int(chart)));
        RYUK_VERIFY_OK(widget.exportChartPng(chart, path));
        QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 100 && image.height() >= 100);
    }
}

void tst_Profiler::failedExportKeepsTheOldFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("json") << u"metrics.json"_s;
    QTest::newRow("csv") << u"metrics.csv"_s;
    QTest::newRow("png") << u"latency.png"_s;
}

// A write that fails even for root (files may grow to 16 bytes only) leaves
// the old file byte for byte, and the error names the file and the reason.
void tst_Profiler::failedExportKeepsTheOldFile()
{
    QFETCH(QString, file);
    QueryMetrics &metrics = QueryMetrics::global();
    metrics.reset();
    const int kind = metrics.kindId("test.failed");
    metrics.record(kind, 20, 1, QueryMetrics::monotonicNs());
    ProfilerWidget widget;
    widget.resize(900, 600);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.slowTick();
    const auto write = [&](const QString &path) {
        if (file.endsWith(u".json"_s))
            return widget.exportMetricsJson(path);
        if (file.endsWith(u".csv"_s))
            return widget.exportMetricsCsv(path);
        return widget.exportChartPng(ProfilerWidget::Chart::Latency, path);
    };
    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    const QByteArray old = "the previous export\n";
    {
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        QCOMPARE(previous.write(old), old.size());
    }
    Status written;
    {
        test::FileSizeLimit limit(16);
        QVERIFY(limit.active());
        written = write(path);
    }
    RYUK_COMPARE_ERROR(written, ErrorKind::Io, u"cannot write the file: File too large"_s);
    QCOMPARE(written.error().toString(), path + u": cannot write the file: File too large"_s);
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{file});
    // Without the limit the same export replaces it.
    RYUK_VERIFY_OK(write(path));
    QVERIFY(QFileInfo(path).size() > 16);
    metrics.reset();
}

void tst_Profiler::slowLogShowsSlowQueries()
{
    test::Fixture f;
    QCOMPARE(makeStory(f), QString());
    QueryMetrics::global().reset();
    ProfilerWidget widget(f.store.get());
    auto *threshold = widget.findChild<QSpinBox *>(u"slowThreshold"_s);
    QVERIFY(threshold);
    QCOMPARE(threshold->value(), 100);
    threshold->setValue(0); // every query is slow now
    QCOMPARE(QueryMetrics::global().slowThresholdNs(), quint64(0));
    RYUK_VERIFY_OK(f.store->node("s2"));
    widget.slowTick();
    QTableWidget *log = widget.slowLogTable();
    QCOMPARE(log->rowCount(), 1);
    QCOMPARE(log->item(0, 1)->text(), u"node.get"_s);
    QCOMPARE(log->item(0, 3)->text(), u"1"_s);
    QVERIFY(log->item(0, 8)->text().contains(u"'s2'"_s));
    // Selecting it shows its kind's plan.
    log->setCurrentCell(0, 0);
    QCOMPARE(widget.planView()->kind(), u"node.get"_s);
    QVERIFY(widget.planView()->tree()->topLevelItemCount() >= 1);
    threshold->setValue(100);
    QueryMetrics::global().reset();
}

void tst_Profiler::planFlagsFullScan()
{
    test::Fixture f;
    QCOMPARE(makeStory(f), QString());
    const QString path = f.store->location();
    f.graph.reset();
    f.store.reset();
    // Without its index, the chapter query has to read the whole table.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "DROP INDEX scenes_chapter_sequence; DROP INDEX nodes_type;", nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);
    RYUK_TAKE(store, openStory(path));

    QueryMetrics::global().reset();
    ProfilerWidget widget(store.get());
    PlanView *plan = widget.planView();
    QVERIFY(plan->showPlan(u"scenes.chapter"_s));
    QCOMPARE(plan->fullScans(), 1);
    const auto items = plan->tree()->findItems(u"SCAN n"_s, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0]->text(1), u"full table scan"_s);
    QCOMPARE(items[0]->foreground(0).color(), QColor(0xb0, 0x00, 0x20));
    QVERIFY(plan->message().startsWith(u"1 step(s) scan a whole table"_s));
    widget.resize(700, 400);
    widget.tabs()->setCurrentWidget(plan);
    snapshot(&widget, u"plan"_s);
    // An indexed lookup is not flagged.
    QVERIFY(plan->showPlan(u"node.get"_s));
    QCOMPARE(plan->fullScans(), 0);
    QCOMPARE(plan->message(), u"Every step uses an index or a primary key."_s);
    // No story, no plan.
    widget.clear();
    QVERIFY(!plan->showPlan(u"node.get"_s));
    QCOMPARE(plan->message(), u"Open a story to see query plans."_s);
}

QTEST_MAIN(tst_Profiler)
#include "tst_profiler.moc"
