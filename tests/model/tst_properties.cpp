// The property layer: canonical JSON objects, id and type checks, the known
// fields the store indexes, and property edits, each with its exact message.
#include "core/properties.h"

#include <QtTest>

#include "testsupport.h"

#include <bit>

Q_DECLARE_METATYPE(ryuk::KnownFields)
Q_DECLARE_METATYPE(std::vector<ryuk::PropertyChange>)
Q_DECLARE_METATYPE(ryuk::Error)

using namespace ryuk;
using ryuk::test::kindText;

namespace {

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), std::size_t(bytes.size())};
}

QByteArray bytes(std::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

// All fields on one line, so a failed comparison shows what differs.
QString describe(const KnownFields &f)
{
    auto text = [](const std::optional<std::string> &v) {
        return v ? QLatin1Char('"') + QString::fromStdString(*v) + QLatin1Char('"') : QStringLiteral("-");
    };
    auto integer = [](const std::optional<qint64> &v) { return v ? QString::number(*v) : QStringLiteral("-"); };
    auto number = [](const std::optional<double> &v) { return v ? QString::number(*v, 'g', 17) : QStringLiteral("-"); };
    return QStringLiteral("title=%1 chapter=%2 sequence=%3 name=%4 role=%5 weight=%6 causality_level=%7 "
                          "transition_type=%8 flags=%9 label=%10")
            .arg(text(f.title), integer(f.chapter), integer(f.sequence), text(f.name), text(f.role), number(f.weight),
                 number(f.causalityLevel), text(f.transitionType), QString::number(f.flags), text(f.label));
}

// `{"a":` then arrays down to `levels` containers in all, the innermost holding `leaf`.
QByteArray nestedArrays(int levels, const QByteArray &leaf)
{
    if (levels == 1)
        return leaf.isEmpty() ? QByteArray("{}") : QByteArray("{\"a\":" + leaf + '}');
    return "{\"a\":" + QByteArray(levels - 1, '[') + leaf + QByteArray(levels - 1, ']') + '}';
}

// `levels` objects, each the value of the key "a" of the one around it.
QByteArray nestedObjects(int levels)
{
    QByteArray text;
    for (int i = 1; i < levels; ++i)
        text += "{\"a\":";
    return text + "{}" + QByteArray(levels - 1, '}');
}

} // namespace



#define RYUK_COMPARE_VALUE(expr, expected) \
  do { \
    const auto &result_ = (expr); \
    QVERIFY2(result_.ok(), result_.ok() ? "" : qPrintable(result_.error().toString())); \
    QCOMPARE(bytes(*result_), QByteArray(expected)); \
  } while (false)

class TestProperties : public QObject
{
    Q_OBJECT

private slots:
    void canonical_data();
    void canonical();
    void canonicalNumbersRoundTrip_data();
    void canonicalNumbersRoundTrip();
    void canonicalValue_data();
    void canonicalValue();
    void rejected_data();
    void rejected();
    void nesting_data();
    void nesting();
    void checkId_data();
    void checkId();
    void checkTypeName_data();
    void checkTypeName();
    void nodeFields_data();
    void nodeFields();
    void relationshipFields_data();
    void relationshipFields();
    void fieldsOfMalformedText();
    void checkProperties_data();
    void checkProperties();
    void applyChanges_data();
    void applyChanges();
    void applyChangesRejected_data();
    void applyChangesRejected();
    void selectProperties_data();
    void selectProperties();
    void propertyString_data();
    void propertyString();
    void propertyJson();
    void lineColumnAt_data();
    void lineColumnAt();
    void errorToString_data();
    void errorToString();
};

