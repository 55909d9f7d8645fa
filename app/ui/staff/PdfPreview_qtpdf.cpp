#include "app/ui/staff/PdfPreview.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfDocument>
#include <QPdfView>

namespace rathaus::ui {

QWidget *createPdfPreview(const QByteArray &pdf, QWidget *parent)
{
    auto *view = new QPdfView(parent);
    // The document reads from the buffer for as long as it is shown: both
    // belong to the view.
    auto *buffer = new QBuffer(view);
    buffer->setData(pdf);
    buffer->open(QIODevice::ReadOnly);
    auto *document = new QPdfDocument(view);
    document->load(buffer);
    if (document->status() == QPdfDocument::Status::Error) {
        delete view;
        return nullptr;
    }
    view->setDocument(document);
    view->setPageMode(QPdfView::PageMode::MultiPage);
    view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    view->setAccessibleName(QCoreApplication::translate("AttachmentViewer", "Document preview"));
    return view;
}

} // namespace rathaus::ui
