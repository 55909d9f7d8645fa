#pragma once

#include "common/core/Result.h"
#include "common/domain/ApplicationStatus.h"
#include "common/wire/Application.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rathaus::client {

// One row of the staff inbox (GET /staff/cases). Read leniently: the
// backend may add members, and names it may send in either of two shapes.
struct StaffCaseSummary
{
    QString id;
    QString reference;
    QString serviceId;
    QString serviceTitle; // in the language asked for; the catalogue's is preferred
    QString citizenId;
    QString citizenName;
    ApplicationStatus status = ApplicationStatus::Submitted;
    QDateTime receivedAt;
    QString assignee; // staff account id; empty: nobody
    QString assigneeName;
    QDateTime deadline; // legal deadline; null when none
    bool overdue = false; // as the backend judged it; see isOverdue()
    int version = 0;

    // The backend's verdict, or else: an open case past its deadline.
    bool isOverdue(const QDateTime &now) const;

    static Result<StaffCaseSummary> fromJson(const QJsonObject &object);

    friend bool operator==(const StaffCaseSummary &, const StaffCaseSummary &) = default;
};

// An internal note of the office (never shown to the citizen).
struct CaseNote
{
    QString id;
    QString authorId;
    QString authorName;
    QString body;
    QDateTime at;
};

// One message of the thread between the citizen and the office.
struct CaseMessage
{
    QString id;
    bool fromCitizen = false;
    QString senderName;
    QString body;
    QDateTime at;
    QStringList uploadIds;
};

// GET /staff/cases/{id}: the citizen's application as staff see it, plus the
// office's notes and the message thread when the backend sends them.
struct StaffCase
{
    ApplicationDetail detail;
    QString citizenName;
    QString assigneeName;
    QString officeId;
    bool overdue = false;
    QList<CaseNote> notes; // oldest first
    QList<CaseMessage> messages; // oldest first
    bool hasMessages = false; // the backend sent a thread at all

    const QString &id() const { return detail.summary.id; }
    ApplicationStatus status() const { return detail.summary.status; }
    int version() const { return detail.version; }

    static Result<StaffCase> fromJson(const QJsonObject &object);
    static QList<CaseMessage> messagesFromJson(const QJsonArray &array);
};

} // namespace rathaus::client
