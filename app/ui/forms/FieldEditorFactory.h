#pragma once

#include "common/forms/FormSchema.h"

class QString;
class QWidget;

namespace rathaus::client {
class UploadQueue;
}

namespace rathaus::ui {

class FieldEditor;

// Makes the editor for a field's type: every type of the form schema has one.
class FieldEditorFactory
{
public:
    // `language` picks the labels' language ("de", "en"); owned by `parent`.
    // File fields send their files through `uploads`.
    static FieldEditor *create(const FormField &field, const QString &language,
                               QWidget *parent = nullptr,
                               client::UploadQueue *uploads = nullptr);
};

} // namespace rathaus::ui
