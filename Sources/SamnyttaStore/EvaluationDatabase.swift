import Foundation

/// The evaluation database: one SQLite file holding input documents and their runs.
///
/// Opening is careful because the path comes from a user: an existing file is first inspected
/// through a read-only connection, and only a Samnytta database (or an empty SQLite file) is ever
/// opened for writing. Anything else is refused with the file untouched. Each instance owns one
/// connection; use one instance per thread or task.
public final class EvaluationDatabase {
  /// The database file.
  public let path: String
  /// The underlying connection, for queries the typed API does not cover (rankings, norms).
  public let connection: SQLiteConnection

  private init(path: String, connection: SQLiteConnection) {
    self.path = path
    self.connection = connection
  }

  /// The schema version this program writes.
  public static var schemaVersion: Int { Schema.currentVersion }

  /// How a command uses the database.
  public enum Access: Sendable {
    /// Create the file if missing and migrate an older schema forward: commands that store.
    case readWrite
    /// Never create, migrate or write: commands that only read (`db list`, `rank`, `norms`, …).
    case readOnly
  }

  /// Opens the database at `path`. With `.readWrite` (the default) a missing file (and its
  /// directory) is created and an older schema migrated forward in one transaction. With
  /// `.readOnly` the file must exist with the current schema, and nothing is written to it.
  /// Anything at `path` that is not a regular file (or a symbolic link to one) is refused first.
  public static func open(path: String, access: Access = .readWrite) throws(StoreError) -> EvaluationDatabase {
    switch DatabasePathKind.of(path) {
    case .regularFile: break
    case .missing:
      guard access == .readWrite else { throw .noDatabase(path: path) }
      try create(path: path)
    case .refused(let kind):
      throw .cannotOpen(path: path, reason: .notAFile(kind))
    }
    try checkHeader(path: path)
    if access == .readOnly { return try openReadOnly(path: path) }
    do {
      let inspector = try SQLiteConnection.open(path: path, create: false, readOnly: true)
      _ = try identify(inspector)
    }
    let connection = try SQLiteConnection.open(path: path, create: false)
    try migrate(connection)
    return EvaluationDatabase(path: path, connection: connection)
  }

  /// Look before touching: nothing may write to a file we have not recognised. The header
  /// catches most strangers without SQLite; a read-only connection settles the rest.
  private static func checkHeader(path: String) throws(StoreError) {
    guard let header = try SQLiteHeader.read(path: path) else { return }
    if header.applicationID != 0 && Int64(header.applicationID) != Schema.applicationID {
      throw .notSamnyttaDatabase(path: path)
    }
    if Int64(header.applicationID) == Schema.applicationID && Int(header.userVersion) > Schema.currentVersion {
      throw .schemaTooNew(path: path, found: Int(header.userVersion), supported: Schema.currentVersion)
    }
  }

  /// A read-only connection on a recognised file of the current schema. A WAL database needs its
  /// `-shm` file even to be read; where it cannot be created (a read-only folder or medium),
  /// SQLite reports `SQLITE_READONLY` or `SQLITE_CANTOPEN`, and the file is opened `immutable`
  /// instead: no locks, no `-wal` or `-shm`, the committed content of the main file. Nobody can
  /// be writing a database in a folder where no `-wal` can be made, so that is safe there.
  static func openReadOnly(path: String, immutable: Bool = false) throws(StoreError) -> EvaluationDatabase {
    let connection: SQLiteConnection
    let version: Int
    do {
      connection = try SQLiteConnection.open(path: path, create: false, readOnly: true, immutable: immutable)
      version = try identify(connection)
    } catch {
      guard !immutable, error.isReadOnlyMediumFailure else { throw error }
      return try openReadOnly(path: path, immutable: true)
    }
    guard version == Schema.currentVersion else {
      throw .schemaTooOld(path: path, found: version, current: Schema.currentVersion)
    }
    return EvaluationDatabase(path: path, connection: connection)
  }

  /// Creates a complete database at `path` atomically: it is built under a temporary name in the
  /// same directory and hard-linked into place, which fails if the name is taken. So a file at
  /// `path` is never a half-initialised database, and when two processes create it at once, one
  /// wins and the other simply opens the winner's file.
  private static func create(path: String) throws(StoreError) {
    let fileManager = FileManager.default
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
    do {
      try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw .cannotOpen(path: path, reason: .folderNotCreatable(directory.path))
    }
    let name = URL(fileURLWithPath: path).lastPathComponent
    let temporary = directory.appendingPathComponent(".\(name).creating-\(UUID().uuidString)").path
    defer { try? fileManager.removeItem(atPath: temporary) }
    do {
      // Closed at the end of this block, so the WAL is checkpointed and the file complete.
      let connection = try SQLiteConnection.open(path: temporary, create: true)
      try migrate(connection)
    } catch {
      throw .cannotOpen(path: path, reason: .cannotWriteNew(folder: directory.path, detail: "\(error)"))
    }
    // Losing the race to another process is fine; any other failure is not. Where hard links
    // are unsupported, a rename (which checks for an existing file first) is the fallback.
    if (try? fileManager.linkItem(atPath: temporary, toPath: path)) == nil, !fileManager.fileExists(atPath: path),
      (try? fileManager.moveItem(atPath: temporary, toPath: path)) == nil, !fileManager.fileExists(atPath: path)
    {
      throw .cannotOpen(path: path, reason: .cannotMoveIntoPlace)
    }
  }

  /// Switches to WAL and brings the schema to the current version, once the file is recognised
  /// as ours (or empty). Does nothing to a database that is up to date.
  private static func migrate(_ connection: SQLiteConnection) throws(StoreError) {
    // Identify first, so not even the journal mode of a stranger's file is changed.
    let version = try identify(connection)
    // WAL: readers see the last committed state while a writer works, and never block it. The
    // mode is stored in the file, so it is only changed (which needs exclusive access) once.
    if try connection.textPragma("journal_mode").lowercased() != "wal" {
      try connection.execute("PRAGMA journal_mode = WAL")
    }
    guard version < Schema.currentVersion else { return }
    try connection.transaction { () throws(StoreError) in
      // Re-read under the write lock: another process may have migrated in the meantime.
      let version = try identify(connection)
      guard version < Schema.currentVersion else { return }
      for migration in Schema.migrations[version...] { try connection.execute(migration) }
      try connection.execute("PRAGMA application_id = \(Schema.applicationID)")
      try connection.execute("PRAGMA user_version = \(Schema.currentVersion)")
    }
  }

  /// The file's schema version if it is ours (0 for an empty SQLite file), or the reason it is refused.
  private static func identify(_ connection: SQLiteConnection) throws(StoreError) -> Int {
    let applicationID: Int64
    let version: Int64
    let objectCount: Int64
    do {
      applicationID = try connection.integerPragma("application_id")
      version = try connection.integerPragma("user_version")
      let count = try connection.prepare("SELECT count(*) FROM sqlite_master")
      defer { count.finalize() }
      try count.step()
      objectCount = count.int64(at: 0)
    } catch {
      // SQLITE_NOTADB (26): the file is not SQLite at all.
      if case .sqlite(_, let code, _) = error, code & 0xff == 26 { throw .notSamnyttaDatabase(path: connection.path) }
      throw error
    }
    if applicationID == Schema.applicationID {
      guard version <= Schema.currentVersion else {
        throw .schemaTooNew(path: connection.path, found: Int(version), supported: Schema.currentVersion)
      }
      return Int(version)
    }
    if applicationID == 0 && version == 0 && objectCount == 0 { return 0 }
    throw .notSamnyttaDatabase(path: connection.path)
  }
}