void TestProperties::canonical_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty object") << QByteArray("{}") << QByteArray("{}");
    QTest::newRow("whitespace dropped") << QByteArray(" \t\r\n{ \"b\" : 1 ,\n \"a\" : [ 1 , 2 ] } \n")
                                        << QByteArray("{\"a\":[1,2],\"b\":1}");
    // Byte order, not UTF-16 or locale order: "" < "B" < "a" < "aa" < "b" < "z" < "é" (C3 A9).
    QTest::newRow("keys in byte order") << QByteArray("{\"b\":1,\"z\":2,\"é\":3,\"aa\":4,\"a\":5,\"B\":6,\"\":7}")
                                        << QByteArray("{\"\":7,\"B\":6,\"a\":5,\"aa\":4,\"b\":1,\"z\":2,\"é\":3}");
    // U+FF61 is EF BD A1 and U+1F600 is F0 9F 98 80; in UTF-16 the emoji (D83D) would sort first.
    QTest::newRow("keys in UTF-8 byte order, not UTF-16")
            << QByteArray("{\"😀\":1,\"｡\":2}") << QByteArray("{\"｡\":2,\"😀\":1}");
    QTest::newRow("a prefix sorts first")
            << QByteArray("{\"ab\":1,\"a\\u0000\":2,\"a\":3}") << QByteArray("{\"a\":3,\"a\\u0000\":2,\"ab\":1}");
    QTest::newRow("int64 min") << QByteArray("{\"n\":-9223372036854775808}")
                               << QByteArray("{\"n\":-9223372036854775808}");
    QTest::newRow("int64 max") << QByteArray("{\"n\":9223372036854775807}")
                               << QByteArray("{\"n\":9223372036854775807}");
    QTest::newRow("uint64 max") << QByteArray("{\"n\":18446744073709551615}")
                                << QByteArray("{\"n\":18446744073709551615}");
    QTest::newRow("zero") << QByteArray("{\"n\":0}") << QByteArray("{\"n\":0}");
    QTest::newRow("integer 1 stays 1") << QByteArray("{\"n\":1}") << QByteArray("{\"n\":1}");
    QTest::newRow("1.0 stays 1.0") << QByteArray("{\"n\":1.0}") << QByteArray("{\"n\":1.0}");
    QTest::newRow("1.50 is 1.5") << QByteArray("{\"n\":1.50}") << QByteArray("{\"n\":1.5}");
    QTest::newRow("0.1") << QByteArray("{\"n\":0.1}") << QByteArray("{\"n\":0.1}");
    QTest::newRow("-0.0 keeps its sign") << QByteArray("{\"n\":-0.0}") << QByteArray("{\"n\":-0.0}");
    QTest::newRow("exponent becomes a double") << QByteArray("{\"n\":1e2}") << QByteArray("{\"n\":100.0}");
    QTest::newRow("small exponent") << QByteArray("{\"n\":1.5E-7}") << QByteArray("{\"n\":1.5e-7}");
    QTest::newRow("double max") << QByteArray("{\"n\":1.7976931348623157e308}")
                                << QByteArray("{\"n\":1.7976931348623157e308}");
    QTest::newRow("smallest subnormal") << QByteArray("{\"n\":5e-324}") << QByteArray("{\"n\":5e-324}");
    QTest::newRow("literals") << QByteArray("{\"f\":false,\"n\":null,\"t\":true}")
                              << QByteArray("{\"f\":false,\"n\":null,\"t\":true}");
    QTest::newRow("nested sorted recursively")
            << QByteArray(
                       "{\"z\":[{\"b\":1,\"a\":[3,{\"d\":1,\"c\":2}]},[],{}],\"a\":{\"y\":{\"k\":1,\"j\":2},\"x\":0}}")
            << QByteArray(
                       "{\"a\":{\"x\":0,\"y\":{\"j\":2,\"k\":1}},\"z\":[{\"a\":[3,{\"c\":2,\"d\":1}],\"b\":1},[],{}]}");
    QTest::newRow("array order kept") << QByteArray("{\"l\":[3,1,2,\"b\",\"a\"]}")
                                      << QByteArray("{\"l\":[3,1,2,\"b\",\"a\"]}");
    QTest::newRow("raw unicode kept") << QByteArray("{\"s\":\"Kagaribi 篝火 — café 😀\"}")
                                      << QByteArray("{\"s\":\"Kagaribi 篝火 — café 😀\"}");
    QTest::newRow("unicode escapes become UTF-8")
            << QByteArray("{\"s\":\"\\u00e9\\u7bdd\\ud83d\\ude00\"}") << QByteArray("{\"s\":\"é篝😀\"}");
    QTest::newRow("quote and backslash") << QByteArray("{\"s\":\"a\\\"b\\\\c\"}")
                                         << QByteArray("{\"s\":\"a\\\"b\\\\c\"}");
    QTest::newRow("solidus unescaped") << QByteArray("{\"s\":\"a\\/b\"}") << QByteArray("{\"s\":\"a/b\"}");
    QTest::newRow("short escapes") << QByteArray("{\"s\":\"\\b\\f\\n\\r\\t\"}")
                                   << QByteArray("{\"s\":\"\\b\\f\\n\\r\\t\"}");
    QTest::newRow("control characters") << QByteArray("{\"s\":\"\\u0000\\u0001\\u001f\"}")
                                        << QByteArray("{\"s\":\"\\u0000\\u0001\\u001F\"}");
    QTest::newRow("escapes in keys") << QByteArray("{\"q\\\"k\":1,\"\\n\":2}")
                                     << QByteArray("{\"\\n\":2,\"q\\\"k\":1}");
    QTest::newRow("DEL and U+2028 stay raw")
            << QByteArray("{\"s\":\"\\u007f\\u2028\"}") << QByteArray("{\"s\":\"\x7f\xe2\x80\xa8\"}");
}

void TestProperties::canonical()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    RYUK_COMPARE_VALUE(canonicalJsonObject(view(input)), expected);
    // Canonical text is a fixed point.
    RYUK_COMPARE_VALUE(canonicalJsonObject(view(expected)), expected);
}

void TestProperties::canonicalNumbersRoundTrip_data()
{
    QTest::addColumn<QByteArray>("number");
    for (const char *n : {"0.1", "0.30000000000000004", "1e23", "8.41e21", "9007199254740993",
                          "2.2250738585072014e-308", "4.9e-324", "123.456", "6.02214076e23", "-1.7976931348623157e308",
                          "18446744073709551616", "-9223372036854775809", "3.141592653589793"})
        QTest::newRow(n) << QByteArray(n);
}

// Whatever digits the canonical form picks, they name the same double and stay put.
void TestProperties::canonicalNumbersRoundTrip()
{
    QFETCH(QByteArray, number);
    auto canonical = canonicalJsonObject(view("{\"n\":" + number + '}'));
    RYUK_VERIFY_OK(canonical);
    const QByteArray text = bytes(*canonical);
    QVERIFY2(text.startsWith("{\"n\":") && text.endsWith('}'), text.constData());
    const QByteArray digits = text.mid(5, text.size() - 6);
    bool ok1 = false, ok2 = false;
    const double expected = number.toDouble(&ok1);
    const double got = digits.toDouble(&ok2);
    QVERIFY(ok1 && ok2);
    QCOMPARE(std::bit_cast<quint64>(got), std::bit_cast<quint64>(expected));
    RYUK_COMPARE_VALUE(canonicalJsonObject(view(text)), text);
}

void TestProperties::canonicalValue_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("string") << QByteArray(" \"x\" ") << QByteArray("\"x\"");
    QTest::newRow("integer") << QByteArray("42") << QByteArray("42");
    QTest::newRow("double") << QByteArray("2.50") << QByteArray("2.5");
    QTest::newRow("null") << QByteArray("null") << QByteArray("null");
    QTest::newRow("array") << QByteArray("[ {\"b\":1,\"a\":2} ]") << QByteArray("[{\"a\":2,\"b\":1}]");
}

void TestProperties::canonicalValue()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    RYUK_COMPARE_VALUE(canonicalJsonValue(view(input)), expected);
}

