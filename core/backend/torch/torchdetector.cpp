#include "backend/torch/torchdetector.h"

#include "backend/torch/torchmodule_p.h"

#include <torch/script.h>

namespace lookbook::torchbackend {

namespace {

using namespace models::detectoroutput;

// Each decoder turns forward()'s value into per-image detections or says what it expected.
class Decoder final
{
public:
    Decoder(const TorchDetectorConfig &config, int batch, std::string who)
        : m_config(config), m_batch(batch), m_who(std::move(who))
    {
    }

    bool decode(const c10::IValue &value, std::vector<std::vector<RawDetection>> &out, std::string &error) const
    {
        out.assign(static_cast<size_t>(m_batch), {});
        switch (m_config.decoder) {
        case models::DetectorDecoder::Torchvision:
            return torchvision(value, out, error);
        case models::DetectorDecoder::Mmdeploy:
            return mmdeploy(value, out, error);
        case models::DetectorDecoder::Yolo:
            return yolo(value, out, error);
        case models::DetectorDecoder::YoloNms:
            return yoloNms(value, out, error);
        case models::DetectorDecoder::Lookbook:
            return lookbook(value, out, error);
        }
        return fail(error, "a known decoder", "none");
    }

private:
    bool fail(std::string &error, const std::string &expected, const std::string &found) const
    {
        error = m_who + ": expected " + expected + ", got " + found;
        return false;
    }

    // A float tensor of the given rank with `batch` first (when batched), finite.
    bool tensorOf(const c10::IValue &value, int64_t rank, bool batched, const std::string &what, at::Tensor &out, std::string &error) const
    {
        if (!value.isTensor())
            return fail(error, what, std::string(value.tagKind()));
        out = value.toTensor().to(torch::kCPU, torch::kFloat64).contiguous();
        if (out.dim() != rank || (batched && out.size(0) != m_batch))
            return fail(error, what + " with B = " + std::to_string(m_batch), "shape " + shapeOf(out));
        if (!allFinite(out)) {
            error = m_who + ": the model output holds NaN or infinite values";
            return false;
        }
        return true;
    }

    void add(std::vector<RawDetection> &list, double x1, double y1, double x2, double y2, double score, double label) const
    {
        if (score >= m_config.scoreThreshold && score > 0.0)
            list.push_back({x1, y1, x2, y2, score, static_cast<int>(label)});
    }

    bool torchvision(const c10::IValue &value, std::vector<std::vector<RawDetection>> &out, std::string &error) const
    {
        const std::string expected = "a list of dicts with boxes [N, 4], labels [N] and scores [N] (torchvision)";
        c10::IValue list = value;
        if (value.isTuple() && value.toTupleRef().elements().size() == 2)
            list = value.toTupleRef().elements()[1];  // scripted torchvision models return (losses, detections)
        if (!list.isList())
            return fail(error, expected, std::string(value.tagKind()));
        const c10::List<c10::IValue> images = list.toList();
        if (static_cast<int>(images.size()) != m_batch)
            return fail(error, expected + " for " + std::to_string(m_batch) + " images", std::to_string(images.size()) + " entries");
        for (int b = 0; b < m_batch; ++b) {
            const c10::IValue entry = images.get(static_cast<size_t>(b));
            if (!entry.isGenericDict())
                return fail(error, expected, std::string("a list of ") + entry.tagKind());
            const c10::Dict<c10::IValue, c10::IValue> dict = entry.toGenericDict();
            at::Tensor tensors[3];
            const char *keys[3] = {kBoxes, kLabels, kScores};
            for (int k = 0; k < 3; ++k) {
                if (!dict.contains(keys[k]))
                    return fail(error, expected, std::string("a dict without \"") + keys[k] + "\"");
                if (!tensorOf(dict.at(keys[k]), k == 0 ? 2 : 1, false, std::string("\"") + keys[k] + "\" of " + (k == 0 ? "[N, 4]" : "[N]"), tensors[k], error))
                    return false;
            }
            const int64_t n = tensors[0].size(0);
            if (tensors[0].size(1) != 4 || tensors[1].size(0) != n || tensors[2].size(0) != n)
                return fail(error, expected, "boxes " + shapeOf(tensors[0]) + ", labels " + shapeOf(tensors[1]) + ", scores " + shapeOf(tensors[2]));
            const auto boxes = tensors[0].accessor<double, 2>();
            for (int64_t i = 0; i < n; ++i)
                add(out[static_cast<size_t>(b)], boxes[i][0], boxes[i][1], boxes[i][2], boxes[i][3], tensors[2][i].item<double>(), tensors[1][i].item<double>());
        }
        return true;
    }

    bool mmdeploy(const c10::IValue &value, std::vector<std::vector<RawDetection>> &out, std::string &error) const
    {
        const std::string expected = "a tuple (dets [B, N, 5], labels [B, N]) (mmdeploy)";
        if (!value.isTuple() || value.toTupleRef().elements().size() < 2)
            return fail(error, expected, std::string(value.tagKind()));
        at::Tensor dets, labels;
        if (!tensorOf(value.toTupleRef().elements()[0], 3, true, "dets [B, N, 5]", dets, error)
            || !tensorOf(value.toTupleRef().elements()[1], 2, true, "labels [B, N]", labels, error))
            return false;
        if (dets.size(2) != 5 || labels.size(1) != dets.size(1))
            return fail(error, expected, "dets " + shapeOf(dets) + ", labels " + shapeOf(labels));
        const auto d = dets.accessor<double, 3>();
        const auto l = labels.accessor<double, 2>();
        for (int b = 0; b < m_batch; ++b) {
            for (int64_t i = 0; i < dets.size(1); ++i)
                add(out[static_cast<size_t>(b)], d[b][i][0], d[b][i][1], d[b][i][2], d[b][i][3], d[b][i][4], l[b][i]);
        }
        return true;
    }

