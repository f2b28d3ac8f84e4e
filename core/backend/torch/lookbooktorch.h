#pragma once

/* The C interface of the LibTorch module (liblookbook_torch.so): its only exported symbol is
 * lookbook_torch_api(). Plain C types cross it, so that a module built against another LibTorch (a
 * CUDA build, or pip's with the pre-C++11 std::string ABI) can replace the packaged one without
 * rebuilding Lookbook. Core reaches it through backend::TorchPlugin, DetectorRuntime and
 * EmbedderRuntime; the version below changes with any change to this file. */

#ifdef __cplusplus
extern "C" {
#endif

#define LOOKBOOK_TORCH_API_VERSION 1

typedef struct LookbookTorchDetector LookbookTorchDetector;
typedef struct LookbookTorchEmbedder LookbookTorchEmbedder;

typedef struct LookbookRawDetection {
    double x1, y1, x2, y2; /* input-tensor pixels */
    double score;
    int modelClass;
} LookbookRawDetection;

typedef struct LookbookDetectorConfig {
    int decoder; /* models::DetectorDecoder */
    double scoreThreshold;
    const char *name;
    const char *device; /* "cpu", "cuda" or "auto" */
    int half;
} LookbookDetectorConfig;

typedef struct LookbookPoolingStage {
    int type; /* torchbackend::Pooling */
    double p;
    const char *projection; /* "" for none */
} LookbookPoolingStage;

typedef struct LookbookEmbedderConfig {
    int featureMapOutput;
    const LookbookPoolingStage *head;
    int headCount;
    int dimension;
    const char *name;
    const char *device;
    int half;
} LookbookEmbedderConfig;

/* Receives each detection of a batch; `image` indexes the batch. */
typedef void (*LookbookDetectionSink)(void *context, int image, const LookbookRawDetection *detection);

/* Functions that can fail return 0 (or null) and point *error at a message owned by the module, valid
 * until the next call on the same thread; they return 1 (or the object) on success. Strings returned
 * for an object live as long as the object; the others as long as the module. */
typedef struct LookbookTorchApi {
    int version; /* LOOKBOOK_TORCH_API_VERSION */

    const char *(*libtorchVersion)(void);
    int (*cudaDeviceCount)(void); /* 0 without a usable GPU */
    const char *(*selfCheck)(void); /* "" when it passed */
    int (*loadOpLibrary)(const char *path, const char **error);
    void (*setThreadCount)(int threads);

    LookbookTorchDetector *(*loadDetector)(const char *modelPath, const LookbookDetectorConfig *config, const char **error);
    /* input: batch × 3 × height × width floats (inputCount of them) */
    int (*detect)(const LookbookTorchDetector *detector, const float *input, unsigned long long inputCount, int batch, int height, int width,
                  LookbookDetectionSink sink, void *context, const char **error);
    int (*detectorNeedsNms)(const LookbookTorchDetector *detector);
    const char *(*detectorDevice)(const LookbookTorchDetector *detector);
    const char *(*detectorPlacementNote)(const LookbookTorchDetector *detector);
    void (*freeDetector)(LookbookTorchDetector *detector);

    LookbookTorchEmbedder *(*loadEmbedder)(const char *modelPath, const LookbookEmbedderConfig *config, const char **error);
    /* out: batch × config.dimension floats, each row L2-normalised */
    int (*embed)(const LookbookTorchEmbedder *embedder, const float *input, unsigned long long inputCount, int batch, int height, int width,
                 float *out, const char **error);
    const char *(*embedderDevice)(const LookbookTorchEmbedder *embedder);
    const char *(*embedderPlacementNote)(const LookbookTorchEmbedder *embedder);
    void (*freeEmbedder)(LookbookTorchEmbedder *embedder);
} LookbookTorchApi;

#define LOOKBOOK_TORCH_API_SYMBOL "lookbook_torch_api"
typedef const LookbookTorchApi *(*LookbookTorchApiFunction)(void);

#ifdef __cplusplus
}
#endif
