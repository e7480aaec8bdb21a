// JSON v1: a streaming importer (SAX, so a story larger than memory imports in
// bounded space) and a canonical exporter.
#include "storyjson.h"

#include "storyformat.h"

#include "core/jsonvalue_p.h"
#include "exportsteps.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>
#include <cstring>
#include <limits>
#include <set>

namespace ryuk {

namespace {

using json::qstr;

// A RapidJSON input stream over a QIODevice that reads in large chunks and
// keeps the line and column of the read position for error messages.
class DeviceStream
{
public:
    using Ch = char;

    explicit DeviceStream(QIODevice &device) : mDevice(device), mBuffer(1 << 20, '\0') { fill(); }

    Ch Peek() const { return mPos < mEnd ? mBuffer[mPos] : '\0'; }
    Ch Take()
    {
        if (mPos >= mEnd)
            return '\0';
        const Ch c = mBuffer[mPos++];
        if (c == '\n') {
            ++mLine;
            mLineStart = mConsumed + mPos;
        }
        if (mPos == mEnd)
            fill();
        return c;
    }
    std::size_t Tell() const { return std::size_t(mConsumed + mPos); }

    // Not used for reading; required by the concept.
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    std::size_t PutEnd(Ch *) { return 0; }

    int line() const { return mLine; }
    int column() const { return int(mConsumed + mPos - mLineStart) + 1; }
    // The column of an earlier offset on the current line (parse errors are
    // reported at the offset where the bad token began).
    int columnAt(std::size_t offset) const
    {
        const qint64 o = qint64(offset);
        return o >= mLineStart && o <= mConsumed + mPos ? int(o - mLineStart) + 1 : column();
    }
    qint64 bytesRead() const { return mConsumed + mPos; }
    bool readFailed() const { return mReadFailed; }

private:
    void fill()
    {
        mConsumed += mEnd;
        mPos = 0;
        const qint64 n = mDevice.read(mBuffer.data(), qint64(mBuffer.size()));
        if (n < 0)
            mReadFailed = true;
        mEnd = std::max<qint64>(n, 0);
    }

    QIODevice &mDevice;
    std::string mBuffer;
    qint64 mPos = 0;
    qint64 mEnd = 0;
    qint64 mConsumed = 0;
    qint64 mLineStart = 0;
    int mLine = 1;
    bool mReadFailed = false;
};

// Builds a RapidJSON value from SAX events (for a properties object).
class ValueBuilder
{
public:
    explicit ValueBuilder(json::Document::AllocatorType &allocator) : mAllocator(allocator) {}

    void clear()
    {
        mStack.clear();
        mResult.SetNull();
    }
    int depth() const { return int(mStack.size()); }
    json::Value &result() { return mResult; }

    void add(json::Value &&v)
    {
        if (mStack.empty()) {
            mResult = std::move(v);
            return;
        }
        Frame &top = mStack.back();
        if (top.container.IsArray())
            top.container.PushBack(v, mAllocator);
        else
            top.container.AddMember(top.key, v, mAllocator);
    }
    void startObject() { mStack.push_back(Frame{json::Value(rapidjson::kObjectType), json::Value()}); }
    void startArray() { mStack.push_back(Frame{json::Value(rapidjson::kArrayType), json::Value()}); }
    void key(const char *s, rapidjson::SizeType n) { mStack.back().key.SetString(s, n, mAllocator); }
    void end()
    {
        json::Value v(std::move(mStack.back().container));
        mStack.pop_back();
        add(std::move(v));
    }
    void string(const char *s, rapidjson::SizeType n) { add(json::Value(s, n, mAllocator)); }

private:
    struct Frame
    {
        json::Value container;
        json::Value key;
    };
    json::Document::AllocatorType &mAllocator;
    std::vector<Frame> mStack;
    json::Value mResult;
};

// The SAX handler: a small state machine over the JSON v1 layout that hands
// each node and relationship to the batch as soon as it is complete.
class ImportHandler
{
public:
    ImportHandler(StoryBatch &batch, DeviceStream &stream, const QString &file, const ProgressCallback &progress,
                  qint64 totalBytes)
        : mBatch(batch)
        , mStream(stream)
        , mFile(file)
        , mProgress(progress)
        , mTotalBytes(totalBytes)
        , mBuilder(mAllocator)
    {}

