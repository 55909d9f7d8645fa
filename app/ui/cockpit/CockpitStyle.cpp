#include "app/ui/cockpit/CockpitStyle.h"

#include <QFrame>
#include <QLabel>
#include <QStyle>

namespace rathaus::ui {

void CockpitStyle::repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

void CockpitStyle::setBanner(QLabel *label, ChainBanner::Tone tone)
{
    const char *value = tone == ChainBanner::Tone::Ok ? "ok"
        : tone == ChainBanner::Tone::Warning          ? "warning"
                                                      : "info";
    if (label->property("banner").toString() == QLatin1String(value))
        return;
    label->setProperty("banner", QString::fromLatin1(value));
    repolish(label);
}

QFrame *CockpitStyle::card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setProperty("card", true);
    frame->setFrameShape(QFrame::StyledPanel);
    return frame;
}

} // namespace rathaus::ui
