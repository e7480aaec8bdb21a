// The bundled sample story, read from the resources compiled into the model.
#include "samplestory.h"

#include "storyjson.h"

#include <QBuffer>
#include <QFile>

namespace ryuk {

static const char SampleResource[] = ":/ryuk/the-lantern-courier.json";

QByteArray sampleStoryJson()
{
    QFile file(QString::fromLatin1(SampleResource));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Status loadSampleStory(StoryStore &store)
{
    QByteArray json = sampleStoryJson();
    QBuffer buffer(&json);
    buffer.open(QIODevice::ReadOnly);
    auto imported = importJson(store, buffer, QStringLiteral("sample story"));
    if (!imported)
        return imported.takeError();
    return {};
}

} // namespace ryuk
