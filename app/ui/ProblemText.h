#pragma once

#include "common/core/Problem.h"

#include <QString>

namespace rathaus::ui {

// A Problem as the sentence a citizen reads: what happened, what to do.
class ProblemText
{
public:
    static QString forUser(const Problem &problem);
};

} // namespace rathaus::ui
