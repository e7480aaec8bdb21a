// The `KEY=VALUE` property syntax of `ryuk set`, kept here with no CLI around
// it so that it can be tested and fuzzed on its own.
#pragma once

#include "error.h"
#include "story.h"

#include <QString>

namespace ryuk {

// Reads one "KEY=VALUE" argument. The key runs to the first '='. A value that
// parses as JSON is JSON (`chapter=2` is a number, `tags=["a"]` an array);
// anything else is a plain string, unless it starts like a JSON string, object
// or array, in which case the JSON error is reported.
Result<PropertyChange> parsePropertyAssignment(const QString &argument);

} // namespace ryuk
