#pragma once

#include "app/client/Draft.h"
#include "common/core/Problem.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace rathaus::client {

class DraftStore;
class FormState;

// Keeps the draft of the form being filled in saved: after an edit the
// draft is written within `delay` (1 s by default; a burst of typing does not
// push the save further out), and at once on flush() (leaving the form,
// submitting, signing out).
class DraftAutosaver : public QObject
{
    Q_OBJECT
public:
    explicit DraftAutosaver(DraftStore *store, QObject *parent = nullptr);
    ~DraftAutosaver() override;

    void setDelay(std::chrono::milliseconds delay) { m_timer.setInterval(delay); }

    // Follows `state` from now on; `draft` is the stored draft it belongs to.
    void attach(FormState *state, const Draft &draft);
    // Saves what is pending and stops following.
    void detach();
    bool isAttached() const { return m_state != nullptr; }

    // Where the citizen is in the form (saved with the next write).
    void setPosition(int step, int stepCount);
    // Writes now when something is unsaved.
    void flush();
    bool hasUnsavedChanges() const { return m_dirty; }

    const Draft &draft() const { return m_draft; }
    // The values as they are now (for submitting), saved first.
    Draft currentDraft();

signals:
    void saved();
    void saveFailed(const rathaus::Problem &problem);

private:
    void markDirty();
    void save();

    DraftStore *m_store;
    QPointer<FormState> m_state;
    Draft m_draft;
    QTimer m_timer;
    bool m_dirty = false;
    bool m_failing = false;
};

} // namespace rathaus::client
