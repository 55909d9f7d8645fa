#pragma once

#include "common/core/Problem.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace rathaus::client {
class AdminCatalogueApi;
class FormFieldTableModel;
} // namespace rathaus::client

namespace rathaus::ui {

// The administrator's service catalogue: the services on the left; on the
// right the chosen one's texts (German and English), fee, office and legal
// basis, its form fields as a table, and the whole document as JSON for what
// the table cannot edit. Saving runs the shared schema check first (the same
// code the backend runs) and shows each mistake beside its field and in a
// list; the backend's 422 is shown the same way. When someone else saved
// meanwhile (409) the typed text stays in the form: the administrator may
// take over the newer version and save again, or discard and reload.
class ServiceEditorPage : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceEditorPage(client::AdminCatalogueApi *api, QWidget *parent = nullptr);
    ~ServiceEditorPage() override;

    // Loads the list of services (and opens `select`, or the first).
    void reload(const QString &select = {});
    QString currentServiceId() const;
    client::FormFieldTableModel *fieldModel() const { return m_fields; }

signals:
    void serviceSaved(const QString &serviceId, int version);
    void serviceLoaded(const QString &serviceId);
    void saveFailed();

private:
    void buildUi();
    void openService(const QString &id);
    void showDocument(const QJsonObject &document);
    QJsonObject documentFromWidgets() const;
    // The document to save: from the JSON tab when it is open. False with the
    // error shown when the JSON does not parse.
    bool collectDocument(QJsonObject *document);
    void onTabChanged(int index);
    void save();
    void takeOverNewerVersion();
    void newService();
    void showErrors(const QMap<QString, QString> &errors);
    void clearErrors();
    // The widget of the "Texts and fee" tab a place belongs to, or null.
    QWidget *widgetFor(const QString &path) const;
    // A place of the schema check in words: "Step 2, field 3 (type)".
    QString placeText(const QString &path) const;
    void markInvalid(QWidget *widget, const QString &message);
    void setStatus(const QString &text, bool error);
    void updateFeeRulesNote(const QJsonObject &fee);
    void setBusy(bool busy);

    client::AdminCatalogueApi *m_api;
    client::FormFieldTableModel *m_fields;
    QJsonObject m_document; // as loaded: members without a widget are kept
    int m_version = 0; // 0: a new service, not saved yet
    int m_lastTab = 0;
    bool m_loadingList = false;

    QListWidget *m_serviceList = nullptr;
    QPushButton *m_newButton = nullptr;
    QLabel *m_heading = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_titleDe = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QPlainTextEdit *m_summaryDe = nullptr;
    QPlainTextEdit *m_summaryEn = nullptr;
    QPlainTextEdit *m_descriptionDe = nullptr;
    QPlainTextEdit *m_descriptionEn = nullptr;
    QLineEdit *m_legalBasis = nullptr;
    QLineEdit *m_office = nullptr;
    QSpinBox *m_processingDays = nullptr;
    QComboBox *m_trustLevel = nullptr;
    QDoubleSpinBox *m_fee = nullptr;
    QLabel *m_feeRules = nullptr;
    QTableView *m_fieldTable = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QListWidget *m_errorList = nullptr;
    QLabel *m_status = nullptr;
    QFrame *m_conflictBanner = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QList<QWidget *> m_marked;
};

} // namespace rathaus::ui
