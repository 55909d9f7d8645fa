// Filing an application as a citizen does: for each of the demo city's
// services, open it, fill in every required field through the real widgets,
// step through the form, check the review with the values and the fee,
// submit it and see the confirmation; then find all six in "My applications"
// with their status, open one and withdraw it. A submission the backend
// refuses (422) comes back with the message beside its field and is fixed.
// In German, on the embedded demo backend over loopback HTTP.
#include "app/client/ApplicationListModel.h"
#include "app/client/DraftStore.h"
#include "app/client/FormState.h"
#include "app/client/Outbox.h"
#include "app/client/Session.h"
#include "app/ui/ApplicationFormPage.h"
#include "app/ui/DesktopApp.h"
#include "app/ui/HomePage.h"
#include "app/ui/MainWindow.h"
#include "app/ui/StartupOptions.h"
#include "app/ui/forms/FileFieldEditor.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace rathaus;

class ApplicationFormTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dataDir;
    std::unique_ptr<ui::DesktopApp> app;
    QString pdfPath;
    QStringList references; // of the applications filed here

    ui::MainWindow *window() const { return app->mainWindow(); }
    ui::ApplicationFormPage *page() const { return window()->applicationFormPage(); }
    template<typename T> T *find(const QString &name) const
    {
        T *widget = window()->findChild<T *>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }
    QString currentPageName() const { return window()->currentPage()->objectName(); }
    QWidget *field(const QString &id) const { return find<QWidget>(QStringLiteral("field_") + id); }
    QString errorOf(const QString &id) const
    {
        auto *label = find<QLabel>(QStringLiteral("error_") + id);
        return label && label->isVisible() ? label->text() : QString();
    }
    QString review(const QString &id) const
    {
        auto *label = find<QLabel>(QStringLiteral("reviewValue_") + id);
        return label ? label->text() : QStringLiteral("<none>");
    }

    void openForm(const QString &serviceId)
    {
        emit window()->homePage()->serviceRequested(serviceId);
        QTRY_COMPARE(currentPageName(), QStringLiteral("serviceDetailPage"));
        auto *apply = find<QPushButton>(QStringLiteral("applyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 20000);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE(currentPageName(), QStringLiteral("applicationFormPage"));
        QCOMPARE(page()->state()->serviceId(), serviceId);
        QCOMPARE(page()->currentStep(), 0);
    }
    void type(const QString &id, const QString &text, bool commit = true)
    {
        auto *edit = find<QLineEdit>(QStringLiteral("input_") + id);
        QVERIFY(edit);
        QVERIFY(edit->isVisible());
        edit->clear();
        QTest::keyClicks(edit, text);
        if (commit)
            QTest::keyClick(edit, Qt::Key_Return);
    }
    void typeLines(const QString &id, const QString &text)
    {
        auto *edit = find<QPlainTextEdit>(QStringLiteral("input_") + id);
        QVERIFY(edit && edit->isVisible());
        QTest::keyClicks(edit, text);
    }
    void number(const QString &id, const QString &text)
    {
        auto *spin = find<QDoubleSpinBox>(QStringLiteral("input_") + id);
        QVERIFY(spin && spin->isVisible());
        spin->selectAll();
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Return);
    }
    void date(const QString &id, int daysFromToday)
    {
        auto *edit = find<QDateEdit>(QStringLiteral("input_") + id);
        QVERIFY(edit && edit->isVisible());
        edit->setDate(QDate::currentDate().addDays(daysFromToday));
    }
    // Radio buttons and check boxes, pressed with the space bar.
    void press(const QString &name)
    {
        auto *button = find<QAbstractButton>(name);
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QTest::keyClick(button, Qt::Key_Space);
    }
    void choose(const QString &id, const QString &value)
    {
        press(QStringLiteral("option_%1_%2").arg(id, value));
    }
    void chooseInList(const QString &id, const QString &value)
    {
        auto *combo = find<QComboBox>(QStringLiteral("input_") + id);
        QVERIFY(combo && combo->isVisible());
        const int wanted = combo->findData(value);
        QVERIFY(wanted > 0);
        while (combo->currentIndex() < wanted)
            QTest::keyClick(combo, Qt::Key_Down);
    }
    void attach(const QString &id)
    {
        auto *editor = qobject_cast<ui::FileFieldEditor *>(field(id));
        QVERIFY(editor && editor->isVisible());
        QVERIFY(editor->chooseFile(pdfPath));
        // Sent to the backend: the value is the upload once it arrived.
        QTRY_VERIFY_WITH_TIMEOUT(!editor->value().isUndefined(), 20000);
        QVERIFY(!editor->value().toArray().first().toObject().value(QLatin1String("upload_id"))
                     .toString().isEmpty());
    }
    void next(int expectedStep)
    {
        QTest::mouseClick(find<QPushButton>(QStringLiteral("nextButton")), Qt::LeftButton);
        QCOMPARE(page()->currentStep(), expectedStep);
    }
    QString feeText() const { return find<QLabel>(QStringLiteral("feeLabel"))->text(); }
    QString stepText() const { return find<QLabel>(QStringLiteral("stepIndicatorLabel"))->text(); }

    static bool isInsideCalendar(QWidget *widget)
    {
        for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (parent->inherits("QCalendarWidget"))
                return true;
        }
        return false;
    }

    // Submits from the review: the confirmation names the reference, the
    // status in words and the fee; the form is empty afterwards.
    void submitAndConfirm(const QString &serviceId, const QString &status, const QString &fee)
    {
        QVERIFY(page()->isReviewing());
        QCOMPARE(page()->state()->serviceId(), serviceId);
        const QString draftId = page()->draftId();
        QVERIFY(!draftId.isEmpty());
        auto *submit = find<QPushButton>(QStringLiteral("submitButton"));
        QVERIFY(submit->isVisible());
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(currentPageName(), QStringLiteral("submissionResultPage"), 30000);
        QCOMPARE(find<QLabel>(QStringLiteral("resultHeadingLabel"))->text(),
                 QStringLiteral("Ihr Antrag ist eingegangen"));
        const QString reference = find<QLabel>(QStringLiteral("resultReferenceLabel"))->text();
        QVERIFY2(reference.startsWith(QStringLiteral("LUN-2026-")), qPrintable(reference));
        QCOMPARE(find<QLabel>(QStringLiteral("resultStatusLabel"))->text(), status);
        QCOMPARE(find<QLabel>(QStringLiteral("resultFeeLabel"))->text(), fee);
        QVERIFY(!find<QLabel>(QStringLiteral("resultHintLabel"))->text().isEmpty());
        QVERIFY(!page()->state()); // sent: nothing left in the form
        QVERIFY(!app->drafts()->load(draftId).ok()); // nor among the drafts
        references.append(reference);
        // Back to the start page for the next service.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("resultHomeButton")), Qt::LeftButton);
        QTRY_COMPARE(currentPageName(), QStringLiteral("homePage"));
    }

    // Every control of the window (all pages) has an accessible name.
    void checkNoUnnamedControl()
    {
        QStringList unnamed;
        for (QWidget *widget : window()->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(widget) ||
                qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
                qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QPlainTextEdit *>(widget);
            // Qt's own parts: scroll bar buttons, spin box editors, a table's
            // corner button, the date pop-up's calendar (named by Qt itself).
            if (!control || widget->objectName().startsWith(QLatin1String("qt_")) ||
                widget->inherits("QTableCornerButton") ||
                widget->inherits("QMessageBox") || widget->parentWidget()->inherits("QMessageBox") ||
                widget->parentWidget()->inherits("QDialogButtonBox") ||
                qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
                isInsideCalendar(widget))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << (QString::fromLatin1(widget->metaObject()->className()) +
                            QLatin1Char(' ') + widget->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("Rathaus"));
        QApplication::setApplicationName(QStringLiteral("rathaus-form-test"));
        QVERIFY(dataDir.isValid());
        QFile pdf(dataDir.filePath(QStringLiteral("fahrzeugschein.pdf")));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");
        pdf.close();
        pdfPath = pdf.fileName();

        ui::StartupOptions options;
        options.language = QStringLiteral("de");
        options.dataDirectory = dataDir.filePath(QStringLiteral("data"));
        app = std::make_unique<ui::DesktopApp>(options);
        QSignalSpy firstData(app.get(), &ui::DesktopApp::firstDataShown);
        app->start();
        QTRY_VERIFY_WITH_TIMEOUT(firstData.size() == 1, 60000);
        find<QLineEdit>(QStringLiteral("usernameLineEdit"))->setText(QStringLiteral("erika"));
        auto *password = find<QLineEdit>(QStringLiteral("passwordLineEdit"));
        QTest::keyClicks(password, QStringLiteral("rathaus-demo"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(currentPageName(), QStringLiteral("homePage"), 20000);
        // The drafts' key is there (here, without a keychain: in memory).
        QTRY_VERIFY_WITH_TIMEOUT(app->drafts()->hasOwner(), 30000);
    }

    void cleanupTestCase() { app.reset(); }

    void geburtsurkundeBlocksNextAndShowsTheFee()
    {
        openForm(QStringLiteral("geburtsurkunde"));
        QCOMPARE(stepText(), QStringLiteral("Schritt 1 von 3: Person"));
        QCOMPARE(feeText(), QStringLiteral("Gebühr: 12,00\u00A0€"));
        // Nothing shouts before the citizen has done anything.
        QVERIFY(errorOf(QStringLiteral("name")).isEmpty());

        // Next with empty required fields: blocked, every problem shown, the
        // first invalid field focused.
        next(0);
        QCOMPARE(errorOf(QStringLiteral("name")), QStringLiteral("Dies ist ein Pflichtfeld."));
        QVERIFY(!errorOf(QStringLiteral("relation")).isEmpty());
        QCOMPARE(window()->focusWidget(), find<QLineEdit>(QStringLiteral("input_name")));
        type(QStringLiteral("name"), QStringLiteral("E"));
        QCOMPARE(errorOf(QStringLiteral("name")), QStringLiteral("Bitte geben Sie mindestens 2 Zeichen ein."));
        type(QStringLiteral("name"), QStringLiteral("Erika Gabler"));
        QVERIFY(errorOf(QStringLiteral("name")).isEmpty()); // fixed: the message goes at once
        date(QStringLiteral("date_of_birth"), -12000);
        choose(QStringLiteral("relation"), QStringLiteral("self"));
        QVERIFY(errorOf(QStringLiteral("relation")).isEmpty());
        next(1);
        QCOMPARE(stepText(), QStringLiteral("Schritt 2 von 3: Urkunden"));

        number(QStringLiteral("copies"), QStringLiteral("3"));
        QCOMPARE(feeText(), QStringLiteral("Gebühr: 24,00\u00A0€"));
        chooseInList(QStringLiteral("purpose"), QStringLiteral("rente"));
        next(2);
        QCOMPARE(stepText(), QStringLiteral("Schritt 3 von 3: Prüfen und absenden"));
        QCOMPARE(review(QStringLiteral("name")), QStringLiteral("Erika Gabler"));
        QCOMPARE(review(QStringLiteral("copies")), QStringLiteral("3"));
        QCOMPARE(review(QStringLiteral("purpose")), QStringLiteral("Rente"));
        QCOMPARE(review(QStringLiteral("relation")), QStringLiteral("Für mich selbst"));
        QCOMPARE(review(QStringLiteral("date_of_birth")),
                 QLocale().toString(QDate::currentDate().addDays(-12000), QLocale::LongFormat));
        QCOMPARE(find<QLabel>(QStringLiteral("reviewFeeLabel"))->text(),
                 QStringLiteral("Gebühr: 24,00\u00A0€"));

        // "Edit" goes back to the step; the values are still there.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("editStepButton_1")), Qt::LeftButton);
        QCOMPARE(page()->currentStep(), 1);
        QCOMPARE(find<QDoubleSpinBox>(QStringLiteral("input_copies"))->value(), 3.0);
        next(2);
        submitAndConfirm(QStringLiteral("geburtsurkunde"), QStringLiteral("Gebühr offen"),
                         QStringLiteral("24,00\u00A0€"));
    }

    void anwohnerparkausweisChecksThePlateAndShowsKeeperProof()
    {
        openForm(QStringLiteral("anwohnerparkausweis"));
        QCOMPARE(stepText(), QStringLiteral("Schritt 1 von 3: Fahrzeug"));
        type(QStringLiteral("plate"), QStringLiteral("lg 123"));
        QCOMPARE(find<QLineEdit>(QStringLiteral("input_plate"))->text(), QStringLiteral("LG 123"));
        QVERIFY(errorOf(QStringLiteral("plate")).startsWith(QStringLiteral("Bitte geben Sie ein gültiges Kfz-Kennzeichen")));
        next(0);
        type(QStringLiteral("plate"), QStringLiteral("lg-ab 123"), false);
        QVERIFY(errorOf(QStringLiteral("plate")).isEmpty()); // fixed while typing
        choose(QStringLiteral("zone"), QStringLiteral("B"));
        next(1);
        // Not someone else's car: no keeper's confirmation needed.
        QVERIFY(field(QStringLiteral("registration"))->isVisible());
        QVERIFY(!field(QStringLiteral("keeper_confirmation"))->isVisible());
        next(1); // the registration is missing
        QVERIFY(!errorOf(QStringLiteral("registration")).isEmpty());
        attach(QStringLiteral("registration"));
        QVERIFY(errorOf(QStringLiteral("registration")).isEmpty());

        QTest::mouseClick(find<QPushButton>(QStringLiteral("previousButton")), Qt::LeftButton);
        QCOMPARE(page()->currentStep(), 0);
        press(QStringLiteral("input_other_keeper"));
        next(1);
        QVERIFY(field(QStringLiteral("keeper_confirmation"))->isVisible());
        next(1);
        QVERIFY(!errorOf(QStringLiteral("keeper_confirmation")).isEmpty());
        attach(QStringLiteral("keeper_confirmation"));
        QCOMPARE(feeText(), QStringLiteral("Gebühr: 30,00\u00A0€"));
        next(2);
        QCOMPARE(review(QStringLiteral("plate")), QStringLiteral("LG-AB 123"));
        QCOMPARE(review(QStringLiteral("zone")), QStringLiteral("Zone B – Bahnhofsviertel"));
        QCOMPARE(review(QStringLiteral("other_keeper")), QStringLiteral("Ja"));
        QVERIFY(review(QStringLiteral("registration")).startsWith(QStringLiteral("fahrzeugschein.pdf")));
        QVERIFY(review(QStringLiteral("keeper_confirmation")).startsWith(QStringLiteral("fahrzeugschein.pdf")));
        QVERIFY(page()->state()->errors().isEmpty());
        submitAndConfirm(QStringLiteral("anwohnerparkausweis"), QStringLiteral("Gebühr offen"),
                         QStringLiteral("30,00\u00A0€"));
    }

    void elterngeldChecksTheIban()
    {
        openForm(QStringLiteral("elterngeld-antrag"));
        type(QStringLiteral("child_name"), QStringLiteral("Mia Gabler"));
        date(QStringLiteral("child_date_of_birth"), -30);
        next(1);
        QCOMPARE(stepText(), QStringLiteral("Schritt 2 von 3: Bezug und Auszahlung"));
        number(QStringLiteral("months"), QStringLiteral("12"));
        type(QStringLiteral("iban"), QStringLiteral("DE00 1234 5678"));
        QCOMPARE(errorOf(QStringLiteral("iban")), QStringLiteral("Bitte geben Sie eine gültige IBAN ein."));
        type(QStringLiteral("iban"), QStringLiteral("de89370400440532013000"));
        QVERIFY(errorOf(QStringLiteral("iban")).isEmpty());
        QCOMPARE(find<QLineEdit>(QStringLiteral("input_iban"))->text(),
                 QStringLiteral("DE89 3704 0044 0532 0130 00"));
        next(1); // the consents are missing
        QCOMPARE(errorOf(QStringLiteral("truthful")),
                 QStringLiteral("Bitte setzen Sie hier ein Häkchen, um fortzufahren."));
        press(QStringLiteral("input_consent_birth_record"));
        press(QStringLiteral("input_truthful"));
        QCOMPARE(feeText(), QStringLiteral("Gebühr: kostenlos"));
        next(2);
        QCOMPARE(review(QStringLiteral("iban")), QStringLiteral("DE89 3704 0044 0532 0130 00"));
        QCOMPARE(review(QStringLiteral("months")), QStringLiteral("12"));
        QCOMPARE(review(QStringLiteral("truthful")), QStringLiteral("Ja"));
        QCOMPARE(page()->state()->value(QStringLiteral("iban")),
                 QJsonValue(QStringLiteral("DE89370400440532013000")));
        submitAndConfirm(QStringLiteral("elterngeld-antrag"), QStringLiteral("Eingereicht"),
                         QStringLiteral("kostenlos"));
    }

    void hundesteuerNeedsAnEmail()
    {
        openForm(QStringLiteral("hundesteuer-anmeldung"));
        type(QStringLiteral("dog_name"), QStringLiteral("Bello"));
        type(QStringLiteral("breed"), QStringLiteral("Dackel"));
        date(QStringLiteral("since"), -200);
        next(1);
        QCOMPARE(stepText(), QStringLiteral("Schritt 2 von 3: Kontakt"));
        type(QStringLiteral("email"), QStringLiteral("erika@"));
        QCOMPARE(errorOf(QStringLiteral("email")),
                 QStringLiteral("Bitte geben Sie eine gültige E-Mail-Adresse ein."));
        type(QStringLiteral("email"), QStringLiteral("erika@example.org"));
        next(2); // the phone number is optional
        QCOMPARE(review(QStringLiteral("dog_name")), QStringLiteral("Bello"));
        QCOMPARE(review(QStringLiteral("email")), QStringLiteral("erika@example.org"));
        QCOMPARE(review(QStringLiteral("phone")), QStringLiteral("keine Angabe"));
        submitAndConfirm(QStringLiteral("hundesteuer-anmeldung"), QStringLiteral("Eingereicht"),
                         QStringLiteral("kostenlos"));
    }

    void meldebescheinigung()
    {
        openForm(QStringLiteral("meldebescheinigung"));
        QCOMPARE(stepText(), QStringLiteral("Schritt 1 von 2: Art der Bescheinigung"));
        choose(QStringLiteral("type"), QStringLiteral("erweitert"));
        type(QStringLiteral("purpose"), QStringLiteral("Wohnungsbewerbung"));
        QCOMPARE(feeText(), QStringLiteral("Gebühr: 5,00\u00A0€"));
        next(1);
        QCOMPARE(review(QStringLiteral("type")), QStringLiteral("Erweiterte Meldebescheinigung"));
        QCOMPARE(review(QStringLiteral("purpose")), QStringLiteral("Wohnungsbewerbung"));
        submitAndConfirm(QStringLiteral("meldebescheinigung"), QStringLiteral("Gebühr offen"),
                         QStringLiteral("5,00\u00A0€"));
    }

    void sperrmuellShowsOtherItemsOnlyWhenChosen()
    {
        openForm(QStringLiteral("sperrmuell"));
        choose(QStringLiteral("items"), QStringLiteral("sofa"));
        QVERIFY(!field(QStringLiteral("other_items"))->isVisible());
        choose(QStringLiteral("items"), QStringLiteral("other"));
        QVERIFY(field(QStringLiteral("other_items"))->isVisible());
        next(0); // "other" needs a description
        QVERIFY(!errorOf(QStringLiteral("other_items")).isEmpty());
        typeLines(QStringLiteral("other_items"), QStringLiteral("Ein altes Fahrrad"));
        QVERIFY(errorOf(QStringLiteral("other_items")).isEmpty());
        choose(QStringLiteral("volume"), QStringLiteral("large"));
        QCOMPARE(feeText(), QStringLiteral("Gebühr: 25,00\u00A0€"));
        choose(QStringLiteral("volume"), QStringLiteral("small"));
        QCOMPARE(feeText(), QStringLiteral("Gebühr: 0,00\u00A0€"));
        choose(QStringLiteral("volume"), QStringLiteral("large"));
        next(1);
        date(QStringLiteral("date"), 10);
        type(QStringLiteral("address_street"), QStringLiteral("Am Markt 1"));
        type(QStringLiteral("address_postal_code"), QStringLiteral("2133"));
        QCOMPARE(errorOf(QStringLiteral("address")),
                 QStringLiteral("Bitte geben Sie Straße, Postleitzahl und Ort an."));
        type(QStringLiteral("address_city"), QStringLiteral("Adendorf"));
        QCOMPARE(errorOf(QStringLiteral("address")),
                 QStringLiteral("Bitte geben Sie eine fünfstellige Postleitzahl ein."));
        type(QStringLiteral("address_postal_code"), QStringLiteral("21335"));
        QVERIFY(errorOf(QStringLiteral("address")).isEmpty());
        next(2);
        QCOMPARE(review(QStringLiteral("items")), QStringLiteral("Sofa oder Sessel, Sonstiges"));
        QCOMPARE(review(QStringLiteral("other_items")), QStringLiteral("Ein altes Fahrrad"));
        QCOMPARE(review(QStringLiteral("address")), QStringLiteral("Am Markt 1\n21335 Adendorf"));
        QCOMPARE(find<QLabel>(QStringLiteral("reviewFeeLabel"))->text(),
                 QStringLiteral("Gebühr: 25,00\u00A0€"));

        // Unticking "other" hides its description on the review as well.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("editStepButton_0")), Qt::LeftButton);
        choose(QStringLiteral("items"), QStringLiteral("other"));
        QVERIFY(!field(QStringLiteral("other_items"))->isVisible());
        next(1);
        next(2);
        QTRY_VERIFY(!find<QLabel>(QStringLiteral("reviewValue_other_items")) ||
                    !find<QLabel>(QStringLiteral("reviewValue_other_items"))->isVisible());
    }

    void languageSwitchKeepsTheAnswers()
    {
        // On the review of the bulky waste form: switch to English and back.
        QVERIFY(page()->isReviewing());
        const QJsonObject before = page()->state()->data();
        const auto switchTo = [this](const QString &language) {
            window()->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
            auto *dialog = window()->findChild<QDialog *>(QStringLiteral("settingsDialog"));
            QTRY_VERIFY(dialog && dialog->isVisible());
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
            combo->setCurrentIndex(combo->findData(language));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")),
                              Qt::LeftButton);
            QTRY_VERIFY(!dialog->isVisible());
        };
        switchTo(QStringLiteral("en"));
        QTRY_COMPARE(stepText(), QStringLiteral("Step 3 of 3: Check and submit"));
        QCOMPARE(review(QStringLiteral("volume")), QStringLiteral("Up to 5 m³ (EUR 25.00)"));
        QCOMPARE(page()->state()->data(), before);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("editStepButton_1")), Qt::LeftButton);
        QCOMPARE(find<QLineEdit>(QStringLiteral("input_address_street"))->text(),
                 QStringLiteral("Am Markt 1"));
        switchTo(QStringLiteral("de"));
        QTRY_COMPARE(stepText(), QStringLiteral("Schritt 2 von 3: Wann und wo?"));
        QCOMPARE(find<QLineEdit>(QStringLiteral("input_address_city"))->text(),
                 QStringLiteral("Adendorf"));
        QCOMPARE(page()->state()->data(), before);
        next(2);
        submitAndConfirm(QStringLiteral("sperrmuell"), QStringLiteral("Gebühr offen"),
                         QStringLiteral("25,00\u00A0€"));
    }

    void myApplicationsListsAllSix()
    {
        QCOMPARE(references.size(), 6);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("myApplicationsButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(currentPageName(), QStringLiteral("myApplicationsPage"));
        auto *list = find<QTreeView>(QStringLiteral("applicationsView"));
        client::ApplicationListModel *model = window()->applicationListModel();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() >= 6, 30000);
        QStringList shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown << model->index(row, client::ApplicationListModel::ReferenceColumn).data().toString();
        for (const QString &reference : std::as_const(references))
            QVERIFY2(shown.contains(reference), qPrintable(reference));
        // The bulky waste pickup (filed last), fee open. (Filed within the
        // same second, the rows' order among themselves is the backend's.)
        const int row = int(shown.indexOf(references.last()));
        QCOMPARE(model->index(row, client::ApplicationListModel::ServiceColumn).data().toString(),
                 QStringLiteral("Sperrmüllabholung"));
        QCOMPARE(model->index(row, client::ApplicationListModel::StatusColumn).data().toString(),
                 QStringLiteral("Gebühr offen"));
        QVERIFY(model->index(row, client::ApplicationListModel::FeeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("25,00")));

        // Open the newest: status, answers by step, history; then withdraw it.
        list->setCurrentIndex(model->index(row, 0));
        QCOMPARE(find<QLabel>(QStringLiteral("applicationHintLabel"))->text(),
                 QStringLiteral("Gebühr offen: Die Gebühr ist noch offen. Die Dienststelle "
                                "beginnt, sobald sie bezahlt ist."));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("openApplicationButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(currentPageName(), QStringLiteral("applicationDetailPage"));
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(QStringLiteral("detailStatusLabel"))->text(),
                                  QStringLiteral("Gebühr offen"), 30000);
        QVERIFY(find<QLabel>(QStringLiteral("detailReferenceLabel"))->text().startsWith(references.last()));
        QTRY_COMPARE_WITH_TIMEOUT(review(QStringLiteral("address")),
                                  QStringLiteral("Am Markt 1\n21335 Adendorf"), 30000);
        QVERIFY(find<QLabel>(QStringLiteral("historyEntry_0"))->text().contains(QStringLiteral("Gebühr offen")));
        auto *withdraw = find<QPushButton>(QStringLiteral("withdrawButton"));
        QVERIFY(withdraw->isVisible());
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window()->findChild<QMessageBox *>(QStringLiteral("withdrawConfirmBox"))) &&
                    box->isVisible());
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmWithdrawButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(QStringLiteral("detailStatusLabel"))->text(),
                                  QStringLiteral("Zurückgezogen"), 30000);
        QTRY_VERIFY(!withdraw->isVisible());
        QVERIFY(find<QLabel>(QStringLiteral("historyEntry_0"))->text().contains(QStringLiteral("Zurückgezogen")));
        // The list shows it too, without loading again.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("detailBackButton")), Qt::LeftButton);
        QTRY_COMPARE(currentPageName(), QStringLiteral("myApplicationsPage"));
        QCOMPARE(model->index(row, client::ApplicationListModel::StatusColumn).data().toString(),
                 QStringLiteral("Zurückgezogen"));
    }

    void aRefusedSubmissionComesBackBesideItsField()
    {
        // A submission that waited in the outbox and is refused on delivery
        // (here: an option the service does not offer).
        client::Draft draft = client::DraftStore::create(QStringLiteral("meldebescheinigung"));
        draft.data = QJsonObject { { QStringLiteral("type"), QStringLiteral("gold") },
                                   { QStringLiteral("purpose"), QStringLiteral("Umzug") } };
        QSignalSpy rejected(app->outbox(), &client::Outbox::rejected);
        QVERIFY(!app->outbox()->enqueue(draft));
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 30000);
        QCOMPARE(rejected.first().at(1).value<Problem>().status, 422);

        // It is among the unfinished applications on the start page.
        window()->findChild<QAction *>(QStringLiteral("homeAction"))->trigger();
        QTRY_COMPARE(currentPageName(), QStringLiteral("homePage"));
        auto *drafts = find<QTreeWidget>(QStringLiteral("draftsView"));
        QTRY_VERIFY(drafts->isVisible());
        QTreeWidgetItem *item = nullptr;
        for (int row = 0; row < drafts->topLevelItemCount(); ++row) {
            if (drafts->topLevelItem(row)->data(0, Qt::UserRole).toString() == draft.id)
                item = drafts->topLevelItem(row);
        }
        QVERIFY(item);
        QCOMPARE(item->text(0), QStringLiteral("Meldebescheinigung"));
        drafts->setCurrentItem(item);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("resumeDraftButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(currentPageName(), QStringLiteral("applicationFormPage"), 30000);
        QCOMPARE(page()->draftId(), draft.id);
        QCOMPARE(page()->currentStep(), 0);
        QVERIFY(!errorOf(QStringLiteral("type")).isEmpty()); // beside the field
        QVERIFY(find<QLabel>(QStringLiteral("formNoticeLabel"))->isVisible());
        QCOMPARE(find<QLineEdit>(QStringLiteral("input_purpose"))->text(), QStringLiteral("Umzug"));

        choose(QStringLiteral("type"), QStringLiteral("einfach")); // fixed
        QVERIFY(errorOf(QStringLiteral("type")).isEmpty());
        next(1);
        submitAndConfirm(QStringLiteral("meldebescheinigung"), QStringLiteral("Gebühr offen"),
                         QStringLiteral("5,00\u00A0€"));
    }

    void discardingADraftAsksFirst()
    {
        openForm(QStringLiteral("hundesteuer-anmeldung"));
        type(QStringLiteral("dog_name"), QStringLiteral("Struppi"));
        const QString draftId = page()->draftId();
        // Saved within two seconds of typing, without leaving the form.
        QTRY_VERIFY_WITH_TIMEOUT(app->drafts()->load(draftId).ok(), 2500);
        QCOMPARE(app->drafts()->load(draftId).value().data.value(QStringLiteral("dog_name")).toString(),
                 QStringLiteral("Struppi"));
        window()->findChild<QAction *>(QStringLiteral("homeAction"))->trigger();
        QTRY_COMPARE(currentPageName(), QStringLiteral("homePage"));
        auto *drafts = find<QTreeWidget>(QStringLiteral("draftsView"));
        QTreeWidgetItem *item = nullptr;
        for (int row = 0; row < drafts->topLevelItemCount(); ++row) {
            if (drafts->topLevelItem(row)->data(0, Qt::UserRole).toString() == draftId)
                item = drafts->topLevelItem(row);
        }
        QVERIFY(item);
        QCOMPARE(item->text(0), QStringLiteral("Hund zur Hundesteuer anmelden"));
        QCOMPARE(item->text(2), QStringLiteral("0 % erledigt"));
        drafts->setCurrentItem(item);
        auto discard = [&](QMessageBox::StandardButton answer) {
            QTest::mouseClick(find<QPushButton>(QStringLiteral("discardDraftButton")), Qt::LeftButton);
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = window()->findChild<QMessageBox *>(QStringLiteral("discardDraftBox"))) &&
                        box->isVisible());
            QTest::mouseClick(box->button(answer), Qt::LeftButton);
            QTRY_VERIFY(!window()->findChild<QMessageBox *>(QStringLiteral("discardDraftBox")));
        };
        discard(QMessageBox::Cancel);
        QVERIFY(app->drafts()->load(draftId).ok()); // kept
        discard(QMessageBox::Discard);
        QVERIFY(!app->drafts()->load(draftId).ok());
        for (int row = 0; row < drafts->topLevelItemCount(); ++row)
            QVERIFY(drafts->topLevelItem(row)->data(0, Qt::UserRole).toString() != draftId);
    }

    void signingOutForgetsTheAnswers()
    {
        openForm(QStringLiteral("meldebescheinigung"));
        type(QStringLiteral("purpose"), QStringLiteral("Bank"));
        const QString draftId = page()->draftId();
        QVERIFY(page()->state());
        checkNoUnnamedControl();
        app->session()->logout();
        QTRY_COMPARE(currentPageName(), QStringLiteral("loginPage"));
        QVERIFY(!page()->state());
        QVERIFY(!window()->findChild<QWidget *>(QStringLiteral("field_purpose")) ||
                !window()->findChild<QWidget *>(QStringLiteral("field_purpose"))->isVisible());
        QVERIFY(!app->drafts()->hasOwner()); // nobody's drafts readable now
        QVERIFY(!app->drafts()->load(draftId).ok());
    }
};

QTEST_MAIN(ApplicationFormTest)
#include "tst_applicationform.moc"
