#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QVBoxLayout;

namespace rathaus::ui {

// The last page of an application: every visible answer, step by step, with
// an "Edit" link back to its step, and the fee. Only shows; the form page
// fills it.
class ApplicationReview : public QWidget
{
    Q_OBJECT
public:
    struct Row
    {
        QString fieldId;
        QString label;
        QString value; // may span several lines
    };
    struct Step
    {
        QString title;
        QList<Row> rows;
    };

    explicit ApplicationReview(QWidget *parent = nullptr);

    // Read-only: the answers of a filed application, without the "Edit"
    // links, the introduction and the fee.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    void setContent(const QList<Step> &steps, const QString &fee);

signals:
    void editRequested(int step);

private:
    void clear();

    QVBoxLayout *m_layout;
    bool m_readOnly = false;
};

} // namespace rathaus::ui
