// Tests of StoryJob (work on a worker thread, progress, cancel, failure) and of its progress dialog.
#include "jobs/jobprogressdialog.h"
#include "jobs/storyjob.h"

#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <atomic>
#include <memory>
#include <stdexcept>

using namespace ryuk;

namespace {

// Work that reports progress until it is cancelled, as the model's long operations do.
StoryJob::Work untilCancelled(std::shared_ptr<std::atomic<int>> calls = {})
{
    return [calls](const ProgressCallback &progress) -> Status {
        for (qint64 done = 0;; ++done) {
            if (calls)
                ++*calls;
            if (!progress(done % 100, 100))
                return Error{ErrorKind::Cancelled, QStringLiteral("cancelled"), {}, 0, 0};
            QThread::msleep(1);
        }
    };
}

} // namespace

class TestStoryJob : public QObject
{
    Q_OBJECT

private slots:
    void runsOnAWorkerThread();
    void reportsProgressOnTheGuiThread();
    void throttlesProgress();
    void reportsFailure();
    void catchesExceptions();
    void cancelStopsTheWork();
    void cancelBeforeStart();
    void lateCancelIsNotACancel();
    void destroyingARunningJobStopsIt();
    void waitKeepsTheEventLoopRunning();

    void dialogStaysHiddenForQuickJobs();
    void dialogShowsSlowJobs();
    void dialogCancelButtonCancels();
    void dialogShowsBusyWithoutTotal();
};

void TestStoryJob::runsOnAWorkerThread()
{
    QThread *workThread = nullptr;
    StoryJob job([&workThread](const ProgressCallback &) -> Status {
        workThread = QThread::currentThread();
        return {};
    });
    QSignalSpy finished(&job, &StoryJob::finished);
    QVERIFY(!job.isRunning());
    job.start();
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QVERIFY(finished.constFirst().at(1).toString().isEmpty());
    QVERIFY(job.isFinished());
    QVERIFY(!job.wasCancelled());
    QVERIFY(job.error().message.isEmpty());
    QVERIFY(workThread);
    QVERIFY(workThread != QThread::currentThread());

    job.start(); // a job runs once
    QVERIFY(job.isFinished());
    QVERIFY(!finished.wait(100));
}

void TestStoryJob::reportsProgressOnTheGuiThread()
{
    // Slower than the throttle, so every call gets through.
    StoryJob job([](const ProgressCallback &progress) -> Status {
        for (qint64 done = 1; done <= 4; ++done) {
            if (!progress(done * 25, 100))
                return Error{ErrorKind::Cancelled, QStringLiteral("cancelled"), {}, 0, 0};
            QThread::msleep(1000 / StoryJob::ProgressPerSecond + 30);
        }
        return {};
    });
    QList<QPair<qint64, qint64>> reports;
    bool onGuiThread = true;
    connect(&job, &StoryJob::progress, this, [&](qint64 done, qint64 total) {
        onGuiThread = onGuiThread && QThread::currentThread() == qApp->thread();
        reports.append({done, total});
    });
    QSignalSpy finished(&job, &StoryJob::finished);
    QVERIFY(job.waitForFinished());
    QCOMPARE(finished.count(), 1);
    QVERIFY(onGuiThread);
    QCOMPARE(reports, (QList<QPair<qint64, qint64>>{{25, 100}, {50, 100}, {75, 100}, {100, 100}}));
}

void TestStoryJob::throttlesProgress()
{
    // A million calls in a few milliseconds must not flood the GUI thread's queue.
    StoryJob job([](const ProgressCallback &progress) -> Status {
        for (qint64 done = 0; done < 1'000'000; ++done)
            progress(done, 1'000'000);
        return {};
    });
    QSignalSpy progress(&job, &StoryJob::progress);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(job.waitForFinished());
    const qint64 allowed = timer.elapsed() * StoryJob::ProgressPerSecond / 1000 + 2;
    QVERIFY(progress.count() >= 1); // the first call is always reported
    QVERIFY2(progress.count() <= allowed, qPrintable(QStringLiteral("%1 > %2").arg(progress.count()).arg(allowed)));
    QCOMPARE(progress.constFirst().at(0).toLongLong(), 0);
}

void TestStoryJob::reportsFailure()
{
    StoryJob job([](const ProgressCallback &) -> Status {
        return Error::at(ErrorKind::BadInput, QStringLiteral("expected a value"), QStringLiteral("story.json"), 3, 14);
    });
    QSignalSpy finished(&job, &StoryJob::finished);
    QVERIFY(!job.waitForFinished());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QCOMPARE(finished.constFirst().at(1).toString(), QStringLiteral("story.json:3:14: expected a value"));
    QCOMPARE(job.error().kind, ErrorKind::BadInput);
    QCOMPARE(job.error().line, 3);
    QVERIFY(!job.wasCancelled());
}

void TestStoryJob::catchesExceptions()
{
    StoryJob job([](const ProgressCallback &) -> Status { throw std::runtime_error("out of cheese"); });
    QSignalSpy finished(&job, &StoryJob::finished);
    QVERIFY(!job.waitForFinished());
    QCOMPARE(job.error().kind, ErrorKind::Internal);
    QCOMPARE(finished.constFirst().at(1).toString(), QStringLiteral("out of cheese"));
}

void TestStoryJob::cancelStopsTheWork()
{
    StoryJob job(untilCancelled());
    // As a Cancel button would: from the first report.
    connect(&job, &StoryJob::progress, &job, &StoryJob::cancel);
    QSignalSpy finished(&job, &StoryJob::finished);
    QVERIFY(!job.waitForFinished());
    QCOMPARE(finished.count(), 1);
    QVERIFY(job.isCancelRequested());
    QVERIFY(job.wasCancelled());
    QCOMPARE(job.error().kind, ErrorKind::Cancelled);
}