    bool yolo(const c10::IValue &value, std::vector<std::vector<RawDetection>> &out, std::string &error) const
    {
        at::Tensor raw;
        if (!tensorOf(value, 3, true, "raw predictions [B, 4 + classes, N] (yolo)", raw, error))
            return false;
        if (raw.size(1) < 5)
            return fail(error, "raw predictions [B, 4 + classes, N] (yolo), at least one class", "shape " + shapeOf(raw));
        const auto r = raw.accessor<double, 3>();
        const int64_t classes = raw.size(1) - 4;
        for (int b = 0; b < m_batch; ++b) {
            for (int64_t i = 0; i < raw.size(2); ++i) {
                int64_t best = 0;
                for (int64_t c = 1; c < classes; ++c)
                    best = r[b][4 + c][i] > r[b][4 + best][i] ? c : best;
                const double cx = r[b][0][i], cy = r[b][1][i], w = r[b][2][i], h = r[b][3][i];
                add(out[static_cast<size_t>(b)], cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2, r[b][4 + best][i], static_cast<double>(best));
            }
        }
        return true;
    }

    bool yoloNms(const c10::IValue &value, std::vector<std::vector<RawDetection>> &out, std::string &error) const
    {
        at::Tensor dets;
        if (!tensorOf(value, 3, true, "detections [B, N, 6] (yolo_nms)", dets, error))
            return false;
        if (dets.size(2) != 6)
            return fail(error, "detections [B, N, 6] = x1 y1 x2 y2 score class (yolo_nms)", "shape " + shapeOf(dets));
        const auto d = dets.accessor<double, 3>();
        for (int b = 0; b < m_batch; ++b) {
            for (int64_t i = 0; i < dets.size(1); ++i)
                add(out[static_cast<size_t>(b)], d[b][i][0], d[b][i][1], d[b][i][2], d[b][i][3], d[b][i][4], d[b][i][5]);
        }
        return true;
    }

    bool lookbook(const c10::IValue &value, std::vector<std::vector<RawDetection>> &out, std::string &error) const
    {
        const std::string expected = "a dict with boxes [B, N, 4], scores [B, N] and labels [B, N] (lookbook)";
        if (!value.isGenericDict())
            return fail(error, expected, std::string(value.tagKind()));
        const c10::Dict<c10::IValue, c10::IValue> dict = value.toGenericDict();
        at::Tensor boxes, scores, labels;
        for (const char *key : {kBoxes, kScores, kLabels}) {
            if (!dict.contains(key))
                return fail(error, expected, std::string("a dict without \"") + key + "\"");
        }
        if (!tensorOf(dict.at(kBoxes), 3, true, "boxes [B, N, 4]", boxes, error) || !tensorOf(dict.at(kScores), 2, true, "scores [B, N]", scores, error)
            || !tensorOf(dict.at(kLabels), 2, true, "labels [B, N]", labels, error))
            return false;
        if (boxes.size(2) != 4 || scores.size(1) != boxes.size(1) || labels.size(1) != boxes.size(1))
            return fail(error, expected, "boxes " + shapeOf(boxes) + ", scores " + shapeOf(scores) + ", labels " + shapeOf(labels));
        const auto bx = boxes.accessor<double, 3>();
        const auto s = scores.accessor<double, 2>();
        const auto l = labels.accessor<double, 2>();
        for (int b = 0; b < m_batch; ++b) {
            for (int64_t i = 0; i < boxes.size(1); ++i)
                add(out[static_cast<size_t>(b)], bx[b][i][0], bx[b][i][1], bx[b][i][2], bx[b][i][3], s[b][i], l[b][i]);
        }
        return true;
    }

    const TorchDetectorConfig &m_config;
    int m_batch;
    std::string m_who;
};

} // namespace

struct TorchDetector::Impl {
    torch::jit::Module module;
    TorchDetectorConfig config;
    Placement placement;
};

TorchDetector::TorchDetector(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
TorchDetector::~TorchDetector() = default;

std::unique_ptr<TorchDetector> TorchDetector::load(const std::string &modelPath, const TorchDetectorConfig &config, std::string &error)
{
    const Placement placement = resolvePlacement(config.device, config.half);
    std::optional<torch::jit::Module> module = loadModule(modelPath, placement, error);
    if (!module)
        return nullptr;
    return std::unique_ptr<TorchDetector>(new TorchDetector(std::make_unique<Impl>(Impl{std::move(*module), config, placement})));
}

bool TorchDetector::needsNms() const
{
    return m_impl->config.decoder == models::DetectorDecoder::Yolo;
}

std::string TorchDetector::device() const
{
    return deviceName(m_impl->placement);
}

std::string TorchDetector::placementNote() const
{
    return m_impl->placement.note;
}

bool TorchDetector::detect(InputPixels input, int batch, int height, int width, std::vector<std::vector<RawDetection>> &out,
                           std::string &error) const
{
    const std::string who = m_impl->config.name.empty() ? std::string("detector") : m_impl->config.name;
    const std::optional<c10::IValue> forward = runForward(m_impl->module, m_impl->placement, input, batch, height, width, who, error);
    if (!forward)
        return false;
    try {
        return Decoder(m_impl->config, batch, who).decode(*forward, out, error);
    } catch (const std::exception &e) {
        const std::string what = e.what();
        error = who + ": cannot decode the output: " + what.substr(0, what.find('\n'));
        return false;
    }
}

} // namespace lookbook::torchbackend
