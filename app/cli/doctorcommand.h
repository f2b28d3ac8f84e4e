#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli doctor [--json]`: versions, devices and self-checks of LibTorch, faiss and OpenCV.
int runDoctorCommand(const QStringList &arguments);

} // namespace lookbook::cli
