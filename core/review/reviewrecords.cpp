#include "review/reviewrecords.h"

namespace lookbook::review {

bool isGroundTruth(catalog::ItemOrigin origin)
{
    return origin == catalog::ItemOrigin::GroundTruth || origin == catalog::ItemOrigin::HandCorrected;
}

bool isPrediction(catalog::ItemOrigin origin)
{
    return origin == catalog::ItemOrigin::Fused;
}

} // namespace lookbook::review
