#include "common/domain/ApplicationStatus.h"

#include <QSet>
#include <QTest>

using namespace rathaus;

namespace {

using S = ApplicationStatus;

struct Allowed
{
    S from;
    S to;
    Actor actor;
};

// The table of domain.md, written out again by hand: every (from, to, actor)
// not listed here must be refused.
const Allowed kExpected[] = {
    { S::AwaitingPayment, S::Submitted, Actor::Payment },
    { S::AwaitingPayment, S::Withdrawn, Actor::Citizen },
    { S::Submitted, S::InReview, Actor::Staff },
    { S::Submitted, S::Withdrawn, Actor::Citizen },
    { S::InReview, S::InfoRequested, Actor::Staff },
    { S::InReview, S::Suspended, Actor::Staff },
    { S::InReview, S::Approved, Actor::Staff },
    { S::InReview, S::Rejected, Actor::Staff },
    { S::InReview, S::Withdrawn, Actor::Citizen },
    { S::InfoRequested, S::InReview, Actor::Citizen },
    { S::InfoRequested, S::Withdrawn, Actor::Citizen },
    { S::Suspended, S::InReview, Actor::Staff },
    { S::Approved, S::Completed, Actor::Staff },
    { S::Approved, S::Completed, Actor::System },
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

class TestApplicationStatus : public QObject
{
    Q_OBJECT

private slots:
    void wireNames()
    {
        const QStringList names {
            QStringLiteral("awaiting_payment"), QStringLiteral("submitted"),
            QStringLiteral("in_review"),        QStringLiteral("info_requested"),
            QStringLiteral("suspended"),        QStringLiteral("approved"),
            QStringLiteral("rejected"),         QStringLiteral("completed"),
            QStringLiteral("withdrawn")
        };
        const QList<S> all = allApplicationStatuses();
        QCOMPARE(all.size(), names.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(applicationStatusToWire(all.at(i)), names.at(i));
            QCOMPARE(applicationStatusFromWire(names.at(i)), std::optional<S>(all.at(i)));
        }
        QVERIFY(!applicationStatusFromWire(QStringLiteral("Submitted")));
        QVERIFY(!applicationStatusFromWire(QString()));
        QVERIFY(!applicationStatusFromWire(QStringLiteral("paid")));
    }

    void actorWireNames()
    {
        for (const Actor actor : kActors)
            QCOMPARE(actorFromWire(actorToWire(actor)), std::optional<Actor>(actor));
        QCOMPARE(actorToWire(Actor::Payment), QStringLiteral("payment"));
        QVERIFY(!actorFromWire(QStringLiteral("admin")));
    }

    // All 9 x 9 x 4 combinations against the hand-written table.
    void fullMatrix()
    {
        int allowedCount = 0;
        for (const S from : allApplicationStatuses()) {
            for (const S to : allApplicationStatuses()) {
                for (const Actor actor : kActors) {
                    const bool want = expected(from, to, actor);
                    QVERIFY2(canTransition(from, to, actor) == want,
                             qPrintable(QStringLiteral("%1 -> %2 by %3 should be %4")
                                            .arg(applicationStatusToWire(from),
                                                 applicationStatusToWire(to), actorToWire(actor),
                                                 want ? QStringLiteral("allowed")
                                                      : QStringLiteral("refused"))));
                    allowedCount += want ? 1 : 0;
                }
            }
        }
        QCOMPARE(allowedCount, int(std::size(kExpected)));
    }

    void nextStatusesFollowTheTable()
    {
        QCOMPARE(nextStatuses(S::InReview, Actor::Staff),
                 (QList<S> { S::InfoRequested, S::Suspended, S::Approved, S::Rejected }));
        QCOMPARE(nextStatuses(S::InReview, Actor::Citizen), QList<S> { S::Withdrawn });
        QCOMPARE(nextStatuses(S::InfoRequested, Actor::Citizen),
                 (QList<S> { S::InReview, S::Withdrawn }));
        QCOMPARE(nextStatuses(S::AwaitingPayment, Actor::Payment), QList<S> { S::Submitted });
        QVERIFY(nextStatuses(S::Suspended, Actor::Citizen).isEmpty());
    }

    void finalStatusesLeadNowhere()
    {
        const QList<S> finals { S::Rejected, S::Completed, S::Withdrawn };
        for (const S status : allApplicationStatuses()) {
            QCOMPARE(isFinal(status), finals.contains(status));
            if (!isFinal(status))
                continue;
            for (const S to : allApplicationStatuses()) {
                for (const Actor actor : kActors)
                    QVERIFY(!canTransition(status, to, actor));
            }
        }
        // Every other status has a way on.
        for (const S status : allApplicationStatuses()) {
            if (isFinal(status))
                continue;
            bool any = false;
            for (const Actor actor : kActors)
                any = any || !nextStatuses(status, actor).isEmpty();
            QVERIFY2(any, qPrintable(applicationStatusToWire(status)));
        }
    }

    void initialStatus()
    {
        QCOMPARE(initialApplicationStatus(500), S::AwaitingPayment);
        QCOMPARE(initialApplicationStatus(0), S::Submitted);
    }

    void labelsAndHints()
    {
        QSet<QString> labels;
        for (const S status : allApplicationStatuses()) {
            QVERIFY(!statusLabel(status).isEmpty());
            QVERIFY(!nextStepHint(status).isEmpty());
            labels.insert(statusLabel(status));
        }
        QCOMPARE(labels.size(), allApplicationStatuses().size());
        QCOMPARE(statusLabel(S::Submitted), QStringLiteral("Submitted"));
        QCOMPARE(nextStepHint(S::Submitted, 3),
                 QStringLiteral("The office will start checking your application soon; usually "
                                "within 3 working days."));
        QVERIFY(nextStepHint(S::InReview, 5).contains(QLatin1String("5 working days")));
        QVERIFY(!nextStepHint(S::InReview, 0).contains(QLatin1String("working days")));
    }
};

QTEST_APPLESS_MAIN(TestApplicationStatus)
#include "test_application_status.moc"
