// Formatting of errors for people: "file:line:column: message".
#include "error.h"

namespace ryuk {

const char *kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadInput: return "BadInput";
    case ErrorKind::NotFound: return "NotFound";
    case ErrorKind::Conflict: return "Conflict";
    case ErrorKind::Busy: return "Busy";
    case ErrorKind::NotAStory: return "NotAStory";
    case ErrorKind::Corrupt: return "Corrupt";
    case ErrorKind::Io: return "Io";
    case ErrorKind::Cancelled: return "Cancelled";
    case ErrorKind::Internal: return "Internal";
    }
    return "?";
}

QString Error::toString() const
{
    if (file.isEmpty())
        return message;
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where + QLatin1String(": ") + message;
}

} // namespace ryuk
