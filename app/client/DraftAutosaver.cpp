#include "app/client/DraftAutosaver.h"

#include "app/client/DraftStore.h"
#include "app/client/FormState.h"
#include "app/client/LoggingCategories.h"

namespace rathaus::client {

DraftAutosaver::DraftAutosaver(DraftStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::milliseconds(1000));
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosaver::save);
}

DraftAutosaver::~DraftAutosaver()
{
    flush();
}

void DraftAutosaver::attach(FormState *state, const Draft &draft)
{
    detach();
    m_state = state;
    m_draft = draft;
    connect(state, &FormState::changed, this, &DraftAutosaver::markDirty);
}

void DraftAutosaver::detach()
{
    flush();
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = nullptr;
    m_draft = {};
    m_dirty = false;
    m_failing = false;
    m_timer.stop();
}

void DraftAutosaver::setPosition(int step, int stepCount)
{
    const int progress = stepCount > 0 ? qBound(0, step * 100 / stepCount, 100) : 0;
    if (step == m_draft.step && progress == m_draft.progress)
        return;
    m_draft.step = step;
    m_draft.progress = progress;
    markDirty();
}

void DraftAutosaver::flush()
{
    if (m_dirty)
        save();
}

Draft DraftAutosaver::currentDraft()
{
    flush();
    if (m_state) {
        m_draft.data = m_state->data();
        m_draft.fieldErrors = m_state->serverErrors();
    }
    return m_draft;
}

void DraftAutosaver::markDirty()
{
    m_dirty = true;
    // Not restarted on every key: the first unsaved edit sets the deadline.
    if (!m_timer.isActive())
        m_timer.start();
}

void DraftAutosaver::save()
{
    m_timer.stop();
    if (!m_state || m_draft.id.isEmpty()) {
        m_dirty = false;
        return;
    }
    m_draft.data = m_state->data();
    m_draft.fieldErrors = m_state->serverErrors();
    if (auto problem = m_store->save(m_draft)) {
        // Stays dirty and tries again (the account's key may still be on
        // its way from the keychain); told once per run of failures.
        if (!m_failing) {
            qCWarning(lcDrafts) << "autosave failed:" << problem->slug();
            emit saveFailed(*problem);
        }
        m_failing = true;
        m_timer.start();
        return;
    }
    m_failing = false;
    m_dirty = false;
    emit saved();
}

} // namespace rathaus::client
