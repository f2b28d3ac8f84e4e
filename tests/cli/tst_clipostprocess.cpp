// `lookbook-cli rerank` and `lookbook-cli expand` as a user runs them: .npy files in and out, exit codes.
#include "../testfiles.h"
#include "clirunner.h"
#include "postprocess/databaseaugmentation.h"
#include "postprocess/npyarray.h"
#include "postprocess/pcawhitening.h"
#include "postprocess/queryexpansion.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace lookbook;
using namespace lookbook::postprocess;

namespace {

const QString kData = QStringLiteral(LOOKBOOK_TEST_DATA "/rerank/");
const QString kQuery = kData + QStringLiteral("q7_g40_d8/query.npy");
const QString kGallery = kData + QStringLiteral("q7_g40_d8/gallery.npy");

using lookbook::test::runCli;
using Run = lookbook::test::CliRun;

FloatMatrix load(const QString &path)
{
    return NpyArray::read(path).value();
}

float maxAbsDifference(const FloatMatrix &a, const FloatMatrix &b)
{
    float worst = 0.0f;
    for (std::size_t i = 0; i < a.values.size(); ++i)
        worst = std::max(worst, std::abs(a.values[i] - b.values[i]));
    return worst;
}

} // namespace

class TestCliPostprocess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rerank()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("d.npy"));
        const Run run = runCli({QStringLiteral("rerank"), QStringLiteral("--query"), kQuery, QStringLiteral("--gallery"), kGallery,
                                QStringLiteral("--k1"), QStringLiteral("20"), QStringLiteral("--k2"), QStringLiteral("6"),
                                QStringLiteral("--lambda"), QStringLiteral("0.3"), QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.startsWith(R"({"queries":7,"gallery":40,)"));
        const FloatMatrix distances = load(out), expected = load(kData + QStringLiteral("q7_g40_d8/expected.npy"));
        QCOMPARE(distances.rows, 7);
        QCOMPARE(distances.cols, 40);
        QVERIFY(maxAbsDifference(distances, expected) <= 1e-5f);  // the reference's tolerance, see tst_postprocess
    }

    void expand_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("rows");
        QTest::newRow("qe") << QStringLiteral("qe") << 7;
        QTest::newRow("dba") << QStringLiteral("dba") << 40;
        QTest::newRow("pca") << QStringLiteral("pca") << 7;
    }

    void expand()
    {
        QFETCH(QString, method);
        QFETCH(int, rows);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("x.npy"));
        const Run run = runCli({QStringLiteral("expand"), QStringLiteral("--method"), method, QStringLiteral("--query"), kQuery,
                                QStringLiteral("--gallery"), kGallery, QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--alpha"),
                                QStringLiteral("2"), QStringLiteral("--dim"), QStringLiteral("5"), QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const FloatMatrix written = load(out), queries = load(kQuery), gallery = load(kGallery);
        FloatMatrix expected;
        if (method == QStringLiteral("qe")) {
            expected = QueryExpansion::expand(queries, gallery, {3, 2.0}).value();
        } else if (method == QStringLiteral("dba")) {
            expected = DatabaseAugmentation::augment(gallery, {3, 2.0}).value();
        } else {
            PcaWhitening::Params params;
            params.outputDimension = 5;
            expected = PcaWhitening::learn(gallery, params)->apply(queries).value();
        }
        QCOMPARE(written.rows, rows);
        QCOMPARE(written.cols, expected.cols);
        QCOMPARE(written.values, expected.values);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString broken = m_dir.filePath(QStringLiteral("broken.npy"));
        lookbook::test::writeFile(broken, "this is not an array");
        const QString otherGallery = kData + QStringLiteral("q6_g25_lambda0/gallery.npy");  // 4-dimensional
        const QString out = m_dir.filePath(QStringLiteral("out.npy"));
        QTest::newRow("malformed query") << QStringList{QStringLiteral("rerank"), QStringLiteral("--query"), broken, QStringLiteral("--gallery"), kGallery,
                                                        QStringLiteral("--out"), out}
                                         << broken + QStringLiteral(": not a .npy file (bad magic)");
        QTest::newRow("mismatched dimensions")
            << QStringList{QStringLiteral("rerank"), QStringLiteral("--query"), kQuery, QStringLiteral("--gallery"), otherGallery, QStringLiteral("--out"), out}
            << kQuery + QStringLiteral(" holds 8-dimensional vectors but ") + otherGallery + QStringLiteral(" holds 4-dimensional ones");
        QTest::newRow("expand: mismatched dimensions")
            << QStringList{QStringLiteral("expand"), QStringLiteral("--method"), QStringLiteral("qe"), QStringLiteral("--query"), kQuery,
                           QStringLiteral("--gallery"), otherGallery, QStringLiteral("--out"), out}
            << kQuery + QStringLiteral(" holds 8-dimensional vectors but ") + otherGallery + QStringLiteral(" holds 4-dimensional ones");
        QTest::newRow("expand: k beyond the gallery")
            << QStringList{QStringLiteral("expand"), QStringLiteral("--method"), QStringLiteral("dba"), QStringLiteral("--gallery"), kGallery,
                           QStringLiteral("--k"), QStringLiteral("41"), QStringLiteral("--out"), out}
            << QStringLiteral("k must be in 1 … 40");
    }

    // A few rows only: each run of lookbook-cli costs ~0.8 s of LibTorch start-up.
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    }

private:
    QTemporaryDir m_dir;  // the broken input and the outputs of the bad-input rows
};

QTEST_GUILESS_MAIN(TestCliPostprocess)
#include "tst_clipostprocess.moc"
