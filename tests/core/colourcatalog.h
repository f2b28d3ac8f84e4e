#pragma once

// A tiny street-to-shop world whose right answers can be worked out by hand: every garment is a
// solid colour on grey, the "embedder" is the crop's mean colour (SPoC over the pixels) and the
// "detector" always finds the centre of the photo. Pair p's street photo and shop photo show the
// same colour, so the right shop item is the one whose colour the query's crop is closest to.
#include "testmodels.h"

#include "dataset/deepfashion2io.h"

#include <QColor>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <vector>

namespace lookbook::test {

struct ColourGarment final {
    QColor colour;
    int category = 1;
};

// Red, green and blue, one pair each: the split most suites search (its answers are plain to see).
inline std::vector<ColourGarment> primaryColours()
{
    return {{QColor(220, 30, 30), 1}, {QColor(30, 200, 40), 1}, {QColor(40, 50, 220), 1}};
}

// 64×64 photos: street photos (ids 1…n) hold the garment at [8, 8, 40, 40], shop photos (ids 101…)
// at [16, 16, 48, 48]; both annotated with pair_id p + 1 and style 1.
inline bool writeColourSplit(const QString &root, const std::vector<ColourGarment> &garments)
{
    QDir().mkpath(root + QStringLiteral("/image"));
    QDir().mkpath(root + QStringLiteral("/annos"));
    std::vector<dataset::ImageAnnotation> annotations;
    for (std::size_t p = 0; p < garments.size(); ++p) {
        for (const bool shop : {false, true}) {
            const int id = static_cast<int>(p) + (shop ? 101 : 1);
            const Box box = shop ? Box{16, 16, 48, 48} : Box{8, 8, 40, 40};
            QImage photo(64, 64, QImage::Format_RGB32);
            photo.fill(QColor(128, 128, 128));
            QPainter painter(&photo);
            painter.fillRect(QRectF(box.x1, box.y1, box.width(), box.height()), garments[p].colour);
            painter.end();
            photo.save(root + QStringLiteral("/image/") + dataset::DeepFashion2Io::fileStem(id) + QStringLiteral(".jpg"), "JPG", 100);
            dataset::ImageAnnotation annotation;
            annotation.imageId = id;
            annotation.source = shop ? dataset::ImageSource::Shop : dataset::ImageSource::User;
            annotation.pairId = static_cast<int>(p) + 1;
            dataset::GarmentItem item;
            item.categoryId = garments[p].category;
            item.categoryName = QStringLiteral("garment");
            item.style = 1;
            item.box = box;
            item.itemNumber = 1;
            annotation.items.push_back(item);
            annotations.push_back(annotation);
        }
    }
    return dataset::DeepFashion2Io::writeSplit(root, annotations).ok();
}

// TorchScript lines that leave `w` a 128×128 matrix of ones after `rounds` matrix products that
// change nothing: the work that makes a model slow on purpose.
inline QByteArray busyWork(int rounds)
{
    return QByteArrayLiteral("    w = torch.ones(128, 128)\n"
                             "    for i in range(") + QByteArray::number(rounds) + QByteArrayLiteral("):\n"
                             "        w = torch.mm(w, w) / 128.0\n");
}

// The crop's mean colour as a unit 3-vector. `extraWork` rounds of busyWork make a slow model (for
// tests that interrupt an import).
inline QString makeColourEmbedder(const QString &folder, const QString &name, int extraWork = 0)
{
    const QByteArray source = QByteArrayLiteral("def forward(self, x):\n") + busyWork(extraWork) + QByteArrayLiteral("    return x * w[0, 0]\n");
    return makeModel(folder, name, source.constData(), QStringLiteral("embedder"),
                     QStringLiteral(R"({"input_size": [8, 8], "resize": "stretch"})"),
                     QStringLiteral(R"({"output": "feature_map", "dimension": 3, "head": [{"type": "spoc"}]})"));
}

// Always [16, 16, 48, 48] of a 64×64 photo, category `category`, score 0.9. `extraWork` rounds of
// busyWork make a slow detector (for tests that the GUI keeps turning while one runs).
inline QString makeCentreDetector(const QString &folder, const QString &name, int category = 1, int extraWork = 0)
{
    const QByteArray source = QByteArrayLiteral("def forward(self, x):\n") + busyWork(extraWork)
        + QByteArrayLiteral("    return torch.tensor([[[16.0, 16.0, 48.0, 48.0, 0.9, 0.0]]]).repeat(x.size(0), 1, 1) * w[0, 0]\n");
    return makeModel(folder, name, source.constData(), QStringLiteral("detector"), QStringLiteral(R"({"input_size": [64, 64], "resize": "stretch"})"),
                     QStringLiteral(R"({"decoder": "yolo_nms", "classes": [%1]})").arg(category));
}

// The colour world on disk, in a folder of its own: the primary-colour split ("validation"), the
// colour embedder and the centre detector beside it. What the CLI suites import and search.
struct ColourWorld final {
    QTemporaryDir dir;
    QString split;
    QString embedder;
    QString detector;

    bool make()
    {
        if (!dir.isValid())
            return false;
        split = dir.filePath(QStringLiteral("validation"));
        embedder = makeColourEmbedder(dir.path(), QStringLiteral("colour"));
        detector = makeCentreDetector(dir.path(), QStringLiteral("centre"));
        return writeColourSplit(split, primaryColours()) && !embedder.isEmpty() && !detector.isEmpty();
    }
};

} // namespace lookbook::test
