// The staff inbox model against the real backend over loopback HTTP: cases
// are seeded by citizens submitting applications through the API, a
// caseworker of the office pages through them. QAbstractItemModelTester
// watches every signal the model sends.
#include "app/client/ApiClient.h"
#include "app/client/MemorySecretStore.h"
#include "app/client/Session.h"
#include "app/client/staff/CaseListModel.h"
#include "app/client/staff/StaffApi.h"
#include "tests/api/ApplicationTestData.h"
#include "tests/support/TestBackend.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace rathaus;
using namespace rathaus::test;

class CaseListModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBackend> backend;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<client::ApiClient> api;
    std::unique_ptr<client::MemorySecretStore> store;
    std::unique_ptr<client::Session> session;
    std::unique_ptr<client::StaffApi> staff;
    QStringList references; // of the seeded cases, oldest first
    static constexpr int kCases = 7;
    bool served = false;

    QString submitDogTax(const QString &citizen, const QString &dogName)
    {
        QJsonObject data = validData(QStringLiteral("hundesteuer-anmeldung"),
                                     backend->clock().now().date());
        data.insert(QStringLiteral("dog_name"), dogName);
        const HttpResponse response = submitApplication(
            *backend, accessToken(*backend, citizen), QUuid::createUuid().toByteArray(),
            applicationBody(QStringLiteral("hundesteuer-anmeldung"), data));
        if (response.status != 201)
            qWarning() << "submission failed" << response.status << response.body;
        return response.json().value(QLatin1String("reference")).toString();
    }

    // Fetches pages until the model has none left.
    void fetchAll(client::CaseListModel &model)
    {
        while (model.canFetchMore()) {
            const int before = model.pagesFetched();
            model.fetchMore();
            QTRY_VERIFY(model.pagesFetched() > before || !model.hasMorePages());
        }
        QTRY_VERIFY(!model.isLoading());
    }

    std::unique_ptr<client::CaseListModel> newModel(int pageSize)
    {
        auto model = std::make_unique<client::CaseListModel>(staff.get(), nullptr);
        model->setPageSize(pageSize);
        model->setCurrentUserId(session->user().id);
        return model;
    }

