// "My applications" as a model: pages fetched lazily through the keyset
// cursor as a view asks (canFetchMore/fetchMore), checked by
// QAbstractItemModelTester, against the real backend over loopback.
#include "app/client/ApiClient.h"
#include "app/client/ApplicationListModel.h"
#include "app/client/ApplicationsApi.h"
#include "app/client/MemorySecretStore.h"
#include "app/client/ServiceCatalogueModel.h"
#include "app/client/Session.h"
#include "app/client/StatusText.h"
#include "tests/support/TestBackend.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace rathaus;
using namespace rathaus::client;
using namespace std::chrono_literals;

class ApplicationListModelTest : public QObject
{
    Q_OBJECT

private:
    test::TestBackend backend;
    QNetworkAccessManager network;
    std::unique_ptr<ApiClient> api;
    MemorySecretStore secrets;
    std::unique_ptr<Session> session;
    std::unique_ptr<ApplicationsApi> applications;
    ServiceCatalogueModel catalogue;

    QString file(const QString &purpose)
    {
        QString reference;
        applications->submit(
            QStringLiteral("meldebescheinigung"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("einfach") },
                          { QStringLiteral("purpose"), purpose } },
            QUuid::createUuid().toByteArray(QUuid::WithoutBraces), this,
            [&](const Result<ApplicationSummary> &result) {
                reference = result.ok() ? result.value().reference : QStringLiteral("failed");
            });
        if (!QTest::qWaitFor([&] { return !reference.isEmpty(); }, 30000))
            return {};
        return reference;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(backend.start(), qPrintable(backend.error()));
        api = std::make_unique<ApiClient>(&network);
        api->setBaseUrl(QUrl(backend.http().baseUrl()));
        session = std::make_unique<Session>(api.get(), &secrets);
        applications = std::make_unique<ApplicationsApi>(session.get());
        bool loggedIn = false;
        session->login(QStringLiteral("erika"), QStringLiteral("rathaus-demo"), {}, this,
                       [&](const Result<UserInfo> &result) { loggedIn = result.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(loggedIn, 30000);
        for (int i = 0; i < 5; ++i)
            QVERIFY(file(QStringLiteral("paging %1").arg(i)).startsWith(QStringLiteral("LUN-")));
    }

    void fetchesPageByPage()
    {
        ApplicationListModel model(applications.get(), &catalogue);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        QVERIFY(!model.canFetchMore({})); // nothing before it is asked to load
        QList<int> rowsAfterPage;
        connect(&model, &ApplicationListModel::pageLoaded, this,
                [&] { rowsAfterPage.append(model.rowCount()); });
        model.reload();
        QVERIFY(model.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!rowsAfterPage.isEmpty(), 30000);
        QCOMPARE(rowsAfterPage.first(), 2); // one page, not all
        // (QAbstractItemModelTester fetches too, as a view would.)
        while (model.hasMore()) {
            model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000);
        }
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(rowsAfterPage, (QList<int> { 2, 4, 5 }));
        QVERIFY(!model.hasMore());

        const QModelIndex status = model.index(0, ApplicationListModel::StatusColumn);
        QCOMPARE(status.data(ApplicationListModel::StatusWireRole).toString(),
                 QStringLiteral("awaiting_payment"));
        QCOMPARE(status.data().toString(), StatusText::applicationLabel(QStringLiteral("awaiting_payment")));
        QVERIFY(!status.data(ApplicationListModel::NextStepRole).toString().isEmpty());
        QVERIFY(model.index(0, ApplicationListModel::ReferenceColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("LUN-")));
        QVERIFY(model.index(0, ApplicationListModel::FeeColumn).data().toString().contains(
            QStringLiteral("5.00")));

        // Newest first, no row twice.
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, 0).data(ApplicationListModel::ApplicationIdRole).toString());
        QCOMPARE(int(ids.size()), model.rowCount());

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void statusWordsComeFromTheClientsTable()
    {
        QCOMPARE(StatusText::applicationLabel(QStringLiteral("awaiting_payment")),
                 QStringLiteral("Fee open"));
        QCOMPARE(StatusText::applicationLabel(QStringLiteral("brand_new"), QStringLiteral("Neu")),
                 QStringLiteral("Neu"));
        QVERIFY(StatusText::canWithdraw(QStringLiteral("submitted")));
        QVERIFY(StatusText::canWithdraw(QStringLiteral("awaiting_payment")));
        QVERIFY(!StatusText::canWithdraw(QStringLiteral("approved")));
        QVERIFY(!StatusText::canWithdraw(QStringLiteral("withdrawn")));
    }
};

QTEST_GUILESS_MAIN(ApplicationListModelTest)
#include "tst_applicationlistmodel.moc"
