#pragma once

#include "common/core/Problem.h"

#include <utility>
#include <variant>

namespace rathaus {

// Either a value or a Problem. No exceptions cross Qt boundaries.
template<typename T>
class Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Problem problem) : m_state(std::move(problem)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const Problem &problem() const { return std::get<Problem>(m_state); }

private:
    std::variant<T, Problem> m_state;
};

} // namespace rathaus
