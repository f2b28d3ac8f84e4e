#include "models/preprocessor.h"

#include "common/filebytes.h"
#include "common/limits.h"
#include "models/decodedimage_p.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QBuffer>
#include <QImage>
#include <QImageReader>

#include <algorithm>
#include <cmath>
#include <limits>
#include <new>

namespace lookbook::models {

namespace {

// The region's pixels placed into a frame of frameWidth × frameHeight (at least the geometry's input
// size): resized, padded, then normalised into `out`.
void fill(const cv::Mat &region, const ResizeGeometry &g, const Preprocessing &p, int frameWidth, int frameHeight, float *out)
{
    cv::Mat resized;
    cv::resize(region, resized, cv::Size(g.scaledWidth(), g.scaledHeight()), 0, 0, cv::INTER_LINEAR);
    cv::Mat frame(frameHeight, frameWidth, CV_8UC3, cv::Scalar::all(p.padValue));
    resized.copyTo(frame(cv::Rect(g.padLeft(), g.padTop(), g.scaledWidth(), g.scaledHeight())));

    const double scale = p.unitRange ? 1.0 / 255.0 : 1.0;
    const size_t plane = static_cast<size_t>(frameWidth) * frameHeight;
    for (int y = 0; y < frame.rows; ++y) {
        const cv::Vec3b *row = frame.ptr<cv::Vec3b>(y);
        for (int x = 0; x < frame.cols; ++x) {
            for (int c = 0; c < 3; ++c) {
                // Pixels are BGR; channel c of the tensor takes BGR index c, or 2 − c for RGB models.
                const int source = p.bgr ? c : 2 - c;
                out[c * plane + static_cast<size_t>(y) * frame.cols + x] =
                    static_cast<float>((row[x][source] * scale - p.mean[static_cast<size_t>(c)]) / p.std[static_cast<size_t>(c)]);
            }
        }
    }
}

QString notAnImage(const QString &source)
{
    return QStringLiteral("%1: not an image Lookbook can read (JPEG, PNG, BMP or WebP)").arg(source);
}

bool isWebP(const QByteArray &bytes)
{
    return bytes.size() >= 16 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP";
}

// The formats Lookbook reads, known by their first bytes. OpenCV decodes many more (PFM, TIFF,
// JPEG 2000, Sun raster, …) whose size Qt cannot read from the header, so their pixel count could
// not be checked before decoding: a 30-byte PFM claiming 10⁹ float pixels made OpenCV allocate 12 GB
// (fuzzing found it).
bool isReadableFormat(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xD8\xFF") || bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.startsWith("BM") || isWebP(bytes);
}

// A WebP's canvas size from its first chunk (extended VP8X, lossy VP8 or lossless VP8L, whose data
// start at byte 20); invalid when the file is cut short or the chunk is none of these.
QSize webpSize(const QByteArray &bytes)
{
    const auto at = [&bytes](int i) { return static_cast<quint32>(static_cast<unsigned char>(bytes.at(i))); };
    const QByteArray chunk = bytes.mid(12, 4);
    if (chunk == "VP8X" && bytes.size() >= 30)  // flags, 3 reserved bytes, then 24-bit width − 1 and height − 1
        return {static_cast<int>((at(24) | at(25) << 8 | at(26) << 16) + 1), static_cast<int>((at(27) | at(28) << 8 | at(29) << 16) + 1)};
    if (chunk == "VP8 " && bytes.size() >= 30)  // frame tag, start code 9d 01 2a, then 14-bit width and height
        return {static_cast<int>((at(26) | at(27) << 8) & 0x3fff), static_cast<int>((at(28) | at(29) << 8) & 0x3fff)};
    if (chunk == "VP8L" && bytes.size() >= 25) {  // signature 0x2f, then 14-bit width − 1 and height − 1
        const quint32 bits = at(21) | at(22) << 8 | at(23) << 16 | at(24) << 24;
        return {static_cast<int>((bits & 0x3fff) + 1), static_cast<int>(((bits >> 14) & 0x3fff) + 1)};
    }
    return {};
}

} // namespace

Result<DecodedImage> DecodedImage::load(const QString &path)
{
    const Result<QByteArray> bytes = FileBytes::read(path, limits::kMaxImageFileBytes);
    if (!bytes)
        return bytes.error();
    return decode(*bytes, FileBytes::displayName(path));
}

Result<QImage> DecodedImage::readForDisplay(const QString &path)
{
    const Result<QByteArray> bytes = FileBytes::read(path, limits::kMaxImageFileBytes);
    if (!bytes)
        return bytes.error();
    return decodeToQImage(*bytes, FileBytes::displayName(path));
}

Result<QImage> DecodedImage::decodeToQImage(const QByteArray &encoded, const QString &source)
{
    if (Status checked = checkImageHeader(encoded, source); !checked)
        return checked.error();
    QBuffer buffer;
    buffer.setData(encoded);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);  // phone photos carry their orientation in EXIF
    // Qt's own limit (256 MiB) would refuse photos that pass ours, with "Unable to read image data".
    reader.setAllocationLimit(limits::kMaxImageAllocationMiB);
    QImage image = reader.read();
    if (image.isNull())
        return Error{ErrorCode::InvalidData, notAnImage(source)};
    return image;
}

