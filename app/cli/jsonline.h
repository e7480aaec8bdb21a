// One line of compact JSON output, written with RapidJSON's Writer so keys
// come out in the order the commands write them.
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>
#include <string_view>

namespace ryuk::cli {

class JsonLine
{
public:
    using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

    Writer &writer() { return mWriter; }

    void key(std::string_view name) { mWriter.Key(name.data(), rapidjson::SizeType(name.size())); }
    void string(std::string_view text) { mWriter.String(text.data(), rapidjson::SizeType(text.size())); }
    void integer(qint64 number) { mWriter.Int64(number); }
    // An object that is already JSON text, such as toJson(node).
    void object(const std::string &json) { mWriter.RawValue(json.data(), json.size(), rapidjson::kObjectType); }

    // The finished document.
    std::string text() const { return {mBuffer.GetString(), mBuffer.GetSize()}; }
    // The finished document and a newline, ready to print.
    QByteArray line() const
    {
        QByteArray bytes(mBuffer.GetString(), qsizetype(mBuffer.GetSize()));
        bytes += '\n';
        return bytes;
    }

private:
    rapidjson::StringBuffer mBuffer;
    Writer mWriter{mBuffer};
};

} // namespace ryuk::cli