void TestProperties::rejected_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("properties must be a JSON object, not an array");
    QTest::newRow("string") << QByteArray("\"x\"") << QStringLiteral("properties must be a JSON object, not a string");
    QTest::newRow("integer") << QByteArray("7") << QStringLiteral("properties must be a JSON object, not an integer");
    QTest::newRow("double") << QByteArray("7.5") << QStringLiteral("properties must be a JSON object, not a number");
    QTest::newRow("null") << QByteArray("null") << QStringLiteral("properties must be a JSON object, not null");
    QTest::newRow("boolean") << QByteArray("true") << QStringLiteral("properties must be a JSON object, not a boolean");

    QTest::newRow("empty text") << QByteArray("") << QStringLiteral("invalid JSON at column 1: The document is empty.");
    QTest::newRow("only spaces") << QByteArray("   ")
                                 << QStringLiteral("invalid JSON at column 4: The document is empty.");
    QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}")
                                    << QStringLiteral("invalid JSON at column 8: Missing a name for object member.");
    QTest::newRow("missing colon") << QByteArray(
            "{\"a\" 1}") << QStringLiteral("invalid JSON at column 6: Missing a colon after a name of object member.");
    QTest::newRow("two roots")
            << QByteArray("{\"a\":1} x")
            << QStringLiteral("invalid JSON at column 9: The document root must not be followed by other values.");
    QTest::newRow("bad literal") << QByteArray("{\"a\":tru}")
                                 << QStringLiteral("invalid JSON at column 9: Invalid value.");
    QTest::newRow("unclosed string") << QByteArray(
            "{\"a\":\"x") << QStringLiteral("invalid JSON at column 8: Missing a closing quotation mark in string.");
    QTest::newRow("missing fraction") << QByteArray("{\"a\":1.}")
                                      << QStringLiteral("invalid JSON at column 8: Miss fraction part in number.");
    QTest::newRow("number too big") << QByteArray(
            "{\"a\":1E400}") << QStringLiteral("invalid JSON at column 6: Number too big to be stored in double.");
    QTest::newRow("bad hex escape")
            << QByteArray("{\"a\":\"\\u00\"}")
            << QStringLiteral("invalid JSON at column 7: Incorrect hex digit after \\u escape in string.");
    QTest::newRow("lone high surrogate")
            << QByteArray("{\"a\":\"\\ud800\"}")
            << QStringLiteral("invalid JSON at column 7: The surrogate pair in string is invalid.");

    QTest::newRow("duplicate key") << QByteArray("{\"a\":1,\"a\":2}") << QStringLiteral("duplicate key \"a\"");
    QTest::newRow("duplicate key, same value")
            << QByteArray("{\"b\":1,\"a\":0,\"b\":1}") << QStringLiteral("duplicate key \"b\"");
    QTest::newRow("duplicate key in a nested object")
            << QByteArray("{\"o\":{\"k\":1,\"k\":2}}") << QStringLiteral("duplicate key \"k\"");
    QTest::newRow("duplicate key inside an array")
            << QByteArray("{\"l\":[1,{\"x\":1,\"x\":[]}]}") << QStringLiteral("duplicate key \"x\"");
    QTest::newRow("duplicate key spelled with an escape")
            << QByteArray("{\"é\":1,\"\\u00e9\":2}") << QStringLiteral("duplicate key \"é\"");
    QByteArray many = "{";
    for (int i = 0; i < 40; ++i)
        many += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ',';
    QTest::newRow("duplicate key among many")
            << QByteArray(many + "\"k17\":0}") << QStringLiteral("duplicate key \"k17\"");

    QTest::newRow("invalid UTF-8 in a value")
            << QByteArray("{\"a\":\"\xff\"}")
            << QStringLiteral("invalid JSON at column 7: Invalid encoding in string.");
    QTest::newRow("truncated UTF-8 in a key")
            << QByteArray("{\"\xc3\":1}") << QStringLiteral("invalid JSON at column 3: Invalid encoding in string.");
    QTest::newRow("overlong UTF-8") << QByteArray("{\"a\":\"\xc0\xaf\"}")
                                    << QStringLiteral("invalid JSON at column 7: Invalid encoding in string.");
    QTest::newRow("UTF-8 encoded surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}")
                                             << QStringLiteral("invalid JSON at column 7: Invalid encoding in string.");
    // An escaped low surrogate with no high one before it names no character:
    // accepting it would store bytes that are not UTF-8 (ED B0 80), which the
    // next canonicalisation of the stored text rejects.
    QTest::newRow("lone low surrogate escape")
            << QByteArray("{\"a\":\"\\udc00\"}") << QStringLiteral("a string holds a lone UTF-16 surrogate escape");
    QTest::newRow("lone low surrogate escape in a key")
            << QByteArray("{\"\\udfff\":1}") << QStringLiteral("a string holds a lone UTF-16 surrogate escape");
}

void TestProperties::rejected()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    RYUK_COMPARE_ERROR(canonicalJsonObject(view(input)), ErrorKind::BadInput, message);
}

void TestProperties::nesting_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("1000 levels, scalar inside") << nestedArrays(1000, "0") << true;
    QTest::newRow("1000 levels, empty array inside") << nestedArrays(1000, {}) << true;
    QTest::newRow("1000 levels of objects") << nestedObjects(1000) << true;
    QTest::newRow("1001 levels, scalar inside") << nestedArrays(1001, "0") << false;
    QTest::newRow("1001 levels, empty array inside") << nestedArrays(1001, {}) << false;
    QTest::newRow("1001 levels of objects") << nestedObjects(1001) << false;
    QTest::newRow("100000 levels") << nestedArrays(100000, "0") << false;
}

// A level is one array or object; the outermost object is level 1.
void TestProperties::nesting()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, accepted);
    if (accepted)
        RYUK_COMPARE_VALUE(canonicalJsonObject(view(input)), input);
    else
        RYUK_COMPARE_ERROR(canonicalJsonObject(view(input)), ErrorKind::BadInput,
                           QStringLiteral("values nest deeper than 1000 levels"));
}

