// `ryuk bench formats --hostile`: for each reader (JSON v1, Twee, Twine HTML,
// GraphML, the clipboard) the inputs that used to cost the square of their
// size, built at 1 MB and 8 MB. A reader that is linear takes about eight
// times as long on the larger one; a quadratic one, sixty-four.
#include "formatbench.h"

#include "formats/clipboardelements.h"
#include "formats/storyformat.h"
#include "store/sqlitestorystore.h"

#include <QBuffer>
#include <QCoreApplication>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

namespace ryuk::cli {

namespace {

using Clock = std::chrono::steady_clock;

constexpr qsizetype Megabyte = 1024 * 1024;

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "ryuk: %s\n", qUtf8Printable(message));
    return code;
}

// `head`, then `unit` until the whole is at least `size` bytes, then `tail`.
QByteArray repeated(const QByteArray &head, const QByteArray &unit, const QByteArray &tail, qsizetype size)
{
    QByteArray out = head;
    out.reserve(size + unit.size() + tail.size());
    while (out.size() + tail.size() < size)
        out += unit;
    out += tail;
    return out;
}

struct HostileCase
{
    const char *name;
    const char *file; // its extension picks the reader; empty for the clipboard
    const char *what; // what makes it hostile, for --help and the docs
    std::function<QByteArray(qsizetype)> build;
};

std::vector<HostileCase> hostileCases()
{
    const QByteArray storyJsonHead = R"({"format":"ryuk.story","version":1,"nodes":[{"id":"s1","type":"Scene",)"
                                     R"("properties":{"title":"Start","k":0)";
    const QByteArray htmlHead = R"(<tw-storydata name="x" startnode="1"><tw-passagedata pid="1" name="Start">)";
    const QByteArray htmlTail = R"(</tw-passagedata><tw-passagedata pid="2" name="a">End</tw-passagedata></tw-storydata>)";
    return {
            {"json-many-keys", "hostile.json", "one node whose properties have a key for every 12 bytes",
             [=](qsizetype size) {
                 QByteArray out = storyJsonHead;
                 out.reserve(size + 64);
                 for (int i = 0; out.size() < size - 32; ++i)
                     out += ",\"k" + QByteArray::number(i) + "\":0";
                 out += "}}],\"relationships\":[]}";
                 return out;
             }},
            {"twee-unclosed-links", "hostile.twee", "one passage of lines \"[[a\" with no \"]]\"",
             [](qsizetype size) { return repeated(":: Start\n", "[[a\n", "", size); }},
            {"twee-angle-header", "hostile.twee", "a passage header of '<' with no position block",
             [](qsizetype size) { return repeated(":: a", "<", "\nText\n", size); }},
            {"twee-links", "hostile.twee", "one passage of links \"[[a]]\", one for every 64 bytes",
             [](qsizetype size) {
                 return repeated(":: Start\n", "[[a]] and some words between the links to pad them out.....\n",
                                 "\n:: a\nEnd\n", size);
             }},
            {"html-entities", "hostile.html", "one passage of \"&amp \", entities with no ';'",
             [=](qsizetype size) { return repeated(htmlHead, "&amp ", htmlTail, size); }},
            {"html-unclosed-scripts", "hostile.html", "\"<script>\" with no end tag before the story",
             [=](qsizetype size) {
                 QByteArray story = htmlHead;
                 story += "Hi";
                 story += htmlTail;
                 return repeated("", "<script>", story, size);
             }},
            {"html-links", "hostile.html", "one passage of links \"[[a]]\", one for every 64 bytes",
             [=](qsizetype size) {
                 return repeated(htmlHead, "[[a]] and some words between the links to pad them out.....\n",
                                 htmlTail, size);
             }},
            {"graphml-many-data", "hostile.graphml", "one node with a <data> for each of thousands of keys",
             [](qsizetype size) {
                 // Half the bytes declare keys, half give the node a value for each.
                 QByteArray keys = "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
                 QByteArray data;
                 for (int i = 0; keys.size() + data.size() < size - 64; ++i) {
                     const QByteArray n = QByteArray::number(i);
                     keys += "<key id=\"k" + n + "\" for=\"node\" attr.name=\"p" + n + "\" attr.type=\"string\"/>\n";
                     data += "<data key=\"k" + n + "\">v</data>";
                 }
                 keys += "<graph edgedefault=\"directed\"><node id=\"s1\">";
                 keys += data;
                 keys += "</node></graph></graphml>\n";
                 return keys;
             }},
            {"clipboard-nodes", "", "the clipboard's bytes for tens of thousands of small nodes",
             [](qsizetype size) {
                 ClipboardElements elements;
                 // About 41 bytes each.
                 for (qsizetype i = 0; i * 40 < size; ++i)
                     elements.nodes.push_back({"n" + std::to_string(i), "Scene", double(i), 0, "{}"});
                 return encodeClipboardElements(elements);
             }},
    };
}

