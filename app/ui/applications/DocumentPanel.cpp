#include "app/ui/applications/DocumentPanel.h"

#include "app/client/ApiClient.h"
#include "app/client/CatalogueApi.h"
#include "app/client/CitizenApi.h"
#include "app/client/Session.h"
#include "app/ui/ProblemText.h"
#include "app/ui/applications/Printout.h"
#include "app/ui/kiosk/KioskPolicy.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace rathaus::ui {

DocumentPanel::DocumentPanel(client::Session *session, QWidget *parent)
    : QFrame(parent), m_session(session), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("documentPanel"));
    setProperty("card", true);
    m_layout->setContentsMargins(20, 12, 20, 16);
    m_layout->setSpacing(10);
    hide();
}

void DocumentPanel::clear()
{
    ++m_generation;
    m_entries.clear();
    m_order.clear();
    m_problem.clear();
    m_pending = 0;
    render();
}

void DocumentPanel::setDocuments(const QList<Document> &documents)
{
    QList<QString> ids;
    for (const Document &document : documents)
        ids << document.id;
    if (ids == m_order && m_problem.isEmpty())
        return; // nothing new: keep what was checked
    clear();
    m_order = ids;
    if (ids.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_pending = int(ids.size());
    for (const Document &document : documents) {
        if (!document.type.isEmpty() && !m_formsAsked.contains(document.type))
            fetchForm(document.type, generation);
    }
    render();
    withOffices([this, ids, generation] {
        if (generation != m_generation)
            return;
        for (const QString &id : ids)
            fetch(id, generation);
    });
}

void DocumentPanel::withOffices(std::function<void()> then)
{
    if (m_offices)
        return then();
    // The keys come from the city's public list, not with the document.
    client::CatalogueApi(m_session->api())
        .fetchCatalogue(this, [this, then](const Result<client::Catalogue> &result) {
            if (!result.ok()) {
                m_problem = ProblemText::forUser(result.problem());
                m_pending = 0;
                render();
                emit loaded();
                return;
            }
            m_offices = result.value().offices;
            then();
        });
}

void DocumentPanel::fetchForm(const QString &type, quint64 generation)
{
    m_formsAsked.insert(type);
    ++m_pending;
    client::CatalogueApi(m_session->api())
        .fetchService(type, this, [this, type, generation](const Result<ServiceDetail> &result) {
            if (result.ok())
                m_forms.insert(type, result.value().form);
            else
                m_formsAsked.remove(type); // asked again with the next documents
            if (generation != m_generation || m_pending == 0)
                return;
            if (--m_pending == 0) {
                render();
                emit loaded();
            }
        });
}

void DocumentPanel::fetch(const QString &documentId, quint64 generation)
{
    client::CitizenApi(m_session).fetchDocument(
        documentId, this, [this, generation](const Result<Document> &result) {
            if (generation != m_generation)
                return;
            --m_pending;
            if (result.ok()) {
                const Document &document = result.value();
                m_entries.append(
                    { document, client::DocumentVerifier(*m_offices).verify(document) });
                std::sort(m_entries.begin(), m_entries.end(),
                          [this](const Entry &a, const Entry &b) {
                              return m_order.indexOf(a.document.id) <
                                  m_order.indexOf(b.document.id);
                          });
            } else {
                m_problem = ProblemText::forUser(result.problem());
            }
            render();
            if (m_pending == 0)
                emit loaded();
        });
}

QString DocumentPanel::titleOf(const Document &document) const
{
    // The office names its document ({de, en}); else the service's title.
    const LocalizedText title =
        LocalizedText::fromJson(document.data.value(QLatin1String("title")));
    if (!title.isEmpty())
        return title.in(m_language);
    return m_typeTitles.value(document.type, document.type);
}

QString DocumentPanel::officeName(const QString &officeId) const
{
    if (m_offices) {
        for (const Office &office : *m_offices) {
            if (office.id == officeId)
                return office.name.in(m_language);
        }
    }
    return officeId;
}

QString DocumentPanel::verdictText(const Entry &entry) const
{
    const QString date = Printout::longDate(entry.document.issuedAt.toLocalTime().date());
    switch (entry.verification.state) {
    case client::DocumentVerification::State::Valid:
        //: %1 the office ("Straßenverkehrsamt"), %2 the date
        return tr("Signature valid – issued by the %1 on %2.")
            .arg(entry.verification.officeName.in(m_language), date);
    case client::DocumentVerification::State::UnknownOffice:
        return tr("Warning: this document names an office the city does not know. Its "
                  "signature cannot be checked; do not rely on it.");
    case client::DocumentVerification::State::Invalid:
        break;
    }
    return tr("Warning: the signature does not match. This document was changed or was not "
              "issued by the %1. Do not rely on it and contact the office.")
        .arg(officeName(entry.document.officeId));
}

std::unique_ptr<QTextDocument> DocumentPanel::printout(const Entry &entry) const
{
    Printout::DocumentContext context;
    context.title = titleOf(entry.document);
    context.officeName = officeName(entry.document.officeId);
    context.verification = entry.verification;
    QUrl verify = m_session->api()->baseUrl();
    verify.setPath(client::DocumentVerifier::verifyPath(entry.document.serial));
    context.verifyUrl = verify.toString();
    if (m_forms.contains(entry.document.type))
        context.form = m_forms.value(entry.document.type);
    context.language = m_language;
    return Printout::document(entry.document, context, m_cityName);
}

bool DocumentPanel::savePdf(const QString &documentId, const QString &path) const
{
    for (const Entry &entry : m_entries) {
        if (entry.document.id == documentId) {
            auto text = printout(entry);
            return Printout::writePdf(text.get(), path, titleOf(entry.document));
        }
    }
    return false;
}

void DocumentPanel::render()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0)) {
                if (QWidget *widget = inner->widget()) {
                    widget->hide();
                    widget->setParent(nullptr);
                    widget->deleteLater();
                }
                delete inner;
            }
            delete row;
            continue; // the layout was the item
        }
        delete item;
    }
    setVisible(!m_order.isEmpty());
    if (m_order.isEmpty())
        return;

    auto *title = new QLabel(tr("Your documents"), this);
    title->setProperty("subheading", true);
    m_layout->addWidget(title);
    if (m_pending > 0) {
        auto *loading = new QLabel(tr("Checking the documents' signatures…"), this);
        loading->setProperty("muted", true);
        m_layout->addWidget(loading);
    }
    if (!m_problem.isEmpty()) {
        auto *problem = new QLabel(m_problem, this);
        problem->setObjectName(QStringLiteral("documentProblemLabel"));
        problem->setProperty("error", true);
        problem->setWordWrap(true);
        m_layout->addWidget(problem);
    }
    for (const Entry &entry : std::as_const(m_entries)) {
        const QString id = entry.document.id;
        auto *name = new QLabel(
            tr("%1 · No. %2").arg(titleOf(entry.document), entry.document.serial), this);
        name->setProperty("fact", true);
        name->setTextFormat(Qt::PlainText);
        name->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_layout->addWidget(name);

        auto *verdict = new QLabel(verdictText(entry), this);
        verdict->setObjectName(QStringLiteral("documentVerdict_") + id);
        verdict->setTextFormat(Qt::PlainText);
        verdict->setWordWrap(true);
        verdict->setProperty(entry.verification.isValid() ? "verified" : "error", true);
        verdict->setAccessibleName(tr("Signature check"));
        m_layout->addWidget(verdict);

        auto *buttons = new QHBoxLayout;
        auto *save = new QPushButton(tr("Save as PDF…"), this);
        save->setObjectName(QStringLiteral("saveDocumentButton_") + id);
        save->setAccessibleName(tr("Save “%1” as PDF").arg(titleOf(entry.document)));
        auto *print = new QPushButton(tr("Print…"), this);
        print->setObjectName(QStringLiteral("printDocumentButton_") + id);
        print->setAccessibleName(tr("Print “%1”").arg(titleOf(entry.document)));
        connect(save, &QPushButton::clicked, this, [this, entry] {
            auto text = printout(entry);
            Printout::saveAs(text.get(), entry.document.serial + QStringLiteral(".pdf"),
                             titleOf(entry.document), this);
        });
        connect(print, &QPushButton::clicked, this, [this, entry] {
            auto text = printout(entry);
            Printout::print(text.get(), titleOf(entry.document), this);
        });
        save->setVisible(KioskPolicy::savesFiles()); // a kiosk prints
        buttons->addWidget(save);
        buttons->addWidget(print);
        buttons->addStretch(1);
        m_layout->addLayout(buttons);
    }
}

void DocumentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

} // namespace rathaus::ui
