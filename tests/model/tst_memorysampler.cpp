// Memory sampling: the process and SQLite figures move when memory is used,
// and the budget warns past 85 %.
#include "metrics/memorysampler.h"
#include "store/sqlitestorystore.h"
#include "formats/samplestory.h"

#include <QTemporaryDir>
#include <QtTest>

#include <vector>

using namespace ryuk;

class TestMemorySampler : public QObject
{
    Q_OBJECT

private slots:
    void processFigures();
    void sqliteFigures();
    void budget_data();
    void budget();
};

void TestMemorySampler::processFigures()
{
    const MemorySample before = sampleMemory();
    QVERIFY(before.residentBytes > 0);
    QVERIFY(before.peakResidentBytes >= before.residentBytes);
    // Touch 64 MB: resident memory must grow by most of it.
    std::vector<char> block(64 * 1024 * 1024);
    for (std::size_t i = 0; i < block.size(); i += 4096)
        block[i] = char(i);
    const MemorySample after = sampleMemory();
    QVERIFY2(after.residentBytes - before.residentBytes > 48 * 1024 * 1024,
             qPrintable(QStringLiteral("%1 → %2").arg(before.residentBytes).arg(after.residentBytes)));
    QVERIFY(after.peakResidentBytes >= after.residentBytes);
    QCOMPARE(block[8192], char(0)); // 8192 % 256: the writes really happened
}

void TestMemorySampler::sqliteFigures()
{
    QTemporaryDir dir;
    auto store = openStory(dir.filePath(QStringLiteral("s.ryuk")), OpenMode::CreateNew);
    QVERIFY(store);
    QVERIFY(loadSampleStory(**store));
    const MemorySample sample = sampleMemory();
    QVERIFY(sample.sqliteBytes > 0);
    QVERIFY(sample.sqliteHighwaterBytes >= sample.sqliteBytes);
    QVERIFY(sample.pageCacheBytes >= 0);
}

void TestMemorySampler::budget_data()
{
    QTest::addColumn<qint64>("resident");
    QTest::addColumn<bool>("warning");
    QTest::addColumn<bool>("over");
    const qint64 mb = 1024 * 1024;
    QTest::newRow("well under") << 100 * mb << false << false;
    QTest::newRow("at 85 %") << qint64(512 * mb * 0.85) << false << false;
    QTest::newRow("past 85 %") << qint64(512 * mb * 0.85) + 1 << true << false;
    QTest::newRow("over budget") << 600 * mb << true << true;
}

void TestMemorySampler::budget()
{
    QFETCH(qint64, resident);
    QFETCH(bool, warning);
    QFETCH(bool, over);
    const MemoryBudget budget; // 512 MB by default
    QCOMPARE(budget.budgetBytes(), 512ll * 1024 * 1024);
    MemorySample sample;
    sample.residentBytes = resident;
    QCOMPARE(budget.isWarning(sample), warning);
    QCOMPARE(budget.isOver(sample), over);
}

QTEST_GUILESS_MAIN(TestMemorySampler)
#include "tst_memorysampler.moc"