void TestProperties::checkId_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message"); // empty: accepted

    QTest::newRow("plain") << QByteArray("s1") << QStringLiteral("node") << QString();
    QTest::newRow("one byte") << QByteArray("x") << QStringLiteral("node") << QString();
    QTest::newRow("spaces and punctuation") << QByteArray("scene 1: \"dawn\"") << QStringLiteral("node") << QString();
    QTest::newRow("unicode") << QByteArray("場面-é-😀") << QStringLiteral("relationship") << QString();
    QTest::newRow("256 bytes") << QByteArray(256, 'a') << QStringLiteral("node") << QString();
    QTest::newRow("256 bytes of two-byte characters")
            << QByteArray("é").repeated(128) << QStringLiteral("node") << QString();
    QTest::newRow("empty node id") << QByteArray() << QStringLiteral("node") << QStringLiteral("node id is empty");
    QTest::newRow("empty relationship id")
            << QByteArray() << QStringLiteral("relationship") << QStringLiteral("relationship id is empty");
    QTest::newRow("257 bytes") << QByteArray(257, 'a') << QStringLiteral("node")
                               << QStringLiteral("node id \"%1…\" is longer than 256 bytes").arg(QString(32, u'a'));
    // The excerpt in the message is cut on a character boundary (31 bytes here,
    // not 32, which would split the 16th "é").
    QTest::newRow("257 bytes, excerpt cut between characters")
            << QByteArray("a" + QByteArray("é").repeated(128)) << QStringLiteral("relationship")
            << QStringLiteral("relationship id \"a%1…\" is longer than 256 bytes").arg(QString(15, u'é'));
    // A '%' in the id is text, not a placeholder for the message's numbers.
    QTest::newRow("257 bytes starting with a placeholder")
            << QByteArray("%1" + QByteArray(255, 'b')) << QStringLiteral("node")
            << QStringLiteral("node id \"%1%2…\" is longer than 256 bytes")
                       .arg(QStringLiteral("%1"), QString(30, u'b'));
    QTest::newRow("lone continuation byte")
            << QByteArray("a\x80") << QStringLiteral("node") << QStringLiteral("node id is not valid UTF-8");
    QTest::newRow("truncated sequence") << QByteArray("ab\xe6\x97") << QStringLiteral("node")
                                        << QStringLiteral("node id is not valid UTF-8");
    QTest::newRow("overlong NUL") << QByteArray("\xc0\x80") << QStringLiteral("node")
                                  << QStringLiteral("node id is not valid UTF-8");
    QTest::newRow("encoded surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("node")
                                       << QStringLiteral("node id is not valid UTF-8");
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << QStringLiteral("relationship")
                                    << QStringLiteral("relationship id is not valid UTF-8");
    QTest::newRow("0xFF") << QByteArray("\xff") << QStringLiteral("node")
                          << QStringLiteral("node id is not valid UTF-8");
}

void TestProperties::checkId()
{
    QFETCH(QByteArray, id);
    QFETCH(QString, what);
    QFETCH(QString, message);
    const QByteArray whatUtf8 = what.toUtf8();
    if (message.isEmpty())
        RYUK_VERIFY_OK(ryuk::checkId(view(id), view(whatUtf8)));
    else
        RYUK_COMPARE_ERROR(ryuk::checkId(view(id), view(whatUtf8)), ErrorKind::BadInput, message);
}

void TestProperties::checkTypeName_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QString>("message");

    QTest::newRow("Scene") << QByteArray("Scene") << QString();
    QTest::newRow("custom unicode") << QByteArray("Lieu ç 場所") << QString();
    QTest::newRow("256 bytes") << QByteArray(256, 'T') << QString();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("node \"n1\" has an empty type");
    QTest::newRow("257 bytes") << QByteArray(257, 'T') << QStringLiteral("node \"n1\" has an invalid type name");
    QTest::newRow("newline") << QByteArray("Sce\nne") << QStringLiteral("node \"n1\" has an invalid type name");
    QTest::newRow("NUL") << QByteArray("A\0B", 3) << QStringLiteral("node \"n1\" has an invalid type name");
    QTest::newRow("invalid UTF-8") << QByteArray("T\xff") << QStringLiteral("node \"n1\" has an invalid type name");
}

void TestProperties::checkTypeName()
{
    QFETCH(QByteArray, type);
    QFETCH(QString, message);
    if (message.isEmpty())
        RYUK_VERIFY_OK(ryuk::checkTypeName(view(type), "n1", "node"));
    else
        RYUK_COMPARE_ERROR(ryuk::checkTypeName(view(type), "n1", "node"), ErrorKind::BadInput, message);
}

