#include "server/http/StaffCaseHandlers.h"

#include "server/domain/ApplicationService.h"
#include "server/domain/DocumentService.h"
#include "server/domain/SessionService.h"
#include "server/domain/StaffCaseService.h"
#include "server/http/Caller.h"
#include "server/http/IfMatch.h"
#include "server/http/JsonBody.h"
#include "server/http/Language.h"
#include "server/http/PageQuery.h"

#include <QJsonDocument>

namespace rathaus::server::http::handlers {

namespace {

constexpr qsizetype kMaxQueryLength = 100;

Reply answer(const Result<QJsonObject> &result, int status = 200)
{
    if (!result)
        return Reply::problem(result.problem());
    return Reply::json(result.value(), status);
}

CaseListFilter parseFilter(const RequestContext &request, const UserRecord &staff,
                           QMap<QString, QString> *errors)
{
    CaseListFilter filter;
    const PageQuery page = PageQuery::parse(request, errors);
    filter.limit = page.limit;
    const QString sort = request.queryValue(QStringLiteral("sort"));
    if (!sort.isEmpty()) {
        if (const auto parsed = CaseSort::fromWire(sort))
            filter.sort = *parsed;
        else
            errors->insert(QStringLiteral("sort"),
                           QStringLiteral("received, deadline or reference; a leading - for "
                                          "descending."));
    }
    if (!page.cursor.isEmpty()) {
        filter.after = CaseRepository::decodeCursor(page.cursor);
        if (!filter.after)
            errors->insert(QStringLiteral("cursor"), QStringLiteral("Not a cursor of this list."));
        else if (!(filter.after->sort == filter.sort))
            // Another order: the client starts over at the first page.
            errors->insert(QStringLiteral("cursor"),
                           QStringLiteral("A cursor of another sort order; start without one."));
    }
    const QString status = request.queryValue(QStringLiteral("status"));
    if (!status.isEmpty()) {
        filter.status = applicationStatusFromWire(status);
        if (!filter.status)
            errors->insert(QStringLiteral("status"), QStringLiteral("Not an application status."));
    }
    const QString assignee = request.queryValue(QStringLiteral("assignee"));
    if (assignee == QLatin1String("me")) {
        filter.assignee = CaseListFilter::Assignee::Account;
        filter.assigneeId = staff.id;
    } else if (assignee == QLatin1String("unassigned")) {
        filter.assignee = CaseListFilter::Assignee::Unassigned;
    } else if (!assignee.isEmpty()) {
        filter.assignee = CaseListFilter::Assignee::Account;
        filter.assigneeId = assignee;
        if (assignee.size() > kMaxQueryLength)
            errors->insert(QStringLiteral("assignee"),
                           QStringLiteral("\"me\", \"unassigned\" or a staff id."));
    }
    filter.serviceId = request.queryValue(QStringLiteral("service_id"));
    if (filter.serviceId.size() > kMaxQueryLength)
        errors->insert(QStringLiteral("service_id"), QStringLiteral("Not a service id."));
    filter.query = request.queryValue(QStringLiteral("q")).trimmed();
    if (filter.query.size() > kMaxQueryLength)
        errors->insert(QStringLiteral("q"),
                       QStringLiteral("At most %1 characters.").arg(kMaxQueryLength));
    const QString overdue = request.queryValue(QStringLiteral("overdue"));
    if (overdue == QLatin1String("true"))
        filter.overdueOnly = true;
    else if (!overdue.isEmpty() && overdue != QLatin1String("false"))
        errors->insert(QStringLiteral("overdue"), QStringLiteral("true or false."));
    return filter;
}

// A JSON body that may be empty (then {}).
Result<QJsonObject> optionalBody(const RequestContext &request)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject {};
    return JsonBody::parse(request);
}

} // namespace

Reply staffCases(HandlerContext &context, const RequestContext &request)
{
    const auto staff = officeStaffOf(context, request);
    if (!staff)
        return refusal(staff.problem());
    QMap<QString, QString> errors;
    const CaseListFilter filter = parseFilter(request, staff.value(), &errors);
    if (!errors.isEmpty())
        return Reply::problem(invalidQueryProblem(errors));
    return Reply::json(StaffCaseService(context.database, context.clock, &context.events)
                           .list(staff.value(), filter, preferredLanguage(request)));
}

