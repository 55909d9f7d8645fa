#include "common/crypto/Crypto.h"

#include <cstdlib>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace rathaus::crypto {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1) {
        // A token or salt from a failed generator would be guessable: better dead.
        std::abort();
    }
    return bytes;
}

QString randomToken()
{
    QByteArray bytes = randomBytes(32);
    const QString token = QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    wipe(bytes);
    return token;
}

QByteArray sha256(const QByteArray &data)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()),
                   reinterpret_cast<unsigned char *>(digest.data()), &length, EVP_sha256(),
                   nullptr) != 1) {
        std::abort();
    }
    return digest;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

QByteArray hmac(const char *digest, const QByteArray &key, const QByteArray &message)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    size_t length = 0;
    // An empty key is legal HMAC; OpenSSL wants a non-null pointer for it.
    static const unsigned char emptyKey = 0;
    const auto *keyData =
        key.isEmpty() ? &emptyKey : reinterpret_cast<const unsigned char *>(key.constData());
    if (!EVP_Q_mac(
            nullptr, "HMAC", nullptr, digest, nullptr, keyData, static_cast<size_t>(key.size()),
            reinterpret_cast<const unsigned char *>(message.constData()),
            static_cast<size_t>(message.size()), reinterpret_cast<unsigned char *>(out.data()),
            static_cast<size_t>(out.size()), &length)) {
        return {};
    }
    out.resize(static_cast<qsizetype>(length));
    return out;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty()) {
        secret.detach();
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    }
    secret.clear();
}

} // namespace rathaus::crypto
