// The KEY=VALUE syntax of `ryuk set`: which values are JSON, which are
// strings, and the exact message for each refusal.
#include "core/properties.h"
#include "core/propertyassignment.h"
#include "testsupport.h"

#include <QtTest>

using namespace ryuk;

class TestPropertyAssignment : public QObject
{
    Q_OBJECT

private slots:
    void values_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("json");

        auto row = [](const char *name, const char *argument, const char *key, const char *json) {
            QTest::newRow(name) << QString::fromUtf8(argument) << QString::fromUtf8(key) << QString::fromUtf8(json);
        };
        row("number", "chapter=2", "chapter", "2");
        row("array", "tags=[\"a\"]", "tags", "[\"a\"]");
        row("JSON string", "title=\"Night\"", "title", "\"Night\"");
        row("plain text", "title=Night Route", "title", "\"Night Route\"");
        row("empty value", "title=", "title", "\"\"");
        row("first '=' splits", "a=b=c", "a", "\"b=c\"");
        row("quotes in text", "say=he said \"hi\"", "say", "\"he said \\\"hi\\\"\"");
        row("true", "ending=true", "ending", "true");
        row("null", "x=null", "x", "null");
        row("UTF-8", "title=Caf\xC3\xA9", "title", "\"Caf\xC3\xA9\"");
        row("control character", "t=a\tb", "t", "\"a\\tb\"");
        row("small but not zero", "x=0.0000000000000000000000001", "x", "0.0000000000000000000000001");
    }

    void values()
    {
        QFETCH(QString, argument);
        QFETCH(QString, key);
        QFETCH(QString, json);
        RYUK_TAKE(change, parsePropertyAssignment(argument));
        QCOMPARE(QString::fromStdString(change.key), key);
        QVERIFY(change.json);
        QCOMPARE(QString::fromStdString(*change.json), json);
    }

    // Numbers are read exactly, whatever RapidJSON's own parser would make of
    // them. Found by fuzzing: RapidJSON 1.1.0's full-precision strtod read
    // "0E44" as -1.4788152327084685e-272 and read out of bounds on "0." and
    // 400 zeros.
    void numbersAreExact_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("stored");
        auto row = [](const char *name, const QString &value, const char *stored) {
            QTest::newRow(name) << value << QString::fromUtf8(stored);
        };
        row("zero with an exponent", QStringLiteral("0E44"), "{\"x\":0.0}");
        row("zero with 400 zeros", QStringLiteral("0.") + QString(400, QLatin1Char('0')), "{\"x\":0.0}");
        row("negative zero", QStringLiteral("-0.0"), "{\"x\":-0.0}");
        row("integer negative zero", QStringLiteral("-0"), "{\"x\":0}");
        row("too small for a double", QStringLiteral("1e-400"), "{\"x\":0.0}");
        row("negative, too small", QStringLiteral("-1e-400"), "{\"x\":-0.0}");
        row("tenth", QStringLiteral("0.1"), "{\"x\":0.1}");
        row("hard to round", QStringLiteral("2.2250738585072011e-308"), "{\"x\":2.225073858507201e-308}");
        row("smallest subnormal", QStringLiteral("5e-324"), "{\"x\":5e-324}");
        row("beyond 2^53 stays an integer", QStringLiteral("9007199254740993"), "{\"x\":9007199254740993}");
        row("largest unsigned", QStringLiteral("18446744073709551615"), "{\"x\":18446744073709551615}");
        row("smallest signed", QStringLiteral("-9223372036854775808"), "{\"x\":-9223372036854775808}");
        row("past unsigned", QStringLiteral("18446744073709551616"), "{\"x\":18446744073709553000.0}");
        row("in an array", QStringLiteral("[0E44,1.5E3,-7]"), "{\"x\":[0.0,1500.0,-7]}");
    }

    void numbersAreExact()
    {
        QFETCH(QString, value);
        QFETCH(QString, stored);
        RYUK_TAKE(change, parsePropertyAssignment(QStringLiteral("x=") + value));
        RYUK_TAKE(applied, applyPropertyChanges("{}", {change}));
        QCOMPARE(QString::fromStdString(applied), stored);
    }

    void tooBigForADouble()
    {
        RYUK_COMPARE_ERROR(applyPropertyChanges("{}", {{"x", std::string("1e400")}}), ErrorKind::BadInput,
                           QStringLiteral("value of \"x\" is not valid JSON at column 1: Number too big to be stored in double."));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("message");

        auto row = [](const char *name, const char *argument, const char *message) {
            QTest::newRow(name) << QString::fromUtf8(argument) << QString::fromUtf8(message);
        };
        row("no '='", "title", "expected KEY=VALUE, not \"title\"");
        row("empty", "", "expected KEY=VALUE, not \"\"");
        row("empty key", "=x", "property name is empty in \"=x\"");
        row("broken object", "meta={\"a\":}", "value of \"meta\" is not valid JSON at column 6: Invalid value.");
        row("broken array on line 2", "tags= [1,\n2", "value of \"tags\" is not valid JSON at line 2, column 2: "
                                                     "Missing a comma or ']' after an array element.");
        row("unclosed string", "t=\"abc", "value of \"t\" is not valid JSON at column 5: Missing a closing quotation "
                                         "mark in string.");
    }

    void refusals()
    {
        QFETCH(QString, argument);
        QFETCH(QString, message);
        RYUK_COMPARE_ERROR(parsePropertyAssignment(argument), ErrorKind::BadInput, message);
    }
};

QTEST_GUILESS_MAIN(TestPropertyAssignment)
#include "tst_propertyassignment.moc"
