#include "server/store/CatalogueRepository.h"

#include "server/store/DatabaseError.h"
#include "server/store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rathaus::server {

namespace {

QJsonValue parseJson(const QString &text)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        throw DatabaseError(
            QStringLiteral("corrupt JSON in the catalogue: %1").arg(error.errorString()));
    if (document.isArray())
        return document.array();
    return document.object();
}

QString toText(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

const QString kSummaryColumns =
    QStringLiteral("id, office_id, title, summary, fee, required_trust_level, processing_days");

ServiceSummary summaryFromRow(const QSqlQuery &query)
{
    ServiceSummary summary;
    summary.id = query.value(0).toString();
    summary.officeId = query.value(1).toString();
    summary.title = LocalizedText::fromJson(parseJson(query.value(2).toString()));
    summary.summary = LocalizedText::fromJson(parseJson(query.value(3).toString()));
    summary.fee = FeeRule::fromJson(parseJson(query.value(4).toString()).toObject());
    summary.requiredTrustLevel = query.value(5).toString();
    summary.processingDays = query.value(6).toInt();
    return summary;
}

} // namespace

QList<Office> CatalogueRepository::offices() const
{
    QList<Office> result;
    QSqlQuery query = sql::exec(m_db,
                                QStringLiteral("SELECT id, name_de, name_en, public_key"
                                               " FROM offices ORDER BY sort_order, id"));
    while (query.next()) {
        Office office;
        office.id = query.value(0).toString();
        office.name = { query.value(1).toString(), query.value(2).toString() };
        office.publicKeyPem = query.value(3).toString();
        result.append(office);
    }
    return result;
}

QList<ServiceSummary> CatalogueRepository::services() const
{
    QList<ServiceSummary> result;
    QSqlQuery query = sql::exec(
        m_db,
        QStringLiteral("SELECT %1 FROM services ORDER BY sort_order, id").arg(kSummaryColumns));
    while (query.next())
        result.append(summaryFromRow(query));
    return result;
}

std::optional<ServiceDetail> CatalogueRepository::service(const QString &id) const
{
    QSqlQuery query = sql::exec(m_db,
                                QStringLiteral("SELECT %1, description, requirements, legal_basis,"
                                               " form FROM services WHERE id = ?")
                                    .arg(kSummaryColumns),
                                { id });
    if (!query.next())
        return std::nullopt;
    ServiceDetail detail;
    detail.summary = summaryFromRow(query);
    detail.description = LocalizedText::fromJson(parseJson(query.value(7).toString()));
    const QJsonArray requirements = parseJson(query.value(8).toString()).toArray();
    for (const QJsonValue &requirement : requirements)
        detail.requirements.append(LocalizedText::fromJson(requirement));
    detail.legalBasis = query.value(9).toString();
    auto form = FormSchema::fromJson(parseJson(query.value(10).toString()).toObject());
    if (!form)
        throw DatabaseError(
            QStringLiteral("stored form of %1 is invalid: %2").arg(id, form.problem().detail));
    detail.form = std::move(form).value();
    return detail;
}

void CatalogueRepository::upsertOffice(const Office &office, int sortOrder)
{
    sql::exec(m_db,
              QStringLiteral("INSERT INTO offices (id, name_de, name_en, public_key, sort_order)"
                             " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                             " name_de = excluded.name_de, name_en = excluded.name_en,"
                             " sort_order = excluded.sort_order"),
              { office.id, sql::text(office.name.de), sql::text(office.name.en),
                sql::text(office.publicKeyPem), sortOrder });
}

void CatalogueRepository::upsertService(const ServiceDetail &service, int sortOrder, qint64 now)
{
    QJsonArray requirements;
    for (const LocalizedText &requirement : service.requirements)
        requirements.append(requirement.toJson());
    const ServiceSummary &summary = service.summary;
    sql::exec(
        m_db,
        QStringLiteral("INSERT INTO services (id, office_id, sort_order, required_trust_level,"
                       " processing_days, title, summary, description, requirements,"
                       " legal_basis, fee, form, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (id) DO UPDATE SET office_id = excluded.office_id,"
                       " sort_order = excluded.sort_order,"
                       " required_trust_level = excluded.required_trust_level,"
                       " processing_days = excluded.processing_days,"
                       " title = excluded.title, summary = excluded.summary,"
                       " description = excluded.description,"
                       " requirements = excluded.requirements,"
                       " legal_basis = excluded.legal_basis, fee = excluded.fee,"
                       " form = excluded.form, updated_at = excluded.updated_at"
                       " WHERE services.edited_by IS NULL"),
        { summary.id, summary.officeId, sortOrder, summary.requiredTrustLevel,
          summary.processingDays, toText(summary.title.toJson()), toText(summary.summary.toJson()),
          toText(service.description.toJson()), toText(requirements), sql::text(service.legalBasis),
          toText(summary.fee.toJson()), toText(service.form.toJson()), now });
    keepForm(summary.id, service.form, now);
}

