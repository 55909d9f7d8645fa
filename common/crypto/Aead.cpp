#include "common/crypto/Aead.h"

#include "common/crypto/Crypto.h"
#include "common/crypto/OpenSslHandles.h"

#include <QString>

#include <climits>
#include <cstring>
#include <utility>

namespace rathaus::crypto {

namespace {

// EVP lengths are int; keep clear of the limit including nonce and tag.
constexpr qsizetype kMaxSize = INT_MAX - 64;

Problem sealProblem(const QString &detail)
{
    return Problem::make(0, QStringLiteral("encryption-failed"),
                         QStringLiteral("The data could not be encrypted"), detail);
}

Problem openProblem()
{
    // One answer for every cause: which byte or key was wrong is no one's business.
    return Problem::make(0, QStringLiteral("decryption-failed"),
                         QStringLiteral("The data could not be decrypted"),
                         QStringLiteral("Wrong key, or the data was changed or damaged."));
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

bool addAssociatedData(EVP_CIPHER_CTX *context, const QByteArray &associatedData, bool encrypt)
{
    if (associatedData.isEmpty())
        return true;
    int ignored = 0;
    const auto size = static_cast<int>(associatedData.size());
    return encrypt
        ? EVP_EncryptUpdate(context, nullptr, &ignored, bytes(associatedData), size) == 1
        : EVP_DecryptUpdate(context, nullptr, &ignored, bytes(associatedData), size) == 1;
}

} // namespace

QByteArray Aead::generateKey()
{
    return randomBytes(KeySize);
}

Aead::Aead(QByteArray key) : m_key(std::move(key)) { }

Aead::~Aead()
{
    wipe(m_key);
}

Aead::Aead(Aead &&other) noexcept : m_key(std::move(other.m_key))
{
    other.m_key = QByteArray();
}

Aead &Aead::operator=(Aead &&other) noexcept
{
    if (this != &other) {
        wipe(m_key);
        m_key = std::move(other.m_key);
        other.m_key = QByteArray();
    }
    return *this;
}

Result<QByteArray> Aead::seal(const QByteArray &plaintext, const QByteArray &associatedData) const
{
    if (!isValid())
        return sealProblem(QStringLiteral("The key must be %1 bytes.").arg(KeySize));
    if (plaintext.size() > kMaxSize || associatedData.size() > kMaxSize)
        return sealProblem(QStringLiteral("The data is too large."));

    const QByteArray nonce = randomBytes(NonceSize);
    openssl::CipherContext context(EVP_CIPHER_CTX_new());
    if (!context ||
        EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1 ||
        EVP_EncryptInit_ex(context.get(), nullptr, nullptr, bytes(m_key), bytes(nonce)) != 1 ||
        !addAssociatedData(context.get(), associatedData, true)) {
        return sealProblem(QStringLiteral("The cipher could not be set up."));
    }

    QByteArray sealed(NonceSize + plaintext.size() + TagSize, Qt::Uninitialized);
    std::memcpy(sealed.data(), nonce.constData(), NonceSize);
    unsigned char *out = bytes(sealed) + NonceSize;
    int written = 0;
    if (!plaintext.isEmpty() &&
        EVP_EncryptUpdate(context.get(), out, &written, bytes(plaintext),
                          static_cast<int>(plaintext.size())) != 1) {
        return sealProblem(QStringLiteral("Encryption failed."));
    }
    int finalWritten = 0;
    if (EVP_EncryptFinal_ex(context.get(), out + written, &finalWritten) != 1 ||
        written + finalWritten != plaintext.size() ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, TagSize, out + plaintext.size()) !=
            1) {
        return sealProblem(QStringLiteral("Encryption failed."));
    }
    return sealed;
}

Result<QByteArray> Aead::open(const QByteArray &sealed, const QByteArray &associatedData) const
{
    if (!isValid() || sealed.size() < Overhead || sealed.size() > kMaxSize ||
        associatedData.size() > kMaxSize) {
        return openProblem();
    }
    const qsizetype cipherSize = sealed.size() - Overhead;
    const unsigned char *nonce = bytes(sealed);
    const unsigned char *ciphertext = nonce + NonceSize;
    // The tag is const input, but OpenSSL's ctrl takes void *: copy it.
    QByteArray tag = sealed.right(TagSize);

    openssl::CipherContext context(EVP_CIPHER_CTX_new());
    if (!context ||
        EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1 ||
        EVP_DecryptInit_ex(context.get(), nullptr, nullptr, bytes(m_key), nonce) != 1 ||
        !addAssociatedData(context.get(), associatedData, false)) {
        return openProblem();
    }

    QByteArray plaintext(cipherSize, Qt::Uninitialized);
    int written = 0;
    if (cipherSize > 0 &&
        EVP_DecryptUpdate(context.get(), bytes(plaintext), &written, ciphertext,
                          static_cast<int>(cipherSize)) != 1) {
        wipe(plaintext);
        return openProblem();
    }
    int finalWritten = 0;
    if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(context.get(), bytes(plaintext) + written, &finalWritten) != 1 ||
        written + finalWritten != cipherSize) {
        // The tag did not match: the decrypted bytes are unauthenticated; drop them.
        wipe(plaintext);
        return openProblem();
    }
    return plaintext;
}

} // namespace rathaus::crypto