    std::optional<Error> error;
    ImportSummary summary;
    std::optional<std::string> format;
    std::optional<qint64> version;
    bool versionIsInteger = true;
    std::optional<std::string> title;

    // Called after the parse: relationships that named nodes defined later in the file.
    bool finish()
    {
        for (Pending &p : mPending) {
            if (auto s = mBatch.addCheckedRelationship(p.relationship, p.fields); !s)
                return fail(s.takeError(), p.line, p.column);
            ++summary.relationships;
        }
        mPending.clear();
        return true;
    }

    bool fail(Error e, int line, int column)
    {
        if (!error) {
            e.file = mFile;
            e.line = line;
            e.column = column;
            if (e.kind == ErrorKind::Internal && e.message.isEmpty())
                e.message = QCoreApplication::translate("StoryJson", "import failed");
            error = std::move(e);
        }
        return false;
    }
    bool fail(const QString &message) { return fail(Error::badInput(message), mStream.line(), mStream.column()); }
    bool failHere(const QString &message) { return fail(Error::badInput(message), mKeyLine, mKeyColumn); }

    // SAX interface.
    bool Null() { return scalar(json::Value()); }
    bool Bool(bool b) { return scalar(json::Value(b)); }
    bool Int(int i) { return scalar(json::Value(i)); }
    bool Uint(unsigned u) { return scalar(json::Value(u)); }
    bool Int64(int64_t i) { return scalar(json::Value(i)); }
    bool Uint64(uint64_t u) { return scalar(json::Value(u)); }
    bool Double(double d) { return scalar(json::Value(d)); }
    bool RawNumber(const char *, rapidjson::SizeType, bool) { return false; }
    bool String(const char *s, rapidjson::SizeType n, bool)
    {
        if (mInProperties) {
            mBuilder.string(s, n);
            return true;
        }
        return scalarString(std::string_view(s, n));
    }
    bool StartObject()
    {
        if (mInProperties) {
            if (mBuilder.depth() >= MaxJsonDepth)
                return fail(QCoreApplication::translate("StoryJson", "%1: properties nest deeper than %2 levels").arg(owner()).arg(MaxJsonDepth));
            mBuilder.startObject();
            return true;
        }
        switch (mLevel) {
        case Level::Start:
            mLevel = Level::Root;
            return true;
        case Level::Root:
            return failHere(QCoreApplication::translate("StoryJson", "\"%1\" must be %2, not an object").arg(qstr(mKey), expectedAtRoot()));
        case Level::List:
            startElement();
            return true;
        case Level::Element:
            if (mKey == "properties") {
                mInProperties = true;
                mBuilder.clear();
                mBuilder.startObject();
                return true;
            }
            return failHere(QCoreApplication::translate("StoryJson", "%1: \"%2\" must be %3, not an object").arg(owner(), qstr(mKey), expectedInElement()));
        case Level::Done:
            return fail(QCoreApplication::translate("StoryJson", "a story file must be one JSON object"));
        }
        return false;
    }
    bool Key(const char *s, rapidjson::SizeType n, bool)
    {
        if (mInProperties) {
            mBuilder.key(s, n);
            return true;
        }
        mKey.assign(s, n);
        mKeyLine = mStream.line();
        mKeyColumn = mStream.column() - int(n) - 2; // back to the key's opening quote
        if (mKeyColumn < 1)
            mKeyColumn = 1;
        if (mLevel == Level::Root) {
            if (mKey != "format" && mKey != "version" && mKey != "title" && mKey != "nodes" && mKey != "relationships")
                return failHere(QCoreApplication::translate("StoryJson", "unknown key \"%1\" at the top level").arg(qstr(mKey)));
            if (!mSeenRootKeys.insert(mKey).second)
                return failHere(QCoreApplication::translate("StoryJson", "duplicate key \"%1\" at the top level").arg(qstr(mKey)));
        } else if (mLevel == Level::Element) {
            const unsigned bit = elementKeyBit(mKey);
            if (!bit)
                return failHere(QCoreApplication::translate("StoryJson", "%1: unknown key \"%2\"").arg(owner(), qstr(mKey)));
            if (mSeenElementKeys & bit)
                return failHere(QCoreApplication::translate("StoryJson", "%1: duplicate key \"%2\"").arg(owner(), qstr(mKey)));
            mSeenElementKeys |= bit;
        }
        return true;
    }
    bool EndObject(rapidjson::SizeType)
    {
        if (mInProperties) {
            mBuilder.end();
            if (mBuilder.depth() == 0) {
                // Checked at the end of the element, once its id and type are known.
                mInProperties = false;
                mHasProperties = true;
            }
            return true;
        }
        if (mLevel == Level::Element) {
            mLevel = Level::List;
            return endElement();
        }
        if (mLevel == Level::Root)
            mLevel = Level::Done;
        return true;
    }
    bool StartArray()
    {
        if (mInProperties) {
            if (mBuilder.depth() >= MaxJsonDepth)
                return fail(QCoreApplication::translate("StoryJson", "%1: properties nest deeper than %2 levels").arg(owner()).arg(MaxJsonDepth));
            mBuilder.startArray();
            return true;
        }
        if (mLevel == Level::Root && (mKey == "nodes" || mKey == "relationships")) {
            mLevel = Level::List;
            mInNodes = mKey == "nodes";
            mIndex = 0;
            return true;
        }
        if (mLevel == Level::Start)
            return fail(QCoreApplication::translate("StoryJson", "a story file must be a JSON object, not an array"));
        if (mLevel == Level::Root)
            return failHere(QCoreApplication::translate("StoryJson", "\"%1\" must be %2, not an array").arg(qstr(mKey), expectedAtRoot()));
        if (mLevel == Level::List)
            return fail(QCoreApplication::translate("StoryJson", "each entry of \"%1\" must be an object, not an array").arg(listName()));
        return failHere(QCoreApplication::translate("StoryJson", "%1: \"%2\" must be %3, not an array").arg(owner(), qstr(mKey), expectedInElement()));
    }
    bool EndArray(rapidjson::SizeType)
    {
        if (mInProperties) {
            mBuilder.end();
            return true;
        }
        mLevel = Level::Root;
        return true;
    }

private:
    enum class Level { Start, Root, List, Element, Done };

