#include "server/store/DatabaseUrl.h"

#include <QUrl>
#include <QUrlQuery>

namespace rathaus::server {

namespace {

Problem invalid(const QString &detail)
{
    return Problem::make(0, QStringLiteral("invalid-database-url"),
                         QStringLiteral("Invalid database URL"), detail);
}

// libpq options we pass through from the query string; anything else is refused
// rather than silently ignored.
bool isAllowedOption(const QString &key)
{
    static const QStringList allowed { QStringLiteral("sslmode"),
                                       QStringLiteral("sslrootcert"),
                                       QStringLiteral("sslcert"),
                                       QStringLiteral("sslkey"),
                                       QStringLiteral("connect_timeout"),
                                       QStringLiteral("application_name"),
                                       QStringLiteral("target_session_attrs") };
    return allowed.contains(key);
}

Result<DatabaseUrl> parsePostgres(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return invalid(QStringLiteral("expected postgres://user:password@host:port/database"));
    DatabaseUrl result;
    result.dialect = Dialect::Postgres;
    result.host = url.host();
    result.port = url.port(5432);
    if (result.port <= 0 || result.port > 65535)
        return invalid(QStringLiteral("port out of range"));
    result.user = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    result.database = url.path(QUrl::FullyDecoded);
    if (result.database.startsWith(QLatin1Char('/')))
        result.database.remove(0, 1);
    if (result.database.isEmpty() || result.database.contains(QLatin1Char('/')))
        return invalid(QStringLiteral("the URL names no database"));
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!isAllowedOption(key))
            return invalid(QStringLiteral("unsupported option %1").arg(key));
        if (value.contains(QLatin1Char(';')))
            return invalid(QStringLiteral("option %1 contains ';'").arg(key));
        options.append(key + QLatin1Char('=') + value);
    }
    result.connectOptions = options.join(QLatin1Char(';'));
    return result;
}

} // namespace

QString DatabaseUrl::dialectName() const
{
    return dialect == Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgres");
}

QString DatabaseUrl::redacted() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgres://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString DatabaseUrl::toString() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + path;
    QUrl url;
    url.setScheme(QStringLiteral("postgres"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPassword(password);
    url.setPath(QLatin1Char('/') + database);
    if (!connectOptions.isEmpty()) {
        QUrlQuery query;
        for (const QString &option : connectOptions.split(QLatin1Char(';'))) {
            const qsizetype eq = option.indexOf(QLatin1Char('='));
            query.addQueryItem(option.left(eq), option.mid(eq + 1));
        }
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        QString path = trimmed.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path.remove(0, 2); // sqlite:///abs/path -> /abs/path
        if (path.isEmpty())
            return invalid(QStringLiteral("expected sqlite:PATH"));
        DatabaseUrl result;
        result.dialect = Dialect::Sqlite;
        result.path = path;
        return result;
    }
    if (trimmed.startsWith(QLatin1String("postgres://")) ||
        trimmed.startsWith(QLatin1String("postgresql://"))) {
        return parsePostgres(trimmed);
    }
    return invalid(QStringLiteral("expected sqlite:PATH or postgres://..."));
}

} // namespace rathaus::server
