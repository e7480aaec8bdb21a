// The small window that shows how far a StoryJob has got and lets the user cancel it.
#include "jobprogressdialog.h"

#include "storyjob.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ryuk {

namespace {

// The bar counts in tenths of a percent, so a long job still moves visibly.
constexpr int BarMaximum = 1000;

} // namespace

JobProgressDialog::JobProgressDialog(StoryJob *job, const QString &title, const QString &labelText, QWidget *parent)
    : QDialog(parent), mJob(job)
{
    setObjectName(QStringLiteral("jobProgressDialog"));
    setWindowTitle(title);
    // Modeless: the story stays readable while the job runs; the window disables what would clash with it.
    setModal(false);

    mLabel = new QLabel(labelText, this);
    mLabel->setObjectName(QStringLiteral("jobProgressLabel"));
    mLabel->setTextFormat(Qt::PlainText);
    mLabel->setWordWrap(true);

    mBar = new QProgressBar(this);
    mBar->setObjectName(QStringLiteral("jobProgressBar"));
    mBar->setRange(0, 0); // busy until the first figures arrive
    mBar->setTextVisible(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    mCancelButton = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &JobProgressDialog::cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mLabel);
    layout->addWidget(mBar);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    // Wide enough that a typical file name fits on one line and the bar reads as a bar.
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);

    mShowTimer.setSingleShot(true);
    mShowTimer.setInterval(ShowDelay);
    connect(&mShowTimer, &QTimer::timeout, this, &QWidget::show);

    if (!job || job->isFinished()) {
        deleteLater();
        return;
    }
    connect(job, &StoryJob::progress, this, &JobProgressDialog::setProgress);
    connect(job, &StoryJob::finished, this, &JobProgressDialog::jobEnded);
    connect(job, &QObject::destroyed, this, &JobProgressDialog::jobEnded);
    mShowTimer.start();
}

QString JobProgressDialog::labelText() const
{
    return mLabel->text();
}

int JobProgressDialog::percent() const
{
    if (mBar->maximum() == 0)
        return -1;
    return int(qint64(mBar->value()) * 100 / mBar->maximum());
}

void JobProgressDialog::cancel()
{
    if (mJob)
        mJob->cancel();
    // The job stops at its next progress call and then rolls back; until then
    // the button says that the click was heard.
    mCancelButton->setEnabled(false);
    mCancelButton->setText(tr("Cancelling…"));
}

void JobProgressDialog::reject()
{
    // The dialog stays up until the job has ended, so the window never looks
    // idle while a rollback is still under way.
    cancel();
}

void JobProgressDialog::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        mBar->setRange(0, 0);
        return;
    }
    mBar->setRange(0, BarMaximum);
    mBar->setValue(int(std::clamp(done, qint64(0), total) * BarMaximum / total));
}

void JobProgressDialog::jobEnded()
{
    mShowTimer.stop();
    hide();
    deleteLater();
}

} // namespace ryuk
