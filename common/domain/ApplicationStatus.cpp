#include "common/domain/ApplicationStatus.h"

#include "common/core/WireNames.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace rathaus {

namespace {

using S = ApplicationStatus;

constexpr std::array<std::pair<S, const char *>, 9> kNames { {
    { S::AwaitingPayment, "awaiting_payment" },
    { S::Submitted, "submitted" },
    { S::InReview, "in_review" },
    { S::InfoRequested, "info_requested" },
    { S::Suspended, "suspended" },
    { S::Approved, "approved" },
    { S::Rejected, "rejected" },
    { S::Completed, "completed" },
    { S::Withdrawn, "withdrawn" },
} };

constexpr unsigned bit(Actor actor)
{
    return 1U << static_cast<unsigned>(actor);
}

struct Transition
{
    S from;
    S to;
    unsigned actors; // bits of Actor
};

// THE table (domain.md). Anything not listed is forbidden.
constexpr std::array<Transition, 13> kTransitions { {
    // The provider's report (or reconciliation) settles the fee.
    { S::AwaitingPayment, S::Submitted, bit(Actor::Payment) },
    // A caseworker opens the case.
    { S::Submitted, S::InReview, bit(Actor::Staff) },
    { S::InReview, S::InfoRequested, bit(Actor::Staff) },
    { S::InReview, S::Suspended, bit(Actor::Staff) },
    { S::InReview, S::Approved, bit(Actor::Staff) },
    { S::InReview, S::Rejected, bit(Actor::Staff) },
    // The citizen's answer puts the case back on the caseworker's desk.
    { S::InfoRequested, S::InReview, bit(Actor::Citizen) },
    { S::Suspended, S::InReview, bit(Actor::Staff) },
    // Issuing the document completes it; so may the backend once a service
    // needs no document.
    { S::Approved, S::Completed, bit(Actor::Staff) | bit(Actor::System) },
    // The citizen may withdraw until the office has decided (or paused it).
    { S::AwaitingPayment, S::Withdrawn, bit(Actor::Citizen) },
    { S::Submitted, S::Withdrawn, bit(Actor::Citizen) },
    { S::InReview, S::Withdrawn, bit(Actor::Citizen) },
    { S::InfoRequested, S::Withdrawn, bit(Actor::Citizen) },
} };

} // namespace

QString applicationStatusToWire(ApplicationStatus status)
{
    return enumToWire(kNames, status);
}

std::optional<ApplicationStatus> applicationStatusFromWire(const QString &wire)
{
    return enumFromWire(kNames, wire);
}

QList<ApplicationStatus> allApplicationStatuses()
{
    return allEnumValues(kNames);
}

ApplicationStatus initialApplicationStatus(qint64 feeCents)
{
    return feeCents > 0 ? S::AwaitingPayment : S::Submitted;
}

bool canTransition(ApplicationStatus from, ApplicationStatus to, Actor actor)
{
    for (const Transition &transition : kTransitions) {
        if (transition.from == from && transition.to == to)
            return (transition.actors & bit(actor)) != 0;
    }
    return false;
}

QList<ApplicationStatus> nextStatuses(ApplicationStatus from, Actor actor)
{
    QList<ApplicationStatus> statuses;
    for (const auto &entry : kNames) {
        if (canTransition(from, entry.first, actor))
            statuses.append(entry.first);
    }
    return statuses;
}

bool isFinal(ApplicationStatus status)
{
    return status == S::Rejected || status == S::Completed || status == S::Withdrawn;
}

// Each text is spelt out in a full translate() call so that lupdate finds it
// with its context.
QString statusLabel(ApplicationStatus status)
{
    switch (status) {
    case S::AwaitingPayment:
        return QCoreApplication::translate("ApplicationStatus", "Awaiting payment");
    case S::Submitted:
        return QCoreApplication::translate("ApplicationStatus", "Submitted");
    case S::InReview:
        return QCoreApplication::translate("ApplicationStatus", "In review");
    case S::InfoRequested:
        return QCoreApplication::translate("ApplicationStatus", "Information needed");
    case S::Suspended:
        return QCoreApplication::translate("ApplicationStatus", "On hold");
    case S::Approved:
        return QCoreApplication::translate("ApplicationStatus", "Approved");
    case S::Rejected:
        return QCoreApplication::translate("ApplicationStatus", "Rejected");
    case S::Completed:
        return QCoreApplication::translate("ApplicationStatus", "Completed");
    case S::Withdrawn:
        return QCoreApplication::translate("ApplicationStatus", "Withdrawn");
    }
    return {};
}

QString nextStepHint(ApplicationStatus status, int processingDays)
{
    switch (status) {
    case S::AwaitingPayment:
        return QCoreApplication::translate(
            "ApplicationStatus",
            "Pay the fee to submit your application. The office sees it once it is paid.");
    case S::Submitted:
        if (processingDays > 0)
            return QCoreApplication::translate(
                "ApplicationStatus",
                "The office will start checking your application soon; usually within %n "
                "working days.",
                nullptr, processingDays);
        return QCoreApplication::translate("ApplicationStatus",
                                           "The office will start checking your application soon.");
    case S::InReview:
        if (processingDays > 0)
            return QCoreApplication::translate(
                "ApplicationStatus",
                "The office is checking your application; this usually takes %n working "
                "days.",
                nullptr, processingDays);
        return QCoreApplication::translate("ApplicationStatus",
                                           "The office is checking your application.");
    case S::InfoRequested:
        return QCoreApplication::translate(
            "ApplicationStatus",
            "The office needs more information from you. Answer its message so it can "
            "continue.");
    case S::Suspended:
        return QCoreApplication::translate(
            "ApplicationStatus",
            "The office has paused your application for now and will tell you when it "
            "continues.");
    case S::Approved:
        return QCoreApplication::translate(
            "ApplicationStatus",
            "Your application was approved. The office is preparing your document.");
    case S::Rejected:
        return QCoreApplication::translate(
            "ApplicationStatus",
            "Your application was rejected. The office's message explains why and how you "
            "can object.");
    case S::Completed:
        return QCoreApplication::translate(
            "ApplicationStatus", "Done. Any documents issued are attached to your application.");
    case S::Withdrawn:
        return QCoreApplication::translate(
            "ApplicationStatus",
            "You withdrew this application. The office will not process it further.");
    }
    return {};
}

} // namespace rathaus
