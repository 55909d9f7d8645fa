#include "app/ui/admin/ServiceEditorPage.h"

#include "app/client/admin/AdminCatalogueApi.h"
#include "app/client/admin/FormFieldTableModel.h"
#include "app/ui/ProblemText.h"
#include "common/forms/ServiceSchemaCheck.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rathaus::ui {

namespace {

enum Tab { TextsTab = 0, FieldsTab = 1, JsonTab = 2 };

// Cells the schema check found a mistake in: tinted, and the type column
// edits with a list of the known types.
class FieldDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() != client::FormFieldTableModel::Type)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("fieldTypeCombo"));
        combo->addItems(client::FormFieldTableModel::typeNames());
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentText(index.data(Qt::EditRole).toString());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentText(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(client::FormFieldTableModel::ErrorRole).toString().isEmpty())
            option->backgroundBrush = QColor(0xfd, 0xec, 0xea);
    }
};

QString textOf(const QJsonValue &value, const char *language)
{
    if (value.isString())
        return value.toString();
    return value.toObject().value(QLatin1String(language)).toString();
}

QJsonObject localized(const QString &de, const QString &en)
{
    return { { QStringLiteral("de"), de }, { QStringLiteral("en"), en } };
}

QPlainTextEdit *textBox(const QString &name, int lines, QWidget *parent)
{
    auto *box = new QPlainTextEdit(parent);
    box->setObjectName(name);
    box->setTabChangesFocus(true);
    // The theme sets a min-height for text boxes; this one's wins for the box.
    box->setStyleSheet(QStringLiteral("QPlainTextEdit { min-height: %1px; max-height: %1px; }")
                           .arg(box->fontMetrics().lineSpacing() * lines + 14));
    return box;
}

} // namespace

ServiceEditorPage::ServiceEditorPage(client::AdminCatalogueApi *api, QWidget *parent)
    : QWidget(parent), m_api(api), m_fields(new client::FormFieldTableModel(this))
{
    setObjectName(QStringLiteral("serviceEditorPage"));
    buildUi();
}

ServiceEditorPage::~ServiceEditorPage() = default;

