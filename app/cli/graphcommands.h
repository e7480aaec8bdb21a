// The graph commands: flow, validate, path, reach, coappear, layout.
#pragma once

#include "command.h"

#include <functional>
#include <vector>

namespace ryuk::cli {

// `validate` prints its report in full and sets Invocation::outcome when
// the story has problems (the dispatcher then exits with 3).
std::vector<Command> graphCommands();

} // namespace ryuk::cli
