#pragma once

#include "common/core/Problem.h"
#include "server/http/RequestContext.h"

#include <QMap>
#include <QString>

namespace rathaus::server::http {

// The paging part of a list request (api.md: ?limit= default 50, max 200, and
// an opaque ?cursor=), read the same way by every list endpoint.
struct PageQuery
{
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 200;

    int limit = kDefaultLimit;
    QString cursor; // empty: first page; decoding is the list's own business

    // Adds a message per bad parameter to `errors` (query name -> message).
    static PageQuery parse(const RequestContext &request, QMap<QString, QString> *errors);
};

// 400 "invalid-query" with the messages of PageQuery::parse and the list's own
// filter checks: a malformed query is a malformed request, not invalid data.
Problem invalidQueryProblem(const QMap<QString, QString> &errors);

} // namespace rathaus::server::http
