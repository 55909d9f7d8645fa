#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace rathaus::ui {

// Which language the program speaks, switchable at run time: swaps the
// translators (ours and Qt's own) and the default locale; Qt then sends
// LanguageChange to every widget, which retranslates itself.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // The system's language when we speak it ("de", "tr", "ar"), "en" otherwise.
    static QString systemLanguage();
    static QStringList availableLanguages()
    {
        return { QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("tr"),
                 QStringLiteral("ar") };
    }
    // Arabic is written right to left; the whole layout mirrors for it.
    static Qt::LayoutDirection layoutDirection(const QString &language);
    // The language's own name ("Deutsch", "Türkçe", "العربية"): a user who cannot read
    // the current language still finds theirs.
    static QString nativeName(const QString &language);

    QString language() const { return m_language; }
    void setLanguage(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace rathaus::ui
