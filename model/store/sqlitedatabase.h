// RAII over SQLite's C API: the connection, prepared statements (prepared once,
// bound, reused) and transactions that roll back unless committed.
#pragma once

#include "core/error.h"

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace ryuk::sqlite {

// Whether SQLite can take a text of `bytes` bytes on a connection whose
// SQLITE_LIMIT_LENGTH is `limit`. Lengths reach SQLite as int, so 2 GiB and
// more never fit: cast, they would turn negative (read up to a NUL) or wrap
// to a small length (silently cut the value).
bool textFits(std::size_t bytes, int limit);

// A prepared statement. Text bound with bind() must outlive the next reset().
// A bind that fails (a text too long, an index out of range) is remembered:
// the next step() runs nothing and returns its code, so every caller that
// checks step() also checks its binds.
class Statement
{
public:
    Statement() = default;
    explicit Statement(sqlite3_stmt *stmt) : mStmt(stmt) {}
    Statement(Statement &&other) noexcept
        : mStmt(std::exchange(other.mStmt, nullptr))
        , mBindError(std::exchange(other.mBindError, 0))
    {}
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    sqlite3_stmt *handle() const { return mStmt; }

    void bind(int index, std::string_view text);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bindNull(int index);
    template<typename T>
    void bind(int index, const std::optional<T> &value)
    {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }

    // Returns SQLITE_ROW, SQLITE_DONE or an error code (that of a failed bind first).
    int step();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    std::string_view text(int column) const;
    std::string string(int column) const { return std::string(text(column)); }

private:
    void checkBind(int rc);

    sqlite3_stmt *mStmt = nullptr;
    int mBindError = 0; // SQLITE_OK, or the code of the first failed bind since reset()
};

// Resets a cached statement when the scope ends, so it never holds a read
// transaction open or keeps stale bindings.
class ScopedReset
{
public:
    explicit ScopedReset(Statement &stmt) : mStmt(stmt) {}
    ~ScopedReset() { mStmt.reset(); }
    ScopedReset(const ScopedReset &) = delete;
    ScopedReset &operator=(const ScopedReset &) = delete;

private:
    Statement &mStmt;
};

class Database
{
public:
    Database() = default;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    // `flags` are SQLITE_OPEN_* flags.
    static Result<Database> open(const QString &path, int flags);

    sqlite3 *handle() const { return mDb; }
    const QString &path() const { return mPath; }
    bool isOpen() const { return mDb != nullptr; }
    void close();

    // Runs SQL without results (schema, pragmas, BEGIN/COMMIT).
    Status exec(const char *sql);
    // A statement prepared on first use and kept for the connection's life.
    // `sql` must be a string literal: its address is the cache key.
    Result<Statement *> cached(const char *sql);
    // A fresh statement, finalized by its owner.
    Result<Statement> prepare(std::string_view sql);

    // The current SQLite error as an Error: a busy or locked story becomes
    // Busy ("… try again"), a value too long BadInput; damage and disk trouble
    // become Io with SQLite's own message, and anything else Internal.
    Error error(const QString &context) const;
    Error errorFromCode(int code, const QString &context) const;

    qint64 lastInsertRowId() const;
    int changes() const;

    // Single-value helpers for pragmas and counts.
    Result<qint64> queryInt(const char *sql);
    Result<std::string> queryText(const char *sql);

private:
    sqlite3 *mDb = nullptr;
    QString mPath;
    std::unordered_map<const char *, Statement> mCache;
};

// BEGIN IMMEDIATE … COMMIT; rolls back when destroyed uncommitted.
class Transaction
{
public:
    explicit Transaction(Database &db) : mDb(db) {}
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Status begin();
    Status commit();
    void rollback();
    bool isActive() const { return mActive; }

private:
    Database &mDb;
    bool mActive = false;
};

} // namespace ryuk::sqlite
