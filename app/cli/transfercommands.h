// The commands that move whole stories in and out: import, export, generate.
#pragma once

#include "command.h"

#include <vector>

namespace ryuk::cli {

std::vector<Command> transferCommands();

} // namespace ryuk::cli
