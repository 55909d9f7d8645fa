// The form-field table of the service editor: it edits the fields in place,
// keeps what it has no column for, moves fields within and across steps,
// and points schema-check errors at the right cell.
#include "app/client/admin/FormFieldTableModel.h"
#include "common/forms/ServiceSchemaCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rathaus;
using client::FormFieldTableModel;

namespace {

QJsonObject twoStepForm()
{
    return QJsonDocument::fromJson(R"({"version": 1, "steps": [
        {"title": {"de": "Hund", "en": "Dog"}, "fields": [
            {"id": "dog_name", "type": "text", "label": {"de": "Name", "en": "Name"},
             "required": true, "max_length": 60},
            {"id": "since", "type": "date", "label": {"de": "Seit", "en": "Since"}, "min": -3650}]},
        {"title": {"de": "Kontakt", "en": "Contact"}, "fields": [
            {"id": "email", "type": "email", "label": {"de": "E-Mail", "en": "E-mail"}}]}]})")
        .object();
}

QStringList keysOfStep(const QJsonObject &form, int step)
{
    QStringList keys;
    for (const QJsonValue &field : form.value(QLatin1String("steps"))
                                       .toArray()
                                       .at(step)
                                       .toObject()
                                       .value(QLatin1String("fields"))
                                       .toArray())
        keys.append(field.toObject().value(QLatin1String("id")).toString());
    return keys;
}

} // namespace

class FormFieldTableModelTest : public QObject
{
    Q_OBJECT

private slots:
    void editsInPlaceAndKeepsTheRest()
    {
        FormFieldTableModel model;
        model.setForm(twoStepForm());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("2.1"));
        QVERIFY(model.setData(model.index(0, FormFieldTableModel::LabelDe),
                              QStringLiteral("Name des Hundes")));
        QVERIFY(model.setData(model.index(2, FormFieldTableModel::Required), Qt::Checked,
                              Qt::CheckStateRole));
        const QJsonObject form = model.form();
        const QJsonObject first = form.value(QLatin1String("steps"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QLatin1String("fields"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(
            first.value(QLatin1String("label")).toObject().value(QLatin1String("de")).toString(),
            QStringLiteral("Name des Hundes"));
        QCOMPARE(first.value(QLatin1String("max_length")).toInt(), 60); // no column, kept
        QCOMPARE(form.value(QLatin1String("steps"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QLatin1String("title"))
                     .toObject()
                     .value(QLatin1String("de"))
                     .toString(),
                 QStringLiteral("Kontakt"));
    }

    void aNewTypeDropsWhatItDoesNotAllow()
    {
        FormFieldTableModel model;
        model.setForm(twoStepForm());
        QVERIFY(model.setData(model.index(0, FormFieldTableModel::Type), QStringLiteral("choice")));
        const QJsonObject field = model.form()
                                      .value(QLatin1String("steps"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QLatin1String("fields"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QVERIFY(!field.contains(QLatin1String("max_length")));
        QCOMPARE(field.value(QLatin1String("options")).toArray().size(), 1);
    }

    void movesWithinAndAcrossSteps()
    {
        FormFieldTableModel model;
        model.setForm(twoStepForm());
        QCOMPARE(model.moveField(1, -1), 0); // "since" above "dog_name"
        QCOMPARE(keysOfStep(model.form(), 0), (QStringList { "since", "dog_name" }));
        QCOMPARE(model.moveField(1, 1), 1); // "dog_name" at the edge: into step 2
        QCOMPARE(keysOfStep(model.form(), 0), QStringList { "since" });
        QCOMPARE(keysOfStep(model.form(), 1), (QStringList { "dog_name", "email" }));
        QCOMPARE(model.moveField(2, 1), 2); // the last field stays where it is
        const int added = model.addField(0);
        QCOMPARE(added, 1);
        QCOMPARE(keysOfStep(model.form(), 0), (QStringList { "since", "field_4" }));
        model.removeField(added);
        QCOMPARE(model.rowCount(), 3);
    }

    void errorsPointAtTheirCell()
    {
        FormFieldTableModel model;
        model.setForm(twoStepForm());
        QCOMPARE(model.cellOf(QStringLiteral("form.steps[1].fields[0].type")),
                 qMakePair(2, int(FormFieldTableModel::Type)));
        QCOMPARE(model.cellOf(QStringLiteral("form.steps[0].fields[1].label.en")),
                 qMakePair(1, int(FormFieldTableModel::LabelEn)));
        QCOMPARE(model.cellOf(QStringLiteral("form.steps[0].fields[0].visible_if.field")),
                 qMakePair(0, int(FormFieldTableModel::Key)));
        QCOMPARE(model.cellOf(QStringLiteral("fee.base_cents")).first, -1);

        // The checker's places and the table agree: a duplicate key lands on its cell.
        model.setData(model.index(2, FormFieldTableModel::Key), QStringLiteral("dog_name"));
        QJsonObject service { { "form", model.form() } };
        const auto errors = ServiceSchemaCheck::toErrorMap(ServiceSchemaCheck::check(service));
        model.setErrors(errors);
        QVERIFY(!model.index(2, FormFieldTableModel::Key)
                     .data(FormFieldTableModel::ErrorRole)
                     .toString()
                     .isEmpty());
        QVERIFY(model.index(0, FormFieldTableModel::Key)
                    .data(FormFieldTableModel::ErrorRole)
                    .toString()
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(FormFieldTableModelTest)
#include "tst_formfieldtablemodel.moc"
