#pragma once

#include "common/domain/Actor.h"

#include <QList>
#include <QString>

#include <optional>

namespace rathaus {

// A data transfer between offices and the citizen's consent to it (domain.md
// "Transfers and consents"):
//   requested -> approved -> delivered      (the citizen approves; the sending
//                                            office's data goes out)
//   requested -> declined | expired         (the citizen says no; nobody answered)
//   approved | delivered -> withdrawn       (the citizen takes consent back; a
//                                            delivered copy is marked for deletion)
enum class TransferStatus {
    Requested,
    Approved,
    Delivered,
    Declined,
    Expired,
    Withdrawn,
};

QString transferStatusToWire(TransferStatus status);
std::optional<TransferStatus> transferStatusFromWire(const QString &wire);
QList<TransferStatus> allTransferStatuses();

// Approve, decline and withdraw are the citizen's alone; delivery is done by
// the backend or by staff of the sending office; expiry only by the backend.
bool canTransition(TransferStatus from, TransferStatus to, Actor actor);
// Declined, expired and withdrawn.
bool isFinal(TransferStatus status);
// Approved or delivered: the consent currently allows the receiving office
// to hold the data.
bool isConsentInForce(TransferStatus status);

// For the citizen, translated at call time (context "TransferStatus").
QString statusLabel(TransferStatus status);
// The same states as the requesting office sees them: the citizen decides.
QString staffStatusLabel(TransferStatus status);

} // namespace rathaus
