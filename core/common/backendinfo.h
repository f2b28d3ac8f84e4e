#pragma once

#include <string>
#include <vector>

namespace lookbook {

// What a heavy backend (LibTorch, faiss, OpenCV) reports about itself, in std types so that the
// backend files can be built without Qt. `checkError` is empty when the self-check passed.
struct BackendInfo final {
    std::string name;
    std::string version;
    std::vector<std::string> devices;  // "cpu", "cuda:0", …
    bool gpuSupport = false;           // a GPU is usable by this backend now
    std::string checkError;
};

inline std::string dottedVersion(int major, int minor, int patch)
{
    return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

} // namespace lookbook
