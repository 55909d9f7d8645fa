#pragma once

#include "common/core/LocalizedText.h"
#include "common/wire/Catalogue.h"
#include "common/wire/Document.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace rathaus::client {

// What the client itself found out about a document's signature.
struct DocumentVerification
{
    enum class State {
        Valid, // signed by the office it names, content unchanged
        Invalid, // the signature does not match: changed or not from that office
        UnknownOffice, // no public key for the office it names
    };
    State state = State::Invalid;
    QString officeId;
    LocalizedText officeName; // empty for an unknown office
    QDateTime issuedAt;

    bool isValid() const { return state == State::Valid; }
};

// Checks documents against the offices' public keys (GET /offices): the
// ECDSA P-256 signature over the canonical JSON of exactly what the office
// signed (Document::signedBytes, the one definition client and backend share).
// The verdict is the client's own; it trusts the backend's keys, not its
// word about a particular document.
class DocumentVerifier
{
public:
    explicit DocumentVerifier(const QList<Office> &offices);

    DocumentVerification verify(const Document &document) const;

    // The public check anyone can make: <base>/api/v1/documents/{serial}/verify.
    static QString verifyPath(const QString &serial);

private:
    QHash<QString, Office> m_offices;
};

} // namespace rathaus::client
