#include "app/ui/SettingsDialog.h"

#include "app/client/AppSettings.h"
#include "app/client/TransportPolicy.h"
#include "app/ui/LanguageManager.h"
#include "app/ui/ProblemText.h"

#include <QEvent>
#include <QPushButton>

#include "ui_SettingsDialog.h"

namespace rathaus::ui {

SettingsDialog::SettingsDialog(client::AppSettings *settings, LanguageManager *language,
                               QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings),
      m_language(language)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    for (const QString &code : LanguageManager::availableLanguages())
        ui->languageComboBox->addItem(LanguageManager::nativeName(code), code);
    ui->settingsErrorLabel->hide();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    ui->languageComboBox->setCurrentIndex(ui->languageComboBox->findData(m_language->language()));
    ui->backendUrlLineEdit->setText(m_settings->backendUrl().toString());
    ui->settingsErrorLabel->hide();
    ui->languageComboBox->setFocus(Qt::OtherFocusReason);
}

void SettingsDialog::accept()
{
    const QString text = ui->backendUrlLineEdit->text().trimmed();
    QUrl backend;
    if (!text.isEmpty()) {
        backend = QUrl::fromUserInput(text);
        // Refuse here what the client would refuse later, while the user can still fix it.
        if (auto problem = client::TransportPolicy::check(backend)) {
            ui->settingsErrorLabel->setText(ProblemText::forUser(*problem));
            ui->settingsErrorLabel->show();
            ui->backendUrlLineEdit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_settings->setBackendUrl(backend);
    const QString language = ui->languageComboBox->currentData().toString();
    m_settings->setLanguage(language);
    m_settings->sync();
    m_language->setLanguage(language);
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace rathaus::ui
