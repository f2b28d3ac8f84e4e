// A DeepFashion2 annotation file. What parses must write back to JSON that parses to the same JSON.
#include "fuzzinput.h"

#include "dataset/deepfashion2io.h"

#include <cstdio>

using namespace lookbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString source = QStringLiteral("000001.json");
    const Result<dataset::ImageAnnotation> annotation = dataset::DeepFashion2Io::parseAnnotation(fuzz::FuzzInput::bytes(data, size), 1, source);
    fuzz::FuzzInput::requireNamed(annotation, source);
    if (!annotation)
        return 0;
    const QByteArray written = dataset::DeepFashion2Io::toJson(*annotation);
    const Result<dataset::ImageAnnotation> reread = dataset::DeepFashion2Io::parseAnnotation(written, 1, source);
    if (!reread || dataset::DeepFashion2Io::toJson(*reread) != written) {
        std::fprintf(stderr, "round trip changed the annotation: %s\n%s\n",
                     reread ? "" : qPrintable(reread.error().message), written.constData());
        std::abort();
    }
    return 0;
}
