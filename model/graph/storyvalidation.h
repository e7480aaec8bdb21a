// Validation of a story's structure: what an author should look at before the
// story is generated (dead ends, unreachable scenes, loops, …).
#pragma once

#include "storygraph.h"

namespace ryuk {

struct ValidationReport
{
    std::vector<std::string> deadEnds;          // Scenes with no outgoing LEADS_TO and no `ending: true`
    std::vector<std::string> unreachable;       // Scenes not reachable over LEADS_TO from a start Scene
    std::vector<std::vector<std::string>> loops; // LEADS_TO strongly connected components of > 1 node, and self-loops
    std::vector<std::string> danglingChoices;   // Choices with no outgoing LEADS_TO
    std::vector<std::string> absentCharacters;  // Characters with no APPEARS_IN to a Scene
    std::vector<std::pair<std::string, std::string>> sequenceBackwards; // LEADS_TO Scene→Scene, same chapter, sequence goes down
    std::vector<std::string> starts;            // the start Scenes used (for the report)

    bool clean() const
    {
        return deadEnds.empty() && unreachable.empty() && loops.empty() && danglingChoices.empty()
               && absentCharacters.empty() && sequenceBackwards.empty();
    }
};

// Every list is sorted by id (UTF-8 byte order); each loop's ids are sorted and
// the loops are sorted by their first id. Start Scenes: those with `start:
// true`; if none is marked, the Scene with the lowest (chapter, sequence, id).
ValidationReport validateStory(const StoryGraph &graph);

} // namespace ryuk
