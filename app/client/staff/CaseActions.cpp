#include "app/client/staff/CaseActions.h"

namespace rathaus::client {

using S = ApplicationStatus;

CaseActionSpec CaseActions::spec(CaseAction action)
{
    switch (action) {
    case CaseAction::Take:
        return { action, std::nullopt, false, false };
    case CaseAction::StartReview:
        return { action, S::InReview, false, false };
    case CaseAction::AskCitizen:
        return { action, S::InfoRequested, true, false };
    case CaseAction::Suspend:
        return { action, S::Suspended, true, true };
    case CaseAction::Resume:
        return { action, S::InReview, false, false };
    case CaseAction::Approve:
        return { action, S::Approved, false, false };
    case CaseAction::Reject:
        return { action, S::Rejected, true, false };
    case CaseAction::IssueDocument:
        return { action, S::Completed, false, false };
    case CaseAction::Refund:
        return { action, std::nullopt, false, false };
    }
    return { action, std::nullopt, false, false };
}

std::optional<CaseAction> CaseActions::forTransition(ApplicationStatus from, ApplicationStatus to)
{
    if (!canTransition(from, to, Actor::Staff))
        return std::nullopt;
    switch (to) {
    case S::InReview:
        return from == S::Suspended ? CaseAction::Resume : CaseAction::StartReview;
    case S::InfoRequested:
        return CaseAction::AskCitizen;
    case S::Suspended:
        return CaseAction::Suspend;
    case S::Approved:
        return CaseAction::Approve;
    case S::Rejected:
        return CaseAction::Reject;
    case S::Completed:
        return CaseAction::IssueDocument;
    default:
        return std::nullopt;
    }
}

QList<CaseAction> CaseActions::available(const StaffCase &staffCase, const UserInfo &user)
{
    QList<CaseAction> actions;
    if (!user.isStaff() || user.role == Role::Admin)
        return actions;
    const S status = staffCase.status();
    if (!isFinal(status) && staffCase.detail.assignee != user.id)
        actions.append(CaseAction::Take);
    for (const S to : nextStatuses(status, Actor::Staff)) {
        if (auto action = forTransition(status, to))
            actions.append(*action);
    }
    const auto &payment = staffCase.detail.payment;
    if (user.role == Role::Lead && payment &&
        (payment->status == PaymentStatus::Succeeded ||
         payment->status == PaymentStatus::PartiallyRefunded) &&
        payment->amountCents > payment->refundedCents)
        actions.append(CaseAction::Refund);
    return actions;
}

} // namespace rathaus::client
