#include "server/http/AccessLogHandlers.h"

#include "common/core/Clock.h"
#include "common/wire/Page.h"
#include "server/domain/SessionService.h"
#include "server/http/PageQuery.h"
#include "server/store/AccessLogRepository.h"

namespace rathaus::server::http::handlers {

namespace {

constexpr qsizetype kMaxIdLength = 100;

// The cursor is the seq of the last entry of the previous page, as text.
// Clients treat it as opaque.
QString cursorFor(qint64 seq)
{
    return QString::number(seq);
}

std::optional<qint64> seqFromCursor(const QString &cursor)
{
    bool ok = false;
    const qint64 seq = cursor.toLongLong(&ok);
    if (!ok || seq < 1 || cursor.size() > 19)
        return std::nullopt;
    return seq;
}

AccessLogFilter parseFilter(const RequestContext &request, QMap<QString, QString> *errors)
{
    AccessLogFilter filter;
    const PageQuery page = PageQuery::parse(request, errors);
    filter.limit = page.limit;
    const QString &cursor = page.cursor;
    if (!cursor.isEmpty()) {
        filter.beforeSeq = seqFromCursor(cursor);
        if (!filter.beforeSeq)
            errors->insert(QStringLiteral("cursor"), QStringLiteral("Not a cursor of this list."));
    }
    filter.officeId = request.queryValue(QStringLiteral("office_id"));
    if (filter.officeId.size() > kMaxIdLength)
        errors->insert(QStringLiteral("office_id"), QStringLiteral("Not an office id."));
    const QString action = request.queryValue(QStringLiteral("action"));
    if (!action.isEmpty()) {
        filter.action = accessActionFromWire(action);
        if (!filter.action)
            errors->insert(QStringLiteral("action"),
                           QStringLiteral("One of read, update, transfer_out, transfer_in."));
    }
    return filter;
}

} // namespace

Reply myAccessLog(HandlerContext &context, const RequestContext &request)
{
    const auto session = context.sessions.authenticate(request.bearerToken());
    if (!session)
        return Reply::problem(session.problem()).withHeader("WWW-Authenticate", "Bearer");
    QMap<QString, QString> errors;
    AccessLogFilter filter = parseFilter(request, &errors);
    if (!errors.isEmpty())
        return Reply::problem(invalidQueryProblem(errors));
    filter.citizenId = session.value().user.id;
    filter.nowMs = context.clock.now().toMSecsSinceEpoch();
    const int pageSize = filter.limit;
    filter.limit = pageSize + 1; // one more: is there a next page?

    auto rows =
        AccessLogRepository(context.database.connection(), context.database.dialect()).page(filter);
    Page<AccessLogEntry> page;
    if (rows.size() > pageSize) {
        rows.resize(pageSize);
        page.nextCursor = cursorFor(rows.constLast().seq);
    }
    for (const StoredAccessLogEntry &row : std::as_const(rows))
        page.items.append(row.entry);
    return Reply::json(page.toJson());
}

} // namespace rathaus::server::http::handlers
