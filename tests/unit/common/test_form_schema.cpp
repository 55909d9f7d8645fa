#include "common/forms/FormSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rathaus;

namespace {

QJsonObject json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return object;
}

// Every field type with every member it may carry.
const char *kFullSchema = R"({
  "version": 3,
  "steps": [
    {"title": {"de": "Person", "en": "Person"}, "fields": [
      {"id": "name", "type": "text", "label": {"de": "Name", "en": "Name"},
       "help": {"de": "Wie im Ausweis", "en": "As in the ID card"}, "required": true,
       "min_length": 2, "max_length": 80, "pattern": "[^0-9]+"},
      {"id": "remarks", "type": "multiline", "label": "Bemerkungen", "max_length": 2000},
      {"id": "copies", "type": "number", "label": "Anzahl", "required": true, "min": 1, "max": 10},
      {"id": "weight", "type": "number", "label": "Gewicht", "min": 0.5},
      {"id": "pickup", "type": "date", "label": "Termin", "min": 1, "max": 90},
      {"id": "volume", "type": "choice", "label": "Menge", "required": true,
       "options": [{"value": "small", "label": {"de": "Klein", "en": "Small"}},
                   {"value": "large", "label": {"de": "Groß", "en": "Large"}}]},
      {"id": "items", "type": "multichoice", "label": "Gegenstände", "min_length": 1, "max_length": 2,
       "options": [{"value": "sofa", "label": "Sofa"}, {"value": "bed", "label": "Bett"},
                   {"value": "fridge", "label": "Kühlschrank"}],
       "visible_if": {"field": "volume", "equals": "large"}},
      {"id": "consent", "type": "checkbox", "label": "Einwilligung", "required": true}
    ]},
    {"title": "Kontakt", "fields": [
      {"id": "email", "type": "email", "label": "E-Mail"},
      {"id": "phone", "type": "phone", "label": "Telefon"},
      {"id": "iban", "type": "iban", "label": "IBAN", "visible_if": {"field": "consent", "equals": true}},
      {"id": "plate", "type": "licence_plate", "label": "Kennzeichen", "max_length": 12},
      {"id": "address", "type": "postal_address", "label": "Anschrift", "required": true},
      {"id": "papers", "type": "file", "label": "Fahrzeugschein", "required": true, "max_length": 3,
       "accept": ["application/pdf", "image/png", "image/jpeg"], "max_bytes": 10485760}
    ]}
  ]
})";

} // namespace

class TestFormSchema : public QObject
{
    Q_OBJECT

private slots:
    void wireNames()
    {
        const FieldType all[] = { FieldType::Text,         FieldType::Multiline,
                                  FieldType::Number,       FieldType::Date,
                                  FieldType::Choice,       FieldType::MultiChoice,
                                  FieldType::Checkbox,     FieldType::Email,
                                  FieldType::Phone,        FieldType::Iban,
                                  FieldType::LicencePlate, FieldType::PostalAddress,
                                  FieldType::File };
        QSet<QString> names;
        for (const FieldType type : all) {
            const QString wire = fieldTypeToWire(type);
            QVERIFY(!wire.isEmpty());
            names.insert(wire);
            QCOMPARE(fieldTypeFromWire(wire), std::optional<FieldType>(type));
        }
        QCOMPARE(names.size(), 13);
        QCOMPARE(fieldTypeToWire(FieldType::LicencePlate), QStringLiteral("licence_plate"));
        QCOMPARE(fieldTypeToWire(FieldType::PostalAddress), QStringLiteral("postal_address"));
        QCOMPARE(fieldTypeToWire(FieldType::MultiChoice), QStringLiteral("multichoice"));
        QVERIFY(!fieldTypeFromWire(QStringLiteral("Text")));
        QVERIFY(!fieldTypeFromWire(QString()));
    }

