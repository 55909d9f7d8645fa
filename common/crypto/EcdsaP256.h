#pragma once

#include "common/core/Result.h"
#include "common/crypto/OpenSslHandles.h"

#include <QByteArray>

namespace rathaus::crypto {

// An office's signing key: ECDSA over NIST P-256 with SHA-256 (domain.md
// "Documents"; the office's public key is published with the office).
//
// Signatures are raw r||s, 64 bytes, each half big-endian and left-padded to
// 32 bytes (IEEE P1363, as in JWS "ES256"), not DER: a fixed length leaves
// nothing to malleate or mis-parse, and other languages' libraries accept it.
// On the wire they are base64 (standard alphabet, padded).
//
// Move-only. A key may sign from several threads at once: each call uses its
// own OpenSSL context and only reads the key.
class EcdsaP256
{
public:
    static constexpr int SignatureSize = 64;

    static Result<EcdsaP256> generate();
    // Unencrypted PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"); an encrypted
    // PEM or a key of another type or curve is refused, never prompted for.
    static Result<EcdsaP256> fromPrivateKeyPem(const QByteArray &pem);

    // PKCS#8 PEM of the private key: a secret. Wipe it (crypto::wipe) once stored.
    QByteArray privateKeyPem() const;
    // SubjectPublicKeyInfo PEM ("-----BEGIN PUBLIC KEY-----").
    QByteArray publicKeyPem() const;

    // SHA-256 of `message`, signed; raw r||s. (ECDSA is randomised: two
    // signatures of the same bytes differ and both verify.)
    Result<QByteArray> sign(const QByteArray &message) const;
    // False for a bad signature, a signature of the wrong length, or a public
    // key that is not a P-256 SubjectPublicKeyInfo PEM. Never throws or asks.
    static bool verify(const QByteArray &publicKeyPem, const QByteArray &message,
                       const QByteArray &signature);

private:
    explicit EcdsaP256(openssl::PKey key) : m_key(std::move(key)) { }

    openssl::PKey m_key;
};

} // namespace rathaus::crypto
