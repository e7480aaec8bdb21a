// Aligned text columns for list output: a header row, then one row per item.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace ryuk::cli {

class TextTable
{
public:
    explicit TextTable(QStringList header);

    // Missing cells are blank; control characters become spaces so a row stays one line.
    void addRow(QStringList cells);
    bool isEmpty() const { return mRows.empty(); }
    // Every row padded to the widest cell of its column, two spaces apart.
    QString toString() const;

private:
    QStringList mHeader;
    std::vector<QStringList> mRows;
};

} // namespace ryuk::cli
