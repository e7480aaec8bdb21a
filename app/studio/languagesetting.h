// The user interface language: which catalogues exist, the saved choice, and installing
// Qt's and our translations into the application at start-up.
#pragma once

#include "core/error.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QTranslator>

class QCoreApplication;

namespace ryuk {

class LanguageSetting
{
public:
    struct Language
    {
        QString code;       // "en", "ja"
        QString nativeName; // the language's name in itself: "English", "日本語"
        friend bool operator==(const Language &, const Language &) = default;
    };

    // The QSettings key; its value is "" (follow the system), "en" or "ja".
    static constexpr const char *SettingsKey = "language";

    // `catalogueDir` holds our compiled catalogues, ryuk_<code>.qm.
    explicit LanguageSetting(QString catalogueDir = QStringLiteral(":/i18n"));

    // English (the language of the sources) and every language with a catalogue, by code.
    QList<Language> availableLanguages() const;
    bool isAvailable(const QString &code) const;

    // The saved choice, "" for the system's language. A language whose catalogue has gone
    // reads as "".
    QString saved() const;
    // Saves `code` ("" for the system's language) for the next start: Qt cannot swap the
    // language of a running window, so the menu asks for a restart.
    static void save(const QString &code);

    // The language to show: `override` (the --language option) if given, else the saved
    // choice, else the first of the system's UI languages we have, else English.
    // An override we have no catalogue for is an error naming the languages there are.
    Result<QString> resolve(const QString &override = {}) const;

    // Installs Qt's own translations (standard dialogs and buttons, from
    // QLibraryInfo::TranslationsPath) and ours for `code` into `app`, and makes `code`
    // the default locale. The translators belong to this object, which must outlive
    // their use. Returns false if our catalogue for a language other than English could
    // not be loaded.
    bool install(QCoreApplication &app, const QString &code);
    // After install(): whether Qt's catalogue for the language was found (it is a
    // separate package on most distributions).
    bool qtCatalogueInstalled() const { return mQtInstalled; }

private:
    QString mCatalogueDir;
    QTranslator mQtTranslator;
    QTranslator mTranslator;
    bool mQtInstalled = false;
    bool mOursInstalled = false;
};

} // namespace ryuk
