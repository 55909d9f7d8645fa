#pragma once

#include "common/core/LocalizedText.h"
#include "common/core/Result.h"
#include "common/forms/FeeRule.h"
#include "common/forms/FormSchema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rathaus {

// Wire types of the public catalogue (api.md "Public"). snake_case on the wire.

struct Office
{
    QString id;
    LocalizedText name;
    QString publicKeyPem;

    QJsonObject toJson() const;
    static Result<Office> fromJson(const QJsonObject &object);

    friend bool operator==(const Office &, const Office &) = default;
};

// GET /services item.
struct ServiceSummary
{
    QString id;
    QString officeId;
    LocalizedText title;
    LocalizedText summary;
    FeeRule fee;
    QString requiredTrustLevel = QStringLiteral("basic"); // basic | substantial | high
    int processingDays = 0;

    QJsonObject toJson() const;
    static Result<ServiceSummary> fromJson(const QJsonObject &object);

    friend bool operator==(const ServiceSummary &, const ServiceSummary &) = default;
};

// GET /services/{id}.
struct ServiceDetail
{
    ServiceSummary summary;
    LocalizedText description;
    QList<LocalizedText> requirements; // "what you need"
    QString legalBasis;
    FormSchema form;

    QJsonObject toJson() const;
    static Result<ServiceDetail> fromJson(const QJsonObject &object);

    friend bool operator==(const ServiceDetail &, const ServiceDetail &) = default;
};

template<typename T>
Result<QList<T>> listFromJson(const QJsonArray &array)
{
    QList<T> items;
    items.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            return Problem::make(0, QStringLiteral("malformed-response"),
                                 QStringLiteral("A list item is not an object"));
        auto item = T::fromJson(value.toObject());
        if (!item)
            return item.problem();
        items.append(std::move(item).value());
    }
    return items;
}

} // namespace rathaus
