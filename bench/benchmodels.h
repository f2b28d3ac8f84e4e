#pragma once

// Models the benchmarks share, built in C++ so that no benchmark needs Python or downloads.
#include <torch/script.h>

#include <cmath>
#include <sstream>
#include <string>

namespace lookbook::bench {

// ResNet-50's bottleneck layout ([3, 4, 6, 3] blocks, 2048-channel feature map) with random weights
// and batch norm folded away: the same arithmetic as the real thing.
inline torch::jit::Module resnet50Like()
{
    torch::manual_seed(0);
    torch::jit::Module module("ResNet50Like");
    int counter = 0;
    const auto parameter = [&](int64_t out, int64_t in, int64_t k) {
        const std::string name = "w" + std::to_string(counter++);
        const double scale = std::sqrt(1.0 / static_cast<double>(in * k * k));  // keeps activations bounded
        module.register_parameter(name, torch::randn({out, in, k, k}) * scale, false);
        return "self." + name;
    };
    std::ostringstream source;
    source << "def forward(self, x):\n";
    source << "    x = torch.relu(torch.conv2d(x, " << parameter(64, 3, 7) << ", None, [2, 2], [3, 3]))\n";
    source << "    x = torch.max_pool2d(x, [3, 3], [2, 2], [1, 1])\n";
    int64_t channels = 64;
    const int blocks[4] = {3, 4, 6, 3};
    const int64_t widths[4] = {64, 128, 256, 512};
    for (int stage = 0; stage < 4; ++stage) {
        for (int b = 0; b < blocks[stage]; ++b) {
            const int64_t width = widths[stage], out = width * 4;
            const int stride = (b == 0 && stage > 0) ? 2 : 1;
            source << "    y = torch.relu(torch.conv2d(x, " << parameter(width, channels, 1) << "))\n";
            source << "    y = torch.relu(torch.conv2d(y, " << parameter(width, width, 3) << ", None, [" << stride << ", " << stride
                   << "], [1, 1]))\n";
            source << "    y = torch.conv2d(y, " << parameter(out, width, 1) << ")\n";
            if (b == 0)
                source << "    x = torch.relu(y + torch.conv2d(x, " << parameter(out, channels, 1) << ", None, [" << stride << ", " << stride << "]))\n";
            else
                source << "    x = torch.relu(y + x)\n";
            channels = out;
        }
    }
    source << "    return x\n";
    module.define(source.str());
    module.eval();
    return module;
}

} // namespace lookbook::bench
