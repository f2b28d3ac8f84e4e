// Post-processing of embeddings: the .npy format, alpha-QE, alpha-DBA, PCA whitening and k-reciprocal
// re-ranking (hand-worked case, agreement with tools/rerank_reference.py, the precomputed-gallery path).
#include "../testfiles.h"
#include "postprocess/databaseaugmentation.h"
#include "postprocess/kreciprocalreranker.h"
#include "postprocess/npyarray.h"
#include "postprocess/pcawhitening.h"
#include "postprocess/queryexpansion.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace lookbook;
using namespace lookbook::postprocess;

namespace {

using lookbook::test::readFile;
using lookbook::test::writeFile;

const QString kRerankData = QStringLiteral(LOOKBOOK_TEST_DATA "/rerank/");

FloatMatrix matrix(std::int64_t rows, int cols, std::initializer_list<float> values)
{
    FloatMatrix m(rows, cols);
    std::copy(values.begin(), values.end(), m.values.begin());
    return m;
}

FloatMatrix randomMatrix(std::int64_t rows, int cols, unsigned seed)
{
    std::mt19937 generator(seed);
    std::normal_distribution<float> normal;
    FloatMatrix m(rows, cols);
    for (float &value : m.values)
        value = normal(generator);
    return m;
}

float maxAbsDifference(const FloatMatrix &a, const FloatMatrix &b)
{
    float worst = 0.0f;
    for (std::size_t i = 0; i < a.values.size(); ++i)
        worst = std::max(worst, std::abs(a.values[i] - b.values[i]));
    return worst;
}

// A .npy file as bytes: magic, version, header length (declared, or the real one) and the header text.
QByteArray npyBytes(int major, int minor, const QByteArray &header, const QByteArray &data, qint64 declaredLength = -1)
{
    QByteArray bytes = QByteArrayLiteral("\x93NUMPY");
    bytes.append(char(major)).append(char(minor));
    const qint64 length = declaredLength >= 0 ? declaredLength : header.size();
    char prefix[4];
    if (major == 1) {
        qToLittleEndian<quint16>(quint16(length), prefix);
        bytes.append(prefix, 2);
    } else {
        qToLittleEndian<quint32>(quint32(length), prefix);
        bytes.append(prefix, 4);
    }
    return bytes + header + data;
}

QByteArray floatBytes(std::initializer_list<float> values)
{
    QByteArray bytes;
    for (const float value : values) {
        char little[4];
        qToLittleEndian<float>(value, little);
        bytes.append(little, 4);
    }
    return bytes;
}

struct RerankCase final {
    FloatMatrix queries, gallery, expected;
    KReciprocalReranker::Params params;
};

RerankCase loadCase(const QString &name)
{
    const QString dir = kRerankData + name + QLatin1Char('/');
    RerankCase c;
    c.queries = NpyArray::read(dir + QStringLiteral("query.npy")).value();
    c.gallery = NpyArray::read(dir + QStringLiteral("gallery.npy")).value();
    c.expected = NpyArray::read(dir + QStringLiteral("expected.npy")).value();
    const QJsonObject params = QJsonDocument::fromJson(readFile(dir + QStringLiteral("params.json"))).object();
    c.params.k1 = params.value(QStringLiteral("k1")).toInt();
    c.params.k2 = params.value(QStringLiteral("k2")).toInt();
    c.params.lambda = params.value(QStringLiteral("lambda")).toDouble();
    return c;
}

} // namespace

