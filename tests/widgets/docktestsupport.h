// Test support for the dock and Play suites: a StoryDocument over a story
// file made for the test (the sample story, a fixture spec, or a generated one).
#pragma once

#include "document/storydocument.h"
#include "formats/samplestory.h"
#include "formats/storygenerator.h"
#include "formats/storyjson.h"
#include "storyfixture.h"
#include "testsupport.h"

#include <QImage>
#include <QTemporaryDir>
#include <QWidget>
#include <QtTest>

#include <memory>

namespace ryuk::test {

struct DocumentFixture
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<StoryDocument> document;

    VertexIndex vertex(std::string_view id) const { return document->graph().findVertex(id); }
    EdgeIndex edge(std::string_view id) const { return document->graph().findEdge(id); }
};

inline QString openDocument(DocumentFixture &f)
{
    auto loaded = StoryDocument::load(f.path);
    if (!loaded)
        return loaded.error().message;
    f.document = std::make_unique<StoryDocument>(std::move(loaded->store), std::move(loaded->graph));
    return {};
}

// The Lantern Courier, as `ryuk init --sample` makes it.
inline QString openSample(DocumentFixture &f)
{
    f.path = f.dir.filePath(QStringLiteral("sample.ryuk"));
    {
        auto store = openStory(f.path, OpenMode::CreateNew);
        if (!store)
            return store.error().message;
        if (auto s = loadSampleStory(**store); !s)
            return s.error().message;
    }
    return openDocument(f);
}

// A story from storyfixture.h's compact spec.
inline QString openSpec(DocumentFixture &f, const QString &nodes, const QString &relationships)
{
    Fixture spec;
    if (QString error = setUp(spec, nodes, relationships); !error.isEmpty())
        return error;
    f.path = f.dir.filePath(QStringLiteral("spec.ryuk"));
    spec.graph.reset();
    spec.store.reset();
    if (!QFile::copy(spec.dir.filePath(QStringLiteral("story.ryuk")), f.path))
        return QStringLiteral("cannot copy the fixture story");
    return openDocument(f);
}

// A generated story of `scenes` scenes (with its characters, choices and events).
inline QString openGenerated(DocumentFixture &f, qint64 scenes)
{
    const QString json = f.dir.filePath(QStringLiteral("generated.json"));
    if (auto s = generateStoryFile(GeneratorOptions{scenes, 7}, json); !s)
        return s.error().message;
    f.path = f.dir.filePath(QStringLiteral("generated.ryuk"));
    {
        auto store = openStory(f.path, OpenMode::CreateNew);
        if (!store)
            return store.error().message;
        if (auto s = importJsonFile(**store, json); !s)
            return s.error().message;
    }
    return openDocument(f);
}

// Renders `widget` as it is on screen; with RYUK_SCREENSHOT_DIR set, saves it
// there as `name`.png, so the look can be checked by eye.
inline QImage screenshot(QWidget *widget, const QString &name)
{
    QTest::qWait(20); // let pending layouts settle, as they would before a paint on screen
    const QImage image = widget->grab().toImage();
    const QString dir = qEnvironmentVariable("RYUK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    return image;
}

} // namespace ryuk::test

#define RYUK_OPEN(expr) \
  do { \
    const QString error_ = (expr); \
    QVERIFY2(error_.isEmpty(), qPrintable(error_)); \
  } while (false)
