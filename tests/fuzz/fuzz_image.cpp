// An encoded photo: decoded as the detectors and embedders do (OpenCV), then made into a model
// input; and its size read as imports do (QImageReader).
#include "fuzzinput.h"

#include "models/decodedimage.h"
#include "models/modelmanifest.h"
#include "models/preprocessor.h"

#include <QBuffer>
#include <QImageReader>

using namespace lookbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray input = fuzz::FuzzInput::bytes(data, size);
    const Result<models::DecodedImage> image = models::DecodedImage::decode(input, QStringLiteral("fuzz.jpg"));
    fuzz::FuzzInput::requireNamed(image, QStringLiteral("fuzz.jpg"));
    if (image) {
        models::Preprocessing preprocessing;
        preprocessing.inputWidth = 32;
        preprocessing.inputHeight = 24;
        models::Preprocessor::wholeImage(*image, preprocessing);
    }
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.size();
    return 0;
}
