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

    // What "0E44" becomes when a story reads it: it should be zero. Found by
    // fuzzing: RapidJSON 1.1.0's full-precision strtod normalizes the zero
    // significand with __builtin_clzll(0) and reads a tiny negative number.
    void zeroWithLargeExponentIsZero()
    {
        RYUK_TAKE(applied, applyPropertyChanges("{}", {{"x", std::string("0E44")}}));
        QEXPECT_FAIL("", "RapidJSON 1.1.0 reads 0E44 as -1.4788152327084685e-272 (its strtod's clz of 0)", Continue);
        QCOMPARE(QString::fromStdString(applied), QStringLiteral("{\"x\":0.0}"));
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
        // Found by fuzzing: the second made RapidJSON read out of bounds (a crash).
        row("zero with an exponent", "x=0E44",
            "value of \"x\": a zero with an exponent or with 20 or more zeros after the point cannot be read; write 0");
        QTest::newRow("zero with 400 zeros") << (QStringLiteral("x=0.") + QString(400, QLatin1Char('0')))
                                             << QStringLiteral("value of \"x\": a zero with an exponent or with 20 or "
                                                               "more zeros after the point cannot be read; write 0");
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