void TestProperties::nodeFields_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("properties");
    QTest::addColumn<KnownFields>("expected");
    QTest::addColumn<QString>("message"); // empty: accepted

    auto scene = [](std::optional<std::string> title, std::optional<qint64> chapter, std::optional<qint64> sequence) {
        KnownFields f;
        f.label = title;
        f.title = std::move(title);
        f.chapter = chapter;
        f.sequence = sequence;
        return f;
    };
    auto character = [](std::optional<std::string> name, std::optional<std::string> role) {
        KnownFields f;
        f.label = name;
        f.name = std::move(name);
        f.role = std::move(role);
        return f;
    };
    auto choice = [](double weight) {
        KnownFields f;
        f.weight = weight;
        return f;
    };
    auto event = [](double level) {
        KnownFields f;
        f.causalityLevel = level;
        return f;
    };
    auto wrong = [](const char *key, const char *want, const char *got) {
        return QStringLiteral("node \"n1\": property \"%1\" must be %2, not %3")
                .arg(QLatin1String(key), QLatin1String(want), QLatin1String(got));
    };

    QTest::newRow("Scene, all fields") << QByteArray("Scene")
                                       << QByteArray("{\"chapter\":2,\"extra\":[1],\"sequence\":-3,\"title\":\"Dawn\"}")
                                       << scene("Dawn", 2, -3) << QString();
    QTest::newRow("Scene, no fields") << QByteArray("Scene") << QByteArray("{}") << KnownFields{} << QString();
    {
        KnownFields flagged;
        flagged.flags = StartFlag | EndingFlag;
        QTest::newRow("Scene, start and ending") << QByteArray("Scene")
                                                 << QByteArray("{\"ending\":true,\"start\":true}") << flagged << QString();
        QTest::newRow("Scene, flags need JSON true") << QByteArray("Scene")
                                                     << QByteArray("{\"ending\":1,\"start\":\"yes\"}") << KnownFields{}
                                                     << QString();
        KnownFields labelled;
        labelled.weight = 0.5;
        labelled.label = "Open the letter";
        QTest::newRow("Choice label from text") << QByteArray("Choice")
                                                << QByteArray("{\"text\":\"Open the letter\",\"weight\":0.5}")
                                                << labelled << QString();
        KnownFields event;
        event.label = "The Fire";
        QTest::newRow("Event label from title, before text")
                << QByteArray("Event") << QByteArray("{\"text\":\"x\",\"title\":\"The Fire\"}") << event << QString();
    }
    QTest::newRow("Scene, chapter at int64 limits")
            << QByteArray("Scene") << QByteArray("{\"chapter\":-9223372036854775808,\"sequence\":9223372036854775807}")
            << scene(std::nullopt, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()) << QString();
    QTest::newRow("Scene, empty title") << QByteArray("Scene") << QByteArray("{\"title\":\"\"}")
                                        << scene(std::string(), std::nullopt, std::nullopt) << QString();
    QTest::newRow("Scene, title not a string") << QByteArray("Scene") << QByteArray("{\"title\":5}") << KnownFields{}
                                               << wrong("title", "a string", "an integer");
    QTest::newRow("Scene, title null") << QByteArray("Scene") << QByteArray("{\"title\":null}") << KnownFields{}
                                       << wrong("title", "a string", "null");
    QTest::newRow("Scene, chapter a string") << QByteArray("Scene") << QByteArray("{\"chapter\":\"one\"}")
                                             << KnownFields{} << wrong("chapter", "an integer", "a string");
    QTest::newRow("Scene, chapter a fraction") << QByteArray("Scene") << QByteArray("{\"chapter\":1.5}")
                                               << KnownFields{} << wrong("chapter", "an integer", "a number");
    QTest::newRow("Scene, chapter 2.0") << QByteArray("Scene") << QByteArray("{\"chapter\":2.0}") << KnownFields{}
                                        << wrong("chapter", "an integer", "a number");
    QTest::newRow("Scene, chapter a boolean") << QByteArray("Scene") << QByteArray("{\"chapter\":true}")
                                              << KnownFields{} << wrong("chapter", "an integer", "a boolean");
    QTest::newRow("Scene, chapter an array") << QByteArray("Scene") << QByteArray("{\"chapter\":[1]}") << KnownFields{}
                                             << wrong("chapter", "an integer", "an array");
    QTest::newRow("Scene, chapter an object") << QByteArray("Scene") << QByteArray("{\"chapter\":{}}") << KnownFields{}
                                              << wrong("chapter", "an integer", "an object");
    // Above INT64_MAX the value is an integer in JSON but cannot be stored;
    // "must be an integer, not an integer" would help nobody.
    QTest::newRow("Scene, chapter above int64")
            << QByteArray("Scene") << QByteArray("{\"chapter\":18446744073709551615}") << KnownFields{}
            << wrong("chapter", "an integer", "an integer too large for 64 bits");
    QTest::newRow("Scene, sequence a string") << QByteArray("Scene") << QByteArray("{\"sequence\":\"1\"}")
                                              << KnownFields{} << wrong("sequence", "an integer", "a string");
    // Fields are checked in a fixed order: title, chapter, sequence.
    QTest::newRow("Scene, two wrong fields") << QByteArray("Scene") << QByteArray("{\"chapter\":\"x\",\"title\":1}")
                                             << KnownFields{} << wrong("title", "a string", "an integer");
    QTest::newRow("Scene ignores other types' fields")
            << QByteArray("Scene") << QByteArray("{\"causality_level\":\"x\",\"name\":1,\"role\":[],\"weight\":\"x\"}")
            << KnownFields{} << QString();

    QTest::newRow("Character") << QByteArray("Character") << QByteArray("{\"name\":\"Mina\",\"role\":\"courier\"}")
                               << character("Mina", "courier") << QString();
    QTest::newRow("Character's chapter is a plain property")
            << QByteArray("Character") << QByteArray("{\"chapter\":\"one\",\"sequence\":[],\"title\":7}")
            << KnownFields{} << QString();
    QTest::newRow("Character, name not a string") << QByteArray("Character") << QByteArray("{\"name\":1}")
                                                  << KnownFields{} << wrong("name", "a string", "an integer");
    QTest::newRow("Character, role not a string") << QByteArray("Character") << QByteArray("{\"role\":false}")
                                                  << KnownFields{} << wrong("role", "a string", "a boolean");

    QTest::newRow("Choice, fractional weight")
            << QByteArray("Choice") << QByteArray("{\"weight\":0.25}") << choice(0.25) << QString();
    QTest::newRow("Choice, integer weight")
            << QByteArray("Choice") << QByteArray("{\"weight\":3}") << choice(3.0) << QString();
    QTest::newRow("Choice, weight a string") << QByteArray("Choice") << QByteArray("{\"weight\":\"high\"}")
                                             << KnownFields{} << wrong("weight", "a number", "a string");

    QTest::newRow("Event") << QByteArray("Event") << QByteArray("{\"causality_level\":0.75}") << event(0.75)
                           << QString();
    QTest::newRow("Event, level not a number") << QByteArray("Event") << QByteArray("{\"causality_level\":null}")
                                               << KnownFields{} << wrong("causality_level", "a number", "null");

    QTest::newRow("custom type checks nothing")
            << QByteArray("Place") << QByteArray("{\"chapter\":\"x\",\"title\":1,\"weight\":\"y\"}") << KnownFields{}
            << QString();
    QTest::newRow("type names are case-sensitive")
            << QByteArray("scene") << QByteArray("{\"chapter\":\"x\"}") << KnownFields{} << QString();
}

void TestProperties::nodeFields()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, properties);
    QFETCH(KnownFields, expected);
    QFETCH(QString, message);
    auto fields = ryuk::nodeFields("n1", view(type), view(properties));
    if (!message.isEmpty()) {
        RYUK_COMPARE_ERROR(fields, ErrorKind::BadInput, message);
        return;
    }
    RYUK_VERIFY_OK(fields);
    QCOMPARE(describe(*fields), describe(expected));
    QVERIFY(*fields == expected);
}

void TestProperties::relationshipFields_data()
{
    QTest::addColumn<QByteArray>("properties");
    QTest::addColumn<KnownFields>("expected");
    QTest::addColumn<QString>("message");

    auto rel = [](std::optional<double> weight, std::optional<std::string> transition) {
        KnownFields f;
        f.weight = weight;
        f.transitionType = std::move(transition);
        return f;
    };
    QTest::newRow("both") << QByteArray("{\"transition_type\":\"cut\",\"weight\":0.5}") << rel(0.5, "cut") << QString();
    QTest::newRow("none") << QByteArray("{\"note\":1}") << KnownFields{} << QString();
    QTest::newRow("integer weight") << QByteArray("{\"weight\":-2}") << rel(-2.0, std::nullopt) << QString();
    QTest::newRow("node fields are not relationship fields")
            << QByteArray("{\"chapter\":\"x\",\"title\":1}") << KnownFields{} << QString();
    QTest::newRow("weight a string")
            << QByteArray("{\"weight\":\"0.5\"}") << KnownFields{}
            << QStringLiteral("relationship \"n1\": property \"weight\" must be a number, not a string");
    QTest::newRow("transition type a number")
            << QByteArray("{\"transition_type\":1}") << KnownFields{}
            << QStringLiteral("relationship \"n1\": property \"transition_type\" must be a string, not an integer");
    QTest::newRow("transition type an object")
            << QByteArray("{\"transition_type\":{}}") << KnownFields{}
            << QStringLiteral("relationship \"n1\": property \"transition_type\" must be a string, not an object");
}

