#include "common/core/Problem.h"

namespace rathaus {

namespace {
const QString kTypePrefix = QStringLiteral("urn:rathaus:problem:");
}

Problem Problem::make(int status, const QString &slug, const QString &title, const QString &detail)
{
    Problem problem;
    problem.status = status;
    problem.type = kTypePrefix + slug;
    problem.title = title;
    problem.detail = detail;
    return problem;
}

QString Problem::slug() const
{
    const qsizetype colon = type.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? type : type.mid(colon + 1);
}

QJsonObject Problem::toJson() const
{
    QJsonObject object { { QStringLiteral("type"), type },
                         { QStringLiteral("title"), title },
                         { QStringLiteral("status"), status },
                         { QStringLiteral("detail"), detail } };
    if (!fieldErrors.isEmpty()) {
        QJsonObject errors;
        for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it)
            errors.insert(it.key(), it.value());
        object.insert(QStringLiteral("errors"), errors);
    }
    return object;
}

Problem Problem::fromJson(const QJsonObject &object)
{
    // Tolerant: a proxy's error page or an older backend must still become
    // something the client can show, never a crash or an empty message.
    Problem problem;
    problem.type = object.value(QLatin1String("type")).toString();
    problem.title = object.value(QLatin1String("title")).toString();
    problem.detail = object.value(QLatin1String("detail")).toString();
    const QJsonValue status = object.value(QLatin1String("status"));
    if (status.isDouble())
        problem.status = status.toInt();
    else if (status.isString())
        problem.status = status.toString().toInt();
    const QJsonObject errors = object.value(QLatin1String("errors")).toObject();
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
        if (it.value().isString())
            problem.fieldErrors.insert(it.key(), it.value().toString());
    }
    return problem;
}

} // namespace rathaus
