#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QImage;

namespace lookbook::models {

// A decoded photo, 8-bit BGR, shared cheaply between the detectors and embedders that read it.
// Qt decodes it (pixel for pixel what OpenCV's imgcodecs gives, from the same libjpeg-turbo, libpng
// and libwebp, without imgcodecs' GDAL, DICOM and OpenEXR loaded into every process); the pixels live
// in an OpenCV matrix for preprocessing, and nothing here needs its headers.
class DecodedImage final
{
public:
    // Errors name the file: missing, unreadable, empty, more pixels than limits::kMaxImagePixels, or
    // not an image Lookbook can read. EXIF orientation is applied.
    static Result<DecodedImage> load(const QString &path);
    static Result<DecodedImage> decode(const QByteArray &encoded, const QString &source);
    // The photo as a QImage for display, with the same checks and plain messages as load(); for the GUI.
    static Result<QImage> readForDisplay(const QString &path);
    // The checks decode() makes before decoding: not empty, one of the formats Lookbook reads (JPEG,
    // PNG, BMP, WebP, by their first bytes), and a pixel count within the limit, read from the header
    // (a 20000 × 20000 PNG of a few kB would decode to 1.2 GB).
    static Status checkImageHeader(const QByteArray &encoded, const QString &source);

    int width() const;
    int height() const;

    struct Pixels;
    const Pixels &pixels() const { return *m_pixels; }

private:
    static Result<QImage> decodeToQImage(const QByteArray &encoded, const QString &source);
    explicit DecodedImage(std::shared_ptr<const Pixels> pixels) : m_pixels(std::move(pixels)) {}
    std::shared_ptr<const Pixels> m_pixels;
};

} // namespace lookbook::models
