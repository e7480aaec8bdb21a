// The profiler dashboard's panels and the timers that keep them current.
#include "profilerwidget.h"

#include "loadtestpanel.h"
#include "metricsexport.h"
#include "metricstablemodel.h"
#include "formats/storyformat.h"
#include "metrics/loadtest.h"
#include "planview.h"
#include "timechart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QFileDevice>
#include <QImageWriter>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ryuk {

namespace {

constexpr double Mb = 1024.0 * 1024.0;

Error cannotWrite(const QString &path, const QString &reason)
{
    return Error::at(ErrorKind::Io, QCoreApplication::translate("StoryFormat", "cannot write the file: %1").arg(reason),
                     path);
}

// Every export goes through the story exporters' atomic writer: a failed or
// cancelled write leaves the old file as it was, and errors name the file.
Status writeBytes(const QString &path, const QByteArray &bytes)
{
    auto written = writeFile(path, [&](QIODevice &out) -> Result<ExportSummary> {
        if (out.write(bytes) != bytes.size())
            return cannotWrite(path, out.errorString());
        return ExportSummary{0, 0, bytes.size()};
    });
    if (!written)
        return written.takeError();
    return {};
}

// "512 ns", "4 µs", "16 ms": the lower edge of a histogram bar.
QString durationLabel(quint64 ns)
{
    if (ns < 1000)
        return QCoreApplication::translate("ProfilerWidget", "%1 ns").arg(ns);
    if (ns < 1000000)
        return QCoreApplication::translate("ProfilerWidget", "%1 µs").arg(double(ns) / 1e3, 0, 'g', 3);
    if (ns < 1000000000)
        return QCoreApplication::translate("ProfilerWidget", "%1 ms").arg(double(ns) / 1e6, 0, 'g', 3);
    return QCoreApplication::translate("ProfilerWidget", "%1 s").arg(double(ns) / 1e9, 0, 'g', 3);
}

} // namespace

ProfilerWidget::ProfilerWidget(StoryStore *store, QWidget *parent)
    : QWidget(parent), mMetrics(QueryMetrics::global())
{
    mClock.start();
    mTabs = new QTabWidget(this);
    mTabs->setObjectName(QStringLiteral("profilerTabs"));
    mTabs->addTab(makeLiveTab(), tr("Live"));
    mTabs->addTab(makeQueriesTab(), tr("Queries"));
    mPlan = new PlanView(this);
    mTabs->addTab(mPlan, tr("Plan"));
    mLoadTest = new LoadTestPanel(this);
    mTabs->addTab(mLoadTest, tr("Load test"));

    // The toolbar: following, and exports.
    auto *pause = new QPushButton(tr("Pause"), this);
    pause->setObjectName(QStringLiteral("pause"));
    pause->setToolTip(tr("Stop following the newest figures (they are still recorded)"));
    auto *live = new QPushButton(tr("Live"), this);
    live->setObjectName(QStringLiteral("live"));
    live->setToolTip(tr("Follow the newest figures again, after a pause or a zoom"));
    connect(pause, &QPushButton::clicked, this, [this] { setPaused(true); });
    connect(live, &QPushButton::clicked, this, [this] { setPaused(false); });
    auto *span = new QComboBox(this);
    span->addItem(tr("last minute"), 60.0);
    span->addItem(tr("last 5 minutes"), 300.0);
    span->addItem(tr("last 10 minutes"), 600.0);
    connect(span, &QComboBox::activated, this, [this, span] {
        mLatency->setSpan(span->currentData().toDouble());
        mMemoryChart->setSpan(span->currentData().toDouble());
        setPaused(false);
    });
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("Metrics as JSON…"), this, [this] {
        exportWithDialog(tr("JSON (*.json)"), [this](const QString &path) { return exportMetricsJson(path); });
    });
    menu->addAction(tr("Metrics as CSV…"), this, [this] {
        exportWithDialog(tr("CSV (*.csv)"), [this](const QString &path) { return exportMetricsCsv(path); });
    });
    menu->addSeparator();
    const std::pair<Chart, QString> charts[] = {{Chart::Latency, tr("Latency chart as PNG…")},
                                                {Chart::Histogram, tr("Histogram as PNG…")},
                                                {Chart::Memory, tr("Memory chart as PNG…")},
                                                {Chart::LoadTest, tr("Load test chart as PNG…")}};
    for (const auto &[chart, text] : charts) {
        menu->addAction(text, this, [this, chart = chart] {
            exportWithDialog(tr("PNG image (*.png)"), [this, chart](const QString &path) { return exportChartPng(chart, path); });
        });
    }
    exportButton->setMenu(menu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(pause);
    bar->addWidget(live);
    bar->addWidget(span);
    bar->addStretch();
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(mTabs, 1);

    mTimer = new QTimer(this);
    mTimer->setInterval(TickMs);
    connect(mTimer, &QTimer::timeout, this, &ProfilerWidget::tick);
    mTimer->start();
    mSlowTimer = new QTimer(this);
    mSlowTimer->setInterval(SlowTickMs);
    connect(mSlowTimer, &QTimer::timeout, this, &ProfilerWidget::slowTick);
    mSlowTimer->start();

    setStore(store);
    slowTick();
}

