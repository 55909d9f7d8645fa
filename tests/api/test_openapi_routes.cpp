// docs/openapi.yaml describes exactly what the server serves: every route of
// the server's route table is in the file, and every operation in the file is
// a route. The YAML is read with a line scan (no YAML library), relying on the
// layout rule written at the top of the file.
#include "server/http/RouteTable.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace rathaus::server::http;

class TestOpenApiRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(RATHAUS_OPENAPI_FILE));
        QVERIFY2(file.open(QIODevice::ReadOnly), RATHAUS_OPENAPI_FILE);
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        QVERIFY(lines.value(0).startsWith(QLatin1String("openapi: 3.1")));

        static const QRegularExpression pathLine(QStringLiteral("^  (/[^:\\s]*):\\s*$"));
        static const QRegularExpression methodLine(
            QStringLiteral("^    (get|put|post|delete|patch|head|options):\\s*$"));
        bool inPaths = false;
        QString currentPath;
        for (const QString &line : lines) {
            if (!line.startsWith(QLatin1Char(' ')) && !line.trimmed().isEmpty() &&
                !line.startsWith(QLatin1Char('#'))) {
                inPaths = line.startsWith(QLatin1String("paths:"));
                currentPath.clear();
                continue;
            }
            if (!inPaths)
                continue;
            const auto path = pathLine.match(line);
            if (path.hasMatch()) {
                currentPath = path.captured(1);
                QVERIFY2(!m_paths.contains(currentPath), qPrintable(currentPath));
                m_paths.insert(currentPath);
                continue;
            }
            const auto method = methodLine.match(line);
            if (method.hasMatch()) {
                QVERIFY2(!currentPath.isEmpty(), qPrintable(line));
                m_documented.insert(method.captured(1).toUpper() + QLatin1Char(' ') + currentPath);
            }
        }
        QVERIFY(!m_documented.isEmpty());
        for (const Route &route : routeTable())
            m_served.insert(QString::fromLatin1(methodName(route.method)) + QLatin1Char(' ') +
                            route.path);
    }

    void everyServedRouteIsDocumented()
    {
        for (const QString &route : std::as_const(m_served))
            QVERIFY2(m_documented.contains(route),
                     qPrintable(route + QStringLiteral(" is not in docs/openapi.yaml")));
    }

    void everyDocumentedRouteIsServed()
    {
        for (const QString &route : std::as_const(m_documented))
            QVERIFY2(m_served.contains(route),
                     qPrintable(route + QStringLiteral(" is documented but not served")));
    }

    void everyPathHasAnOperation()
    {
        for (const QString &path : std::as_const(m_paths)) {
            bool found = false;
            for (const QString &route : std::as_const(m_documented))
                found = found || route.endsWith(QLatin1Char(' ') + path);
            QVERIFY2(found, qPrintable(path));
        }
    }

    void routeTableIsWellFormed()
    {
        QSet<QString> seen;
        for (const Route &route : routeTable()) {
            // The API, and the demo payment provider's hosted page beside it.
            QVERIFY2(route.path.startsWith(QLatin1String("/api/v1/")) ||
                         route.path.startsWith(QLatin1String("/pay/demo/")),
                     qPrintable(route.path));
            // A long-poll route is served by its `longPoll` decision instead.
            QVERIFY(route.execution == Execution::LongPoll ? route.longPoll != nullptr
                                                           : route.handler != nullptr);
            const QString key = QString::fromLatin1(methodName(route.method)) + route.path;
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            QCOMPARE(toQtPattern(route.path).count(QLatin1String("<arg>")),
                     placeholderCount(route.path));
        }
        QCOMPARE(toQtPattern(QStringLiteral("/a/{id}/b/{x}")), QStringLiteral("/a/<arg>/b/<arg>"));
    }

private:
    QSet<QString> m_paths;
    QSet<QString> m_documented;
    QSet<QString> m_served;
};

QTEST_GUILESS_MAIN(TestOpenApiRoutes)
#include "test_openapi_routes.moc"
