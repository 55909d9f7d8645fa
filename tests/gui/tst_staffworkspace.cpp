// The caseworker's workspace as sb.verkehr meets it, in German, on the
// embedded demo city over loopback HTTP: erika files a parking permit
// through the API (upload, submission, payment), the caseworker signs in
// with a TOTP code, finds the case by its reference, takes it, asks erika a
// question, erika answers through the API, the caseworker approves and
// issues the permit, and erika then sees the document. Then a conflict: the
// head of office changes a case while the caseworker is about to reject it.
#include "app/client/Session.h"
#include "app/client/ApiClient.h"
#include "app/client/staff/CaseController.h"
#include "app/client/staff/CaseListModel.h"
#include "app/ui/DesktopApp.h"
#include "app/ui/MainWindow.h"
#include "app/ui/StaffHomePage.h"
#include "app/ui/StartupOptions.h"
#include "app/ui/staff/CaseActionDialog.h"
#include "app/ui/staff/StaffCasePage.h"
#include "app/ui/staff/StaffInboxPage.h"
#include "app/ui/staff/TransferRequestDialog.h"
#include "common/crypto/Crypto.h"
#include "common/crypto/Totp.h"
#include "tests/support/TestBackend.h"

#include <QApplication>
#include <QCheckBox>
#include <QTabWidget>
#include <QTableView>
#include <QDateTime>
#include <QJsonArray>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

using namespace rathaus;
using test::HttpClient;
using test::HttpResponse;

namespace {

QString totpNow()
{
    const auto secret = base32::decode(QStringLiteral("JBSWY3DPEHPK3PXP"));
    return Totp(secret.value_or(QByteArray())).code(QDateTime::currentSecsSinceEpoch());
}

QByteArray tinyPng()
{
    return QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR") + QByteArray(17, '\0');
}

} // namespace

class StaffWorkspaceTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dataDir;
    std::unique_ptr<ui::DesktopApp> app;
    std::unique_ptr<HttpClient> http;
    QString erika;
    bool served = false;

    ui::MainWindow *window() const { return app->mainWindow(); }
    ui::StaffHomePage *staffPage() const { return window()->staffHomePage(); }
    ui::StaffCasePage *casePage() const { return staffPage()->casePage(); }
    template<typename T> T *find(const QString &name) const
    {
        T *widget = window()->findChild<T *>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }
    QString currentPageName() const { return window()->currentPage()->objectName(); }

    HttpResponse post(const QString &path, const QJsonObject &body, const QString &token,
                      HttpClient::Headers headers = {})
    {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + token.toLatin1()));
        return http->request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                             headers);
    }

    QString login(const QString &user, const QString &totp = {})
    {
        QJsonObject body { { QStringLiteral("username"), user },
                           { QStringLiteral("password"), QStringLiteral("rathaus-demo") } };
        if (!totp.isEmpty())
            body.insert(QStringLiteral("totp"), totp);
        return http->postJson(QStringLiteral("/api/v1/auth/login"), body)
            .json()
            .value(QLatin1String("access_token"))
            .toString();
    }

    // erika files a parking permit and pays for it: the case reaches the office.
    // Returns {id, reference}; empty when a step is not served.
    // `withZone` false: for the form after the admin took the zone out.
    QPair<QString, QString> fileParkingPermit(const QString &plate, bool withZone = true)
    {
        const HttpResponse upload = http->request(
            "POST", QStringLiteral("/api/v1/uploads"), tinyPng(),
            { { "Authorization", "Bearer " + erika.toLatin1() },
              { "Content-Type", "image/png" },
              { "X-Filename", "fahrzeugschein.png" } });
        if (upload.status != 201)
            return {};
        QJsonObject data {
            { QStringLiteral("plate"), plate },
            { QStringLiteral("registration"),
              QJsonArray { upload.json().value(QLatin1String("id")).toString() } }
        };
        if (withZone)
            data.insert(QStringLiteral("zone"), QStringLiteral("B"));
        const HttpResponse created = post(
            QStringLiteral("/api/v1/applications"),
            { { QStringLiteral("service_id"), QStringLiteral("anwohnerparkausweis") },
              { QStringLiteral("data"), data } },
            erika, { { "Idempotency-Key", QUuid::createUuid().toByteArray() } });
        if (created.status != 201) {
            qWarning() << "submission" << created.status << created.body;
            return {};
        }
        const QString id = created.json().value(QLatin1String("id")).toString();
        const QString reference = created.json().value(QLatin1String("reference")).toString();

        const HttpResponse payment = post(QStringLiteral("/api/v1/applications/%1/payments").arg(id),
                                          {}, erika,
                                          { { "Idempotency-Key", QUuid::createUuid().toByteArray() } });
        if (payment.status != 201) {
            qWarning() << "payment" << payment.status << payment.body;
            return {};
        }
        const QUrl next(payment.json().value(QLatin1String("next_url")).toString());
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"),
                          QUrlQuery(next).queryItemValue(QStringLiteral("token")));
        form.addQueryItem(QStringLiteral("card_number"), QStringLiteral("4444333322221111"));
        form.addQueryItem(QStringLiteral("action"), QStringLiteral("pay"));
        const HttpResponse paid =
            http->request("POST", next.path(), form.toString(QUrl::FullyEncoded).toLatin1(),
                          { { "Content-Type", "application/x-www-form-urlencoded" } });
        if (paid.status != 200) {
            qWarning() << "paying" << paid.status;
            return {};
        }
        return { id, reference };
    }

    HttpResponse putService(const QString &id, const QJsonObject &document,
                            const QByteArray &etag, const QString &token)
    {
        return http->request("PUT", QStringLiteral("/api/v1/admin/services/") + id,
                             QJsonDocument(document).toJson(QJsonDocument::Compact),
                             { { "Content-Type", "application/json" },
                               { "Authorization", "Bearer " + token.toLatin1() },
                               { "If-Match", etag } });
    }

    QString citizenStatus(const QString &id)
    {
        return http->get(QStringLiteral("/api/v1/applications/") + id, erika)
            .json()
            .value(QLatin1String("status"))
            .toString();
    }

    void signInAsCaseworker()
    {
        auto *user = find<QLineEdit>(QStringLiteral("usernameLineEdit"));
        user->clear();
        QTest::keyClicks(user, QStringLiteral("sb.verkehr"));
        auto *password = find<QLineEdit>(QStringLiteral("passwordLineEdit"));
        password->clear();
        QTest::keyClicks(password, QStringLiteral("rathaus-demo"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("loginButton")), Qt::LeftButton);
        auto *code = find<QLineEdit>(QStringLiteral("totpLineEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 20000);
        QTest::keyClicks(code, totpNow());
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(currentPageName(), QStringLiteral("staffHomePage"), 20000);
    }

    // Types the reference into the search box and opens the one case found.
    void openByReference(const QString &reference)
    {
        staffPage()->showInbox();
        auto *search = find<QLineEdit>(QStringLiteral("searchLineEdit"));
        search->clear();
        QTest::keyClicks(search, reference);
        client::CaseListModel *model = staffPage()->inboxPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1 &&
                                     model->caseAt(0)->reference == reference &&
                                     !model->isLoading(),
                                 20000);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("openCaseButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(QStringLiteral("referenceLabel"))->text(),
                                  reference, 20000);
    }

    QPushButton *action(client::CaseAction which)
    {
        return casePage()->actionButton(which);
    }

    void waitIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!casePage()->controller()->isBusy(), 20000);
    }

    ApplicationStatus caseStatus() const
    {
        return casePage()->controller()->current()->status();
    }

    // Clicks an action that opens a dialog, types `text`, confirms.
    ui::CaseActionDialog *confirmAction(client::CaseAction which, const QString &text = {})
    {
        QPushButton *button = action(which);
        if (!button)
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        ui::CaseActionDialog *dialog = casePage()->actionDialog();
        if (!dialog)
            return nullptr;
        if (!QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000))
            return nullptr;
        if (!text.isEmpty()) {
            auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("actionTextEdit"));
            edit->insertPlainText(text);
        }
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
        return dialog;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("Rathaus"));
        QApplication::setApplicationName(QStringLiteral("rathaus-staff-gui-test"));
        QVERIFY(dataDir.isValid());
        ui::StartupOptions options;
        options.language = QStringLiteral("de");
        options.dataDirectory = dataDir.path();
        app = std::make_unique<ui::DesktopApp>(options);
        QSignalSpy firstData(app.get(), &ui::DesktopApp::firstDataShown);
        app->start();
        QTRY_VERIFY_WITH_TIMEOUT(firstData.size() == 1, 60000);
        http = std::make_unique<HttpClient>(app->api()->baseUrl().toString());
        erika = login(QStringLiteral("erika"));
        QVERIFY(!erika.isEmpty());
        // Parts of the backend merge at different times; without them there
        // is no case to handle.
        const HttpResponse probe = http->get(QStringLiteral("/api/v1/staff/cases"), erika);
        served = probe.status != 404 &&
            http->request("POST", QStringLiteral("/api/v1/uploads"), {}, {}).status != 404;
    }

    void init()
    {
        if (!served)
            QSKIP("the staff case endpoints (or uploads) are not served by this backend yet");
    }

    void caseworkerHandlesAParkingPermit()
    {
        const auto [id, reference] = fileParkingPermit(QStringLiteral("L-EM 1234"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(citizenStatus(id), QStringLiteral("submitted"));

        signInAsCaseworker();
        openByReference(reference);
        QCOMPARE(caseStatus(), ApplicationStatus::Submitted);
        // The data by the form's steps, the file offered for preview.
        QTRY_VERIFY(find<QLabel>(QStringLiteral("caseValue_plate")));
        QCOMPARE(find<QLabel>(QStringLiteral("caseValue_plate"))->text(), QStringLiteral("L-EM 1234"));

        // Take it, start the review.
        QVERIFY(action(client::CaseAction::Take));
        QTest::mouseClick(action(client::CaseAction::Take), Qt::LeftButton);
        waitIdle();
        QTRY_VERIFY_WITH_TIMEOUT(!action(client::CaseAction::Take), 20000);
        QTest::mouseClick(action(client::CaseAction::StartReview), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(caseStatus(), ApplicationStatus::InReview, 20000);

        // Ask erika; a question is required.
        QPushButton *ask = action(client::CaseAction::AskCitizen);
        QVERIFY(ask);
        QTest::mouseClick(ask, Qt::LeftButton);
        QPointer<ui::CaseActionDialog> dialog = casePage()->actionDialog();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("dialogErrorLabel"))->isVisible());
        QCOMPARE(caseStatus(), ApplicationStatus::InReview);
        // keyClicks types ASCII only; the German text goes in as typed text would.
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("actionTextEdit"))
            ->insertPlainText(QStringLiteral("Bitte reichen Sie die Rückseite des Fahrzeugscheins nach."));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000); // closed on success
        QTRY_COMPARE_WITH_TIMEOUT(caseStatus(), ApplicationStatus::InfoRequested, 20000);
        QCOMPARE(citizenStatus(id), QStringLiteral("info_requested"));

        // erika answers through the API; the case is back on the desk.
        const HttpResponse answered =
            post(QStringLiteral("/api/v1/applications/%1/answer").arg(id),
                 { { QStringLiteral("message"), QStringLiteral("Rückseite anbei.") } }, erika);
        QVERIFY2(answered.status == 200 || answered.status == 201, answered.body.constData());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("reloadCaseButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(caseStatus(), ApplicationStatus::InReview, 20000);

        // Approve, then issue the signed permit.
        dialog = confirmAction(client::CaseAction::Approve);
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(caseStatus(), ApplicationStatus::Approved, 20000);
        QTRY_VERIFY(!dialog);
        dialog = confirmAction(client::CaseAction::IssueDocument);
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(caseStatus(), ApplicationStatus::Completed, 20000);
        QCOMPARE(casePage()->controller()->current()->detail.documents.size(), 1);
        QVERIFY(!action(client::CaseAction::AskCitizen));

        // erika sees the permit.
        const QJsonObject mine = http->get(QStringLiteral("/api/v1/applications/") + id, erika).json();
        QCOMPARE(mine.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(mine.value(QLatin1String("documents")).toArray().size(), 1);
    }

    // The header shows the order the server sorts by: received, oldest first
    // unless the caseworker chose another; unsortable columns leave it be.
    void theInboxHeaderShowsTheSortOrder()
    {
        if (currentPageName() != QLatin1String("staffHomePage"))
            signInAsCaseworker();
        staffPage()->showInbox();
        auto *table = find<QTableView>(QStringLiteral("caseTableView"));
        QHeaderView *header = table->horizontalHeader();
        client::CaseListModel *model = staffPage()->inboxPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);
        const client::CaseQuery fresh;
        QCOMPARE(fresh.sortKey, client::CaseQuery::SortKey::Received);
        QVERIFY(!fresh.descending);
        QVERIFY(header->isSortIndicatorShown());
        QCOMPARE(model->query().sortKey, client::CaseQuery::SortKey::Received);
        QCOMPARE(header->sortIndicatorSection(), int(client::CaseListModel::Received));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        const auto tip = [model](int column) {
            return model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        };
        QVERIFY2(tip(client::CaseListModel::Received).contains(QStringLiteral("älteste zuerst")),
                 qPrintable(tip(client::CaseListModel::Received)));
        QVERIFY(tip(client::CaseListModel::Status).isEmpty());
        QVERIFY(!tip(client::CaseListModel::Deadline).isEmpty());

        const auto click = [header](int column) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) +
                                         header->sectionSize(column) / 2,
                                     header->height() / 2));
        };
        // Not sortable: neither the order nor the arrow moves.
        for (const int column : { int(client::CaseListModel::Status),
                                  int(client::CaseListModel::Citizen) }) {
            click(column);
            QCOMPARE(header->sortIndicatorSection(), int(client::CaseListModel::Received));
            QCOMPARE(model->query().sortKey, client::CaseQuery::SortKey::Received);
        }
        // Deadline: the server sorts by it, the arrow follows.
        click(client::CaseListModel::Deadline);
        QCOMPARE(model->query().sortToWire(), QStringLiteral("deadline"));
        QCOMPARE(header->sortIndicatorSection(), int(client::CaseListModel::Deadline));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        // Received twice: newest first, and the header says so.
        click(client::CaseListModel::Received);
        click(client::CaseListModel::Received);
        QCOMPARE(model->query().sortToWire(), QStringLiteral("-received"));
        QCOMPARE(header->sortIndicatorSection(), int(client::CaseListModel::Received));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY2(tip(client::CaseListModel::Received).contains(QStringLiteral("neueste zuerst")),
                 qPrintable(tip(client::CaseListModel::Received)));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->caseAt(row - 1)->receivedAt >= model->caseAt(row)->receivedAt);
        // Back to the default for the tests after this one.
        click(client::CaseListModel::Received);
        QCOMPARE(model->query().sortToWire(), QStringLiteral("received"));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);
    }

    void aConflictKeepsTheTextAndShowsTheFreshState()
    {
        const auto [id, reference] = fileParkingPermit(QStringLiteral("L-MM 42"));
        QVERIFY(!id.isEmpty());
        if (currentPageName() != QLatin1String("staffHomePage"))
            signInAsCaseworker();
        openByReference(reference);
        QTest::mouseClick(action(client::CaseAction::StartReview), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(caseStatus(), ApplicationStatus::InReview, 20000);
        const int seenVersion = casePage()->controller()->current()->version();

        // Meanwhile the head of office puts it on hold (a second client).
        const QString lead = login(QStringLiteral("lead.verkehr"), totpNow());
        QVERIFY(!lead.isEmpty());
        const HttpResponse suspended = post(
            QStringLiteral("/api/v1/staff/cases/%1/transition").arg(id),
            { { QStringLiteral("to"), QStringLiteral("suspended") },
              { QStringLiteral("reason"), QStringLiteral("Halterabfrage läuft") },
              { QStringLiteral("until"),
                QDateTime::currentDateTimeUtc().addDays(7).toString(Qt::ISODateWithMs) } },
            lead, { { "If-Match", '"' + QByteArray::number(seenVersion) + '"' } });
        QVERIFY2(suspended.status == 200, suspended.body.constData());

        // The caseworker, still seeing "in review", rejects with a reason.
        const QString reason = QStringLiteral("Kein Wohnsitz in der Zone B.");
        QPointer<ui::CaseActionDialog> dialog = confirmAction(client::CaseAction::Reject, reason);
        QVERIFY(dialog);
        auto *conflict = find<QLabel>(QStringLiteral("conflictLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(conflict->isVisible(), 20000);
        QVERIFY2(conflict->text().contains(QLatin1String("inzwischen")), qPrintable(conflict->text()));
        QVERIFY(conflict->text().contains(QStringLiteral("geändert")));
        // It names who: the head of office, not the caseworker it is assigned to.
        QVERIFY2(conflict->text().contains(QStringLiteral("Leitung Straßenverkehrsamt (Leitung)")),
                 qPrintable(conflict->text()));
        // The account shows in the staff answer only, never in erika's.
        const QJsonArray staffHistory =
            http->get(QStringLiteral("/api/v1/staff/cases/") + id, lead)
                .json()
                .value(QLatin1String("history"))
                .toArray();
        QCOMPARE(staffHistory.last().toObject().value(QLatin1String("staff_role")).toString(),
                 QStringLiteral("lead"));
        const QJsonArray citizenHistory = http->get(QStringLiteral("/api/v1/applications/") + id, erika)
                                              .json()
                                              .value(QLatin1String("history"))
                                              .toArray();
        QVERIFY(!citizenHistory.isEmpty());
        for (const QJsonValue &entry : citizenHistory) {
            QVERIFY(!entry.toObject().contains(QLatin1String("staff_name")));
            QVERIFY(!entry.toObject().contains(QLatin1String("staff_role")));
        }
        // The fresh state is shown; the typed reason is still there.
        QTRY_COMPARE(caseStatus(), ApplicationStatus::Suspended);
        QCOMPARE(find<QLabel>(QStringLiteral("caseStatusLabel"))->text(),
                 statusLabel(ApplicationStatus::Suspended));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("actionTextEdit"))->toPlainText(),
                 reason);
        // Rejecting is not possible on hold: the dialog cannot send it again.
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"))->isEnabled());
        QVERIFY(!action(client::CaseAction::Reject));
        QVERIFY(action(client::CaseAction::Resume));
        QCOMPARE(citizenStatus(id), QStringLiteral("suspended"));
        dialog->reject();
    }

    // The record kinds of "Request data…" have room: two columns with a
    // clear gap, each box at least its natural size, inside the dialog, also
    // with the font at twice its size.
    void theTransferDialogGivesTheRecordKindsRoom()
    {
        const auto [id, reference] = fileParkingPermit(QStringLiteral("L-TR 5"));
        QVERIFY(!id.isEmpty());
        if (currentPageName() != QLatin1String("staffHomePage"))
            signInAsCaseworker();
        openByReference(reference);
        waitIdle();
        const QFont normal = QApplication::font();
        for (const qreal scale : { 1.0, 2.0 }) {
            QFont font = normal;
            font.setPointSizeF(normal.pointSizeF() * scale);
            QApplication::setFont(font);
            auto *tabs = find<QTabWidget>(QStringLiteral("caseTabWidget"));
            tabs->setCurrentWidget(find<QWidget>(QStringLiteral("transfersTab")));
            auto *request = find<QPushButton>(QStringLiteral("requestTransferButton"));
            QTRY_VERIFY_WITH_TIMEOUT(request->isEnabled(), 20000);
            QTest::mouseClick(request, Qt::LeftButton);
            QPointer<ui::TransferRequestDialog> dialog =
                casePage()->findChild<ui::TransferRequestDialog *>();
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isVisible());
            QCOMPARE(dialog->findChild<QWidget *>(QStringLiteral("transferCategories"))
                         ->accessibleName(),
                     QStringLiteral("Arten von Datensätzen"));
            const QList<QCheckBox *> boxes = dialog->findChildren<QCheckBox *>();
            QCOMPARE(boxes.size(), 4);
            for (QCheckBox *box : boxes) {
                QVERIFY(box->isVisible());
                QVERIFY2(box->width() >= box->sizeHint().width(), qPrintable(box->text()));
                QVERIFY2(box->height() >= box->sizeHint().height(), qPrintable(box->text()));
                const QRect inDialog(box->mapTo(dialog, QPoint(0, 0)), box->size());
                QVERIFY2(dialog->rect().contains(inDialog), qPrintable(box->text()));
                for (QCheckBox *other : boxes) {
                    if (other == box)
                        continue;
                    const QRect a = box->geometry().adjusted(-8, -2, 8, 2);
                    QVERIFY2(!a.intersects(other->geometry()),
                             qPrintable(box->text() + QLatin1Char('/') + other->text()));
                }
            }
            // Two per row.
            QCOMPARE(boxes.at(0)->y(), boxes.at(1)->y());
            QVERIFY(boxes.at(2)->y() > boxes.at(0)->y());
            QVERIFY(dialog->width() >= dialog->minimumSizeHint().width());
            dialog->reject();
            QTRY_VERIFY(!dialog);
        }
        QApplication::setFont(normal);
    }

    // Runs last: it edits the catalogue (and puts the form back afterwards).
    void aCaseShowsTheFormItWasFiledOn()
    {
        const QString service = QStringLiteral("anwohnerparkausweis");
        const auto [oldId, oldReference] = fileParkingPermit(QStringLiteral("L-AF 7"));
        QVERIFY(!oldId.isEmpty());

        // The admin renames the plate's label and takes the zone out.
        const QString admin = login(QStringLiteral("admin"), totpNow());
        QVERIFY(!admin.isEmpty());
        const HttpResponse current =
            http->get(QStringLiteral("/api/v1/admin/services/") + service, admin);
        QCOMPARE(current.status, 200);
        const QJsonObject original = current.json();
        QJsonObject edited = original;
        QJsonObject form = edited.value(QLatin1String("form")).toObject();
        QJsonArray steps = form.value(QLatin1String("steps")).toArray();
        for (qsizetype s = 0; s < steps.size(); ++s) {
            QJsonObject step = steps.at(s).toObject();
            QJsonArray fields;
            for (const QJsonValue &value : step.value(QLatin1String("fields")).toArray()) {
                QJsonObject field = value.toObject();
                const QString fieldId = field.value(QLatin1String("id")).toString();
                if (fieldId == QLatin1String("zone"))
                    continue;
                if (fieldId == QLatin1String("plate"))
                    field.insert(QStringLiteral("label"),
                                 QJsonObject { { "de", "Kfz-Kennzeichen" },
                                               { "en", "Car number plate" } });
                fields.append(field);
            }
            step.insert(QStringLiteral("fields"), fields);
            steps.replace(s, step);
        }
        form.insert(QStringLiteral("steps"), steps);
        edited.insert(QStringLiteral("form"), form);
        const HttpResponse saved = putService(service, edited, current.header("ETag"), admin);
        QVERIFY2(saved.status == 200, saved.body.constData());
        const QByteArray savedTag = saved.header("ETag");
        auto restore = qScopeGuard([&] {
            const HttpResponse back = putService(service, original, savedTag, admin);
            if (back.status != 200)
                qWarning() << "restoring the form" << back.status << back.body;
        });

        // A permit filed on the new form shows the new label, no zone.
        const auto [newId, newReference] = fileParkingPermit(QStringLiteral("L-NF 8"), false);
        QVERIFY(!newId.isEmpty());
        if (currentPageName() != QLatin1String("staffHomePage"))
            signInAsCaseworker();
        openByReference(newReference);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(QStringLiteral("caseValue_plate")) &&
                                     find<QLabel>(QStringLiteral("caseValue_plate"))->text() ==
                                         QLatin1String("L-NF 8"),
                                 20000);
        waitIdle();
        QCOMPARE(find<QLabel>(QStringLiteral("caseValue_plate"))->accessibleName(),
                 QStringLiteral("Kfz-Kennzeichen"));
        QVERIFY(!window()->findChild<QLabel *>(QStringLiteral("caseValue_zone")));

        // The one filed before keeps its form: the old label, and the zone
        // by its option's label, in its step (not as an unknown value).
        openByReference(oldReference);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(QStringLiteral("caseValue_plate")) &&
                                     find<QLabel>(QStringLiteral("caseValue_plate"))->text() ==
                                         QLatin1String("L-AF 7"),
                                 20000);
        waitIdle();
        QCOMPARE(find<QLabel>(QStringLiteral("caseValue_plate"))->accessibleName(),
                 QStringLiteral("Amtliches Kennzeichen"));
        auto *zone = find<QLabel>(QStringLiteral("caseValue_zone"));
        QVERIFY(zone);
        QCOMPARE(zone->accessibleName(), QStringLiteral("Bewohnerparkzone"));
        QCOMPARE(zone->text(), QStringLiteral("Zone B – Bahnhofsviertel"));
        QCOMPARE(casePage()->controller()->current()->detail.schemaVersion, 1);
    }
};

QTEST_MAIN(StaffWorkspaceTest)
#include "tst_staffworkspace.moc"
