// Test support shared by the suites: readable checks of Result values.
#pragma once

#include "core/error.h"

#include <QString>
#include <QtTest>

namespace ryuk::test {

inline QString kindText(ErrorKind kind)
{
    return QString::fromLatin1(ryuk::kindName(kind));
}

} // namespace ryuk::test

// The call succeeded; on failure the message shows the error.
#define RYUK_VERIFY_OK(expr) \
    do { \
        const auto &result_ = (expr); \
        QVERIFY2(result_.ok(), result_.ok() ? "" : qPrintable(result_.error().toString())); \
    } while (false)

// The call failed with this kind and exactly this message.
#define RYUK_COMPARE_ERROR(expr, expectedKind, expectedMessage) \
    do { \
        const auto &result_ = (expr); \
        QVERIFY2(!result_.ok(), "the call succeeded; an error was expected"); \
        QCOMPARE(::ryuk::test::kindText(result_.error().kind), ::ryuk::test::kindText(expectedKind)); \
        QCOMPARE(result_.error().message, QString(expectedMessage)); \
    } while (false)

// Declares `var` holding the value of a Result that must be ok.
#define RYUK_TAKE(var, expr) \
    auto var##Result_ = (expr); \
    QVERIFY2(var##Result_.ok(), var##Result_.ok() ? "" : qPrintable(var##Result_.error().toString())); \
    auto var = std::move(var##Result_).value()

// An external tool a check needs is missing: skip on a developer's machine; fail under CI,
// where packaging/debian/build-depends installs every tool, so a missing package shows.
#define RYUK_SKIP_OR_FAIL(message) \
    do { \
        if (qEnvironmentVariableIsSet("CI")) \
            QFAIL(qPrintable(QString::fromUtf8(message) + QStringLiteral(" (CI is set, so a skipped check fails)"))); \
        QSKIP(message); \
    } while (false)
