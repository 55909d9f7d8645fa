#pragma once

#include <QDate>
#include <QLocale>
#include <QObject>
#include <QString>

class QDateEdit;
class QLineEdit;

namespace rathaus::ui {

// Makes a QDateEdit take a date typed on the keyboard. QDateEdit alone edits
// one section at a time and checks every keystroke against its range: typing
// "03.06.2026" moved on after "03" by itself and then again at the ".",
// landing in the year, and a month that was briefly out of range was
// refused, so only the day took. Here the typed characters are collected
// (digits and . / - as separators) and fill the sections from the one the
// cursor is in: a whole date from the day on ("03.06.2026" or "03062026"),
// or a single section ("07" in the month). The date is set once the year is
// complete, or on Return, Tab or leaving the field; Escape and Backspace on
// nothing typed give the previous date back. The calendar pop-up, the arrow
// keys and mouse wheel stay as they were.
class DateTyping : public QObject
{
    // No Q_OBJECT: no signals or slots, only an event filter.
public:
    // Attaches to `edit` (and lives as long as it does).
    static DateTyping *attach(QDateEdit *edit);
    // The locale's short date with the year in four digits ("dd.MM.yyyy"):
    // two would be ambiguous, and typing four into them goes wrong.
    static QString fullYearFormat(const QLocale &locale);

    // The date sections not typed come from, while the edit shows its
    // special value (a date field nobody filled yet).
    void setFallbackDate(QDate date) { m_fallback = date; }

    bool isTyping() const { return m_typing; }
    // Sets what was typed so far (if it makes a date) and ends typing.
    void commit();

    // What `typed` means from section `first` on (sections in display
    // order: 'd', 'M', 'y'), with `base` for the sections not typed; an
    // invalid date when it makes none. `complete`: the last section is full.
    static QDate interpret(const QString &typed, const QString &order, int first, QDate base,
                           bool *complete = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit DateTyping(QDateEdit *edit);
    bool handleKey(int key, const QString &text);
    void start();
    void cancel();
    void show();
    QDate baseDate() const;
    QString order() const;

    QDateEdit *m_edit;
    QLineEdit *m_line;
    QDate m_fallback;
    bool m_typing = false;
    int m_firstSection = 0;
    QString m_prefix; // the sections before the first typed one, as shown
    QString m_typed;
};

} // namespace rathaus::ui
