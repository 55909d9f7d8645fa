#include "app/client/DocumentVerifier.h"

#include <QUrl>

namespace rathaus::client {

DocumentVerifier::DocumentVerifier(const QList<Office> &offices)
{
    for (const Office &office : offices)
        m_offices.insert(office.id, office);
}

DocumentVerification DocumentVerifier::verify(const Document &document) const
{
    DocumentVerification result;
    result.officeId = document.officeId;
    result.issuedAt = document.issuedAt;
    const auto office = m_offices.constFind(document.officeId);
    if (office == m_offices.cend() || office->publicKeyPem.isEmpty()) {
        result.state = DocumentVerification::State::UnknownOffice;
        return result;
    }
    result.officeName = office->name;
    result.state = document.verifySignature(office->publicKeyPem.toLatin1())
        ? DocumentVerification::State::Valid
        : DocumentVerification::State::Invalid;
    return result;
}

QString DocumentVerifier::verifyPath(const QString &serial)
{
    return QStringLiteral("/api/v1/documents/") +
        QString::fromLatin1(QUrl::toPercentEncoding(serial)) + QStringLiteral("/verify");
}

} // namespace rathaus::client
