#pragma once

#include "common/domain/Actor.h"

#include <QList>
#include <QString>

#include <optional>

namespace rathaus {

// The life of an application (domain.md "Applications"). The transition
// table in ApplicationStatus.cpp is the only one: the backend enforces it,
// the staff workspace offers its buttons from it, the client explains it.
enum class ApplicationStatus {
    AwaitingPayment,
    Submitted,
    InReview,
    InfoRequested,
    Suspended,
    Approved,
    Rejected,
    Completed,
    Withdrawn,
};

QString applicationStatusToWire(ApplicationStatus status);
std::optional<ApplicationStatus> applicationStatusFromWire(const QString &wire);
// Every status, in the order of the enum (for tables and tests).
QList<ApplicationStatus> allApplicationStatuses();

// Where a new application starts: awaiting payment when a fee is due,
// else submitted.
ApplicationStatus initialApplicationStatus(qint64 feeCents);

// Whether `actor` may move an application from `from` to `to`.
bool canTransition(ApplicationStatus from, ApplicationStatus to, Actor actor);
// The statuses `actor` may move an application to from `from`, in enum order.
QList<ApplicationStatus> nextStatuses(ApplicationStatus from, Actor actor);
// Rejected, completed and withdrawn: nothing can follow.
bool isFinal(ApplicationStatus status);

// For the citizen, translated at call time (context "ApplicationStatus").
QString statusLabel(ApplicationStatus status);
// What happens next, in a sentence; `processingDays` is the service's usual
// processing time (0 when unknown).
QString nextStepHint(ApplicationStatus status, int processingDays = 0);

} // namespace rathaus