void TestStoryJob::cancelBeforeStart()
{
    auto calls = std::make_shared<std::atomic<int>>(0);
    StoryJob job(untilCancelled(calls));
    job.cancel();
    QVERIFY(!job.waitForFinished());
    QVERIFY(job.wasCancelled());
    QCOMPARE(calls->load(), 1); // the first progress call already said stop
}

void TestStoryJob::lateCancelIsNotACancel()
{
    // The work has passed its last progress call when the cancel comes: it completes, and says so.
    StoryJob job([](const ProgressCallback &progress) -> Status {
        progress(1, 1);
        QThread::msleep(200);
        return {};
    });
    connect(&job, &StoryJob::progress, &job, &StoryJob::cancel);
    QVERIFY(job.waitForFinished());
    QVERIFY(job.isCancelRequested());
    QVERIFY(!job.wasCancelled());
}

void TestStoryJob::destroyingARunningJobStopsIt()
{
    auto calls = std::make_shared<std::atomic<int>>(0);
    auto *job = new StoryJob(untilCancelled(calls));
    job->start();
    QTRY_VERIFY(calls->load() > 0);
    QElapsedTimer timer;
    timer.start();
    delete job; // cancels, and waits for the work to stop
    QVERIFY(timer.elapsed() < 5000);
    const int callsAtDeletion = calls->load();
    QTest::qWait(50);
    QCOMPARE(calls->load(), callsAtDeletion);
}

void TestStoryJob::waitKeepsTheEventLoopRunning()
{
    StoryJob job([](const ProgressCallback &) -> Status {
        QThread::msleep(300);
        return {};
    });
    bool timerFired = false;
    QTimer::singleShot(50, this, [&timerFired] { timerFired = true; });
    QVERIFY(job.waitForFinished());
    QVERIFY(timerFired);
}

void TestStoryJob::dialogStaysHiddenForQuickJobs()
{
    QWidget window;
    auto *job = new StoryJob(
            [](const ProgressCallback &progress) -> Status {
                progress(50, 100);
                return {};
            },
            &window);
    QPointer<JobProgressDialog> dialog
            = new JobProgressDialog(job, QStringLiteral("Import"), QStringLiteral("Importing “a.json”…"), &window);
    bool everShown = false;
    connect(job, &StoryJob::progress, this, [&] { everShown = everShown || (dialog && dialog->isVisible()); });
    QVERIFY(job->waitForFinished());
    QVERIFY(!everShown);
    QTRY_VERIFY(!dialog); // it goes away with its job
    QTest::qWait(JobProgressDialog::ShowDelay + 100);
    QVERIFY(!window.findChild<JobProgressDialog *>());
}

void TestStoryJob::dialogShowsSlowJobs()
{
    QWidget window;
    auto *job = new StoryJob(untilCancelled(), &window);
    auto *dialog
            = new JobProgressDialog(job, QStringLiteral("Import"), QStringLiteral("Importing “big.json”…"), &window);
    QPointer<JobProgressDialog> guard(dialog);
    QCOMPARE(dialog->labelText(), QStringLiteral("Importing “big.json”…"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Import"));
    QVERIFY(!dialog->isModal());
    QElapsedTimer timer;
    timer.start();
    job->start();
    QVERIFY(!dialog->isVisible());
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(timer.elapsed() >= JobProgressDialog::ShowDelay - 50);
    // Percent from done/total: the work reports n of 100.
    QTRY_VERIFY(dialog->percent() >= 0);
    QVERIFY(dialog->percent() <= 100);
    QVERIFY(!window.findChildren<QProgressBar *>().isEmpty());

    job->cancel();
    QTRY_VERIFY(job->isFinished());
    QTRY_VERIFY(!guard);
}

void TestStoryJob::dialogCancelButtonCancels()
{
    QWidget window;
    auto *job = new StoryJob(untilCancelled(), &window);
    auto *dialog = new JobProgressDialog(job, QStringLiteral("Import"), QStringLiteral("Importing…"), &window);
    QPointer<JobProgressDialog> guard(dialog);
    job->start();
    QTRY_VERIFY(dialog->isVisible());
    QPushButton *cancel = nullptr;
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Cancel") || button->text() == QStringLiteral("&Cancel"))
            cancel = button;
    }
    QVERIFY(cancel);
    QSignalSpy finished(job, &StoryJob::finished);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(job->isCancelRequested());
    QVERIFY(!cancel->isEnabled()); // the click was heard; the job is rolling back
    QVERIFY(finished.count() == 1 || finished.wait());
    QVERIFY(job->wasCancelled());
    QTRY_VERIFY(!guard);
}

void TestStoryJob::dialogShowsBusyWithoutTotal()
{
    QWidget window;
    auto *job = new StoryJob(
            [](const ProgressCallback &progress) -> Status {
                while (progress(0, 0))
                    QThread::msleep(5);
                return Error{ErrorKind::Cancelled, QStringLiteral("cancelled"), {}, 0, 0};
            },
            &window);
    auto *dialog = new JobProgressDialog(job, QStringLiteral("Import"), QStringLiteral("Importing…"), &window);
    QSignalSpy progress(job, &StoryJob::progress);
    job->start();
    QVERIFY(progress.wait());
    QCOMPARE(dialog->percent(), -1);
    // Escape (reject) cancels, as in QProgressDialog.
    dialog->reject();
    QVERIFY(job->isCancelRequested());
    QVERIFY(!job->waitForFinished());
    QVERIFY(job->wasCancelled());
}

QTEST_MAIN(TestStoryJob)
#include "tst_storyjob.moc"
