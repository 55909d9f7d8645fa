#include "common/domain/Actor.h"

#include <array>
#include <utility>

namespace rathaus {

namespace {

constexpr std::array<std::pair<Actor, const char *>, 4> kActors { {
    { Actor::Citizen, "citizen" },
    { Actor::Staff, "staff" },
    { Actor::Payment, "payment" },
    { Actor::System, "system" },
} };

} // namespace

QString actorToWire(Actor actor)
{
    for (const auto &[value, name] : kActors) {
        if (value == actor)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Actor> actorFromWire(const QString &wire)
{
    for (const auto &[value, name] : kActors) {
        if (wire == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

} // namespace rathaus
