// StoryCommand: the shared execute / redo / undo protocol of all edits.
#include "storycommand.h"

#include "document/storydocument.h"

namespace ryuk {

StoryCommand::StoryCommand(StoryDocument *document, const QString &text) : QUndoCommand(text), mDocument(document) {}

Status StoryCommand::execute()
{
    Status status = mDocument->checkWritable();
    if (status)
        status = apply();
    mDone = bool(status);
    return status;
}

void StoryCommand::redo()
{
    if (mDone) {
        mDone = false;
        return;
    }
    Status status = mDocument->checkWritable();
    if (status)
        status = apply();
    report(std::move(status));
}

void StoryCommand::undo()
{
    Status status = mDocument->checkWritable();
    if (status)
        status = revert();
    report(std::move(status));
}

void StoryCommand::report(Status status)
{
    if (status)
        return;
    setObsolete(true);
    (void)mDocument->fail(std::move(status));
}

} // namespace ryuk
