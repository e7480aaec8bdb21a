// `ryuk bench …`: benchmark programs that print one JSON object each.
#pragma once

#include <QStringList>

namespace ryuk::cli {

// Runs `ryuk bench SUITE [options]`; `args` starts after "bench". Returns the exit code.
int runBenchmark(const QStringList &args);

} // namespace ryuk::cli
