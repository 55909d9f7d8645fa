#pragma once

#include "app/ui/cockpit/ChainBanner.h"

class QFrame;
class QLabel;
class QWidget;

namespace rathaus::ui {

// Theme hooks of the cockpit (resources/themes: [banner="ok"], [card="true"]).
class CockpitStyle
{
public:
    static void setBanner(QLabel *label, ChainBanner::Tone tone);
    static QFrame *card(QWidget *parent);
    // Re-applies the style sheet after a dynamic property changed.
    static void repolish(QWidget *widget);
};

} // namespace rathaus::ui
