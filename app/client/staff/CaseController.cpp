#include "app/client/staff/CaseController.h"

#include "common/wire/Session.h"

#include <QCoreApplication>

namespace rathaus::client {

CaseController::CaseController(StaffApi *api, QObject *parent) : QObject(parent), m_api(api) { }

void CaseController::open(const QString &caseId)
{
    ++m_generation;
    m_caseId = caseId;
    m_case.reset();
    m_transfers.reset();
    setBusy(false);
    fetch(false);
}

void CaseController::reload()
{
    if (!m_caseId.isEmpty())
        fetch(false);
}

void CaseController::close()
{
    ++m_generation;
    m_caseId.clear();
    m_case.reset();
    m_service.reset();
    m_transfers.reset();
    setBusy(false);
}

void CaseController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

QString CaseController::roleText(const QString &wireRole)
{
    switch (roleFromWire(wireRole).value_or(Role::Citizen)) {
    case Role::Caseworker:
        return QCoreApplication::translate("CaseController", "caseworker");
    case Role::Lead:
        return QCoreApplication::translate("CaseController", "head of office");
    case Role::Admin:
        return QCoreApplication::translate("CaseController", "administration");
    case Role::Citizen:
        break;
    }
    return {};
}

QString CaseController::lastChangeBy(const StaffCase &staffCase)
{
    const auto &history = staffCase.detail.history;
    if (history.isEmpty())
        return QCoreApplication::translate("CaseController", "a colleague");
    const ApplicationHistoryEntry &last = history.last();
    switch (last.actor) {
    case Actor::Citizen:
        return staffCase.citizenName.isEmpty()
            ? QCoreApplication::translate("CaseController", "the citizen")
            : staffCase.citizenName;
    case Actor::Staff: {
        // The backend names the account (staff answers only); older entries
        // and older backends do not: then the office's word for it.
        const QString role = roleText(last.staffRole);
        if (!last.staffName.isEmpty())
            return role.isEmpty() ? last.staffName
                                  : QCoreApplication::translate("CaseController", "%1 (%2)")
                                        .arg(last.staffName, role);
        if (!role.isEmpty())
            return role;
        return QCoreApplication::translate("CaseController", "a colleague");
    }
    case Actor::Payment:
        return QCoreApplication::translate("CaseController", "the payment provider");
    case Actor::System:
        break;
    }
    return QCoreApplication::translate("CaseController", "the system");
}

void CaseController::fetch(bool afterConflict)
{
    const quint64 generation = m_generation;
    m_api->fetchCase(
        m_caseId, this, [this, generation, afterConflict](const Result<StaffCase> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                setBusy(false);
                emit loadFailed(result.problem());
                return;
            }
            m_case = result.value();
            const auto finish = [this, afterConflict] {
                setBusy(false);
                if (afterConflict) {
                    const auto &history = m_case->detail.history;
                    emit conflict(lastChangeBy(*m_case),
                                  history.isEmpty() ? QDateTime() : history.last().at);
                }
                emit loaded();
            };
            // The data is laid out by the form it was filed on,
            // not the catalogue's current one (an admin may have
            // renamed or removed fields since); forms change rarely.
            const QString serviceId = m_case->detail.summary.serviceId;
            const int schemaVersion = m_case->detail.schemaVersion;
            if (m_service && m_service->summary.id == serviceId &&
                m_serviceSchemaVersion == schemaVersion)
                return finish();
            m_api->fetchService(
                serviceId, this,
                [this, generation, finish, schemaVersion](const Result<ServiceDetail> &service) {
                    if (generation != m_generation)
                        return;
                    if (service.ok()) {
                        m_service = service.value();
                        m_serviceSchemaVersion = schemaVersion;
                    } else {
                        m_service.reset(); // the data is shown unstructured
                    }
                    finish();
                },
                schemaVersion);
        });
}

StaffApi::Callback<QJsonObject> CaseController::writeCallback()
{
    const quint64 generation = m_generation;
    return [this, generation](const Result<QJsonObject> &result) {
        if (generation != m_generation)
            return;
        afterWrite(result.ok() ? nullptr : &result.problem());
    };
}

void CaseController::afterWrite(const Problem *problem)
{
    if (!problem) {
        emit actionSucceeded();
        fetch(false);
        return;
    }
    if (StaffApi::isEditConflict(*problem)) {
        fetch(true);
        return;
    }
    setBusy(false);
    emit actionFailed(*problem);
    // A refused transition (409 invalid-transition) means the view is stale too.
    if (problem->status == 409)
        fetch(false);
}

void CaseController::take()
{
    if (!m_case || m_busy)
        return;
    setBusy(true);
    m_api->assign(m_caseId, QStringLiteral("me"), this, writeCallback());
}

void CaseController::transition(const TransitionRequest &request)
{
    if (!m_case || m_busy)
        return;
    setBusy(true);
    m_api->transition(m_caseId, m_case->version(), request, this, writeCallback());
}

void CaseController::issueDocument()
{
    if (!m_case || m_busy)
        return;
    setBusy(true);
    m_api->issueDocument(m_caseId, m_case->version(), this, writeCallback());
}

void CaseController::addNote(const QString &text)
{
    if (!m_case || m_busy || text.trimmed().isEmpty())
        return;
    setBusy(true);
    m_api->addNote(m_caseId, text, this, writeCallback());
}

void CaseController::sendMessage(const QString &text, const QByteArray &idempotencyKey)
{
    if (!m_case || m_busy || text.trimmed().isEmpty())
        return;
    setBusy(true);
    m_api->sendMessage(m_caseId, text, idempotencyKey, this, writeCallback());
}

void CaseController::refund(qint64 amountCents, const QByteArray &idempotencyKey)
{
    if (!m_case || !m_case->detail.payment || m_busy)
        return;
    setBusy(true);
    m_api->refund(m_case->detail.payment->id, amountCents, idempotencyKey, this, writeCallback());
}

void CaseController::requestTransfer(const TransferRequest &request,
                                     const QByteArray &idempotencyKey)
{
    if (!m_case || m_busy)
        return;
    setBusy(true);
    const quint64 generation = m_generation;
    m_api->requestTransfer(request, idempotencyKey, this,
                           [this, generation](const Result<Transfer> &result) {
                               if (generation != m_generation)
                                   return;
                               setBusy(false);
                               if (!result.ok()) {
                                   emit actionFailed(result.problem());
                                   return;
                               }
                               emit actionSucceeded();
                               loadTransfers();
                           });
}

void CaseController::loadTransfers()
{
    if (!m_case)
        return;
    const quint64 generation = m_generation;
    m_api->listTransfers(m_caseId, this, [this, generation](const Result<QList<Transfer>> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            emit transfersFailed(result.problem());
            return;
        }
        QList<Transfer> mine;
        for (const Transfer &transfer : result.value()) {
            if (transfer.applicationId == m_caseId)
                mine.append(transfer);
        }
        m_transfers = mine;
        emit transfersLoaded();
    });
}

} // namespace rathaus::client
