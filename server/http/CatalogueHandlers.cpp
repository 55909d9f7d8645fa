#include "server/http/CatalogueHandlers.h"

#include "server/store/CatalogueRepository.h"
#include "server/store/Sql.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace rathaus::server::http::handlers {

Reply health(HandlerContext &context, const RequestContext &)
{
    // Touches the database: a backend that cannot reach it is not healthy
    // (the DatabaseError becomes a 503 in the dispatcher).
    sql::scalar(context.database.connection(), QStringLiteral("SELECT 1"));
    return Reply::json(
        QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
                      { QStringLiteral("version"), QStringLiteral(RATHAUS_VERSION) },
                      { QStringLiteral("db"), context.database.url().dialectName() },
                      // What clients print as the issuer, never the address they use.
                      { QStringLiteral("city_name"), context.cityName } });
}

Reply offices(HandlerContext &context, const RequestContext &)
{
    QJsonArray array;
    for (const Office &office : CatalogueRepository(context.database.connection()).offices())
        array.append(office.toJson());
    return Reply::json(array);
}

Reply services(HandlerContext &context, const RequestContext &)
{
    QJsonArray array;
    for (const ServiceSummary &service :
         CatalogueRepository(context.database.connection()).services())
        array.append(service.toJson());
    return Reply::json(array);
}

Reply service(HandlerContext &context, const RequestContext &request)
{
    static const QRegularExpression validId(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    const QString id = request.pathArguments.value(0);
    const auto notFound = [&] {
        return Reply::problem(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                              QStringLiteral("There is no such service."));
    };
    if (!validId.match(id).hasMatch())
        return notFound();
    CatalogueRepository catalogue(context.database.connection());
    auto detail = catalogue.service(id);
    if (!detail)
        return notFound();
    // ?schema_version=N: the form an application was filed on (the
    // administrator may have changed the form since).
    const QString schemaVersion = request.queryValue(QStringLiteral("schema_version"));
    if (!schemaVersion.isNull()) {
        bool ok = false;
        const int version = schemaVersion.toInt(&ok);
        const auto form = ok && version > 0 ? catalogue.formVersion(id, version) : std::nullopt;
        if (!form)
            return Reply::problem(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                                  QStringLiteral("This service has no such form version."));
        detail->form = *form;
    }
    return Reply::json(detail->toJson());
}

} // namespace rathaus::server::http::handlers
