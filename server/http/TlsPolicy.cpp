#include "server/http/TlsPolicy.h"

#include <QFile>
#include <QSslCipher>
#include <QSslKey>

namespace rathaus::server::http {

namespace {

bool acceptable(const QSslCipher &cipher)
{
    if (cipher.protocol() == QSsl::TlsV1_3)
        return true;
    const QString name = cipher.name();
    return name.startsWith(QLatin1String("ECDHE-")) &&
        (name.contains(QLatin1String("GCM")) || name.contains(QLatin1String("CHACHA20")));
}

} // namespace

bool TlsPolicy::load(const QString &certificateFile, const QString &keyFile,
                     QSslConfiguration *configuration, QString *errorMessage)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty()) {
        *errorMessage = QStringLiteral("no PEM certificate in %1").arg(certificateFile);
        return false;
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = QStringLiteral("cannot read the key file %1").arg(keyFile);
        return false;
    }
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        *errorMessage = QStringLiteral("no usable EC or RSA private key in %1").arg(keyFile);
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(chain.first());
    if (chain.size() > 1)
        tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    QList<QSslCipher> ciphers;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        if (acceptable(cipher))
            ciphers.append(cipher);
    }
    tls.setCiphers(ciphers);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    *configuration = tls;
    return true;
}

} // namespace rathaus::server::http
