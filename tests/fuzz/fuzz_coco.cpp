// A COCO file, read as ground truth and as a detections list; what parses is written back out.
#include "fuzzinput.h"

#include "dataset/cocodataset.h"

using namespace lookbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::FuzzInput::bytes(data, size);
    fuzz::FuzzInput::requireNamed(dataset::CocoDataset::parseGroundTruth(input, QStringLiteral("fuzz.json")), QStringLiteral("fuzz.json"));
    const auto detections = dataset::CocoDataset::parseDetections(input, QStringLiteral("fuzz.json"));
    fuzz::FuzzInput::requireNamed(detections, QStringLiteral("fuzz.json"));
    if (detections)
        dataset::CocoDataset::detectionsToJson(*detections);
    return 0;
}
