#pragma once

namespace lookbook::train {

// The learning rate per optimiser step: a linear warm-up from warmupFactor × base over warmupSteps,
// then a cosine decay from base to floorFactor × base at the last step (paper Table 4's recipe).
class LearningRateSchedule final
{
public:
    struct Params final {
        double baseRate = 0.01;
        int warmupSteps = 0;
        double warmupFactor = 0.1;
        int totalSteps = 1;
        double floorFactor = 0.0;
    };

    explicit LearningRateSchedule(const Params &params) : m_params(params) {}
    double rate(int step) const;  // step counts from 0

private:
    Params m_params;
};

} // namespace lookbook::train
