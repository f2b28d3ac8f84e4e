#include "index/faissinfo.h"

#include <faiss/Index.h>
#include <faiss/IndexFlat.h>
#include <faiss/IndexIDMap.h>
#ifdef LOOKBOOK_FAISS_GPU
#include <faiss/gpu/utils/DeviceUtils.h>
#endif

#include <array>

namespace lookbook::index {

namespace {

// faiss::idx_t moved between releases (Index::idx_t in 1.7.3); the id map's element type is stable.
using FaissId = decltype(faiss::IndexIDMap::id_map)::value_type;

std::string selfCheck()
{
    try {
        constexpr int dim = 4;
        faiss::IndexFlatIP flat(dim);
        faiss::IndexIDMap index(&flat);
        const std::array<float, 3 * dim> vectors = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0.6f, 0.8f, 0};
        const std::array<FaissId, 3> ids = {101, 202, 303};
        index.add_with_ids(3, vectors.data(), ids.data());
        const std::array<float, dim> query = {0, 0.8f, 0.6f, 0};
        std::array<float, 2> distances{};
        std::array<FaissId, 2> labels{};
        index.search(1, query.data(), 2, distances.data(), labels.data());
        if (labels[0] != 303 || labels[1] != 202)
            return "an exact inner-product search returned the wrong neighbours";
    } catch (const std::exception &e) {
        return std::string("faiss self-check failed: ") + e.what();
    }
    return {};
}

} // namespace

BackendInfo faissInfo()
{
    BackendInfo info;
    info.name = "faiss";
    info.version = dottedVersion(FAISS_VERSION_MAJOR, FAISS_VERSION_MINOR, FAISS_VERSION_PATCH);
    info.devices.push_back("cpu");
#ifdef LOOKBOOK_FAISS_GPU
    info.gpuSupport = true;
    try {
        for (int i = 0; i < faiss::gpu::getNumDevices(); ++i)
            info.devices.push_back("cuda:" + std::to_string(i));
    } catch (const std::exception &) {
        // built with GPU support, running without a driver: CPU indexes only
    }
#endif
    info.checkError = selfCheck();
    return info;
}

} // namespace lookbook::index