    void parsesEveryFieldType()
    {
        const auto parsed = FormSchema::fromJson(json(kFullSchema));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.problem().detail));
        const FormSchema &schema = parsed.value();
        QCOMPARE(schema.version, 3);
        QCOMPARE(schema.steps.size(), 2);
        QCOMPARE(schema.steps.at(0).title.en, QStringLiteral("Person"));
        QCOMPARE(schema.steps.at(1).title.de, QStringLiteral("Kontakt"));
        QCOMPARE(schema.allFields().size(), 14);

        const FormField *name = schema.field(QStringLiteral("name"));
        QVERIFY(name);
        QCOMPARE(name->type, FieldType::Text);
        QCOMPARE(name->help.en, QStringLiteral("As in the ID card"));
        QVERIFY(name->required);
        QCOMPARE(name->minLength, std::optional<int>(2));
        QCOMPARE(name->maxLength, std::optional<int>(80));
        QCOMPARE(name->pattern, QStringLiteral("[^0-9]+"));

        QCOMPARE(schema.field(QStringLiteral("remarks"))->type, FieldType::Multiline);
        QVERIFY(!schema.field(QStringLiteral("remarks"))->required);
        QCOMPARE(schema.field(QStringLiteral("remarks"))->label.en, QStringLiteral("Bemerkungen"));

        const FormField *copies = schema.field(QStringLiteral("copies"));
        QCOMPARE(copies->type, FieldType::Number);
        QCOMPARE(copies->min, std::optional<double>(1));
        QCOMPARE(copies->max, std::optional<double>(10));
        QCOMPARE(schema.field(QStringLiteral("weight"))->min, std::optional<double>(0.5));
        QVERIFY(!schema.field(QStringLiteral("weight"))->max);

        const FormField *pickup = schema.field(QStringLiteral("pickup"));
        QCOMPARE(pickup->type, FieldType::Date);
        QCOMPARE(pickup->max, std::optional<double>(90));

        const FormField *volume = schema.field(QStringLiteral("volume"));
        QCOMPARE(volume->type, FieldType::Choice);
        QCOMPARE(volume->options.size(), 2);
        QCOMPARE(volume->options.at(1).value, QStringLiteral("large"));
        QCOMPARE(volume->options.at(1).label.en, QStringLiteral("Large"));

        const FormField *items = schema.field(QStringLiteral("items"));
        QCOMPARE(items->type, FieldType::MultiChoice);
        QCOMPARE(items->options.size(), 3);
        QVERIFY(items->visibleIf);
        QCOMPARE(items->visibleIf->field, QStringLiteral("volume"));
        QCOMPARE(items->visibleIf->equals, QJsonValue(QStringLiteral("large")));

        QCOMPARE(schema.field(QStringLiteral("consent"))->type, FieldType::Checkbox);
        QCOMPARE(schema.field(QStringLiteral("email"))->type, FieldType::Email);
        QCOMPARE(schema.field(QStringLiteral("phone"))->type, FieldType::Phone);
        QCOMPARE(schema.field(QStringLiteral("iban"))->type, FieldType::Iban);
        QCOMPARE(schema.field(QStringLiteral("iban"))->visibleIf->equals, QJsonValue(true));
        QCOMPARE(schema.field(QStringLiteral("plate"))->type, FieldType::LicencePlate);
        QCOMPARE(schema.field(QStringLiteral("address"))->type, FieldType::PostalAddress);

        const FormField *papers = schema.field(QStringLiteral("papers"));
        QCOMPARE(papers->type, FieldType::File);
        QCOMPARE(papers->accept,
                 QStringList({ QStringLiteral("application/pdf"), QStringLiteral("image/png"),
                               QStringLiteral("image/jpeg") }));
        QCOMPARE(papers->maxBytes, qint64(10485760));
        QCOMPARE(papers->maxLength, std::optional<int>(3));

        QVERIFY(!schema.field(QStringLiteral("nothing")));
        QCOMPARE(schema.allFields().first(), name);
        QCOMPARE(schema.allFields().last(), papers);
    }

    void roundTripIsLossless()
    {
        const auto parsed = FormSchema::fromJson(json(kFullSchema));
        QVERIFY(parsed);
        const QJsonObject once = parsed.value().toJson();
        const auto again = FormSchema::fromJson(once);
        QVERIFY2(again, qPrintable(again ? QString() : again.problem().detail));
        QCOMPARE(again.value(), parsed.value());
        QCOMPARE(again.value().toJson(), once);
        // Equality notices a difference.
        FormSchema changed = again.value();
        changed.steps[1].fields[5].maxBytes = 1;
        QVERIFY(!(changed == parsed.value()));
    }

    void roundTripOfBuiltSchema()
    {
        FormField field;
        field.id = QStringLiteral("when");
        field.type = FieldType::Date;
        field.label = { QStringLiteral("Wann"), QStringLiteral("When") };
        field.min = -30;
        field.max = 0;
        FormField flag;
        flag.id = QStringLiteral("flag");
        flag.type = FieldType::Checkbox;
        flag.visibleIf = VisibleIf { QStringLiteral("when"), QJsonValue(QJsonValue::Null) };
        FormSchema schema;
        schema.steps.append({ { QStringLiteral("Eins"), QStringLiteral("One") }, { field, flag } });
        const auto back = FormSchema::fromJson(schema.toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.problem().detail));
        QCOMPARE(back.value(), schema);
        QCOMPARE(back.value().version, 1);
    }

    void versionDefaultsToOne()
    {
        const auto parsed = FormSchema::fromJson(json(R"({"steps": []})"));
        QVERIFY(parsed);
        QCOMPARE(parsed.value().version, 1);
        QVERIFY(parsed.value().allFields().isEmpty());
    }

    void strictErrors_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QString>("mentions"); // the detail must name this

        const auto one = [](const char *field) {
            return QByteArray(R"({"steps": [{"title": "S", "fields": [)") + field + "]}]}";
        };
        QTest::newRow("unknown type") << one(R"({"id": "a", "type": "hologram"})") << "\"a\"";
        QTest::newRow("missing type") << one(R"({"id": "a"})") << "\"a\"";
        QTest::newRow("missing id") << one(R"({"type": "text"})") << "id";
        QTest::newRow("empty id") << one(R"({"id": " ", "type": "text"})") << "id";
        QTest::newRow("id not a string") << one(R"({"id": 5, "type": "text"})") << "id";
        QTest::newRow("duplicate id in a step")
            << one(R"({"id": "a", "type": "text"}, {"id": "a", "type": "number"})") << "\"a\"";
        QTest::newRow("duplicate id across steps")
            << QByteArray(R"({"steps": [{"fields": [{"id": "dup", "type": "text"}]},
                                        {"fields": [{"id": "dup", "type": "text"}]}]})")
            << "\"dup\"";
        QTest::newRow("choice without options")
            << one(R"({"id": "c", "type": "choice"})") << "\"c\"";
        QTest::newRow("multichoice with empty options")
            << one(R"({"id": "m", "type": "multichoice", "options": []})") << "\"m\"";
        QTest::newRow("options on text")
            << one(R"({"id": "t", "type": "text", "options": [{"value": "x", "label": "X"}]})")
            << "\"t\"";
        QTest::newRow("options on checkbox")
            << one(R"({"id": "k", "type": "checkbox", "options": []})") << "\"k\"";
        QTest::newRow("option without value")
            << one(R"({"id": "c", "type": "choice", "options": [{"label": "X"}]})") << "\"c\"";
        QTest::newRow("option not an object")
            << one(R"({"id": "c", "type": "choice", "options": ["x"]})") << "\"c\"";
        QTest::newRow("duplicate option")
            << one(R"({"id": "c", "type": "choice", "options": [{"value": "x"}, {"value": "x"}]})")
            << "\"x\"";
        QTest::newRow("visible_if unknown field")
            << one(R"({"id": "a", "type": "text", "visible_if": {"field": "ghost", "equals": 1}})")
            << "\"ghost\"";
        QTest::newRow("visible_if later field")
            << one(R"({"id": "a", "type": "text", "visible_if": {"field": "b", "equals": 1}},
                      {"id": "b", "type": "number"})")
            << "\"b\"";
        QTest::newRow("visible_if itself")
            << one(R"({"id": "a", "type": "text", "visible_if": {"field": "a", "equals": "x"}})")
            << "\"a\"";
        QTest::newRow("visible_if without equals")
            << one(R"({"id": "a", "type": "text"}, {"id": "b", "type": "text", "visible_if": {"field": "a"}})")
            << "\"b\"";
        QTest::newRow("visible_if not an object")
            << one(R"({"id": "a", "type": "text"}, {"id": "b", "type": "text", "visible_if": "a"})")
            << "\"b\"";
        QTest::newRow("bad pattern")
            << one(R"({"id": "p", "type": "text", "pattern": "*abc"})") << "\"p\"";
        QTest::newRow("pattern not a string")
            << one(R"({"id": "p", "type": "text", "pattern": 5})") << "\"p\"";
        QTest::newRow("pattern on number")
            << one(R"({"id": "n", "type": "number", "pattern": "[0-9]+"})") << "\"n\"";
        QTest::newRow("min on text") << one(R"({"id": "t", "type": "text", "min": 1})") << "\"t\"";
        QTest::newRow("min not a number")
            << one(R"({"id": "n", "type": "number", "min": "1"})") << "\"n\"";
        QTest::newRow("min above max")
            << one(R"({"id": "n", "type": "number", "min": 5, "max": 4})") << "\"n\"";
        QTest::newRow("date min fraction")
            << one(R"({"id": "d", "type": "date", "min": 1.5})") << "\"d\"";
        QTest::newRow("min_length negative")
            << one(R"({"id": "t", "type": "text", "min_length": -1})") << "\"t\"";
        QTest::newRow("max_length fraction")
            << one(R"({"id": "t", "type": "text", "max_length": 2.5})") << "\"t\"";
        QTest::newRow("min_length above max_length")
            << one(R"({"id": "t", "type": "text", "min_length": 5, "max_length": 4})") << "\"t\"";
        QTest::newRow("max_length on checkbox")
            << one(R"({"id": "k", "type": "checkbox", "max_length": 1})") << "\"k\"";
        QTest::newRow("accept on text")
            << one(R"({"id": "t", "type": "text", "accept": ["image/png"]})") << "\"t\"";
        QTest::newRow("accept not strings")
            << one(R"({"id": "f", "type": "file", "accept": [1]})") << "\"f\"";
        QTest::newRow("max_bytes negative")
            << one(R"({"id": "f", "type": "file", "max_bytes": -5})") << "\"f\"";
        QTest::newRow("max_bytes on text")
            << one(R"({"id": "t", "type": "text", "max_bytes": 5})") << "\"t\"";
        QTest::newRow("required not a bool")
            << one(R"({"id": "r", "type": "text", "required": "yes"})") << "\"r\"";
        QTest::newRow("label a number")
            << one(R"({"id": "l", "type": "text", "label": 5})") << "\"l\"";
        QTest::newRow("misspelt member")
            << one(R"({"id": "r", "type": "text", "requried": true})") << "requried";
        QTest::newRow("field not an object") << one(R"("text")") << "Step 1";
        QTest::newRow("steps missing") << QByteArray(R"({"version": 1})") << "steps";
        QTest::newRow("steps not an array") << QByteArray(R"({"steps": {}})") << "steps";
        QTest::newRow("step without fields")
            << QByteArray(R"({"steps": [{"title": "S"}]})") << "Step 1";
        QTest::newRow("step not an object") << QByteArray(R"({"steps": [1]})") << "Step 1";
        QTest::newRow("unknown step member")
            << QByteArray(R"({"steps": [{"fields": [], "titel": "S"}]})") << "titel";
        QTest::newRow("unknown schema member")
            << QByteArray(R"({"steps": [], "extra": 1})") << "extra";
        QTest::newRow("version zero") << QByteArray(R"({"version": 0, "steps": []})") << "version";
        QTest::newRow("version string")
            << QByteArray(R"({"version": "1", "steps": []})") << "version";
    }

    void strictErrors()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QString, mentions);
        const auto parsed = FormSchema::fromJson(json(schema));
        QVERIFY(!parsed);
        QCOMPARE(parsed.problem().status, 0);
        QCOMPARE(parsed.problem().slug(), QStringLiteral("invalid-schema"));
        QVERIFY2(parsed.problem().detail.contains(mentions), qPrintable(parsed.problem().detail));
    }

    void textLikeTypes()
    {
        QVERIFY(isTextLike(FieldType::Text));
        QVERIFY(isTextLike(FieldType::Iban));
        QVERIFY(!isTextLike(FieldType::Number));
        QVERIFY(!isTextLike(FieldType::PostalAddress));
    }
};

QTEST_GUILESS_MAIN(TestFormSchema)
#include "test_form_schema.moc"