void TestProperties::relationshipFields()
{
    QFETCH(QByteArray, properties);
    QFETCH(KnownFields, expected);
    QFETCH(QString, message);
    auto fields = ryuk::relationshipFields("n1", view(properties));
    if (!message.isEmpty()) {
        RYUK_COMPARE_ERROR(fields, ErrorKind::BadInput, message);
        return;
    }
    RYUK_VERIFY_OK(fields);
    QCOMPARE(describe(*fields), describe(expected));
    QVERIFY(*fields == expected);
}

void TestProperties::fieldsOfMalformedText()
{
    RYUK_COMPARE_ERROR(ryuk::nodeFields("n1", "Scene", "[1]"), ErrorKind::BadInput,
                       QStringLiteral("properties must be a JSON object, not an array"));
    RYUK_COMPARE_ERROR(ryuk::nodeFields("n1", "Scene", "{\"a\"}"), ErrorKind::BadInput,
                       QStringLiteral("invalid JSON at column 5: Missing a colon after a name of object member."));
    RYUK_COMPARE_ERROR(ryuk::relationshipFields("r1", "1"), ErrorKind::BadInput,
                       QStringLiteral("properties must be a JSON object, not an integer"));
}

void TestProperties::checkProperties_data()
{
    QTest::addColumn<QByteArray>("what"); // "node" or "relationship"
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("properties");
    QTest::addColumn<QByteArray>("canonical"); // empty: refused
    QTest::addColumn<KnownFields>("fields");
    QTest::addColumn<QString>("message");

    KnownFields scene;
    scene.chapter = 3;
    scene.title = "Dawn";
    scene.label = "Dawn";
    QTest::newRow("node") << QByteArray("node") << QByteArray("Scene")
                          << QByteArray(" {\"title\":\"Dawn\", \"chapter\":3, \"x\":1.0} ")
                          << QByteArray("{\"chapter\":3,\"title\":\"Dawn\",\"x\":1.0}") << scene << QString();
    KnownFields edge;
    edge.weight = 0.5;
    QTest::newRow("relationship") << QByteArray("relationship") << QByteArray() << QByteArray("{\"weight\":0.5}")
                                  << QByteArray("{\"weight\":0.5}") << edge << QString();
    QTest::newRow("node, malformed") << QByteArray("node") << QByteArray("Scene") << QByteArray("{\"a\"}")
                                     << QByteArray() << KnownFields{}
                                     << QStringLiteral("node \"n1\": invalid JSON at column 5: Missing a colon after a "
                                                       "name of object member.");
    QTest::newRow("node, not an object") << QByteArray("node") << QByteArray("Scene") << QByteArray("[]")
                                         << QByteArray() << KnownFields{}
                                         << QStringLiteral(
                                                    "node \"n1\": properties must be a JSON object, not an array");
    QTest::newRow("node, duplicate key") << QByteArray("node") << QByteArray("Event") << QByteArray("{\"k\":1,\"k\":1}")
                                         << QByteArray() << KnownFields{}
                                         << QStringLiteral("node \"n1\": duplicate key \"k\"");
    QTest::newRow("node, wrong field") << QByteArray("node") << QByteArray("Event")
                                       << QByteArray("{\"causality_level\":\"high\"}") << QByteArray() << KnownFields{}
                                       << QStringLiteral("node \"n1\": property \"causality_level\" must be a number, "
                                                         "not a string");
    QTest::newRow("relationship, wrong field")
            << QByteArray("relationship") << QByteArray() << QByteArray("{\"transition_type\":[]}") << QByteArray()
            << KnownFields{}
            << QStringLiteral("relationship \"n1\": property \"transition_type\" must be a string, not an array");
    QTest::newRow("relationship, too deep")
            << QByteArray("relationship") << QByteArray() << nestedArrays(1001, "0") << QByteArray() << KnownFields{}
            << QStringLiteral("relationship \"n1\": values nest deeper than 1000 levels");
}

// The one-pass check importers use gives what the separate steps give.
void TestProperties::checkProperties()
{
    QFETCH(QByteArray, what);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, properties);
    QFETCH(QByteArray, canonical);
    QFETCH(KnownFields, fields);
    QFETCH(QString, message);
    const auto checked = what == "node" ? checkNodeProperties("n1", view(type), view(properties))
                                        : checkRelationshipProperties("n1", view(properties));
    if (!message.isEmpty()) {
        RYUK_COMPARE_ERROR(checked, ErrorKind::BadInput, message);
        return;
    }
    RYUK_VERIFY_OK(checked);
    QCOMPARE(bytes(checked->canonical), canonical);
    QCOMPARE(describe(checked->fields), describe(fields));
    RYUK_COMPARE_VALUE(canonicalJsonObject(view(properties)), canonical);
}

