#pragma once

#include "app/client/staff/StaffCase.h"
#include "common/domain/ApplicationStatus.h"
#include "common/wire/Session.h"

#include <QList>

#include <optional>

namespace rathaus::client {

// What a caseworker can do with a case in its current state. The status
// changes come from the one transition table (common/domain/ApplicationStatus,
// actor Staff); the rest (take, issue, refund) from the case and the role.
enum class CaseAction {
    Take, // assign to me
    StartReview, // submitted -> in_review
    AskCitizen, // in_review -> info_requested, with the question
    Suspend, // in_review -> suspended, with reason and date
    Resume, // suspended -> in_review
    Approve, // in_review -> approved
    Reject, // in_review -> rejected, with a reason
    IssueDocument, // approved -> completed by issuing the signed document
    Refund, // lead only: a settled payment
};

struct CaseActionSpec
{
    CaseAction action;
    std::optional<ApplicationStatus> to; // the status it moves to, if any
    bool needsText = false; // question (ask) or reason (suspend, reject)
    bool needsDate = false; // suspend: until when
};

class CaseActions
{
public:
    static CaseActionSpec spec(CaseAction action);
    // In the order the buttons appear.
    static QList<CaseAction> available(const StaffCase &staffCase, const UserInfo &user);
    // The transition an action stands for, if it is one.
    static std::optional<CaseAction> forTransition(ApplicationStatus from, ApplicationStatus to);
};

} // namespace rathaus::client
