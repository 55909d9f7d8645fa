#include "common/core/Problem.h"
#include "common/core/Result.h"

#include <QJsonObject>
#include <QTest>

using rathaus::Problem;

class TestProblem : public QObject
{
    Q_OBJECT

private slots:
    void makeBuildsUrnType()
    {
        const Problem problem =
            Problem::make(401, QStringLiteral("totp-required"), QStringLiteral("Code needed"));
        QCOMPARE(problem.type, QStringLiteral("urn:rathaus:problem:totp-required"));
        QCOMPARE(problem.slug(), QStringLiteral("totp-required"));
        QCOMPARE(problem.status, 401);
        QVERIFY(!problem.isNull());
        QVERIFY(Problem {}.isNull());
    }

    void toJsonWithoutErrors()
    {
        const QJsonObject json =
            Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                          QStringLiteral("No such service."))
                .toJson();
        QCOMPARE(json.value(QLatin1String("type")).toString(),
                 QStringLiteral("urn:rathaus:problem:not-found"));
        QCOMPARE(json.value(QLatin1String("title")).toString(), QStringLiteral("Not found"));
        QCOMPARE(json.value(QLatin1String("status")).toInt(), 404);
        QCOMPARE(json.value(QLatin1String("detail")).toString(),
                 QStringLiteral("No such service."));
        QVERIFY(!json.contains(QLatin1String("errors")));
        QVERIFY(Problem::make(500, QStringLiteral("internal"), QStringLiteral("Oops"))
                    .toJson()
                    .contains(QLatin1String("detail")));
    }

    void toJsonWithErrorsRoundTrips()
    {
        Problem problem =
            Problem::make(422, QStringLiteral("validation-failed"), QStringLiteral("Invalid data"));
        problem.fieldErrors.insert(QStringLiteral("iban"), QStringLiteral("Enter a valid IBAN."));
        problem.fieldErrors.insert(QStringLiteral("copies"), QStringLiteral("Enter a number."));
        const QJsonObject json = problem.toJson();
        QCOMPARE(json.value(QLatin1String("errors")).toObject().size(), 2);
        QCOMPARE(
            json.value(QLatin1String("errors")).toObject().value(QLatin1String("iban")).toString(),
            QStringLiteral("Enter a valid IBAN."));

        const Problem back = Problem::fromJson(json);
        QCOMPARE(back.status, 422);
        QCOMPARE(back.type, problem.type);
        QCOMPARE(back.title, problem.title);
        QCOMPARE(back.fieldErrors, problem.fieldErrors);
    }

    void fromJsonIsTolerant()
    {
        // A proxy's answer: status as string, errors not an object, extra members.
        const Problem problem = Problem::fromJson(
            QJsonObject { { QStringLiteral("status"), QStringLiteral("502") },
                          { QStringLiteral("title"), QStringLiteral("Bad Gateway") },
                          { QStringLiteral("errors"), QStringLiteral("nonsense") },
                          { QStringLiteral("trace"), 42 } });
        QCOMPARE(problem.status, 502);
        QCOMPARE(problem.title, QStringLiteral("Bad Gateway"));
        QVERIFY(problem.fieldErrors.isEmpty());
        QVERIFY(problem.type.isEmpty());

        const Problem empty = Problem::fromJson({});
        QVERIFY(empty.isNull());

        // Non-string error messages are dropped, string ones kept.
        const Problem mixed = Problem::fromJson(
            QJsonObject { { QStringLiteral("status"), 422 },
                          { QStringLiteral("errors"),
                            QJsonObject { { QStringLiteral("a"), 1 },
                                          { QStringLiteral("b"), QStringLiteral("bad") } } } });
        QCOMPARE(mixed.fieldErrors.size(), 1);
        QCOMPARE(mixed.fieldErrors.value(QStringLiteral("b")), QStringLiteral("bad"));
    }

    void slugOfForeignType()
    {
        Problem problem;
        problem.type = QStringLiteral("about:blank");
        QCOMPARE(problem.slug(), QStringLiteral("blank"));
        problem.type = QStringLiteral("plain");
        QCOMPARE(problem.slug(), QStringLiteral("plain"));
    }

    void resultHoldsValueOrProblem()
    {
        rathaus::Result<int> good(7);
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 7);
        rathaus::Result<int> bad(Problem::make(0, QStringLiteral("x"), QStringLiteral("X")));
        QVERIFY(!bad);
        QCOMPARE(bad.problem().slug(), QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestProblem)
#include "test_problem.moc"
