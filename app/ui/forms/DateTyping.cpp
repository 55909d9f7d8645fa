#include "app/ui/forms/DateTyping.h"

#include <QDateEdit>
#include <QKeyEvent>
#include <QLineEdit>

namespace rathaus::ui {

namespace {

bool isSeparator(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('/') || c == QLatin1Char('-');
}

int widthOf(QChar section)
{
    return section == QLatin1Char('y') ? 4 : 2;
}

// A two-digit year: the one within 80 years back and 19 ahead.
int fullYear(int twoDigits)
{
    const int now = QDate::currentDate().year();
    int year = now - now % 100 + twoDigits;
    if (year > now + 19)
        year -= 100;
    return year;
}

// A separator typed right after a full section belongs to it ("03." then
// "06"), so "03.06.2026" and "03062026" mean the same: the split above
// counts a separator after a full part as a new, empty part. Drop those.
QString normalised(const QString &typed, const QString &order, int first)
{
    QString out;
    int section = first;
    int run = 0;
    bool justFilled = false;
    for (const QChar c : typed) {
        if (isSeparator(c)) {
            if (justFilled) {
                justFilled = false;
                continue;
            }
            out.append(c);
            ++section;
            run = 0;
            continue;
        }
        out.append(c);
        ++run;
        justFilled = false;
        if (section < order.size() && run == widthOf(order.at(section))) {
            ++section;
            run = 0;
            justFilled = true;
        }
    }
    return out;
}

} // namespace

DateTyping::DateTyping(QDateEdit *edit)
    : QObject(edit), m_edit(edit), m_line(edit->findChild<QLineEdit *>())
{
    edit->installEventFilter(this);
}

DateTyping *DateTyping::attach(QDateEdit *edit)
{
    return new DateTyping(edit);
}

QString DateTyping::fullYearFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString DateTyping::order() const
{
    QString sections;
    for (int i = 0; i < m_edit->sectionCount(); ++i) {
        switch (m_edit->sectionAt(i)) {
        case QDateTimeEdit::DaySection:
            sections.append(QLatin1Char('d'));
            break;
        case QDateTimeEdit::MonthSection:
            sections.append(QLatin1Char('M'));
            break;
        case QDateTimeEdit::YearSection:
            sections.append(QLatin1Char('y'));
            break;
        default:
            break;
        }
    }
    return sections;
}

QDate DateTyping::interpret(const QString &typed, const QString &order, int first, QDate base,
                            bool *complete)
{
    if (complete)
        *complete = false;
    // Split at separators, then cut runs of digits longer than their
    // section ("03062026" is day, month, year).
    QStringList parts;
    int section = first;
    QString current;
    for (const QChar c : typed) {
        if (isSeparator(c)) {
            if (section >= order.size())
                return {};
            parts.append(current);
            current.clear();
            ++section;
            continue;
        }
        if (!c.isDigit() || section >= order.size())
            return {};
        current.append(c);
        if (current.size() == widthOf(order.at(section))) {
            parts.append(current);
            current.clear();
            ++section;
        }
    }
    if (!current.isEmpty())
        parts.append(current);

    int day = base.day();
    int month = base.month();
    int year = base.year();
    for (int i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part.isEmpty())
            continue; // only a separator: that section stays
        const int value = part.toInt();
        switch (order.at(first + i).toLatin1()) {
        case 'd':
            day = value;
            break;
        case 'M':
            month = value;
            break;
        case 'y':
            year = part.size() <= 2 ? fullYear(value) : value;
            if (part.size() == 3)
                return {}; // an unfinished year is no date
            break;
        }
    }
    if (complete) {
        const int lastSection = first + int(parts.size()) - 1;
        *complete = lastSection == order.size() - 1 &&
            parts.last().size() == widthOf(order.at(lastSection));
    }
    return QDate(year, month, day);
}