ProfilerWidget::~ProfilerWidget() = default;

QWidget *ProfilerWidget::makeLiveTab()
{
    auto *tab = new QWidget(this);
    mLatency = new TimeChart(tr("Latency, p95 per query kind"), tr("µs"), TimeChart::Scale::Logarithmic, tab);
    mLatency->setObjectName(QStringLiteral("latencyChart"));

    // The histogram of one kind.
    mHistogramKind = new QComboBox(tab);
    mHistogramKind->setObjectName(QStringLiteral("histogramKind"));
    mHistogramKind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(mHistogramKind, &QComboBox::activated, this, [this] { updateHistogram(); });
    auto *histogramChart = new QChart;
    histogramChart->setTitle(tr("Latency histogram"));
    histogramChart->setAnimationOptions(QChart::NoAnimation);
    histogramChart->legend()->hide();
    histogramChart->setMargins(QMargins(2, 2, 2, 2));
    mHistogram = new QChartView(histogramChart, tab);
    mHistogram->setObjectName(QStringLiteral("histogramChart"));
    mHistogram->setMinimumSize(240, 160);
    auto *histogramBox = new QWidget(tab);
    auto *histogramLayout = new QVBoxLayout(histogramBox);
    histogramLayout->setContentsMargins(0, 0, 0, 0);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(new QLabel(tr("Kind:"), histogramBox));
    kindRow->addWidget(mHistogramKind);
    kindRow->addStretch();
    histogramLayout->addLayout(kindRow);
    histogramLayout->addWidget(mHistogram, 1);

    // Memory against its budget.
    mMemoryChart = new TimeChart(tr("Memory"), tr("MB"), TimeChart::Scale::Linear, tab);
    mMemoryChart->setObjectName(QStringLiteral("memoryChart"));
    mResidentLine = mMemoryChart->series(tr("resident"), TimeChart::Side::Left, 600);
    mPeakLine = mMemoryChart->series(tr("peak resident"), TimeChart::Side::Left, 600);
    mSqliteLine = mMemoryChart->series(tr("SQLite"), TimeChart::Side::Left, 600);
    mBudgetLevel = mMemoryChart->addLevel(tr("budget"), double(mBudget.budgetBytes()) / Mb, QColor(0xb0, 0x00, 0x20));
    mWarningLevel = mMemoryChart->addLevel(tr("85 % warning"), double(mBudget.warningBytes()) / Mb, QColor(0xe0, 0x8a, 0x00));
    mBudgetBox = new QSpinBox(tab);
    mBudgetBox->setObjectName(QStringLiteral("memoryBudget"));
    mBudgetBox->setRange(1, 1024 * 1024);
    mBudgetBox->setSuffix(tr(" MB"));
    mBudgetBox->setValue(int(mBudget.budgetBytes() / (1024 * 1024)));
    connect(mBudgetBox, &QSpinBox::valueChanged, this, [this](int mb) { setMemoryBudget(qint64(mb) * 1024 * 1024); });
    mMemoryWarning = new QLabel(tab);
    mMemoryWarning->setObjectName(QStringLiteral("memoryWarning"));
    mMemoryWarning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    mMemoryWarning->setWordWrap(true);
    mMemoryWarning->hide();
    auto *memoryBox = new QWidget(tab);
    auto *memoryLayout = new QVBoxLayout(memoryBox);
    memoryLayout->setContentsMargins(0, 0, 0, 0);
    auto *budgetRow = new QHBoxLayout;
    budgetRow->addWidget(new QLabel(tr("Budget:"), memoryBox));
    budgetRow->addWidget(mBudgetBox);
    budgetRow->addWidget(mMemoryWarning, 1);
    budgetRow->addStretch();
    memoryLayout->addLayout(budgetRow);
    memoryLayout->addWidget(mMemoryChart, 1);

    auto *bottom = new QSplitter(Qt::Horizontal, tab);
    bottom->addWidget(histogramBox);
    bottom->addWidget(memoryBox);
    auto *split = new QSplitter(Qt::Vertical, tab);
    split->addWidget(mLatency);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    // Halves from the first show on (the stretch factors only share out later
    // growth), each with room enough for its charts' axis labels.
    split->setSizes({1000, 1000});
    mLatency->setMinimumHeight(200);
    bottom->setMinimumHeight(220);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    return tab;
}

