#pragma once

#include "app/client/ApiRequest.h"
#include "common/core/Problem.h"
#include "common/core/Result.h"
#include "common/wire/Catalogue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace rathaus::client {

// Reading the answers of list routes, the same for every API class: a list
// comes as a bare array or, paged, as {items: [...], next_cursor}.

// "The city's server sent an answer that could not be read." (status kept).
Problem malformedResponse(int status);

// The items of a list answer; its problem, or malformed when it is no list.
Result<QJsonArray> listItems(const ApiResult &result);

// The items read with T::fromJson (the first that does not read fails all).
template<typename T> Result<QList<T>> listFrom(const ApiResult &result)
{
    const Result<QJsonArray> items = listItems(result);
    if (!items)
        return items.problem();
    return listFromJson<T>(items.value());
}

// One page: `PageT` has `QList<T> items` and `QString nextCursor` (empty on
// the last page).
template<typename T, typename PageT> Result<PageT> pageFrom(const ApiResult &result)
{
    Result<QList<T>> items = listFrom<T>(result);
    if (!items)
        return items.problem();
    PageT page;
    page.items = std::move(items).value();
    page.nextCursor = result.value().json.object().value(QLatin1String("next_cursor")).toString();
    return page;
}

} // namespace rathaus::client
