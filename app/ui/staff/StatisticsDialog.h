#pragma once

#include <QDialog>

class QLabel;

namespace rathaus::client {
class StaffApi;
}

namespace rathaus::ui {

// The office's figures for its lead (GET /staff/stats): open cases by
// status, overdue cases, the median processing time.
class StatisticsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StatisticsDialog(client::StaffApi *api, QWidget *parent = nullptr);

private:
    void show(const QJsonObject &stats);

    QLabel *m_label;
};

} // namespace rathaus::ui
