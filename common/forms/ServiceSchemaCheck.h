#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace rathaus {

// One mistake in a service document, with the place it was found:
// "form.steps[1].fields[2].type", "fee.per_unit[0].field", "title.en".
struct SchemaIssue
{
    QString path;
    QString message; // translated (context "ServiceSchemaCheck")

    friend bool operator==(const SchemaIssue &, const SchemaIssue &) = default;
};

// Checks a whole editable service document (the wire format of
// GET /services/{id}: texts, fee rule, form schema) before it is saved. The
// administrator's client runs it for instant feedback, the backend as the
// final word; both answer with every mistake at once and where it is, which
// FormSchema::fromJson (first problem only, no place) cannot.
//
// What it enforces beyond the wire format: German and English titles,
// summaries and descriptions, a legal basis; field ids unique across the
// form and usable as JSON keys; the members each field type allows;
// visible_if naming an earlier field; fee rules naming a number field (per
// unit) or a choice field and its options (per option). Whether office_id
// names an existing office is the backend's check: the client may not know.
class ServiceSchemaCheck
{
public:
    static QList<SchemaIssue> check(const QJsonObject &service);

    // {path: message}, the `errors` member of a 422 problem.
    static QMap<QString, QString> toErrorMap(const QList<SchemaIssue> &issues);
};

} // namespace rathaus
