import Foundation

/// The first 100 bytes of an SQLite file, read with plain file I/O.
///
/// Refusing a file on its header alone means a text file, another program's database, or a
/// (checkpointed) newer Samnytta database is turned away without SQLite ever opening it, so not
/// even the `-wal`/`-shm` files a reader of a WAL database creates appear beside it. The header
/// of a WAL database can be stale, so a file that passes is still checked through SQLite.
struct SQLiteHeader {
  /// `PRAGMA user_version`: big-endian at offset 60.
  var userVersion: UInt32
  /// `PRAGMA application_id`: big-endian at offset 68.
  var applicationID: UInt32

  /// Reads the header of the file at `path`: `nil` for an empty file (SQLite's empty database).
  /// Throws ``StoreError/notSamnyttaDatabase(path:)`` when the bytes are not an SQLite header.
  static func read(path: String) throws(StoreError) -> SQLiteHeader? {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .cannotOpen(path: path, reason: .unreadable)
    }
    defer { try? handle.close() }
    let bytes: [UInt8]
    do {
      bytes = [UInt8](try handle.read(upToCount: 100) ?? Data())
    } catch {
      throw .cannotOpen(path: path, reason: .unreadable)
    }
    if bytes.isEmpty { return nil }
    guard bytes.count == 100, bytes.starts(with: Array("SQLite format 3\0".utf8)) else {
      throw .notSamnyttaDatabase(path: path)
    }
    func word(at offset: Int) -> UInt32 { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) } }
    return SQLiteHeader(userVersion: word(at: 60), applicationID: word(at: 68))
  }
}
