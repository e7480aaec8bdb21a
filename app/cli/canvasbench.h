// `ryuk bench canvas`: opens a generated story in the story canvas offscreen
// and measures opening, frames at fit, while zooming and panning, and while
// dragging a node.
#pragma once

#include <QtGlobal>

namespace ryuk::cli {

// Needs a QApplication (main() makes one for `bench canvas`). Prints a table, or one JSON object with --json. Returns
// the exit code.
int benchCanvas(qint64 scenes, quint64 seed, bool json);

} // namespace ryuk::cli
