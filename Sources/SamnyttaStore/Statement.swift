import CSQLite
import Foundation

/// SQLite's `SQLITE_TRANSIENT`: tells SQLite to copy bound text and blobs, so the Swift buffers
/// may go away right after binding. The C macro is a cast Swift cannot import.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A prepared SQL statement: bind parameters (1-based), step through rows, read columns (0-based).
///
/// Finalized on ``finalize()`` or when released; it keeps its connection alive until then.
public final class Statement {
  private let connection: SQLiteConnection
  private var handle: OpaquePointer?

  init(connection: SQLiteConnection, handle: OpaquePointer) {
    self.connection = connection
    self.handle = handle
  }

  deinit { sqlite3_finalize(handle) }

  /// Releases the compiled statement now rather than when the object goes away.
  public func finalize() {
    sqlite3_finalize(handle)
    handle = nil
  }

  // MARK: Binding

  public func bind(_ value: Int64?, at index: Int32) throws(StoreError) {
    guard let value else { return try bindNull(at: index) }
    try check(sqlite3_bind_int64(handle, index, value))
  }

  public func bind(_ value: Int?, at index: Int32) throws(StoreError) {
    try bind(value.map(Int64.init), at: index)
  }

  public func bind(_ value: Double?, at index: Int32) throws(StoreError) {
    guard let value else { return try bindNull(at: index) }
    try check(sqlite3_bind_double(handle, index, value))
  }

  public func bind(_ value: String?, at index: Int32) throws(StoreError) {
    guard let value else { return try bindNull(at: index) }
    // An explicit byte length keeps any embedded NUL characters.
    let code = value.withCString {
      sqlite3_bind_text64(handle, index, $0, UInt64(value.utf8.count), transient, UInt8(SQLITE_UTF8))
    }
    try check(code)
  }

  public func bind(_ value: Data?, at index: Int32) throws(StoreError) {
    guard let value else { return try bindNull(at: index) }
    // An empty blob must be a zero-length blob, not a NULL pointer (which SQLite stores as NULL).
    let code =
      value.isEmpty
      ? sqlite3_bind_zeroblob(handle, index, 0)
      : value.withUnsafeBytes { sqlite3_bind_blob64(handle, index, $0.baseAddress, UInt64($0.count), transient) }
    try check(code)
  }

  public func bindNull(at index: Int32) throws(StoreError) {
    try check(sqlite3_bind_null(handle, index))
  }

  // MARK: Stepping

  /// Advances to the next row: `true` when a row is available, `false` when the statement is done.
  @discardableResult
  public func step() throws(StoreError) -> Bool {
    switch sqlite3_step(handle) {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default: throw connection.lastError()
    }
  }

  /// Rewinds the statement and clears its bindings, to run it again with new values.
  public func reset() {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
  }

  // MARK: Columns

  public func isNull(at index: Int32) -> Bool { sqlite3_column_type(handle, index) == SQLITE_NULL }

  public func int64(at index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }

  public func double(at index: Int32) -> Double { sqlite3_column_double(handle, index) }

  public func string(at index: Int32) -> String {
    guard let text = sqlite3_column_text(handle, index) else { return "" }
    let count = Int(sqlite3_column_bytes(handle, index))
    return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
  }

  public func data(at index: Int32) -> Data {
    let count = Int(sqlite3_column_bytes(handle, index))
    guard count > 0, let bytes = sqlite3_column_blob(handle, index) else { return Data() }
    return Data(bytes: bytes, count: count)
  }

  /// Appends a blob (or text) column's bytes to `buffer` and answers where they lie in it: one copy,
  /// straight from SQLite's row, with no `Data` made per row.
  public func appendBytes(at index: Int32, to buffer: inout [UInt8]) -> Range<Int> {
    let start = buffer.count
    let count = Int(sqlite3_column_bytes(handle, index))
    if count > 0, let bytes = sqlite3_column_blob(handle, index) {
      buffer.append(contentsOf: UnsafeRawBufferPointer(start: bytes, count: count))
    }
    return start..<buffer.count
  }

  public func optionalInt64(at index: Int32) -> Int64? { isNull(at: index) ? nil : int64(at: index) }
  public func optionalDouble(at index: Int32) -> Double? { isNull(at: index) ? nil : double(at: index) }
  public func optionalString(at index: Int32) -> String? { isNull(at: index) ? nil : string(at: index) }
  public func optionalData(at index: Int32) -> Data? { isNull(at: index) ? nil : data(at: index) }

  private func check(_ code: Int32) throws(StoreError) {
    if code != SQLITE_OK { throw connection.lastError() }
  }
}
