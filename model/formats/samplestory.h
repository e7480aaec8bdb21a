// The bundled sample story (resources/sample), compiled into the model.
#pragma once

#include "core/error.h"
#include "store/storystore.h"

#include <QByteArray>

namespace ryuk {

// The sample story as JSON v1 text.
QByteArray sampleStoryJson();
// Imports the sample story into `store` (one transaction).
Status loadSampleStory(StoryStore &store);

} // namespace ryuk
