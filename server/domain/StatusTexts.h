#pragma once

#include "common/domain/ApplicationStatus.h"

#include <QString>

namespace rathaus::server {

// The citizen's words for a status and what happens next, in German or
// English (the backend loads no translator; the catalogue's texts are
// {de, en} too). The English text is common's statusLabel()/nextStepHint(),
// untranslated; German is the default for any other language.
QString statusLabelIn(ApplicationStatus status, const QString &language);
QString nextStepIn(ApplicationStatus status, int processingDays, const QString &language);

} // namespace rathaus::server