void TestProperties::applyChanges_data()
{
    QTest::addColumn<QByteArray>("properties");
    QTest::addColumn<std::vector<PropertyChange>>("changes");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("no changes") << QByteArray("{\"a\":1}") << std::vector<PropertyChange>{} << QByteArray("{\"a\":1}");
    QTest::newRow("set a new key") << QByteArray("{\"b\":1}") << std::vector<PropertyChange>{{"a", "\"x\""}}
                                   << QByteArray("{\"a\":\"x\",\"b\":1}");
    QTest::newRow("replace") << QByteArray("{\"a\":1,\"b\":2}") << std::vector<PropertyChange>{{"b", "[true]"}}
                             << QByteArray("{\"a\":1,\"b\":[true]}");
    QTest::newRow("replace with another type")
            << QByteArray("{\"a\":{\"x\":1}}") << std::vector<PropertyChange>{{"a", "null"}}
            << QByteArray("{\"a\":null}");
    QTest::newRow("remove") << QByteArray("{\"a\":1,\"b\":2}") << std::vector<PropertyChange>{{"a", std::nullopt}}
                            << QByteArray("{\"b\":2}");
    QTest::newRow("remove the last key") << QByteArray("{\"a\":1}") << std::vector<PropertyChange>{{"a", std::nullopt}}
                                         << QByteArray("{}");
    QTest::newRow("remove a missing key")
            << QByteArray("{\"a\":1}") << std::vector<PropertyChange>{{"zz", std::nullopt}} << QByteArray("{\"a\":1}");
    QTest::newRow("changes apply in order")
            << QByteArray("{\"a\":1}")
            << std::vector<PropertyChange>{{"a", "2"}, {"b", "3"}, {"a", std::nullopt}, {"b", "4"}}
            << QByteArray("{\"b\":4}");
    QTest::newRow("values are canonicalised")
            << QByteArray("{}") << std::vector<PropertyChange>{{"o", " { \"b\" : 1.0 , \"a\" : 2 } "}}
            << QByteArray("{\"o\":{\"a\":2,\"b\":1.0}}");
    QTest::newRow("unicode key and value")
            << QByteArray("{\"z\":0}") << std::vector<PropertyChange>{{"名前", "\"\\u00e9\\n\""}}
            << QByteArray("{\"z\":0,\"名前\":\"é\\n\"}");
    QTest::newRow("key with a quote") << QByteArray("{}") << std::vector<PropertyChange>{{"a\"b", "1"}}
                                      << QByteArray("{\"a\\\"b\":1}");
    QTest::newRow("999 levels under a key: 1000 in all")
            << QByteArray("{}")
            << std::vector<PropertyChange>{{"k", std::string(999, '[') + '0' + std::string(999, ']')}}
            << QByteArray("{\"k\":" + QByteArray(999, '[') + '0' + QByteArray(999, ']') + '}');
    QTest::newRow("int64 extremes") << QByteArray(
            "{}") << std::vector<PropertyChange>{{"max", "9223372036854775807"}, {"min", "-9223372036854775808"}}
                                    << QByteArray("{\"max\":9223372036854775807,\"min\":-9223372036854775808}");
}

void TestProperties::applyChanges()
{
    QFETCH(QByteArray, properties);
    QFETCH(std::vector<PropertyChange>, changes);
    QFETCH(QByteArray, expected);
    RYUK_COMPARE_VALUE(applyPropertyChanges(view(properties), changes), expected);
}

void TestProperties::applyChangesRejected_data()
{
    QTest::addColumn<QByteArray>("properties");
    QTest::addColumn<std::vector<PropertyChange>>("changes");
    QTest::addColumn<QString>("message");

    QTest::newRow("invalid value") << QByteArray("{}") << std::vector<PropertyChange>{{"mood", "grim"}}
                                   << QStringLiteral("value of \"mood\" is not valid JSON at column 1: Invalid value.");
    QTest::newRow("error column inside the value")
            << QByteArray("{}") << std::vector<PropertyChange>{{"l", "[1,]"}}
            << QStringLiteral("value of \"l\" is not valid JSON at column 4: Invalid value.");
    QTest::newRow("empty value") << QByteArray("{}") << std::vector<PropertyChange>{{"k", ""}}
                                 << QStringLiteral(
                                            "value of \"k\" is not valid JSON at column 1: The document is empty.");
    QTest::newRow("two values") << QByteArray("{}") << std::vector<PropertyChange>{{"k", "1 2"}}
                                << QStringLiteral("value of \"k\" is not valid JSON at column 3: "
                                                  "The document root must not be followed by other values.");
    // A '%' in the key is text, not a placeholder for the column or the reason.
    QTest::newRow("placeholder in the key")
            << QByteArray("{}") << std::vector<PropertyChange>{{"%1", "grim"}}
            << QStringLiteral("value of \"%1\" is not valid JSON at column 1: Invalid value.");
    QTest::newRow("duplicate key in the value")
            << QByteArray("{}") << std::vector<PropertyChange>{{"o", "{\"x\":1,\"x\":2}"}}
            << QStringLiteral("duplicate key \"x\"");
    QTest::newRow("empty key") << QByteArray("{}") << std::vector<PropertyChange>{{"", "1"}}
                               << QStringLiteral("property name is empty");
    QTest::newRow("invalid UTF-8 key") << QByteArray("{}") << std::vector<PropertyChange>{{"k\xff", "1"}}
                                       << QStringLiteral("property name is not valid UTF-8");
    QTest::newRow("invalid UTF-8 value")
            << QByteArray("{}") << std::vector<PropertyChange>{{"k", "\"\xc3\""}}
            << QStringLiteral("value of \"k\" is not valid JSON at column 2: Invalid encoding in string.");
    QTest::newRow("value nests too deep")
            << QByteArray("{}")
            << std::vector<PropertyChange>{{"k",
                                            QByteArray(1000, '[').toStdString() + QByteArray(1000, ']').toStdString()}}
            << QStringLiteral("values nest deeper than 1000 levels");
    QTest::newRow("value nests 100000 levels")
            << QByteArray("{}")
            << std::vector<PropertyChange>{{"k", std::string(100000, '[') + std::string(100000, ']')}}
            << QStringLiteral("values nest deeper than 1000 levels");
    QTest::newRow("properties not an object") << QByteArray("[]") << std::vector<PropertyChange>{{"k", "1"}}
                                              << QStringLiteral("properties must be a JSON object, not an array");
}

void TestProperties::applyChangesRejected()
{
    QFETCH(QByteArray, properties);
    QFETCH(std::vector<PropertyChange>, changes);
    QFETCH(QString, message);
    RYUK_COMPARE_ERROR(applyPropertyChanges(view(properties), changes), ErrorKind::BadInput, message);
}

void TestProperties::selectProperties_data()
{
    QTest::addColumn<QByteArray>("properties");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray props("{\"a\":1,\"b\":{\"y\":[2],\"x\":\"é\"},\"c\":null}");
    QTest::newRow("some") << props << QStringList{QStringLiteral("c"), QStringLiteral("b")}
                          << QByteArray("{\"b\":{\"x\":\"é\",\"y\":[2]},\"c\":null}");
    QTest::newRow("missing keys are skipped")
            << props << QStringList{QStringLiteral("zz"), QStringLiteral("a")} << QByteArray("{\"a\":1}");
    QTest::newRow("no keys") << props << QStringList{} << QByteArray("{}");
    QTest::newRow("nested keys are not top-level keys")
            << props << QStringList{QStringLiteral("x")} << QByteArray("{}");
    QTest::newRow("malformed text") << QByteArray("{\"a\":") << QStringList{QStringLiteral("a")} << QByteArray("{}");
    QTest::newRow("not an object") << QByteArray("[1]") << QStringList{QStringLiteral("a")} << QByteArray("{}");
}

