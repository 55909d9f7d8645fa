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

    // Insert or update by id (seeding). A service the administrator has
    // edited keeps the edit: the seed only fills in what is not yet there.
    void upsertOffice(const Office &office, int sortOrder);
    void upsertService(const ServiceDetail &service, int sortOrder, qint64 now);

    // The administrator's catalogue (GET|POST|PUT /admin/services).
    struct Edit
    {
        int version = 0; // edit version: If-Match of PUT
        qint64 updatedAt = 0;
    };
    std::optional<Edit> editOf(const QString &id) const;
    bool officeExists(const QString &officeId) const;
    // A new service at the end of the list, edit version 1.
    void insertService(const ServiceDetail &service, const QString &editedBy, qint64 now);
    // Replaces the service if its edit version is still `expectedVersion`
    // (then version + 1); false when someone else changed it first.
    bool replaceService(const ServiceDetail &service, int expectedVersion, const QString &editedBy,
                        qint64 now);
    // Files a published form under its form.version (kept when already there).
    void keepForm(const QString &serviceId, const FormSchema &form, qint64 now);
    // The form an application was filed on: the filed version, or the
    // current form when that is the version asked for.
    std::optional<FormSchema> formVersion(const QString &serviceId, int version) const;

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
