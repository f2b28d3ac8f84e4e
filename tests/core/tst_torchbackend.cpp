#include "backend/torch/torchinfo.h"

#include <QTest>

// Built alone with LOOKBOOK_TORCH_BACKEND_ONLY=ON on machines that have LibTorch but not our other
// dependencies (a CUDA box); it reports the devices and runs the TorchScript round trip on them.
class TestTorchBackend final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void torchScriptRoundTrip()
    {
        const lookbook::BackendInfo info = lookbook::torchbackend::torchInfo();
        qInfo("LibTorch %s, devices: %zu, GPU usable: %s", info.version.c_str(), info.devices.size(), info.gpuSupport ? "yes" : "no");
        QVERIFY2(info.checkError.empty(), info.checkError.c_str());
    }
};

QTEST_GUILESS_MAIN(TestTorchBackend)
#include "tst_torchbackend.moc"