QWidget *ProfilerWidget::makeQueriesTab()
{
    auto *tab = new QWidget(this);
    mViewBox = new QComboBox(tab);
    mViewBox->setObjectName(QStringLiteral("metricsView"));
    mViewBox->addItem(tr("Whole session"));
    mViewBox->addItem(tr("Last %n second(s)", nullptr, QueryMetrics::WindowSeconds));
    connect(mViewBox, &QComboBox::activated, this, [this](int index) { setView(index == 0 ? View::Session : View::Window); });
    auto *resetButton = new QPushButton(tr("Reset"), tab);
    resetButton->setObjectName(QStringLiteral("reset"));
    resetButton->setToolTip(tr("Forget every recorded query"));
    connect(resetButton, &QPushButton::clicked, this, &ProfilerWidget::reset);

    mModel = new MetricsTableModel(this);
    mSorted = new QSortFilterProxyModel(this);
    mSorted->setSourceModel(mModel);
    mSorted->setSortRole(MetricsTableModel::SortRole);
    mTable = new QTableView(tab);
    mTable->setObjectName(QStringLiteral("metricsTable"));
    mTable->setModel(mSorted);
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(-1, Qt::AscendingOrder); // registration order until a header is clicked
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            selectKind(mSorted->index(current.row(), MetricsTableModel::Kind).data().toString());
    });

    mSlowThreshold = new QSpinBox(tab);
    mSlowThreshold->setObjectName(QStringLiteral("slowThreshold"));
    mSlowThreshold->setRange(0, 3600 * 1000);
    mSlowThreshold->setSuffix(tr(" ms"));
    mSlowThreshold->setValue(int(mMetrics.slowThresholdNs() / 1000000));
    connect(mSlowThreshold, &QSpinBox::valueChanged, this,
            [this](int ms) { mMetrics.setSlowThresholdNs(quint64(ms) * 1000000); });
    mSlowLog = new QTableWidget(0, 9, tab);
    mSlowLog->setObjectName(QStringLiteral("slowLog"));
    mSlowLog->setHorizontalHeaderLabels({tr("At"), tr("Kind"), tr("ms"), tr("Rows"), tr("Full-scan steps"), tr("Sorts"),
                                         tr("Auto indexes"), tr("VM steps"), tr("Statement")});
    mSlowLog->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mSlowLog->setSelectionBehavior(QAbstractItemView::SelectRows);
    mSlowLog->setSelectionMode(QAbstractItemView::SingleSelection);
    mSlowLog->verticalHeader()->hide();
    mSlowLog->horizontalHeader()->setStretchLastSection(true);
    mStatement = new QPlainTextEdit(tab);
    mStatement->setObjectName(QStringLiteral("slowStatement"));
    mStatement->setReadOnly(true);
    mStatement->setMaximumHeight(70);
    mStatement->setPlaceholderText(tr("The selected slow query's statement, with its parameters"));
    connect(mSlowLog, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0)
            return;
        mStatement->setPlainText(mSlowLog->item(row, 8)->text());
        const QString kind = mSlowLog->item(row, 1)->text();
        selectKind(kind);
        mPlan->showPlan(kind);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Figures over:"), tab));
    top->addWidget(mViewBox);
    top->addStretch();
    top->addWidget(resetButton);
    auto *tableBox = new QWidget(tab);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(top);
    tableLayout->addWidget(mTable, 1);

    auto *slowTop = new QHBoxLayout;
    slowTop->addWidget(new QLabel(tr("Slow queries, at least:"), tab));
    slowTop->addWidget(mSlowThreshold);
    slowTop->addStretch();
    auto *slowBox = new QWidget(tab);
    auto *slowLayout = new QVBoxLayout(slowBox);
    slowLayout->setContentsMargins(0, 0, 0, 0);
    slowLayout->addLayout(slowTop);
    slowLayout->addWidget(mSlowLog, 1);
    slowLayout->addWidget(mStatement);

    auto *split = new QSplitter(Qt::Vertical, tab);
    split->addWidget(tableBox);
    split->addWidget(slowBox);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    return tab;
}

