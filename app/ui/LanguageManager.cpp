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
    return QLocale::system().language() == QLocale::German ? QStringLiteral("de")
                                                           : QStringLiteral("en");
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
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
    QGuiApplication::setLayoutDirection(locale.textDirection());

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
