#include "server/domain/DocumentService.h"

#include "common/core/Clock.h"
#include "common/crypto/Crypto.h"
#include "common/crypto/EcdsaP256.h"
#include "common/wire/WireTime.h"
#include "server/domain/ApplicationService.h"
#include "server/domain/CaseTransitions.h"
#include "server/domain/EventHub.h"
#include "server/domain/StaffCaseService.h"
#include "server/store/CatalogueRepository.h"
#include "server/store/Database.h"
#include "server/store/DatabaseError.h"
#include "server/store/EventRepository.h"
#include "server/store/Sql.h"
#include "server/store/Transaction.h"

#include <QHash>
#include <QRegularExpression>
#include <QUuid>

namespace rathaus::server {

namespace {

Problem notFound(const QString &detail = QStringLiteral("There is no such document."))
{
    return Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not found"), detail);
}

Problem validation(const QString &field, const QString &message)
{
    Problem problem =
        Problem::make(422, QStringLiteral("validation-failed"), QStringLiteral("Invalid request"),
                      QStringLiteral("Some fields are missing or invalid."));
    problem.fieldErrors.insert(field, message);
    return problem;
}

QJsonObject documentJson(const StoredDocument &stored)
{
    QJsonObject json = stored.document.toJson();
    // The exact bytes that were signed, for verifiers that do not want to
    // re-create the canonical form themselves.
    json.insert(QStringLiteral("signed_payload"),
                QString::fromUtf8(stored.document.signedBytes()));
    return json;
}

} // namespace

DocumentService::DocumentService(Database &database, const Clock &clock, EventHub *events)
    : m_database(database), m_clock(clock), m_events(events)
{ }

QString DocumentService::serialPrefix(const QString &officeId)
{
    static const QHash<QString, QString> prefixes {
        { QStringLiteral("buergerbuero"), QStringLiteral("BBA") },
        { QStringLiteral("standesamt"), QStringLiteral("STA") },
        { QStringLiteral("elterngeldstelle"), QStringLiteral("EGS") },
        { QStringLiteral("strassenverkehrsamt"), QStringLiteral("SVA") },
        { QStringLiteral("steueramt"), QStringLiteral("STE") },
        { QStringLiteral("entsorgung"), QStringLiteral("ENT") },
    };
    if (const auto found = prefixes.constFind(officeId); found != prefixes.constEnd())
        return *found;
    QString prefix;
    for (const QChar c : officeId) {
        if (c.isLetter() && c.unicode() < 0x80 && prefix.size() < 3)
            prefix += c.toUpper();
    }
    return prefix.isEmpty() ? QStringLiteral("DOC") : prefix;
}

bool DocumentService::looksLikeSerial(const QString &text)
{
    static const QRegularExpression serial(QStringLiteral("^[A-Z]{1,8}-\\d{4}-\\d{6,12}$"));
    return serial.match(text).hasMatch();
}

Result<QJsonObject> DocumentService::issue(const UserRecord &staff, const QString &applicationId,
                                           const QJsonObject &body)
{
    if (!ApplicationService::isApplicationId(applicationId))
        return notFound(QStringLiteral("There is no such case in your office."));
    const QDateTime now = m_clock.now();
    QDate validUntil = now.date().addYears(1).addDays(-1);
    const QJsonValue untilValue = body.value(QLatin1String("valid_until"));
    if (!untilValue.isUndefined() && !untilValue.isNull()) {
        validUntil = QDate::fromString(untilValue.toString(), Qt::ISODate);
        if (!untilValue.isString() || !validUntil.isValid() || validUntil < now.date())
            return validation(QStringLiteral("valid_until"),
                              QStringLiteral("A date (YYYY-MM-DD), today or later."));
    }
    const QJsonValue visibleValue = body.value(QLatin1String("visible_to_citizen"));
    if (!visibleValue.isUndefined() && !visibleValue.isBool())
        return validation(QStringLiteral("visible_to_citizen"), QStringLiteral("true or false."));

    const StaffCaseService cases(m_database, m_clock, m_events);
    const CaseActor actor = cases.actorFor(staff);
    const QSqlDatabase db = m_database.connection();
    StoredDocument stored;
    {
        Transaction transaction(db, m_database.dialect());
        ApplicationRepository applications(db, m_database.dialect());
        const auto visible =
            CaseTransitions::visibleTo(actor, applications.findById(applicationId));
        if (!visible)
            return visible.problem();
        const StoredApplication &row = visible.value();
        if (!canTransition(row.status, ApplicationStatus::Completed, Actor::Staff))
            return Problem::make(409, QStringLiteral("invalid-transition"),
                                 QStringLiteral("Not approved"),
                                 QStringLiteral("Documents are issued for approved cases; this "
                                                "one is %1.")
                                     .arg(applicationStatusToWire(row.status)));
        CatalogueRepository catalogue(db);
        const auto service = catalogue.service(row.serviceId);
        QByteArray keyPem = catalogue.officePrivateKey(row.officeId);
        if (!service || keyPem.isEmpty())
            return Problem::make(409, QStringLiteral("cannot-sign"),
                                 QStringLiteral("Cannot sign"),
                                 QStringLiteral("The office has no signing key or the service "
                                                "is gone; ask the administrator."));
        auto key = crypto::EcdsaP256::fromPrivateKeyPem(keyPem);
        crypto::wipe(keyPem);
        if (!key)
            throw DatabaseError(QStringLiteral("stored office key does not load"));

        // The document shows the form's values, not the uploaded evidence.
        QJsonObject fields = row.data;
        for (const FormField *field : service->form.allFields()) {
            if (field->type == FieldType::File)
                fields.remove(field->id);
        }
        const QString citizenName =
            sql::scalar(db, QStringLiteral("SELECT display_name FROM users WHERE id = ?"),
                        { row.citizenId })
                .value_or(QVariant())
                .toString();

        Document &document = stored.document;
        document.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        document.serial = DocumentRepository(db).nextSerial(serialPrefix(row.officeId),
                                                           now.date().year());
        document.type = row.serviceId;
        document.officeId = row.officeId;
        // Milliseconds: signed as its wire text, stored as epoch ms.
        document.issuedAt = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
        document.data = {
            { QStringLiteral("application_reference"), row.reference },
            { QStringLiteral("title"), service->summary.title.toJson() },
            { QStringLiteral("holder_name"), citizenName },
            { QStringLiteral("valid_from"), now.date().toString(Qt::ISODate) },
            { QStringLiteral("valid_until"), validUntil.toString(Qt::ISODate) },
            { QStringLiteral("fields"), fields },
        };
        auto signature = key.value().sign(document.signedBytes());
        if (!signature)
            throw DatabaseError(QStringLiteral("signing failed"));
        document.signature = signature.value();
        stored.applicationId = row.id;
        stored.citizenId = row.citizenId;
        stored.visibleToCitizen = visibleValue.toBool(true);
        stored.issuedBy = staff.id;
        DocumentRepository(db).insert(stored);

        TransitionCommand complete;
        complete.applicationId = row.id;
        complete.to = ApplicationStatus::Completed;
        complete.actor = actor;
        complete.expectedVersion = row.version; // a concurrent issue loses here
        complete.note = QStringLiteral("Dokument %1 ausgestellt").arg(document.serial);
        const auto outcome = CaseTransitions::applyInTransaction(db, m_database.dialect(),
                                                                 complete, now.toSecsSinceEpoch());
        if (!outcome)
            return outcome.problem(); // rolled back: no document, no serial used

        if (stored.visibleToCitizen) {
            NewEvent event;
            event.citizenId = row.citizenId;
            event.kind = QStringLiteral("document_issued");
            event.applicationId = row.id;
            event.subjectId = document.id;
            event.payload = { { QStringLiteral("serial"), document.serial },
                              { QStringLiteral("type"), document.type },
                              { QStringLiteral("reference"), row.reference } };
            event.at = now.toSecsSinceEpoch();
            EventRepository(db).append(event);
        }
        transaction.commit();
    }
    if (m_events)
        m_events->notify(stored.citizenId);
    QJsonObject json = documentJson(stored);
    json.insert(QStringLiteral("visible_to_citizen"), stored.visibleToCitizen);
    json.insert(QStringLiteral("application_id"), stored.applicationId);
    return json;
}

Result<QJsonObject> DocumentService::forCitizen(const QString &citizenId,
                                                const QString &documentId) const
{
    if (!ApplicationService::isApplicationId(documentId))
        return notFound();
    const auto stored = DocumentRepository(m_database.connection()).findById(documentId);
    if (!stored || stored->citizenId != citizenId || !stored->visibleToCitizen)
        return notFound();
    return documentJson(*stored);
}

Result<QJsonObject> DocumentService::verify(const QString &serial) const
{
    if (!looksLikeSerial(serial))
        return notFound(QStringLiteral("There is no document with this serial number."));
    const QSqlDatabase db = m_database.connection();
    const auto stored = DocumentRepository(db).findBySerial(serial);
    if (!stored)
        return notFound(QStringLiteral("There is no document with this serial number."));
    const QString publicKey =
        sql::scalar(db, QStringLiteral("SELECT public_key FROM offices WHERE id = ?"),
                    { stored->document.officeId })
            .value_or(QVariant())
            .toString();
    const bool valid = !publicKey.isEmpty() && stored->document.verifySignature(publicKey.toLatin1());
    return QJsonObject {
        { QStringLiteral("serial"), stored->document.serial },
        { QStringLiteral("valid"), valid },
        { QStringLiteral("office_id"), stored->document.officeId },
        { QStringLiteral("issued_at"), wire::toWireTime(stored->document.issuedAt) },
        { QStringLiteral("type"), stored->document.type },
    };
}

} // namespace rathaus::server
