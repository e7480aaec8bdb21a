// The user interface language: which catalogues exist, the saved choice, and installing them.
#include "languagesetting.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace ryuk {

namespace {

const QString SourceLanguage = QStringLiteral("en");

QString nativeNameOf(const QString &code)
{
    const QLocale locale(code);
    // Qt names English after a country ("American English"); the menu wants the language.
    if (locale.language() == QLocale::English)
        return QStringLiteral("English");
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name;
}

} // namespace

LanguageSetting::LanguageSetting(QString catalogueDir) : mCatalogueDir(std::move(catalogueDir)) {}

QList<LanguageSetting::Language> LanguageSetting::availableLanguages() const
{
    QStringList codes{SourceLanguage};
    static const QRegularExpression catalogue(QStringLiteral("^ryuk_([a-z]{2,3}(?:_[A-Z]{2})?)\\.qm$"));
    const QStringList files = QDir(mCatalogueDir).entryList({QStringLiteral("ryuk_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const auto match = catalogue.match(file);
        if (match.hasMatch() && !codes.contains(match.captured(1)))
            codes << match.captured(1);
    }
    std::sort(codes.begin(), codes.end());
    QList<Language> languages;
    for (const QString &code : codes)
        languages.append({code, nativeNameOf(code)});
    return languages;
}

bool LanguageSetting::isAvailable(const QString &code) const
{
    const QList<Language> languages = availableLanguages();
    return std::any_of(languages.begin(), languages.end(), [&](const Language &l) { return l.code == code; });
}

QString LanguageSetting::saved() const
{
    const QString code = QSettings().value(QLatin1String(SettingsKey)).toString();
    return isAvailable(code) ? code : QString();
}

void LanguageSetting::save(const QString &code)
{
    QSettings().setValue(QLatin1String(SettingsKey), code);
}

Result<QString> LanguageSetting::resolve(const QString &override) const
{
    if (!override.isEmpty()) {
        if (isAvailable(override))
            return override;
        QStringList codes;
        for (const Language &language : availableLanguages())
            codes << language.code;
        return Error::badInput(QCoreApplication::translate("LanguageSetting", "unknown language “%1”; available: %2")
                                       .arg(override, codes.join(QStringLiteral(", "))));
    }
    const QString chosen = saved();
    if (!chosen.isEmpty())
        return chosen;
    // uiLanguages() is in the user's order of preference: "ja-JP", "ja", "en-US", …
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QLocale locale(name);
        const QString code = locale.name().section(QLatin1Char('_'), 0, 0);
        if (locale.language() != QLocale::C && isAvailable(code))
            return code;
    }
    return SourceLanguage;
}

bool LanguageSetting::install(QCoreApplication &app, const QString &code)
{
    const QLocale locale(code);
    QLocale::setDefault(locale);

    QCoreApplication::removeTranslator(&mQtTranslator);
    QCoreApplication::removeTranslator(&mTranslator);
    mQtInstalled = mQtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (mQtInstalled)
        app.installTranslator(&mQtTranslator);

    // English needs its catalogue only for plural forms; without it the sources read right.
    mOursInstalled = mTranslator.load(mCatalogueDir + QStringLiteral("/ryuk_") + code + QStringLiteral(".qm"));
    if (mOursInstalled)
        app.installTranslator(&mTranslator);
    return mOursInstalled || code == SourceLanguage;
}

} // namespace ryuk
