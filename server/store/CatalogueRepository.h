#pragma once

#include "common/wire/Catalogue.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rathaus::server {

// Offices and services (with their fee rules and form schemas as JSON).
class CatalogueRepository
{
public:
    explicit CatalogueRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    QList<Office> offices() const;
    QList<ServiceSummary> services() const;
    // nullopt: no such service. A stored form that no longer parses is a
    // DatabaseError (corrupt data), not a client's problem.
    std::optional<ServiceDetail> service(const QString &id) const;

    // Insert or update by id (seeding, later the admin catalogue).
    void upsertOffice(const Office &office, int sortOrder);
    void upsertService(const ServiceDetail &service, int sortOrder, qint64 now);

    // The office's signing key pair: the private half stays in office_keys,
    // the public half is published as offices.public_key.
    bool hasOfficeKey(const QString &officeId) const;
    // The office's private key (PKCS#8 PEM, a secret: wipe it after use);
    // empty when the office has none.
    QByteArray officePrivateKey(const QString &officeId) const;
    void storeOfficeKey(const QString &officeId, const QByteArray &privateKeyPem,
                        const QByteArray &publicKeyPem, qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace rathaus::server
