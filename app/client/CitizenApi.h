#pragma once

#include "common/core/Result.h"
#include "common/wire/Document.h"
#include "common/wire/Receipt.h"

#include <QObject>
#include <QString>

#include <functional>

namespace rathaus::client {

class Session;

// The citizen's smaller calls, as typed results: a payment's receipt, an
// issued document, an improvement suggestion.
class CitizenApi
{
public:
    explicit CitizenApi(Session *session) : m_session(session) { }

    // GET /payments/{id}/receipt
    void fetchReceipt(const QString &paymentId, QObject *context,
                      std::function<void(const Result<Receipt> &)> callback);
    // GET /documents/{id}
    void fetchDocument(const QString &documentId, QObject *context,
                       std::function<void(const Result<Document> &)> callback);
    // POST /feedback {service_id?, text}; `done` gets a null Problem on success.
    void sendFeedback(const QString &serviceId, const QString &text, QObject *context,
                      std::function<void(const Problem &)> done);

private:
    Session *m_session;
};

} // namespace rathaus::client