void ServiceEditorPage::buildUi()
{
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("serviceEditorSplitter"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    // Left: the catalogue.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    auto *listTitle = new QLabel(tr("Services"), left);
    listTitle->setProperty("subheading", true);
    leftLayout->addWidget(listTitle);
    m_serviceList = new QListWidget(left);
    m_serviceList->setObjectName(QStringLiteral("serviceList"));
    m_serviceList->setAccessibleName(tr("Services"));
    leftLayout->addWidget(m_serviceList, 1);
    m_newButton = new QPushButton(tr("New service"), left);
    m_newButton->setObjectName(QStringLiteral("newServiceButton"));
    leftLayout->addWidget(m_newButton);
    connect(m_serviceList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !m_loadingList)
            openService(item->data(Qt::UserRole).toString());
    });
    connect(m_newButton, &QPushButton::clicked, this, &ServiceEditorPage::newService);

    // Right: the chosen service.
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    m_heading = new QLabel(right);
    m_heading->setObjectName(QStringLiteral("serviceHeading"));
    m_heading->setProperty("heading", true);
    m_heading->setTextFormat(Qt::PlainText);
    rightLayout->addWidget(m_heading);

    m_conflictBanner = new QFrame(right);
    m_conflictBanner->setObjectName(QStringLiteral("serviceConflictBanner"));
    auto *bannerLayout = new QHBoxLayout(m_conflictBanner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    auto *bannerText = new QLabel(
        tr("Someone else changed this service meanwhile. Your text is still here: take over "
           "their version number and save again to replace their change with yours, or "
           "discard your changes and load theirs."),
        m_conflictBanner);
    bannerText->setObjectName(QStringLiteral("serviceConflictLabel"));
    bannerText->setWordWrap(true);
    bannerText->setProperty("error", true);
    bannerLayout->addWidget(bannerText, 1);
    auto *keepButton = new QPushButton(tr("Keep my text"), m_conflictBanner);
    keepButton->setObjectName(QStringLiteral("keepMyTextButton"));
    bannerLayout->addWidget(keepButton);
    connect(keepButton, &QPushButton::clicked, this, &ServiceEditorPage::takeOverNewerVersion);
    m_conflictBanner->hide();
    rightLayout->addWidget(m_conflictBanner);

    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("serviceEditorTabs"));
    rightLayout->addWidget(m_tabs, 1);

    // Tab: texts, fee, office.
    auto *textsScroll = new QScrollArea(m_tabs);
    textsScroll->setObjectName(QStringLiteral("textsTab"));
    textsScroll->setWidgetResizable(true);
    textsScroll->setFrameShape(QFrame::NoFrame);
    auto *texts = new QWidget(textsScroll);
    textsScroll->setWidget(texts);
    auto *form = new QFormLayout(texts);
    m_id = new QLineEdit(texts);
    m_id->setObjectName(QStringLiteral("serviceIdEdit"));
    form->addRow(tr("Id"), m_id);
    m_titleDe = new QLineEdit(texts);
    m_titleDe->setObjectName(QStringLiteral("titleDeEdit"));
    form->addRow(tr("Title (German)"), m_titleDe);
    m_titleEn = new QLineEdit(texts);
    m_titleEn->setObjectName(QStringLiteral("titleEnEdit"));
    form->addRow(tr("Title (English)"), m_titleEn);
    m_summaryDe = textBox(QStringLiteral("summaryDeEdit"), 2, texts);
    form->addRow(tr("Summary (German)"), m_summaryDe);
    m_summaryEn = textBox(QStringLiteral("summaryEnEdit"), 2, texts);
    form->addRow(tr("Summary (English)"), m_summaryEn);
    m_descriptionDe = textBox(QStringLiteral("descriptionDeEdit"), 4, texts);
    form->addRow(tr("Description (German)"), m_descriptionDe);
    m_descriptionEn = textBox(QStringLiteral("descriptionEnEdit"), 4, texts);
    form->addRow(tr("Description (English)"), m_descriptionEn);
    m_legalBasis = new QLineEdit(texts);
    m_legalBasis->setObjectName(QStringLiteral("legalBasisEdit"));
    form->addRow(tr("Legal basis"), m_legalBasis);
    m_office = new QLineEdit(texts);
    m_office->setObjectName(QStringLiteral("officeEdit"));
    form->addRow(tr("Office (id)"), m_office);
    m_processingDays = new QSpinBox(texts);
    m_processingDays->setObjectName(QStringLiteral("processingDaysSpin"));
    m_processingDays->setRange(0, 3650);
    m_processingDays->setSuffix(tr(" days"));
    form->addRow(tr("Processing time"), m_processingDays);
    m_trustLevel = new QComboBox(texts);
    m_trustLevel->setObjectName(QStringLiteral("trustLevelCombo"));
    m_trustLevel->addItem(tr("Basic (password)"), QStringLiteral("basic"));
    m_trustLevel->addItem(tr("Substantial"), QStringLiteral("substantial"));
    m_trustLevel->addItem(tr("High (eID)"), QStringLiteral("high"));
    form->addRow(tr("Login needed"), m_trustLevel);
    m_fee = new QDoubleSpinBox(texts);
    m_fee->setObjectName(QStringLiteral("feeSpin"));
    m_fee->setRange(0, 100000);
    m_fee->setDecimals(2);
    m_fee->setSuffix(QStringLiteral(" €"));
    form->addRow(tr("Base fee"), m_fee);
    m_feeRules = new QLabel(texts);
    m_feeRules->setObjectName(QStringLiteral("feeRulesLabel"));
    m_feeRules->setProperty("muted", true);
    m_feeRules->setWordWrap(true);
    form->addRow(QString(), m_feeRules);
    m_tabs->addTab(textsScroll, tr("Texts and fee"));

    // Tab: the form's fields.
    auto *fields = new QWidget(m_tabs);
    fields->setObjectName(QStringLiteral("fieldsTab"));
    auto *fieldsLayout = new QVBoxLayout(fields);
    m_fieldTable = new QTableView(fields);
    m_fieldTable->setObjectName(QStringLiteral("fieldTable"));
    m_fieldTable->setModel(m_fields);
    m_fieldTable->setItemDelegate(new FieldDelegate(m_fieldTable));
    m_fieldTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fieldTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fieldTable->horizontalHeader()->setStretchLastSection(true);
    m_fieldTable->setAccessibleName(tr("Form fields"));
    fieldsLayout->addWidget(m_fieldTable, 1);
    auto *fieldButtons = new QHBoxLayout;
    const auto currentRow = [this] {
        const QModelIndex index = m_fieldTable->currentIndex();
        return index.isValid() ? index.row() : -1;
    };
    const auto button = [&](const QString &name, const QString &text) {
        auto *b = new QPushButton(text, fields);
        b->setObjectName(name);
        fieldButtons->addWidget(b);
        return b;
    };
    connect(button(QStringLiteral("addFieldButton"), tr("Add field")), &QPushButton::clicked, this,
            [this, currentRow] {
                const int row = m_fields->addField(currentRow());
                m_fieldTable->setCurrentIndex(
                    m_fields->index(row, client::FormFieldTableModel::Key));
                m_fieldTable->edit(m_fieldTable->currentIndex());
            });
    connect(button(QStringLiteral("removeFieldButton"), tr("Remove field")), &QPushButton::clicked,
            this, [this, currentRow] { m_fields->removeField(currentRow()); });
    for (const int delta : { -1, 1 }) {
        auto *move = button(delta < 0 ? QStringLiteral("moveFieldUpButton")
                                      : QStringLiteral("moveFieldDownButton"),
                            delta < 0 ? tr("Move up") : tr("Move down"));
        connect(move, &QPushButton::clicked, this, [this, currentRow, delta] {
            const int row = m_fields->moveField(currentRow(), delta);
            m_fieldTable->setCurrentIndex(m_fields->index(row, 0));
        });
    }
    fieldButtons->addStretch(1);
    fieldsLayout->addLayout(fieldButtons);
    auto *fieldsNote = new QLabel(tr("Options, bounds, conditions (visible_if) and step titles "
                                     "are edited in the Schema (JSON) tab."),
                                  fields);
    fieldsNote->setProperty("muted", true);
    fieldsNote->setWordWrap(true);
    fieldsLayout->addWidget(fieldsNote);
    m_tabs->addTab(fields, tr("Form fields"));

    // Tab: the whole document.
    m_json = new QPlainTextEdit(m_tabs);
    m_json->setObjectName(QStringLiteral("schemaJsonEdit"));
    m_json->setAccessibleName(tr("The service as JSON"));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_json->setFont(mono);
    m_tabs->addTab(m_json, tr("Schema (JSON)"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ServiceEditorPage::onTabChanged);

    // Mistakes and the buttons.
    m_errorList = new QListWidget(right);
    m_errorList->setObjectName(QStringLiteral("errorList"));
    m_errorList->setAccessibleName(tr("Mistakes"));
    m_errorList->setMaximumHeight(110);
    m_errorList->hide();
    connect(m_errorList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = item->data(Qt::UserRole).toString();
        const auto [row, column] = m_fields->cellOf(path);
        if (row >= 0) {
            m_tabs->setCurrentIndex(FieldsTab);
            m_fieldTable->setCurrentIndex(m_fields->index(row, column));
        } else if (QWidget *widget = widgetFor(path)) {
            m_tabs->setCurrentIndex(TextsTab);
            widget->setFocus();
        }
    });
    rightLayout->addWidget(m_errorList);
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("editorStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    rightLayout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_discardButton = new QPushButton(tr("Discard changes"), right);
    m_discardButton->setObjectName(QStringLiteral("discardButton"));
    buttons->addWidget(m_discardButton);
    m_saveButton = new QPushButton(tr("Save"), right);
    m_saveButton->setObjectName(QStringLiteral("saveServiceButton"));
    m_saveButton->setDefault(true);
    buttons->addWidget(m_saveButton);
    rightLayout->addLayout(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, &ServiceEditorPage::save);
    connect(m_discardButton, &QPushButton::clicked, this, [this] {
        if (m_version > 0)
            openService(currentServiceId());
        else
            reload();
    });

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 260, 900 });
}

