#include "train/pksampler.h"

#include <algorithm>
#include <map>

namespace lookbook::train {

Result<PkSampler> PkSampler::create(const std::vector<int> &labels, int identitiesPerBatch, int instancesPerIdentity, quint64 seed)
{
    if (identitiesPerBatch < 2 || instancesPerIdentity < 2)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("P×K sampler: P and K must be at least 2, got %1 and %2").arg(identitiesPerBatch).arg(instancesPerIdentity)};
    std::map<int, std::vector<int>> byLabel;  // ordered, so that the identities' order does not depend on hashing
    for (size_t i = 0; i < labels.size(); ++i)
        byLabel[labels[i]].push_back(static_cast<int>(i));
    std::vector<std::vector<int>> members;
    for (auto &[label, samples] : byLabel) {
        if (samples.size() >= 2)
            members.push_back(std::move(samples));
    }
    if (static_cast<int>(members.size()) < identitiesPerBatch)
        return Error{ErrorCode::InvalidData, QStringLiteral("P×K sampler: %1 identities have at least 2 instances, fewer than P = %2")
                                                 .arg(members.size()).arg(identitiesPerBatch)};
    return PkSampler(std::move(members), identitiesPerBatch, instancesPerIdentity, seed);
}

PkSampler::PkSampler(std::vector<std::vector<int>> members, int p, int k, quint64 seed) : m_members(std::move(members)), m_p(p), m_k(k), m_rng(seed)
{
    for (const std::vector<int> &samples : m_members)
        m_samples += static_cast<int>(samples.size());
    reshuffle();
}

void PkSampler::reshuffle()
{
    m_order.resize(m_members.size());
    for (size_t i = 0; i < m_order.size(); ++i)
        m_order[i] = static_cast<int>(i);
    std::shuffle(m_order.begin(), m_order.end(), m_rng);
    m_next = 0;
}

std::vector<int> PkSampler::nextBatch()
{
    std::vector<int> batch;
    batch.reserve(static_cast<size_t>(m_p) * m_k);
    std::vector<int> chosen;
    while (static_cast<int>(chosen.size()) < m_p) {
        if (m_next == m_order.size())
            reshuffle();
        const int identity = m_order[m_next++];
        // A top-up from the next shuffle may meet an identity already in this batch.
        if (std::find(chosen.begin(), chosen.end(), identity) == chosen.end())
            chosen.push_back(identity);
    }
    for (int identity : chosen) {
        std::vector<int> samples = m_members[static_cast<size_t>(identity)];
        std::shuffle(samples.begin(), samples.end(), m_rng);
        for (int i = 0; i < m_k; ++i) {
            if (i < static_cast<int>(samples.size())) {
                batch.push_back(samples[static_cast<size_t>(i)]);
            } else {
                std::uniform_int_distribution<size_t> pick(0, samples.size() - 1);
                batch.push_back(samples[pick(m_rng)]);
            }
        }
    }
    return batch;
}

int PkSampler::batchesPerEpoch() const
{
    return std::max(1, m_samples / (m_p * m_k));
}

} // namespace lookbook::train
