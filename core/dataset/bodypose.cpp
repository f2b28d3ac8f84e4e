#include "dataset/bodypose.h"

#include <QtMath>

namespace lookbook::dataset {

namespace {

// `angle` degrees away from straight down, mirrored for the left side.
QPointF limbEnd(QPointF from, double length, double angle, bool left)
{
    const double a = qDegreesToRadians(angle);
    return from + QPointF((left ? -1 : 1) * length * std::sin(a), length * std::cos(a));
}

} // namespace

BodyPose BodyPose::standing(double armSpread, double elbowBend, double legSpread, double bodyWidth)
{
    BodyPose pose;
    pose.shoulderHalfWidth = 38 * bodyWidth;
    pose.waistHalfWidth = 30 * bodyWidth;
    pose.hipHalfWidth = 36 * bodyWidth;
    pose.shoulderLeft = {100 - pose.shoulderHalfWidth, 82};
    pose.shoulderRight = {100 + pose.shoulderHalfWidth, 82};
    pose.elbowLeft = limbEnd(pose.shoulderLeft, 82, armSpread, true);
    pose.elbowRight = limbEnd(pose.shoulderRight, 82, armSpread, false);
    pose.wristLeft = limbEnd(pose.elbowLeft, 76, armSpread + elbowBend, true);
    pose.wristRight = limbEnd(pose.elbowRight, 76, armSpread + elbowBend, false);
    pose.hipJointLeft = {100 - 18 * bodyWidth, 258};
    pose.hipJointRight = {100 + 18 * bodyWidth, 258};
    pose.kneeLeft = limbEnd(pose.hipJointLeft, 102, legSpread, true);
    pose.kneeRight = limbEnd(pose.hipJointRight, 102, legSpread, false);
    pose.ankleLeft = limbEnd(pose.kneeLeft, 100, legSpread * 0.5, true);
    pose.ankleRight = limbEnd(pose.kneeRight, 100, legSpread * 0.5, false);
    return pose;
}

} // namespace lookbook::dataset