    struct Pending
    {
        Relationship relationship;
        KnownFields fields;
        int line;
        int column;
    };

    static constexpr unsigned KeyId = 1, KeyType = 2, KeyProperties = 4, KeyX = 8, KeyY = 16, KeyFrom = 32, KeyTo = 64;

    unsigned elementKeyBit(const std::string &key) const
    {
        if (key == "id")
            return KeyId;
        if (key == "type")
            return KeyType;
        if (key == "properties")
            return KeyProperties;
        if (mInNodes)
            return key == "x" ? KeyX : key == "y" ? KeyY : 0;
        return key == "from" ? KeyFrom : key == "to" ? KeyTo : 0;
    }

    QString listName() const { return mInNodes ? QStringLiteral("nodes") : QStringLiteral("relationships"); }

    // How messages name the element being read: by id once it is known.
    QString owner() const
    {
        const QString kind = mInNodes ? QCoreApplication::translate("StoryJson", "node") : QCoreApplication::translate("StoryJson", "relationship");
        if (mId)
            return kind + QStringLiteral(" \"") + qstr(*mId) + QLatin1Char('"');
        return QCoreApplication::translate("StoryJson", "%1 #%2").arg(kind).arg(mIndex);
    }

    QString expectedAtRoot() const
    {
        if (mKey == "version")
            return QCoreApplication::translate("StoryJson", "the integer 1");
        if (mKey == "nodes" || mKey == "relationships")
            return QCoreApplication::translate("StoryJson", "an array");
        return QCoreApplication::translate("StoryJson", "a string");
    }

