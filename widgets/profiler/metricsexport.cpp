// JSON and CSV of the metrics table, written by hand so the numbers are the
// table's text exactly and the field order is fixed.
#include "metricsexport.h"

#include <QStringList>

namespace ryuk::metricsexport {

namespace {

QString jsonString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c.unicode() < 0x20) {
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            continue;
        }
        out += c;
    }
    return out + u'"';
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QString micros(quint64 ns)
{
    // Integer arithmetic: no rounding surprises for whole nanoseconds.
    return QString::number(ns / 1000) + u'.' + QStringLiteral("%1").arg(ns % 1000, 3, 10, QLatin1Char('0'));
}

QString micros(double ns)
{
    return QString::number(ns / 1000.0, 'f', 3);
}

QByteArray toJson(const std::vector<KindStats> &stats, const QString &view)
{
    QString out = QStringLiteral("{\"view\":") + jsonString(view) + QStringLiteral(",\"kinds\":[");
    bool first = true;
    for (const KindStats &k : stats) {
        if (!first)
            out += u',';
        first = false;
        out += QStringLiteral("{\"kind\":") + jsonString(QString::fromStdString(k.kind))
               + QStringLiteral(",\"count\":") + QString::number(k.count) + QStringLiteral(",\"rows\":")
               + QString::number(k.rows) + QStringLiteral(",\"min_us\":") + micros(k.minNs)
               + QStringLiteral(",\"mean_us\":") + micros(k.meanNs) + QStringLiteral(",\"p50_us\":") + micros(k.p50Ns)
               + QStringLiteral(",\"p95_us\":") + micros(k.p95Ns) + QStringLiteral(",\"p99_us\":") + micros(k.p99Ns)
               + QStringLiteral(",\"max_us\":") + micros(k.maxNs) + u'}';
    }
    out += QStringLiteral("]}\n");
    return out.toUtf8();
}

QByteArray toCsv(const std::vector<KindStats> &stats)
{
    QString out = QStringLiteral("kind,count,rows,min_us,mean_us,p50_us,p95_us,p99_us,max_us\n");
    for (const KindStats &k : stats) {
        const QStringList fields{csvField(QString::fromStdString(k.kind)), QString::number(k.count),
                                 QString::number(k.rows), micros(k.minNs), micros(k.meanNs), micros(k.p50Ns),
                                 micros(k.p95Ns), micros(k.p99Ns), micros(k.maxNs)};
        out += fields.join(u',') + u'\n';
    }
    return out.toUtf8();
}

} // namespace ryuk::metricsexport
