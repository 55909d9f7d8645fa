#pragma once

#include "common/core/Result.h"

#include <QByteArray>

namespace rathaus::crypto {

// AES-256-GCM for the client's encrypted drafts: confidentiality and
// integrity, with associated data bound in (e.g. the draft's account and
// service, so a sealed draft cannot be moved to another).
//
// Sealed form: nonce (12 random bytes) || ciphertext || tag (16 bytes).
// A random 96-bit nonce is safe for well under 2^32 messages per key, far
// more than one person's drafts.
//
// Holds a copy of the key and wipes it on destruction; pass the key with
// std::move and wipe any copy of your own (crypto::wipe).
class Aead
{
public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;
    static constexpr int Overhead = NonceSize + TagSize;

    // A fresh random key (CSPRNG).
    static QByteArray generateKey();

    // A key of another size than KeySize makes every seal and open fail.
    explicit Aead(QByteArray key);
    ~Aead();
    Aead(const Aead &) = delete;
    Aead &operator=(const Aead &) = delete;
    Aead(Aead &&other) noexcept;
    Aead &operator=(Aead &&other) noexcept;

    bool isValid() const { return m_key.size() == KeySize; }

    Result<QByteArray> seal(const QByteArray &plaintext,
                            const QByteArray &associatedData = {}) const;
    // Fails (problem slug "decryption-failed") for a wrong key, changed
    // associated data, or any changed, missing or added byte; never returns
    // partial plaintext.
    Result<QByteArray> open(const QByteArray &sealed, const QByteArray &associatedData = {}) const;

private:
    QByteArray m_key;
};

} // namespace rathaus::crypto