void ServiceEditorPage::reload(const QString &select)
{
    setBusy(true);
    m_api->listServices(this, [this, select](const Result<QJsonArray> &result) {
        setBusy(false);
        if (!result) {
            setStatus(ProblemText::forUser(result.problem()), true);
            return;
        }
        m_loadingList = true;
        m_serviceList->clear();
        int selectRow = 0;
        for (const QJsonValue &value : result.value()) {
            const QJsonObject service = value.toObject();
            const QString id = service.value(QLatin1String("id")).toString();
            auto *item = new QListWidgetItem(textOf(service.value(QLatin1String("title")), "de"),
                                             m_serviceList);
            item->setData(Qt::UserRole, id);
            item->setToolTip(id);
            if (id == select)
                selectRow = m_serviceList->count() - 1;
        }
        if (m_serviceList->count() > 0)
            m_serviceList->setCurrentRow(selectRow);
        m_loadingList = false;
        if (QListWidgetItem *item = m_serviceList->currentItem())
            openService(item->data(Qt::UserRole).toString());
    });
}

QString ServiceEditorPage::currentServiceId() const
{
    return m_document.value(QLatin1String("id")).toString();
}

void ServiceEditorPage::openService(const QString &id)
{
    setBusy(true);
    m_api->fetchService(id, this, [this, id](const Result<QJsonObject> &result) {
        setBusy(false);
        if (!result) {
            setStatus(ProblemText::forUser(result.problem()), true);
            return;
        }
        m_version = result.value().value(QLatin1String("version")).toInt();
        showDocument(result.value());
        clearErrors();
        m_conflictBanner->hide();
        m_status->hide();
        emit serviceLoaded(id);
    });
}

