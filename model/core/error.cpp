// Formatting of errors for people: "file:line:column: message".
#include "error.h"

namespace ryuk {

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
