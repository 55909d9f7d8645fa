#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class MyApplicationsPage;
}

namespace rathaus::client {
class ApplicationListModel;
}

namespace rathaus::ui {

// "My applications": the citizen's applications, newest first, loaded page
// by page as the list scrolls; those still waiting in the outbox are named
// above the list.
class MyApplicationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MyApplicationsPage(client::ApplicationListModel *model, QWidget *parent = nullptr);
    ~MyApplicationsPage() override;

    // Loads the list afresh (each time the page is opened).
    void reload();
    void setOutboxCount(int waiting);
    void focusList();

signals:
    void backRequested();
    void applicationRequested(const QString &applicationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openCurrent();
    void updateStatus();
    void retranslate();

    std::unique_ptr<Ui::MyApplicationsPage> ui;
    client::ApplicationListModel *m_model;
    int m_outboxCount = 0;
};

} // namespace rathaus::ui
