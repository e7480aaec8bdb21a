// Column alignment for the readable (non-JSON) list output.
#include "texttable.h"

#include <algorithm>

namespace ryuk::cli {

namespace {

QString singleLine(QString cell)
{
    for (QChar &c : cell) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return cell;
}

} // namespace

TextTable::TextTable(QStringList header) : mHeader(std::move(header)) {}

void TextTable::addRow(QStringList cells)
{
    for (QString &cell : cells)
        cell = singleLine(std::move(cell));
    mRows.push_back(std::move(cells));
}

QString TextTable::toString() const
{
    // Widths count UTF-16 units: right for the Latin, Greek and Cyrillic text
    // stories mostly hold; wide CJK glyphs may push a column out by a little.
    std::vector<qsizetype> widths(std::size_t(mHeader.size()), 0);
    auto measure = [&](const QStringList &row) {
        for (qsizetype i = 0; i < row.size() && i < mHeader.size(); ++i)
            widths[std::size_t(i)] = std::max(widths[std::size_t(i)], row.at(i).size());
    };
    measure(mHeader);
    for (const QStringList &row : mRows)
        measure(row);

    auto format = [&](const QStringList &row) -> QString {
        QString line;
        for (qsizetype i = 0; i < mHeader.size(); ++i) {
            const QString cell = i < row.size() ? row.at(i) : QString();
            line += i + 1 < mHeader.size() ? cell.leftJustified(widths[std::size_t(i)] + 2) : cell;
        }
        // Blank trailing cells would leave spaces at the end of the line.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        return line + QLatin1Char('\n');
    };
    QString text = format(mHeader);
    for (const QStringList &row : mRows)
        text += format(row);
    return text;
}

} // namespace ryuk::cli
