// Messages and feedback on the wire: round trips, nulls for absent values,
// malformed answers refused.
#include "common/wire/Message.h"
#include "common/wire/Page.h"

#include <QJsonArray>
#include <QTest>

using namespace rathaus;

class TestWireMessage : public QObject
{
    Q_OBJECT

private slots:
    void officeMessageRoundTrips()
    {
        Message message;
        message.id = QStringLiteral("m1");
        message.applicationId = QStringLiteral("a1");
        message.officeId = QStringLiteral("strassenverkehrsamt");
        message.sender = MessageSender::Office;
        message.senderPseudonym = QStringLiteral("staff-0123456789abcdef01234567");
        message.senderName = QStringLiteral("Straßenverkehrsamt");
        message.body = QStringLiteral("Bitte reichen Sie den Fahrzeugschein nach.");
        message.uploads = { QStringLiteral("u1"), QStringLiteral("u2") };
        message.attachments = {
            { QStringLiteral("u1"), QStringLiteral("Hinweis.pdf"),
              QStringLiteral("application/pdf"), 1234 },
            { QStringLiteral("u2"), QStringLiteral("Plan.png"), QStringLiteral("image/png"), 99 },
        };
        message.createdAt = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
        message.readByOfficeAt = message.createdAt;
        const QJsonObject json = message.toJson();
        QVERIFY(json.value(QLatin1String("record_id")).isNull());
        QVERIFY(json.value(QLatin1String("read_by_citizen_at")).isNull());
        QCOMPARE(json.value(QLatin1String("sender")).toString(), QStringLiteral("office"));
        const auto parsed = Message::fromJson(json);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value(), message);

        const auto page =
            Page<Message>::fromJson(Page<Message> { { message }, QStringLiteral("7") }.toJson());
        QVERIFY(page.ok());
        QCOMPARE(page.value().items.value(0), message);
        QCOMPARE(page.value().nextCursor, QStringLiteral("7"));
    }

    void malformedMessagesAreRefused()
    {
        Message message;
        message.id = QStringLiteral("m1");
        message.officeId = QStringLiteral("steueramt");
        message.body = QStringLiteral("Hallo");
        message.createdAt = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
        QVERIFY(Message::fromJson(message.toJson()).ok());
        QJsonObject json = message.toJson();
        json.insert(QStringLiteral("sender"), QStringLiteral("robot"));
        QVERIFY(!Message::fromJson(json).ok());
        json = message.toJson();
        json.insert(QStringLiteral("uploads"), QJsonArray { 1 });
        QVERIFY(!Message::fromJson(json).ok());
        json = message.toJson();
        json.insert(QStringLiteral("attachments"),
                    QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("u1") } } });
        QVERIFY(!Message::fromJson(json).ok()); // an attachment without its name
        json = message.toJson();
        json.remove(QStringLiteral("body"));
        QVERIFY(!Message::fromJson(json).ok());
    }

    void feedbackRoundTrips()
    {
        Feedback feedback;
        feedback.id = QStringLiteral("f1");
        feedback.text = QStringLiteral("Bitte mehr Termine am Samstag.");
        feedback.status = QStringLiteral("new");
        feedback.createdAt = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
        QVERIFY(feedback.toJson().value(QLatin1String("service_id")).isNull());
        const auto parsed = Feedback::fromJson(feedback.toJson());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value(), feedback);
    }
};

QTEST_GUILESS_MAIN(TestWireMessage)
#include "test_wire_message.moc"
