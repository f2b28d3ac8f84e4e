#include "models/resizegeometry.h"

#include <algorithm>
#include <cmath>

namespace lookbook::models {

namespace {

int roundUpTo(int value, int divisor)
{
    return divisor > 0 ? (value + divisor - 1) / divisor * divisor : value;
}

} // namespace

ResizeGeometry ResizeGeometry::plan(ResizeMode mode, int imageWidth, int imageHeight, int inputWidth, int inputHeight,
                                    int sizeDivisor)
{
    ResizeGeometry g;
    g.m_imageWidth = imageWidth;
    g.m_imageHeight = imageHeight;
    switch (mode) {
    case ResizeMode::Stretch:
        g.m_inputWidth = g.m_scaledWidth = inputWidth;
        g.m_inputHeight = g.m_scaledHeight = inputHeight;
        g.m_scaleX = static_cast<double>(inputWidth) / imageWidth;
        g.m_scaleY = static_cast<double>(inputHeight) / imageHeight;
        break;
    case ResizeMode::Letterbox: {
        const double scale = std::min(static_cast<double>(inputWidth) / imageWidth, static_cast<double>(inputHeight) / imageHeight);
        g.m_scaledWidth = std::max(1, static_cast<int>(std::lround(imageWidth * scale)));
        g.m_scaledHeight = std::max(1, static_cast<int>(std::lround(imageHeight * scale)));
        g.m_inputWidth = inputWidth;
        g.m_inputHeight = inputHeight;
        g.m_padLeft = (inputWidth - g.m_scaledWidth) / 2;
        g.m_padTop = (inputHeight - g.m_scaledHeight) / 2;
        // The actual per-axis scale after rounding, so that mapping back lands on the image's edges.
        g.m_scaleX = static_cast<double>(g.m_scaledWidth) / imageWidth;
        g.m_scaleY = static_cast<double>(g.m_scaledHeight) / imageHeight;
        break;
    }
    case ResizeMode::ShorterSide: {
        const double shorter = std::min(imageWidth, imageHeight), longer = std::max(imageWidth, imageHeight);
        const double scale = std::min(inputWidth / shorter, inputHeight / longer);
        g.m_scaledWidth = std::max(1, static_cast<int>(std::lround(imageWidth * scale)));
        g.m_scaledHeight = std::max(1, static_cast<int>(std::lround(imageHeight * scale)));
        g.m_inputWidth = roundUpTo(g.m_scaledWidth, sizeDivisor);
        g.m_inputHeight = roundUpTo(g.m_scaledHeight, sizeDivisor);
        g.m_scaleX = static_cast<double>(g.m_scaledWidth) / imageWidth;
        g.m_scaleY = static_cast<double>(g.m_scaledHeight) / imageHeight;
        break;
    }
    }
    return g;
}

Box ResizeGeometry::toImage(const Box &inputBox) const
{
    const auto mapX = [this](double x) { return std::clamp((x - m_padLeft) / m_scaleX, 0.0, static_cast<double>(m_imageWidth)); };
    const auto mapY = [this](double y) { return std::clamp((y - m_padTop) / m_scaleY, 0.0, static_cast<double>(m_imageHeight)); };
    return {mapX(inputBox.x1), mapY(inputBox.y1), mapX(inputBox.x2), mapY(inputBox.y2)};
}

} // namespace lookbook::models
