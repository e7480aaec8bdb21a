// MoveNodes: positions before and after, merged per drag.
#include "movenodes.h"

#include "document/storydocument.h"

#include <unordered_map>

namespace ryuk {

namespace {
// QUndoCommand ids: every MoveNodes with a merge key shares one, and
// mergeWith() checks that the keys agree.
constexpr int MoveNodesCommandId = 0x4d4f5645; // "MOVE"
} // namespace

MoveNodes::MoveNodes(StoryDocument *document, std::vector<NodePosition> after, std::vector<NodePosition> before,
                     int mergeKey, const QString &text)
    : StoryCommand(document, text), mAfter(std::move(after)), mBefore(std::move(before)), mMergeKey(mergeKey)
{
}

int MoveNodes::id() const
{
    return mMergeKey == 0 ? -1 : MoveNodesCommandId;
}

bool MoveNodes::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveNodes *>(other);
    if (move->mMergeKey != mMergeKey)
        return false;
    // Later positions win; a node first moved by the later command keeps the
    // position it had before that command as its "before".
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < mAfter.size(); ++i)
        index.emplace(mAfter[i].id, i);
    for (std::size_t i = 0; i < move->mAfter.size(); ++i) {
        const NodePosition &p = move->mAfter[i];
        if (auto it = index.find(p.id); it != index.end()) {
            mAfter[it->second] = p;
        } else {
            mAfter.push_back(p);
            mBefore.push_back(move->mBefore[i]);
            index.emplace(p.id, mAfter.size() - 1);
        }
    }
    return true;
}

Status MoveNodes::apply()
{
    return document()->store().moveNodes(mAfter);
}

Status MoveNodes::revert()
{
    return document()->store().moveNodes(mBefore);
}

} // namespace ryuk
