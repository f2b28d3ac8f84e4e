// Pixels to tensors, checked value by value on tiny lossless images.
#include "../testfiles.h"
#include "../testimages.h"
#include "common/filebytes.h"
#include "common/limits.h"
#include "models/preprocessor.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <utility>

#include <fcntl.h>
#include <unistd.h>

using namespace lookbook;
using namespace lookbook::models;

using lookbook::test::gradientPng;
using lookbook::test::pngClaiming;

namespace {

Preprocessing plain(int width, int height, ResizeMode mode)
{
    Preprocessing p;
    p.inputWidth = width;
    p.inputHeight = height;
    p.resize = mode;
    return p;  // RGB, 0–1, mean 0, std 1
}

float at(const TensorBatch &t, int entry, int channel, int x, int y)
{
    return t.data[((static_cast<size_t>(entry) * 3 + channel) * t.height + y) * t.width + x];
}

} // namespace

class TestPreprocessor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodeErrorsNameTheFile()
    {
        QTemporaryDir dir;
        const QString none = dir.filePath(QStringLiteral("none.jpg"));
        QCOMPARE(DecodedImage::load(none).error().message, none + QStringLiteral(": no such file"));
        const QString fake = lookbook::test::writeFile(dir.filePath(QStringLiteral("photo.jpg")), "this is text, not a JPEG");
        QCOMPARE(DecodedImage::load(fake).error().message, fake + QStringLiteral(": not an image Lookbook can read (JPEG, PNG, BMP or WebP)"));
        // Raw OpenCV assertion text before.
        const QString empty = lookbook::test::writeFile(dir.filePath(QStringLiteral("empty.jpg")), QByteArray());
        QCOMPARE(DecodedImage::load(empty).error().message, empty + QStringLiteral(": empty file (0 bytes)"));
        QCOMPARE(DecodedImage::decode(QByteArray(), QStringLiteral("pasted")).error().message, QStringLiteral("pasted: empty file (0 bytes)"));
        const QString folder = dir.filePath(QStringLiteral("folder.jpg"));
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(DecodedImage::load(folder).error().message, folder + QStringLiteral(": is a folder, not a file"));
    }

    // "File not found" was reported for a file that is there but not readable.
    void unreadableFilesAreNotCalledMissing()
    {
        QTemporaryDir dir;
        const QString locked = lookbook::test::writeFile(dir.filePath(QStringLiteral("locked.png")), gradientPng(2, 2));
        const QString expected = locked + QStringLiteral(": not readable (permission denied)");
        QCOMPARE(FileBytes::message(locked, FileBytes::Problem::NotReadable), expected);
        if (geteuid() == 0)
            QSKIP("root reads files whatever their permissions; the message is checked above");
        QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
        QCOMPARE(DecodedImage::load(locked).error().message, expected);
    }

    // A 20000 × 20000 PNG of a few hundred bytes decoded to 1.2 GB before; the header is enough to refuse it.
    void refusesImagesWithTooManyPixelsFromTheHeader()
    {
        const Result<DecodedImage> bomb = DecodedImage::decode(pngClaiming(20000, 20000), QStringLiteral("bomb.png"));
        QVERIFY(!bomb.ok());
        QCOMPARE(bomb.error().message, QStringLiteral("bomb.png: image is 20000×20000 pixels (400 megapixels), more than the limit of 200 megapixels"));
        // At the limit the header passes (the pixels of this one are missing, so decoding then fails plainly).
        QVERIFY(DecodedImage::checkImageHeader(pngClaiming(20000, 10000), QStringLiteral("edge.png")).ok());
        QVERIFY(!DecodedImage::checkImageHeader(pngClaiming(20000, 10001), QStringLiteral("edge.png")).ok());
        QCOMPARE(DecodedImage::decode(pngClaiming(2, 1), QStringLiteral("short.png")).error().message,
                 QStringLiteral("short.png: not an image Lookbook can read (JPEG, PNG, BMP or WebP)"));
    }

    // OpenCV decodes formats whose size Qt cannot read from the header: fuzzing found a 30-byte PFM
    // claiming 10⁹ float pixels that made it allocate 12 GB. Only the four formats are read, each sized
    // from its header first (WebP by its own first chunk).
    void readsOnlyFormatsItCanSizeFirst()
    {
        const QString refused = QStringLiteral("x: not an image Lookbook can read (JPEG, PNG, BMP or WebP)");
        QCOMPARE(DecodedImage::decode(QByteArrayLiteral("PF\n100000 10061\n\n\n\n\xb1PF\n\n\n\n\xb1 F\n"), QStringLiteral("x")).error().message, refused);
        QCOMPARE(DecodedImage::decode(QByteArrayLiteral("P6\n2 1\n255\n\x01\x02\x03\x04\x05\x06"), QStringLiteral("x")).error().message, refused);
        QCOMPARE(DecodedImage::decode(QByteArrayLiteral("II*\0\x08\0\0\0"), QStringLiteral("x")).error().message, refused);  // TIFF

        // RIFF, size, WEBP, then the first chunk's tag, size and data (from byte 20).
        const auto webp = [](const char *chunk, const QByteArray &data) {
            return QByteArrayLiteral("RIFF\0\0\0\0WEBP") + QByteArray(chunk, 4) + QByteArray(4, '\0') + data;
        };
        const auto littleEndian = [](quint32 value, int bytes) {
            QByteArray out;
            for (int k = 0; k < bytes; ++k)
                out += static_cast<char>(value >> (8 * k) & 0xff);
            return out;
        };
        const QString bomb = QStringLiteral("x: image is 20000×20000 pixels (400 megapixels), more than the limit of 200 megapixels");
        // Extended: flags and 3 reserved bytes, then 24-bit width − 1 and height − 1.
        const QByteArray flags(4, '\0');
        QCOMPARE(DecodedImage::checkImageHeader(webp("VP8X", flags + littleEndian(19999, 3) + littleEndian(19999, 3)), QStringLiteral("x")).error().message, bomb);
        QVERIFY(DecodedImage::checkImageHeader(webp("VP8X", flags + littleEndian(15, 3) + littleEndian(11, 3)), QStringLiteral("x")).ok());
        // Lossless: signature 0x2f, then 14 bits of width − 1 and 14 of height − 1 (16 × 12 here; the
        // largest a VP8L can say, 16384², is 268 megapixels).
        QVERIFY(DecodedImage::checkImageHeader(webp("VP8L", "\x2f" + littleEndian(15u | 11u << 14, 4)), QStringLiteral("x")).ok());
        QVERIFY(!DecodedImage::checkImageHeader(webp("VP8L", "\x2f" + littleEndian(16383u | 16383u << 14, 4)), QStringLiteral("x")).ok());
        // Lossy: frame tag, start code, then 14-bit width and height.
        QVERIFY(DecodedImage::checkImageHeader(webp("VP8 ", QByteArray(3, '\0') + "\x9d\x01\x2a" + littleEndian(16, 2) + littleEndian(12, 2)), QStringLiteral("x")).ok());
        QCOMPARE(DecodedImage::checkImageHeader(webp("VP8X", QByteArray(3, '\0')), QStringLiteral("x")).error().message, refused);  // cut short
    }

    // Qt cannot give such a name back to the system: "No such file or directory" before, for a file that is there.
    void namesFilesWhoseNameIsNotUtf8()
    {
        QTemporaryDir dir;
        const QByteArray rawName = QFile::encodeName(dir.path()) + "/photo-\xff.png";
        const QByteArray png = gradientPng(2, 2);
        const int fd = ::open(rawName.constData(), O_CREAT | O_WRONLY, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, png.constData(), static_cast<size_t>(png.size())), static_cast<ssize_t>(png.size()));
        ::close(fd);
        const QString path = QFile::decodeName(rawName);
        QCOMPARE(DecodedImage::load(path).error().message,
                 path + QStringLiteral(": the file name is not valid UTF-8 (bad bytes shown as \uFFFD), so it cannot be opened: rename the file"));
    }

    // Every format Lookbook reads decodes to the pixels written (JPEG within its loss); WebP needs Qt's
    // image-format plugins, which install-deps.sh installs.
    void decodesEveryFormatItReads_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QImage::Format>("layout");
        QTest::addColumn<int>("tolerance");
        QTest::newRow("png") << QByteArray("PNG") << QImage::Format_RGB32 << 0;
        QTest::newRow("png with alpha") << QByteArray("PNG") << QImage::Format_ARGB32 << 0;
        QTest::newRow("grey png") << QByteArray("PNG") << QImage::Format_Grayscale8 << 0;
        QTest::newRow("bmp") << QByteArray("BMP") << QImage::Format_RGB32 << 0;
        QTest::newRow("jpeg") << QByteArray("JPG") << QImage::Format_RGB32 << 12;
        QTest::newRow("webp, lossless") << QByteArray("WEBP") << QImage::Format_RGB32 << 0;
    }

    void decodesEveryFormatItReads()
    {
        QFETCH(QByteArray, format);
        QFETCH(QImage::Format, layout);
        QFETCH(int, tolerance);
        QImage written(16, 8, QImage::Format_RGB32);
        for (int y = 0; y < written.height(); ++y)
            for (int x = 0; x < written.width(); ++x)
                written.setPixel(x, y, qRgb(40 + 5 * x, 60 + 10 * y, 180 - 4 * x));  // smooth: JPEG keeps it closely
        written = written.convertToFormat(layout);
        QByteArray encoded;
        QBuffer buffer(&encoded);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY2(written.save(&buffer, format.constData(), 100), format.constData());  // WebP at 100 is lossless
        const Result<DecodedImage> image = DecodedImage::decode(encoded, QStringLiteral("photo"));
        QVERIFY2(image.ok(), image.ok() ? "" : qPrintable(image.error().message));
        const TensorBatch rgb = Preprocessor::wholeImage(*image, plain(16, 8, ResizeMode::Stretch));
        const QImage expected = written.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < 8; ++y) {
            for (int x = 0; x < 16; ++x) {
                const QRgb pixel = expected.pixel(x, y);
                for (const auto &[channel, value] : {std::pair{0, qRed(pixel)}, std::pair{1, qGreen(pixel)}, std::pair{2, qBlue(pixel)}})
                    QVERIFY2(std::abs(at(rgb, 0, channel, x, y) * 255 - value) <= tolerance + 0.01f, qPrintable(QStringLiteral("(%1, %2)").arg(x).arg(y)));
            }
        }
    }

    void channelsRangeAndLayout()
    {
        const DecodedImage image = DecodedImage::decode(gradientPng(4, 2), QStringLiteral("g.png")).value();
        QCOMPARE(image.width(), 4);
        QCOMPARE(image.height(), 2);
        const TensorBatch rgb = Preprocessor::wholeImage(image, plain(4, 2, ResizeMode::Stretch));
        QCOMPARE(rgb.batch, 1);
        QCOMPARE(rgb.data.size(), size_t(3 * 4 * 2));
        QCOMPARE(at(rgb, 0, 0, 3, 1), 30.0f / 255);  // R = 10·3
        QCOMPARE(at(rgb, 0, 1, 3, 1), 20.0f / 255);  // G = 20·1
        QCOMPARE(at(rgb, 0, 2, 0, 0), 30.0f / 255);  // B

        Preprocessing bgr = plain(4, 2, ResizeMode::Stretch);
        bgr.bgr = true;
        bgr.unitRange = false;
        bgr.mean = {30, 0, 0};
        bgr.std = {2, 1, 1};
        const TensorBatch caffe = Preprocessor::wholeImage(image, bgr);
        QCOMPARE(at(caffe, 0, 0, 2, 1), 0.0f);      // B: (30 − 30) / 2
        QCOMPARE(at(caffe, 0, 2, 2, 1), 20.0f);     // R = 10·2, 0–255, mean 0
    }

    void letterboxPadsWithThePadValue()
    {
        const DecodedImage image = DecodedImage::decode(gradientPng(4, 2), QStringLiteral("g.png")).value();
        Preprocessing p = plain(4, 4, ResizeMode::Letterbox);
        p.padValue = 114;
        const TensorBatch t = Preprocessor::wholeImage(image, p);
        QCOMPARE(t.geometry[0].padTop(), 1);
        QCOMPARE(at(t, 0, 0, 1, 0), 114.0f / 255);  // the row above the image
        QCOMPARE(at(t, 0, 0, 1, 3), 114.0f / 255);  // and below
        QCOMPARE(at(t, 0, 0, 1, 1), 10.0f / 255);   // image row 0, x = 1
        QCOMPARE(at(t, 0, 1, 1, 2), 20.0f / 255);   // image row 1
    }

    void batchesPhotosOfDifferentSizes()
    {
        // Shorter side 2, longer at most 4: a 4×2 and a 2×4 photo keep their sizes; the batch is
        // 4×4 and each is padded right and bottom.
        const DecodedImage wide = DecodedImage::decode(gradientPng(4, 2), QStringLiteral("w.png")).value();
        const DecodedImage tall = DecodedImage::decode(gradientPng(2, 4), QStringLiteral("t.png")).value();
        Preprocessing p = plain(2, 4, ResizeMode::ShorterSide);
        p.padValue = 255;
        const TensorBatch t = Preprocessor::wholeImages({wide, tall}, p);
        QCOMPARE(t.batch, 2);
        QCOMPARE(QSize(t.width, t.height), QSize(4, 4));
        QCOMPARE(at(t, 0, 0, 3, 0), 30.0f / 255);  // wide: R = 10·3 at x = 3
        QCOMPARE(at(t, 0, 0, 0, 3), 1.0f);         // below it: padding
        QCOMPARE(at(t, 1, 1, 1, 3), 60.0f / 255);  // tall: G = 20·3 at y = 3
        QCOMPARE(at(t, 1, 0, 3, 0), 1.0f);         // right of it: padding
        QCOMPARE(t.geometry[1].inputWidth(), 2);
    }

    void cropsWithContext()
    {
        // Box [2, 2, 4, 4] with a margin of half its size → region [1, 1, 5, 5], shown 1:1 in 4×4.
        const DecodedImage image = DecodedImage::decode(gradientPng(8, 8), QStringLiteral("g.png")).value();
        const TensorBatch t = Preprocessor::crops(image, {{2, 2, 4, 4}, {6, 6, 8, 8}}, 0.5, plain(4, 4, ResizeMode::Stretch));
        QCOMPARE(t.batch, 2);
        QCOMPARE(t.regions[0], (Box{1, 1, 5, 5}));
        QCOMPARE(at(t, 0, 0, 0, 0), 10.0f / 255);   // image x = 1
        QCOMPARE(at(t, 0, 1, 3, 3), 80.0f / 255);   // image y = 4
        QCOMPARE(t.regions[1], (Box{5, 5, 8, 8}));  // clipped at the image's edge
    }
};

QTEST_GUILESS_MAIN(TestPreprocessor)
#include "tst_preprocessor.moc"