QDate DateTyping::baseDate() const
{
    const bool special =
        !m_edit->specialValueText().isEmpty() && m_edit->date() == m_edit->minimumDate();
    if (special && m_fallback.isValid())
        return m_fallback;
    return m_edit->date();
}

void DateTyping::start()
{
    m_typing = true;
    m_typed.clear();
    const bool special =
        !m_edit->specialValueText().isEmpty() && m_edit->date() == m_edit->minimumDate();
    const bool allSelected = m_line && m_line->hasSelectedText() &&
        m_line->selectedText().size() == m_line->text().size();
    m_firstSection = (special || allSelected) ? 0 : m_edit->currentSectionIndex();
    m_firstSection = qBound(0, m_firstSection, qMax(0, m_edit->sectionCount() - 1));
    // What stays shown in front of the typed text: the earlier sections.
    m_prefix.clear();
    if (m_firstSection > 0) {
        const QString shown = m_edit->locale().toString(baseDate(), m_edit->displayFormat());
        // Sections are separated by one character in the formats used here.
        int separators = 0;
        for (int i = 0; i < shown.size(); ++i) {
            if (!shown.at(i).isDigit() && ++separators == m_firstSection) {
                m_prefix = shown.left(i + 1);
                break;
            }
        }
    }
}

void DateTyping::show()
{
    if (!m_line)
        return;
    const QSignalBlocker blocker(m_line);
    m_line->setText(m_prefix + m_typed);
    m_line->setCursorPosition(int(m_line->text().size()));
}

void DateTyping::cancel()
{
    m_typing = false;
    m_typed.clear();
    // Shows the date again in the display format.
    const QDate date = m_edit->date();
    const QSignalBlocker blocker(m_edit);
    m_edit->setDate(date.addDays(1) <= m_edit->maximumDate() ? date.addDays(1) : date.addDays(-1));
    m_edit->setDate(date);
}

void DateTyping::commit()
{
    if (!m_typing)
        return;
    const QString typed = normalised(m_typed, order(), m_firstSection);
    const QDate date = interpret(typed, order(), m_firstSection, baseDate());
    if (date.isValid() && !m_typed.isEmpty()) {
        m_typing = false;
        m_typed.clear();
        // Out of range: QDateEdit keeps it in range, visibly.
        if (date == m_edit->date())
            cancel();
        else
            m_edit->setDate(date);
        return;
    }
    cancel(); // not a date: the previous one stays
}

bool DateTyping::handleKey(int key, const QString &text)
{
    const QChar c = text.isEmpty() ? QChar() : text.at(0);
    const bool typable = c.isDigit() || (isSeparator(c) && m_typing);
    if (typable) {
        if (!m_typing)
            start();
        m_typed.append(c);
        show();
        bool complete = false;
        interpret(normalised(m_typed, order(), m_firstSection), order(), m_firstSection, baseDate(),
                  &complete);
        if (complete)
            commit();
        return true;
    }
    if (!m_typing)
        return false;
    switch (key) {
    case Qt::Key_Backspace:
        m_typed.chop(1);
        if (m_typed.isEmpty())
            cancel();
        else
            show();
        return true;
    case Qt::Key_Escape:
        cancel();
        return true;
    default:
        // Return, Tab, arrows and the rest act on the typed date.
        commit();
        return false;
    }
}

bool DateTyping::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit)
        return false;
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
            commit();
            return false;
        }
        return handleKey(key->key(), key->text());
    }
    case QEvent::ShortcutOverride: {
        // Digits and separators are ours while typing, not a shortcut's.
        auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        if (m_typing && !text.isEmpty() &&
            (text.at(0).isDigit() || isSeparator(text.at(0)) || key->key() == Qt::Key_Escape ||
             key->key() == Qt::Key_Backspace)) {
            event->accept();
            return true;
        }
        return false;
    }
    case QEvent::FocusOut:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::Hide:
        commit();
        return false;
    default:
        return false;
    }
}

} // namespace rathaus::ui
