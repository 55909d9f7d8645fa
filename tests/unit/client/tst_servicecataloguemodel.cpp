// ServiceCatalogueModel and its search filter, checked by QAbstractItemModelTester,
// and the formatting of fees and processing times.
#include "app/client/Formatting.h"
#include "app/client/ServiceCatalogueModel.h"
#include "app/client/ServiceFilterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace rathaus;
using namespace rathaus::client;

namespace {

ServiceSummary service(const QString &id, const QString &office, const QString &de,
                       const QString &en, qint64 cents, int days)
{
    ServiceSummary summary;
    summary.id = id;
    summary.officeId = office;
    summary.title = { de, en };
    summary.summary = { de + QStringLiteral(" beantragen"), QStringLiteral("Apply for ") + en };
    summary.fee.baseCents = cents;
    summary.processingDays = days;
    return summary;
}

Catalogue demoCatalogue()
{
    Catalogue catalogue;
    catalogue.offices = {
        Office { QStringLiteral("buergerbuero"),
                 { QStringLiteral("Bürgerbüro"), QStringLiteral("Citizens' office") },
                 {} },
        Office { QStringLiteral("steueramt"),
                 { QStringLiteral("Steueramt"), QStringLiteral("Tax office") },
                 {} },
        Office { QStringLiteral("entsorgung"),
                 { QStringLiteral("Abfallwirtschaft"), QStringLiteral("Waste services") },
                 {} }
    };
    ServiceSummary bulky =
        service(QStringLiteral("sperrmuell"), QStringLiteral("entsorgung"),
                QStringLiteral("Sperrmüllabholung"), QStringLiteral("Bulky waste pickup"), 0, 10);
    bulky.fee.perOption.append(
        { QStringLiteral("volume"),
          { { QStringLiteral("small"), 0 }, { QStringLiteral("large"), 2500 } } });
    catalogue.services = {
        service(QStringLiteral("meldebescheinigung"), QStringLiteral("buergerbuero"),
                QStringLiteral("Meldebescheinigung"), QStringLiteral("Registration certificate"),
                500, 3),
        service(QStringLiteral("hundesteuer-anmeldung"), QStringLiteral("steueramt"),
                QStringLiteral("Hundesteuer anmelden"), QStringLiteral("Dog tax registration"), 0,
                5),
        bulky,
    };
    return catalogue;
}

} // namespace

class ServiceCatalogueModelTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }

    void passesModelTester()
    {
        ServiceCatalogueModel model;
        ServiceFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalogue(demoCatalogue());
        filter.setSearchText(QStringLiteral("hund"));
        filter.setSearchText(QString());
        model.setLanguage(QStringLiteral("en"));
        filter.sort(0);
        model.clear();
        model.setCatalogue(demoCatalogue());
    }

    void showsTitleOfficeFeeAndTime()
    {
        ServiceCatalogueModel model;
        model.setCatalogue(demoCatalogue());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        const auto text = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, ServiceCatalogueModel::TitleColumn), QStringLiteral("Meldebescheinigung"));
        QCOMPARE(text(0, ServiceCatalogueModel::OfficeColumn), QStringLiteral("Bürgerbüro"));
        QCOMPARE(text(0, ServiceCatalogueModel::FeeColumn), QStringLiteral("5,00\u00a0€"));
        QCOMPARE(model.index(0, 0).data(ServiceCatalogueModel::ServiceIdRole).toString(),
                 QStringLiteral("meldebescheinigung"));
        QVERIFY(text(0, ServiceCatalogueModel::ProcessingTimeColumn).contains(QLatin1String("3")));
        QCOMPARE(text(1, ServiceCatalogueModel::FeeColumn),
                 QStringLiteral("free of charge")); // no translator here
        QCOMPARE(text(2, ServiceCatalogueModel::FeeColumn), QStringLiteral("from 0,00\u00a0€"));
    }

    void followsTheLanguage()
    {
        ServiceCatalogueModel model;
        model.setCatalogue(demoCatalogue());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(QStringLiteral("en"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Registration certificate"));
        QCOMPARE(model.officeName(QStringLiteral("steueramt")), QStringLiteral("Tax office"));
        QCOMPARE(model.officeName(QStringLiteral("unknown")), QStringLiteral("unknown"));
    }

    void filterMatchesEveryWordInTitleSummaryOrOffice()
    {
        ServiceCatalogueModel model;
        model.setCatalogue(demoCatalogue());
        ServiceFilterModel filter;
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 3);
        filter.setSearchText(QStringLiteral("  HUND "));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(ServiceCatalogueModel::ServiceIdRole).toString(),
                 QStringLiteral("hundesteuer-anmeldung"));
        filter.setSearchText(QStringLiteral("bürgerbüro"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("dog")); // English title also matches in German
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("hund bescheinigung"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearchText(QString());
        QCOMPARE(filter.rowCount(), 3);
    }

    void formatsMoneyInTheLocale()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(Formatting::money(500, QStringLiteral("EUR"), german),
                 QStringLiteral("5,00\u00a0€"));
        QCOMPARE(Formatting::money(123456, QStringLiteral("EUR"), german),
                 QStringLiteral("1.234,56\u00a0€"));
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(Formatting::money(500, QStringLiteral("EUR"), english), QStringLiteral("€5.00"));
        FeeRule free;
        QVERIFY(free.isFree());
        QCOMPARE(Formatting::fee(free, german), QStringLiteral("free of charge"));
        QCOMPARE(Formatting::processingTime(1), QStringLiteral("about 1 working day"));
        QCOMPARE(Formatting::processingTime(3), QStringLiteral("about 3 working days"));
        QCOMPARE(Formatting::processingTime(0), QStringLiteral("immediately"));
    }

    void recordDatesReadAsTheLocaleWritesThem()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(Formatting::recordValue(QStringLiteral("2026-06-03"), german),
                 QStringLiteral("03.06.2026"));
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(Formatting::recordValue(QStringLiteral("2026-06-03"), english),
                 QStringLiteral("03/06/2026"));
        // Anything else stays as it is.
        QCOMPARE(Formatting::recordValue(QStringLiteral("G 1123/2026"), german),
                 QStringLiteral("G 1123/2026"));
        QCOMPARE(Formatting::recordValue(QStringLiteral("2026-13-40"), german),
                 QStringLiteral("2026-13-40"));
        QCOMPARE(Formatting::recordValue(QStringLiteral("Lüneburg"), german),
                 QStringLiteral("Lüneburg"));
    }
};

QTEST_GUILESS_MAIN(ServiceCatalogueModelTest)
#include "tst_servicecataloguemodel.moc"
