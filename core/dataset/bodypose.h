#pragma once

#include <QPointF>

namespace lookbook::dataset {

// A standing figure in the renderer's canonical frame: 200 × 500 units, y down, centre line x = 100.
// Garments are built on these joints, so a sleeve follows its arm and a trouser leg its leg.
struct BodyPose final {
    QPointF shoulderLeft, shoulderRight;
    QPointF elbowLeft, elbowRight;
    QPointF wristLeft, wristRight;
    QPointF hipJointLeft, hipJointRight;
    QPointF kneeLeft, kneeRight;
    QPointF ankleLeft, ankleRight;
    double shoulderHalfWidth = 38;
    double waistHalfWidth = 30;
    double hipHalfWidth = 36;
    double waistY = 200;
    double hipY = 245;
    double crotchY = 272;

    // Angles in degrees away from the body (elbowBend flares the forearm further out, as relaxed arms
    // do, so that sleeves never cross the torso); bodyWidth scales the torso.
    static BodyPose standing(double armSpread, double elbowBend, double legSpread, double bodyWidth);
};

} // namespace lookbook::dataset
