#include "app/client/AppSettings.h"

namespace rathaus::client {

namespace {
const QString backendUrlKey = QStringLiteral("backend/url");
const QString languageKey = QStringLiteral("ui/language");
} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString &fileName) : m_settings(fileName, QSettings::IniFormat) { }

QUrl AppSettings::backendUrl() const
{
    return QUrl(m_settings.value(backendUrlKey).toString());
}

void AppSettings::setBackendUrl(const QUrl &url)
{
    if (url.isEmpty())
        m_settings.remove(backendUrlKey);
    else
        m_settings.setValue(backendUrlKey, url.toString());
}

QString AppSettings::language() const
{
    return m_settings.value(languageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(languageKey, language);
}

} // namespace rathaus::client
