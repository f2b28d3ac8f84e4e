#include "widgets/iteminspector.h"

#include "dataset/categories.h"
#include "models/categorylabel.h"
#include "models/reviewdocument.h"
#include "widgets/qastyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lookbook::ui {

namespace {

QString originText(catalog::ItemOrigin origin)
{
    switch (origin) {
    case catalog::ItemOrigin::GroundTruth:
        return ItemInspector::tr("Ground truth");
    case catalog::ItemOrigin::HandCorrected:
        return ItemInspector::tr("Ground truth (corrected)");
    case catalog::ItemOrigin::Fused:
        return ItemInspector::tr("Prediction (fused)");
    case catalog::ItemOrigin::Detector:
        return ItemInspector::tr("Prediction (one detector)");
    }
    return {};
}

} // namespace

ItemInspector::ItemInspector(ReviewDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *imageGroup = new QGroupBox(tr("Image"), this);
    auto *imageForm = new QFormLayout(imageGroup);
    m_imageLabel = new QLabel(imageGroup);
    m_imageLabel->setWordWrap(true);
    m_pairId = new QSpinBox(imageGroup);
    m_pairId->setRange(0, 9999999);
    m_pairId->setSpecialValueText(tr("none"));
    m_reviewed = new QCheckBox(tr("Reviewed"), imageGroup);
    m_counts = new QLabel(imageGroup);
    m_counts->setTextFormat(Qt::RichText);
    imageForm->addRow(m_imageLabel);
    imageForm->addRow(tr("Pair id"), m_pairId);
    imageForm->addRow(m_reviewed);
    imageForm->addRow(m_counts);

    auto *itemGroup = new QGroupBox(tr("Selected box"), this);
    auto *itemForm = new QFormLayout(itemGroup);
    m_origin = new QLabel(itemGroup);
    m_category = new QComboBox(itemGroup);
    for (const dataset::Category &category : dataset::categories())
        m_category->addItem(tr("%1  %2").arg(category.id).arg(categoryLabel(category.id)), category.id);
    m_style = new QSpinBox(itemGroup);
    m_style->setRange(0, 999);
    m_score = new QLabel(itemGroup);
    m_accept = new QPushButton(tr("&Accept as Ground Truth"), itemGroup);
    m_accept->setToolTip(tr("Copy this prediction into the ground truth (A)"));
    m_delete = new QPushButton(tr("&Delete"), itemGroup);
    itemForm->addRow(tr("Origin"), m_origin);
    itemForm->addRow(tr("Category"), m_category);
    itemForm->addRow(tr("Style"), m_style);
    itemForm->addRow(tr("Score"), m_score);
    itemForm->addRow(m_accept);
    itemForm->addRow(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(imageGroup);
    layout->addWidget(itemGroup);

    connect(m_pairId, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_updating)
            m_document->setPairId(value);
    });
    connect(m_reviewed, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating)
            m_document->setReviewed(on);
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updating && index >= 0)
            m_document->setCategory(m_key, m_category->itemData(index).toInt());
    });
    connect(m_style, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_updating)
            m_document->setStyle(m_key, value);
    });
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (const int key = m_document->acceptPrediction(m_key))
            Q_EMIT itemCreated(key);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { m_document->deleteItem(m_key); });
    connect(m_document, &ReviewDocument::imageEdited, this, &ItemInspector::refresh);
    connect(m_document, &ReviewDocument::currentImageChanged, this, &ItemInspector::refresh);
    refresh();
}

void ItemInspector::setSelectedKey(int key)
{
    m_key = key;
    refresh();
}

void ItemInspector::refresh()
{
    m_updating = true;
    const review::ReviewImage *image = m_document->currentImage();
    const ImageState *state = m_document->currentState();
    setEnabled(image != nullptr);
    if (image && state) {
        m_imageLabel->setText(tr("<b>%1</b> · %2 · %3 × %4")
                                  .arg(QFileInfo(image->image.path).fileName().toHtmlEscaped(), image->split.toHtmlEscaped())
                                  .arg(image->image.width)
                                  .arg(image->image.height));
        m_pairId->setValue(state->pairId);
        m_reviewed->setChecked(state->reviewed);
        if (m_document->isChecked()) {
            QString counts;
            for (eval::QaOutcome outcome : kQaOutcomes)
                counts += tr("<span style='color:%1'>■</span> %2 %3<br>")
                              .arg(outcomeColour(outcome).name(), outcomeName(outcome).toHtmlEscaped())
                              .arg(m_document->qa().counts.of(outcome));
            counts += tr("Suspicion <b>%1</b>").arg(m_document->qa().suspicion, 0, 'f', 2);
            m_counts->setText(counts);
        } else {
            m_counts->setText(tr("Not checked: run the detectors (Dataset ▸ Run Detectors)"));
        }
    } else {
        m_imageLabel->setText(tr("No image"));
        m_counts->clear();
    }
    const EditorItem *item = state ? state->find(m_key) : nullptr;
    const bool truth = item && review::isGroundTruth(item->item.origin);
    m_category->setEnabled(truth);
    m_style->setEnabled(truth);
    m_accept->setEnabled(item && review::isPrediction(item->item.origin));
    m_delete->setEnabled(item != nullptr);
    if (item) {
        const std::optional<eval::QaOutcome> outcome = m_document->outcomeOf(m_key);
        m_origin->setText(outcome ? tr("%1 — %2").arg(originText(item->item.origin), outcomeName(*outcome)) : originText(item->item.origin));
        m_category->setCurrentIndex(m_category->findData(item->item.categoryId));
        m_style->setValue(item->item.style);
        m_score->setText(item->item.score ? QString::number(*item->item.score, 'f', 3) : tr("—"));
    } else {
        m_origin->setText(tr("Nothing selected: click a box, or drag on the photo to draw one"));
        m_origin->setWordWrap(true);
        m_score->clear();
    }
    m_updating = false;
}

} // namespace lookbook::ui
