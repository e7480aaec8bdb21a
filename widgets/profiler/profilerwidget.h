// The profiler dashboard: what every query costs and where memory goes, live.
// A latency chart (p95 per query kind, 10 updates a second, 10 minutes kept),
// the histogram of one kind, the memory chart against its budget, the metrics
// table, the slow-query log, query plans and the load test, with export of the
// figures (JSON, CSV) and of any chart (PNG). It reads QueryMetrics::global()
// and, for plans and load tests, the open story.
#pragma once

#include "core/error.h"
#include "metrics/memorysampler.h"
#include "metrics/querymetrics.h"

#include <QElapsedTimer>
#include <QWidget>

#include <functional>
#include <map>
#include <string>

class QChartView;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace ryuk {

class LoadTestPanel;
class MetricsTableModel;
class PlanView;
class StoryStore;
class TimeChart;

class ProfilerWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { Latency, Histogram, Memory, LoadTest };
    enum class View { Session, Window };
    static constexpr int TickMs = 100;      // the latency chart's updates
    static constexpr int SlowTickMs = 1000; // table, histogram, slow log, memory

    // `store` is the open story, used on this thread for plans and to open
    // the load test's own read connections; it may be nullptr. The widget
    // does not own it: call setStore(nullptr) or clear() before it goes.
    explicit ProfilerWidget(StoryStore *store = nullptr, QWidget *parent = nullptr);
    ~ProfilerWidget() override;

    // Another story (or none). Stops a running load test (it runs on its own
    // connections, so it may finish after the switch; its result is still shown).
    void setStore(StoryStore *store);
    // No story: plans and load tests are disabled and their panels cleared.
    // The charts and the table keep the process's figures.
    void clear();

    // Samples the registry and updates the latency chart, as the 100 ms timer does.
    void tick();
    // Updates the table, the histogram, the slow log and the memory chart, as
    // the one-second timer does.
    void slowTick();
    qint64 tickCount() const { return mTicks; }

    View view() const { return mView; }
    void setView(View view);
    // Forgets every recorded run (QueryMetrics::reset) and the latency history.
    void reset();
    void setPaused(bool paused);

    // The memory budget; passing 85 % of it shows the warning.
    void setMemoryBudget(qint64 bytes);
    const MemoryBudget &memoryBudget() const { return mBudget; }
    bool isMemoryWarningShown() const;
    // The last memory sample (taken by slowTick).
    const MemorySample &lastMemorySample() const { return mMemory; }

    // The kind the histogram shows ("" for none).
    QString histogramKind() const;
    void setHistogramKind(const QString &kind);
    // Bars of the histogram now: one per power of two of nanoseconds between
    // the kind's min and max.
    int histogramBarCount() const;

    // The table's figures exported; same numbers as the table.
    Status exportMetricsJson(const QString &path) const;
    Status exportMetricsCsv(const QString &path) const;
    Status exportChartPng(Chart chart, const QString &path) const;

    TimeChart *latencyChart() const { return mLatency; }
    TimeChart *memoryChart() const { return mMemoryChart; }
    QChartView *histogramChart() const { return mHistogram; }
    MetricsTableModel *metricsModel() const { return mModel; }
    QTableView *metricsTable() const { return mTable; }
    QTableWidget *slowLogTable() const { return mSlowLog; }
    PlanView *planView() const { return mPlan; }
    LoadTestPanel *loadTestPanel() const { return mLoadTest; }
    QTabWidget *tabs() const { return mTabs; }
    QChartView *chartView(Chart chart) const;

private:
    QWidget *makeLiveTab();
    QWidget *makeQueriesTab();
    void updateHistogram();
    void updateSlowLog();
    void sampleMemory();
    void selectKind(const QString &kind);
    void exportWithDialog(const QString &filter, const std::function<Status(const QString &)> &write);

    StoryStore *mStore = nullptr;
    QueryMetrics &mMetrics;
    QElapsedTimer mClock;
    QTimer *mTimer;
    QTimer *mSlowTimer;
    qint64 mTicks = 0;
    View mView = View::Session;
    MemoryBudget mBudget;
    MemorySample mMemory;

    QTabWidget *mTabs;
    TimeChart *mLatency;
    std::map<std::string, int> mLatencyLines;
    QChartView *mHistogram;
    QComboBox *mHistogramKind;
    quint64 mHistogramCount = ~quint64(0);
    QString mHistogramShown;
    TimeChart *mMemoryChart;
    int mResidentLine;
    int mPeakLine;
    int mSqliteLine;
    int mBudgetLevel;
    int mWarningLevel;
    QSpinBox *mBudgetBox;
    QLabel *mMemoryWarning;
    MetricsTableModel *mModel;
    QSortFilterProxyModel *mSorted;
    QTableView *mTable;
    QComboBox *mViewBox;
    QTableWidget *mSlowLog;
    QPlainTextEdit *mStatement;
    std::size_t mSlowShown = 0;
    qint64 mSlowLastAt = -1;
    QSpinBox *mSlowThreshold;
    PlanView *mPlan;
    LoadTestPanel *mLoadTest;
};

} // namespace ryuk
