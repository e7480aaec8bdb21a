// `ryuk bench formats --hostile`: each reader of outside bytes on hostile
// inputs of 1 MB and 8 MB, to show that its time grows with the size and no
// faster.
#pragma once

#include <QStringList>

namespace ryuk::cli {

// `args` starts after "formats". Returns the exit code.
int benchFormats(const QStringList &args);

} // namespace ryuk::cli
