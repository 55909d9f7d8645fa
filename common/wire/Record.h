#pragma once

#include "common/core/LocalizedText.h"
#include "common/core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rathaus {

// What an office holds about a citizen (domain.md "Records", the data
// cockpit); GET /me/records item.
struct Record
{
    struct Field
    {
        QString key;
        LocalizedText label;
        QString value; // as the office displays it

        friend bool operator==(const Field &, const Field &) = default;
    };

    QString id;
    QString officeId;
    QString category; // residence, birth, marriage, vehicle, dog_tax, ... (open set)
    LocalizedText title;
    QList<Field> fields;
    QString legalBasis;
    QDateTime updatedAt;
    QString retention; // how long it is kept, in words; empty when not sent

    QJsonObject toJson() const;
    static Result<Record> fromJson(const QJsonObject &object);

    friend bool operator==(const Record &, const Record &) = default;
};

} // namespace rathaus