void ProfilerWidget::setStore(StoryStore *store)
{
    mStore = store;
    mPlan->setStore(store);
    mLoadTest->setStore(store);
}

void ProfilerWidget::clear()
{
    setStore(nullptr);
}

void ProfilerWidget::tick()
{
    ++mTicks;
    const double t = double(mClock.nsecsElapsed()) / 1e9;
    // p95 over the current and the last whole second: steady enough to read,
    // recent enough to follow a change within a second or two.
    for (const KindStats &k : mMetrics.window(2)) {
        auto it = mLatencyLines.find(k.kind);
        if (it == mLatencyLines.end())
            it = mLatencyLines.emplace(k.kind, mLatency->series(QString::fromStdString(k.kind))).first;
        mLatency->append(it->second, t, double(k.p95Ns) / 1e3);
    }
    mLatency->setNow(t);
    mLatency->refresh();
}

void ProfilerWidget::slowTick()
{
    mModel->setStats(mView == View::Session ? mMetrics.session() : mMetrics.window());
    // The histogram's kinds follow the table's.
    for (const KindStats &k : mModel->stats()) {
        const QString kind = QString::fromStdString(k.kind);
        if (mHistogramKind->findText(kind) < 0)
            mHistogramKind->addItem(kind);
    }
    updateHistogram();
    updateSlowLog();
    sampleMemory();
}

void ProfilerWidget::setView(View view)
{
    mView = view;
    mViewBox->setCurrentIndex(view == View::Session ? 0 : 1);
    mModel->setStats(mView == View::Session ? mMetrics.session() : mMetrics.window());
    mHistogramCount = ~quint64(0);
    updateHistogram();
}

void ProfilerWidget::reset()
{
    mMetrics.reset();
    mLatency->clearSamples();
    mLatency->setNow(double(mClock.nsecsElapsed()) / 1e9);
    mModel->setStats({});
    mHistogramCount = ~quint64(0);
    updateHistogram();
    updateSlowLog();
}

void ProfilerWidget::setPaused(bool paused)
{
    mLatency->setFollowing(!paused);
    mMemoryChart->setFollowing(!paused);
}

void ProfilerWidget::selectKind(const QString &kind)
{
    if (mHistogramKind->findText(kind) >= 0)
        setHistogramKind(kind);
    if (!mPlan->kind().isEmpty() && kind != mPlan->kind()) {
        // The plan follows the selection when the kind has one; explained on demand.
        const auto kinds = LoadOptions::kinds();
        if (std::find(kinds.begin(), kinds.end(), kind.toStdString()) != kinds.end())
            mPlan->showPlan(kind);
    }
}

