#include "backend/backendreport.h"

#include <QTest>

using namespace lookbook;

// The build links LibTorch, faiss and OpenCV; each must load and pass its own small check.
class TestBackends final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBackendPassesItsSelfCheck()
    {
        const std::vector<BackendInfo> report = backend::backendReport();
        QCOMPARE(report.size(), size_t(3));
        QStringList names;
        for (const BackendInfo &info : report) {
            names << QString::fromStdString(info.name);
            QVERIFY2(info.checkError.empty(), info.checkError.c_str());
            QVERIFY(!info.version.empty());
            QVERIFY(!info.devices.empty());
            QCOMPARE(info.devices.front(), std::string("cpu"));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("LibTorch"), QStringLiteral("faiss"), QStringLiteral("OpenCV")}));
    }
};

QTEST_GUILESS_MAIN(TestBackends)
#include "tst_backends.moc"
