// The load test panel: workers, duration, mix, ramp stages and thresholds;
// Start and Stop; throughput, p95 and failure rate drawn live; a pass/fail
// verdict at the end. The test runs on worker threads with read connections
// of its own, so the window stays responsive and the GUI's store is never
// touched off its thread.
#pragma once

#include "metrics/loadtest.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QThread;

namespace ryuk {

class StoryStore;
class TimeChart;

class LoadTestPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LoadTestPanel(QWidget *parent = nullptr);
    // Stops a running test and waits for its threads.
    ~LoadTestPanel() override;

    // The story to test (its readers are opened from it on this thread);
    // nullptr disables Start. A running test is stopped.
    void setStore(StoryStore *store);

    // The options the form describes, or why they are wrong.
    Result<LoadOptions> options() const;
    bool isRunning() const { return mThread != nullptr; }
    // The last finished test's result; nullptr before the first.
    const LoadResult *lastResult() const { return mResult.get(); }
    QString verdictText() const;
    TimeChart *chart() const { return mChart; }

    // The form, for callers that set it up (tests, a saved preset).
    QSpinBox *workersBox() const { return mWorkers; }
    QDoubleSpinBox *secondsBox() const { return mSeconds; }
    QLineEdit *mixEdit() const { return mMix; }
    QLineEdit *stagesEdit() const { return mStages; }
    QDoubleSpinBox *p95Box() const { return mP95Ms; }
    QDoubleSpinBox *failureBox() const { return mFailurePercent; }

public slots:
    void start();
    void stop();

signals:
    void started();
    // After the verdict is shown (or the test failed to run: see verdictText()).
    void finished();

private:
    void progressed(const LoadProgress &progress);
    void done(std::shared_ptr<Result<LoadResult>> result);
    void updateButtons();

    StoryStore *mStore = nullptr;
    QSpinBox *mWorkers;
    QDoubleSpinBox *mSeconds;
    QLineEdit *mMix;
    QLineEdit *mStages;
    QDoubleSpinBox *mP95Ms;
    QDoubleSpinBox *mFailurePercent;
    QPushButton *mStart;
    QPushButton *mStop;
    QLabel *mLive;
    QLabel *mVerdict;
    TimeChart *mChart;
    int mThroughputLine;
    int mP95Line;
    int mFailureLine;
    QThread *mThread = nullptr;
    std::shared_ptr<std::atomic<bool>> mCancel;
    std::unique_ptr<LoadResult> mResult;
};

} // namespace ryuk
