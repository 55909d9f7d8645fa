#include "common/crypto/PasswordHasher.h"

#include "common/crypto/CommonPasswords.h"
#include "common/crypto/Crypto.h"

#include <QRegularExpression>

#include <argon2.h>
#include <optional>
#include <string>

namespace rathaus {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
// An encoded string asking for more than this is refused unverified: a
// tampered row must not make one login allocate gigabytes.
constexpr quint32 kMaxMemoryKiB = 1024 * 1024;
constexpr quint32 kMaxIterations = 64;

struct Encoded
{
    quint32 version = 0;
    PasswordHasher::Parameters parameters;
    qsizetype saltBytes = 0;
    qsizetype hashBytes = 0;
};

// Base64 without padding, as argon2 writes salt and hash.
qsizetype decodedLength(qsizetype base64Characters)
{
    return base64Characters * 3 / 4;
}

std::optional<Encoded> parse(const QString &encoded)
{
    static const QRegularExpression format(
        QStringLiteral("^\\$argon2id\\$v=(\\d{1,3})\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,3})"
                       "\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{22,})$"));
    const QRegularExpressionMatch match = format.match(encoded);
    if (!match.hasMatch())
        return std::nullopt;
    Encoded result;
    result.version = match.captured(1).toUInt();
    result.parameters.memoryKiB = match.captured(2).toUInt();
    result.parameters.iterations = match.captured(3).toUInt();
    result.parameters.parallelism = match.captured(4).toUInt();
    result.saltBytes = decodedLength(match.capturedLength(5));
    result.hashBytes = decodedLength(match.capturedLength(6));
    const auto &p = result.parameters;
    if (p.memoryKiB == 0 || p.memoryKiB > kMaxMemoryKiB || p.iterations == 0 ||
        p.iterations > kMaxIterations || p.parallelism == 0)
        return std::nullopt;
    return result;
}

// One byte sequence per password as the user sees it: "ü" typed as one code
// point on one keyboard and as "u" plus a combining mark on another must match.
QByteArray passwordBytes(const QString &password)
{
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

} // namespace

PasswordHasher::PasswordHasher() : PasswordHasher(Parameters {}) { }

PasswordHasher::PasswordHasher(Parameters parameters) : m_parameters(parameters) { }

QString PasswordHasher::hash(const QString &password) const
{
    QByteArray secret = passwordBytes(password);
    QByteArray salt = crypto::randomBytes(kSaltBytes);
    const size_t length =
        argon2_encodedlen(m_parameters.iterations, m_parameters.memoryKiB, m_parameters.parallelism,
                          kSaltBytes, kHashBytes, Argon2_id);
    std::string encoded(length, '\0');
    const int status = argon2id_hash_encoded(
        m_parameters.iterations, m_parameters.memoryKiB, m_parameters.parallelism,
        secret.constData(), static_cast<size_t>(secret.size()), salt.constData(),
        static_cast<size_t>(salt.size()), kHashBytes, encoded.data(), encoded.size());
    crypto::wipe(secret);
    if (status != ARGON2_OK)
        return {}; // out of memory or nonsense parameters; verify() refuses an empty string
    return QString::fromLatin1(encoded.c_str());
}

bool PasswordHasher::verify(const QString &encoded, const QString &password)
{
    if (!parse(encoded))
        return false;
    const QByteArray encodedBytes = encoded.toLatin1();
    QByteArray secret = passwordBytes(password);
    const int status = argon2id_verify(encodedBytes.constData(), secret.constData(),
                                       static_cast<size_t>(secret.size()));
    crypto::wipe(secret);
    return status == ARGON2_OK;
}

bool PasswordHasher::needsRehash(const QString &encoded) const
{
    const auto parsed = parse(encoded);
    if (!parsed)
        return true;
    const Parameters &used = parsed->parameters;
    return parsed->version != ARGON2_VERSION_13 || used.memoryKiB < m_parameters.memoryKiB ||
        used.iterations < m_parameters.iterations || used.parallelism < m_parameters.parallelism ||
        parsed->saltBytes < kSaltBytes || parsed->hashBytes < kHashBytes;
}

bool PasswordHasher::isAcceptable(const QString &password)
{
    const QString normalized = password.normalized(QString::NormalizationForm_C);
    if (normalized.toUcs4().size() < 8)
        return false;
    return !detail::isCommonPassword(normalized);
}

} // namespace rathaus