private slots:
    void initTestCase()
    {
        backend = std::make_unique<TestBackend>();
        QVERIFY2(backend->start(), qPrintable(backend->error()));
        for (int i = 0; i < kCases; ++i) {
            const QString reference =
                submitDogTax(i % 2 ? QStringLiteral("max") : QStringLiteral("erika"),
                             QStringLiteral("Hund %1").arg(i));
            QVERIFY(!reference.isEmpty());
            references.append(reference);
            backend->clock().advance(1); // distinct received times
        }

        network = std::make_unique<QNetworkAccessManager>();
        api = std::make_unique<client::ApiClient>(network.get());
        api->setBaseUrl(QUrl(backend->http().baseUrl()));
        store = std::make_unique<client::MemorySecretStore>();
        session = std::make_unique<client::Session>(api.get(), store.get());
        std::optional<Result<UserInfo>> login;
        session->login(QStringLiteral("sb.steueramt"), QStringLiteral("rathaus-demo"),
                       backend->staffTotp(), this,
                       [&](const Result<UserInfo> &result) { login = result; });
        QTRY_VERIFY(login.has_value());
        QVERIFY2(login->ok(), qPrintable(login->ok() ? QString() : login->problem().title));
        staff = std::make_unique<client::StaffApi>(session.get());

        // The staff case list may be a newer part of the backend than this
        // client (branches merge at different times): then there is nothing to test.
        std::optional<Result<client::CasePage>> probe;
        staff->listCases({}, {}, 1, this,
                         [&](const Result<client::CasePage> &result) { probe = result; });
        QTRY_VERIFY(probe.has_value());
        served = probe->ok() || probe->problem().status != 404;
    }

    void init()
    {
        if (!served)
            QSKIP("GET /staff/cases is not served by this backend yet");
    }

    void pagesArriveOnDemand()
    {
        // Without a tester (which itself asks for more): one page until a
        // view asks for the next, so memory grows by pages.
        auto model = newModel(3);
        QSignalSpy failed(model.get(), &client::CaseListModel::pageFailed);
        model->setQuery({});
        QTRY_VERIFY(!model->isLoading());
        QVERIFY(failed.isEmpty());
        QCOMPARE(model->pagesFetched(), 1);
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(model->canFetchMore());
        model->fetchMore();
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->pagesFetched(), 2);
        QCOMPARE(model->rowCount(), 6);
    }

    void allPagesUnderTheTester()
    {
        auto model = newModel(3);
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(model.get(), &client::CaseListModel::pageFailed);
        model->setQuery({});
        QTRY_VERIFY(!model->isLoading());
        fetchAll(*model);
        QVERIFY(failed.isEmpty());
        QCOMPARE(model->rowCount(), kCases);
        QCOMPARE(model->pagesFetched(), (kCases + 2) / 3);
        QVERIFY(!model->canFetchMore());

        QSet<QString> seen;
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto *item = model->caseAt(row);
            QVERIFY(item);
            QVERIFY(!seen.contains(item->id));
            seen.insert(item->id);
            QVERIFY(references.contains(item->reference));
            QCOMPARE(item->status, ApplicationStatus::Submitted);
            QCOMPARE(model->data(model->index(row, client::CaseListModel::Status)).toString(),
                     statusLabel(ApplicationStatus::Submitted));
            QVERIFY(!model->data(model->index(row, client::CaseListModel::Citizen))
                         .toString()
                         .isEmpty());
        }
    }

    void searchByReferenceAndAssignee()
    {
        auto model = newModel(50);
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        client::CaseQuery query;
        query.search = references.at(2);
        model->setQuery(query);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->caseAt(0)->reference, references.at(2));
        const QString caseId = model->caseAt(0)->id;

        // Nobody has it yet; after "take" it is mine.
        query = {};
        query.assignee = client::CaseQuery::Assignee::Me;
        model->setQuery(query);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), 0);

        std::optional<Result<QJsonObject>> assigned;
        staff->assign(caseId, QStringLiteral("me"), this,
                      [&](const Result<QJsonObject> &result) { assigned = result; });
        QTRY_VERIFY(assigned.has_value());
        QVERIFY2(assigned->ok(), qPrintable(assigned->ok() ? QString() : assigned->problem().title));

        model->reload();
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->caseAt(0)->id, caseId);
        QCOMPARE(model->data(model->index(0, client::CaseListModel::Assignee)).toString(),
                 QStringLiteral("me"));

        query.assignee = client::CaseQuery::Assignee::Unassigned;
        model->setQuery(query);
        QTRY_VERIFY(!model->isLoading());
        fetchAll(*model);
        QCOMPARE(model->rowCount(), kCases - 1);
        QCOMPARE(model->rowOf(caseId), -1);
    }

    void statusFilterAndStaleAnswers()
    {
        auto model = newModel(50);
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        client::CaseQuery query;
        query.status = ApplicationStatus::Completed;
        model->setQuery(query);
        // A new query before the first answered: only the second one counts.
        query.status = ApplicationStatus::Submitted;
        model->setQuery(query);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->pagesFetched(), 1);
        QCOMPARE(model->rowCount(), kCases);
    }

    void otherOfficesSeeNothing()
    {
        // The road traffic office's caseworker: none of the tax office's cases.
        client::MemorySecretStore otherStore;
        client::Session other(api.get(), &otherStore);
        std::optional<Result<UserInfo>> login;
        other.login(QStringLiteral("sb.verkehr"), QStringLiteral("rathaus-demo"),
                    backend->staffTotp(), this,
                    [&](const Result<UserInfo> &result) { login = result; });
        QTRY_VERIFY(login.has_value());
        QVERIFY(login->ok());
        client::StaffApi otherApi(&other);
        client::CaseListModel model(&otherApi, nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &client::CaseListModel::pageFailed);
        model.setQuery({});
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(failed.isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(CaseListModelTest)
#include "tst_caselistmodel.moc"