void ServiceEditorPage::showDocument(const QJsonObject &document)
{
    m_document = document;
    const QString titleDe = textOf(document.value(QLatin1String("title")), "de");
    m_heading->setText(m_version > 0 ? titleDe : tr("New service"));
    m_id->setText(document.value(QLatin1String("id")).toString());
    m_id->setReadOnly(m_version > 0); // the id of a published service is final
    m_titleDe->setText(titleDe);
    m_titleEn->setText(textOf(document.value(QLatin1String("title")), "en"));
    m_summaryDe->setPlainText(textOf(document.value(QLatin1String("summary")), "de"));
    m_summaryEn->setPlainText(textOf(document.value(QLatin1String("summary")), "en"));
    m_descriptionDe->setPlainText(textOf(document.value(QLatin1String("description")), "de"));
    m_descriptionEn->setPlainText(textOf(document.value(QLatin1String("description")), "en"));
    m_legalBasis->setText(document.value(QLatin1String("legal_basis")).toString());
    m_office->setText(document.value(QLatin1String("office_id")).toString());
    m_processingDays->setValue(document.value(QLatin1String("processing_days")).toInt());
    const int trust = m_trustLevel->findData(
        document.value(QLatin1String("required_trust_level")).toString(QStringLiteral("basic")));
    m_trustLevel->setCurrentIndex(qMax(0, trust));
    const QJsonObject fee = document.value(QLatin1String("fee")).toObject();
    m_fee->setValue(double(fee.value(QLatin1String("base_cents")).toInteger()) / 100.0);
    updateFeeRulesNote(fee);
    m_fields->setForm(document.value(QLatin1String("form")).toObject());
    m_fieldTable->resizeColumnsToContents();
    if (m_tabs->currentIndex() == JsonTab)
        m_json->setPlainText(QString::fromUtf8(QJsonDocument(document).toJson()));
}