    QString expectedInElement() const
    {
        if (mKey == "x" || mKey == "y")
            return QCoreApplication::translate("StoryJson", "a number");
        if (mKey == "properties")
            return QCoreApplication::translate("StoryJson", "an object");
        return QCoreApplication::translate("StoryJson", "a string");
    }

    bool scalar(json::Value &&v)
    {
        if (mInProperties) {
            mBuilder.add(std::move(v));
            return true;
        }
        switch (mLevel) {
        case Level::Start:
        case Level::Done:
            return fail(QCoreApplication::translate("StoryJson", "a story file must be a JSON object"));
        case Level::Root:
            if (mKey == "version") {
                if (v.IsInt64()) {
                    version = v.GetInt64();
                } else if (v.IsNumber()) {
                    versionIsInteger = false;
                    version = -1;
                } else {
                    return failHere(QCoreApplication::translate("StoryJson", "\"version\" must be the integer 1, not %1").arg(json::typeName(v)));
                }
                if (*version != StoryFormatVersion)
                    return failHere(QCoreApplication::translate("StoryJson", "unsupported version %1 (this version of Ryuk Studio reads version %2)")
                                        .arg(versionIsInteger ? QString::number(*version) : QCoreApplication::translate("StoryJson", "(not an integer)"))
                                        .arg(StoryFormatVersion));
                return true;
            }
            return failHere(QCoreApplication::translate("StoryJson", "\"%1\" must be %2, not %3").arg(qstr(mKey), expectedAtRoot(), json::typeName(v)));
        case Level::List:
            return fail(QCoreApplication::translate("StoryJson", "each entry of \"%1\" must be an object, not %2").arg(listName(), json::typeName(v)));
        case Level::Element:
            if (mInNodes && (mKey == "x" || mKey == "y")) {
                if (!v.IsNumber())
                    return failHere(QCoreApplication::translate("StoryJson", "%1: \"%2\" must be a number, not %3").arg(owner(), qstr(mKey), json::typeName(v)));
                (mKey == "x" ? mNode.x : mNode.y) = v.GetDouble();
                return true;
            }
            return failHere(QCoreApplication::translate("StoryJson", "%1: \"%2\" must be %3, not %4").arg(owner(), qstr(mKey), expectedInElement(), json::typeName(v)));
        }
        return false;
    }

    bool scalarString(std::string_view s)
    {
        switch (mLevel) {
        case Level::Start:
        case Level::Done:
            return fail(QCoreApplication::translate("StoryJson", "a story file must be a JSON object"));
        case Level::Root:
            if (mKey == "format") {
                if (s != StoryFormatName)
                    return failHere(QCoreApplication::translate("StoryJson", "\"format\" must be \"%1\", not \"%2\"").arg(QLatin1String(StoryFormatName), qstr(s)));
                format = std::string(s);
                return true;
            }
            if (mKey == "title") {
                title = std::string(s);
                return true;
            }
            return failHere(QCoreApplication::translate("StoryJson", "\"%1\" must be %2, not a string").arg(qstr(mKey), expectedAtRoot()));
        case Level::List:
            return fail(QCoreApplication::translate("StoryJson", "each entry of \"%1\" must be an object, not a string").arg(listName()));
        case Level::Element:
            if (mKey == "id") {
                mId = std::string(s);
            } else if (mKey == "type") {
                (mInNodes ? mNode.type : mRelationship.type).assign(s);
            } else if (!mInNodes && mKey == "from") {
                mRelationship.from.assign(s);
                mHasFrom = true;
            } else if (!mInNodes && mKey == "to") {
                mRelationship.to.assign(s);
                mHasTo = true;
            } else {
                return failHere(QCoreApplication::translate("StoryJson", "%1: \"%2\" must be %3, not a string").arg(owner(), qstr(mKey), expectedInElement()));
            }
            return true;
        }
        return false;
    }

