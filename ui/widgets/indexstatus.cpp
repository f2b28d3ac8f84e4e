#include "widgets/indexstatus.h"

#include "index/indexparams.h"

#include <QDateTime>
#include <QFileInfo>
#include <QGridLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace lookbook::ui {

namespace {

// "hnsw m=32 efC=200 efSearch=128" from what the catalog recorded, or the bare type name.
QString describeIndex(const catalog::VectorSetInfo &set)
{
    if (set.indexType.isEmpty())
        return IndexStatus::tr("none");
    const Result<index::IndexParams> params = index::IndexParams::fromJson(QJsonDocument::fromJson(set.indexParams).object());
    return params ? params->describe() : set.indexType;
}

// The catalog's UTC timestamp in the user's time zone and format.
QString builtAt(const QString &timestamp)
{
    if (timestamp.isEmpty())
        return IndexStatus::tr("never");
    const QDateTime when = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : timestamp;
}

} // namespace

IndexStatus::IndexStatus(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setTextFormat(Qt::RichText);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rebuild = new QPushButton(tr("&Rebuild Index"), this);
    m_rebuild->setToolTip(tr("Builds the index again from the catalog's vectors (Tools ▸ Preferences ▸ Catalog chooses its type)"));
    connect(m_rebuild, &QPushButton::clicked, this, &IndexStatus::rebuildRequested);
    layout->addWidget(m_stateLabel, 0, 0);
    layout->addWidget(m_rebuild, 0, 1, Qt::AlignRight);
    layout->addWidget(m_details, 1, 0, 1, 2);
    setState(State::NoCatalog, {});
}

QString IndexStatus::stateText() const
{
    switch (m_state) {
    case State::NoCatalog: return tr("No catalog open");
    case State::Opening: return tr("Opening…");
    case State::Ready: return tr("Index up to date");
    case State::OutOfDate: return tr("Index out of date");
    case State::Failed: return tr("Cannot open");
    case State::Rebuilding: return tr("Rebuilding the index…");
    }
    return {};
}

QString IndexStatus::detailsText() const
{
    return m_details->text();
}

void IndexStatus::showOpening(const QString &catalogPath)
{
    setState(State::Opening, QFileInfo(catalogPath).fileName());
}

void IndexStatus::showReady(const catalog::VectorSetInfo &set)
{
    const QLocale locale;
    setState(State::Ready, tr("Vector set <b>%1</b> by %2 (%3 dimensions): %4 vectors.<br>Index: %5, %6 vectors, built %7.")
                               .arg(set.name.toHtmlEscaped(), set.modelName.toHtmlEscaped())
                               .arg(set.dimension)
                               .arg(locale.toString(set.vectorCount), describeIndex(set).toHtmlEscaped(), locale.toString(set.indexCount),
                                    builtAt(set.indexBuiltAt).toHtmlEscaped()));
}

void IndexStatus::showProblem(const QString &message, bool outOfDate)
{
    setState(outOfDate ? State::OutOfDate : State::Failed, message.toHtmlEscaped());
}

void IndexStatus::showRebuilding()
{
    setState(State::Rebuilding, m_details->text());
}

void IndexStatus::setState(State state, const QString &detail)
{
    m_state = state;
    const char *colour = state == State::Ready ? "#2e7d32" : (state == State::OutOfDate || state == State::Failed) ? "#a4271b" : "#666666";
    m_stateLabel->setText(QStringLiteral("<b style=\"color:%1\">%2</b>").arg(QLatin1String(colour), stateText().toHtmlEscaped()));
    m_details->setText(detail);
    m_details->setVisible(!detail.isEmpty());
    // The cure for a stale or missing index; for other failures the rebuild says what is wrong itself.
    m_rebuild->setEnabled(state == State::Ready || state == State::OutOfDate || state == State::Failed);
}

} // namespace lookbook::ui
