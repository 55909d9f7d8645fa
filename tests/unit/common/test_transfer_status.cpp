#include "common/domain/TransferStatus.h"

#include <QSet>
#include <QTest>

using namespace rathaus;

namespace {

using S = TransferStatus;

struct Allowed
{
    S from;
    S to;
    Actor actor;
};

// domain.md "Transfers and consents", by hand.
const Allowed kExpected[] = {
    { S::Requested, S::Approved, Actor::Citizen },  { S::Requested, S::Declined, Actor::Citizen },
    { S::Requested, S::Expired, Actor::System },    { S::Approved, S::Delivered, Actor::System },
    { S::Approved, S::Delivered, Actor::Staff },    { S::Approved, S::Withdrawn, Actor::Citizen },
    { S::Delivered, S::Withdrawn, Actor::Citizen },
};

const Actor kActors[] = { Actor::Citizen, Actor::Staff, Actor::Payment, Actor::System };

bool expected(S from, S to, Actor actor)
{
    for (const Allowed &allowed : kExpected) {
        if (allowed.from == from && allowed.to == to && allowed.actor == actor)
            return true;
    }
    return false;
}

} // namespace

class TestTransferStatus : public QObject
{
    Q_OBJECT

private slots:
    void wireNames()
    {
        const QStringList names { QStringLiteral("requested"), QStringLiteral("approved"),
                                  QStringLiteral("delivered"), QStringLiteral("declined"),
                                  QStringLiteral("expired"),   QStringLiteral("withdrawn") };
        const QList<S> all = allTransferStatuses();
        QCOMPARE(all.size(), names.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(transferStatusToWire(all.at(i)), names.at(i));
            QCOMPARE(transferStatusFromWire(names.at(i)), std::optional<S>(all.at(i)));
        }
        QVERIFY(!transferStatusFromWire(QStringLiteral("pending")));
    }

    void fullMatrix()
    {
        for (const S from : allTransferStatuses()) {
            for (const S to : allTransferStatuses()) {
                for (const Actor actor : kActors) {
                    QVERIFY2(canTransition(from, to, actor) == expected(from, to, actor),
                             qPrintable(QStringLiteral("%1 -> %2 by %3")
                                            .arg(transferStatusToWire(from),
                                                 transferStatusToWire(to), actorToWire(actor))));
                }
            }
        }
    }

    void rules()
    {
        // Only the citizen gives or takes back consent; an office cannot
        // approve its own request.
        QVERIFY(!canTransition(S::Requested, S::Approved, Actor::Staff));
        QVERIFY(!canTransition(S::Requested, S::Approved, Actor::System));
        // Nothing is delivered without approval.
        QVERIFY(!canTransition(S::Requested, S::Delivered, Actor::System));
        // A declined or expired request cannot be revived.
        QVERIFY(!canTransition(S::Declined, S::Approved, Actor::Citizen));
        QVERIFY(!canTransition(S::Expired, S::Approved, Actor::Citizen));
        QVERIFY(!canTransition(S::Withdrawn, S::Approved, Actor::Citizen));

        const QList<S> finals { S::Declined, S::Expired, S::Withdrawn };
        for (const S status : allTransferStatuses()) {
            QCOMPARE(isFinal(status), finals.contains(status));
            QCOMPARE(isConsentInForce(status), status == S::Approved || status == S::Delivered);
        }
    }

    void labels()
    {
        QSet<QString> labels;
        for (const S status : allTransferStatuses())
            labels.insert(statusLabel(status));
        QCOMPARE(labels.size(), allTransferStatuses().size());
        QVERIFY(!labels.contains(QString()));
    }
};

QTEST_APPLESS_MAIN(TestTransferStatus)
#include "test_transfer_status.moc"
