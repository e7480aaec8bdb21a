// `ryuk bench dashboard`: what the profiler dashboard's own drawing costs
// with ten minutes of history, at ten updates a second.
#pragma once

#include <QStringList>

namespace ryuk::cli {

// `args` starts after "dashboard". Needs a QApplication (offscreen is fine).
// Returns the exit code.
int benchDashboard(const QStringList &args);

} // namespace ryuk::cli
