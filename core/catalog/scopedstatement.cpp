#include "catalog/scopedstatement.h"

#include "catalog/sqlitestatement.h"

namespace lookbook::catalog {

ScopedStatement::~ScopedStatement()
{
    if (m_statement)
        m_statement->resetIfDone();
}

} // namespace lookbook::catalog
