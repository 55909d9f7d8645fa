#pragma once

#include "common/core/Problem.h"
#include "common/wire/Application.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class SubmissionResultPage;
}

namespace rathaus::ui {

// After "Submit": either the confirmation (reference, status in words, fee)
// or, when the backend could not be reached, that the application waits in
// the outbox and goes out by itself.
class SubmissionResultPage : public QWidget
{
    Q_OBJECT
public:
    explicit SubmissionResultPage(QWidget *parent = nullptr);
    ~SubmissionResultPage() override;

    void showFiled(const ApplicationSummary &application, const QString &serviceTitle,
                   int processingDays);
    void showQueued(const QString &serviceTitle, const Problem &reason);

signals:
    void homeRequested();
    void applicationsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::SubmissionResultPage> ui;
    std::optional<ApplicationSummary> m_application; // none: queued
    QString m_serviceTitle;
    int m_processingDays = 0;
    Problem m_reason;
};

} // namespace rathaus::ui