void ServiceEditorPage::updateFeeRulesNote(const QJsonObject &fee)
{
    const int rules = int(fee.value(QLatin1String("per_unit")).toArray().size() +
                          fee.value(QLatin1String("per_option")).toArray().size());
    m_feeRules->setText(rules == 0
                            ? tr("A fixed fee. Fees per unit or per chosen option are set in "
                                 "the Schema (JSON) tab.")
                            : tr("Plus %n rule(s) per unit or per chosen option; edit them in "
                                 "the Schema (JSON) tab.",
                                 nullptr, rules));
}

QJsonObject ServiceEditorPage::documentFromWidgets() const
{
    QJsonObject document = m_document;
    document.insert(QStringLiteral("id"), m_id->text().trimmed());
    document.insert(QStringLiteral("title"), localized(m_titleDe->text(), m_titleEn->text()));
    document.insert(QStringLiteral("summary"),
                    localized(m_summaryDe->toPlainText(), m_summaryEn->toPlainText()));
    document.insert(QStringLiteral("description"),
                    localized(m_descriptionDe->toPlainText(), m_descriptionEn->toPlainText()));
    document.insert(QStringLiteral("legal_basis"), m_legalBasis->text());
    document.insert(QStringLiteral("office_id"), m_office->text().trimmed());
    document.insert(QStringLiteral("processing_days"), m_processingDays->value());
    document.insert(QStringLiteral("required_trust_level"), m_trustLevel->currentData().toString());
    // Only the base amount has a widget: the rules per unit and option stay.
    QJsonObject fee = document.value(QLatin1String("fee")).toObject();
    fee.insert(QStringLiteral("base_cents"), qRound64(m_fee->value() * 100.0));
    if (!fee.contains(QLatin1String("currency")))
        fee.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
    document.insert(QStringLiteral("fee"), fee);
    document.insert(QStringLiteral("form"), m_fields->form());
    return document;
}

bool ServiceEditorPage::collectDocument(QJsonObject *document)
{
    if (m_tabs->currentIndex() != JsonTab) {
        *document = documentFromWidgets();
        return true;
    }
    QJsonParseError error {};
    const QJsonDocument parsed = QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !parsed.isObject()) {
        clearErrors();
        markInvalid(m_json, error.errorString());
        setStatus(tr("The JSON cannot be read (at character %1): %2")
                      .arg(error.offset)
                      .arg(error.errorString()),
                  true);
        return false;
    }
    *document = parsed.object();
    return true;
}

void ServiceEditorPage::onTabChanged(int index)
{
    const int previous = m_lastTab;
    m_lastTab = index;
    if (index == JsonTab && previous != JsonTab) {
        m_json->setPlainText(QString::fromUtf8(QJsonDocument(documentFromWidgets()).toJson()));
        return;
    }
    if (previous == JsonTab && index != JsonTab) {
        QJsonParseError error {};
        const QJsonDocument parsed =
            QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !parsed.isObject()) {
            // Stay on the JSON: leaving would lose what was typed there.
            QSignalBlocker blocker(m_tabs);
            m_tabs->setCurrentIndex(JsonTab);
            m_lastTab = JsonTab;
            markInvalid(m_json, error.errorString());
            setStatus(tr("The JSON cannot be read (at character %1): %2")
                          .arg(error.offset)
                          .arg(error.errorString()),
                      true);
            return;
        }
        showDocument(parsed.object());
    }
}

