#include "postprocess/topklist_p.h"

#include <QtGlobal>

namespace lookbook::postprocess {

TopKList::TopKList(int capacity)
    : m_capacity(capacity), m_keys(static_cast<std::size_t>(capacity)), m_indices(static_cast<std::size_t>(capacity))
{
}

void TopKList::insert(float key, std::int32_t index)
{
    Q_ASSERT(admits(key, index));
    // Lists are short (k1 + 1 at most, a few dozen): shifting beats a heap and keeps them sorted.
    int position = m_size < m_capacity ? m_size++ : m_size - 1;
    while (position > 0 && (key < m_keys[position - 1] || (key == m_keys[position - 1] && index < m_indices[position - 1]))) {
        m_keys[position] = m_keys[position - 1];
        m_indices[position] = m_indices[position - 1];
        --position;
    }
    m_keys[position] = key;
    m_indices[position] = index;
}

} // namespace lookbook::postprocess
