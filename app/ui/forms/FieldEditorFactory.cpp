#include "app/ui/forms/FieldEditorFactory.h"

#include "app/ui/forms/CheckboxFieldEditor.h"
#include "app/ui/forms/ChoiceFieldEditor.h"
#include "app/ui/forms/DateFieldEditor.h"
#include "app/ui/forms/FileFieldEditor.h"
#include "app/ui/forms/LineFieldEditor.h"
#include "app/ui/forms/MultiChoiceFieldEditor.h"
#include "app/ui/forms/MultilineFieldEditor.h"
#include "app/ui/forms/NumberFieldEditor.h"
#include "app/ui/forms/PostalAddressFieldEditor.h"

namespace rathaus::ui {

FieldEditor *FieldEditorFactory::create(const FormField &field, const QString &language,
                                        QWidget *parent, client::UploadQueue *uploads)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Email:
    case FieldType::Phone:
    case FieldType::Iban:
    case FieldType::LicencePlate:
        return new LineFieldEditor(field, language, parent);
    case FieldType::Multiline:
        return new MultilineFieldEditor(field, language, parent);
    case FieldType::Number:
        return new NumberFieldEditor(field, language, parent);
    case FieldType::Date:
        return new DateFieldEditor(field, language, parent);
    case FieldType::Choice:
        return new ChoiceFieldEditor(field, language, parent);
    case FieldType::MultiChoice:
        return new MultiChoiceFieldEditor(field, language, parent);
    case FieldType::Checkbox:
        return new CheckboxFieldEditor(field, language, parent);
    case FieldType::PostalAddress:
        return new PostalAddressFieldEditor(field, language, parent);
    case FieldType::File:
        return new FileFieldEditor(field, language, uploads, parent);
    }
    return new LineFieldEditor(field, language, parent);
}

} // namespace rathaus::ui