class TestPostprocess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- NpyArray -------------------------------------------------------------------------------

    void npyRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.npy"));
        const FloatMatrix written = matrix(3, 4, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, -12.5f});
        QVERIFY(NpyArray::write(path, written).ok());
        const QByteArray bytes = readFile(path);
        // Version 1.0, header padded so that the data starts on a 64-byte boundary, '\n'-terminated.
        QVERIFY(bytes.startsWith(QByteArrayLiteral("\x93NUMPY\x01\x00")));
        const int headerLength = qFromLittleEndian<quint16>(bytes.constData() + 8);
        QCOMPARE((10 + headerLength) % 64, 0);
        QCOMPARE(bytes.at(10 + headerLength - 1), '\n');
        QVERIFY(bytes.mid(10, headerLength).startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }"));
        QCOMPARE(bytes.size(), 10 + headerLength + 48);
        const Result<FloatMatrix> read = NpyArray::read(path);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->rows, 3);
        QCOMPARE(read->cols, 4);
        QCOMPARE(read->values, written.values);
    }

    void npyReadsOtherVersionsFloat64AndVectors()
    {
        QTemporaryDir dir;
        const QByteArray v2 = npyBytes(2, 0, "{'descr': '<f4', 'fortran_order': False, 'shape': (1, 2)}\n", floatBytes({1.5f, -2}));
        const Result<FloatMatrix> fromV2 = NpyArray::read(writeFile(dir.filePath(QStringLiteral("v2.npy")), v2));
        QVERIFY(fromV2.ok());
        QCOMPARE(fromV2->values, (std::vector<float>{1.5f, -2}));

        QByteArray doubles(16, '\0');
        qToLittleEndian<double>(0.25, doubles.data());
        qToLittleEndian<double>(3.0, doubles.data() + 8);
        const QByteArray v3 = npyBytes(3, 0, "{\"descr\": \"<f8\", \"fortran_order\": False, \"shape\": (2,), }", doubles);
        const Result<FloatMatrix> vector = NpyArray::read(writeFile(dir.filePath(QStringLiteral("v3.npy")), v3));
        QVERIFY(vector.ok());
        QCOMPARE(vector->rows, 1);  // a 1-D array is one vector
        QCOMPARE(vector->cols, 2);
        QCOMPARE(vector->values, (std::vector<float>{0.25f, 3.0f}));

        const Result<FloatMatrix> empty = NpyArray::read(writeFile(dir.filePath(QStringLiteral("empty.npy")),
                                                                   npyBytes(1, 0, "{'descr': '<f4', 'fortran_order': False, 'shape': (0, 5), }\n", {})));
        QVERIFY(empty.ok());
        QCOMPARE(empty->rows, 0);
        QCOMPARE(empty->cols, 5);
    }

    void npyMalformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray good = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }\n";
        const QByteArray data = floatBytes({1, 2, 3, 4});
        QTest::newRow("bad magic") << QByteArray("PK\x03\x04 not numpy at all") << QStringLiteral("not a .npy file (bad magic)");
        QTest::newRow("version 4.0") << npyBytes(1, 0, good, data).replace(6, 1, "\x04") << QStringLiteral("unsupported .npy format version 4.0");
        QTest::newRow("header beyond the file") << npyBytes(1, 0, good, data, 5000) << QStringLiteral("header length 5000 goes beyond the end of the file");
        QTest::newRow("unparsable dict") << npyBytes(1, 0, "{'descr' '<f4', 'fortran_order': False, 'shape': (2, 2), }\n", data)
                                         << QStringLiteral("cannot parse the header dictionary: expected ':' after 'descr'");
        QTest::newRow("not a dict") << npyBytes(1, 0, "[1, 2]\n", data) << QStringLiteral("cannot parse the header dictionary: expected '{'");
        QTest::newRow("missing shape") << npyBytes(1, 0, "{'descr': '<f4', 'fortran_order': False}\n", data)
                                       << QStringLiteral("missing key 'shape'");
        QTest::newRow("fortran order") << npyBytes(1, 0, "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2), }\n", data)
                                       << QStringLiteral("fortran_order is True");
        QTest::newRow("3-D") << npyBytes(1, 0, "{'descr': '<f4', 'fortran_order': False, 'shape': (1, 2, 2), }\n", data)
                             << QStringLiteral("shape (1, 2, 2) is 3-D; expected a 2-D matrix");
        QTest::newRow("0-D") << npyBytes(1, 0, "{'descr': '<f4', 'fortran_order': False, 'shape': (), }\n", data)
                             << QStringLiteral("shape () is 0-D");
        QTest::newRow("int32") << npyBytes(1, 0, "{'descr': '<i4', 'fortran_order': False, 'shape': (2, 2), }\n", data)
                               << QStringLiteral("unsupported dtype '<i4'");
        QTest::newRow("big-endian") << npyBytes(1, 0, "{'descr': '>f4', 'fortran_order': False, 'shape': (2, 2), }\n", data)
                                    << QStringLiteral("unsupported dtype '>f4'");
        QTest::newRow("truncated") << npyBytes(1, 0, good, data.left(12)) << QStringLiteral("truncated: shape (2, 2) of '<f4' needs 16 bytes of data but the file has 12");
        QTest::newRow("absurd shape") << npyBytes(1, 0, "{'descr': '<f4', 'fortran_order': False, 'shape': (9000000000000, 9000000), }\n", data)
                                      << QStringLiteral("truncated");
        QTest::newRow("trailing data") << npyBytes(1, 0, good, data + floatBytes({5})) << QStringLiteral("4 bytes follow the data of shape (2, 2)");
    }

    void npyMalformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeFile(dir.filePath(QStringLiteral("bad.npy")), bytes);
        const Result<FloatMatrix> read = NpyArray::read(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.startsWith(path + QStringLiteral(": ")), qPrintable(read.error().message));
        QVERIFY2(read.error().message.contains(expected), qPrintable(read.error().message));
    }

    void npyMissingFileAndUnwritablePath()
    {
        const Result<FloatMatrix> missing = NpyArray::read(QStringLiteral("/no/such/file.npy"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::IoError);
        QCOMPARE(missing.error().message, QStringLiteral("/no/such/file.npy: no such file"));
        // An empty file was "not a .npy file (bad magic)" before.
        QTemporaryDir dir;
        const QString empty = writeFile(dir.filePath(QStringLiteral("empty.npy")), QByteArray());
        QCOMPARE(NpyArray::read(empty).error().message, empty + QStringLiteral(": empty file (0 bytes)"));
        const QString folder = dir.filePath(QStringLiteral("folder.npy"));
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(NpyArray::read(folder).error().message, folder + QStringLiteral(": is a folder, not a file"));
        const Status written = NpyArray::write(QStringLiteral("/no/such/dir/out.npy"), matrix(1, 1, {1}));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::IoError);
    }

    // ---- QueryExpansion ---------------------------------------------------------------------------

    void queryExpansionHandWorked()
    {
        // Gallery g1 = (1, 0), g2 = (0, 1), g3 = (0.6, 0.8); query q = (0.8, 0.6).
        // Similarities: g1 0.8, g2 0.6, g3 0.96, so the top 2 are g3 then g1.
        const FloatMatrix gallery = matrix(3, 2, {1, 0, 0, 1, 0.6f, 0.8f});
        const FloatMatrix queries = matrix(1, 2, {0.8f, 0.6f});
        // n = 2, alpha = 1: q + 0.96 g3 + 0.8 g1 = (2.176, 1.368), length 2.5702918 → (0.8465965, 0.5322353).
        Result<FloatMatrix> expanded = QueryExpansion::expand(queries, gallery, {2, 1.0});
        QVERIFY(expanded.ok());
        QVERIFY(std::abs(expanded->values[0] - 0.8465965f) < 1e-6f && std::abs(expanded->values[1] - 0.5322353f) < 1e-6f);
        // n = 1, alpha = 3: q + 0.96³ g3 = (1.3308416, 1.3077888), length 1.8658647 → (0.7132573, 0.7009023).
        expanded = QueryExpansion::expand(queries, gallery, {1, 3.0});
        QVERIFY(std::abs(expanded->values[0] - 0.7132573f) < 1e-6f && std::abs(expanded->values[1] - 0.7009023f) < 1e-6f);
        // n = 0: the query, normalised: (3, 4) → (0.6, 0.8).
        expanded = QueryExpansion::expand(matrix(1, 2, {3, 4}), gallery, {0, 3.0});
        QVERIFY(std::abs(expanded->values[0] - 0.6f) < 1e-7f && std::abs(expanded->values[1] - 0.8f) < 1e-7f);
    }

    void queryExpansionClampsNegativeSimilarities()
    {
        const FloatMatrix gallery = matrix(3, 2, {1, 0, 0, 1, 0.6f, 0.8f});
        // q = (-1, 0): similarities g1 -1, g2 0, g3 -0.6. With alpha = 1 every weight clamps to 0: q stays.
        Result<FloatMatrix> expanded = QueryExpansion::expand(matrix(1, 2, {-1, 0}), gallery, {3, 1.0});
        QCOMPARE(expanded->values, (std::vector<float>{-1, 0}));
        // alpha = 0 weighs the best neighbour (g2, similarity 0) by 0⁰ = 1: (-1, 1)/√2.
        expanded = QueryExpansion::expand(matrix(1, 2, {-1, 0}), gallery, {1, 0.0});
        QVERIFY(std::abs(expanded->values[0] + 0.70710677f) < 1e-6f && std::abs(expanded->values[1] - 0.70710677f) < 1e-6f);
    }

    void queryExpansionErrors()
    {
        const FloatMatrix gallery = matrix(3, 2, {1, 0, 0, 1, 0.6f, 0.8f});
        Result<FloatMatrix> expanded = QueryExpansion::expand(matrix(1, 3, {1, 0, 0}), gallery, {1, 3.0});
        QVERIFY(!expanded.ok());
        QCOMPARE(expanded.error().message, QStringLiteral("query vectors are 3-dimensional but gallery vectors are 2-dimensional"));
        expanded = QueryExpansion::expand(matrix(1, 2, {1, 0}), gallery, {4, 3.0});
        QVERIFY(!expanded.ok() && expanded.error().message.contains(QStringLiteral("n must be in 0 … 3")));
        expanded = QueryExpansion::expand(matrix(1, 2, {1, 0}), gallery, {1, -1.0});
        QVERIFY(!expanded.ok() && expanded.error().message.contains(QStringLiteral("alpha")));
        expanded = QueryExpansion::expand(matrix(1, 2, {std::numeric_limits<float>::quiet_NaN(), 0}), gallery, {1, 3.0});
        QVERIFY(!expanded.ok() && expanded.error().message.contains(QStringLiteral("query vectors: row 0, column 0 is not a finite number")));
    }

    // ---- DatabaseAugmentation -----------------------------------------------------------------------

    void databaseAugmentationHandWorked()
    {
        // g1 = (1, 0), g2 = (0.6, 0.8), g3 = (0, 1); similarities g1·g2 0.6, g1·g3 0, g2·g3 0.8.
        const FloatMatrix gallery = matrix(3, 2, {1, 0, 0.6f, 0.8f, 0, 1});
        const Result<FloatMatrix> augmented = DatabaseAugmentation::augment(gallery, {2, 1.0});
        QVERIFY(augmented.ok());
        // g1' ∝ g1 + 0.6 g2 = (1.36, 0.48), length 1.4422205 → (0.9429903, 0.3328201)
        // g2' ∝ g2 + 0.8 g3 = (0.6, 1.6),   length 1.7088007 → (0.3511234, 0.9363292)
        // g3' ∝ g3 + 0.8 g2 = (0.48, 1.64), length 1.7088007 → (0.2808989, 0.9597377)
        const std::vector<float> expected{0.9429903f, 0.3328201f, 0.3511234f, 0.9363292f, 0.2808989f, 0.9597377f};
        for (std::size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(augmented->values[i] - expected[i]) < 1e-6f, qPrintable(QString::number(i)));
        // k = 1 keeps only the vector itself: the identity on unit vectors.
        const Result<FloatMatrix> identity = DatabaseAugmentation::augment(gallery, {1, 3.0});
        QVERIFY(maxAbsDifference(*identity, gallery) < 1e-7f);
    }

    void databaseAugmentationErrors()
    {
        const FloatMatrix gallery = matrix(2, 2, {1, 0, 0, 1});
        QVERIFY(!DatabaseAugmentation::augment(gallery, {0, 3.0}).ok());
        const Result<FloatMatrix> tooMany = DatabaseAugmentation::augment(gallery, {3, 3.0});
        QVERIFY(!tooMany.ok() && tooMany.error().message.contains(QStringLiteral("k must be in 1 … 2")));
        const Result<FloatMatrix> empty = DatabaseAugmentation::augment(FloatMatrix(0, 2), {1, 3.0});
        QVERIFY(!empty.ok() && empty.error().message.contains(QStringLiteral("gallery vectors: no vectors")));
    }

    // ---- PcaWhitening ---------------------------------------------------------------------------------

    void pcaWhiteningHandWorked()
    {
        // Six points around the mean m = (10, 20, 30): m ± (1, 0, 0), m ± (0, 2, 0), m ± (0, 0, 3).
        // Population covariance diag(2/6, 8/6, 18/6): eigenvalues 3 (z), 4/3 (y), 1/3 (x).
        FloatMatrix gallery(6, 3);
        const float offsets[6][3] = {{1, 0, 0}, {-1, 0, 0}, {0, 2, 0}, {0, -2, 0}, {0, 0, 3}, {0, 0, -3}};
        for (int r = 0; r < 6; ++r) {
            for (int c = 0; c < 3; ++c)
                gallery.row(r)[c] = offsets[r][c] + 10.0f * float(c + 1);
        }
        PcaWhitening::Params params;
        params.epsilon = 0.0;
        const Result<PcaWhitening> whitening = PcaWhitening::learn(gallery, params);
        QVERIFY2(whitening.ok(), qPrintable(whitening.ok() ? QString() : whitening.error().message));
        QCOMPARE(whitening->outputDimension(), 3);
        QVERIFY(std::abs(whitening->eigenvalues()[0] - 3.0) < 1e-9 && std::abs(whitening->eigenvalues()[2] - 1.0 / 3.0) < 1e-9);
        QVERIFY(std::abs(whitening->mean()[1] - 20.0) < 1e-9);
        // m + (1, 1, 1) → components (1/√3, 1/√(4/3), 1/√(1/3)) = (0.577, 0.866, 1.732), length 2.0207
        // → (2/7, 3/7, 6/7).
        const FloatMatrix probe = matrix(1, 3, {11, 21, 31});
        const Result<FloatMatrix> white = whitening->apply(probe);
        QVERIFY(white.ok());
        QVERIFY(maxAbsDifference(*white, matrix(1, 3, {2.0f / 7, 3.0f / 7, 6.0f / 7})) < 1e-6f);
        // Keeping 2 dimensions: (0.577, 0.866) → (2/√13, 3/√13).
        params.outputDimension = 2;
        const Result<FloatMatrix> reduced = PcaWhitening::learn(gallery, params)->apply(probe);
        QVERIFY(maxAbsDifference(*reduced, matrix(1, 2, {float(2 / std::sqrt(13.0)), float(3 / std::sqrt(13.0))})) < 1e-6f);
        // power 0 is a plain rotation: (1, 1, 1) in (z, y, x) order, normalised.
        params.outputDimension = 0;
        params.power = 0.0;
        const Result<FloatMatrix> rotated = PcaWhitening::learn(gallery, params)->apply(probe);
        QVERIFY(maxAbsDifference(*rotated, matrix(1, 3, {0.57735026f, 0.57735026f, 0.57735026f})) < 1e-6f);
        // A vector equal to the mean maps to 0.
        QCOMPARE(whitening->apply(matrix(1, 3, {10, 20, 30}))->values, (std::vector<float>{0, 0, 0}));
    }

    void pcaWhiteningSaveLoadAndErrors()
    {
        const FloatMatrix gallery = randomMatrix(50, 4, 7);
        PcaWhitening::Params params;
        params.outputDimension = 3;
        const Result<PcaWhitening> whitening = PcaWhitening::learn(gallery, params);
        QVERIFY(whitening.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pca.bin"));
        QVERIFY(whitening->save(path).ok());
        const Result<PcaWhitening> loaded = PcaWhitening::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QCOMPARE(loaded->apply(gallery)->values, whitening->apply(gallery)->values);

        const QByteArray bytes = readFile(path);
        const Result<PcaWhitening> truncated = PcaWhitening::load(writeFile(dir.filePath(QStringLiteral("t.bin")), bytes.left(bytes.size() - 8)));
        QVERIFY(!truncated.ok() && truncated.error().message.contains(QStringLiteral("damaged PCA whitening file")));
        QVERIFY(truncated.error().message.startsWith(dir.filePath(QStringLiteral("t.bin"))));
        const Result<PcaWhitening> header = PcaWhitening::load(writeFile(dir.filePath(QStringLiteral("h.bin")), bytes.left(14)));
        QVERIFY(!header.ok() && header.error().message.contains(QStringLiteral("truncated PCA whitening file")));
        const Result<PcaWhitening> magic = PcaWhitening::load(writeFile(dir.filePath(QStringLiteral("m.bin")), "LBPCAWH9" + bytes.mid(8)));
        QVERIFY(!magic.ok() && magic.error().message.contains(QStringLiteral("bad magic")));
        QByteArray future = bytes;
        future[8] = 2;
        const Result<PcaWhitening> version = PcaWhitening::load(writeFile(dir.filePath(QStringLiteral("v.bin")), future));
        QVERIFY(!version.ok() && version.error().message.contains(QStringLiteral("unsupported PCA whitening file version 2")));

        const Result<FloatMatrix> mismatch = whitening->apply(randomMatrix(2, 5, 1));
        QVERIFY(!mismatch.ok());
        QCOMPARE(mismatch.error().message, QStringLiteral("PCA whitening: the vectors are 5-dimensional but the model was learned on 4 dimensions"));
        params.outputDimension = 5;
        QVERIFY(!PcaWhitening::learn(gallery, params).ok());
        // Points on a line have no variance across it: refused without epsilon.
        PcaWhitening::Params flat;
        flat.epsilon = 0.0;
        const Result<PcaWhitening> degenerate = PcaWhitening::learn(matrix(3, 2, {0, 0, 1, 0, 2, 0}), flat);
        QVERIFY(!degenerate.ok() && degenerate.error().message.contains(QStringLiteral("component 2 has no variance")));
    }

    // ---- KReciprocalReranker ----------------------------------------------------------------------------

    void rerankHandWorked()
    {
        // tests/data/rerank/WORKING.md derives these: q = (0, 0); gallery (1, 0), (3, 0), (0, 4); k1 = 1, k2 = 2, lambda = 0.3.
        const RerankCase c = loadCase(QStringLiteral("hand_q1_g3"));
        const Result<FloatMatrix> distances = KReciprocalReranker(c.params).rerank(c.queries, c.gallery);
        QVERIFY(distances.ok());
        QCOMPARE(distances->rows, 1);
        QCOMPARE(distances->cols, 3);
        QVERIFY(maxAbsDifference(*distances, matrix(1, 3, {0.01875f, 0.63541667f, 0.76666667f})) < 1e-6f);
    }

    void rerankMatchesReference_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : QDir(kRerankData).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QTest::newRow(qPrintable(name)) << name;
    }

    void rerankMatchesReference()
    {
        // The expected matrices come from tools/rerank_reference.py (dense NumPy, float32). 1e-5: our
        // distances come from other sgemm blocking and summation orders than the reference's, so they
        // differ in the last float32 bits (~1e-7 relative), which the exp/Jaccard/blend steps keep small.
        QFETCH(QString, name);
        const RerankCase c = loadCase(name);
        const Result<FloatMatrix> distances = KReciprocalReranker(c.params).rerank(c.queries, c.gallery);
        QVERIFY2(distances.ok(), qPrintable(distances.ok() ? QString() : distances.error().message));
        QCOMPARE(distances->rows, c.expected.rows);
        QCOMPARE(distances->cols, c.expected.cols);
        const float difference = maxAbsDifference(*distances, c.expected);
        QVERIFY2(difference <= 1e-5f, qPrintable(QStringLiteral("max |difference| %1").arg(difference)));
    }

    void rerankPrecomputedNeighbourhoodIsExact()
    {
        const RerankCase c = loadCase(QStringLiteral("q7_g40_d8"));
        const KReciprocalReranker reranker(c.params);
        const Result<FloatMatrix> oneShot = reranker.rerank(c.queries, c.gallery);
        const auto hood = KReciprocalReranker::galleryNeighbourhood(c.gallery, c.params);
        QVERIFY(hood.ok());
        QCOMPARE(hood->depth, 21);
        // Reused for several batches, the precomputed gallery gives the one-shot result bit for bit.
        for (int batch = 0; batch < 2; ++batch)
            QCOMPARE(reranker.rerank(c.queries, c.gallery, *hood)->values, oneShot->values);
        FloatMatrix firstThree(3, c.queries.cols);
        std::copy(c.queries.values.begin(), c.queries.values.begin() + 3 * c.queries.cols, firstThree.values.begin());
        QCOMPARE(reranker.rerank(firstThree, c.gallery, *hood)->values, reranker.rerank(firstThree, c.gallery)->values);
        // A deeper neighbourhood (built for k1 = 30) serves smaller k1 exactly too.
        KReciprocalReranker::Params deeper = c.params;
        deeper.k1 = 30;
        const auto deepHood = KReciprocalReranker::galleryNeighbourhood(c.gallery, deeper);
        QCOMPARE(reranker.rerank(c.queries, c.gallery, *deepHood)->values, oneShot->values);
    }

    void galleryNeighbourhoodIsExactAcrossTiles()
    {
        // 5000 vectors span two 4096-column tiles and twenty 256-row blocks; brute force in double agrees.
        const FloatMatrix gallery = randomMatrix(5000, 16, 3);
        KReciprocalReranker::Params params;
        params.k1 = 9;
        const auto hood = KReciprocalReranker::galleryNeighbourhood(gallery, params);
        QVERIFY(hood.ok());
        QCOMPARE(hood->depth, 10);
        std::vector<double> distances(5000);
        for (std::int64_t r : {0, 1, 255, 256, 4095, 4096, 4999}) {
            for (std::int64_t j = 0; j < 5000; ++j) {
                double sum = 0.0;
                for (int c = 0; c < 16; ++c) {
                    const double d = double(gallery.row(r)[c]) - gallery.row(j)[c];
                    sum += d * d;
                }
                distances[std::size_t(j)] = sum;
            }
            const double largest = *std::max_element(distances.begin(), distances.end());
            QVERIFY(std::abs(hood->maxDistances[std::size_t(r)] - largest) < 1e-4 * largest);
            std::sort(distances.begin(), distances.end());
            for (int t = 0; t < hood->depth; ++t)
                QVERIFY(std::abs(hood->distances[std::size_t(r * hood->depth + t)] - distances[std::size_t(t)]) < 1e-4);
            QCOMPARE(hood->neighbours[std::size_t(r * hood->depth)], std::int32_t(r));  // itself first
        }
    }

    void rerankErrors_data()
    {
        QTest::addColumn<int>("k1");
        QTest::addColumn<int>("k2");
        QTest::addColumn<double>("lambda");
        QTest::addColumn<QString>("expected");
        QTest::newRow("k1 0") << 0 << 6 << 0.3 << QStringLiteral("k1 must be at least 1, got 0");
        QTest::newRow("k2 0") << 20 << 0 << 0.3 << QStringLiteral("k2 must be at least 1, got 0");
        QTest::newRow("lambda 1.5") << 20 << 6 << 1.5 << QStringLiteral("lambda must be in [0, 1], got 1.5");
        QTest::newRow("lambda NaN") << 20 << 6 << std::nan("") << QStringLiteral("lambda must be in [0, 1]");
        QTest::newRow("k2 beyond the pool") << 2 << 12 << 0.3 << QStringLiteral("k2 (12) exceeds the pool of queries and gallery vectors (11)");
    }

    void rerankErrors()
    {
        QFETCH(int, k1);
        QFETCH(int, k2);
        QFETCH(double, lambda);
        QFETCH(QString, expected);
        const RerankCase c = loadCase(QStringLiteral("q3_g8_smallpool"));
        const Result<FloatMatrix> distances = KReciprocalReranker({k1, k2, lambda}).rerank(c.queries, c.gallery);
        QVERIFY(!distances.ok());
        QCOMPARE(distances.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(distances.error().message.contains(expected), qPrintable(distances.error().message));
    }

    void rerankInputErrors()
    {
        const RerankCase small = loadCase(QStringLiteral("q3_g8_smallpool"));  // d = 5
        const RerankCase other = loadCase(QStringLiteral("q6_g25_lambda0"));    // d = 4
        const KReciprocalReranker reranker(small.params);
        Result<FloatMatrix> distances = reranker.rerank(other.queries, small.gallery);
        QVERIFY(!distances.ok());
        QCOMPARE(distances.error().message, QStringLiteral("query vectors are 4-dimensional but gallery vectors are 5-dimensional"));
        distances = reranker.rerank(small.queries, FloatMatrix(0, 5));
        QVERIFY(!distances.ok() && distances.error().message.contains(QStringLiteral("gallery vectors: no vectors")));

        const auto hood = KReciprocalReranker::galleryNeighbourhood(small.gallery, small.params);
        FloatMatrix changed = small.gallery;
        changed.values[3] += 1.0f;
        distances = reranker.rerank(small.queries, changed, *hood);
        QVERIFY(!distances.ok() && distances.error().message.contains(QStringLiteral("computed for another gallery")));
        const auto shallow = KReciprocalReranker::galleryNeighbourhood(other.gallery, {2, 1, 0.3});
        distances = KReciprocalReranker(other.params).rerank(other.queries, other.gallery, *shallow);
        QVERIFY(!distances.ok() && distances.error().message.contains(QStringLiteral("keeps 3 neighbours but k1 = 7, k2 = 3 need 8")));

        // No queries: an empty 0 × g result.
        distances = reranker.rerank(FloatMatrix(0, 5), small.gallery);
        QVERIFY(distances.ok());
        QCOMPARE(distances->rows, 0);
        QCOMPARE(distances->cols, 8);
    }

    void rerankReportsProgressAndCancels()
    {
        const RerankCase c = loadCase(QStringLiteral("q7_g40_d8"));
        const KReciprocalReranker reranker(c.params);
        std::vector<double> reported;
        QVERIFY(reranker.rerank(c.queries, c.gallery, [&](double fraction) { reported.push_back(fraction); return true; }).ok());
        QVERIFY(!reported.empty());
        QVERIFY(std::is_sorted(reported.begin(), reported.end()));
        QCOMPARE(reported.back(), 1.0);
        const Result<FloatMatrix> cancelled = reranker.rerank(c.queries, c.gallery, [](double fraction) { return fraction < 0.5; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestPostprocess)
#include "tst_postprocess.moc"
