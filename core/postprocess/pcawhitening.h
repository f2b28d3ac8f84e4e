#pragma once

#include "common/floatmatrix.h"
#include "common/result.h"

#include <QString>

#include <vector>

namespace lookbook::postprocess {

// PCA whitening learned on the gallery: y = normalize(diag((λ + epsilon)^-power) · E · (x - mean)),
// where the rows of E are the covariance eigenvectors with the largest eigenvalues λ (population
// covariance, 1/n, computed in double precision). power = 0.5 whitens fully, 0 is a plain PCA
// rotation; epsilon damps the directions of tiny variance (default 1e-6, in squared input units).
// Each eigenvector's sign makes its largest-magnitude component positive, so results are reproducible.
// A vector equal to the mean maps to 0.
//
// save()/load() keep the model in a small binary file (LBPCAWH1, version 1) beside the index.
class PcaWhitening final
{
public:
    struct Params final {
        int outputDimension = 0;  // 0 keeps the input dimension
        double power = 0.5;       // in [0, 1]
        double epsilon = 1e-6;    // >= 0; every kept λ + epsilon must be > 0
    };

    static Result<PcaWhitening> learn(const FloatMatrix &gallery, const Params &params);
    static Result<PcaWhitening> load(const QString &path);
    Status save(const QString &path) const;

    Result<FloatMatrix> apply(const FloatMatrix &vectors) const;

    int inputDimension() const { return m_inputDimension; }
    int outputDimension() const { return m_outputDimension; }
    const std::vector<double> &mean() const { return m_mean; }
    const std::vector<double> &eigenvalues() const { return m_eigenvalues; }  // the kept ones, descending

private:
    PcaWhitening() = default;
    // Checks the model and derives the scaled projection; the message says which part is wrong.
    Status finish();

    int m_inputDimension = 0;
    int m_outputDimension = 0;
    double m_power = 0.5;
    double m_epsilon = 1e-6;
    std::vector<double> m_mean;          // inputDimension
    std::vector<double> m_eigenvalues;   // outputDimension
    std::vector<double> m_eigenvectors;  // outputDimension × inputDimension, row-major
    std::vector<double> m_projection;    // the eigenvectors scaled by (λ + epsilon)^-power
};

} // namespace lookbook::postprocess
