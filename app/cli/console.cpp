// Writes to the standard streams; kept in one place so every command prints
// the same way and the error format lives in one spot.
#include "console.h"

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace ryuk::cli {

void Console::write(QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, std::size_t(bytes.size()), stdout);
}

void Console::writeLine(std::string_view utf8)
{
    std::fwrite(utf8.data(), 1, utf8.size(), stdout);
    std::fputc('\n', stdout);
}

void Console::printLine(const QString &text)
{
    write((text + QLatin1Char('\n')).toUtf8());
}

void Console::printError(const QString &text)
{
    // Whatever the commands printed so far comes first, as it happened first.
    std::fflush(stdout);
    const QByteArray line = (QStringLiteral("ryuk: ") + text + QLatin1Char('\n')).toUtf8();
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stderr);
    std::fflush(stderr);
}

bool Console::flush()
{
    return std::fflush(stdout) == 0 && !std::ferror(stdout);
}

bool Console::errorIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

ProgressLine::ProgressLine(QString label, bool enabled) : mLabel(std::move(label)), mEnabled(enabled) {}

ProgressLine::~ProgressLine()
{
    clear();
}

void ProgressLine::clear()
{
    if (mEnabled && mShownPercent >= 0) {
        // Carriage return and "erase to end of line" leave the terminal as it was.
        std::fputs("\r\x1b[K", stderr);
        std::fflush(stderr);
    }
    mShownPercent = -1;
}

bool ProgressLine::update(qint64 done, qint64 total)
{
    if (!mEnabled || total <= 0)
        return true;
    const int percent = int(std::clamp<qint64>(done * 100 / total, 0, 100));
    if (percent == mShownPercent)
        return true;
    mShownPercent = percent;
    const QByteArray line = (QLatin1Char('\r') + mLabel + QStringLiteral(": %1%").arg(percent)).toUtf8();
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stderr);
    std::fflush(stderr);
    return true;
}

} // namespace ryuk::cli
