#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace rathaus::client {
class FeedbackListModel;
class ServiceCatalogueModel;
class StaffApi;
} // namespace rathaus::client

namespace rathaus::ui {

// The citizens' improvement suggestions (GET /staff/feedback) for a lead or
// an admin: newest first, more load while scrolling; the chosen one in full
// below the list. No author: the suggestions are anonymous to the office.
class SuggestionsDialog : public QDialog
{
    Q_OBJECT
public:
    SuggestionsDialog(client::StaffApi *api, client::ServiceCatalogueModel *catalogue,
                      QWidget *parent = nullptr);

    client::FeedbackListModel *model() const { return m_model; }

private:
    void updateState();
    void showCurrent();

    client::FeedbackListModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_text;
    QLabel *m_state;
    QString m_problem;
};

} // namespace rathaus::ui
