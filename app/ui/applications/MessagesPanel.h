#pragma once

#include "common/wire/Application.h"
#include "common/wire/Message.h"

#include <QFrame>
#include <QList>

class QLabel;
class QListWidget;
class QVBoxLayout;
class QPlainTextEdit;
class QPushButton;

namespace rathaus::client {
class Session;
class UploadQueue;
} // namespace rathaus::client

namespace rathaus::ui {

class FileFieldEditor;

// The thread between the citizen and the office about one application: the
// messages oldest first (the office's on the left with its name, the
// citizen's on the right), and a box to answer. While the office waits for
// an answer (info_requested) its latest message is marked as the question.
// A failed send keeps the text; sending again uses the same Idempotency-Key
// until the text changes, so a lost answer never posts twice.
//
// A file (PDF, PNG, JPEG) goes with a message or an answer: it is checked and
// uploaded as soon as it is chosen (the form's file editor and upload
// queue), and sent as the message's upload id. Files in the thread, the
// citizen's and the office's, are listed below it, each with "Save…".
class MessagesPanel : public QFrame
{
    Q_OBJECT
public:
    explicit MessagesPanel(client::Session *session, QWidget *parent = nullptr);

    // Where chosen files are sent (without one, no file can be attached).
    void setUploadQueue(client::UploadQueue *uploads);
    void setApplication(const rathaus::ApplicationDetail &detail);
    // Fetches the thread again (a new message arrived).
    void reload();
    void clear();

    QString applicationId() const { return m_applicationId; }
    const QList<Message> &messages() const { return m_messages; }
    // The file to go with the next message; null without an upload queue.
    FileFieldEditor *attachmentEditor() const { return m_attachment; }
    // Fetches a file of the thread and writes it to `path` (what "Save…"
    // does after its dialog); attachmentSaved or attachmentFailed follows.
    void saveAttachment(const QString &uploadId, const QString &path);

signals:
    void messageSent(const rathaus::Message &message);
    // The office's open question was answered: the application moved on.
    void questionAnswered(const QString &applicationId);
    // The thread was read: the office's messages are marked read now.
    void threadRead(const QString &applicationId);
    void attachmentSaved(const QString &path);
    void attachmentFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fetch(const QString &cursor, quint64 generation, QList<Message> collected);
    void render();
    void send();
    void updateSendButton();
    void renderAttachments();
    QStringList attachedUploads() const;
    void retranslate();

    client::Session *m_session;
    client::UploadQueue *m_uploads = nullptr;
    QString m_applicationId;
    ApplicationStatus m_status = ApplicationStatus::Submitted;
    QList<Message> m_messages;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_sending = false;
    QByteArray m_sendKey;
    QString m_error;
    QLabel *m_titleLabel;
    QLabel *m_questionLabel;
    QLabel *m_emptyLabel;
    QListWidget *m_list;
    QPlainTextEdit *m_input;
    FileFieldEditor *m_attachment = nullptr;
    QLabel *m_attachmentsTitle;
    QVBoxLayout *m_attachmentsLayout;
    QPushButton *m_sendButton;
    QLabel *m_statusLabel;
};

} // namespace rathaus::ui
