#pragma once

#include "common/core/Problem.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace rathaus::client {
class CockpitApi;
class RecordsModel;
} // namespace rathaus::client

namespace rathaus::ui {

// "My data": every record the city's offices hold about the citizen, as
// cards grouped under the office's name: fields (label: value), legal basis,
// last change, and a button to ask the office for a correction.
class RecordsSection : public QWidget
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, Ready, Failed };

    RecordsSection(client::CockpitApi *api, client::RecordsModel *model, QWidget *parent = nullptr);

    void setState(State state, const Problem &problem = {});
    void setLanguage(const QString &language)
    {
        m_language = language;
        rebuild();
    }

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void askForCorrection(const QString &recordId);
    void updateStatus();

    client::CockpitApi *m_api;
    client::RecordsModel *m_model;
    QLabel *m_titleLabel;
    QLabel *m_introLabel;
    QLabel *m_statusLabel;
    QPushButton *m_retryButton;
    QWidget *m_cards;
    QVBoxLayout *m_cardsLayout;
    QString m_language = QStringLiteral("de");
    State m_state = State::Idle;
    Problem m_problem;
};

} // namespace rathaus::ui
