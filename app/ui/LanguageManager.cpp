#include "app/ui/LanguageManager.h"

#include "app/client/LoggingCategories.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rathaus::ui {

namespace {

// The locale for numbers and money: the system's when it speaks the chosen
// language (keeps a user's regional habits), a sensible one otherwise.
QLocale localeFor(const QString &language)
{
    const QLocale system = QLocale::system();
    if (system.name().startsWith(language + QLatin1Char('_')))
        return system;
    if (language == QLatin1String("de"))
        return QLocale(QLocale::German, QLocale::Germany);
    if (language == QLatin1String("tr"))
        return QLocale(QLocale::Turkish, QLocale::Turkey);
    // An Arabic locale that writes Western digits: the numbers in our texts
    // (%1, case references, IBANs) are Western, and Egyptian or Levantine
    // locales would mix in Arabic-Indic ones for money and dates.
    if (language == QLatin1String("ar"))
        return QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) { }

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QString LanguageManager::systemLanguage()
{
    switch (QLocale::system().language()) {
    case QLocale::German:
        return QStringLiteral("de");
    case QLocale::Turkish:
        return QStringLiteral("tr");
    case QLocale::Arabic:
        return QStringLiteral("ar");
    default:
        return QStringLiteral("en");
    }
}

Qt::LayoutDirection LanguageManager::layoutDirection(const QString &language)
{
    return language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight;
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("tr"))
        return QStringLiteral("T\u00fcrk\u00e7e");
    if (language == QLatin1String("ar"))
        return QStringLiteral("\u0627\u0644\u0639\u0631\u0628\u064a\u0629");
    return QStringLiteral("English");
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

void LanguageManager::setLanguage(const QString &requested)
{
    const QString language =
        availableLanguages().contains(requested) ? requested : QStringLiteral("en");
    if (language == m_language)
        return;
    m_language = language;

    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    // From the language, not the locale: a system locale of another script
    // must not flip (or keep) the direction of the chosen language.
    QGuiApplication::setLayoutDirection(layoutDirection(language));

    removeTranslators();
    auto appTranslator = std::make_unique<QTranslator>();
    if (appTranslator->load(QStringLiteral(":/i18n/rathaus_") + language + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(appTranslator.get());
        m_appTranslator = std::move(appTranslator);
    } else {
        qCWarning(lcUi) << "no translation for" << language;
    }
    if (language != QLatin1String("en")) {
        auto qtTranslator = std::make_unique<QTranslator>();
        const QString name = QStringLiteral("qtbase_") + language;
        if (qtTranslator->load(name, QStringLiteral(":/i18n")) ||
            qtTranslator->load(name, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qtTranslator.get());
            m_qtTranslator = std::move(qtTranslator);
        }
    }
    emit languageChanged(language);
}

} // namespace rathaus::ui
