#include "widgets/resultspanel.h"

#include "widgets/itemgridview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace lookbook::ui {

namespace {
// The paper's settings (its Table 7), sized for catalogs of a few thousand items.
constexpr int kQeNeighbours = 5;
constexpr double kQeAlpha = 3.0;
constexpr int kDbaNeighbours = 5;
constexpr double kDbaAlpha = 3.0;
constexpr int kTopK = 20;
} // namespace

ResultsPanel::ResultsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    auto *bar = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::RichText);
    // A long query name wraps rather than holding the window wide.
    m_heading->setWordWrap(true);
    bar->addWidget(m_heading, 1);
    m_embedderLabel = new QLabel(tr("E&mbedder:"), this);
    m_embedder = new QComboBox(this);
    m_embedder->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_embedder->setMinimumContentsLength(16);
    m_embedder->setToolTip(tr("The model whose vectors are searched; the catalog holds a vector set for each"));
    m_embedderLabel->setBuddy(m_embedder);
    connect(m_embedder, &QComboBox::activated, this, [this] { Q_EMIT embedderChosen(m_embedder->currentData().toString()); });
    bar->addWidget(m_embedderLabel);
    bar->addWidget(m_embedder);
    bar->addSpacing(12);
    auto *post = new QLabel(tr("Post-processing:"), this);
    bar->addWidget(post);
    m_qe = new QCheckBox(tr("&QE"), this);
    m_qe->setToolTip(tr("α-query expansion: the query is averaged with its %1 nearest shop items").arg(kQeNeighbours));
    m_dba = new QCheckBox(tr("&DBA"), this);
    m_dba->setToolTip(tr("Database-side augmentation: every shop item is averaged with its %1 nearest neighbours").arg(kDbaNeighbours));
    m_rerank = new QCheckBox(tr("&Re-rank"), this);
    m_rerank->setToolTip(tr("k-reciprocal re-ranking (k1 = 20, k2 = 6, λ = 0.3)"));
    for (QCheckBox *box : {m_qe, m_dba, m_rerank}) {
        bar->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ResultsPanel::searchOptionsChanged);
    }
    m_export = new QToolButton(this);
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addSpacing(12);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_view = new ItemGridView(this);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) { Q_EMIT resultActivated(index.row()); });
    layout->addWidget(m_view, 1);
    setHeading({});
    setEmbedders({}, {});
}

void ResultsPanel::setEmbedders(const QStringList &manifests, const QString &current)
{
    m_embedder->clear();
    for (const QString &path : manifests)
        m_embedder->addItem(QFileInfo(path).completeBaseName(), path);
    m_embedder->setCurrentIndex(std::max(0, m_embedder->findData(current)));
    m_embedderLabel->setVisible(manifests.size() > 1);
    m_embedder->setVisible(manifests.size() > 1);
}

void ResultsPanel::setExportAction(QAction *action)
{
    m_export->setDefaultAction(action);
}

void ResultsPanel::setModel(QAbstractItemModel *model)
{
    m_view->setModel(model);
}

void ResultsPanel::setHeading(const QString &text)
{
    m_heading->setText(text.isEmpty() ? tr("<i>Click a fused box, or Shift+drag a box of your own, to find it in the shop</i>") : text);
}

QString ResultsPanel::heading() const
{
    return m_heading->text();
}

search::SearchOptions ResultsPanel::searchOptions() const
{
    search::SearchOptions options;
    options.topK = kTopK;
    if (m_qe->isChecked()) {
        options.qeNeighbours = kQeNeighbours;
        options.qeAlpha = kQeAlpha;
    }
    if (m_dba->isChecked()) {
        options.dbaNeighbours = kDbaNeighbours;
        options.dbaAlpha = kDbaAlpha;
    }
    if (m_rerank->isChecked())
        options.rerank = postprocess::KReciprocalReranker::Params{};
    return options;
}

void ResultsPanel::setSearchOptions(const search::SearchOptions &options)
{
    const QSignalBlocker qe(m_qe);
    const QSignalBlocker dba(m_dba);
    const QSignalBlocker rerank(m_rerank);
    m_qe->setChecked(options.qeNeighbours > 0);
    m_dba->setChecked(options.dbaNeighbours > 0);
    m_rerank->setChecked(options.rerank.has_value());
}

} // namespace lookbook::ui
