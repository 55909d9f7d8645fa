#pragma once

#include "common/forms/FormSchema.h"

#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace rathaus::client {

// A submitted application's data laid out by its form's steps, as text a
// caseworker reads: option labels instead of option values, dates in the
// locale, addresses on lines; file fields list their upload ids (the case
// view offers a preview for each). Values the form does not know (an older
// schema version) are kept in a last step instead of being dropped.
class CaseDataLayout
{
public:
    struct Row
    {
        QString fieldId;
        QString label;
        QString value; // may span several lines; empty: not given
        QStringList uploadIds; // file fields
    };
    struct Step
    {
        QString title;
        QList<Row> rows;
    };

    static QList<Step> layout(const FormSchema &schema, const QJsonObject &data,
                              const QString &language, const QLocale &locale = {});
    static QString valueText(const FormField &field, const QJsonValue &value,
                             const QString &language, const QLocale &locale = {});
    static QStringList uploadIds(const QJsonValue &value);
};

} // namespace rathaus::client