QString ProfilerWidget::histogramKind() const
{
    return mHistogramKind->currentText();
}

void ProfilerWidget::setHistogramKind(const QString &kind)
{
    int index = mHistogramKind->findText(kind);
    if (index < 0) {
        mHistogramKind->addItem(kind);
        index = mHistogramKind->count() - 1;
    }
    mHistogramKind->setCurrentIndex(index);
    updateHistogram();
}

int ProfilerWidget::histogramBarCount() const
{
    const auto series = mHistogram->chart()->series();
    if (series.isEmpty())
        return 0;
    const auto sets = static_cast<QBarSeries *>(series.first())->barSets();
    return sets.isEmpty() ? 0 : int(sets.first()->count());
}

void ProfilerWidget::updateHistogram()
{
    const QString kind = mHistogramKind->currentText();
    const int row = mModel->rowOf(kind.toStdString());
    const LatencyHistogram *h = row >= 0 ? &mModel->stats()[std::size_t(row)].histogram : nullptr;
    const quint64 count = h ? h->count() : 0;
    if (kind == mHistogramShown && count == mHistogramCount)
        return; // nothing new to draw
    mHistogramShown = kind;
    mHistogramCount = count;
    QChart *chart = mHistogram->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(kind.isEmpty() ? tr("Latency histogram") : tr("Latency histogram: %1").arg(kind));
    if (!h || count == 0)
        return;
    // One bar per power of two of nanoseconds, from the min's to the max's.
    auto octave = [](quint64 ns) { return ns == 0 ? 0 : 63 - __builtin_clzll(ns); };
    const int first = octave(h->min());
    const int last = octave(h->max());
    std::vector<quint64> bars(std::size_t(last - first + 1), 0);
    for (int bucket = 0; bucket < LatencyHistogram::BucketCount; ++bucket) {
        if (const quint64 n = h->bucketCount(bucket)) {
            const int o = std::clamp(octave(LatencyHistogram::bucketLow(bucket)), first, last);
            bars[std::size_t(o - first)] += n;
        }
    }
    auto *set = new QBarSet(tr("queries"));
    QStringList labels;
    quint64 highest = 0;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        *set << double(bars[i]);
        highest = std::max(highest, bars[i]);
        const int o = first + int(i);
        labels << durationLabel(o == 0 ? 0 : quint64(1) << o);
    }
    auto *series = new QBarSeries;
    series->setBarWidth(0.9);
    series->append(set);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(labels);
    axisX->setLabelsAngle(-60);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    // Whole numbers of queries: at most one tick per count, so a handful of
    // queries does not read "0, 0, 1, 1, 1".
    const double top = std::max(4.0, std::ceil(double(highest) * 1.1));
    axisY->setRange(0, top);
    axisY->setTickCount(int(std::min(5.0, top + 1)));
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("queries"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
}

void ProfilerWidget::updateSlowLog()
{
    const std::vector<SlowQuery> log = mMetrics.slowLog();
    const qint64 lastAt = log.empty() ? -1 : log.back().atMs;
    if (log.size() == mSlowShown && lastAt == mSlowLastAt)
        return;
    mSlowShown = log.size();
    mSlowLastAt = lastAt;
    mSlowLog->setRowCount(int(log.size()));
    // Newest first.
    for (std::size_t i = 0; i < log.size(); ++i) {
        const SlowQuery &q = log[log.size() - 1 - i];
        const int row = int(i);
        const QStringList cells{QDateTime::fromMSecsSinceEpoch(q.atMs).toString(QStringLiteral("HH:mm:ss.zzz")),
                                QString::fromStdString(q.kind),
                                QString::number(double(q.ns) / 1e6, 'f', 3),
                                QString::number(q.rows),
                                QString::number(q.fullScanSteps),
                                QString::number(q.sorts),
                                QString::number(q.autoIndexes),
                                QString::number(q.vmSteps),
                                QString::fromStdString(q.expandedSql.empty() ? q.sql : q.expandedSql)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == 4 && q.fullScanSteps > 0)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            mSlowLog->setItem(row, column, item);
        }
    }
}

