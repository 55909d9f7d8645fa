#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace rathaus::client {
class AppSettings;
}

namespace rathaus::ui {

class LanguageManager;

// Language (applied at once) and the city server (used from the next start).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(client::AppSettings *settings, LanguageManager *language,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Fills the fields from the current settings; call before showing.
    void load();
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::SettingsDialog> ui;
    client::AppSettings *m_settings;
    LanguageManager *m_language;
};

} // namespace rathaus::ui
