#pragma once

// std-only: shared by the manifest (Qt) and the LibTorch backend.

namespace lookbook::models {

// The output contracts a detector's TorchScript forward() can follow (README "Models"):
//  torchvision  List[Dict[str, Tensor]] (or torchvision's scripted (losses, detections) tuple), each
//               dict holding boxes [N, 4] x1 y1 x2 y2, labels [N], scores [N]; NMS done
//  mmdeploy     (dets [B, N, 5] = x1 y1 x2 y2 score, labels [B, N]); NMS done
//  yolo         raw [B, 4 + classes, N] = cx cy w h and one score per class; NMS by us
//  yolo_nms     [B, N, 6] = x1 y1 x2 y2 score class; NMS done
//  lookbook     Dict[str, Tensor] boxes [B, N, 4], scores [B, N], labels [B, N]; rows scoring 0 are padding
// Boxes are in input-tensor pixels; labels are the model's class indices.
enum class DetectorDecoder { Torchvision, Mmdeploy, Yolo, YoloNms, Lookbook };

// The keys of the torchvision and lookbook dicts: the backend reads them, our trainer's network
// writes and reads them.
namespace detectoroutput {
inline constexpr char kBoxes[] = "boxes";
inline constexpr char kScores[] = "scores";
inline constexpr char kLabels[] = "labels";
} // namespace detectoroutput

} // namespace lookbook::models
