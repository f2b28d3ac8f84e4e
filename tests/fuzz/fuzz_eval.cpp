// The evaluation inputs: the retrieval JSON files (queries, gallery, submission) and a COCO ground
// truth + detections pair (two parts, see FuzzInput::parts), each evaluated when it parses.
#include "fuzzinput.h"

#include "dataset/cocodataset.h"
#include "eval/cocoevaluator.h"
#include "eval/retrievalevaluator.h"
#include "eval/retrievalrows.h"

using namespace lookbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::FuzzInput::bytes(data, size);
    const QString source = QStringLiteral("fuzz.json");

    const auto queries = eval::RetrievalRows::parseQueries(input, source);
    const auto gallery = eval::RetrievalRows::parseGallery(input, source);
    const auto submission = eval::RetrievalRows::parseSubmission(input, source);
    fuzz::FuzzInput::requireNamed(queries, source);
    fuzz::FuzzInput::requireNamed(gallery, source);
    fuzz::FuzzInput::requireNamed(submission, source);
    if (queries || gallery || submission) {
        eval::RetrievalEvaluator::evaluate(queries ? *queries : std::vector<eval::QueryGroundTruth>{},
                                           gallery ? *gallery : std::vector<eval::GalleryGroundTruth>{},
                                           submission ? *submission : std::vector<eval::RetrievalSubmissionRow>{});
    }

    const QList<QByteArray> coco = fuzz::FuzzInput::parts(input, 2);
    const auto groundTruth = dataset::CocoDataset::parseGroundTruth(coco[0], QStringLiteral("gt.json"));
    const auto detections = dataset::CocoDataset::parseDetections(coco[1], QStringLiteral("dets.json"));
    fuzz::FuzzInput::requireNamed(groundTruth, QStringLiteral("gt.json"));
    fuzz::FuzzInput::requireNamed(detections, QStringLiteral("dets.json"));
    if (groundTruth && detections)
        static_cast<void>(eval::CocoEvaluator::evaluate(*groundTruth, *detections));
    return 0;
}
