#pragma once

namespace lookbook::catalog {

class SqliteStatement;

// A cached prepared statement for the length of one use. Leaving the scope resets it: a statement
// left on a row would hold its read transaction open, which pins the WAL and makes this
// connection's next write fail as soon as another connection has written.
class ScopedStatement final
{
public:
    explicit ScopedStatement(SqliteStatement *statement) : m_statement(statement) {}
    ScopedStatement(ScopedStatement &&other) noexcept : m_statement(other.m_statement) { other.m_statement = nullptr; }
    ScopedStatement &operator=(ScopedStatement &&) = delete;
    ScopedStatement(const ScopedStatement &) = delete;
    ScopedStatement &operator=(const ScopedStatement &) = delete;
    ~ScopedStatement();

    SqliteStatement *operator->() const { return m_statement; }
    SqliteStatement &operator*() const { return *m_statement; }

private:
    SqliteStatement *m_statement = nullptr;
};

} // namespace lookbook::catalog
