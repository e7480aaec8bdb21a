// Tests the translation catalogues against the sources: every string the GUI shows has a
// finished Japanese translation, nothing in the catalogue is unfinished or stale, and every
// %n string has its English singular and plural.
//
// It runs lupdate itself, so a string added to the code fails here until the catalogues
// are updated: `cmake --build build --target update_translations`, then translate the new
// entries (Qt Linguist, or the .ts XML) and rebuild.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Entry
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete" or "vanished"
    QStringList forms; // the translation, or its plural forms

    QString key() const { return context + QChar(0) + source + QChar(0) + comment; }
    QString describe() const
    {
        QString text = context + QStringLiteral(": \"") + source + QLatin1Char('"');
        if (!comment.isEmpty())
            text += QStringLiteral(" (") + comment + QLatin1Char(')');
        return text;
    }
    bool finished() const
    {
        return type.isEmpty() && !forms.isEmpty()
               && std::all_of(forms.begin(), forms.end(), [](const QString &f) { return !f.trimmed().isEmpty(); });
    }
};

// The messages of a Qt Linguist .ts file, in file order.
QList<Entry> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = Entry{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            entry.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (entry.numerus) {
                while (xml.readNextStartElement())
                    entry.forms << xml.readElementText(); // <numerusform>
            } else {
                entry.forms << xml.readElementText();
            }
            entries << entry;
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return entries;
}

// Writes every translatable string of the sources lupdate reads for the app (the same
// folders as app/studio/CMakeLists.txt) into a fresh catalogue and reads it back.
QList<Entry> sourceStrings(const QString &dir, QString *error)
{
    QStringList files;
    for (const char *folder : {"model", "widgets", "app/studio"}) {
        QDirIterator it(QStringLiteral(RYUK_SOURCE_DIR "/") + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    const QString ts = dir + QStringLiteral("/sources.ts");
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(RYUK_LUPDATE),
                  QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none")} + files
                          + QStringList{QStringLiteral("-ts"), ts});
    if (!lupdate.waitForFinished(120000) || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(lupdate.readAll());
        return {};
    }
    return readCatalogue(ts, error);
}

QString catalogue(const char *name)
{
    return QStringLiteral(RYUK_SOURCE_DIR "/translations/") + QLatin1String(name);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void japaneseTranslatesEverySourceString();
    void japaneseHasNoUnfinishedOrStaleEntries();
    void englishHasEveryPluralForm();
    void englishHasNoStaleEntries();

private:
    QTemporaryDir mDir;
    QList<Entry> mSources;
    QHash<QString, Entry> mSourceByKey;
};

void TestTranslations::initTestCase()
{
    QVERIFY(mDir.isValid());
    QString error;
    mSources = sourceStrings(mDir.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(mSources.size() > 100); // lupdate really read the sources
    for (const Entry &entry : std::as_const(mSources))
        mSourceByKey.insert(entry.key(), entry);
}

void TestTranslations::japaneseTranslatesEverySourceString()
{
    QString error;
    const QList<Entry> japanese = readCatalogue(catalogue("ryuk_ja.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, Entry> byKey;
    for (const Entry &entry : japanese)
        byKey.insert(entry.key(), entry);

    QStringList untranslated;
    for (const Entry &source : std::as_const(mSources)) {
        const auto it = byKey.constFind(source.key());
        if (it == byKey.constEnd() || !it->finished())
            untranslated << source.describe();
    }
    for (const QString &line : std::as_const(untranslated))
        qWarning("no finished Japanese translation: %s", qPrintable(line));
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("%1 source strings have no finished Japanese translation in "
                                       "translations/ryuk_ja.ts (listed above); run `cmake --build build "
                                       "--target update_translations` and translate them")
                                .arg(untranslated.size())));
}

void TestTranslations::japaneseHasNoUnfinishedOrStaleEntries()
{
    QString error;
    const QList<Entry> japanese = readCatalogue(catalogue("ryuk_ja.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Entry &entry : japanese) {
        if (entry.type == QLatin1String("obsolete") || entry.type == QLatin1String("vanished")
            || !mSourceByKey.contains(entry.key()))
            problems << QStringLiteral("obsolete (no longer in the sources): ") + entry.describe();
        else if (!entry.finished())
            problems << QStringLiteral("unfinished: ") + entry.describe();
    }
    for (const QString &line : std::as_const(problems))
        qWarning("%s", qPrintable(line));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 entries of translations/ryuk_ja.ts are unfinished or obsolete (listed above)")
                                .arg(problems.size())));
}

void TestTranslations::englishHasEveryPluralForm()
{
    QString error;
    const QList<Entry> english = readCatalogue(catalogue("ryuk_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, Entry> byKey;
    for (const Entry &entry : english)
        byKey.insert(entry.key(), entry);

    QStringList missing;
    int plurals = 0;
    for (const Entry &source : std::as_const(mSources)) {
        if (!source.numerus)
            continue;
        ++plurals;
        const auto it = byKey.constFind(source.key());
        // English has two forms: one, and everything else.
        if (it == byKey.constEnd() || !it->finished() || it->forms.size() != 2)
            missing << source.describe();
        else if (!it->forms.at(0).contains(QLatin1String("%n")) || !it->forms.at(1).contains(QLatin1String("%n")))
            missing << source.describe() + QStringLiteral(" (a form lacks %n)");
    }
    for (const QString &line : std::as_const(missing))
        qWarning("no English singular and plural: %s", qPrintable(line));
    QVERIFY(plurals > 0);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 %n strings lack their English forms in translations/ryuk_en.ts")
                                .arg(missing.size())));
}

void TestTranslations::englishHasNoStaleEntries()
{
    QString error;
    const QList<Entry> english = readCatalogue(catalogue("ryuk_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList stale;
    for (const Entry &entry : english) {
        if (entry.type == QLatin1String("obsolete") || entry.type == QLatin1String("vanished")
            || !mSourceByKey.contains(entry.key()))
            stale << entry.describe();
    }
    for (const QString &line : std::as_const(stale))
        qWarning("obsolete English entry: %s", qPrintable(line));
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("%1 obsolete entries in translations/ryuk_en.ts").arg(stale.size())));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
