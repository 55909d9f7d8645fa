#include "app/ui/Theme.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace rathaus::ui {

void Theme::applyLight(QApplication &application)
{
    // Fusion renders the stylesheet the same on every platform.
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
        application.setStyle(fusion);
        // A light palette whatever the desktop's: the stylesheet colours the
        // surfaces, and text drawn from a dark palette would vanish on them.
        application.setPalette(fusion->standardPalette());
    }

    QFont font = application.font();
    if (font.pointSizeF() < 10.5)
        font.setPointSizeF(10.5); // readable for everyone, not only the young
    application.setFont(font);

    QFile styleSheet(QStringLiteral(":/themes/light.qss"));
    if (styleSheet.open(QIODevice::ReadOnly))
        application.setStyleSheet(QString::fromUtf8(styleSheet.readAll()));
    application.setWindowIcon(QIcon(QStringLiteral(":/icons/rathaus.svg")));
}

void Theme::applyKiosk(QApplication &application)
{
    QFont font = application.font();
    if (font.pointSizeF() < 14)
        font.setPointSizeF(14); // read standing, an arm's length from the screen
    application.setFont(font);
    QFile styleSheet(QStringLiteral(":/themes/kiosk.qss"));
    if (styleSheet.open(QIODevice::ReadOnly))
        application.setStyleSheet(application.styleSheet() + QLatin1Char('\n') +
                                  QString::fromUtf8(styleSheet.readAll()));
}

} // namespace rathaus::ui
