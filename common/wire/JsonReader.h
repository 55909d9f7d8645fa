#pragma once

#include "common/core/LocalizedText.h"
#include "common/core/Problem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rathaus::wire {

// Reads members of one answer object, remembering the first that is missing
// or of the wrong type, so a fromJson reads straight through and checks once.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, const char *what) : m_object(object), m_what(what) { }

    QString string(const char *key);
    QString optionalString(const char *key, const QString &fallback = {});
    LocalizedText text(const char *key);
    LocalizedText optionalText(const char *key);
    qint64 integer(const char *key);
    qint64 optionalInteger(const char *key, qint64 fallback = 0);
    QJsonObject object(const char *key);
    QJsonArray array(const char *key);
    QJsonArray optionalArray(const char *key);
    // Marks the answer malformed for a reason the reader cannot see itself.
    void fail(const QString &detail);

    bool ok() const { return !m_problem; }
    Problem problem() const { return m_problem.value_or(Problem {}); }

private:
    QJsonValue member(const char *key, bool required);
    void wrong(const char *key);

    const QJsonObject &m_object;
    const char *m_what;
    std::optional<Problem> m_problem;
};

// `null` counts as absent: some encoders write "office_id": null.
bool isAbsent(const QJsonValue &value);

Problem malformed(const QString &detail);

} // namespace rathaus::wire
