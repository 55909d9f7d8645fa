#include "common/wire/Document.h"

#include "common/crypto/CanonicalJson.h"
#include "common/crypto/EcdsaP256.h"
#include "common/wire/JsonReader.h"
#include "common/wire/WireTime.h"

namespace rathaus {

QByteArray Document::signedBytes() const
{
    return crypto::CanonicalJson::serialize(
        QJsonObject { { QStringLiteral("serial"), serial },
                      { QStringLiteral("type"), type },
                      { QStringLiteral("data"), data },
                      { QStringLiteral("office_id"), officeId },
                      { QStringLiteral("issued_at"), wire::toWireTime(issuedAt) } });
}

bool Document::verifySignature(const QByteArray &officePublicKeyPem) const
{
    return crypto::EcdsaP256::verify(officePublicKeyPem, signedBytes(), signature);
}

QJsonObject Document::toJson() const
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("serial"), serial },
             { QStringLiteral("type"), type },
             { QStringLiteral("data"), data },
             { QStringLiteral("office_id"), officeId },
             { QStringLiteral("issued_at"), wire::toWireTime(issuedAt) },
             { QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()) } };
}

Result<Document> Document::fromJson(const QJsonObject &object)
{
    wire::JsonReader reader(object, "Document");
    Document document;
    document.id = reader.string("id");
    document.serial = reader.string("serial");
    document.type = reader.string("type");
    document.data = reader.object("data");
    document.officeId = reader.string("office_id");
    document.issuedAt = wire::readTime(reader, "issued_at");
    const QString signature = reader.string("signature");
    if (!reader.ok())
        return reader.problem();
    // Strict: a signature that is not clean base64 is malformed, not "invalid".
    const auto decoded = QByteArray::fromBase64Encoding(signature.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return wire::malformed(QStringLiteral("Document: the signature is not base64."));
    document.signature = *decoded;
    return document;
}

} // namespace rathaus
