// Every field type of the form schema gets an editor whose value is the JSON
// the shared FormValidator expects, and back (app/ui/forms/).
#include "app/client/ApiClient.h"
#include "app/client/MemorySecretStore.h"
#include "app/client/Session.h"
#include "app/client/UploadJob.h"
#include "app/client/UploadQueue.h"
#include "app/ui/forms/FieldEditor.h"
#include "app/ui/forms/FieldEditorFactory.h"
#include "app/ui/forms/FileFieldEditor.h"
#include "app/ui/staff/CaseActionDialog.h"
#include "common/forms/FormValidator.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "FakeNetworkAccessManager.h"

using namespace rathaus;

namespace {

FormField makeField(FieldType type, const QString &id)
{
    FormField field;
    field.id = id;
    field.type = type;
    field.label = LocalizedText { QStringLiteral("Feld %1").arg(id), QStringLiteral("Field %1").arg(id) };
    field.help = LocalizedText { QStringLiteral("Hilfe"), QStringLiteral("Help") };
    field.required = true;
    return field;
}

QList<FieldOption> options(int count)
{
    QList<FieldOption> list;
    for (int i = 0; i < count; ++i)
        list.append({ QStringLiteral("o%1").arg(i),
                      LocalizedText { QStringLiteral("Option %1").arg(i),
                                      QStringLiteral("Option %1").arg(i) } });
    return list;
}

} // namespace

class FieldEditorTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(dir.isValid());
    }

    void valueRoundTrips_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("display");
        const QString today = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
        QTest::newRow("text") << int(FieldType::Text) << QJsonValue(QStringLiteral("Erika"))
                              << QStringLiteral("Erika");
        QTest::newRow("multiline") << int(FieldType::Multiline)
                                   << QJsonValue(QStringLiteral("Line 1\nLine 2"))
                                   << QStringLiteral("Line 1\nLine 2");
        QTest::newRow("number") << int(FieldType::Number) << QJsonValue(3) << QStringLiteral("3");
        QTest::newRow("date") << int(FieldType::Date) << QJsonValue(today)
                              << QLocale().toString(QDate::fromString(today, Qt::ISODate),
                                                    QLocale::LongFormat);
        QTest::newRow("choice (radio)") << int(FieldType::Choice) << QJsonValue(QStringLiteral("o1"))
                                        << QStringLiteral("Option 1");
        QTest::newRow("choice (combo)") << int(FieldType::Choice) << QJsonValue(QStringLiteral("o4"))
                                        << QStringLiteral("Option 4");
        QTest::newRow("multichoice")
            << int(FieldType::MultiChoice)
            << QJsonValue(QJsonArray { QStringLiteral("o0"), QStringLiteral("o2") })
            << QStringLiteral("Option 0, Option 2");
        QTest::newRow("checkbox") << int(FieldType::Checkbox) << QJsonValue(true)
                                  << QStringLiteral("Yes");
        QTest::newRow("email") << int(FieldType::Email)
                               << QJsonValue(QStringLiteral("erika@example.org"))
                               << QStringLiteral("erika@example.org");
        QTest::newRow("phone") << int(FieldType::Phone) << QJsonValue(QStringLiteral("04131 123456"))
                               << QStringLiteral("04131 123456");
        QTest::newRow("iban") << int(FieldType::Iban)
                              << QJsonValue(QStringLiteral("DE89370400440532013000"))
                              << QStringLiteral("DE89 3704 0044 0532 0130 00");
        QTest::newRow("licence_plate") << int(FieldType::LicencePlate)
                                       << QJsonValue(QStringLiteral("LG-AB 123"))
                                       << QStringLiteral("LG-AB 123");
        QTest::newRow("postal_address")
            << int(FieldType::PostalAddress)
            << QJsonValue(QJsonObject { { QStringLiteral("street"), QStringLiteral("Am Markt 1") },
                                        { QStringLiteral("postal_code"), QStringLiteral("21335") },
                                        { QStringLiteral("city"), QStringLiteral("Lüneburg") } })
            << QStringLiteral("Am Markt 1\n21335 Lüneburg");
    }

    void valueRoundTrips()
    {
        QFETCH(int, type);
        QFETCH(QJsonValue, value);
        QFETCH(QString, display);
        FormField field = makeField(FieldType(type), QStringLiteral("f"));
        if (field.type == FieldType::Choice)
            field.options = options(QByteArray(QTest::currentDataTag()).contains("combo") ? 6 : 3);
        if (field.type == FieldType::MultiChoice)
            field.options = options(3);
        if (field.type == FieldType::Date) {
            field.min = -10;
            field.max = 0;
        }
        if (field.type == FieldType::Number) {
            field.min = 1;
            field.max = 10;
        }
        std::unique_ptr<ui::FieldEditor> editor(ui::FieldEditorFactory::create(field, QStringLiteral("en")));
        QVERIFY(editor);
        QCOMPARE(editor->objectName(), QStringLiteral("field_f"));
        // Untouched: not given, so a required field is an error.
        const FormSchema schema { 1, { FormStep { {}, { field } } } };
        const FormValidator validator(schema);
        QVERIFY(!validator.validateField(field, editor->value()).isEmpty());

        QSignalSpy edited(editor.get(), &ui::FieldEditor::edited);
        editor->setValue(value);
        QCOMPARE(edited.size(), 0); // only the citizen's changes count
        QCOMPARE(editor->value(), value);
        QCOMPARE(editor->displayText(), display);
        QCOMPARE(validator.validateField(field, editor->value()), QString());

        // Label in the UI language, required marker, help, accessible name.
        auto *label = editor->findChild<QLabel *>(QStringLiteral("label_f"));
        QVERIFY(label);
        QVERIFY(label->text().startsWith(QLatin1String("Field f")));
        QVERIFY(label->text().contains(QLatin1Char('*')));
        QCOMPARE(editor->findChild<QLabel *>(QStringLiteral("help_f"))->text(),
                 QStringLiteral("Help"));
        int named = 0;
        for (QWidget *input : editor->findChildren<QWidget *>()) {
            if (!input->property("fieldInput").toBool())
                continue;
            QVERIFY2(!input->accessibleName().isEmpty(), input->metaObject()->className());
            ++named;
        }
        QVERIFY(named > 0);

        // Errors show beside the field and reach the screen reader.
        editor->setError(QStringLiteral("Wrong."));
        QCOMPARE(editor->error(), QStringLiteral("Wrong."));
        editor->setError({});
        QCOMPARE(editor->error(), QString());

        // Emptied again: not given.
        editor->setValue(QJsonValue::Undefined);
        if (field.type != FieldType::Checkbox)
            QVERIFY(editor->value().isUndefined());
        else
            QCOMPARE(editor->value(), QJsonValue(false));
    }

    void choiceUsesRadiosUpToFourOptions()
    {
        FormField field = makeField(FieldType::Choice, QStringLiteral("c"));
        field.options = options(4);
        std::unique_ptr<ui::FieldEditor> radios(ui::FieldEditorFactory::create(field, QStringLiteral("de")));
        QCOMPARE(radios->findChildren<QRadioButton *>().size(), 4);
        QVERIFY(!radios->findChild<QComboBox *>());
        auto *second = radios->findChild<QRadioButton *>(QStringLiteral("option_c_o1"));
        QVERIFY(second);
        QSignalSpy edited(radios.get(), &ui::FieldEditor::edited);
        QTest::keyClick(second, Qt::Key_Space);
        QCOMPARE(edited.size(), 1);
        QCOMPARE(radios->value(), QJsonValue(QStringLiteral("o1")));

        field.options = options(5);
        std::unique_ptr<ui::FieldEditor> combo(ui::FieldEditorFactory::create(field, QStringLiteral("de")));
        auto *box = combo->findChild<QComboBox *>(QStringLiteral("input_c"));
        QVERIFY(box);
        QCOMPARE(box->count(), 6); // "please choose" first
        QVERIFY(combo->value().isUndefined());
        QTest::keyClick(box, Qt::Key_Down);
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(combo->value(), QJsonValue(QStringLiteral("o1")));
    }

    void typedValues()
    {
        // Licence plates in capitals as typed.
        std::unique_ptr<ui::FieldEditor> plate(ui::FieldEditorFactory::create(
            makeField(FieldType::LicencePlate, QStringLiteral("p")), QStringLiteral("en")));
        auto *plateEdit = plate->findChild<QLineEdit *>(QStringLiteral("input_p"));
        QTest::keyClicks(plateEdit, QStringLiteral("lg-ab 12"));
        QCOMPARE(plateEdit->text(), QStringLiteral("LG-AB 12"));
        QCOMPARE(plate->value(), QJsonValue(QStringLiteral("LG-AB 12")));

        // IBANs stored compact, shown in groups once the input is left.
        std::unique_ptr<ui::FieldEditor> iban(ui::FieldEditorFactory::create(
            makeField(FieldType::Iban, QStringLiteral("i")), QStringLiteral("en")));
        auto *ibanEdit = iban->findChild<QLineEdit *>(QStringLiteral("input_i"));
        QSignalSpy committed(iban.get(), &ui::FieldEditor::committed);
        QTest::keyClicks(ibanEdit, QStringLiteral("de89370400440532013000"));
        QTest::keyClick(ibanEdit, Qt::Key_Return);
        QCOMPARE(committed.size(), 1);
        QCOMPARE(ibanEdit->text(), QStringLiteral("DE89 3704 0044 0532 0130 00"));
        QCOMPARE(iban->value(), QJsonValue(QStringLiteral("DE89370400440532013000")));

        // Numbers within their bounds, typed in the user's locale.
        FormField count = makeField(FieldType::Number, QStringLiteral("n"));
        count.min = 1;
        count.max = 10;
        std::unique_ptr<ui::FieldEditor> number(ui::FieldEditorFactory::create(count, QStringLiteral("en")));
        auto *spin = number->findChild<QDoubleSpinBox *>(QStringLiteral("input_n"));
        QCOMPARE(spin->maximum(), 10.0);
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("7"));
        QCOMPARE(number->value(), QJsonValue(7.0));

        // Dates bounded relative to today.
        FormField when = makeField(FieldType::Date, QStringLiteral("d"));
        when.min = 3;
        when.max = 90;
        std::unique_ptr<ui::FieldEditor> date(ui::FieldEditorFactory::create(when, QStringLiteral("en")));
        auto *dateEdit = date->findChild<QDateEdit *>(QStringLiteral("input_d"));
        QVERIFY(dateEdit->calendarPopup());
        QCOMPARE(dateEdit->maximumDate(), QDate::currentDate().addDays(90));
        QVERIFY(dateEdit->minimumDate() < QDate::currentDate().addDays(3)); // "not chosen"
        dateEdit->setDate(QDate::currentDate().addDays(10));
        QCOMPARE(date->value(),
                 QJsonValue(QDate::currentDate().addDays(10).toString(Qt::ISODate)));

        // A date can be typed too, starting from "not chosen".
        FormField birth = makeField(FieldType::Date, QStringLiteral("b"));
        birth.max = 0;
        std::unique_ptr<ui::FieldEditor> born(ui::FieldEditorFactory::create(birth, QStringLiteral("de")));
        auto *bornEdit = born->findChild<QDateEdit *>(QStringLiteral("input_b"));
        bornEdit->setLocale(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(born->value().isUndefined());
        QTest::keyClicks(bornEdit, QStringLiteral("15.05.1990"));
        QCOMPARE(born->value(), QJsonValue(QStringLiteral("1990-05-15")));

        // A consent: clicking its text ticks it.
        std::unique_ptr<ui::FieldEditor> consent(ui::FieldEditorFactory::create(
            makeField(FieldType::Checkbox, QStringLiteral("k")), QStringLiteral("en")));
        auto *label = consent->findChild<QLabel *>(QStringLiteral("label_k"));
        QTest::mouseClick(label, Qt::LeftButton);
        QCOMPARE(consent->value(), QJsonValue(true));
    }

    // Typing a whole date went wrong in a bare QDateEdit: it moved on to the
    // next section after "03" and again at the ".", and refused a month that
    // was briefly out of range, so only the day took (DateTyping).
    void aDateCanBeTypedAsAWhole_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("startsBlank");
        QTest::newRow("dots, blank") << QStringLiteral("03.06.2026") << true;
        QTest::newRow("digits, blank") << QStringLiteral("03062026") << true;
        QTest::newRow("short, blank") << QStringLiteral("3.6.2026") << true;
        QTest::newRow("dots, over a date") << QStringLiteral("03.06.2026") << false;
        QTest::newRow("digits, over a date") << QStringLiteral("03062026") << false;
        QTest::newRow("two-digit year") << QStringLiteral("03.06.26") << false;
    }

    void aDateCanBeTypedAsAWhole()
    {
        QFETCH(QString, typed);
        QFETCH(bool, startsBlank);
        const QLocale german(QLocale::German, QLocale::Germany);
        QLocale::setDefault(german);
        FormField since = makeField(FieldType::Date, QStringLiteral("s"));
        since.max = 0; // a date in the past: the form's "since when"
        std::unique_ptr<ui::FieldEditor> editor(
            ui::FieldEditorFactory::create(since, QStringLiteral("de")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto *edit = editor->findChild<QDateEdit *>(QStringLiteral("input_s"));
        QVERIFY(edit);
        QCOMPARE(edit->displayFormat(), QStringLiteral("dd.MM.yyyy"));
        if (!startsBlank)
            editor->setValue(QStringLiteral("2025-12-24"));
        editor->show();
        edit->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(editor.get()));
        QSignalSpy committed(editor.get(), &ui::FieldEditor::committed);
        QTest::keyClicks(edit, typed);
        QTest::keyClick(edit, Qt::Key_Tab);
        QCOMPARE(editor->value(), QJsonValue(QStringLiteral("2026-06-03")));
        QVERIFY(committed.size() >= 1);
        QCOMPARE(edit->text(), QStringLiteral("03.06.2026"));
    }

    void oneSectionOfADateCanBeTyped()
    {
        FormField since = makeField(FieldType::Date, QStringLiteral("s"));
        std::unique_ptr<ui::FieldEditor> editor(
            ui::FieldEditorFactory::create(since, QStringLiteral("de")));
        auto *edit = editor->findChild<QDateEdit *>(QStringLiteral("input_s"));
        editor->setValue(QStringLiteral("2025-12-24"));
        editor->show();
        edit->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(editor.get()));
        edit->setCurrentSection(QDateTimeEdit::MonthSection);
        QTest::keyClicks(edit, QStringLiteral("07"));
        QTest::keyClick(edit, Qt::Key_Tab);
        QCOMPARE(editor->value(), QJsonValue(QStringLiteral("2025-07-24")));
        edit->setCurrentSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(edit, QStringLiteral("9"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(editor->value(), QJsonValue(QStringLiteral("2025-07-09")));
        // Escape gives the date back; Backspace takes back what was typed.
        edit->setCurrentSection(QDateTimeEdit::YearSection);
        QTest::keyClicks(edit, QStringLiteral("19"));
        QTest::keyClick(edit, Qt::Key_Escape);
        QCOMPARE(editor->value(), QJsonValue(QStringLiteral("2025-07-09")));
        edit->setCurrentSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(edit, QStringLiteral("1"));
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, QStringLiteral("2"));
        QTest::keyClick(edit, Qt::Key_Tab);
        QCOMPARE(editor->value(), QJsonValue(QStringLiteral("2025-07-02")));
        // The calendar pop-up stays.
        QVERIFY(edit->calendarPopup());
    }

    // The suspend dialog's "until" date, typed in full.
    void theSuspendDateCanBeTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("dots") << QStringLiteral("03.06.%1");
        QTest::newRow("digits") << QStringLiteral("0306%1");
    }

    void theSuspendDateCanBeTyped()
    {
        QFETCH(QString, typed);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        ui::CaseActionDialog dialog(client::CaseAction::Suspend);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto *edit = dialog.findChild<QDateEdit *>(QStringLiteral("untilDateEdit"));
        QVERIFY(edit);
        QVERIFY(edit->calendarPopup());
        dialog.show();
        edit->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // Next year's 3 June: always in the future, and its month lies
        // before this month's day as typed, which QDateEdit refused.
        const int year = QDate::currentDate().year() + 1;
        QTest::keyClicks(edit, typed.arg(year));
        QCOMPARE(edit->date(), QDate(year, 6, 3));
        QCOMPARE(dialog.request().until.toLocalTime().date(), QDate(year, 6, 3));
        // Only the year, on its own.
        edit->setCurrentSection(QDateTimeEdit::YearSection);
        QTest::keyClicks(edit, QString::number(year + 1));
        QCOMPARE(edit->date(), QDate(year + 1, 6, 3));
    }

    void fileIsCheckedBeforeAnythingIsSent()
    {
        FormField field = makeField(FieldType::File, QStringLiteral("doc"));
        field.accept = { QStringLiteral("application/pdf"), QStringLiteral("image/png") };
        field.maxBytes = 2000;
        FakeNetworkAccessManager network;
        int uploads = 0;
        std::function<FakeResponse()> answer = [&] {
            ++uploads;
            return FakeResponse::json(201, "{\"id\":\"up-7\",\"sha256\":\"00\",\"size\":15}");
        };
        network.setHandler([&](const RecordedRequest &) { return answer(); });
        client::ApiClient api(&network);
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080")));
        client::MemorySecretStore store;
        client::Session session(&api, &store);
        client::UploadQueue queue(&session);
        std::unique_ptr<ui::FieldEditor> base(
            ui::FieldEditorFactory::create(field, QStringLiteral("en"), nullptr, &queue));
        auto *editor = qobject_cast<ui::FileFieldEditor *>(base.get());
        QVERIFY(editor);
        QSignalSpy edited(editor, &ui::FieldEditor::edited);
        auto *problem = editor->findChild<QLabel *>(QStringLiteral("fileProblem_doc"));
        QVERIFY(problem);

        const QString text = writeFile(QStringLiteral("notes.txt"), "just text\n");
        QVERIFY(!editor->chooseFile(text));
        QVERIFY(editor->value().isUndefined());
        QVERIFY(!problem->isHidden());
        const QString large =
            writeFile(QStringLiteral("large.pdf"), "%PDF-1.4\n" + QByteArray(5000, 'x'));
        QVERIFY(!editor->chooseFile(large));
        QVERIFY(problem->text().contains(QLatin1String("too large")));
        // A PDF named like a picture: refused by its content, said in words.
        const QString renamed = writeFile(QStringLiteral("foto.png"), "%PDF-1.4\n%%EOF\n");
        QVERIFY(!editor->chooseFile(renamed));
        QVERIFY2(problem->text().contains(QLatin1String("PDF")), qPrintable(problem->text()));
        QCOMPARE(edited.size(), 0);
        QTest::qWait(20);
        QCOMPARE(uploads, 0); // nothing was sent for any of them

        // A refusal by the server: said beside the field, and a retry sends it again.
        answer = [&] {
            ++uploads;
            return FakeResponse::problem(415, "unsupported-media-type", "Unsupported file type");
        };
        const QString pdf = writeFile(QStringLiteral("schein.pdf"), "%PDF-1.4\n%%EOF\n");
        QVERIFY(editor->chooseFile(pdf));
        QVERIFY(problem->isHidden());
        QTRY_VERIFY(editor->job() && editor->job()->state() == client::UploadJob::State::Failed);
        QVERIFY(!problem->isHidden());
        QVERIFY(editor->value().isUndefined());
        auto *retry = editor->findChild<QPushButton *>(QStringLiteral("retryUpload_doc"));
        QVERIFY(retry && !retry->isHidden());
        answer = [&] {
            ++uploads;
            return FakeResponse::json(201, "{\"id\":\"up-7\",\"sha256\":\"00\",\"size\":15}");
        };
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(edited.size(), 1);
        QCOMPARE(uploads, 2);
        QVERIFY(problem->isHidden());
        const QJsonArray files = editor->value().toArray();
        QCOMPARE(files.size(), 1);
        const QJsonObject file = files.first().toObject();
        QCOMPARE(file.value(QLatin1String("upload_id")).toString(), QStringLiteral("up-7"));
        QCOMPARE(file.value(QLatin1String("name")).toString(), QStringLiteral("schein.pdf"));
        QCOMPARE(file.value(QLatin1String("media_type")).toString(), QStringLiteral("application/pdf"));
        QVERIFY(editor->displayText().startsWith(QLatin1String("schein.pdf (")));

        std::unique_ptr<ui::FieldEditor> copy(ui::FieldEditorFactory::create(field, QStringLiteral("en")));
        copy->setValue(editor->value());
        QCOMPARE(copy->value(), editor->value());
        QCOMPARE(copy->displayText(), editor->displayText());
    }

    void aHangingUploadCanBeCancelled()
    {
        FormField field = makeField(FieldType::File, QStringLiteral("doc"));
        FakeNetworkAccessManager network;
        network.setHandler([](const RecordedRequest &) { return FakeResponse::hang(); });
        client::ApiClient api(&network);
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080")));
        client::MemorySecretStore store;
        client::Session session(&api, &store);
        client::UploadQueue queue(&session);
        ui::FileFieldEditor editor(field, QStringLiteral("en"), &queue);
        editor.show();
        QVERIFY(editor.chooseFile(writeFile(QStringLiteral("scan.png"),
                                            QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(40, 'x'))));
        QTRY_VERIFY(editor.isUploading() && editor.job()->state() == client::UploadJob::State::Sending);
        auto *progress = editor.findChild<QProgressBar *>(QStringLiteral("uploadProgress_doc"));
        QVERIFY(progress && progress->isVisible());
        auto *cancel = editor.findChild<QPushButton *>(QStringLiteral("cancelUpload_doc"));
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(editor.job()->state(), client::UploadJob::State::Cancelled);
        QVERIFY(!progress->isVisible());
        QVERIFY(editor.findChild<QPushButton *>(QStringLiteral("retryUpload_doc"))->isVisible());
        QVERIFY(editor.value().isUndefined());
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("file_doc"))->text().contains(QLatin1String("cancelled")));
    }
};

QTEST_MAIN(FieldEditorTest)
#include "tst_fieldeditor.moc"