void ProfilerWidget::sampleMemory()
{
    mMemory = ryuk::sampleMemory();
    const double t = double(mClock.nsecsElapsed()) / 1e9;
    mMemoryChart->append(mResidentLine, t, double(mMemory.residentBytes) / Mb);
    mMemoryChart->append(mPeakLine, t, double(mMemory.peakResidentBytes) / Mb);
    mMemoryChart->append(mSqliteLine, t, double(mMemory.sqliteBytes) / Mb);
    mMemoryChart->setNow(t);
    mMemoryChart->refresh();
    const bool warning = mBudget.isWarning(mMemory);
    if (warning) {
        mMemoryWarning->setText(mBudget.isOver(mMemory)
                                        ? tr("Memory use (%1 MB) is over the budget of %2 MB")
                                                  .arg(double(mMemory.residentBytes) / Mb, 0, 'f', 0)
                                                  .arg(double(mBudget.budgetBytes()) / Mb, 0, 'f', 0)
                                        : tr("Memory use (%1 MB) passed 85 % of the budget of %2 MB")
                                                  .arg(double(mMemory.residentBytes) / Mb, 0, 'f', 0)
                                                  .arg(double(mBudget.budgetBytes()) / Mb, 0, 'f', 0));
    }
    mMemoryWarning->setVisible(warning);
}

void ProfilerWidget::setMemoryBudget(qint64 bytes)
{
    mBudget.setBudgetBytes(bytes);
    const QSignalBlocker block(mBudgetBox);
    mBudgetBox->setValue(int(bytes / (1024 * 1024)));
    mMemoryChart->setLevel(mBudgetLevel, double(bytes) / Mb);
    mMemoryChart->setLevel(mWarningLevel, double(mBudget.warningBytes()) / Mb);
    mMemoryWarning->setVisible(mMemory.residentBytes > 0 && mBudget.isWarning(mMemory));
    sampleMemory();
}

bool ProfilerWidget::isMemoryWarningShown() const
{
    return !mMemoryWarning->isHidden();
}

QChartView *ProfilerWidget::chartView(Chart chart) const
{
    switch (chart) {
    case Chart::Latency:
        return mLatency;
    case Chart::Histogram:
        return mHistogram;
    case Chart::Memory:
        return mMemoryChart;
    case Chart::LoadTest:
        return mLoadTest->chart();
    }
    return mLatency;
}

Status ProfilerWidget::exportMetricsJson(const QString &path) const
{
    return writeBytes(path, metricsexport::toJson(mModel->stats(), mView == View::Session ? QStringLiteral("session")
                                                                                          : QStringLiteral("window")));
}

Status ProfilerWidget::exportMetricsCsv(const QString &path) const
{
    return writeBytes(path, metricsexport::toCsv(mModel->stats()));
}

Status ProfilerWidget::exportChartPng(Chart chart, const QString &path) const
{
    QChartView *view = chartView(chart);
    // A chart on a hidden tab has its last size; one never shown gets a usable one.
    if (!view->isVisible() && (view->width() < 100 || view->height() < 100))
        view->resize(800, 500);
    const QImage image = view->grab().toImage();
    auto written = writeFile(path, [&](QIODevice &out) -> Result<ExportSummary> {
        QImageWriter writer(&out, "png");
        if (!writer.write(image)) { // also a chart that could not be drawn: "Image is empty"
            // When the file failed ("File too large"), its reason says more than the encoder's.
            const auto *file = qobject_cast<const QFileDevice *>(&out);
            return cannotWrite(path, file && file->error() != QFileDevice::NoError ? file->errorString()
                                                                                   : writer.errorString());
        }
        return ExportSummary{};
    });
    if (!written)
        return written.takeError();
    return {};
}

void ProfilerWidget::exportWithDialog(const QString &filter, const std::function<Status(const QString &)> &write)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), {}, filter);
    if (path.isEmpty())
        return;
    // "path: reason", the file named as the user chose it.
    if (Status s = write(path); !s)
        QMessageBox::warning(this, tr("Export"), s.error().toString());
}

} // namespace ryuk
