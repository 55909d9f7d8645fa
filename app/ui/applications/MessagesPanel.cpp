#include "app/ui/applications/MessagesPanel.h"

#include "app/client/ApplicationsApi.h"
#include "app/client/UploadCheck.h"
#include "app/client/UploadQueue.h"
#include "app/ui/ProblemText.h"
#include "app/ui/forms/FileFieldEditor.h"
#include "app/ui/kiosk/KioskPolicy.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QUuid>
#include <QVBoxLayout>

namespace rathaus::ui {

namespace {

// The server's limit for one message (api.md "Messages").
constexpr int MaxBodyLength = 5000;

} // namespace

MessagesPanel::MessagesPanel(client::Session *session, QWidget *parent)
    : QFrame(parent), m_session(session)
{
    setObjectName(QStringLiteral("messagesPanel"));
    setProperty("card", true);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setProperty("subheading", true);
    m_questionLabel = new QLabel(this);
    m_questionLabel->setObjectName(QStringLiteral("messagesQuestionLabel"));
    m_questionLabel->setWordWrap(true);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("messagesEmptyLabel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("threadList"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSpacing(3);
    m_list->setMinimumHeight(160);
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("threadInput"));
    m_input->setTabChangesFocus(true);
    m_input->setMaximumHeight(90);
    m_sendButton = new QPushButton(this);
    m_sendButton->setObjectName(QStringLiteral("threadSendButton"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("messagesStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_attachmentsTitle = new QLabel(this);
    m_attachmentsTitle->setObjectName(QStringLiteral("threadAttachmentsLabel"));
    m_attachmentsTitle->setProperty("muted", true);
    m_attachmentsLayout = new QVBoxLayout;
    m_attachmentsLayout->setContentsMargins(0, 0, 0, 0);
    m_attachmentsLayout->setSpacing(4);

    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_statusLabel, 1);
    sendRow->addWidget(m_sendButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_questionLabel);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_list);
    layout->addWidget(m_attachmentsTitle);
    layout->addLayout(m_attachmentsLayout);
    layout->addWidget(m_input);
    layout->addLayout(sendRow);

    connect(m_sendButton, &QPushButton::clicked, this, &MessagesPanel::send);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_sending)
            m_sendKey.clear(); // another text is another message
        updateSendButton();
    });
    retranslate();
    render();
}

void MessagesPanel::setUploadQueue(client::UploadQueue *uploads)
{
    if (m_attachment || !uploads)
        return;
    m_uploads = uploads;
    // The form's file editor, for a field that is not in any form: the same
    // checks before sending, progress, cancel and retry.
    FormField field;
    field.id = QStringLiteral("message_attachment");
    field.type = FieldType::File;
    field.label = { tr("Attach a file (optional)"), tr("Attach a file (optional)") };
    field.accept = { QStringLiteral("application/pdf"), QStringLiteral("image/png"),
                     QStringLiteral("image/jpeg") };
    field.maxBytes = client::UploadCheck::defaultMaxBytes;
    m_attachment = new FileFieldEditor(field, QStringLiteral("de"), uploads, this);
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_input) + 1, m_attachment);
    connect(m_attachment, &FieldEditor::edited, this, [this] {
        if (!m_sending)
            m_sendKey.clear(); // another file is another message
        updateSendButton();
    });
    connect(m_attachment, &FieldEditor::committed, this, &MessagesPanel::updateSendButton);
    updateSendButton();
}

QStringList MessagesPanel::attachedUploads() const
{
    QStringList ids;
    if (!m_attachment)
        return ids;
    for (const QJsonValue &file : m_attachment->value().toArray())
        ids << file.toObject().value(QLatin1String("upload_id")).toString();
    return ids;
}

void MessagesPanel::saveAttachment(const QString &uploadId, const QString &path)
{
    client::ApplicationsApi(m_session).fetchUpload(
        uploadId, this, [this, path](const Result<QByteArray> &result) {
            if (!result.ok()) {
                const QString message = tr("The file could not be fetched: %1")
                                            .arg(ProblemText::forUser(result.problem()));
                m_statusLabel->setText(message);
                emit attachmentFailed(message);
                return;
            }
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(result.value()) != result.value().size()) {
                const QString message = tr("The file could not be saved to %1.").arg(path);
                m_statusLabel->setText(message);
                emit attachmentFailed(message);
                return;
            }
            file.close();
            m_statusLabel->setText(tr("Saved: %1").arg(path));
            emit attachmentSaved(path);
        });
}

