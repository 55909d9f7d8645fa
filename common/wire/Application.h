#pragma once

#include "common/core/Result.h"
#include "common/domain/Actor.h"
#include "common/domain/ApplicationStatus.h"
#include "common/domain/PaymentStatus.h"
#include "common/wire/Document.h"
#include "common/wire/Payment.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace rathaus {

// One status change of an application (domain.md: actor, time, from, to, note).
struct ApplicationHistoryEntry
{
    QDateTime at;
    std::optional<ApplicationStatus> from; // none for the creation
    ApplicationStatus to = ApplicationStatus::Submitted;
    Actor actor = Actor::System;
    QString actorName; // shown to the citizen: an office name, never a staff pseudonym
    // Staff answers only (never the citizen's): the account that made the
    // change, so a caseworker learns who changed a case meanwhile.
    QString staffName;
    QString staffRole; // "caseworker", "lead", "admin" (roleToWire)
    QString note;
    QString reason; // rejected, suspended
    QDateTime until; // suspended: when the pause ends, if known

    QJsonObject toJson() const;
    static Result<ApplicationHistoryEntry> fromJson(const QJsonObject &object);

    friend bool operator==(const ApplicationHistoryEntry &,
                           const ApplicationHistoryEntry &) = default;
};

// GET /applications item; the answer of POST /applications.
struct ApplicationSummary
{
    QString id;
    QString reference; // LUN-2026-000123
    QString serviceId;
    ApplicationStatus status = ApplicationStatus::Submitted;
    qint64 feeCents = 0;
    QString currency = QStringLiteral("EUR");
    std::optional<PaymentStatus> paymentStatus; // none when no payment was started
    int unreadMessages = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Result<ApplicationSummary> fromJson(const QJsonObject &object);

    friend bool operator==(const ApplicationSummary &, const ApplicationSummary &) = default;
};

// GET /applications/{id} (and, with the staff members, /staff/cases/{id}).
// Flat on the wire: the summary's members plus these.
struct ApplicationDetail
{
    ApplicationSummary summary;
    QString citizenId;
    int schemaVersion = 0;
    QJsonObject data; // field values; files are upload ids
    // The backend's words for the status; a client may prefer its own
    // (statusLabel/nextStepHint) to follow the user's language at once.
    QString statusLabel;
    QString nextStep;
    QString assignee; // staff view only
    QDateTime deadline; // legal deadline, staff view; null when none
    int version = 0; // for If-Match on staff transitions
    QList<ApplicationHistoryEntry> history; // oldest first
    std::optional<Payment> payment;
    QList<Document> documents; // only those the viewer may see

    QJsonObject toJson() const;
    static Result<ApplicationDetail> fromJson(const QJsonObject &object);

    friend bool operator==(const ApplicationDetail &, const ApplicationDetail &) = default;
};

} // namespace rathaus
