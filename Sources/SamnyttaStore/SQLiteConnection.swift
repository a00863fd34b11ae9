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
  ///
  /// `immutable` (read-only only) opens the file as SQLite's `immutable=1` URI: no locks and no
  /// `-wal`/`-shm` files, so it works in a folder nobody may write to. It is only safe while no
  /// one writes the file, so the store uses it only when an ordinary read-only open fails.
  public static func open(path: String, create: Bool, readOnly: Bool = false, immutable: Bool = false) throws(StoreError)
    -> SQLiteConnection
  {
    var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
    if readOnly {
      flags |= SQLITE_OPEN_READONLY
    } else {
      flags |= SQLITE_OPEN_READWRITE
      if create { flags |= SQLITE_OPEN_CREATE }
    }
    var name = path
    if readOnly && immutable {
      flags |= SQLITE_OPEN_URI
      name = "file:" + uriPath(path) + "?immutable=1"
    }
    var handle: OpaquePointer?
    let code = sqlite3_open_v2(name, &handle, flags, nil)
    guard code == SQLITE_OK, let handle else {
      let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
      if let handle { sqlite3_close_v2(handle) }
      throw .cannotOpen(path: path, reason: .sqlite(reason))
    }
    let connection = SQLiteConnection(path: path, handle: handle)
    sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
    try connection.execute("PRAGMA foreign_keys = ON")
    return connection
  }

  /// `path` as the path of a `file:` URI: every byte but unreserved characters and `/` percent-encoded,
  /// so `?`, `#` and `%` in a file name stay part of it. A relative path stays relative.
  static func uriPath(_ path: String) -> String {
    let hex = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.append(byte)
      default:
        out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0f)]]
      }
    }
    return String(decoding: out, as: UTF8.self)
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
