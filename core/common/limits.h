#pragma once

// Every bound Lookbook puts on its input, in one place. Each is far above what real data reaches, so
// that only a damaged or hostile file meets it, and it then gets a plain error instead of a crash, an
// allocation without bound or a hang. README "Reliability" lists them.

#include "common/result.h"

#include <QString>

namespace lookbook::limits {

// JSON nesting depth, checked on the bytes before parsing: nlohmann's destructor and dump() recurse
// once per level, so 100 000 levels overflow the stack. DeepFashion2, COCO, manifests and Lookbook's
// own files nest at most 5 levels.
constexpr int kMaxJsonDepth = 100;

// Bytes of one JSON file (fuse, eval, COCO, DeepFashion2, manifests, configs). The largest public file
// we know, COCO train2017 instances, is 448 MB; its parsed form takes about 8 times that.
constexpr qint64 kMaxJsonFileBytes = qint64(1) << 30;

// Boxes (detections, annotations, rows, items) in one file. COCO val2017 has about 36 000
// annotations and a predictions file for it at 100 per image 500 000; 10 million is refused.
constexpr qint64 kMaxBoxesPerFile = 5'000'000;

// Pixels of one decoded photo, checked from the image header before decoding. 200 megapixels is
// above every camera sensor (Phase One's 151 MP) and decodes to 600 MB of BGR; a 20000 × 20000
// decompression bomb (400 MP, 1.2 GB) is refused.
constexpr qint64 kMaxImagePixels = 200'000'000;
// The same bound as QImageReader's allocation limit (MiB of 32-bit pixels), which is 256 MiB by default.
constexpr int kMaxImageAllocationMiB = static_cast<int>(kMaxImagePixels * 4 / (1 << 20)) + 1;

// Bytes of one encoded image file: no camera writes a JPEG or PNG this large.
constexpr qint64 kMaxImageFileBytes = qint64(1) << 30;

// A model's input width and height (a manifest's preprocess.input_size). Detectors run at 320–1536,
// embedders at 96–512; a 4096 × 4096 batch of one is already 200 MB of floats.
constexpr int kMaxModelInputSide = 4096;

// The length of an embedding (embedder.dimension, ensemble.dimension). Published retrieval models use
// 128–4096.
constexpr int kMaxEmbeddingDimension = 65'536;

// A detector's classes (detector.classes) and an ensemble's members.
constexpr int kMaxModelClasses = 10'000;
// Categories of one taxonomy (a catalog's, a dataset's): Fashionpedia has 46, LVIS 1 203.
constexpr int kMaxCategories = 10'000;
// Characters of a category's name or supercategory.
constexpr int kMaxCategoryNameLength = 200;
constexpr int kMaxEnsembleMembers = 64;

// A detection's score and a model's fusion weight, in absolute value. Scores are confidences (0–1,
// a few detectors' logits reach tens); WBF sums score × coordinate in float32, as the reference
// does, and a score of 1e54 made those sums infinite (fuzzing found it). 5 million boxes at this
// bound sum to far less than float's 3.4e38.
constexpr double kMaxFusionScore = 1e6;
constexpr double kMaxFusionWeight = 1e6;

// Worker and LibTorch threads (--threads, the Preferences' thread count): 4 per core, at most 256.
// More threads than that only contend, and LibTorch and thread pools start each one eagerly: 4096
// threads ran for minutes on a 2-core machine.
constexpr int kMaxThreadsPerCore = 4;
constexpr int kMaxThreads = 256;

// The largest thread count accepted on this machine: kMaxThreadsPerCore per core, at most kMaxThreads.
int maxThreads();

// Checks a thread count where 0 means one per core: "<field>: expected 0 (one per core) to N (…), got T".
Status checkThreadCount(int threads, const QString &field);

} // namespace lookbook::limits