void ServiceEditorPage::save()
{
    QJsonObject document;
    if (!collectDocument(&document))
        return;
    clearErrors();
    // The same check the backend makes: mistakes show before anything is sent.
    const QList<SchemaIssue> issues = ServiceSchemaCheck::check(document);
    if (!issues.isEmpty()) {
        showErrors(ServiceSchemaCheck::toErrorMap(issues));
        emit saveFailed();
        return;
    }
    setBusy(true);
    const int version = m_version;
    m_api->saveService(document, version, this, [this, version](const Result<QJsonObject> &result) {
        setBusy(false);
        if (!result) {
            const Problem &problem = result.problem();
            if (client::AdminCatalogueApi::isEditConflict(problem)) {
                m_conflictBanner->show();
                setStatus(tr("Not saved: someone else saved a newer version."), true);
            } else if (problem.status == 422 && !problem.fieldErrors.isEmpty()) {
                showErrors(problem.fieldErrors);
            } else {
                setStatus(ProblemText::forUser(problem), true);
            }
            emit saveFailed();
            return;
        }
        const QJsonObject saved = result.value();
        m_version = saved.value(QLatin1String("version")).toInt();
        m_conflictBanner->hide();
        showDocument(saved);
        const QString id = saved.value(QLatin1String("id")).toString();
        if (version == 0) {
            reload(id);
        } else if (QListWidgetItem *item = m_serviceList->currentItem()) {
            item->setText(textOf(saved.value(QLatin1String("title")), "de"));
        }
        setStatus(tr("Saved. Citizens see the change the next time they open the service."), false);
        emit serviceSaved(id, m_version);
    });
}

void ServiceEditorPage::takeOverNewerVersion()
{
    const QString id = currentServiceId();
    setBusy(true);
    m_api->fetchService(id, this, [this](const Result<QJsonObject> &result) {
        setBusy(false);
        if (!result) {
            setStatus(ProblemText::forUser(result.problem()), true);
            return;
        }
        // Only the version is taken over: the typed text stays as it is.
        m_version = result.value().value(QLatin1String("version")).toInt();
        m_conflictBanner->hide();
        setStatus(tr("Your text is kept on top of the newer version %1. Save to replace the "
                     "other change with yours.")
                      .arg(m_version),
                  false);
    });
}

void ServiceEditorPage::newService()
{
    m_version = 0;
    m_serviceList->clearSelection();
    QJsonObject document {
        { QStringLiteral("id"), QString() },
        { QStringLiteral("office_id"), m_office->text() },
        { QStringLiteral("title"), localized({}, {}) },
        { QStringLiteral("summary"), localized({}, {}) },
        { QStringLiteral("description"), localized({}, {}) },
        { QStringLiteral("requirements"), QJsonArray {} },
        { QStringLiteral("legal_basis"), QString() },
        { QStringLiteral("fee"),
          QJsonObject { { QStringLiteral("base_cents"), 0 },
                        { QStringLiteral("currency"), QStringLiteral("EUR") } } },
        { QStringLiteral("required_trust_level"), QStringLiteral("basic") },
        { QStringLiteral("processing_days"), 10 },
        { QStringLiteral("form"),
          QJsonObject {
              { QStringLiteral("version"), 1 },
              { QStringLiteral("steps"),
                QJsonArray { QJsonObject { { QStringLiteral("title"),
                                             localized(tr("Details"), QStringLiteral("Details")) },
                                           { QStringLiteral("fields"), QJsonArray {} } } } } } },
    };
    showDocument(document);
    m_fields->addField(-1);
    clearErrors();
    m_conflictBanner->hide();
    m_tabs->setCurrentIndex(TextsTab);
    m_id->setFocus();
    setStatus(tr("A new service: give it an id, texts, a fee and form fields, then save."), false);
}

QWidget *ServiceEditorPage::widgetFor(const QString &path) const
{
    const QMap<QString, QWidget *> widgets {
        { QStringLiteral("id"), m_id },
        { QStringLiteral("title.de"), m_titleDe },
        { QStringLiteral("title.en"), m_titleEn },
        { QStringLiteral("title"), m_titleDe },
        { QStringLiteral("summary.de"), m_summaryDe },
        { QStringLiteral("summary.en"), m_summaryEn },
        { QStringLiteral("summary"), m_summaryDe },
        { QStringLiteral("description.de"), m_descriptionDe },
        { QStringLiteral("description.en"), m_descriptionEn },
        { QStringLiteral("description"), m_descriptionDe },
        { QStringLiteral("legal_basis"), m_legalBasis },
        { QStringLiteral("office_id"), m_office },
        { QStringLiteral("processing_days"), m_processingDays },
        { QStringLiteral("required_trust_level"), m_trustLevel },
        { QStringLiteral("fee.base_cents"), m_fee },
    };
    return widgets.value(path);
}

