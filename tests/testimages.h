#pragma once

// Small generated images the test suites share: exact pixels, and headers that lie about their size.
#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QtEndian>

namespace lookbook::test {

// R = 10·x, G = 20·y, B = 30 at every pixel: each value says where it came from.
inline QByteArray gradientPng(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb(10 * x, 20 * y, 30));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// PNG's chunk checksum (CRC-32, polynomial 0xEDB88320), so that a patched header still reads.
inline quint32 pngCrc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : bytes) {
        crc ^= static_cast<quint8>(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A few hundred bytes whose header says width × height: a decompression bomb's first line.
inline QByteArray pngClaiming(int width, int height)
{
    QByteArray png = gradientPng(1, 1);
    // Signature (8), IHDR length (4), "IHDR" (4), then width and height, big-endian; CRC after 13 bytes.
    qToBigEndian<quint32>(static_cast<quint32>(width), png.data() + 16);
    qToBigEndian<quint32>(static_cast<quint32>(height), png.data() + 20);
    qToBigEndian<quint32>(pngCrc32(png.mid(12, 17)), png.data() + 29);
    return png;
}

} // namespace lookbook::test
