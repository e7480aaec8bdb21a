// Graph ▸ Play: the story walked as a reader would, one scene at a time.
#pragma once

#include "document/storydocument.h"
#include "play/storywalk.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ryuk {

// Shows the current scene (title, chapter, summary, the characters in it) and
// one button per way on; digits 1–9 pick the buttons, Backspace goes back.
// Follows the document: an edit re-reads the scene on show.
class PlayDialog : public QDialog
{
    Q_OBJECT

public:
    // The document is not owned; the dialog closes itself if it goes away.
    explicit PlayDialog(StoryDocument *document, QWidget *parent = nullptr);
    ~PlayDialog() override;

    const StoryWalk &walk() const { return *mWalk; }
    // The buttons of the current scene's ways on, in order (for tests).
    const std::vector<QPushButton *> &optionButtons() const { return mOptionButtons; }

public slots:
    void choose(int index);
    void back();
    void restart();

private:
    void showScene();
    void storyChanged();

    QPointer<StoryDocument> mDocument;
    std::unique_ptr<StoryWalk> mWalk;
    QLabel *mTitle = nullptr;
    QLabel *mPlace = nullptr;
    QLabel *mSummary = nullptr;
    QLabel *mCharacters = nullptr;
    QLabel *mEnding = nullptr;
    QLabel *mMessage = nullptr;
    QVBoxLayout *mOptionsLayout = nullptr;
    std::vector<QPushButton *> mOptionButtons;
    QPushButton *mBack = nullptr;
    QPushButton *mRestart = nullptr;
};

} // namespace ryuk
