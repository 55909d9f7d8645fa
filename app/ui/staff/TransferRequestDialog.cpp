#include "app/ui/staff/TransferRequestDialog.h"

#include "app/client/ServiceCatalogueModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace rathaus::ui {

TransferRequestDialog::TransferRequestDialog(client::ServiceCatalogueModel *catalogue,
                                             const QString &ownOfficeId, QWidget *parent)
    : QDialog(parent), m_officeCombo(new QComboBox(this)), m_purposeEdit(new QLineEdit(this)),
      m_legalBasisEdit(new QLineEdit(this)), m_errorLabel(new QLabel(this)),
      m_idempotencyKey(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
    setObjectName(QStringLiteral("transferRequestDialog"));
    setWindowTitle(tr("Request a record"));
    // Wide enough for the intro and the records in two columns, also with
    // large fonts: measured in the font, not in pixels.
    setMinimumWidth(qMax(520, fontMetrics().averageCharWidth() * 64));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    auto *title = new QLabel(tr("Request a record from another office"), this);
    title->setProperty("subheading", true);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("The citizen is asked first and decides. Say what you need the "
                                "record for and on which legal basis."),
                             this);
    intro->setWordWrap(true);
    intro->setProperty("muted", true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_officeCombo->setObjectName(QStringLiteral("transferOfficeComboBox"));
    // Offices come from the catalogue: every office that offers a service.
    QStringList offices;
    for (int row = 0; row < catalogue->rowCount(); ++row) {
        const ServiceSummary *service = catalogue->service(catalogue->serviceId(row));
        if (service && service->officeId != ownOfficeId && !offices.contains(service->officeId))
            offices.append(service->officeId);
    }
    for (const QString &office : std::as_const(offices))
        m_officeCombo->addItem(catalogue->officeName(office), office);
    form->addRow(tr("From &office"), m_officeCombo);

    // The kinds of record in two columns with room between them: in one
    // row they crowded each other (and the dialog's edge with larger fonts).
    auto *categoryBox = new QWidget(this);
    categoryBox->setObjectName(QStringLiteral("transferCategories"));
    categoryBox->setAccessibleName(tr("Kinds of record"));
    auto *categories = new QGridLayout(categoryBox);
    categories->setContentsMargins(0, 2, 0, 2);
    categories->setHorizontalSpacing(24);
    categories->setVerticalSpacing(8);
    const QStringList known = knownCategories();
    for (int i = 0; i < known.size(); ++i) {
        auto *box = new QCheckBox(categoryLabel(known.at(i)), categoryBox);
        box->setObjectName(QStringLiteral("category_") + known.at(i));
        box->setProperty("category", known.at(i));
        box->setMinimumHeight(box->sizeHint().height() + 4);
        categories->addWidget(box, i / 2, i % 2);
        m_categoryBoxes.append(box);
    }
    categories->setColumnStretch(2, 1);
    auto *recordsLabel = new QLabel(tr("Records"), this);
    // The label sits at the first row of boxes, not in the middle of two.
    recordsLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(recordsLabel, categoryBox);

    m_purposeEdit->setObjectName(QStringLiteral("transferPurposeLineEdit"));
    m_purposeEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_purposeEdit->setPlaceholderText(tr("e.g. checking the child's birth for parental benefit"));
    form->addRow(tr("&Purpose"), m_purposeEdit);
    m_legalBasisEdit->setObjectName(QStringLiteral("transferLegalBasisLineEdit"));
    m_legalBasisEdit->setPlaceholderText(tr("e.g. § 1 BEEG"));
    form->addRow(tr("&Legal basis"), m_legalBasisEdit);
    layout->addLayout(form);

    m_errorLabel->setObjectName(QStringLiteral("transferErrorLabel"));
    m_errorLabel->setProperty("error", true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("&Cancel"), this);
    auto *send = new QPushButton(tr("&Send request"), this);
    send->setObjectName(QStringLiteral("sendTransferButton"));
    send->setProperty("primary", true);
    send->setDefault(true);
    buttons->addWidget(cancel);
    buttons->addWidget(send);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(send, &QPushButton::clicked, this, [this] {
        if (validate())
            emit confirmed();
    });
}

QStringList TransferRequestDialog::knownCategories()
{
    return { QStringLiteral("birth"), QStringLiteral("residence"), QStringLiteral("marriage"),
             QStringLiteral("vehicle") };
}

QString TransferRequestDialog::categoryLabel(const QString &category)
{
    if (category == QLatin1String("birth"))
        return tr("Birth");
    if (category == QLatin1String("residence"))
        return tr("Residence");
    if (category == QLatin1String("marriage"))
        return tr("Marriage");
    if (category == QLatin1String("vehicle"))
        return tr("Vehicle");
    return category;
}

client::TransferRequest TransferRequestDialog::request() const
{
    client::TransferRequest request;
    request.fromOfficeId = m_officeCombo->currentData().toString();
    for (QCheckBox *box : m_categoryBoxes) {
        if (box->isChecked())
            request.categories.append(box->property("category").toString());
    }
    request.purpose = m_purposeEdit->text().trimmed();
    request.legalBasis = m_legalBasisEdit->text().trimmed();
    return request;
}

void TransferRequestDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

bool TransferRequestDialog::validate()
{
    const client::TransferRequest r = request();
    if (r.fromOfficeId.isEmpty())
        showError(tr("Please choose the office that holds the record."));
    else if (r.categories.isEmpty())
        showError(tr("Please choose at least one kind of record."));
    else if (r.purpose.isEmpty())
        showError(tr("Please state the purpose."));
    else if (r.legalBasis.isEmpty())
        showError(tr("Please state the legal basis."));
    else
        return true;
    return false;
}

} // namespace rathaus::ui
