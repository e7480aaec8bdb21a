// LatencyHistogram: percentiles against exact nearest-rank values on known
// samples (within the documented 1/128), exact count, min, max and mean, merge.
#include "metrics/latencyhistogram.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;

using namespace ryuk;

namespace {

quint64 exactPercentile(std::vector<quint64> sorted, double p)
{
    std::sort(sorted.begin(), sorted.end());
    const auto rank = std::max<std::size_t>(1, std::size_t(std::ceil(p / 100.0 * double(sorted.size()))));
    return sorted[rank - 1];
}

std::vector<quint64> samples(const QString &shape)
{
    std::vector<quint64> out;
    std::mt19937_64 random(7);
    if (shape == QLatin1String("small")) {
        for (quint64 v = 0; v < 64; ++v)
            out.push_back(v);
    } else if (shape == QLatin1String("linear")) {
        for (quint64 i = 1; i <= 1000; ++i)
            out.push_back(i * 1000);
    } else if (shape == QLatin1String("lognormal")) {
        std::lognormal_distribution<double> d(std::log(20000.0), 1.5);
        for (int i = 0; i < 20000; ++i)
            out.push_back(quint64(d(random)));
    } else if (shape == QLatin1String("bimodal")) {
        for (int i = 0; i < 9000; ++i)
            out.push_back(2000 + random() % 500);
        for (int i = 0; i < 1000; ++i)
            out.push_back(150'000'000 + random() % 1'000'000);
    }
    return out;
}

} // namespace

class tst_LatencyHistogram : public QObject
{
    Q_OBJECT

private slots:
    void percentiles_data();
    void percentiles();
    void exactSummary();
    void emptyHistogram();
    void bucketsTileTheRange();
    void hugeValues();
    void merge();
};

void tst_LatencyHistogram::percentiles_data()
{
    QTest::addColumn<QString>("shape");
    QTest::newRow("small values are exact") << u"small"_s;
    QTest::newRow("linear") << u"linear"_s;
    QTest::newRow("lognormal") << u"lognormal"_s;
    QTest::newRow("bimodal") << u"bimodal"_s;
}

void tst_LatencyHistogram::percentiles()
{
    QFETCH(QString, shape);
    const std::vector<quint64> values = samples(shape);
    LatencyHistogram h;
    for (quint64 v : values)
        h.record(v);
    for (double p : {1.0, 10.0, 25.0, 50.0, 75.0, 90.0, 95.0, 99.0, 99.9}) {
        const quint64 exact = exactPercentile(values, p);
        const quint64 got = h.percentile(p);
        const double error = std::abs(double(got) - double(exact));
        QVERIFY2(error <= double(exact) / 128.0,
                 qPrintable(u"p%1: got %2, exact %3"_s.arg(p).arg(got).arg(exact)));
        if (shape == QLatin1String("small"))
            QCOMPARE(got, exact);
    }
}

void tst_LatencyHistogram::exactSummary()
{
    const std::vector<quint64> values = samples(u"lognormal"_s);
    LatencyHistogram h;
    quint64 sum = 0;
    for (quint64 v : values) {
        h.record(v);
        sum += v;
    }
    QCOMPARE(h.count(), quint64(values.size()));
    QCOMPARE(h.min(), *std::min_element(values.begin(), values.end()));
    QCOMPARE(h.max(), *std::max_element(values.begin(), values.end()));
    QCOMPARE(h.sum(), sum);
    QCOMPARE(h.mean(), double(sum) / double(values.size()));
    QCOMPARE(h.percentile(0), h.min());
    QCOMPARE(h.percentile(100), h.max());
}

void tst_LatencyHistogram::emptyHistogram()
{
    const LatencyHistogram h;
    QCOMPARE(h.count(), quint64(0));
    QCOMPARE(h.min(), quint64(0));
    QCOMPARE(h.max(), quint64(0));
    QCOMPARE(h.mean(), 0.0);
    QCOMPARE(h.percentile(50), quint64(0));
}

void tst_LatencyHistogram::bucketsTileTheRange()
{
    for (int b = 0; b < LatencyHistogram::BucketCount; ++b) {
        const quint64 low = LatencyHistogram::bucketLow(b);
        const quint64 width = LatencyHistogram::bucketWidth(b);
        QCOMPARE(LatencyHistogram::bucketOf(low), b);
        QCOMPARE(LatencyHistogram::bucketOf(low + width - 1), b);
        // The relative width the error bound rests on.
        QVERIFY(b < LatencyHistogram::SubBuckets || width * 64 <= low);
        if (b + 1 < LatencyHistogram::BucketCount)
            QCOMPARE(LatencyHistogram::bucketLow(b + 1), low + width);
    }
}

void tst_LatencyHistogram::hugeValues()
{
    LatencyHistogram h;
    const quint64 twoHours = 7'200'000'000'000;
    h.record(1000);
    h.record(twoHours);
    QCOMPARE(h.max(), twoHours);
    QCOMPARE(h.percentile(100), twoHours);
    QVERIFY(h.percentile(50) >= 1000 && h.percentile(50) <= 1000 + 1000 / 128);
    QCOMPARE(LatencyHistogram::bucketOf(~quint64(0)), LatencyHistogram::BucketCount - 1);
}

void tst_LatencyHistogram::merge()
{
    const std::vector<quint64> values = samples(u"bimodal"_s);
    LatencyHistogram all;
    LatencyHistogram first;
    LatencyHistogram second;
    for (std::size_t i = 0; i < values.size(); ++i) {
        all.record(values[i]);
        (i % 3 == 0 ? first : second).record(values[i]);
    }
    first.merge(second);
    first.merge(LatencyHistogram());
    QCOMPARE(first.count(), all.count());
    QCOMPARE(first.min(), all.min());
    QCOMPARE(first.max(), all.max());
    QCOMPARE(first.sum(), all.sum());
    for (double p : {50.0, 90.0, 95.0, 99.0})
        QCOMPARE(first.percentile(p), all.percentile(p));
    first.clear();
    QCOMPARE(first.count(), quint64(0));
}

QTEST_GUILESS_MAIN(tst_LatencyHistogram)
#include "tst_latencyhistogram.moc"
