#pragma once

#include "app/client/DocumentVerifier.h"
#include "common/wire/Catalogue.h"
#include "common/wire/Document.h"

#include <QFrame>
#include <QList>
#include <QSet>

#include <functional>
#include <memory>

#include <optional>

class QTextDocument;
class QVBoxLayout;

namespace rathaus::client {
class Session;
}

namespace rathaus::ui {

// The documents an office issued for an application: each fetched in full
// (GET /documents/{id}), its signature checked by the client against the
// office's public key (GET /offices), the verdict said plainly ("Signature
// valid – issued by the Road Traffic Office on ...") or as a red warning,
// and a printable PDF with the serial and how anyone can check it.
class DocumentPanel : public QFrame
{
    Q_OBJECT
public:
    struct Entry
    {
        Document document;
        client::DocumentVerification verification;
    };

    explicit DocumentPanel(client::Session *session, QWidget *parent = nullptr);

    void setCityName(const QString &name) { m_cityName = name; }
    void setLanguage(const QString &language) { m_language = language; }
    // `titles`: readable names of document types (a service's title by its id).
    void setTypeTitles(const QHash<QString, QString> &titles) { m_typeTitles = titles; }
    // The documents listed in an application's detail.
    void setDocuments(const QList<Document> &documents);
    void clear();

    const QList<Entry> &entries() const { return m_entries; }
    bool isLoading() const { return m_pending > 0; }
    // Writes one document as PDF (what "Save as PDF…" does after its dialog).
    bool savePdf(const QString &documentId, const QString &path) const;
    // The sentence shown for a verdict.
    QString verdictText(const Entry &entry) const;

signals:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void withOffices(std::function<void()> then);
    // The service's form for a type's field labels (counted as pending).
    void fetchForm(const QString &type, quint64 generation);
    void fetch(const QString &documentId, quint64 generation);
    void render();
    QString titleOf(const Document &document) const;
    QString officeName(const QString &officeId) const;
    std::unique_ptr<QTextDocument> printout(const Entry &entry) const;

    client::Session *m_session;
    QVBoxLayout *m_layout;
    QString m_cityName;
    QString m_language = QStringLiteral("de");
    QHash<QString, QString> m_typeTitles;
    std::optional<QList<Office>> m_offices;
    QHash<QString, FormSchema> m_forms; // by document type (the service id)
    QSet<QString> m_formsAsked;
    QList<Entry> m_entries;
    QList<QString> m_order; // document ids as the application lists them
    QString m_problem;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace rathaus::ui
