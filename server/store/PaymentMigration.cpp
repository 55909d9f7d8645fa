#include "server/store/PaymentMigration.h"

namespace rathaus::server {

Migration uploadsAndPaymentsMigration(int version)
{
    Migration migration;
    migration.version = version;
    migration.name = QStringLiteral("uploads, payments, refunds, demo payment provider");
    migration.statements = {
        // An upload's metadata. `id` is made by the server; `filename` is a
        // sanitised display name only, never a path. referenced_at is set
        // when an application (or later a message) takes the upload in;
        // housekeeping deletes unreferenced rows after 24 h.
        QStringLiteral("CREATE TABLE uploads ("
                       " id TEXT PRIMARY KEY,"
                       " owner_id TEXT NOT NULL REFERENCES users(id),"
                       " filename TEXT NOT NULL,"
                       " media_type TEXT NOT NULL,"
                       " size BIGINT NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " referenced_at BIGINT)"),
        QStringLiteral("CREATE INDEX uploads_owner ON uploads(owner_id, created_at)"),
        QStringLiteral("CREATE INDEX uploads_unreferenced ON uploads(referenced_at, created_at)"),
        // Which application refers to which upload (and through which field):
        // staff of the application's office may read those uploads.
        QStringLiteral("CREATE TABLE application_uploads ("
                       " application_id TEXT NOT NULL REFERENCES applications(id),"
                       " upload_id TEXT NOT NULL REFERENCES uploads(id),"
                       " field_id TEXT NOT NULL,"
                       " PRIMARY KEY (application_id, upload_id))"),
        QStringLiteral("CREATE INDEX application_uploads_upload ON application_uploads(upload_id)"),
        // Merchant side: the city's payments. succeeded_at is the time money
        // was taken (the receipt's time).
        QStringLiteral("CREATE TABLE payments ("
                       " id TEXT PRIMARY KEY,"
                       " application_id TEXT NOT NULL REFERENCES applications(id),"
                       " citizen_id TEXT NOT NULL REFERENCES users(id),"
                       " amount_cents BIGINT NOT NULL,"
                       " refunded_cents BIGINT NOT NULL DEFAULT 0,"
                       " currency TEXT NOT NULL,"
                       " provider TEXT NOT NULL,"
                       " provider_ref TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " failure_code TEXT,"
                       " next_url TEXT,"
                       " created_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL,"
                       " succeeded_at BIGINT)"),
        QStringLiteral("CREATE INDEX payments_application ON payments(application_id, created_at)"),
        QStringLiteral("CREATE INDEX payments_status_updated ON payments(status, updated_at)"),
        // domain.md: one application has at most one succeeded payment. A
        // partial unique index (SQLite >= 3.8 and PostgreSQL both have them)
        // makes a second success a constraint violation, whatever the code does.
        QStringLiteral("CREATE UNIQUE INDEX payments_one_success ON payments(application_id)"
                       " WHERE status IN ('succeeded', 'partially_refunded', 'refunded')"),
        QStringLiteral("CREATE TABLE payment_refunds ("
                       " id TEXT PRIMARY KEY,"
                       " payment_id TEXT NOT NULL REFERENCES payments(id),"
                       " amount_cents BIGINT NOT NULL,"
                       " staff_id TEXT NOT NULL REFERENCES users(id),"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX payment_refunds_payment ON payment_refunds(payment_id)"),
        // The demo provider's own state: no foreign key into the city's
        // tables, as a real provider keeps its books apart. merchant_ref is
        // the city's payment id; the page's token is stored as SHA-256 only.
        QStringLiteral("CREATE TABLE demo_provider_checkouts ("
                       " id TEXT PRIMARY KEY,"
                       " merchant_ref TEXT NOT NULL UNIQUE,"
                       " token_hash TEXT NOT NULL,"
                       " amount_cents BIGINT NOT NULL,"
                       " currency TEXT NOT NULL,"
                       " description TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " last_failure TEXT,"
                       " created_at BIGINT NOT NULL,"
                       " expires_at BIGINT NOT NULL,"
                       " completed_at BIGINT)"),
    };
    // Content apart from the metadata, so listing and checks never read it.
    // The one column type the dialects do not share.
    migration.sqliteOnly = {
        QStringLiteral("CREATE TABLE upload_contents ("
                       " upload_id TEXT PRIMARY KEY REFERENCES uploads(id),"
                       " content BLOB NOT NULL)"),
    };
    migration.postgresOnly = {
        QStringLiteral("CREATE TABLE upload_contents ("
                       " upload_id TEXT PRIMARY KEY REFERENCES uploads(id),"
                       " content BYTEA NOT NULL)"),
    };
    return migration;
}

} // namespace rathaus::server
