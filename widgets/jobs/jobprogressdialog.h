// The small window that shows how far a StoryJob has got and lets the user cancel it.
#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ryuk {

class StoryJob;

// Modeless, and shown only once the job has run for ShowDelay: a quick job
// should not flash a window at the user. The dialog follows one job and goes
// away (deleteLater) when the job finishes or is destroyed.
class JobProgressDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int ShowDelay = 400; // ms

    // `labelText` says what is being done, e.g. "Importing “a.json”…".
    JobProgressDialog(StoryJob *job, const QString &title, const QString &labelText, QWidget *parent = nullptr);

    QString labelText() const;
    // The bar's value in percent, or -1 while it shows a busy indicator.
    int percent() const;

public slots:
    // Asks the job to stop; the dialog stays until the job has rolled back.
    void cancel();
    // Escape and the title bar's close button mean Cancel, as in QProgressDialog.
    void reject() override;

private:
    void setProgress(qint64 done, qint64 total);
    void jobEnded();

    QPointer<StoryJob> mJob;
    QLabel *mLabel = nullptr;
    QProgressBar *mBar = nullptr;
    QPushButton *mCancelButton = nullptr;
    QTimer mShowTimer;
};

} // namespace ryuk
