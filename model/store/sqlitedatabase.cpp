// RAII over SQLite's C API; maps SQLite result codes to the model's errors.
#include "sqlitedatabase.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace ryuk::sqlite {

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(mStmt);
        mStmt = std::exchange(other.mStmt, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(mStmt);
}

void Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(mStmt, index, text.data(), int(text.size()), SQLITE_STATIC);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(mStmt, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(mStmt, index, value);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(mStmt, index);
}

int Statement::step()
{
    return sqlite3_step(mStmt);
}

void Statement::reset()
{
    sqlite3_reset(mStmt);
    sqlite3_clear_bindings(mStmt);
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
    const QString detail = mDb ? QString::fromUtf8(sqlite3_errmsg(mDb)) : QString::fromUtf8(sqlite3_errstr(code));
    const QString prefix = context.isEmpty() ? QString() : context + QLatin1String(": ");
    ErrorKind kind = ErrorKind::Internal;
    QString message;
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        kind = ErrorKind::Conflict;
        message = QCoreApplication::translate("Database", "the story is being changed by another program; try again");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        kind = ErrorKind::Corrupt;
        message = QCoreApplication::translate("Database", "the story file is damaged (%1)").arg(detail);
        break;
    case SQLITE_FULL:
        kind = ErrorKind::Io;
        message = QCoreApplication::translate("Database", "the disk is full");
        break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        kind = ErrorKind::Io;
        message = detail;
        break;
    case SQLITE_INTERRUPT:
        kind = ErrorKind::Cancelled;
        message = QCoreApplication::translate("Database", "cancelled");
        break;
    default:
        message = detail;
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
