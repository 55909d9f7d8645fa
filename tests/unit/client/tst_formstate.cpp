// The values of an application being filled in: changes, visibility,
// errors per step and the live fee, all from the schema (app/client/FormState).
#include "app/client/FormState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace rathaus;

namespace {

FormSchema schema()
{
    const QByteArray json = R"({
        "version": 1,
        "steps": [
            {"title": {"de": "Urkunden", "en": "Certificates"}, "fields": [
                {"id": "copies", "type": "number", "label": "Anzahl", "required": true, "min": 1, "max": 10},
                {"id": "other", "type": "checkbox", "label": "Andere"},
                {"id": "proof", "type": "file", "label": "Nachweis", "required": true,
                 "visible_if": {"field": "other", "equals": true}}
            ]},
            {"title": "Kontakt", "fields": [
                {"id": "email", "type": "email", "label": "E-Mail", "required": true}
            ]}
        ]})";
    return FormSchema::fromJson(QJsonDocument::fromJson(json).object()).value();
}

FeeRule fee()
{
    FeeRule rule;
    rule.baseCents = 1200;
    rule.perUnit.append({ QStringLiteral("copies"), 600, 1 });
    return rule;
}

} // namespace

class FormStateTest : public QObject
{
    Q_OBJECT

private slots:
    void changesAreSignalled()
    {
        client::FormState state(QStringLiteral("geburtsurkunde"), schema(), fee());
        QSignalSpy changed(&state, &client::FormState::changed);
        QSignalSpy valueChanged(&state, &client::FormState::valueChanged);
        state.setValue(QStringLiteral("copies"), 3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(valueChanged.first().first().toString(), QStringLiteral("copies"));
        state.setValue(QStringLiteral("copies"), 3); // same value: quiet
        QCOMPARE(changed.size(), 1);
        state.setValue(QStringLiteral("copies"), QJsonValue::Undefined);
        QVERIFY(!state.data().contains(QStringLiteral("copies")));
        QCOMPARE(changed.size(), 2);
        state.setData({ { QStringLiteral("copies"), 2 } });
        QCOMPARE(changed.size(), 3);
        QCOMPARE(state.value(QStringLiteral("copies")), QJsonValue(2));
    }

    void feeFollowsTheValues()
    {
        client::FormState state(QStringLiteral("geburtsurkunde"), schema(), fee());
        QCOMPARE(state.feeCents(), 1200);
        state.setValue(QStringLiteral("copies"), 3);
        QCOMPARE(state.feeCents(), 2400);
    }

    void stepErrorsHonourVisibility()
    {
        client::FormState state(QStringLiteral("x"), schema(), fee());
        const FormField *proof = state.schema().field(QStringLiteral("proof"));
        QVERIFY(!state.isVisible(*proof));
        QCOMPARE(state.stepErrors(0).keys(), QStringList { QStringLiteral("copies") });
        state.setValue(QStringLiteral("copies"), 1);
        QVERIFY(state.stepErrors(0).isEmpty());
        state.setValue(QStringLiteral("other"), true);
        QVERIFY(state.isVisible(*proof));
        QCOMPARE(state.stepErrors(0).keys(), QStringList { QStringLiteral("proof") });
        // An uploaded file counts as given: the validator sees its upload id.
        state.setValue(QStringLiteral("proof"),
                       QJsonArray { QJsonObject { { QStringLiteral("upload_id"),
                                                    QStringLiteral("up-1") },
                                                  { QStringLiteral("name"),
                                                    QStringLiteral("a.pdf") } } });
        QVERIFY(state.stepErrors(0).isEmpty());
        QCOMPARE(state.stepErrors(1).keys(), QStringList { QStringLiteral("email") });
        state.setValue(QStringLiteral("email"), QStringLiteral("erika@example.org"));
        QVERIFY(state.errors().isEmpty());

        // Hidden again: its value is kept, but not what would be sent.
        state.setValue(QStringLiteral("other"), false);
        QVERIFY(state.data().contains(QStringLiteral("proof")));
        QVERIFY(!state.visibleData().contains(QStringLiteral("proof")));
        QVERIFY(state.errorFor(*proof).isEmpty());
    }

    void theBackendsErrorsStandUntilTheFieldChanges()
    {
        client::FormState state(QStringLiteral("geburtsurkunde"), schema(), fee());
        state.setValue(QStringLiteral("copies"), 2);
        state.setValue(QStringLiteral("email"), QStringLiteral("erika@example.org"));
        QVERIFY(state.errors().isEmpty());
        QSignalSpy changed(&state, &client::FormState::changed);
        state.setServerErrors({ { QStringLiteral("email"), QStringLiteral("Unknown mailbox.") },
                                { QStringLiteral("copies"), QStringLiteral("Too many.") } });
        QCOMPARE(changed.size(), 1);
        const FormField *email = state.schema().field(QStringLiteral("email"));
        QCOMPARE(state.errorFor(*email), QStringLiteral("Unknown mailbox."));
        QCOMPARE(state.stepErrors(1).value(QStringLiteral("email")), QStringLiteral("Unknown mailbox."));
        QCOMPARE(state.errors().size(), 2);
        // The client's own (translated) message wins where both have one.
        state.setValue(QStringLiteral("copies"), 0);
        QVERIFY(state.errorFor(*state.schema().field(QStringLiteral("copies"))) != QStringLiteral("Too many."));
        // Changing the value takes the backend's message away.
        state.setValue(QStringLiteral("email"), QStringLiteral("erika@example.com"));
        QVERIFY(state.errorFor(*email).isEmpty());
        QCOMPARE(state.serverErrors().size(), 0);
    }

    void theSubmissionCarriesVisibleValuesWithFilesAsIds()
    {
        client::FormState state(QStringLiteral("geburtsurkunde"), schema(), fee());
        state.setValue(QStringLiteral("copies"), 2);
        const QJsonArray files { QJsonObject { { QStringLiteral("upload_id"), QStringLiteral("up-1") },
                                               { QStringLiteral("name"), QStringLiteral("a.pdf") } } };
        state.setValue(QStringLiteral("proof"), files);
        QVERIFY(!state.submissionData().contains(QStringLiteral("proof"))); // hidden
        state.setValue(QStringLiteral("other"), true);
        QCOMPARE(state.submissionData().value(QStringLiteral("proof")).toArray(),
                 (QJsonArray { QStringLiteral("up-1") }));
    }
};

QTEST_GUILESS_MAIN(FormStateTest)
#include "tst_formstate.moc"
