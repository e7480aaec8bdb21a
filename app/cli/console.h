// The program's standard streams: UTF-8 text out, one-line errors, and a
// progress line that only appears on a terminal.
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace ryuk::cli {

class Console
{
    Q_DECLARE_TR_FUNCTIONS(Console)

public:
    static void write(QByteArrayView bytes);
    // UTF-8 text (one line of JSON, say) and a newline.
    static void writeLine(std::string_view utf8);
    // `text` and a newline, as UTF-8, on standard output.
    static void printLine(const QString &text);
    // "ryuk: <text>" on standard error.
    static void printError(const QString &text);
    // Flushes standard output; false if anything written to it was lost (a full disk, say).
    static bool flush();
    static bool errorIsTerminal();
};

// "importing big.json: 42%" redrawn in place on standard error while a long
// operation runs, and erased when it ends. Silent unless stderr is a terminal,
// so scripts and logs never see it.
class ProgressLine
{
    Q_DISABLE_COPY_MOVE(ProgressLine)

public:
    ProgressLine(QString label, bool enabled);
    ~ProgressLine();

    // Matches ProgressCallback: never cancels.
    bool update(qint64 done, qint64 total);
    // Erases the line, before the result is printed where it stood.
    void clear();

private:
    QString mLabel;
    bool mEnabled;
    int mShownPercent = -1;
};

} // namespace ryuk::cli
