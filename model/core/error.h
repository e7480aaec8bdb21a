// Errors as values: what went wrong and where, carried from the model up to the
// edge, where the GUI shows a dialog and the CLI prints one line and exits.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ryuk {

enum class ErrorKind {
    BadInput,  // malformed or invalid input: JSON, ids, property types, usage
    NotFound,  // a named node or relationship does not exist
    Conflict,  // a duplicate id, or a file already where a new one should go
    Busy,      // another program is writing the story: the same call may succeed later
    NotAStory, // a file that is not a Ryuk story (or not SQLite at all)
    Corrupt,   // a damaged story file
    Io,        // the disk or the operating system failed
    Cancelled, // the user cancelled a long operation
    Internal,  // a bug: SQLite rejected a statement we wrote
};

// The enumerator's name, e.g. "BadInput" (for logs and test output).
const char *kindName(ErrorKind kind);

struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;
    QString file; // empty when the error is not about a file position
    int line = 0; // 1-based; 0 when unknown
    int column = 0;

    static Error badInput(QString message) { return {ErrorKind::BadInput, std::move(message), {}, 0, 0}; }
    static Error at(ErrorKind kind, QString message, QString file, int line = 0, int column = 0)
    {
        return {kind, std::move(message), std::move(file), line, column};
    }

    // "file:line:column: message", leaving out what is unknown.
    QString toString() const;

    // True for errors the user can fix in the input (the CLI exits 2 for those).
    bool isInputError() const
    {
        return kind == ErrorKind::BadInput || kind == ErrorKind::NotFound || kind == ErrorKind::Conflict
               || kind == ErrorKind::NotAStory || kind == ErrorKind::Corrupt;
    }
};

inline const Error &noError()
{
    static const Error none{ErrorKind::Internal, {}, {}, 0, 0};
    return none;
}

// Either a value or an Error. Small on purpose: ok(), value(), error().
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : mState(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : mState(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return mState.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(mState); }
    const T &value() const & { return std::get<0>(mState); }
    T &&value() && { return std::get<0>(std::move(mState)); }
    T *operator->() { return &std::get<0>(mState); }
    const T *operator->() const { return &std::get<0>(mState); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    // On success, an empty Error (so messages can be built unconditionally).
    const Error &error() const { return ok() ? noError() : std::get<1>(mState); }
    Error &&takeError() { return std::get<1>(std::move(mState)); }

private:
    std::variant<T, Error> mState;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : mError(std::move(error)) {}

    bool ok() const { return !mError.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return mError ? *mError : noError(); }
    Error &&takeError() { return std::move(*mError); }

private:
    std::optional<Error> mError;
};

using Status = Result<void>;

} // namespace ryuk
