#include "app/ui/ProblemText.h"

#include <QCoreApplication>

namespace rathaus::ui {

QString ProblemText::forUser(const Problem &problem)
{
    QString title = problem.title;
    if (title.isEmpty())
        title = QCoreApplication::translate("ProblemText", "Something went wrong.");
    if (problem.detail.isEmpty())
        return title;
    return title + QLatin1Char(' ') + problem.detail;
}

} // namespace rathaus::ui