void MessagesPanel::setApplication(const ApplicationDetail &detail)
{
    const bool same = detail.summary.id == m_applicationId;
    m_applicationId = detail.summary.id;
    m_status = detail.summary.status;
    if (!same) {
        m_messages.clear();
        m_input->clear();
        if (m_attachment)
            m_attachment->clear();
        m_error.clear();
        m_sendKey.clear();
    }
    reload();
}

void MessagesPanel::reload()
{
    if (m_applicationId.isEmpty())
        return;
    m_loading = true;
    render();
    fetch({}, ++m_generation, {});
}

void MessagesPanel::clear()
{
    ++m_generation;
    m_applicationId.clear();
    m_messages.clear();
    m_input->clear();
    if (m_attachment)
        m_attachment->clear();
    m_error.clear();
    m_sendKey.clear();
    m_loading = false;
    m_sending = false;
    render();
}

void MessagesPanel::fetch(const QString &cursor, quint64 generation, QList<Message> collected)
{
    const QString id = m_applicationId;
    client::ApplicationsApi(m_session).messages(
        id, cursor, this,
        [this, id, generation, collected](const Result<Page<Message>> &result) mutable {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                m_loading = false;
                m_error = ProblemText::forUser(result.problem());
                render();
                return;
            }
            collected.append(result.value().items);
            if (result.value().hasMore()) {
                fetch(result.value().nextCursor, generation, collected);
                return;
            }
            m_loading = false;
            m_messages = collected;
            m_error.clear();
            render();
            emit threadRead(id);
        });
}

void MessagesPanel::send()
{
    const QString body = m_input->toPlainText().trimmed();
    if (body.isEmpty() || body.size() > MaxBodyLength || m_sending || m_applicationId.isEmpty() ||
        (m_attachment && m_attachment->isUploading()))
        return;
    const QStringList uploads = attachedUploads();
    if (m_sendKey.isEmpty())
        m_sendKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_sending = true;
    m_error.clear();
    render();
    const quint64 generation = m_generation;
    if (m_status == ApplicationStatus::InfoRequested) {
        // The answer to the office's question goes through /answer, which
        // also hands the case back to the office (a plain message would not).
        const QString id = m_applicationId;
        client::ApplicationsApi(m_session).answer(
            id, body, uploads, this,
            [this, generation, id](const Result<ApplicationDetail> &result) {
                if (generation != m_generation)
                    return;
                m_sending = false;
                if (!result.ok()) {
                    m_error = ProblemText::forUser(result.problem()); // the text stays
                    render();
                    return;
                }
                m_input->clear();
                if (m_attachment)
                    m_attachment->clear();
                m_sendKey.clear();
                render();
                emit questionAnswered(id);
            });
        return;
    }
    client::ApplicationsApi(m_session).sendMessage(
        m_applicationId, body, uploads, m_sendKey, this,
        [this, generation](const Result<Message> &result) {
            if (generation != m_generation)
                return;
            m_sending = false;
            if (!result.ok()) {
                m_error = ProblemText::forUser(result.problem()); // the text stays in the box
                render();
                return;
            }
            m_messages.append(result.value());
            m_input->clear();
            if (m_attachment)
                m_attachment->clear();
            m_sendKey.clear();
            render();
            emit messageSent(result.value());
        });
}

