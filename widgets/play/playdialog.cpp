// Graph ▸ Play: the story walked as a reader would, one scene at a time.
#include "playdialog.h"

#include "document/storydocument.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QFrame>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace ryuk {

PlayDialog::PlayDialog(StoryDocument *document, QWidget *parent)
    : QDialog(parent), mDocument(document), mWalk(std::make_unique<StoryWalk>(document->graph(), document->store()))
{
    setObjectName(QStringLiteral("playDialog"));
    const auto title = document->store().title();
    setWindowTitle(title && !title->empty() ? tr("Play: %1").arg(QString::fromStdString(*title)) : tr("Play"));
    resize(560, 520);

    mTitle = new QLabel(this);
    mTitle->setObjectName(QStringLiteral("playTitle"));
    mTitle->setWordWrap(true);
    mTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = mTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    mTitle->setFont(titleFont);

    mPlace = new QLabel(this);
    mPlace->setObjectName(QStringLiteral("playPlace"));
    mPlace->setEnabled(false); // the quieter colour

    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("playSummary"));
    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::PlainText);
    mSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summaryScroll = new QScrollArea(this);
    summaryScroll->setWidget(mSummary);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);

    mCharacters = new QLabel(this);
    mCharacters->setObjectName(QStringLiteral("playCharacters"));
    mCharacters->setWordWrap(true);
    mCharacters->setTextFormat(Qt::PlainText);

    mEnding = new QLabel(this);
    mEnding->setObjectName(QStringLiteral("playEnding"));
    mEnding->setWordWrap(true);
    mEnding->setAlignment(Qt::AlignCenter);
    QFont endingFont = mEnding->font();
    endingFont.setItalic(true);
    mEnding->setFont(endingFont);

    mMessage = new QLabel(this);
    mMessage->setObjectName(QStringLiteral("playMessage"));
    mMessage->setWordWrap(true);
    mMessage->hide();

    auto *options = new QWidget(this);
    mOptionsLayout = new QVBoxLayout(options);
    mOptionsLayout->setContentsMargins(0, 0, 0, 0);

    auto *buttons = new QDialogButtonBox(this);
    mBack = buttons->addButton(tr("Back"), QDialogButtonBox::ActionRole);
    mBack->setObjectName(QStringLiteral("playBack"));
    mBack->setToolTip(tr("Back to the previous scene (Backspace)"));
    mRestart = buttons->addButton(tr("Restart"), QDialogButtonBox::ActionRole);
    mRestart->setObjectName(QStringLiteral("playRestart"));
    buttons->addButton(QDialogButtonBox::Close);
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    connect(mBack, &QPushButton::clicked, this, &PlayDialog::back);
    connect(mRestart, &QPushButton::clicked, this, &PlayDialog::restart);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTitle);
    layout->addWidget(mPlace);
    layout->addWidget(summaryScroll, 1);
    layout->addWidget(mCharacters);
    layout->addWidget(line);
    layout->addWidget(mEnding);
    layout->addWidget(options);
    layout->addWidget(mMessage);
    layout->addWidget(buttons);

    for (int digit = 1; digit <= 9; ++digit) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::Key_0 + digit), this);
        connect(shortcut, &QShortcut::activated, this, [this, digit] { choose(digit - 1); });
    }
    auto *backShortcut = new QShortcut(QKeySequence(Qt::Key_Backspace), this);
    connect(backShortcut, &QShortcut::activated, this, &PlayDialog::back);

    connect(document, &StoryDocument::changed, this, &PlayDialog::storyChanged);
    connect(document, &StoryDocument::reset, this, &PlayDialog::storyChanged);
    connect(document, &QObject::destroyed, this, &QDialog::reject);

    restart();
}

PlayDialog::~PlayDialog() = default;

void PlayDialog::choose(int index)
{
    if (!mDocument || index < 0 || std::size_t(index) >= mOptionButtons.size()
        || !mOptionButtons[std::size_t(index)]->isEnabled())
        return;
    const Status status = mWalk->choose(index);
    mMessage->setVisible(!status);
    mMessage->setText(status.error().message);
    showScene();
}

void PlayDialog::back()
{
    if (mDocument && mWalk->back())
        showScene();
}

void PlayDialog::restart()
{
    if (!mDocument)
        return;
    const Status status = mWalk->restart();
    mMessage->setVisible(!status);
    mMessage->setText(status.error().message);
    showScene();
}

void PlayDialog::storyChanged()
{
    if (!mDocument)
        return;
    const Status status = mWalk->refresh();
    mMessage->setVisible(!status);
    mMessage->setText(status.error().message);
    showScene();
}

void PlayDialog::showScene()
{
    // The clicked button may be the one being replaced, so it goes later.
    for (QPushButton *button : mOptionButtons) {
        button->hide();
        mOptionsLayout->removeWidget(button);
        button->deleteLater();
    }
    mOptionButtons.clear();

    const PlayScene &scene = mWalk->current();
    mBack->setEnabled(mWalk->canGoBack());
    mRestart->setEnabled(mWalk->hasScene());
    if (!mWalk->hasScene()) {
        mTitle->setText(tr("Nothing to play"));
        mPlace->clear();
        mSummary->clear();
        mCharacters->clear();
        mEnding->clear();
        return;
    }

    mTitle->setText(scene.title);
    if (scene.chapter && scene.sequence)
        mPlace->setText(tr("Chapter %1, scene %2").arg(*scene.chapter).arg(*scene.sequence));
    else if (scene.chapter)
        mPlace->setText(tr("Chapter %1").arg(*scene.chapter));
    else
        mPlace->setText(scene.id);
    mSummary->setText(scene.summary.isEmpty() ? tr("(This scene has no summary yet.)") : scene.summary);
    mCharacters->setText(scene.characters.isEmpty() ? tr("Nobody appears in this scene.")
                                                    : tr("In this scene: %1").arg(scene.characters.join(tr(", "))));

    if (scene.isEnd()) {
        mEnding->setText(scene.markedEnding
                                 ? tr("The end.")
                                 : tr("The story stops here: no way on, and the scene is not marked as an ending."));
        mEnding->show();
    } else {
        mEnding->hide();
    }

    int number = 0;
    for (const PlayOption &option : scene.options) {
        ++number;
        QString text = option.label;
        text.replace(u'&', QLatin1String("&&")); // a story's text is not a mnemonic
        auto *button = new QPushButton(number <= 9 ? tr("%1. %2").arg(number).arg(text) : text, this);
        button->setObjectName(QStringLiteral("playOption%1").arg(number));
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px;"));
        if (option.target == NoVertex) {
            button->setEnabled(false);
            button->setToolTip(tr("This choice leads nowhere yet."));
        }
        const int index = number - 1;
        connect(button, &QPushButton::clicked, this, [this, index] { choose(index); });
        button->setAutoDefault(false); // Enter takes the focused way on, not whichever was default
        mOptionsLayout->addWidget(button);
        button->show(); // added to a dialog already on screen
        mOptionButtons.push_back(button);
    }
    if (!mOptionButtons.empty() && mOptionButtons.front()->isEnabled())
        mOptionButtons.front()->setFocus();
}

} // namespace ryuk