// The time of one read of `bytes`, and whether the reader took or refused it.
Result<std::pair<double, bool>> readOnce(const HostileCase &c, const QByteArray &bytes)
{
    if (!*c.file) {
        const auto start = Clock::now();
        const bool ok = decodeClipboardElements(bytes).ok();
        return std::make_pair(std::chrono::duration<double>(Clock::now() - start).count(), ok);
    }
    const StoryFormat *format = formatForFile(QLatin1String(c.file));
    if (!format)
        return Error{ErrorKind::Internal, QCoreApplication::translate("Benchmark", "no reader for %1").arg(QLatin1String(c.file)), {}, 0, 0};
    auto store = openStory(QString::fromLatin1(MemoryLocation), OpenMode::CreateNew);
    if (!store)
        return store.takeError();
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const auto start = Clock::now();
    const bool ok = format->read(**store, buffer, QLatin1String(c.file), {}).ok();
    return std::make_pair(std::chrono::duration<double>(Clock::now() - start).count(), ok);
}

// The median of three reads.
Result<std::pair<double, bool>> timeRead(const HostileCase &c, const QByteArray &bytes)
{
    std::vector<double> times;
    bool ok = false;
    for (int i = 0; i < 3; ++i) {
        auto once = readOnce(c, bytes);
        if (!once)
            return once.takeError();
        times.push_back(once->first);
        ok = once->second;
    }
    std::sort(times.begin(), times.end());
    return std::make_pair(times[1], ok);
}

void printUsage()
{
    std::printf("%s", qUtf8Printable(QCoreApplication::translate(
                              "Benchmark",
                              "Usage: ryuk bench formats --hostile [--json]\n\n"
                              "Builds hostile inputs of 1 MB and 8 MB for each reader (JSON v1, Twee, Twine\n"
                              "HTML, GraphML, the clipboard), reads each three times into an empty in-memory\n"
                              "story and reports the median times and their ratio: about 8 when the reader's\n"
                              "time grows with the size, about 64 when it grows with its square.\n")));
}

} // namespace

int benchFormats(const QStringList &args)
{
    bool hostile = false;
    bool json = false;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--hostile")) {
            hostile = true;
        } else if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--help")) {
            printUsage();
            return 0;
        } else {
            return fail(QCoreApplication::translate("Benchmark", "unknown option \"%1\" for \"bench formats\"").arg(arg),
                        2);
        }
    }
    if (!hostile)
        return fail(QCoreApplication::translate("Benchmark",
                                                "bench formats measures hostile inputs only: give --hostile"),
                    2);

    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.StartObject();
    w.Key("suite");
    w.String("formats-hostile");
    w.Key("cases");
    w.StartArray();
    for (const HostileCase &c : hostileCases()) {
        if (isatty(STDERR_FILENO))
            std::fprintf(stderr, "%s…\n", c.name);
        const QByteArray small = c.build(Megabyte);
        const QByteArray large = c.build(8 * Megabyte);
        auto smallTime = timeRead(c, small);
        if (!smallTime)
            return fail(smallTime.error().toString(), 1);
        auto largeTime = timeRead(c, large);
        if (!largeTime)
            return fail(largeTime.error().toString(), 1);
        const double ratio = smallTime->first > 0 ? largeTime->first / smallTime->first : 0;
        if (json) {
            w.StartObject();
            w.Key("name");
            w.String(c.name);
            w.Key("reader");
            w.String(*c.file ? qUtf8Printable(formatForFile(QLatin1String(c.file))->name()) : "clipboard");
            w.Key("input");
            w.String(c.what);
            w.Key("small_bytes");
            w.Int64(small.size());
            w.Key("large_bytes");
            w.Int64(large.size());
            w.Key("small_s");
            w.Double(smallTime->first);
            w.Key("large_s");
            w.Double(largeTime->first);
            w.Key("ratio");
            w.Double(ratio);
            w.Key("accepted");
            w.Bool(largeTime->second);
            w.EndObject();
        } else {
            std::printf("%-24s 1 MB %8.4f s   8 MB %8.4f s   ratio %5.1f   %s\n", c.name, smallTime->first,
                        largeTime->first, ratio,
                        qUtf8Printable(largeTime->second ? QCoreApplication::translate("Benchmark", "accepted")
                                                         : QCoreApplication::translate("Benchmark", "refused")));
        }
    }
    w.EndArray();
    w.EndObject();
    if (json)
        std::printf("%s\n", buffer.GetString());
    return 0;
}

} // namespace ryuk::cli
