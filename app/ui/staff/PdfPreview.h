#pragma once

#include <QByteArray>

class QWidget;

namespace rathaus::ui {

// A widget that shows a PDF, or null when this build has no PDF viewer
// (Qt PDF is optional: PdfPreview_qtpdf.cpp or PdfPreview_none.cpp, chosen
// by CMake). The caller then offers the system's viewer instead.
QWidget *createPdfPreview(const QByteArray &pdf, QWidget *parent);

} // namespace rathaus::ui