void MessagesPanel::render()
{
    const bool asked = m_status == ApplicationStatus::InfoRequested;
    int lastOffice = -1;
    for (int i = 0; i < m_messages.size(); ++i) {
        if (m_messages.at(i).sender == MessageSender::Office)
            lastOffice = i;
    }
    m_list->clear();
    const QColor officeColor(0xe8, 0xf0, 0xfa);
    const QColor mineColor(0xe6, 0xf4, 0xea);
    const QColor questionColor(0xff, 0xf4, 0xd6);
    for (int i = 0; i < m_messages.size(); ++i) {
        const Message &message = m_messages.at(i);
        const bool office = message.sender == MessageSender::Office;
        const bool question = asked && i == lastOffice;
        const QString sender = office
            ? (message.senderName.isEmpty() ? tr("The office") : message.senderName)
            : tr("You");
        const QString when =
            QLocale().toString(message.createdAt.toLocalTime(), QLocale::ShortFormat);
        QString header = tr("%1 · %2").arg(sender, when);
        if (question)
            header = tr("Question from the office · %1").arg(header);
        QString text = header + QLatin1Char('\n') + message.body;
        for (const MessageAttachment &attachment : message.attachments)
            text += QLatin1Char('\n') + tr("Attachment: %1").arg(attachment.filename);
        auto *item = new QListWidgetItem(text, m_list);
        item->setTextAlignment(office ? (Qt::AlignLeft | Qt::AlignVCenter)
                                      : (Qt::AlignRight | Qt::AlignVCenter));
        item->setBackground(question ? questionColor : office ? officeColor : mineColor);
        item->setForeground(QColor(0x20, 0x20, 0x20));
        item->setData(Qt::UserRole, message.id);
        item->setData(Qt::UserRole + 1, question);
        if (question) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    if (m_list->count() > 0)
        m_list->scrollToBottom();
    renderAttachments();
    m_questionLabel->setVisible(asked && lastOffice >= 0);
    m_emptyLabel->setVisible(!m_loading && m_messages.isEmpty() && m_error.isEmpty());
    m_list->setVisible(!m_messages.isEmpty());
    if (!m_error.isEmpty())
        m_statusLabel->setText(m_error);
    else if (m_sending)
        m_statusLabel->setText(tr("Sending…"));
    else if (m_loading && m_messages.isEmpty())
        m_statusLabel->setText(tr("Loading messages…"));
    else
        m_statusLabel->clear();
    updateSendButton();
}

void MessagesPanel::updateSendButton()
{
    const int length = m_input->toPlainText().trimmed().size();
    const bool uploading = m_attachment && m_attachment->isUploading();
    m_sendButton->setEnabled(!m_sending && !uploading && !m_applicationId.isEmpty() && length > 0 &&
                             length <= MaxBodyLength);
    m_input->setReadOnly(m_sending);
    if (m_attachment)
        m_attachment->setEnabled(!m_sending && !m_applicationId.isEmpty());
}

void MessagesPanel::renderAttachments()
{
    while (QLayoutItem *item = m_attachmentsLayout->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item;
    }
    int count = 0;
    for (const Message &message : std::as_const(m_messages)) {
        const bool office = message.sender == MessageSender::Office;
        const QString sender = office
            ? (message.senderName.isEmpty() ? tr("The office") : message.senderName)
            : tr("You");
        for (const MessageAttachment &attachment : message.attachments) {
            ++count;
            auto *label = new QLabel(
                //: A file in the thread: name, size · who sent it ("You" or the office)
                tr("%1 (%2) · %3")
                    .arg(attachment.filename, QLocale().formattedDataSize(attachment.size), sender),
                this);
            label->setObjectName(QStringLiteral("attachmentLabel_") + attachment.id);
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            auto *save = new QPushButton(tr("Save…"), this);
            save->setObjectName(QStringLiteral("saveAttachmentButton_") + attachment.id);
            save->setAccessibleName(tr("Save %1").arg(attachment.filename));
            const QString id = attachment.id;
            const QString name = attachment.filename;
            connect(save, &QPushButton::clicked, this, [this, id, name] {
                auto *dialog = new QFileDialog(this, tr("Save the file"));
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->setAcceptMode(QFileDialog::AcceptSave);
                dialog->setFileMode(QFileDialog::AnyFile);
                dialog->setDirectory(
                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
                dialog->selectFile(name);
                connect(dialog, &QFileDialog::fileSelected, this,
                        [this, id](const QString &path) { saveAttachment(id, path); });
                dialog->open();
            });
            // A kiosk's disk keeps nothing of the person: no saving there.
            save->setVisible(KioskPolicy::savesFiles());
            auto *row = new QHBoxLayout;
            row->addWidget(label, 1);
            row->addWidget(save);
            m_attachmentsLayout->addLayout(row);
        }
    }
    m_attachmentsTitle->setVisible(count > 0);
}

void MessagesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    }
    QFrame::changeEvent(event);
}

void MessagesPanel::retranslate()
{
    m_titleLabel->setText(tr("Messages"));
    m_list->setAccessibleName(tr("Messages"));
    m_questionLabel->setText(
        tr("The office has a question about this application. Please answer below."));
    m_emptyLabel->setText(tr("No messages yet"));
    m_input->setPlaceholderText(tr("Your message to the office"));
    m_input->setAccessibleName(tr("Your message to the office"));
    m_sendButton->setText(tr("Send"));
    m_attachmentsTitle->setText(tr("Files in this conversation"));
}

} // namespace rathaus::ui