    void startElement()
    {
        mLevel = Level::Element;
        ++mIndex;
        mElementLine = mStream.line();
        mElementColumn = mStream.column(); // the parser reports "{" before taking it
        mId.reset();
        mNode = Node();
        mRelationship = Relationship();
        mHasProperties = false;
        mHasFrom = mHasTo = false;
        mSeenElementKeys = 0;
        mAllocator.Clear();
    }

    bool endElement()
    {
        if (!mId)
            return fail(Error::badInput(QCoreApplication::translate("StoryJson", "%1 has no \"id\"").arg(owner())), mElementLine, mElementColumn);
        if (!(mSeenElementKeys & KeyType))
            return fail(Error::badInput(QCoreApplication::translate("StoryJson", "%1 has no \"type\"").arg(owner())), mElementLine, mElementColumn);
        KnownFields fields;
        std::string properties = "{}";
        if (mHasProperties) {
            const json::Value &value = mBuilder.result();
            QString problem;
            auto canonical = json::canonicalText(value, &problem);
            if (!canonical)
                return fail(Error::badInput(QStringLiteral("%1: %2").arg(owner(), problem)), mElementLine, mElementColumn);
            auto known = mInNodes ? json::extractNodeFields(*mId, mNode.type, value)
                                  : json::extractRelationshipFields(*mId, value);
            if (!known)
                return fail(known.takeError(), mElementLine, mElementColumn);
            properties = std::move(*canonical);
            fields = std::move(*known);
        }
        if (mInNodes) {
            mNode.id = std::move(*mId);
            mNode.properties = std::move(properties);
            if (auto s = mBatch.addCheckedNode(mNode, fields); !s)
                return fail(s.takeError(), mElementLine, mElementColumn);
            ++summary.nodes;
        } else {
            if (!mHasFrom || !mHasTo)
                return fail(Error::badInput(QCoreApplication::translate("StoryJson", "%1 has no \"%2\"").arg(owner(), mHasFrom ? QStringLiteral("to") : QStringLiteral("from"))),
                            mElementLine, mElementColumn);
            mRelationship.id = std::move(*mId);
            mRelationship.properties = std::move(properties);
            // A relationship may come before the nodes it joins; try again at the end.
            if (!mBatch.hasNode(mRelationship.from) || !mBatch.hasNode(mRelationship.to)) {
                mPending.push_back({mRelationship, fields, mElementLine, mElementColumn});
            } else {
                if (auto s = mBatch.addCheckedRelationship(mRelationship, fields); !s)
                    return fail(s.takeError(), mElementLine, mElementColumn);
                ++summary.relationships;
            }
        }
        if (mProgress && ((summary.nodes + summary.relationships) & 4095) == 0
            && !mProgress(mStream.bytesRead(), mTotalBytes))
            return fail(Error{ErrorKind::Cancelled, QCoreApplication::translate("StoryJson", "import cancelled"), {}, 0, 0}, mStream.line(), mStream.column());
        return true;
    }

    StoryBatch &mBatch;
    DeviceStream &mStream;
    QString mFile;
    const ProgressCallback &mProgress;
    qint64 mTotalBytes;

    Level mLevel = Level::Start;
    std::string mKey;
    int mKeyLine = 1;
    int mKeyColumn = 1;
    std::set<std::string> mSeenRootKeys;
    unsigned mSeenElementKeys = 0;
    bool mInNodes = true;
    qint64 mIndex = 0;
    int mElementLine = 1;
    int mElementColumn = 1;

