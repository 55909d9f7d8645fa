#pragma once

#include <QSettings>
#include <QString>
#include <QUrl>

namespace rathaus::client {

// The user's choices that outlive a run. Never secrets: tokens go to the
// keychain (SecretStore), not here.
class AppSettings
{
public:
    AppSettings();
    explicit AppSettings(const QString &fileName); // tests: an INI file of their own

    // Empty: the embedded demo city.
    QUrl backendUrl() const;
    void setBackendUrl(const QUrl &url);

    // "de", "en" or empty (follow the system).
    QString language() const;
    void setLanguage(const QString &language);

    void sync() { m_settings.sync(); }
    // For parts that keep their own groups (the staff inbox's saved filters).
    QSettings &store() { return m_settings; }

private:
    QSettings m_settings;
};

} // namespace rathaus::client
