// The profiler's commands: `profile` (a headless load test) and `plan` (a
// catalogued query's plan).
#pragma once

#include "command.h"

#include <vector>

namespace ryuk::cli {

std::vector<Command> profileCommands();

} // namespace ryuk::cli
