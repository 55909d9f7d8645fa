// The staff workspace's logic without widgets or network: which actions a
// case offers (from the one transition table), the inbox query and its
// saved form, and the layout of submitted data by the form's steps.
#include "app/client/staff/CaseActions.h"
#include "app/client/staff/CaseController.h"
#include "app/client/staff/CaseDataLayout.h"
#include "app/client/staff/CaseQuery.h"
#include "app/client/staff/SavedFilters.h"
#include "app/client/staff/StaffApi.h"
#include "app/client/staff/StaffCase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace rathaus;
using namespace rathaus::client;

namespace {

StaffCase caseIn(ApplicationStatus status, const QString &assignee = {})
{
    StaffCase staffCase;
    staffCase.detail.summary.status = status;
    staffCase.detail.assignee = assignee;
    return staffCase;
}

UserInfo staffUser(Role role)
{
    UserInfo user;
    user.id = QStringLiteral("u-1");
    user.role = role;
    user.officeId = QStringLiteral("strassenverkehrsamt");
    return user;
}

} // namespace

class CaseActionsTest : public QObject
{
    Q_OBJECT

private slots:
    void actionsFollowTheTransitionTable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QList<int>>("expected");
        using A = CaseAction;
        using S = ApplicationStatus;
        QTest::newRow("submitted") << int(S::Submitted) << QList<int> { int(A::StartReview) };
        QTest::newRow("in_review") << int(S::InReview)
                                   << QList<int> { int(A::AskCitizen), int(A::Suspend),
                                                   int(A::Approve), int(A::Reject) };
        QTest::newRow("info_requested") << int(S::InfoRequested) << QList<int> {};
        QTest::newRow("suspended") << int(S::Suspended) << QList<int> { int(A::Resume) };
        QTest::newRow("approved") << int(S::Approved) << QList<int> { int(A::IssueDocument) };
        QTest::newRow("rejected") << int(S::Rejected) << QList<int> {};
        QTest::newRow("completed") << int(S::Completed) << QList<int> {};
        QTest::newRow("withdrawn") << int(S::Withdrawn) << QList<int> {};
    }
    void actionsFollowTheTransitionTable()
    {
        QFETCH(int, status);
        QFETCH(QList<int>, expected);
        const auto s = ApplicationStatus(status);
        // Mine: no "take".
        QList<int> actual;
        for (CaseAction action :
             CaseActions::available(caseIn(s, QStringLiteral("u-1")), staffUser(Role::Caseworker)))
            actual.append(int(action));
        QCOMPARE(actual, expected);
        // Every offered transition is one the table allows staff.
        for (int action : expected) {
            const auto spec = CaseActions::spec(CaseAction(action));
            QVERIFY(spec.to.has_value());
            QVERIFY(canTransition(s, *spec.to, Actor::Staff));
        }
        // Somebody else's or nobody's open case can be taken.
        const auto others =
            CaseActions::available(caseIn(s, QStringLiteral("u-2")), staffUser(Role::Caseworker));
        QCOMPARE(others.contains(CaseAction::Take), !isFinal(s));
    }

    void refundOnlyForTheLead()
    {
        StaffCase paid = caseIn(ApplicationStatus::Completed, QStringLiteral("u-1"));
        Payment payment;
        payment.id = QStringLiteral("p-1");
        payment.amountCents = 3000;
        payment.status = PaymentStatus::Succeeded;
        paid.detail.payment = payment;
        QVERIFY(!CaseActions::available(paid, staffUser(Role::Caseworker))
                     .contains(CaseAction::Refund));
        QVERIFY(CaseActions::available(paid, staffUser(Role::Lead)).contains(CaseAction::Refund));
        paid.detail.payment->refundedCents = 3000;
        paid.detail.payment->status = PaymentStatus::Refunded;
        QVERIFY(!CaseActions::available(paid, staffUser(Role::Lead)).contains(CaseAction::Refund));
        QVERIFY(CaseActions::available(paid, staffUser(Role::Admin)).isEmpty());
    }

    void queryToUrl()
    {
        CaseQuery query;
        QCOMPARE(query.toUrlQuery().toString(), QString());
        query.status = ApplicationStatus::InReview;
        query.assignee = CaseQuery::Assignee::Me;
        query.serviceId = QStringLiteral("anwohnerparkausweis");
        query.overdueOnly = true;
        query.search = QStringLiteral(" Müller & Söhne ");
        const QUrlQuery url = query.toUrlQuery();
        QCOMPARE(url.queryItemValue(QStringLiteral("status")), QStringLiteral("in_review"));
        QCOMPARE(url.queryItemValue(QStringLiteral("assignee")), QStringLiteral("me"));
        QCOMPARE(url.queryItemValue(QStringLiteral("service_id")),
                 QStringLiteral("anwohnerparkausweis"));
        QCOMPARE(url.queryItemValue(QStringLiteral("overdue")), QStringLiteral("true"));
        QCOMPARE(url.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded),
                 QStringLiteral("Müller & Söhne"));
        QCOMPARE(CaseQuery::fromVariant(query.toVariant()), query);
    }

    void savedFiltersPerUser()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        SavedFilters filters(&settings);
        filters.setUser(QStringLiteral("staff-a"));
        CaseQuery mine;
        mine.assignee = CaseQuery::Assignee::Me;
        mine.overdueOnly = true;
        filters.save(QStringLiteral("Meine überfälligen"), mine);
        QCOMPARE(filters.names(), QStringList { QStringLiteral("Meine überfälligen") });
        QCOMPARE(filters.load(QStringLiteral("Meine überfälligen")), mine);

        CaseQuery last;
        last.status = ApplicationStatus::Submitted;
        last.search = QStringLiteral("Mustermann");
        filters.setLastQuery(last);
        last.search.clear(); // a citizen's name is not kept
        QCOMPARE(filters.lastQuery(), last);

        filters.setUser(QStringLiteral("staff-b"));
        QVERIFY(filters.names().isEmpty());
        QCOMPARE(filters.lastQuery(), CaseQuery {});

        filters.setUser(QStringLiteral("staff-a"));
        filters.remove(QStringLiteral("Meine überfälligen"));
        QVERIFY(filters.names().isEmpty());
    }

    void dataLaidOutBySteps()
    {
        const QByteArray schemaJson = R"json({
          "version": 1,
          "steps": [
            {"title": {"de": "Fahrzeug", "en": "Vehicle"}, "fields": [
              {"id": "plate", "type": "licence_plate", "label": {"de": "Kennzeichen", "en": "Plate"}, "required": true},
              {"id": "zone", "type": "choice", "label": {"de": "Zone", "en": "Zone"}, "required": true,
               "options": [{"value": "B", "label": {"de": "Zone B (Altstadt)", "en": "Zone B (old town)"}}]}
            ]},
            {"title": {"de": "Nachweise", "en": "Papers"}, "fields": [
              {"id": "registration", "type": "file", "label": {"de": "Fahrzeugschein", "en": "Registration"}, "required": true},
              {"id": "since", "type": "date", "label": {"de": "Seit", "en": "Since"}}
            ]}
          ]})json";
        auto schema = FormSchema::fromJson(QJsonDocument::fromJson(schemaJson).object());
        QVERIFY2(schema.ok(), qPrintable(schema.ok() ? QString() : schema.problem().detail));
        const QJsonObject data { { QStringLiteral("plate"), QStringLiteral("L-EM 1234") },
                                 { QStringLiteral("zone"), QStringLiteral("B") },
                                 { QStringLiteral("registration"),
                                   QJsonArray { QStringLiteral("up-1"), QStringLiteral("up-2") } },
                                 { QStringLiteral("legacy"), QStringLiteral("kept") } };
        const auto steps =
            CaseDataLayout::layout(schema.value(), data, QStringLiteral("de"), QLocale::c());
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).title, QStringLiteral("Fahrzeug"));
        QCOMPARE(steps.at(0).rows.size(), 2);
        QCOMPARE(steps.at(0).rows.at(1).value, QStringLiteral("Zone B (Altstadt)"));
        QCOMPARE(steps.at(1).rows.size(), 1); // "since" was not given
        QCOMPARE(steps.at(1).rows.at(0).uploadIds,
                 (QStringList { QStringLiteral("up-1"), QStringLiteral("up-2") }));
        QCOMPARE(steps.at(2).rows.at(0).fieldId, QStringLiteral("legacy"));

        // The shape the backend stores: the ids and a readable name per file.
        QJsonObject stored = data;
        stored.insert(
            QStringLiteral("registration"),
            QJsonArray { QJsonObject { { QStringLiteral("upload_id"), QStringLiteral("up-1") },
                                       { QStringLiteral("name"), QStringLiteral("schein.pdf") },
                                       { QStringLiteral("size"), 2048 } } });
        const auto storedSteps =
            CaseDataLayout::layout(schema.value(), stored, QStringLiteral("de"), QLocale::c());
        QCOMPARE(storedSteps.at(1).rows.at(0).uploadIds, QStringList { QStringLiteral("up-1") });
        QVERIFY2(storedSteps.at(1).rows.at(0).value.startsWith(QLatin1String("schein.pdf (")),
                 qPrintable(storedSteps.at(1).rows.at(0).value));
    }

    void caseFromLenientJson()
    {
        const QByteArray json = R"json({
          "id": "c-1", "reference": "LUN-2026-000007", "service_id": "anwohnerparkausweis",
          "status": "in_review", "data": {"plate": "L-EM 1234"}, "version": 4,
          "citizen": {"id": "cit-1", "display_name": "Erika Mustermann"},
          "assignee": "u-1", "deadline": "2026-12-01T00:00:00.000Z",
          "notes": [{"id": "n-1", "author_name": "Sachbearbeitung", "body": "Rückruf",
                     "created_at": "2026-11-29T10:00:00.000Z"}],
          "messages": [{"id": "m-1", "sender": "citizen", "body": "Hallo",
                        "created_at": "2026-11-29T10:05:00.000Z"}]
        })json";
        auto parsed = StaffCase::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.problem().detail));
        const StaffCase &c = parsed.value();
        QCOMPARE(c.version(), 4);
        QCOMPARE(c.citizenName, QStringLiteral("Erika Mustermann"));
        QCOMPARE(c.detail.citizenId, QStringLiteral("cit-1"));
        QCOMPARE(c.notes.size(), 1);
        QCOMPARE(c.notes.at(0).body, QStringLiteral("Rückruf"));
        QVERIFY(c.hasMessages);
        QVERIFY(c.messages.at(0).fromCitizen);

        auto summary = StaffCaseSummary::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(summary.ok());
        QVERIFY(summary.value().isOverdue(QDateTime(QDate(2026, 12, 2), QTime(0, 0), Qt::UTC)));
        QVERIFY(!summary.value().isOverdue(QDateTime(QDate(2026, 11, 30), QTime(0, 0), Qt::UTC)));
    }

    // A refused write says who changed the case first: the account the
    // backend names (staff answers), not whoever the case is assigned to.
    void lastChangeNamesTheAccount()
    {
        StaffCase staffCase = caseIn(ApplicationStatus::Suspended, QStringLiteral("u-1"));
        staffCase.assigneeName = QStringLiteral("Sam Sachbearbeiter");
        QJsonObject json {
            { QStringLiteral("at"), QStringLiteral("2026-11-29T10:00:00.000Z") },
            { QStringLiteral("from"), QStringLiteral("in_review") },
            { QStringLiteral("to"), QStringLiteral("suspended") },
            { QStringLiteral("actor"), QStringLiteral("staff") },
            { QStringLiteral("actor_name"), QStringLiteral("Straßenverkehrsamt") },
            { QStringLiteral("staff_name"), QStringLiteral("Lea Lead") },
            { QStringLiteral("staff_role"), QStringLiteral("lead") },
        };
        const auto entry = ApplicationHistoryEntry::fromJson(json);
        QVERIFY(entry.ok());
        QCOMPARE(entry.value().staffName, QStringLiteral("Lea Lead"));
        QCOMPARE(entry.value().toJson(), json);
        staffCase.detail.history.append(entry.value());
        QCOMPARE(CaseController::lastChangeBy(staffCase),
                 QStringLiteral("Lea Lead (head of office)"));

        // Only the role (no name): the role.
        staffCase.detail.history.last().staffName.clear();
        QCOMPARE(CaseController::lastChangeBy(staffCase), QStringLiteral("head of office"));
        // An entry from before the backend kept the account: no guess.
        staffCase.detail.history.last().staffRole.clear();
        QCOMPARE(CaseController::lastChangeBy(staffCase), QStringLiteral("a colleague"));
        // The citizen by name.
        staffCase.citizenName = QStringLiteral("Erika Mustermann");
        staffCase.detail.history.last().actor = Actor::Citizen;
        QCOMPARE(CaseController::lastChangeBy(staffCase), QStringLiteral("Erika Mustermann"));
    }

    // The case page asks for the form the application was filed on.
    void caseCarriesItsSchemaVersion()
    {
        const QByteArray json = R"json({
          "id": "c-1", "reference": "LUN-2026-000008", "service_id": "anwohnerparkausweis",
          "status": "submitted", "data": {"plate": "L-EM 1"}, "version": 1,
          "schema_version": 3
        })json";
        const auto parsed = StaffCase::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.problem().detail));
        QCOMPARE(parsed.value().detail.schemaVersion, 3);
    }

    void conflictsAreRecognised()
    {
        QVERIFY(StaffApi::isEditConflict(Problem::make(409, QStringLiteral("edit-conflict"), {})));
        QVERIFY(!StaffApi::isEditConflict(
            Problem::make(409, QStringLiteral("invalid-transition"), {})));
        QCOMPARE(StaffApi::ifMatch(7), QByteArray("\"7\""));
    }
};

QTEST_GUILESS_MAIN(CaseActionsTest)
#include "tst_caseactions.moc"