std::optional<CatalogueRepository::Edit> CatalogueRepository::editOf(const QString &id) const
{
    QSqlQuery query = sql::exec(
        m_db, QStringLiteral("SELECT version, updated_at FROM services WHERE id = ?"), { id });
    if (!query.next())
        return std::nullopt;
    return Edit { query.value(0).toInt(), query.value(1).toLongLong() };
}

bool CatalogueRepository::officeExists(const QString &officeId) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT 1 FROM offices WHERE id = ?"), { officeId })
        .has_value();
}

void CatalogueRepository::insertService(const ServiceDetail &service, const QString &editedBy,
                                        qint64 now)
{
    const auto last = sql::scalar(m_db, QStringLiteral("SELECT MAX(sort_order) FROM services"));
    const int sortOrder = last && !last->isNull() ? last->toInt() + 1 : 0;
    upsertService(service, sortOrder, now);
    sql::exec(m_db, QStringLiteral("UPDATE services SET version = 1, edited_by = ? WHERE id = ?"),
              { editedBy, service.summary.id });
}

bool CatalogueRepository::replaceService(const ServiceDetail &service, int expectedVersion,
                                         const QString &editedBy, qint64 now)
{
    QJsonArray requirements;
    for (const LocalizedText &requirement : service.requirements)
        requirements.append(requirement.toJson());
    const ServiceSummary &summary = service.summary;
    const int changed = sql::execAffected(
        m_db,
        QStringLiteral("UPDATE services SET office_id = ?, required_trust_level = ?,"
                       " processing_days = ?, title = ?, summary = ?, description = ?,"
                       " requirements = ?, legal_basis = ?, fee = ?, form = ?, updated_at = ?,"
                       " version = version + 1, edited_by = ? WHERE id = ? AND version = ?"),
        { summary.officeId, summary.requiredTrustLevel, summary.processingDays,
          toText(summary.title.toJson()), toText(summary.summary.toJson()),
          toText(service.description.toJson()), toText(requirements), sql::text(service.legalBasis),
          toText(summary.fee.toJson()), toText(service.form.toJson()), now, editedBy, summary.id,
          expectedVersion });
    if (changed != 1)
        return false;
    keepForm(summary.id, service.form, now);
    return true;
}

void CatalogueRepository::keepForm(const QString &serviceId, const FormSchema &form, qint64 now)
{
    sql::exec(m_db,
              QStringLiteral("INSERT INTO service_forms (service_id, version, form, created_at)"
                             " VALUES (?, ?, ?, ?) ON CONFLICT (service_id, version) DO NOTHING"),
              { serviceId, form.version, toText(form.toJson()), now });
}

std::optional<FormSchema> CatalogueRepository::formVersion(const QString &serviceId,
                                                           int version) const
{
    const auto stored = sql::scalar(
        m_db, QStringLiteral("SELECT form FROM service_forms WHERE service_id = ? AND version = ?"),
        { serviceId, version });
    QJsonObject object;
    if (stored) {
        object = parseJson(stored->toString()).toObject();
    } else {
        const auto current = sql::scalar(
            m_db, QStringLiteral("SELECT form FROM services WHERE id = ?"), { serviceId });
        if (!current)
            return std::nullopt;
        object = parseJson(current->toString()).toObject();
        if (object.value(QLatin1String("version")).toInt(1) != version)
            return std::nullopt;
    }
    auto form = FormSchema::fromJson(object);
    if (!form)
        throw DatabaseError(QStringLiteral("stored form %1 v%2 is invalid: %3")
                                .arg(serviceId)
                                .arg(version)
                                .arg(form.problem().detail));
    return std::move(form).value();
}

bool CatalogueRepository::hasOfficeKey(const QString &officeId) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT 1 FROM office_keys WHERE office_id = ?"),
                       { officeId })
        .has_value();
}

QByteArray CatalogueRepository::officePrivateKey(const QString &officeId) const
{
    const auto value = sql::scalar(
        m_db, QStringLiteral("SELECT private_key_pem FROM office_keys WHERE office_id = ?"),
        { officeId });
    return value ? value->toString().toLatin1() : QByteArray();
}

void CatalogueRepository::storeOfficeKey(const QString &officeId, const QByteArray &privateKeyPem,
                                         const QByteArray &publicKeyPem, qint64 now)
{
    sql::exec(m_db,
              QStringLiteral("INSERT INTO office_keys (office_id, private_key_pem, created_at)"
                             " VALUES (?, ?, ?)"),
              { officeId, QString::fromLatin1(privateKeyPem), now });
    sql::exec(m_db, QStringLiteral("UPDATE offices SET public_key = ? WHERE id = ?"),
              { QString::fromLatin1(publicKeyPem), officeId });
}

} // namespace rathaus::server