    std::optional<std::string> mId;
    Node mNode;
    Relationship mRelationship;
    bool mHasFrom = false;
    bool mHasTo = false;
    bool mHasProperties = false;
    std::vector<Pending> mPending;

    bool mInProperties = false;
    json::Document::AllocatorType mAllocator;
    ValueBuilder mBuilder;
};

// Canonical writing. Integral coordinates are written as integers so a
// hand-written "x": 10 exports as 10, not 10.0.
template<typename Writer>
void writeCoordinate(Writer &w, double v)
{
    if (std::trunc(v) == v && std::fabs(v) < 9007199254740992.0)
        w.Int64(static_cast<int64_t>(v));
    else
        w.Double(v);
}

template<typename Writer>
void writeNode(Writer &w, const Node &n)
{
    w.StartObject();
    w.Key("id", 2);
    w.String(n.id.data(), rapidjson::SizeType(n.id.size()));
    w.Key("type", 4);
    w.String(n.type.data(), rapidjson::SizeType(n.type.size()));
    w.Key("x", 1);
    writeCoordinate(w, n.x);
    w.Key("y", 1);
    writeCoordinate(w, n.y);
    w.Key("properties", 10);
    w.RawValue(n.properties.data(), n.properties.size(), rapidjson::kObjectType);
    w.EndObject();
}

template<typename Writer>
void writeRelationship(Writer &w, const Relationship &r)
{
    w.StartObject();
    w.Key("id", 2);
    w.String(r.id.data(), rapidjson::SizeType(r.id.size()));
    w.Key("type", 4);
    w.String(r.type.data(), rapidjson::SizeType(r.type.size()));
    w.Key("from", 4);
    w.String(r.from.data(), rapidjson::SizeType(r.from.size()));
    w.Key("to", 2);
    w.String(r.to.data(), rapidjson::SizeType(r.to.size()));
    w.Key("properties", 10);
    w.RawValue(r.properties.data(), r.properties.size(), rapidjson::kObjectType);
    w.EndObject();
}

// Buffers output and hands it to the device in large writes.
class ExportSink
{
public:
    explicit ExportSink(QIODevice &out) : mOut(out) {}

    rapidjson::StringBuffer buffer;

