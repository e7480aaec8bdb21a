// A long story operation run on a worker thread, with progress and cancel.
#include "storyjob.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>

#include <exception>

namespace ryuk {

StoryJob::StoryJob(Work work, QObject *parent) : QObject(parent), mWork(std::move(work)) {}

StoryJob::~StoryJob()
{
    if (mThread) {
        // The work reads mCancelRequested and posts to this object, so it has to end first.
        cancel();
        mThread->wait();
    }
}

void StoryJob::start()
{
    if (mState != State::Ready)
        return;
    mState = State::Running;
    mThread = QThread::create([this] { run(); });
    mThread->setParent(this);
    mThread->setObjectName(QStringLiteral("StoryJob"));
    // QThread::finished comes from the worker; queued, finish() runs here once the work is over.
    connect(mThread, &QThread::finished, this, &StoryJob::finish, Qt::QueuedConnection);
    mThread->start();
}

void StoryJob::cancel()
{
    mCancelRequested.store(true, std::memory_order_relaxed);
}

bool StoryJob::wasCancelled() const
{
    // A cancel that came too late (the work was past its last progress call)
    // is not a cancel: the work completed and its changes stand.
    return isFinished() && !mResult.ok() && (mResult.error().kind == ErrorKind::Cancelled || isCancelRequested());
}

bool StoryJob::waitForFinished()
{
    if (mState == State::Ready)
        start();
    if (mState == State::Finished)
        return mResult.ok();
    // A receiver of finished() may delete the job (deleteLater) while this
    // loop runs, so the outcome is taken from the signal, not from members.
    bool ok = false;
    QEventLoop loop;
    connect(this, &StoryJob::finished, &loop, [&ok, &loop](bool success) {
        ok = success;
        loop.quit();
    });
    loop.exec();
    return ok;
}

void StoryJob::run()
{
    // Only the worker touches the timer: the callback is called on this thread.
    QElapsedTimer sinceLastReport;
    const ProgressCallback progressCallback = [this, &sinceLastReport](qint64 done, qint64 total) {
        // Models report every few thousand rows, which can be thousands of
        // times a second; the GUI needs a handful of repaints.
        if (!sinceLastReport.isValid() || sinceLastReport.elapsed() >= 1000 / ProgressPerSecond) {
            sinceLastReport.start();
            QMetaObject::invokeMethod(
                    this,
                    [this, done, total] {
                        if (isRunning())
                            emit progress(done, total);
                    },
                    Qt::QueuedConnection);
        }
        return !mCancelRequested.load(std::memory_order_relaxed);
    };

    // An exception must not cross the thread's edge, where it would end the program.
    try {
        mResult = mWork(progressCallback);
    } catch (const std::exception &e) {
        mResult = Error{ErrorKind::Internal, QString::fromLocal8Bit(e.what()), {}, 0, 0};
    } catch (...) {
        mResult = Error{ErrorKind::Internal, tr("unexpected failure"), {}, 0, 0};
    }
}

void StoryJob::finish()
{
    // QThread::finished is emitted just before the thread ends; wait() is over at once.
    mThread->wait();
    mState = State::Finished;
    const bool ok = mResult.ok();
    emit finished(ok, ok ? QString() : mResult.error().toString());
}

} // namespace ryuk
