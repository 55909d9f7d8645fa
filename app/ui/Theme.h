#pragma once

class QApplication;

namespace rathaus::ui {

// The look: a light theme in the city's colours, readable type sizes.
class Theme
{
public:
    static void applyLight(QApplication &application);
    // On top of applyLight: larger type and touch targets (at least 44 px).
    static void applyKiosk(QApplication &application);
};

} // namespace rathaus::ui
