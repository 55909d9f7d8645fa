#pragma once

class QApplication;

namespace rathaus::ui {

// The look: a light theme in the city's colours, readable type sizes.
class Theme
{
public:
    static void applyLight(QApplication &application);
};

} // namespace rathaus::ui