void ServiceEditorPage::showErrors(const QMap<QString, QString> &errors)
{
    clearErrors();
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        //: A mistake in the service: "where: what", e.g. "Step 1, field 2 (type): Unknown type."
        auto *item =
            new QListWidgetItem(tr("%1: %2").arg(placeText(it.key()), it.value()), m_errorList);
        item->setToolTip(it.key());
        item->setData(Qt::UserRole, it.key());
        if (QWidget *widget = widgetFor(it.key()))
            markInvalid(widget, it.value());
        else if (it.key().startsWith(QLatin1String("fee.")))
            markInvalid(m_feeRules, it.value());
    }
    m_fields->setErrors(errors);
    m_errorList->setVisible(!errors.isEmpty());
    setStatus(
        tr("Not saved: %n mistake(s) to correct (marked in red).", nullptr, int(errors.size())),
        true);
}

QString ServiceEditorPage::placeText(const QString &path) const
{
    // "form.steps[1].fields[2].type" -> "Step 2, field 3 (type)"
    static const QRegularExpression field(
        QStringLiteral(R"(^form\.steps\[(\d+)\]\.fields\[(\d+)\](?:\.(.+))?$)"));
    const QRegularExpressionMatch match = field.match(path);
    if (match.hasMatch()) {
        const QString place = tr("Step %1, field %2")
                                  .arg(match.captured(1).toInt() + 1)
                                  .arg(match.captured(2).toInt() + 1);
        return match.captured(3).isEmpty()
            ? place
            : QStringLiteral("%1 (%2)").arg(place, match.captured(3));
    }
    static const QRegularExpression step(QStringLiteral(R"(^form\.steps\[(\d+)\](?:\.(.+))?$)"));
    const QRegularExpressionMatch stepMatch = step.match(path);
    if (stepMatch.hasMatch()) {
        const QString place = tr("Step %1").arg(stepMatch.captured(1).toInt() + 1);
        return stepMatch.captured(2).isEmpty()
            ? place
            : QStringLiteral("%1 (%2)").arg(place, stepMatch.captured(2));
    }
    // The other places are the labels of the "Texts and fee" tab.
    const QMap<QString, QString> labels {
        { QStringLiteral("id"), tr("Id") },
        { QStringLiteral("title.de"), tr("Title (German)") },
        { QStringLiteral("title.en"), tr("Title (English)") },
        { QStringLiteral("summary.de"), tr("Summary (German)") },
        { QStringLiteral("summary.en"), tr("Summary (English)") },
        { QStringLiteral("description.de"), tr("Description (German)") },
        { QStringLiteral("description.en"), tr("Description (English)") },
        { QStringLiteral("legal_basis"), tr("Legal basis") },
        { QStringLiteral("office_id"), tr("Office (id)") },
        { QStringLiteral("processing_days"), tr("Processing time") },
        { QStringLiteral("required_trust_level"), tr("Login needed") },
        { QStringLiteral("fee.base_cents"), tr("Base fee") },
    };
    return labels.value(path, path);
}

void ServiceEditorPage::clearErrors()
{
    for (QWidget *widget : std::as_const(m_marked)) {
        widget->setProperty("invalid", false);
        widget->setToolTip(QString());
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
    }
    m_marked.clear();
    m_errorList->clear();
    m_errorList->hide();
    m_fields->setErrors({});
}

void ServiceEditorPage::markInvalid(QWidget *widget, const QString &message)
{
    widget->setProperty("invalid", true);
    widget->setToolTip(message);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    m_marked.append(widget);
}

void ServiceEditorPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    m_status->setVisible(!text.isEmpty());
}

void ServiceEditorPage::setBusy(bool busy)
{
    m_saveButton->setEnabled(!busy);
    m_discardButton->setEnabled(!busy);
    m_newButton->setEnabled(!busy);
}

} // namespace rathaus::ui
