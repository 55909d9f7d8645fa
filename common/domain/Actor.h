#pragma once

#include <QString>

#include <optional>

namespace rathaus {

// Who causes a status change: the party the transition tables check.
// A staff member's identity and role are checked elsewhere (office scope,
// caseworker or lead); the tables only ask which side may act.
enum class Actor {
    Citizen,
    Staff,
    Payment, // the payment provider's report, or the reconciliation job acting on it
    System, // the backend itself: timers, automatic completion, delivery
};

QString actorToWire(Actor actor);
std::optional<Actor> actorFromWire(const QString &wire);

} // namespace rathaus
