// The load test panel: the form, the worker thread and the live chart.
#include "loadtestpanel.h"

#include "store/storystore.h"
#include "timechart.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace ryuk {

namespace {

QString defaultMixText()
{
    QStringList parts;
    for (const auto &[kind, weight] : LoadOptions::defaultMix())
        parts << QString::fromStdString(kind) + u'=' + QString::number(weight);
    return parts.join(u',');
}

} // namespace

LoadTestPanel::LoadTestPanel(QWidget *parent) : QWidget(parent)
{
    mWorkers = new QSpinBox(this);
    mWorkers->setRange(1, LoadOptions::MaxWorkers);
    mWorkers->setValue(2);
    mWorkers->setObjectName(QStringLiteral("workers"));
    mSeconds = new QDoubleSpinBox(this);
    mSeconds->setRange(0.1, 3600);
    mSeconds->setDecimals(1);
    mSeconds->setValue(10);
    mSeconds->setSuffix(tr(" s"));
    mSeconds->setObjectName(QStringLiteral("seconds"));
    mMix = new QLineEdit(defaultMixText(), this);
    mMix->setToolTip(tr("Query kinds and weights: %1")
                             .arg(QString::fromStdString([] {
                                 std::string all;
                                 for (const std::string &kind : LoadOptions::kinds())
                                     all += (all.empty() ? "" : ", ") + kind;
                                 return all;
                             }())));
    mMix->setObjectName(QStringLiteral("mix"));
    mStages = new QLineEdit(this);
    mStages->setPlaceholderText(tr("optional, e.g. 5:2, 10:8, 5:2 (seconds:workers)"));
    mStages->setObjectName(QStringLiteral("stages"));
    mP95Ms = new QDoubleSpinBox(this);
    mP95Ms->setRange(0.001, 3600000);
    mP95Ms->setDecimals(3);
    mP95Ms->setValue(double(LoadThresholds().p95Ns) / 1e6);
    mP95Ms->setSuffix(tr(" ms"));
    mFailurePercent = new QDoubleSpinBox(this);
    mFailurePercent->setRange(0, 100);
    mFailurePercent->setDecimals(2);
    mFailurePercent->setValue(LoadThresholds().failureRate * 100);
    mFailurePercent->setSuffix(tr(" %"));

    auto *form = new QFormLayout;
    form->addRow(tr("Workers:"), mWorkers);
    form->addRow(tr("Duration:"), mSeconds);
    form->addRow(tr("Mix:"), mMix);
    form->addRow(tr("Ramp stages:"), mStages);
    form->addRow(tr("Pass when p95 below:"), mP95Ms);
    form->addRow(tr("and failures below:"), mFailurePercent);

    mStart = new QPushButton(tr("Start"), this);
    mStart->setObjectName(QStringLiteral("start"));
    mStop = new QPushButton(tr("Stop"), this);
    mStop->setObjectName(QStringLiteral("stop"));
    connect(mStart, &QPushButton::clicked, this, &LoadTestPanel::start);
    connect(mStop, &QPushButton::clicked, this, &LoadTestPanel::stop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mStart);
    buttons->addWidget(mStop);
    buttons->addStretch();

    mLive = new QLabel(this);
    mLive->setObjectName(QStringLiteral("live"));
    mVerdict = new QLabel(this);
    mVerdict->setObjectName(QStringLiteral("verdict"));
    mVerdict->setWordWrap(true);
    mVerdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    mChart = new TimeChart(tr("Load test"), tr("queries/s"), TimeChart::Scale::Linear, this);
    mChart->setObjectName(QStringLiteral("loadTestChart"));
    mChart->setSpan(0); // the whole test
    mChart->setRelativeTime(false);
    mThroughputLine = mChart->series(tr("throughput (queries/s)"));
    mP95Line = mChart->series(tr("p95 (ms)"), TimeChart::Side::Right);
    mFailureLine = mChart->series(tr("failures (%)"), TimeChart::Side::Right);
    mChart->setRightTitle(tr("ms / %"));

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addLayout(buttons);
    left->addWidget(mLive);
    left->addWidget(mVerdict);
    left->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addWidget(mChart, 1);
    updateButtons();
}

LoadTestPanel::~LoadTestPanel()
{
    if (mThread) {
        // The workers post to this object; they must be gone before it is.
        mCancel->store(true);
        mThread->wait();
        delete mThread;
    }
}

void LoadTestPanel::setStore(StoryStore *store)
{
    if (store != mStore)
        stop();
    mStore = store;
    updateButtons();
}

void LoadTestPanel::updateButtons()
{
    mStart->setEnabled(mStore && !mThread);
    mStop->setEnabled(mThread != nullptr);
}

