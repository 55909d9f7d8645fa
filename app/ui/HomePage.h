#pragma once

#include "app/client/Draft.h"
#include "common/core/Problem.h"
#include "common/wire/Session.h"

#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class HomePage;
}

namespace rathaus::client {
class ServiceCatalogueModel;
class ServiceFilterModel;
} // namespace rathaus::client

namespace rathaus::ui {

// The citizen's start page: a greeting and the searchable service catalogue.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    enum class CatalogueState { Loading, Ready, Failed };

    explicit HomePage(client::ServiceCatalogueModel *catalogue, QWidget *parent = nullptr);
    ~HomePage() override;

    void setUser(const UserInfo &user);
    void setCatalogueState(CatalogueState state, const Problem &problem = {});
    void focusSearch();
    client::ServiceFilterModel *filterModel() const { return m_filter; }

    // The citizen's drafts on this computer (queued ones show as waiting).
    void setDrafts(const QList<client::DraftInfo> &drafts);
    void setOutboxCount(int waiting);

signals:
    void serviceRequested(const QString &serviceId);
    void retryRequested();
    void applicationsRequested();
    void draftResumeRequested(const QString &draftId);
    // Asked after the citizen confirmed.
    void draftDiscardRequested(const QString &draftId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openCurrent();
    void onSearchReturn();
    void ensureCurrentRow();
    void updateStatus();
    void updateDraftButtons();
    void renderDrafts();
    void confirmDiscard();
    void retranslate();

    std::unique_ptr<Ui::HomePage> ui;
    client::ServiceCatalogueModel *m_catalogue;
    client::ServiceFilterModel *m_filter;
    QAction *m_searchIconAction = nullptr;
    QAction *m_clearSearchAction = nullptr;
    UserInfo m_user;
    CatalogueState m_state = CatalogueState::Loading;
    QList<client::DraftInfo> m_drafts;
    int m_outboxCount = 0;
    Problem m_problem;
};

} // namespace rathaus::ui
