#pragma once

#include "app/client/cockpit/CockpitDirectory.h"
#include "common/wire/Session.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CockpitPage;
}

namespace rathaus::client {
class AccessLogModel;
class ApplicationsApi;
class AccessLogVerifier;
class CockpitApi;
class RecordsModel;
class ServiceCatalogueModel;
class Session;
class TransfersModel;
} // namespace rathaus::client

namespace rathaus::ui {

class AccessLogSection;
class ExportSection;
class RecordsSection;
class RequestsSection;

// The citizen's data cockpit ("My data"): a navigation list and one section
// each for the records, the access log, requests between offices and the
// export. Owns the cockpit's client objects (api, models, verifier); loads
// on first open after sign-in and forgets everything on sign-out.
class CockpitPage : public QWidget
{
    Q_OBJECT
public:
    enum Section {
        RecordsSectionIndex,
        AccessLogSectionIndex,
        RequestsSectionIndex,
        ExportSectionIndex
    };

    CockpitPage(client::Session *session, client::ServiceCatalogueModel *catalogue,
                QWidget *parent = nullptr);
    ~CockpitPage() override;

    // A citizen signed in: checks for pending requests (the badge).
    void setUser(const UserInfo &user);
    // Signed out: every row, card and answer of the citizen is dropped.
    void clear();
    // The office asked for data (events feed): checks the requests again.
    void refreshRequests();
    // Shown: loads what is not loaded yet and shows `section`.
    void open(Section section = RecordsSectionIndex);
    void showSection(Section section);

    int pendingRequests() const;
    client::AccessLogModel *accessLogModel() const { return m_accessLog; }
    client::AccessLogVerifier *verifier() const { return m_verifier; }
    client::RecordsModel *recordsModel() const { return m_records; }
    client::TransfersModel *transfersModel() const { return m_transfers; }

signals:
    void backRequested();
    void pendingRequestsChanged(int count);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void loadRecords();
    void loadApplicationReferences();
    void updateDirectory();
    void openSendWizard();
    void retranslate();
    // Narrow windows: the navigation becomes a row above the section.
    void adaptLayout();

    std::unique_ptr<Ui::CockpitPage> ui;
    client::Session *m_session;
    client::ServiceCatalogueModel *m_catalogue;
    std::unique_ptr<client::CockpitApi> m_api;
    client::RecordsModel *m_records;
    client::AccessLogModel *m_accessLog;
    client::AccessLogVerifier *m_verifier;
    client::TransfersModel *m_transfers;
    std::unique_ptr<client::ApplicationsApi> m_applications;
    QHash<QString, QString> m_applicationReferences; // id -> LUN-..., from GET /applications
    RecordsSection *m_recordsSection;
    AccessLogSection *m_logSection;
    RequestsSection *m_requestsSection;
    ExportSection *m_exportSection;
    client::CockpitDirectory m_directory;
    UserInfo m_user;
    bool m_recordsLoaded = false;
    bool m_narrow = false;
    bool m_logStale = false; // transfers changed since the log was loaded
    quint64 m_recordsRequest = 0;
};

} // namespace rathaus::ui