    void raw(const char *s, std::size_t n)
    {
        char *p = buffer.Push(n);
        std::memcpy(p, s, n);
    }
    void raw(const char *s) { raw(s, std::strlen(s)); }
    bool flushIfFull() { return buffer.GetSize() < (1u << 20) || flush(); }
    bool flush()
    {
        const qint64 n = qint64(buffer.GetSize());
        if (n > 0 && mOut.write(buffer.GetString(), n) != n)
            return false;
        mBytes += n;
        buffer.Clear();
        return true;
    }
    qint64 bytes() const { return mBytes; }

private:
    QIODevice &mOut;
    qint64 mBytes = 0;
};

} // namespace

std::string toJson(const Node &node)
{
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writeNode(writer, node);
    return std::string(buffer.GetString(), buffer.GetSize());
}

std::string toJson(const Relationship &relationship)
{
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writeRelationship(writer, relationship);
    return std::string(buffer.GetString(), buffer.GetSize());
}

Result<ImportSummary> importJson(StoryStore &store, QIODevice &in, const QString &displayName,
                                 const ProgressCallback &progress)
{
    auto batch = store.beginBatch();
    if (!batch)
        return batch.takeError();
    DeviceStream stream(in);
    ImportHandler handler(**batch, stream, displayName, progress, in.isSequential() ? 0 : in.size());
    rapidjson::Reader reader;
    const rapidjson::ParseResult parsed = json::parse<json::ParseFlags>(reader, stream, handler);
    if (stream.readFailed())
        return Error::at(ErrorKind::Io, QCoreApplication::translate("StoryJson", "cannot read the file: %1").arg(in.errorString()), displayName);
    if (handler.error)
        return std::move(*handler.error);
    if (parsed.IsError()) {
        return Error::at(ErrorKind::BadInput,
                         QCoreApplication::translate("StoryJson", "invalid JSON: %1").arg(QString::fromUtf8(rapidjson::GetParseError_En(parsed.Code()))),
                         displayName, stream.line(), stream.columnAt(parsed.Offset()));
    }
    if (!handler.format)
        return Error::at(ErrorKind::BadInput, QCoreApplication::translate("StoryJson", "missing \"format\": this is not a Ryuk story file"), displayName, 1, 1);
    if (!handler.version)
        return Error::at(ErrorKind::BadInput, QCoreApplication::translate("StoryJson", "missing \"version\""), displayName, 1, 1);
    if (!handler.finish())
        return std::move(*handler.error);
    if (handler.title && !handler.title->empty()) {
        auto current = store.title();
        if (!current)
            return current.takeError();
        if (current->empty()) {
            if (auto s = (*batch)->setTitle(*handler.title); !s)
                return s.takeError();
        }
    }
    if (auto s = (*batch)->commit(); !s)
        return s.takeError();
    handler.summary.bytes = stream.bytesRead();
    return handler.summary;
}

Result<ImportSummary> importJsonFile(StoryStore &store, const QString &path, const ProgressCallback &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(ErrorKind::NotFound, QCoreApplication::translate("StoryJson", "cannot open the file: %1").arg(file.errorString()), path);
    return importJson(store, file, path, progress);
}

Result<ExportSummary> exportJson(StoryStore &store, QIODevice &out, const ProgressCallback &progress)
{
    auto title = store.title();
    if (!title)
        return title.takeError();
    ExportSteps steps(progress);
    if (auto s = steps.countTotal(store); !s)
        return s.takeError();
    ExportSink sink(out);
    rapidjson::Writer<rapidjson::StringBuffer> writer(sink.buffer);
    ExportSummary summary;

    // The frame is written by hand so each element sits on its own line.
    sink.raw("{\"format\":\"");
    sink.raw(StoryFormatName);
    sink.raw("\",\"version\":");
    sink.raw(std::to_string(StoryFormatVersion).c_str());
    sink.raw(",\"title\":");
    writer.String(title->data(), rapidjson::SizeType(title->size()));
    writer.Reset(sink.buffer);
    sink.raw(",\n \"nodes\":[");

    auto step = [&](qint64 done) { return steps.step(done, sink.flushIfFull()); };
    bool first = true;
    auto nodes = store.forEachNode([&](const Node &n) {
        sink.raw(first ? "\n  " : ",\n  ");
        first = false;
        writeNode(writer, n);
        writer.Reset(sink.buffer);
        ++summary.nodes;
        return step(summary.nodes);
    });
    if (!nodes)
        return nodes.takeError();
    sink.raw(first ? "],\n \"relationships\":[" : "\n ],\n \"relationships\":[");
    first = true;
    if (!steps.stopped()) {
        auto rels = store.forEachRelationship([&](const Relationship &r) {
            sink.raw(first ? "\n  " : ",\n  ");
            first = false;
            writeRelationship(writer, r);
            writer.Reset(sink.buffer);
            ++summary.relationships;
            return step(summary.nodes + summary.relationships);
        });
        if (!rels)
            return rels.takeError();
    }
    if (steps.cancelled())
        return Error{ErrorKind::Cancelled, QCoreApplication::translate("StoryJson", "export cancelled"), {}, 0, 0};
    sink.raw(first ? "]}\n" : "\n ]}\n");
    if (steps.writeFailed() || !sink.flush())
        return Error{ErrorKind::Io, QCoreApplication::translate("StoryJson", "cannot write the export: %1").arg(out.errorString()), {}, 0, 0};
    summary.bytes = sink.bytes();
    return summary;
}

Result<ExportSummary> exportJsonFile(StoryStore &store, const QString &path, const ProgressCallback &progress)
{
    return writeFile(path, [&](QIODevice &out) { return exportJson(store, out, progress); });
}

} // namespace ryuk
