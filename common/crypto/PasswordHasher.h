#pragma once

#include <QByteArray>
#include <QString>

namespace rathaus {

// argon2id, m = 19 MiB, t = 2, p = 1 (OWASP minimum; quality.md).
// Slow on purpose (~tens of ms): never call it on an event-loop thread.
class PasswordHasher
{
public:
    struct Parameters
    {
        quint32 memoryKiB = 19 * 1024;
        quint32 iterations = 2;
        quint32 parallelism = 1;
    };

    // Two constructors, not a `= {}` default argument: GCC rejects a default
    // argument that needs a nested class's member initialisers in its own class.
    PasswordHasher();
    explicit PasswordHasher(Parameters parameters);

    // PHC string: $argon2id$v=19$m=19456,t=2,p=1$salt$hash
    QString hash(const QString &password) const;
    // False for a wrong password and for a malformed encoded string.
    static bool verify(const QString &encoded, const QString &password);
    // True when `encoded` used weaker parameters than this hasher (rehash on login).
    bool needsRehash(const QString &encoded) const;

    // Minimum length 8 and not among the most common passwords.
    static bool isAcceptable(const QString &password);

private:
    Parameters m_parameters;
};

} // namespace rathaus
