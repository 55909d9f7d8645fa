#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace rathaus {

// An enum's wire names as one constexpr table, read both ways by these
// helpers, so every status enum maps to JSON the same way.
template<typename Enum, std::size_t N>
using WireNameTable = std::array<std::pair<Enum, const char *>, N>;

template<typename Enum, std::size_t N>
QString enumToWire(const WireNameTable<Enum, N> &table, Enum value)
{
    for (const auto &[entry, name] : table) {
        if (entry == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromWire(const WireNameTable<Enum, N> &table, const QString &wire)
{
    for (const auto &[entry, name] : table) {
        if (wire == QLatin1String(name))
            return entry;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QList<Enum> allEnumValues(const WireNameTable<Enum, N> &table)
{
    QList<Enum> values;
    values.reserve(qsizetype(N));
    for (const auto &entry : table)
        values.append(entry.first);
    return values;
}

} // namespace rathaus
