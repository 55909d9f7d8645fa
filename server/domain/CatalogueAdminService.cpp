#include "server/domain/CatalogueAdminService.h"

#include "common/core/Clock.h"
#include "common/forms/ServiceSchemaCheck.h"
#include "common/wire/Catalogue.h"
#include "common/wire/WireTime.h"
#include "server/Logging.h"
#include "server/store/CatalogueRepository.h"
#include "server/store/Database.h"
#include "server/store/Transaction.h"

#include <QDateTime>

namespace rathaus::server {

namespace {

QString wireTime(qint64 seconds)
{
    return wire::toWireTime(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC));
}

Problem notFound()
{
    return Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                         QStringLiteral("There is no such service."));
}

Problem invalid(const QMap<QString, QString> &errors)
{
    Problem problem =
        Problem::make(422, QStringLiteral("invalid-service"), QStringLiteral("Invalid service"),
                      QStringLiteral("The service has mistakes; see errors."));
    problem.fieldErrors = errors;
    return problem;
}

QJsonObject withEdit(const ServiceDetail &detail, const CatalogueRepository::Edit &edit)
{
    QJsonObject object = detail.toJson();
    object.insert(QStringLiteral("version"), edit.version);
    object.insert(QStringLiteral("updated_at"), wireTime(edit.updatedAt));
    return object;
}

// The checked document as a ServiceDetail, or the 422 with every mistake.
Result<ServiceDetail> parseChecked(CatalogueRepository &catalogue, const QJsonObject &document)
{
    QMap<QString, QString> errors =
        ServiceSchemaCheck::toErrorMap(ServiceSchemaCheck::check(document));
    const QString officeId = document.value(QLatin1String("office_id")).toString();
    if (!errors.contains(QStringLiteral("office_id")) && !catalogue.officeExists(officeId))
        errors.insert(QStringLiteral("office_id"), QStringLiteral("There is no such office."));
    if (!errors.isEmpty())
        return invalid(errors);
    auto detail = ServiceDetail::fromJson(document);
    if (!detail) // the checker passed it: a gap between checker and parser
        return invalid({ { QString(), detail.problem().detail } });
    return detail;
}

} // namespace

CatalogueAdminService::CatalogueAdminService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

QJsonArray CatalogueAdminService::list() const
{
    CatalogueRepository catalogue(m_database.connection());
    QJsonArray array;
    for (const ServiceSummary &summary : catalogue.services()) {
        QJsonObject object = summary.toJson();
        if (const auto edit = catalogue.editOf(summary.id)) {
            object.insert(QStringLiteral("version"), edit->version);
            object.insert(QStringLiteral("updated_at"), wireTime(edit->updatedAt));
        }
        array.append(object);
    }
    return array;
}

Result<QJsonObject> CatalogueAdminService::get(const QString &id) const
{
    CatalogueRepository catalogue(m_database.connection());
    const auto detail = catalogue.service(id);
    const auto edit = catalogue.editOf(id);
    if (!detail || !edit)
        return notFound();
    return withEdit(*detail, *edit);
}

Result<QJsonObject> CatalogueAdminService::create(const UserRecord &admin,
                                                  const QJsonObject &document)
{
    const QSqlDatabase db = m_database.connection();
    CatalogueRepository catalogue(db);
    auto parsed = parseChecked(catalogue, document);
    if (!parsed)
        return parsed.problem();
    ServiceDetail detail = std::move(parsed).value();
    detail.form.version = 1;
    const qint64 now = m_clock.nowSeconds();
    Transaction transaction(db, m_database.dialect());
    if (catalogue.editOf(detail.summary.id))
        return Problem::make(409, QStringLiteral("service-exists"),
                             QStringLiteral("Service exists"),
                             QStringLiteral("A service with this id exists already; change it "
                                            "with PUT."));
    catalogue.insertService(detail, admin.id, now);
    transaction.commit();
    qCInfo(lcDomain) << "service created:" << detail.summary.id;
    return withEdit(detail, { 1, now });
}

Result<QJsonObject> CatalogueAdminService::replace(const UserRecord &admin, const QString &id,
                                                   int expectedVersion, const QJsonObject &document)
{
    const QSqlDatabase db = m_database.connection();
    CatalogueRepository catalogue(db);
    auto current = catalogue.service(id);
    if (!current)
        return notFound();
    // The id is the URL's; a document naming another is a mistake, not a rename.
    if (document.contains(QLatin1String("id")) &&
        document.value(QLatin1String("id")).toString() != id)
        return invalid({ { QStringLiteral("id"),
                           QStringLiteral("The id cannot change; create a new service.") } });
    QJsonObject withId = document;
    withId.insert(QStringLiteral("id"), id);
    auto parsed = parseChecked(catalogue, withId);
    if (!parsed)
        return parsed.problem();
    ServiceDetail detail = std::move(parsed).value();

    const qint64 now = m_clock.nowSeconds();
    Transaction transaction(db, m_database.dialect());
    current = catalogue.service(id); // again, inside the transaction
    if (!current)
        return notFound();
    // The form's version counts its changes: the client cannot reuse one.
    FormSchema unchanged = detail.form;
    unchanged.version = current->form.version;
    if (unchanged == current->form) {
        detail.form.version = current->form.version;
    } else {
        detail.form.version = current->form.version + 1;
        catalogue.keepForm(id, current->form, now); // the one filed applications used
    }
    if (!catalogue.replaceService(detail, expectedVersion, admin.id, now))
        return Problem::make(409, QStringLiteral("edit-conflict"),
                             QStringLiteral("Changed meanwhile"),
                             QStringLiteral("Someone else changed this service meanwhile. "
                                            "Load it again and repeat your change."));
    const auto edit = catalogue.editOf(id);
    transaction.commit();
    qCInfo(lcDomain) << "service edited:" << id << "version" << (edit ? edit->version : 0)
                     << "form version" << detail.form.version;
    return withEdit(detail, edit.value_or(CatalogueRepository::Edit { expectedVersion + 1, now }));
}

} // namespace rathaus::server
