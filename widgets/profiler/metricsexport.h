// The profiler's figures as text: microseconds as the table shows them, and
// the metrics table exported as JSON or CSV (format in docs/profiler.md).
#pragma once

#include "metrics/querymetrics.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace ryuk::metricsexport {

// Nanoseconds as microseconds with three decimals ("4.576"): exact, and the
// same text in the table, the JSON and the CSV.
QString micros(quint64 ns);
QString micros(double ns);

// {"view":"session","kinds":[{"kind":"node.get","count":3,"rows":3,"min_us":1.000,…},…]}
// with a final newline. `view` is "session" or "window".
QByteArray toJson(const std::vector<KindStats> &stats, const QString &view);
// A header line "kind,count,rows,min_us,mean_us,p50_us,p95_us,p99_us,max_us",
// then one line per kind; lines end with "\n".
QByteArray toCsv(const std::vector<KindStats> &stats);

} // namespace ryuk::metricsexport
