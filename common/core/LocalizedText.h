#pragma once

#include <QJsonValue>
#include <QString>

namespace rathaus {

// A text the backend sends in German and English ({"de": ..., "en": ...}) so
// the client can switch language at run time without fetching again.
struct LocalizedText
{
    QString de;
    QString en;

    // The text in `language` ("de", "en", ...), German when that is missing.
    QString in(const QString &language) const;
    bool isEmpty() const { return de.isEmpty() && en.isEmpty(); }

    QJsonValue toJson() const;
    // Accepts an object {"de","en"} or a plain string (used for both).
    static LocalizedText fromJson(const QJsonValue &value);

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

} // namespace rathaus
