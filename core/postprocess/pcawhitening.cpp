#include "postprocess/pcawhitening.h"

#include "common/atomicfile.h"
#include "postprocess/matrixchecks_p.h"

#include <QDataStream>
#include <QFile>

#include <opencv2/core.hpp>

#include <cmath>

namespace lookbook::postprocess {

namespace {

const QByteArray kMagic = QByteArrayLiteral("LBPCAWH1");
constexpr quint32 kVersion = 1;

Status checkParams(const PcaWhitening::Params &params, int inputDimension)
{
    if (params.outputDimension < 0 || params.outputDimension > inputDimension)
        return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("PCA whitening: output dimension must be in 0 … %1 (0 keeps all), got %2")
                                                               .arg(inputDimension).arg(params.outputDimension));
    if (!(params.power >= 0.0 && params.power <= 1.0))
        return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("PCA whitening: power must be in [0, 1], got %1").arg(params.power));
    if (!(params.epsilon >= 0.0 && std::isfinite(params.epsilon)))
        return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("PCA whitening: epsilon must be a finite number >= 0, got %1").arg(params.epsilon));
    return success();
}

} // namespace

Result<PcaWhitening> PcaWhitening::learn(const FloatMatrix &gallery, const Params &params)
{
    using R = Result<PcaWhitening>;
    if (const Status valid = MatrixChecks::usable(gallery, QStringLiteral("gallery vectors"), false); !valid)
        return valid.error();
    if (const Status valid = checkParams(params, gallery.cols); !valid)
        return valid.error();
    if (gallery.rows < 2)
        return R::failure(ErrorCode::InvalidArgument, QStringLiteral("PCA whitening: needs at least 2 gallery vectors, got %1").arg(gallery.rows));

    PcaWhitening model;
    model.m_inputDimension = gallery.cols;
    model.m_outputDimension = params.outputDimension == 0 ? gallery.cols : params.outputDimension;
    model.m_power = params.power;
    model.m_epsilon = params.epsilon;
    try {
        // OpenCV accumulates the covariance of the float rows in double (ctype CV_64F).
        const cv::Mat samples(static_cast<int>(gallery.rows), gallery.cols, CV_32F, const_cast<float *>(gallery.values.data()));
        cv::Mat covariance, mean, eigenvalues, eigenvectors;
        cv::calcCovarMatrix(samples, covariance, mean, cv::COVAR_NORMAL | cv::COVAR_ROWS | cv::COVAR_SCALE, CV_64F);
        cv::eigen(covariance, eigenvalues, eigenvectors);  // descending, one eigenvector per row
        model.m_mean.assign(mean.ptr<double>(0), mean.ptr<double>(0) + gallery.cols);
        for (int k = 0; k < model.m_outputDimension; ++k) {
            const double *vector = eigenvectors.ptr<double>(k);
            int largest = 0;
            for (int c = 1; c < gallery.cols; ++c) {
                if (std::abs(vector[c]) > std::abs(vector[largest]))
                    largest = c;
            }
            const double sign = vector[largest] < 0.0 ? -1.0 : 1.0;
            for (int c = 0; c < gallery.cols; ++c)
                model.m_eigenvectors.push_back(sign * vector[c]);
            // Rounding can leave a null direction slightly negative.
            model.m_eigenvalues.push_back(std::max(eigenvalues.at<double>(k), 0.0));
        }
    } catch (const cv::Exception &e) {
        return R::failure(ErrorCode::BackendError, QStringLiteral("PCA whitening: OpenCV: %1").arg(QString::fromStdString(e.what())));
    }
    if (const Status finished = model.finish(); !finished)
        return finished.error();
    return model;
}

Status PcaWhitening::finish()
{
    const auto invalid = [](const QString &message) { return Status::failure(ErrorCode::InvalidData, message); };
    if (m_inputDimension < 1 || m_outputDimension < 1 || m_outputDimension > m_inputDimension)
        return invalid(QStringLiteral("dimensions %1 → %2 are not a reduction").arg(m_inputDimension).arg(m_outputDimension));
    if (const Status valid = checkParams({m_outputDimension, m_power, m_epsilon}, m_inputDimension); !valid)
        return valid;
    const std::size_t in = static_cast<std::size_t>(m_inputDimension), out = static_cast<std::size_t>(m_outputDimension);
    m_projection.resize(out * in);
    for (std::size_t k = 0; k < out; ++k) {
        const double variance = m_eigenvalues[k] + m_epsilon;
        if (!(variance > 0.0) || !std::isfinite(variance))
            return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("PCA whitening: component %1 has no variance (eigenvalue %2); "
                                                                              "raise epsilon or lower the output dimension")
                                                                   .arg(k + 1).arg(m_eigenvalues[k]));
        const double scale = std::pow(variance, -m_power);
        for (std::size_t c = 0; c < in; ++c)
            m_projection[k * in + c] = m_eigenvectors[k * in + c] * scale;
    }
    for (const double value : m_mean) {
        if (!std::isfinite(value))
            return invalid(QStringLiteral("the mean has a value that is not finite"));
    }
    for (const double value : m_eigenvectors) {
        if (!std::isfinite(value))
            return invalid(QStringLiteral("an eigenvector has a value that is not finite"));
    }
    return success();
}

