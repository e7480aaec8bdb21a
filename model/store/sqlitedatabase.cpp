// RAII over SQLite's C API; maps SQLite result codes to the model's errors.
#include "sqlitedatabase.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <climits>

namespace ryuk::sqlite {

bool textFits(std::size_t bytes, int limit)
{
    return limit >= 0 && bytes <= std::size_t(limit) && bytes <= std::size_t(INT_MAX);
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(mStmt);
        mStmt = std::exchange(other.mStmt, nullptr);
        mBindError = std::exchange(other.mBindError, SQLITE_OK);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(mStmt);
}

void Statement::checkBind(int rc)
{
    if (rc != SQLITE_OK && mBindError == SQLITE_OK)
        mBindError = rc;
}

void Statement::bind(int index, std::string_view text)
{
    // Refused before SQLite sees the length, which it takes as an int.
    if (!textFits(text.size(), sqlite3_limit(sqlite3_db_handle(mStmt), SQLITE_LIMIT_LENGTH, -1))) {
        checkBind(SQLITE_TOOBIG);
        return;
    }
    checkBind(sqlite3_bind_text(mStmt, index, text.data(), int(text.size()), SQLITE_STATIC));
}

void Statement::bind(int index, qint64 value)
{
    checkBind(sqlite3_bind_int64(mStmt, index, value));
}

void Statement::bind(int index, double value)
{
    checkBind(sqlite3_bind_double(mStmt, index, value));
}

void Statement::bindNull(int index)
{
    checkBind(sqlite3_bind_null(mStmt, index));
}

int Statement::step()
{
    if (mBindError != SQLITE_OK)
        return mBindError;
    return sqlite3_step(mStmt);
}

void Statement::reset()
{
    sqlite3_reset(mStmt);
    sqlite3_clear_bindings(mStmt);
    mBindError = SQLITE_OK;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(mStmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(mStmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(mStmt, column);
}

std::string_view Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(mStmt, column));
    if (!data)
        return {};
    return {data, std::size_t(sqlite3_column_bytes(mStmt, column))};
}

Database::Database(Database &&other) noexcept
    : mDb(std::exchange(other.mDb, nullptr))
    , mPath(std::move(other.mPath))
    , mCache(std::move(other.mCache))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        mDb = std::exchange(other.mDb, nullptr);
        mPath = std::move(other.mPath);
        mCache = std::move(other.mCache);
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    mCache.clear(); // statements must be finalized before the connection closes
    if (mDb) {
        sqlite3_close_v2(mDb);
        mDb = nullptr;
    }
}

Result<Database> Database::open(const QString &path, int flags)
{
    Database db;
    db.mPath = path;
    const QByteArray encoded = path.toUtf8();
    const int rc = sqlite3_open_v2(encoded.constData(), &db.mDb, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        Error e = db.error(QCoreApplication::translate("Database", "cannot open the story"));
        return e;
    }
    sqlite3_extended_result_codes(db.mDb, 1);
    return db;
}

Status Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(mDb, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return errorFromCode(rc, {});
    return {};
}

Result<Statement *> Database::cached(const char *sql)
{
    auto it = mCache.find(sql);
    if (it != mCache.end())
        return &it->second;
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(mDb, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return errorFromCode(rc, {});
    return &mCache.emplace(sql, Statement(stmt)).first->second;
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(mDb, sql.data(), int(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return errorFromCode(rc, {});
    return Statement(stmt);
}

Error Database::error(const QString &context) const
{
    return errorFromCode(mDb ? sqlite3_extended_errcode(mDb) : SQLITE_CANTOPEN, context);
}

Error Database::errorFromCode(int code, const QString &context) const
{
    // The connection's message belongs to its last call; a code from elsewhere
    // (a bind refused before SQLite saw it) gets SQLite's text for the code.
    const bool current = mDb && sqlite3_extended_errcode(mDb) == code;
    const QString detail = QString::fromUtf8(current ? sqlite3_errmsg(mDb) : sqlite3_errstr(code));
    const QString prefix = context.isEmpty() ? QString() : context + QLatin1String(": ");
    ErrorKind kind = ErrorKind::Internal;
    QString message = detail;
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        kind = ErrorKind::Busy;
        message = QCoreApplication::translate("Database", "the story is being changed by another program; try again");
        break;
    case SQLITE_TOOBIG: {
        const int limit = mDb ? sqlite3_limit(mDb, SQLITE_LIMIT_LENGTH, -1) : INT_MAX;
        kind = ErrorKind::BadInput;
        message = QCoreApplication::translate("Database", "a value is too long to store (the limit is %1 bytes)")
                          .arg(std::min(limit, INT_MAX));
        break;
    }
    // Damage found while working, like a failing disk, is not the input's
    // fault; opening a story checks it first and calls a damaged file Corrupt.
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        kind = ErrorKind::Io;
        break;
    case SQLITE_INTERRUPT:
        kind = ErrorKind::Cancelled;
        message = QCoreApplication::translate("Database", "cancelled");
        break;
    default:
        break;
    }
    return Error::at(kind, prefix + message, mPath);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(mDb);
}

int Database::changes() const
{
    return sqlite3_changes(mDb);
}

Result<qint64> Database::queryInt(const char *sql)
{
    auto stmt = cached(sql);
    if (!stmt)
        return stmt.takeError();
    ScopedReset reset(**stmt);
    const int rc = (*stmt)->step();
    if (rc == SQLITE_ROW)
        return (*stmt)->int64(0);
    if (rc == SQLITE_DONE)
        return qint64(0);
    return errorFromCode(rc, {});
}

Result<std::string> Database::queryText(const char *sql)
{
    auto stmt = cached(sql);
    if (!stmt)
        return stmt.takeError();
    ScopedReset reset(**stmt);
    const int rc = (*stmt)->step();
    if (rc == SQLITE_ROW)
        return (*stmt)->string(0);
    if (rc == SQLITE_DONE)
        return std::string();
    return errorFromCode(rc, {});
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    auto begun = mDb.exec("BEGIN IMMEDIATE");
    if (begun)
        mActive = true;
    return begun;
}

Status Transaction::commit()
{
    auto done = mDb.exec("COMMIT");
    if (done)
        mActive = false;
    return done;
}

void Transaction::rollback()
{
    if (mActive) {
        mDb.exec("ROLLBACK").ok();
        mActive = false;
    }
}

} // namespace ryuk::sqlite
