#pragma once

#include "common/wire/JsonReader.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace rathaus::wire {

// Times on the wire: RFC 3339 in UTC, always with milliseconds
// ("2026-11-29T08:15:47.000Z"). One fixed shape because times are part of
// signed and hashed bytes (documents, the access log): the signer writes
// them with toWireTime(), the verifier re-creates the same text from the
// parsed value. Sub-millisecond precision is dropped; store times in
// milliseconds where they are signed or hashed.
QString toWireTime(const QDateTime &time);
// A null QDateTime becomes JSON null (an optional time that is not set).
QJsonValue toWireTimeValue(const QDateTime &time);
// Accepts RFC 3339 with 'Z' or an offset, with or without fractions of a
// second; the result is in UTC. nullopt for anything else.
std::optional<QDateTime> fromWireTime(const QString &text);

// Reader helpers: a missing (required) or unreadable time marks the reader failed.
QDateTime readTime(JsonReader &reader, const char *key);
// Absent or null is a null QDateTime.
QDateTime readOptionalTime(JsonReader &reader, const char *key);

} // namespace rathaus::wire
