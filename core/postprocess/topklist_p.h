#pragma once

#include <cstdint>
#include <limits>
#include <vector>

namespace lookbook::postprocess {

// The `capacity` smallest (key, index) pairs seen so far, sorted ascending. Equal keys go to the
// smaller index, so a total order decides every tie and any two passes over the same candidates,
// in any order, keep the same list (which is what makes merging a gallery list with queries exact).
class TopKList final
{
public:
    explicit TopKList(int capacity = 0);

    // The key a candidate must not exceed to be worth an admits() test: +inf until the list is full.
    float bound() const { return m_size < m_capacity ? std::numeric_limits<float>::infinity() : m_keys[m_size - 1]; }
    bool admits(float key, std::int32_t index) const
    {
        if (m_size < m_capacity)
            return true;
        return key < m_keys[m_size - 1] || (key == m_keys[m_size - 1] && index < m_indices[m_size - 1]);
    }
    // Inserts a candidate that admits() accepted, dropping the worst one when the list is full.
    void insert(float key, std::int32_t index);

    int size() const { return m_size; }
    const float *keys() const { return m_keys.data(); }
    const std::int32_t *indices() const { return m_indices.data(); }

private:
    int m_capacity = 0;
    int m_size = 0;
    std::vector<float> m_keys;
    std::vector<std::int32_t> m_indices;
};

} // namespace lookbook::postprocess
