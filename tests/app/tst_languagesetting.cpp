// Tests LanguageSetting: the languages on offer, the saved choice, resolving the language
// to show and installing the catalogues (Japanese words, English plurals).
#include "languagesetting.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using ryuk::LanguageSetting;

class TestLanguageSetting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void availableLanguages();
    void availableLanguagesOfAFolder();
    void savedChoice();
    void resolve();
    void resolveFollowsTheSystem();
    void installJapanese();
    void installEnglishPlurals();
};

void TestLanguageSetting::initTestCase()
{
    // Settings go to a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RyukTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languagesetting"));
}

void TestLanguageSetting::init()
{
    QSettings().clear();
}

void TestLanguageSetting::availableLanguages()
{
    const QList<LanguageSetting::Language> expected = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
    QCOMPARE(LanguageSetting().availableLanguages(), expected);
    QVERIFY(LanguageSetting().isAvailable(QStringLiteral("ja")));
    QVERIFY(!LanguageSetting().isAvailable(QStringLiteral("fr")));
    QVERIFY(!LanguageSetting().isAvailable(QString()));
}

void TestLanguageSetting::availableLanguagesOfAFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"ryuk_de.qm", "ryuk_pt_BR.qm", "other_fr.qm", "ryuk_ja.ts", "ryuk_.qm"}) {
        QFile file(dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QList<LanguageSetting::Language> expected = {
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("pt_BR"), QStringLiteral("português")},
    };
    QCOMPARE(LanguageSetting(dir.path()).availableLanguages(), expected);
    // Nothing there at all: English, the language of the sources, is always on offer.
    const QList<LanguageSetting::Language> english = {{QStringLiteral("en"), QStringLiteral("English")}};
    QCOMPARE(LanguageSetting(dir.filePath(QStringLiteral("missing"))).availableLanguages(), english);
}

void TestLanguageSetting::savedChoice()
{
    LanguageSetting setting;
    QCOMPARE(setting.saved(), QString());
    LanguageSetting::save(QStringLiteral("ja"));
    QCOMPARE(setting.saved(), QStringLiteral("ja"));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ja"));
    LanguageSetting::save(QStringLiteral("en"));
    QCOMPARE(setting.saved(), QStringLiteral("en"));
    // A language whose catalogue has gone reads as "follow the system".
    LanguageSetting::save(QStringLiteral("fr"));
    QCOMPARE(setting.saved(), QString());
    LanguageSetting::save(QString());
    QCOMPARE(setting.saved(), QString());
}

void TestLanguageSetting::resolve()
{
    LanguageSetting setting;
    LanguageSetting::save(QStringLiteral("en"));
    QCOMPARE(setting.resolve().value(), QStringLiteral("en"));
    // --language wins over the saved choice.
    QCOMPARE(setting.resolve(QStringLiteral("ja")).value(), QStringLiteral("ja"));
    LanguageSetting::save(QStringLiteral("ja"));
    QCOMPARE(setting.resolve().value(), QStringLiteral("ja"));
    QCOMPARE(setting.resolve(QStringLiteral("en")).value(), QStringLiteral("en"));

    const auto unknown = setting.resolve(QStringLiteral("xx"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().message, QStringLiteral("unknown language “xx”; available: en, ja"));
}

void TestLanguageSetting::resolveFollowsTheSystem()
{
    // CTest runs this with LC_ALL=ja_JP.UTF-8 (tests/app/CMakeLists.txt).
    QCOMPARE(QLocale::system().language(), QLocale::Japanese);
    QCOMPARE(LanguageSetting().resolve().value(), QStringLiteral("ja"));
    // A system language without a catalogue falls back to English.
    QTemporaryDir empty;
    QCOMPARE(LanguageSetting(empty.path()).resolve().value(), QStringLiteral("en"));
}

void TestLanguageSetting::installJapanese()
{
    {
        LanguageSetting setting;
        QVERIFY(setting.install(*QCoreApplication::instance(), QStringLiteral("ja")));
        QCOMPARE(QLocale().language(), QLocale::Japanese);
        QCOMPARE(QCoreApplication::translate("main", "Story file (.ryuk) to open."),
                 QStringLiteral("開くストーリーファイル (.ryuk)。"));
    }
    // The translators go with the setting; a catalogue that is not there: false, and the
    // sources' English shows.
    LanguageSetting missing(QStringLiteral(":/nowhere"));
    QVERIFY(!missing.install(*QCoreApplication::instance(), QStringLiteral("ja")));
    QCOMPARE(QCoreApplication::translate("main", "Story file (.ryuk) to open."),
             QStringLiteral("Story file (.ryuk) to open."));
}

void TestLanguageSetting::installEnglishPlurals()
{
    LanguageSetting setting;
    QVERIFY(setting.install(*QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QCoreApplication::translate("StoryDocument", "Delete %n node(s)", nullptr, 1),
             QStringLiteral("Delete 1 node"));
    QCOMPARE(QCoreApplication::translate("StoryDocument", "Delete %n node(s)", nullptr, 3),
             QStringLiteral("Delete 3 nodes"));
    // Without a catalogue English still works: the sources are English.
    QTemporaryDir empty;
    QVERIFY(LanguageSetting(empty.path()).install(*QCoreApplication::instance(), QStringLiteral("en")));
}

QTEST_GUILESS_MAIN(TestLanguageSetting)
#include "tst_languagesetting.moc"
