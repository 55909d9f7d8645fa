#pragma once

// Valid form data for each demo service (server/domain/demo/services/*.json),
// and small helpers for the application API tests.
#include "tests/support/TestBackend.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace rathaus::test {

inline QStringList demoServiceIds()
{
    return { QStringLiteral("meldebescheinigung"),    QStringLiteral("anwohnerparkausweis"),
             QStringLiteral("hundesteuer-anmeldung"), QStringLiteral("sperrmuell"),
             QStringLiteral("geburtsurkunde"),        QStringLiteral("elterngeld-antrag") };
}

// `today`: the backend's date (its ManualClock, UTC); forms count dates from it.
// `uploadId`: the id of one of the citizen's uploads, for services with a
// file field (anwohnerparkausweis); see uploadFile().
inline QJsonObject validData(const QString &serviceId, QDate today,
                             const QString &uploadId = QStringLiteral("upload-1"))
{
    const auto day = [&](int offset) { return today.addDays(offset).toString(Qt::ISODate); };
    if (serviceId == QLatin1String("meldebescheinigung"))
        return { { QStringLiteral("type"), QStringLiteral("einfach") },
                 { QStringLiteral("purpose"), QStringLiteral("Vorlage beim Arbeitgeber") } };
    if (serviceId == QLatin1String("anwohnerparkausweis"))
        return { { QStringLiteral("plate"), QStringLiteral("L-EM 1234") },
                 { QStringLiteral("zone"), QStringLiteral("B") },
                 { QStringLiteral("registration"), QJsonArray { uploadId } } };
    if (serviceId == QLatin1String("hundesteuer-anmeldung"))
        return { { QStringLiteral("dog_name"), QStringLiteral("Bello") },
                 { QStringLiteral("breed"), QStringLiteral("Dackel") },
                 { QStringLiteral("since"), day(-100) },
                 { QStringLiteral("email"), QStringLiteral("erika@example.org") } };
    if (serviceId == QLatin1String("sperrmuell"))
        return { { QStringLiteral("items"), QJsonArray { QStringLiteral("sofa") } },
                 { QStringLiteral("volume"), QStringLiteral("small") },
                 { QStringLiteral("date"), day(10) },
                 { QStringLiteral("address"),
                   QJsonObject { { QStringLiteral("street"), QStringLiteral("Hauptstr. 1") },
                                 { QStringLiteral("postal_code"), QStringLiteral("12345") },
                                 { QStringLiteral("city"), QStringLiteral("Lunenburg") } } } };
    if (serviceId == QLatin1String("geburtsurkunde"))
        return { { QStringLiteral("name"), QStringLiteral("Leon Mustermann") },
                 { QStringLiteral("date_of_birth"), day(-200) },
                 { QStringLiteral("relation"), QStringLiteral("child") },
                 { QStringLiteral("copies"), 1 },
                 { QStringLiteral("purpose"), QStringLiteral("elterngeld") } };
    if (serviceId == QLatin1String("elterngeld-antrag"))
        return { { QStringLiteral("child_name"), QStringLiteral("Leon Mustermann") },
                 { QStringLiteral("child_date_of_birth"), day(-200) },
                 { QStringLiteral("months"), 12 },
                 { QStringLiteral("iban"), QStringLiteral("DE89370400440532013000") },
                 { QStringLiteral("consent_birth_record"), true },
                 { QStringLiteral("truthful"), true } };
    return {};
}

inline QJsonObject applicationBody(const QString &serviceId, const QJsonObject &data)
{
    return { { QStringLiteral("service_id"), serviceId }, { QStringLiteral("data"), data } };
}

inline QString accessToken(TestBackend &backend, const QString &username)
{
    return backend.login(username).json().value(QLatin1String("access_token")).toString();
}

inline QString staffToken(TestBackend &backend, const QString &username)
{
    return backend.login(username, QStringLiteral("rathaus-demo"), backend.staffTotp())
        .json()
        .value(QLatin1String("access_token"))
        .toString();
}

// POST /api/v1/applications; `key` empty: no Idempotency-Key header.
// The id of a staff account, as the administrator lists it; empty if none.
inline QString staffAccountId(TestBackend &backend, const QString &adminToken,
                              const QString &username)
{
    const QJsonArray items = backend.http()
                                 .get(QStringLiteral("/api/v1/admin/staff"), adminToken)
                                 .json()
                                 .value(QLatin1String("items"))
                                 .toArray();
    for (const QJsonValue &value : items) {
        if (value.toObject().value(QLatin1String("username")).toString() == username)
            return value.toObject().value(QLatin1String("id")).toString();
    }
    return {};
}

inline HttpResponse submitApplication(TestBackend &backend, const QString &token,
                                      const QByteArray &key, const QJsonObject &body)
{
    HttpClient::Headers headers { { "Content-Type", "application/json" } };
    if (!token.isEmpty())
        headers.append({ "Authorization", "Bearer " + token.toLatin1() });
    if (!key.isEmpty())
        headers.append({ "Idempotency-Key", key });
    return backend.http().request("POST", QStringLiteral("/api/v1/applications"),
                                  QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

// The smallest files the server's sniffer accepts as PDF, PNG and JPEG.
inline QByteArray tinyPdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
}
inline QByteArray tinyPng()
{
    return QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR") + QByteArray(17, '\0');
}
inline QByteArray tinyJpeg()
{
    return QByteArrayLiteral("\xff\xd8\xff\xe0\0\x10JFIF\0") + QByteArray(20, '\0');
}

// POST /api/v1/uploads; an empty `contentType` or `filename` sends no such header.
inline HttpResponse uploadFile(TestBackend &backend, const QString &token, const QByteArray &content,
                               const QByteArray &contentType = "application/pdf",
                               const QByteArray &filename = "Fahrzeugschein.pdf")
{
    HttpClient::Headers headers;
    if (!token.isEmpty())
        headers.append({ "Authorization", "Bearer " + token.toLatin1() });
    if (!contentType.isEmpty())
        headers.append({ "Content-Type", contentType });
    if (!filename.isEmpty())
        headers.append({ "X-Filename", filename });
    return backend.http().request("POST", QStringLiteral("/api/v1/uploads"), content, headers);
}

// The id of a fresh PDF upload of the citizen (empty when that failed).
inline QString uploadPdf(TestBackend &backend, const QString &token)
{
    return uploadFile(backend, token, tinyPdf()).json().value(QLatin1String("id")).toString();
}

inline QString problemSlug(const HttpResponse &response)
{
    return response.json().value(QLatin1String("type")).toString().section(QLatin1Char(':'), -1);
}

} // namespace rathaus::test
