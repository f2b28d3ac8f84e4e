#pragma once

#include "common/error.h"

#include <utility>
#include <variant>

namespace lookbook {

// An expected-like value-or-error, until the project can use std::expected (C++23).
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    static Result failure(ErrorCode code, QString message) { return Result(Error{code, std::move(message)}); }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that produce nothing but may fail.
struct Unit final {};
using Status = Result<Unit>;
inline Status success() { return Unit{}; }

} // namespace lookbook
