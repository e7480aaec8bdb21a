// A long story operation (import, export, layout) run on a worker thread, with progress and cancel.
#pragma once

#include "core/error.h"
#include "store/storystore.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace ryuk {

// Runs one piece of work on its own QThread. The work gets a ProgressCallback
// to call now and then: the callback forwards the figures to the GUI thread
// and returns false once cancel() was called, which the model's long
// operations take as the order to stop and roll back.
//
// The work must not touch anything the GUI thread uses: a StoryStore is used
// by one thread at a time, so work on a story opens its own store on the file.
//
// Every signal is emitted on the thread the job lives in (the GUI thread), so
// receivers never need locks. A job runs once.
class StoryJob : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<Status(const ProgressCallback &progress)>;

    // At most this many progress() signals a second reach the GUI thread.
    static constexpr int ProgressPerSecond = 10;

    explicit StoryJob(Work work, QObject *parent = nullptr);
    // Cancels the work and waits for it: a job must not outlive its thread.
    ~StoryJob() override;

    void start();
    // Asks the work to stop at its next progress call. Safe to call at any
    // time, also before start() and after the end.
    void cancel();

    bool isRunning() const { return mState == State::Running; }
    bool isFinished() const { return mState == State::Finished; }
    bool isCancelRequested() const { return mCancelRequested.load(std::memory_order_relaxed); }
    // After finished(): true if the work stopped because it was cancelled (and
    // so changed nothing); false if it completed or failed on its own.
    bool wasCancelled() const;
    // After finished(): the work's error, or an empty Error if it succeeded.
    const Error &error() const { return mResult.error(); }

    // Waits for the end in a local event loop, so the window keeps painting
    // and the progress dialog's Cancel button keeps working. Starts the job if
    // it has not started. Returns whether the work succeeded.
    bool waitForFinished();

signals:
    // `total` is 0 when the work cannot tell how much there is.
    void progress(qint64 done, qint64 total);
    // `message` is the error as "file:line:column: message", empty on success.
    void finished(bool ok, const QString &message);

private:
    enum class State { Ready, Running, Finished };

    void run();
    void finish();

    Work mWork;
    QThread *mThread = nullptr;
    State mState = State::Ready;
    std::atomic<bool> mCancelRequested = false;
    // Written by the worker, read on the GUI thread only once the thread has ended.
    Status mResult;
};

} // namespace ryuk
