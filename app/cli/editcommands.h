// The commands that change a story: init, set, delete.
#pragma once

#include "command.h"

#include <vector>

namespace ryuk::cli {

std::vector<Command> editCommands();

} // namespace ryuk::cli