Result<FloatMatrix> PcaWhitening::apply(const FloatMatrix &vectors) const
{
    using R = Result<FloatMatrix>;
    if (const Status valid = MatrixChecks::usable(vectors, QStringLiteral("vectors to whiten"), true); !valid)
        return valid.error();
    if (vectors.cols != m_inputDimension)
        return R::failure(ErrorCode::InvalidArgument, QStringLiteral("PCA whitening: the vectors are %1-dimensional but the model was learned on %2 dimensions")
                                                          .arg(vectors.cols).arg(m_inputDimension));
    FloatMatrix result(vectors.rows, m_outputDimension);
    const std::size_t in = static_cast<std::size_t>(m_inputDimension);
#pragma omp parallel
    {
        std::vector<double> centred(in), projected(static_cast<std::size_t>(m_outputDimension));
#pragma omp for schedule(static)
        for (std::int64_t r = 0; r < vectors.rows; ++r) {
            const float *x = vectors.row(r);
            for (std::size_t c = 0; c < in; ++c)
                centred[c] = x[c] - m_mean[c];
            double length = 0.0;
            for (std::size_t k = 0; k < projected.size(); ++k) {
                const double *component = m_projection.data() + k * in;
                double value = 0.0;
                for (std::size_t c = 0; c < in; ++c)
                    value += component[c] * centred[c];
                projected[k] = value;
                length += value * value;
            }
            length = std::sqrt(length);
            float *y = result.row(r);
            for (std::size_t k = 0; k < projected.size(); ++k)
                y[k] = length > 0.0 ? static_cast<float>(projected[k] / length) : 0.0f;
        }
    }
    return result;
}

Status PcaWhitening::save(const QString &path) const
{
    return AtomicFile::write(path, [&](QIODevice &file) {
        QDataStream stream(&file);
        stream.setVersion(QDataStream::Qt_6_0);
        stream.setByteOrder(QDataStream::LittleEndian);
        stream.setFloatingPointPrecision(QDataStream::DoublePrecision);
        stream.writeRawData(kMagic.constData(), static_cast<int>(kMagic.size()));
        stream << kVersion << qint32(m_inputDimension) << qint32(m_outputDimension) << m_power << m_epsilon;
        for (const std::vector<double> *values : {&m_mean, &m_eigenvalues, &m_eigenvectors}) {
            for (const double value : *values)
                stream << value;
        }
        return stream.status() == QDataStream::Ok
                   ? success()
                   : Status::failure(ErrorCode::IoError, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    });
}

Result<PcaWhitening> PcaWhitening::load(const QString &path)
{
    using R = Result<PcaWhitening>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(ErrorCode::IoError, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    QDataStream stream(&file);
    stream.setVersion(QDataStream::Qt_6_0);
    stream.setByteOrder(QDataStream::LittleEndian);
    stream.setFloatingPointPrecision(QDataStream::DoublePrecision);
    QByteArray magic(kMagic.size(), '\0');
    if (stream.readRawData(magic.data(), static_cast<int>(magic.size())) != magic.size() || magic != kMagic)
        return R::failure(ErrorCode::ParseError, QStringLiteral("%1: not a Lookbook PCA whitening file (bad magic)").arg(path));
    quint32 version = 0;
    qint32 inputDimension = 0, outputDimension = 0;
    PcaWhitening model;
    stream >> version;
    if (stream.status() == QDataStream::Ok && version != kVersion)
        return R::failure(ErrorCode::ParseError, QStringLiteral("%1: unsupported PCA whitening file version %2 (expected %3)").arg(path).arg(version).arg(kVersion));
    stream >> inputDimension >> outputDimension >> model.m_power >> model.m_epsilon;
    if (stream.status() != QDataStream::Ok)
        return R::failure(ErrorCode::ParseError, QStringLiteral("%1: truncated PCA whitening file (header)").arg(path));
    // Bounded before allocating, so that a damaged header cannot ask for gigabytes.
    const qint64 valuesLeft = (file.size() - file.pos()) / static_cast<qint64>(sizeof(double));
    if (inputDimension < 1 || outputDimension < 1 || outputDimension > inputDimension
        || qint64(inputDimension) + qint64(outputDimension) * (1 + qint64(inputDimension)) != valuesLeft)
        return R::failure(ErrorCode::InvalidData, QStringLiteral("%1: damaged PCA whitening file: dimensions %2 → %3 do not match its %4 values")
                                                      .arg(path).arg(inputDimension).arg(outputDimension).arg(valuesLeft));
    model.m_inputDimension = inputDimension;
    model.m_outputDimension = outputDimension;
    model.m_mean.resize(static_cast<std::size_t>(inputDimension));
    model.m_eigenvalues.resize(static_cast<std::size_t>(outputDimension));
    model.m_eigenvectors.resize(static_cast<std::size_t>(inputDimension) * static_cast<std::size_t>(outputDimension));
    for (std::vector<double> *values : {&model.m_mean, &model.m_eigenvalues, &model.m_eigenvectors}) {
        for (double &value : *values)
            stream >> value;
    }
    if (stream.status() != QDataStream::Ok || !stream.atEnd())
        return R::failure(ErrorCode::ParseError, QStringLiteral("%1: truncated PCA whitening file (values)").arg(path));
    if (const Status finished = model.finish(); !finished)
        return R::failure(ErrorCode::InvalidData, QStringLiteral("%1: damaged PCA whitening file: %2").arg(path, finished.error().message));
    return model;
}

} // namespace lookbook::postprocess
