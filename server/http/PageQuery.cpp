#include "server/http/PageQuery.h"

namespace rathaus::server::http {

PageQuery PageQuery::parse(const RequestContext &request, QMap<QString, QString> *errors)
{
    PageQuery query;
    const QString limit = request.queryValue(QStringLiteral("limit"));
    if (!limit.isNull()) {
        bool ok = false;
        query.limit = limit.toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > kMaxLimit)
            errors->insert(QStringLiteral("limit"),
                           QStringLiteral("A whole number from 1 to %1.").arg(kMaxLimit));
    }
    query.cursor = request.queryValue(QStringLiteral("cursor"));
    return query;
}

Problem invalidQueryProblem(const QMap<QString, QString> &errors)
{
    Problem problem =
        Problem::make(400, QStringLiteral("invalid-query"), QStringLiteral("Invalid query"),
                      QStringLiteral("Some query parameters are invalid."));
    problem.fieldErrors = errors;
    return problem;
}

} // namespace rathaus::server::http
