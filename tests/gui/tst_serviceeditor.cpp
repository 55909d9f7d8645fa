// The administrator edits the catalogue with ServiceEditorPage on a
// TestBackend: the dog tax gets a fee and a new label, which the public
// catalogue then serves; an invalid edit shows its mistakes beside the
// fields and in a list and keeps the text; a change saved meanwhile by
// someone else (409) keeps the text too, and can be saved over.
// RATHAUS_TEST_KEEP=DIR saves pictures of the page there.
#include "app/client/ApiClient.h"
#include "app/client/MemorySecretStore.h"
#include "app/client/Session.h"
#include "app/client/admin/AdminCatalogueApi.h"
#include "app/client/admin/FormFieldTableModel.h"
#include "app/ui/Theme.h"
#include "app/ui/admin/ServiceEditorPage.h"
#include "tests/support/TestBackend.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace rathaus;

namespace {

const QString kDogTax = QStringLiteral("hundesteuer-anmeldung");

QJsonObject fieldOf(const QJsonObject &service, int step, int field)
{
    return service.value(QLatin1String("form"))
        .toObject()
        .value(QLatin1String("steps"))
        .toArray()
        .at(step)
        .toObject()
        .value(QLatin1String("fields"))
        .toArray()
        .at(field)
        .toObject();
}

} // namespace

class ServiceEditorTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestBackend> backend;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<client::ApiClient> api;
    client::MemorySecretStore secrets;
    std::unique_ptr<client::Session> session;
    std::unique_ptr<client::AdminCatalogueApi> catalogueApi;
    std::unique_ptr<ui::ServiceEditorPage> page;
    QTranslator translator;

    template<typename T> T *find(const QString &name) const
    {
        T *widget = page->findChild<T *>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }

    QJsonObject publicService() const
    {
        return backend->http().get(QStringLiteral("/api/v1/services/") + kDogTax).json();
    }

    void keepPicture(const QString &name)
    {
        const QByteArray dir = qgetenv("RATHAUS_TEST_KEEP");
        if (!dir.isEmpty())
            page->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
    }

    // Loads the catalogue afresh and opens the dog tax as the server has it.
    void openDogTax()
    {
        QSignalSpy loaded(page.get(), &ui::ServiceEditorPage::serviceLoaded);
        page->reload(kDogTax);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        QCOMPARE(loaded.constLast().at(0).toString(), kDogTax);
        QCOMPARE(find<QListWidget>(QStringLiteral("serviceList"))->count(), 6);
        QCOMPARE(page->currentServiceId(), kDogTax);
    }

    int rowOfKey(const QString &key) const
    {
        client::FormFieldTableModel *model = page->fieldModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, client::FormFieldTableModel::Key).data().toString() == key)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        // In German, the program's main language, with its theme (which is
        // what marks invalid fields red).
        QVERIFY(translator.load(QStringLiteral(":/i18n/rathaus_de.qm")));
        QCoreApplication::installTranslator(&translator);
        ui::Theme::applyLight(*qApp);
        backend = std::make_unique<test::TestBackend>();
        QVERIFY2(backend->start(), qPrintable(backend->error()));
        network = std::make_unique<QNetworkAccessManager>();
        api = std::make_unique<client::ApiClient>(network.get());
        api->setBaseUrl(QUrl(backend->http().baseUrl()));
        session = std::make_unique<client::Session>(api.get(), &secrets);
        bool signedIn = false;
        session->login(QStringLiteral("admin"), QStringLiteral("rathaus-demo"),
                       backend->staffTotp(), session.get(),
                       [&](const Result<UserInfo> &user) { signedIn = user.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(signedIn, 20000);
        catalogueApi = std::make_unique<client::AdminCatalogueApi>(session.get());
        page = std::make_unique<ui::ServiceEditorPage>(catalogueApi.get());
        page->resize(1200, 780);
        page->show();
    }

    void changesTheFeeAndALabel()
    {
        openDogTax();
        auto *fee = find<QDoubleSpinBox>(QStringLiteral("feeSpin"));
        QCOMPARE(fee->value(), 0.0);
        fee->setValue(15.0);
        const int breed = rowOfKey(QStringLiteral("breed"));
        QVERIFY(breed >= 0);
        find<QTabWidget>(QStringLiteral("serviceEditorTabs"))->setCurrentIndex(1);
        QVERIFY(page->fieldModel()->setData(
            page->fieldModel()->index(breed, client::FormFieldTableModel::LabelDe),
            QStringLiteral("Hunderasse")));
        keepPicture(QStringLiteral("serviceeditor-fields.png"));

        QSignalSpy saved(page.get(), &ui::ServiceEditorPage::serviceSaved);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("saveServiceButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        QCOMPARE(saved.at(0).at(1).toInt(), 2);

        const QJsonObject service = publicService();
        QCOMPARE(service.value(QLatin1String("fee"))
                     .toObject()
                     .value(QLatin1String("base_cents"))
                     .toInt(),
                 1500);
        QCOMPARE(fieldOf(service, 0, 1)
                     .value(QLatin1String("label"))
                     .toObject()
                     .value(QLatin1String("de"))
                     .toString(),
                 QStringLiteral("Hunderasse"));
        // Texts the table has no column for came through unchanged.
        QCOMPARE(fieldOf(service, 0, 2).value(QLatin1String("min")).toInt(), -3650);
        QVERIFY(find<QLabel>(QStringLiteral("editorStatusLabel"))->isVisible());
    }

    void anInvalidEditShowsItsMistakesAndKeepsTheText()
    {
        openDogTax();
        find<QTabWidget>(QStringLiteral("serviceEditorTabs"))->setCurrentIndex(0);
        auto *titleDe = find<QLineEdit>(QStringLiteral("titleDeEdit"));
        auto *titleEn = find<QLineEdit>(QStringLiteral("titleEnEdit"));
        titleDe->clear();
        titleEn->setText(QStringLiteral("Register your dog (new wording)"));
        const int breed = rowOfKey(QStringLiteral("breed"));
        page->fieldModel()->setData(
            page->fieldModel()->index(breed, client::FormFieldTableModel::Key),
            QStringLiteral("dog_name"));

        QSignalSpy failed(page.get(), &ui::ServiceEditorPage::saveFailed);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("saveServiceButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        keepPicture(QStringLiteral("serviceeditor-errors.png"));

        auto *errors = find<QListWidget>(QStringLiteral("errorList"));
        QVERIFY(errors->isVisible());
        QStringList places;
        for (int row = 0; row < errors->count(); ++row)
            places.append(errors->item(row)->data(Qt::UserRole).toString());
        QVERIFY2(places.contains(QStringLiteral("title.de")), qPrintable(places.join(u',')));
        QVERIFY(places.contains(QStringLiteral("form.steps[0].fields[1].id")));
        QVERIFY(titleDe->property("invalid").toBool());
        QVERIFY(!titleDe->toolTip().isEmpty());
        const QModelIndex keyCell =
            page->fieldModel()->index(breed, client::FormFieldTableModel::Key);
        QVERIFY(!keyCell.data(client::FormFieldTableModel::ErrorRole).toString().isEmpty());
        // What was typed stays, and nothing reached the backend.
        QCOMPARE(titleEn->text(), QStringLiteral("Register your dog (new wording)"));
        QCOMPARE(keyCell.data().toString(), QStringLiteral("dog_name"));
        QCOMPARE(fieldOf(publicService(), 0, 1).value(QLatin1String("id")).toString(),
                 QStringLiteral("breed"));

        // A mistake only the backend can see (no such office) shows the same way.
        titleDe->setText(QStringLiteral("Hund anmelden"));
        page->fieldModel()->setData(keyCell, QStringLiteral("breed"));
        find<QLineEdit>(QStringLiteral("officeEdit"))->setText(QStringLiteral("finanzamt"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("saveServiceButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 20000);
        QTRY_VERIFY(find<QLineEdit>(QStringLiteral("officeEdit"))->property("invalid").toBool());
        QCOMPARE(find<QLineEdit>(QStringLiteral("officeEdit"))->text(),
                 QStringLiteral("finanzamt"));
        QCOMPARE(errors->item(0)->data(Qt::UserRole).toString(), QStringLiteral("office_id"));
    }

    void aChangeMadeMeanwhileKeepsTheText()
    {
        openDogTax();
        // Another administrator saves first.
        const QString other = backend
                                  ->login(QStringLiteral("admin"), QStringLiteral("rathaus-demo"),
                                          backend->staffTotp(30))
                                  .json()
                                  .value(QLatin1String("access_token"))
                                  .toString();
        QVERIFY(!other.isEmpty());
        QJsonObject theirs =
            backend->http().get(QStringLiteral("/api/v1/admin/services/") + kDogTax, other).json();
        const int version = theirs.value(QLatin1String("version")).toInt();
        theirs.insert(QStringLiteral("legal_basis"), QStringLiteral("Hundesteuersatzung 2027"));
        theirs.remove(QStringLiteral("version"));
        theirs.remove(QStringLiteral("updated_at"));
        const test::HttpResponse put =
            backend->http().request("PUT", QStringLiteral("/api/v1/admin/services/") + kDogTax,
                                    QJsonDocument(theirs).toJson(),
                                    { { "Content-Type", "application/json" },
                                      { "Authorization", "Bearer " + other.toLatin1() },
                                      { "If-Match", QByteArray::number(version) } });
        QCOMPARE(put.status, 200);

        auto *titleEn = find<QLineEdit>(QStringLiteral("titleEnEdit"));
        titleEn->setText(QStringLiteral("Dog tax: registration"));
        QSignalSpy failed(page.get(), &ui::ServiceEditorPage::saveFailed);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("saveServiceButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QVERIFY(find<QFrame>(QStringLiteral("serviceConflictBanner"))->isVisible());
        QCOMPARE(titleEn->text(), QStringLiteral("Dog tax: registration"));
        keepPicture(QStringLiteral("serviceeditor-conflict.png"));

        QTest::mouseClick(find<QPushButton>(QStringLiteral("keepMyTextButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!find<QFrame>(QStringLiteral("serviceConflictBanner"))->isVisible(),
                                 20000);
        QCOMPARE(titleEn->text(), QStringLiteral("Dog tax: registration"));
        QSignalSpy saved(page.get(), &ui::ServiceEditorPage::serviceSaved);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("saveServiceButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        QCOMPARE(publicService()
                     .value(QLatin1String("title"))
                     .toObject()
                     .value(QLatin1String("en"))
                     .toString(),
                 QStringLiteral("Dog tax: registration"));
    }

    void theJsonTabEditsWhatTheTableCannot()
    {
        openDogTax();
        auto *tabs = find<QTabWidget>(QStringLiteral("serviceEditorTabs"));
        tabs->setCurrentIndex(2);
        auto *json = find<QPlainTextEdit>(QStringLiteral("schemaJsonEdit"));
        QJsonObject document = QJsonDocument::fromJson(json->toPlainText().toUtf8()).object();
        QCOMPARE(document.value(QLatin1String("id")).toString(), kDogTax);
        QJsonObject fee = document.value(QLatin1String("fee")).toObject();
        fee.insert(QStringLiteral("base_cents"), 1800);
        document.insert(QStringLiteral("fee"), fee);
        json->setPlainText(QString::fromUtf8(QJsonDocument(document).toJson()));
        keepPicture(QStringLiteral("serviceeditor-json.png"));
        // Broken JSON keeps the tab (and the text) instead of losing it.
        json->setPlainText(json->toPlainText() + QStringLiteral("}"));
        tabs->setCurrentIndex(0);
        QCOMPARE(tabs->currentIndex(), 2);
        json->setPlainText(json->toPlainText().chopped(1));
        tabs->setCurrentIndex(0);
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(find<QDoubleSpinBox>(QStringLiteral("feeSpin"))->value(), 18.0);
        keepPicture(QStringLiteral("serviceeditor-texts.png"));
    }

    void cleanupTestCase()
    {
        page.reset();
        catalogueApi.reset();
        session.reset();
        api.reset();
        network.reset();
        backend.reset();
    }
};

QTEST_MAIN(ServiceEditorTest)
#include "tst_serviceeditor.moc"
