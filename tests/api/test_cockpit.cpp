// The data cockpit: a citizen sees the records the offices hold about them.
#include "common/wire/Catalogue.h"
#include "common/wire/Record.h"
#include "common/wire/Session.h"
#include "tests/support/TestBackend.h"

#include <QSet>
#include <QTest>

using namespace rathaus;
using namespace rathaus::test;

class TestCockpit : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
    }
    void cleanup() { m_backend.reset(); }

    void erikasRecords()
    {
        const QString token = accessToken(QStringLiteral("erika"));
        const HttpResponse response =
            m_backend->http().get(QStringLiteral("/api/v1/me/records"), token);
        QCOMPARE(response.status, 200);
        const auto records = listFromJson<Record>(response.jsonArray());
        QVERIFY2(records.ok(), qPrintable(records.ok() ? QString() : records.problem().detail));
        QSet<QString> categories;
        QSet<QString> offices;
        for (const Record &record : records.value()) {
            categories.insert(record.category);
            offices.insert(record.officeId);
            QVERIFY(!record.title.de.isEmpty() && !record.title.en.isEmpty());
            QVERIFY(!record.fields.isEmpty());
            QVERIFY(!record.legalBasis.isEmpty());
            QVERIFY(record.updatedAt.isValid());
        }
        const QSet<QString> expected { QStringLiteral("residence"), QStringLiteral("birth"),
                                       QStringLiteral("vehicle"), QStringLiteral("dog_tax") };
        QCOMPARE(categories, expected);
        QVERIFY(offices.contains(QStringLiteral("standesamt")));
        // Leon's birth record names him.
        bool leon = false;
        for (const Record &record : records.value()) {
            for (const Record::Field &field : record.fields)
                leon = leon || field.value.contains(QLatin1String("Leon"));
        }
        QVERIFY(leon);
    }

    void othersSeeOnlyTheirOwn()
    {
        const HttpResponse max = m_backend->http().get(QStringLiteral("/api/v1/me/records"),
                                                       accessToken(QStringLiteral("max")));
        QCOMPARE(max.status, 200);
        QCOMPARE(max.jsonArray().size(), 0);
        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/me/records")).status, 401);
    }

private:
    QString accessToken(const QString &username)
    {
        return TokenPair::fromJson(m_backend->login(username).json()).value().accessToken;
    }

    std::unique_ptr<TestBackend> m_backend;
};

QTEST_GUILESS_MAIN(TestCockpit)
#include "test_cockpit.moc"