void TestProperties::selectProperties()
{
    QFETCH(QByteArray, properties);
    QFETCH(QStringList, keys);
    QFETCH(QByteArray, expected);
    std::vector<std::string> keyList;
    for (const QString &k : keys)
        keyList.push_back(k.toStdString());
    QCOMPARE(bytes(ryuk::selectProperties(view(properties), keyList)), expected);
}

void TestProperties::propertyString_data()
{
    QTest::addColumn<QByteArray>("properties");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray props("{\"empty\":\"\",\"esc\":\"a\\\"b\\\\c\\n\\u00e9\",\"n\":1,\"name\":\"Mina\","
                           "\"nul\":\"a\\u0000b\",\"o\":{\"name\":\"x\"}}");
    QTest::newRow("string") << props << QByteArray("name") << true << QByteArray("Mina");
    QTest::newRow("empty string") << props << QByteArray("empty") << true << QByteArray();
    QTest::newRow("escapes decoded") << props << QByteArray("esc") << true << QByteArray("a\"b\\c\né");
    QTest::newRow("embedded NUL") << props << QByteArray("nul") << true << QByteArray("a\0b", 3);
    QTest::newRow("not a string") << props << QByteArray("n") << false << QByteArray();
    QTest::newRow("an object") << props << QByteArray("o") << false << QByteArray();
    QTest::newRow("missing") << props << QByteArray("title") << false << QByteArray();
    QTest::newRow("malformed") << QByteArray("{\"name\":") << QByteArray("name") << false << QByteArray();
}

void TestProperties::propertyString()
{
    QFETCH(QByteArray, properties);
    QFETCH(QByteArray, key);
    QFETCH(bool, present);
    QFETCH(QByteArray, expected);
    const auto value = ryuk::propertyString(view(properties), view(key));
    QCOMPARE(value.has_value(), present);
    if (present)
        QCOMPARE(bytes(*value), expected);
}

void TestProperties::propertyJson()
{
    const char *props = "{\"a\":1.0,\"b\":{\"d\":[1,\"x\"],\"c\":null},\"s\":\"q\\\"\"}";
    QCOMPARE(bytes(ryuk::propertyJson(props, "a").value_or("-")), QByteArray("1.0"));
    QCOMPARE(bytes(ryuk::propertyJson(props, "b").value_or("-")), QByteArray("{\"c\":null,\"d\":[1,\"x\"]}"));
    QCOMPARE(bytes(ryuk::propertyJson(props, "s").value_or("-")), QByteArray("\"q\\\"\""));
    QVERIFY(!ryuk::propertyJson(props, "c").has_value());
    QVERIFY(!ryuk::propertyJson("nope", "a").has_value());
}

void TestProperties::lineColumnAt_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("empty text") << QByteArray() << 0 << 1 << 1;
    QTest::newRow("start") << QByteArray("abc") << 0 << 1 << 1;
    QTest::newRow("middle") << QByteArray("abc") << 2 << 1 << 3;
    QTest::newRow("end") << QByteArray("abc") << 3 << 1 << 4;
    QTest::newRow("past the end is the end") << QByteArray("abc") << 99 << 1 << 4;
    QTest::newRow("on the newline") << QByteArray("ab\ncd") << 2 << 1 << 3;
    QTest::newRow("after the newline") << QByteArray("ab\ncd") << 3 << 2 << 1;
    QTest::newRow("third line") << QByteArray("a\n\nxyz") << 5 << 3 << 3;
    QTest::newRow("CR is not a line break") << QByteArray("a\rb") << 2 << 1 << 3;
    QTest::newRow("columns count bytes") << QByteArray("é😀x") << 6 << 1 << 7;
}

void TestProperties::lineColumnAt()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto [gotLine, gotColumn] = ryuk::lineColumnAt(view(text), std::size_t(offset));
    QCOMPARE(gotLine, line);
    QCOMPARE(gotColumn, column);
}

void TestProperties::errorToString_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("inputError");

    QTest::newRow("message only") << Error::badInput(QStringLiteral("bad")) << QStringLiteral("bad") << true;
    QTest::newRow("file") << Error::at(ErrorKind::NotAStory, QStringLiteral("not a story"), QStringLiteral("/t/a.ryuk"))
                          << QStringLiteral("/t/a.ryuk: not a story") << true;
    QTest::newRow("file and line") << Error::at(ErrorKind::BadInput, QStringLiteral("m"), QStringLiteral("f.json"), 3)
                                   << QStringLiteral("f.json:3: m") << true;
    QTest::newRow("file, line, column") << Error::at(ErrorKind::BadInput, QStringLiteral("m"), QStringLiteral("f.json"),
                                                     3, 14)
                                        << QStringLiteral("f.json:3:14: m") << true;
    QTest::newRow("column without line is dropped")
            << Error::at(ErrorKind::Corrupt, QStringLiteral("m"), QStringLiteral("f"), 0, 5) << QStringLiteral("f: m")
            << true;
    QTest::newRow("io is not an input error") << Error::at(ErrorKind::Io, QStringLiteral("disk"), QStringLiteral("f"))
                                              << QStringLiteral("f: disk") << false;
    QTest::newRow("internal is not an input error")
            << Error{ErrorKind::Internal, QStringLiteral("bug"), {}, 0, 0} << QStringLiteral("bug") << false;
    QTest::newRow("cancelled is not an input error")
            << Error{ErrorKind::Cancelled, QStringLiteral("stop"), {}, 0, 0} << QStringLiteral("stop") << false;
}

void TestProperties::errorToString()
{
    QFETCH(Error, error);
    QFETCH(QString, expected);
    QFETCH(bool, inputError);
    QCOMPARE(error.toString(), expected);
    QCOMPARE(error.isInputError(), inputError);
}

QTEST_GUILESS_MAIN(TestProperties)
#include "tst_properties.moc"
