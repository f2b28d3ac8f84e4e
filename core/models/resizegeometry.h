#pragma once

#include "common/box.h"

namespace lookbook::models {

enum class ResizeMode {
    Stretch,      // scale each axis to the input size independently
    Letterbox,    // keep the aspect ratio, fit inside the input size, pad the rest (centred)
    ShorterSide,  // scale the shorter side to input width, the longer one to at most input height
};

// How an image of a given size becomes a model input, and how boxes in input pixels map back to
// the image: one class for every resize mode, so that every decoder maps back the same way.
// std-only: the LibTorch backend builds its input tensors from it.
class ResizeGeometry final
{
public:
    // For ShorterSide, `inputWidth` is the target shorter side and `inputHeight` the longest allowed
    // longer side (mmdetection's (1333, 800) is written as 800 × 1333); `sizeDivisor` pads the result
    // (right and bottom) to a multiple of it, 0 for none.
    static ResizeGeometry plan(ResizeMode mode, int imageWidth, int imageHeight, int inputWidth, int inputHeight,
                               int sizeDivisor = 0);

    int imageWidth() const { return m_imageWidth; }
    int imageHeight() const { return m_imageHeight; }
    int inputWidth() const { return m_inputWidth; }    // the tensor's width
    int inputHeight() const { return m_inputHeight; }
    int scaledWidth() const { return m_scaledWidth; }  // the image's size inside the tensor
    int scaledHeight() const { return m_scaledHeight; }
    int padLeft() const { return m_padLeft; }
    int padTop() const { return m_padTop; }
    double scaleX() const { return m_scaleX; }          // input pixels per image pixel
    double scaleY() const { return m_scaleY; }

    // A box in input pixels → image pixels, clipped to the image.
    Box toImage(const Box &inputBox) const;

private:
    int m_imageWidth = 0, m_imageHeight = 0;
    int m_inputWidth = 0, m_inputHeight = 0;
    int m_scaledWidth = 0, m_scaledHeight = 0;
    int m_padLeft = 0, m_padTop = 0;
    double m_scaleX = 1.0, m_scaleY = 1.0;
};

} // namespace lookbook::models