Result<DecodedImage> DecodedImage::decode(const QByteArray &encoded, const QString &source)
{
    Result<QImage> decoded = decodeToQImage(encoded, source);
    if (!decoded)
        return decoded.error();
    try {
        // Alpha is dropped and grey or 16-bit pixels become 8-bit RGB, as OpenCV's IMREAD_COLOR does.
        const QImage rgb = decoded->convertToFormat(QImage::Format_RGB888);
        if (rgb.isNull())
            return Error{ErrorCode::IoError, QStringLiteral("%1: not enough memory to decode the image").arg(source)};
        const cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()), static_cast<size_t>(rgb.bytesPerLine()));
        auto pixels = std::make_shared<Pixels>();
        cv::cvtColor(view, pixels->bgr, cv::COLOR_RGB2BGR);
        return DecodedImage(std::move(pixels));
    } catch (const cv::Exception &e) {
        return Error{ErrorCode::BackendError, QStringLiteral("%1: OpenCV: %2").arg(source, QString::fromStdString(e.msg))};
    } catch (const std::bad_alloc &) {
        return Error{ErrorCode::IoError, QStringLiteral("%1: not enough memory to decode the image").arg(source)};
    }
}

Status DecodedImage::checkImageHeader(const QByteArray &encoded, const QString &source)
{
    if (encoded.isEmpty())
        return Status::failure(ErrorCode::InvalidData, QStringLiteral("%1: empty file (0 bytes)").arg(source));
    if (encoded.size() > limits::kMaxImageFileBytes || encoded.size() > std::numeric_limits<int>::max())
        return Status::failure(ErrorCode::InvalidData, QStringLiteral("%1: %2 bytes, more than the limit of %3 for an image")
                                                           .arg(source).arg(encoded.size()).arg(limits::kMaxImageFileBytes));
    if (!isReadableFormat(encoded))
        return Status::failure(ErrorCode::InvalidData, notAnImage(source));
    // Only the header is read: the pixel count is known before anything is decoded.
    QSize size;
    if (isWebP(encoded)) {
        size = webpSize(encoded);
    } else {
        QBuffer buffer;
        buffer.setData(encoded);
        buffer.open(QIODevice::ReadOnly);
        size = QImageReader(&buffer).size();
    }
    if (!size.isValid())
        return Status::failure(ErrorCode::InvalidData, notAnImage(source));
    if (static_cast<qint64>(size.width()) * size.height() > limits::kMaxImagePixels)
        return Status::failure(ErrorCode::InvalidData, QStringLiteral("%1: image is %2×%3 pixels (%4 megapixels), more than the limit of %5 megapixels")
                                                           .arg(source)
                                                           .arg(size.width())
                                                           .arg(size.height())
                                                           .arg(static_cast<qint64>(size.width()) * size.height() / 1'000'000)
                                                           .arg(limits::kMaxImagePixels / 1'000'000));
    return success();
}

int DecodedImage::width() const { return m_pixels->bgr.cols; }
int DecodedImage::height() const { return m_pixels->bgr.rows; }

TensorBatch Preprocessor::wholeImage(const DecodedImage &image, const Preprocessing &p)
{
    return wholeImages({image}, p);
}

TensorBatch Preprocessor::wholeImages(const std::vector<DecodedImage> &images, const Preprocessing &p)
{
    TensorBatch batch;
    batch.batch = static_cast<int>(images.size());
    for (const DecodedImage &image : images) {
        const ResizeGeometry g = ResizeGeometry::plan(p.resize, image.width(), image.height(), p.inputWidth, p.inputHeight, p.sizeDivisor);
        batch.width = std::max(batch.width, g.inputWidth());
        batch.height = std::max(batch.height, g.inputHeight());
        batch.geometry.push_back(g);
        batch.regions.push_back({0, 0, static_cast<double>(image.width()), static_cast<double>(image.height())});
    }
    const size_t entry = static_cast<size_t>(3) * batch.width * batch.height;
    batch.data.resize(entry * images.size());
    for (size_t i = 0; i < images.size(); ++i)
        fill(images[i].pixels().bgr, batch.geometry[i], p, batch.width, batch.height, batch.data.data() + entry * i);
    return batch;
}

TensorBatch Preprocessor::crops(const DecodedImage &image, const std::vector<Box> &boxes, double margin, const Preprocessing &p)
{
    const ResizeMode mode = p.resize == ResizeMode::ShorterSide ? ResizeMode::Letterbox : p.resize;
    TensorBatch batch;
    batch.batch = static_cast<int>(boxes.size());
    batch.width = p.inputWidth;
    batch.height = p.inputHeight;
    const size_t entry = static_cast<size_t>(3) * p.inputWidth * p.inputHeight;
    batch.data.resize(entry * boxes.size());
    for (size_t i = 0; i < boxes.size(); ++i) {
        const Box &b = boxes[i];
        const double mx = margin * b.width(), my = margin * b.height();
        // Whole pixels, at least one, inside the image.
        const int x1 = std::clamp(static_cast<int>(std::floor(b.x1 - mx)), 0, image.width() - 1);
        const int y1 = std::clamp(static_cast<int>(std::floor(b.y1 - my)), 0, image.height() - 1);
        const int x2 = std::clamp(static_cast<int>(std::ceil(b.x2 + mx)), x1 + 1, image.width());
        const int y2 = std::clamp(static_cast<int>(std::ceil(b.y2 + my)), y1 + 1, image.height());
        const cv::Mat region = image.pixels().bgr(cv::Rect(x1, y1, x2 - x1, y2 - y1));
        const ResizeGeometry g = ResizeGeometry::plan(mode, region.cols, region.rows, p.inputWidth, p.inputHeight);
        fill(region, g, p, p.inputWidth, p.inputHeight, batch.data.data() + entry * i);
        batch.geometry.push_back(g);
        batch.regions.push_back({static_cast<double>(x1), static_cast<double>(y1), static_cast<double>(x2), static_cast<double>(y2)});
    }
    return batch;
}

} // namespace lookbook::models
