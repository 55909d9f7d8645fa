#include "common/domain/TransferStatus.h"

#include "common/core/WireNames.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace rathaus {

namespace {

using S = TransferStatus;

constexpr std::array<std::pair<S, const char *>, 6> kNames { {
    { S::Requested, "requested" },
    { S::Approved, "approved" },
    { S::Delivered, "delivered" },
    { S::Declined, "declined" },
    { S::Expired, "expired" },
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

// The only transfer table. Anything not listed is forbidden.
constexpr std::array<Transition, 6> kTransitions { {
    { S::Requested, S::Approved, bit(Actor::Citizen) },
    { S::Requested, S::Declined, bit(Actor::Citizen) },
    { S::Requested, S::Expired, bit(Actor::System) },
    { S::Approved, S::Delivered, bit(Actor::System) | bit(Actor::Staff) },
    { S::Approved, S::Withdrawn, bit(Actor::Citizen) },
    { S::Delivered, S::Withdrawn, bit(Actor::Citizen) },
} };

} // namespace

QString transferStatusToWire(TransferStatus status)
{
    return enumToWire(kNames, status);
}

std::optional<TransferStatus> transferStatusFromWire(const QString &wire)
{
    return enumFromWire(kNames, wire);
}

QList<TransferStatus> allTransferStatuses()
{
    return allEnumValues(kNames);
}

bool canTransition(TransferStatus from, TransferStatus to, Actor actor)
{
    for (const Transition &transition : kTransitions) {
        if (transition.from == from && transition.to == to)
            return (transition.actors & bit(actor)) != 0;
    }
    return false;
}

bool isFinal(TransferStatus status)
{
    return status == S::Declined || status == S::Expired || status == S::Withdrawn;
}

bool isConsentInForce(TransferStatus status)
{
    return status == S::Approved || status == S::Delivered;
}

QString statusLabel(TransferStatus status)
{
    switch (status) {
    case S::Requested:
        return QCoreApplication::translate("TransferStatus", "Waiting for your decision");
    case S::Approved:
        return QCoreApplication::translate("TransferStatus", "Approved by you");
    case S::Delivered:
        return QCoreApplication::translate("TransferStatus", "Delivered");
    case S::Declined:
        return QCoreApplication::translate("TransferStatus", "Declined by you");
    case S::Expired:
        return QCoreApplication::translate("TransferStatus", "Expired without a decision");
    case S::Withdrawn:
        return QCoreApplication::translate("TransferStatus", "Consent withdrawn");
    }
    return {};
}

QString staffStatusLabel(TransferStatus status)
{
    switch (status) {
    case S::Requested:
        return QCoreApplication::translate("TransferStatus", "Waiting for the citizen's decision");
    case S::Approved:
        return QCoreApplication::translate("TransferStatus", "Approved by the citizen");
    case S::Delivered:
        return QCoreApplication::translate("TransferStatus", "Delivered");
    case S::Declined:
        return QCoreApplication::translate("TransferStatus", "Declined by the citizen");
    case S::Expired:
        return QCoreApplication::translate("TransferStatus", "Expired without a decision");
    case S::Withdrawn:
        return QCoreApplication::translate("TransferStatus", "Consent withdrawn by the citizen");
    }
    return {};
}

} // namespace rathaus