Reply staffStats(HandlerContext &context, const RequestContext &request)
{
    const auto staff = officeStaffOf(context, request);
    if (!staff)
        return refusal(staff.problem());
    if (staff.value().role != Role::Lead)
        return refusal(
            Problem::make(403, QStringLiteral("forbidden"), QStringLiteral("Not allowed"),
                          QStringLiteral("Only the lead of an office sees its figures.")));
    return Reply::json(
        StaffCaseService(context.database, context.clock, &context.events).stats(staff.value()));
}

Reply staffCase(HandlerContext &context, const RequestContext &request)
{
    const auto staff = officeStaffOf(context, request);
    if (!staff)
        return refusal(staff.problem());
    return answer(
        StaffCaseService(context.database, context.clock, &context.events)
            .detail(staff.value(), request.pathArguments.value(0), preferredLanguage(request)));
}

Reply assignCase(HandlerContext &context, const RequestContext &request)
{
    const auto staff = officeStaffOf(context, request);
    if (!staff)
        return refusal(staff.problem());
    const auto body = JsonBody::parse(request);
    if (!body)
        return Reply::problem(body.problem());
    if (!body.value().contains(QLatin1String("assignee")))
        return Reply::problem(JsonBody::validationProblem(
            { { QStringLiteral("assignee"),
                QStringLiteral("Required: \"me\", a staff id of your office, or null.") } }));
    return answer(StaffCaseService(context.database, context.clock, &context.events)
                      .assign(staff.value(), request.pathArguments.value(0),
                              body.value().value(QLatin1String("assignee"))));
}

Reply transitionCase(HandlerContext &context, const RequestContext &request)
{
    const auto staff = officeStaffOf(context, request);
    if (!staff)
        return refusal(staff.problem());
    const auto version =
        requiredIfMatch(request, QStringLiteral("case"), QStringLiteral("GET /staff/cases/{id}"));
    if (!version)
        return Reply::problem(version.problem());
    const auto body = JsonBody::parse(request);
    if (!body)
        return Reply::problem(body.problem());
    StaffCaseService cases(context.database, context.clock, &context.events);
    const QString id = request.pathArguments.value(0);
    const auto result = cases.transition(staff.value(), id, version.value(), body.value());
    if (!result && result.problem().slug() == QLatin1String("edit-conflict")) {
        // 409 with the fresh state, so the client can show what changed.
        QJsonObject problem = result.problem().toJson();
        if (const auto current = cases.currentState(staff.value(), id))
            problem.insert(QStringLiteral("current"), *current);
        Reply reply = Reply::problem(result.problem());
        reply.body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
        return reply;
    }
    return answer(result);
}

Reply addCaseNote(HandlerContext &context, const RequestContext &request)
{
    const auto staff = officeStaffOf(context, request);
    if (!staff)
        return refusal(staff.problem());
    const auto body = JsonBody::parse(request);
    if (!body)
        return Reply::problem(body.problem());
    return answer(StaffCaseService(context.database, context.clock, &context.events)
                      .addNote(staff.value(), request.pathArguments.value(0), body.value()),
                  201);
}

Reply issueDocument(HandlerContext &context, const RequestContext &request)
{
    const auto staff = officeStaffOf(context, request);
    if (!staff)
        return refusal(staff.problem());
    const auto body = optionalBody(request);
    if (!body)
        return Reply::problem(body.problem());
    const auto document = DocumentService(context.database, context.clock, &context.events)
                              .issue(staff.value(), request.pathArguments.value(0), body.value());
    if (!document)
        return Reply::problem(document.problem());
    return Reply::json(document.value(), 201)
        .withHeader("Location",
                    "/api/v1/documents/" +
                        document.value().value(QLatin1String("id")).toString().toLatin1());
}

} // namespace rathaus::server::http::handlers
