// The base of every undoable edit: a QUndoCommand that writes through the
// StoryDocument and survives a failed write (another program may hold the file).
#pragma once

#include "core/error.h"

#include <QUndoCommand>

namespace ryuk {

class StoryDocument;

// An edit is carried out once by execute(), before it is pushed, so a refused
// edit never reaches the undo stack; the stack's first redo() is then skipped.
// A later undo or redo that fails (the story changed elsewhere, the disk is
// full) is reported through the document and the command marks itself
// obsolete, so the stack drops it rather than pretend it happened.
class StoryCommand : public QUndoCommand
{
public:
    StoryCommand(StoryDocument *document, const QString &text);

    // Does the edit for the first time; on success the command may be pushed.
    Status execute();

    void redo() final;
    void undo() final;

protected:
    StoryDocument *document() const { return mDocument; }
    virtual Status apply() = 0;
    virtual Status revert() = 0;

private:
    void report(Status status);

    StoryDocument *mDocument;
    bool mDone = false; // execute() did the first redo
};

} // namespace ryuk
