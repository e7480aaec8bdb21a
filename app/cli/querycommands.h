// The read-only commands: get, nodes, relationships, next, character, stats.
#pragma once

#include "command.h"

#include <vector>

namespace ryuk::cli {

std::vector<Command> queryCommands();

} // namespace ryuk::cli
