#pragma once

#include "common/core/Result.h"
#include "common/wire/Catalogue.h"
#include "common/wire/JsonReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rathaus {

// One page of a cursor-paged list (api.md: {items: [...], next_cursor}).
// The cursor is opaque; an empty one means there is no further page.
// T needs toJson() and a static fromJson() returning Result<T>.
template<typename T> struct Page
{
    QList<T> items;
    QString nextCursor;

    bool hasMore() const { return !nextCursor.isEmpty(); }

    QJsonObject toJson() const
    {
        QJsonArray array;
        for (const T &item : items)
            array.append(item.toJson());
        return { { QStringLiteral("items"), array },
                 { QStringLiteral("next_cursor"),
                   nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(nextCursor) } };
    }

    static Result<Page> fromJson(const QJsonObject &object)
    {
        wire::JsonReader reader(object, "Page");
        const QJsonArray array = reader.array("items");
        Page page;
        page.nextCursor = reader.optionalString("next_cursor");
        if (!reader.ok())
            return reader.problem();
        auto items = listFromJson<T>(array);
        if (!items)
            return items.problem();
        page.items = std::move(items).value();
        return page;
    }

    friend bool operator==(const Page &, const Page &) = default;
};

} // namespace rathaus