Result<LoadOptions> LoadTestPanel::options() const
{
    LoadOptions options;
    options.workers = mWorkers->value();
    options.seconds = mSeconds->value();
    for (const QString &part : mMix->text().split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        bool ok = false;
        const int weight = equals > 0 ? part.mid(equals + 1).trimmed().toInt(&ok) : 0;
        if (!ok || weight < 0)
            return Error::badInput(tr("the mix takes kind=weight pairs separated by commas: \"%1\"").arg(part.trimmed()));
        const std::string kind = part.left(equals).trimmed().toStdString();
        const auto known = LoadOptions::kinds();
        if (std::find(known.begin(), known.end(), kind) == known.end())
            return Error::badInput(tr("unknown query kind \"%1\" in the mix").arg(QString::fromStdString(kind)));
        options.mix.emplace_back(kind, weight);
    }
    for (const QString &part : mStages->text().split(u',', Qt::SkipEmptyParts)) {
        const QStringList fields = part.split(u':');
        bool secondsOk = false;
        bool workersOk = false;
        const double seconds = fields.value(0).trimmed().toDouble(&secondsOk);
        const int workers = fields.value(1).trimmed().toInt(&workersOk);
        if (fields.size() != 2 || !secondsOk || !workersOk)
            return Error::badInput(tr("a ramp stage is seconds:workers, e.g. 5:2: \"%1\"").arg(part.trimmed()));
        options.stages.push_back({seconds, workers});
    }
    options.thresholds.p95Ns = quint64(mP95Ms->value() * 1e6);
    options.thresholds.failureRate = mFailurePercent->value() / 100.0;
    return options;
}

QString LoadTestPanel::verdictText() const
{
    return mVerdict->text();
}

void LoadTestPanel::start()
{
    if (mThread || !mStore)
        return;
    auto options = this->options();
    auto failWith = [this](const Error &error) {
        mVerdict->setStyleSheet(QStringLiteral("color: #b00020;"));
        mVerdict->setText(tr("Could not start: %1").arg(error.message));
        emit finished();
    };
    if (!options)
        return failWith(options.error());
    // The test's own connection, opened here; the workers open theirs from it.
    auto reader = mStore->openReader();
    if (!reader)
        return failWith(reader.error());
    std::shared_ptr<StoryStore> store = std::move(*reader);

    mResult.reset();
    mChart->clearSamples();
    mChart->setFollowing(true);
    mVerdict->setStyleSheet({});
    mVerdict->setText(tr("Running…"));
    mLive->clear();
    mCancel = std::make_shared<std::atomic<bool>>(false);
    options->cancel = mCancel.get();
    // Progress comes from the test's monitor thread; queued, it is handled here.
    options->progress = [this](const LoadProgress &progress) {
        QMetaObject::invokeMethod(this, [this, progress] { progressed(progress); }, Qt::QueuedConnection);
    };
    mThread = QThread::create([this, store, cancel = mCancel, options = std::move(*options)] {
        auto result = std::make_shared<Result<LoadResult>>(runLoadTest(*store, options));
        QMetaObject::invokeMethod(this, [this, result] { done(result); }, Qt::QueuedConnection);
    });
    mThread->setObjectName(QStringLiteral("LoadTest"));
    mThread->start();
    updateButtons();
    emit started();
}

void LoadTestPanel::stop()
{
    if (mThread && mCancel)
        mCancel->store(true);
}

void LoadTestPanel::progressed(const LoadProgress &progress)
{
    if (!mThread)
        return;
    const double t = progress.elapsedSeconds;
    mChart->append(mThroughputLine, t, progress.throughput);
    mChart->append(mP95Line, t, double(progress.p95Ns) / 1e6);
    mChart->append(mFailureLine, t, progress.failureRate * 100);
    mChart->setNow(t);
    mChart->refresh();
    mLive->setText(tr("%1 s, %2 workers: %3 queries/s, p95 %4 ms, failures %5 %")
                           .arg(t, 0, 'f', 1)
                           .arg(progress.workers)
                           .arg(qint64(progress.throughput))
                           .arg(double(progress.p95Ns) / 1e6, 0, 'f', 3)
                           .arg(progress.failureRate * 100, 0, 'f', 2));
}

void LoadTestPanel::done(std::shared_ptr<Result<LoadResult>> result)
{
    if (mThread) {
        mThread->wait();
        delete mThread;
        mThread = nullptr;
    }
    mCancel.reset();
    updateButtons();
    if (!*result) {
        mVerdict->setStyleSheet(QStringLiteral("color: #b00020;"));
        mVerdict->setText(tr("Could not run: %1").arg(result->error().message));
        emit finished();
        return;
    }
    mResult = std::make_unique<LoadResult>(std::move(**result));
    const LoadResult &r = *mResult;
    const double failurePercent = r.queries ? 100.0 * double(r.failures) / double(r.queries) : 0.0;
    const QString verdict = r.passed ? tr("PASS") : tr("FAIL");
    QString text = tr("%1: %2 queries in %3 s, %4 queries/s, %5 failures (%6 %), p95 %7 ms")
                           .arg(verdict)
                           .arg(r.queries)
                           .arg(r.seconds, 0, 'f', 2)
                           .arg(qint64(r.throughput))
                           .arg(r.failures)
                           .arg(failurePercent, 0, 'f', 2)
                           .arg(double(r.all.percentile(95)) / 1e6, 0, 'f', 3);
    if (r.cancelled)
        text += u' ' + tr("(stopped early)");
    if (!r.firstFailure.empty())
        text += u'\n' + tr("First failure: %1").arg(QString::fromStdString(r.firstFailure));
    mVerdict->setStyleSheet(r.passed ? QStringLiteral("color: #1b7f2a; font-weight: bold;")
                                     : QStringLiteral("color: #b00020; font-weight: bold;"));
    mVerdict->setText(text);
    emit finished();
}

} // namespace ryuk
