#pragma once

#include "common/result.h"

#include <QtGlobal>

#include <random>
#include <vector>

namespace lookbook::train {

// P identities × K instances per batch (Hermans et al.), the batches batch-hard triplet and
// multi-similarity mining need. An identity is a DeepFashion2 (pair_id, style > 0) item: its street
// (user) and shop crops are each other's positives, which is the street-to-shop signal.
//  - identities with fewer than 2 instances cannot give a positive and are dropped;
//  - an identity with fewer than K instances is filled up by drawing its instances again (with
//    replacement), after each of them was used once;
//  - an epoch visits the kept identities in a shuffled order, P at a time; the last incomplete
//    group is topped up from the start of the next shuffle.
// The batches depend only on the labels, P, K and the seed.
class PkSampler final
{
public:
    // labels[i]: the identity of sample i (any integers). Fails when fewer than P identities have 2 instances.
    static Result<PkSampler> create(const std::vector<int> &labels, int identitiesPerBatch, int instancesPerIdentity, quint64 seed);

    std::vector<int> nextBatch();  // P × K sample indices, grouped by identity
    int batchesPerEpoch() const;   // kept samples / (P × K), at least 1
    int identityCount() const { return static_cast<int>(m_members.size()); }
    int sampleCount() const { return m_samples; }

private:
    PkSampler(std::vector<std::vector<int>> members, int p, int k, quint64 seed);
    void reshuffle();

    std::vector<std::vector<int>> m_members;  // per kept identity, its sample indices
    int m_p;
    int m_k;
    int m_samples = 0;
    std::mt19937_64 m_rng;
    std::vector<int> m_order;                 // identities of the current shuffle
    size_t m_next = 0;
};

} // namespace lookbook::train
