#include "common/crypto/EcdsaP256.h"

#include <QString>

#include <array>
#include <climits>
#include <openssl/core_names.h>
#include <openssl/pem.h>

namespace rathaus::crypto {

namespace {

constexpr int kHalf = EcdsaP256::SignatureSize / 2;

Problem keyProblem(const QString &detail)
{
    return Problem::make(0, QStringLiteral("invalid-key"),
                         QStringLiteral("The signing key is not usable"), detail);
}

Problem signingProblem(const QString &detail)
{
    return Problem::make(0, QStringLiteral("signing-failed"),
                         QStringLiteral("The document could not be signed"), detail);
}

// A PEM passphrase callback that refuses: OpenSSL's default would read the
// terminal, which a server or a GUI must never do.
int refusePassphrase(char *, int, int, void *)
{
    return -1;
}

bool isP256(EVP_PKEY *key)
{
    if (key == nullptr || EVP_PKEY_is_a(key, "EC") != 1)
        return false;
    std::array<char, 64> group {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group.data(), group.size(),
                                       &length) != 1) {
        return false;
    }
    const QByteArray name(group.data(), static_cast<qsizetype>(length));
    return name == "prime256v1" || name == "P-256" || name == "secp256r1";
}

openssl::Bio memoryBio(const QByteArray &bytes)
{
    if (bytes.size() > INT_MAX)
        return {};
    return openssl::Bio(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    if (length <= 0 || data == nullptr)
        return {};
    return QByteArray(data, static_cast<qsizetype>(length));
}

// OPENSSL_free is a macro; the deleter needs a function.
void freeOpenSslBuffer(unsigned char *buffer)
{
    OPENSSL_free(buffer);
}

} // namespace

Result<EcdsaP256> EcdsaP256::generate()
{
    openssl::PKeyContext context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1 ||
        EVP_PKEY_CTX_set_group_name(context.get(), "P-256") != 1) {
        return keyProblem(QStringLiteral("OpenSSL cannot generate P-256 keys."));
    }
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_generate(context.get(), &raw) != 1)
        return keyProblem(QStringLiteral("Key generation failed."));
    return EcdsaP256(openssl::PKey(raw));
}

Result<EcdsaP256> EcdsaP256::fromPrivateKeyPem(const QByteArray &pem)
{
    openssl::Bio bio = memoryBio(pem);
    if (!bio)
        return keyProblem(QStringLiteral("The key could not be read."));
    openssl::PKey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, nullptr));
    if (!key)
        return keyProblem(QStringLiteral("Not an unencrypted PEM private key."));
    if (!isP256(key.get()))
        return keyProblem(QStringLiteral("Not an ECDSA P-256 key."));
    return EcdsaP256(std::move(key));
}

QByteArray EcdsaP256::privateKeyPem() const
{
    // Secure memory: the BIO's buffer is cleansed when it is freed.
    openssl::Bio bio(BIO_new(BIO_s_secmem()));
    if (!bio ||
        PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr,
                                      nullptr) != 1) {
        return {};
    }
    return bioContents(bio.get());
}

QByteArray EcdsaP256::publicKeyPem() const
{
    openssl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return {};
    return bioContents(bio.get());
}

Result<QByteArray> EcdsaP256::sign(const QByteArray &message) const
{
    openssl::MdContext context(EVP_MD_CTX_new());
    if (!context ||
        EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1) {
        return signingProblem(QStringLiteral("The signing context could not be set up."));
    }
    const auto *data = reinterpret_cast<const unsigned char *>(message.constData());
    const auto size = static_cast<size_t>(message.size());
    size_t derLength = 0;
    if (EVP_DigestSign(context.get(), nullptr, &derLength, data, size) != 1)
        return signingProblem(QStringLiteral("Signing failed."));
    QByteArray der(static_cast<qsizetype>(derLength), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(der.data()), &derLength,
                       data, size) != 1) {
        return signingProblem(QStringLiteral("Signing failed."));
    }
    der.truncate(static_cast<qsizetype>(derLength));

    // OpenSSL speaks DER; convert to fixed-length r||s.
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    openssl::EcdsaSignature parsed(d2i_ECDSA_SIG(nullptr, &cursor, static_cast<long>(der.size())));
    if (!parsed)
        return signingProblem(QStringLiteral("OpenSSL returned an unreadable signature."));
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(parsed.get(), &r, &s);
    QByteArray raw(SignatureSize, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(r, out, kHalf) != kHalf || BN_bn2binpad(s, out + kHalf, kHalf) != kHalf)
        return signingProblem(QStringLiteral("OpenSSL returned an oversized signature."));
    return raw;
}

bool EcdsaP256::verify(const QByteArray &publicKeyPem, const QByteArray &message,
                       const QByteArray &signature)
{
    if (signature.size() != SignatureSize)
        return false;
    openssl::Bio bio = memoryBio(publicKeyPem);
    if (!bio)
        return false;
    openssl::PKey key(PEM_read_bio_PUBKEY(bio.get(), nullptr, refusePassphrase, nullptr));
    if (!isP256(key.get()))
        return false;

    const auto *raw = reinterpret_cast<const unsigned char *>(signature.constData());
    openssl::BigNum r(BN_bin2bn(raw, kHalf, nullptr));
    openssl::BigNum s(BN_bin2bn(raw + kHalf, kHalf, nullptr));
    openssl::EcdsaSignature parsed(ECDSA_SIG_new());
    if (!r || !s || !parsed || ECDSA_SIG_set0(parsed.get(), r.get(), s.get()) != 1)
        return false;
    // ECDSA_SIG_set0 took ownership of both numbers.
    (void)r.release();
    (void)s.release();
    unsigned char *der = nullptr;
    const int derLength = i2d_ECDSA_SIG(parsed.get(), &der);
    if (derLength <= 0)
        return false;
    const std::unique_ptr<unsigned char, openssl::Deleter<freeOpenSslBuffer>> derOwner(der);

    openssl::MdContext context(EVP_MD_CTX_new());
    if (!context ||
        EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1) {
        return false;
    }
    // 1 is a valid signature; 0 a wrong one; negative an error: only 1 passes.
    return EVP_DigestVerify(context.get(), der, static_cast<size_t>(derLength),
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            static_cast<size_t>(message.size())) == 1;
}

} // namespace rathaus::crypto
