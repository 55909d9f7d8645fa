#pragma once

#include "common/core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace rathaus {

// A document an office issued on approval (domain.md "Documents"),
// GET /documents/{id}. Signed by the issuing office's ECDSA P-256 key over
// signedBytes(); the client checks it against the office key it trusts.
struct Document
{
    QString id;
    QString serial; // printed on the PDF; checkable at /documents/{serial}/verify
    QString type; // e.g. "meldebescheinigung"
    QJsonObject data; // the document's content
    QString officeId;
    QDateTime issuedAt; // UTC; signed as its wire text (milliseconds)
    QByteArray signature; // raw r||s (crypto::EcdsaP256), base64 on the wire

    // Canonical JSON (crypto::CanonicalJson) of
    // {serial, type, data, office_id, issued_at}: exactly what is signed.
    // The id is not signed: it names the stored copy, not the content.
    QByteArray signedBytes() const;
    bool verifySignature(const QByteArray &officePublicKeyPem) const;

    QJsonObject toJson() const;
    static Result<Document> fromJson(const QJsonObject &object);

    friend bool operator==(const Document &, const Document &) = default;
};

} // namespace rathaus
