#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class AccessLogSection;
}

namespace rathaus::client {
class AccessLogModel;
class AccessLogVerifier;
struct CockpitDirectory;
} // namespace rathaus::client

namespace rathaus::ui {

// "Who has seen my data": the access log as a timeline of sentences, with
// filters (office, kind, period) and the banner of the client's own check
// of the whole log.
class AccessLogSection : public QWidget
{
    Q_OBJECT
public:
    AccessLogSection(client::AccessLogModel *model, client::AccessLogVerifier *verifier,
                     QWidget *parent = nullptr);
    ~AccessLogSection() override;

    // Offices for the filter, names in the UI's language.
    void setDirectory(const client::CockpitDirectory &directory);
    // Starts loading (first page and the check) unless already done.
    void activate();
    // New entries were written meanwhile (a transfer approved or withdrawn):
    // loads again and checks again (or activates); keeps the filters.
    void refresh();
    void reset();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void updateBanner();
    void updateStatus();
    void fillCombos();
    void retranslate();

    std::unique_ptr<Ui::AccessLogSection> ui;
    client::AccessLogModel *m_model;
    client::AccessLogVerifier *m_verifier;
    QList<QPair<QString, QString>> m_offices; // id, name
    QString m_language = QStringLiteral("de");
    bool m_active = false;
    bool m_filling = false;
};

} // namespace rathaus::ui
