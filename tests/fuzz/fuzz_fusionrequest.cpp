// The `lookbook-cli fuse` input: parsed, and when it parses, fused with every method as the CLI does.
#include "fuzzinput.h"

#include "fusion/boxfusion.h"
#include "fusion/fusionparams.h"
#include "fusion/fusionrequest.h"

using namespace lookbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Result<fusion::FusionRequest> request = fusion::FusionRequest::fromJson(fuzz::FuzzInput::bytes(data, size), QStringLiteral("fuzz.json"));
    fuzz::FuzzInput::requireNamed(request, QStringLiteral("fuzz.json"));
    if (!request)
        return 0;
    for (const fusion::Method method : {fusion::Method::Wbf, fusion::Method::Nms, fusion::Method::SoftNms, fusion::Method::Nmw}) {
        fusion::FusionParams params;
        params.method = method;
        const Result<std::vector<ScoredBox>> fused = fusion::fuseBoxes(request->normalisedBoxes(), request->weights(), params);
        if (fused)
            fusion::FusionRequest::detectionsToJson(request->toInputSpace(*fused));
    }
    return 0;
}
