// Walking a story as a reader would: the scene in front of the reader, the
// ways on from it, and the way back. The logic behind the Play dialog, kept
// apart from it so it can be tested and reused without widgets.
#pragma once

#include "core/error.h"
#include "graph/storygraph.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ryuk {

class StoryStore;

// One way on from a scene: a direct LEADS_TO to another Scene, or a Choice
// (Scene → Choice → Scene) named by the Choice's text.
struct PlayOption
{
    QString label;
    VertexIndex target = NoVertex; // the Scene it leads to; NoVertex for a Choice that leads nowhere
    VertexIndex choice = NoVertex; // the Choice passed through, if any
    EdgeIndex edge = NoEdge;       // the first relationship taken
};

// What the reader sees at one scene.
struct PlayScene
{
    VertexIndex scene = NoVertex;
    QString id;
    QString title;
    QString summary;
    std::optional<qint64> chapter;
    std::optional<qint64> sequence;
    QStringList characters; // names of the Characters that APPEARS_IN it, sorted
    std::vector<PlayOption> options;
    bool markedEnding = false; // `ending: true`

    // No way on: the story stops here.
    bool isEnd() const
    {
        for (const PlayOption &option : options)
            if (option.target != NoVertex)
                return false;
        return true;
    }
};

class StoryWalk
{
    Q_DECLARE_TR_FUNCTIONS(StoryWalk)

public:
    // Neither is owned; both must outlive the walk.
    StoryWalk(const StoryGraph &graph, StoryStore &store);

    // The start Scene: the lowest (chapter, sequence, id) among those marked
    // `start: true`, else among all Scenes; NoVertex when there is none.
    static VertexIndex startScene(const StoryGraph &graph);
    // Reads what the reader sees at `scene` (which must be a live Scene).
    static Result<PlayScene> sceneAt(const StoryGraph &graph, StoryStore &store, VertexIndex scene);

    // Goes to the start and forgets the way there. Fails when the story has no Scene.
    Status restart();
    // Takes option `index` (0-based) of the current scene.
    Status choose(int index);
    // Returns to the previous scene; false when there is none.
    bool back();
    bool canGoBack() const { return !mHistory.empty(); }
    bool hasScene() const { return mCurrent.scene != NoVertex; }
    const PlayScene &current() const { return mCurrent; }
    // The scenes visited before the current one, oldest first.
    const std::vector<VertexIndex> &history() const { return mHistory; }

    // Re-reads the current scene after the story changed. Scenes that no
    // longer exist are dropped from the history; if the current one is gone,
    // the walk goes back to the last one that still exists, else restarts.
    Status refresh();

private:
    Status show(VertexIndex scene);

    const StoryGraph &mGraph;
    StoryStore &mStore;
    PlayScene mCurrent;
    std::vector<VertexIndex> mHistory;
};

} // namespace ryuk
