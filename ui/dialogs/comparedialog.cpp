#include "dialogs/comparedialog.h"

#include "models/categorylabel.h"
#include "models/decodedimage.h"
#include "models/errortext.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lookbook::ui {

namespace {

const QSize kPane(420, 420);

QLabel *makePane(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setMinimumSize(kPane);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(QStringLiteral("background: #2b2d31; color: #c8ccd2;"));
    return label;
}

} // namespace

CompareDialog::CompareDialog(const QImage &queryCrop, const QString &queryText, const catalog::ItemDetails &result, int rank, double score,
                             QWidget *parent)
    : QDialog(parent), m_result(result)
{
    setWindowTitle(tr("Compare — result #%1").arg(rank));
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    auto *query = makePane(this);
    query->setPixmap(QPixmap::fromImage(queryCrop.scaled(kPane, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_shop = makePane(this);
    m_shop->setText(tr("Reading the shop photo…"));
    grid->addWidget(new QLabel(tr("<b>Query</b> — %1").arg(queryText.toHtmlEscaped()), this), 0, 0);
    const QString title = result.product && !result.product->title.isEmpty() ? result.product->title : categoryLabel(result.item.categoryId);
    grid->addWidget(new QLabel(tr("<b>#%1</b> — %2, similarity %3").arg(rank).arg(title.toHtmlEscaped()).arg(score, 0, 'f', 3), this), 0, 1);
    grid->addWidget(query, 1, 0);
    grid->addWidget(m_shop, 1, 1);
    auto *path = new QLabel(tr("%1 · pair %2 · item %3").arg(result.image.path).arg(result.image.pairId).arg(result.item.id), this);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setEnabled(false);
    grid->addWidget(path, 2, 0, 1, 2);
    layout->addLayout(grid);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    QtConcurrent::run(&models::DecodedImage::readForDisplay, result.image.path).then(this, [this](const Result<QImage> &photo) { showShopPhoto(photo); });
}

void CompareDialog::showShopPhoto(const Result<QImage> &read)
{
    if (!read) {
        m_shop->setWordWrap(true);
        m_shop->setText(ErrorText::of(read.error()));
        return;
    }
    const QImage &photo = *read;
    QImage marked = photo.convertToFormat(QImage::Format_RGB32);
    QPainter painter(&marked);
    painter.setRenderHint(QPainter::Antialiasing);
    const Box &box = m_result.item.box;
    painter.setPen(QPen(QColor(0xff, 0xd5, 0x4f), std::max(2.0, marked.width() / 160.0)));
    painter.drawRect(QRectF(box.x1, box.y1, box.width(), box.height()));
    painter.end();
    m_shop->setPixmap(QPixmap::fromImage(marked.scaled(kPane, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_shopShown = true;
    Q_EMIT shopPhotoShown();
}

} // namespace lookbook::ui
