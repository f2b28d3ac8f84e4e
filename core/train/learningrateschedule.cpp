#include "train/learningrateschedule.h"

#include <algorithm>
#include <cmath>

namespace lookbook::train {

double LearningRateSchedule::rate(int step) const
{
    const Params &p = m_params;
    if (step < p.warmupSteps)
        return p.baseRate * (p.warmupFactor + (1.0 - p.warmupFactor) * step / p.warmupSteps);
    // The decay spans the steps after the warm-up, so that the last step lands on the floor.
    const int decaySteps = std::max(1, p.totalSteps - 1 - p.warmupSteps);
    const double t = std::clamp(static_cast<double>(step - p.warmupSteps) / decaySteps, 0.0, 1.0);
    return p.baseRate * (p.floorFactor + (1.0 - p.floorFactor) * 0.5 * (1.0 + std::cos(M_PI * t)));
}

} // namespace lookbook::train
