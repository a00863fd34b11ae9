import CSQLite

/// One open SQLite connection: the thin, throwing layer over the C API that the store builds on.
///
/// Opened without SQLite's own mutex (`SQLITE_OPEN_NOMUTEX`): a connection belongs to one
/// thread or task at a time, and parallel work opens its own connection. Every connection waits
/// up to ``busyTimeoutMilliseconds`` for a lock, so two writers queue rather than fail, and
/// enforces foreign keys, so removing a document removes its runs.
public final class SQLiteConnection {
  /// How long a connection waits for another connection's lock before reporting `SQLITE_BUSY`.
  public static let busyTimeoutMilliseconds: Int32 = 10_000

  /// The file this connection is open on, for error messages.
  public let path: String
  let handle: OpaquePointer

  private init(path: String, handle: OpaquePointer) {
    self.path = path
    self.handle = handle
  }

  deinit { sqlite3_close_v2(handle) }

  /// Opens `path`. `create` creates a missing file; `readOnly` opens without any right to write,
  /// which is how a file is inspected before the store agrees to touch it.
  public static func open(path: String, create: Bool, readOnly: Bool = false) throws(StoreError)
    -> SQLiteConnection
  {
    var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
    if readOnly {
      flags |= SQLITE_OPEN_READONLY
    } else {
      flags |= SQLITE_OPEN_READWRITE
      if create { flags |= SQLITE_OPEN_CREATE }
    }
    var handle: OpaquePointer?
    let code = sqlite3_open_v2(path, &handle, flags, nil)
    guard code == SQLITE_OK, let handle else {
      let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
      if let handle { sqlite3_close_v2(handle) }
      throw .cannotOpen(path: path, reason: reason)
    }
    let connection = SQLiteConnection(path: path, handle: handle)
    sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
    try connection.execute("PRAGMA foreign_keys = ON")
    return connection
  }

  /// Runs one or more SQL statements that return no rows of interest.
  public func execute(_ sql: String) throws(StoreError) {
    var message: UnsafeMutablePointer<CChar>?
    let code = sqlite3_exec(handle, sql, nil, nil, &message)
    if code != SQLITE_OK {
      let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
      sqlite3_free(message)
      throw .sqlite(path: path, code: sqlite3_extended_errcode(handle), message: text)
    }
  }

  /// Compiles one SQL statement.
  public func prepare(_ sql: String) throws(StoreError) -> Statement {
    var statement: OpaquePointer?
    let code = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
    guard code == SQLITE_OK, let statement else { throw lastError() }
    return Statement(connection: self, handle: statement)
  }

  /// Runs `body` in a transaction: commits when it returns, rolls back when it throws.
  ///
  /// `immediate` (the default) takes the write lock at `BEGIN`, so two writers serialize on the
  /// busy timeout instead of one failing when it upgrades a read lock. Not reentrant.
  public func transaction<T>(immediate: Bool = true, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
    try execute(immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED")
    let result: T
    do {
      result = try body()
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
    do {
      try execute("COMMIT")
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
    return result
  }

  /// The value of an integer pragma such as `user_version` or `application_id`.
  public func integerPragma(_ name: String) throws(StoreError) -> Int64 {
    let statement = try prepare("PRAGMA \(name)")
    defer { statement.finalize() }
    guard try statement.step() else { return 0 }
    return statement.int64(at: 0)
  }

  /// The value of a text pragma such as `journal_mode`.
  public func textPragma(_ name: String) throws(StoreError) -> String {
    let statement = try prepare("PRAGMA \(name)")
    defer { statement.finalize() }
    guard try statement.step() else { return "" }
    return statement.string(at: 0)
  }

  /// The rowid of the last row this connection inserted.
  public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

  /// Rows changed by the most recent INSERT, UPDATE or DELETE.
  public var changes: Int { Int(sqlite3_changes(handle)) }

  /// The connection's most recent error as a ``StoreError``.
  func lastError() -> StoreError {
    .sqlite(path: path, code: sqlite3_extended_errcode(handle), message: String(cString: sqlite3_errmsg(handle)))
  }
}
