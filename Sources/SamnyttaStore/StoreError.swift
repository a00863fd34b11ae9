/// Everything that can go wrong with the evaluation database, as values the command line can print.
///
/// Every message is a full sentence naming the database file, because a user with several
/// databases (`--db`, `$SAMNYTTA_DB`) must be able to tell which one is meant.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be opened or created at all (missing directory, permissions, a directory).
  case cannotOpen(path: String, reason: OpenReason)
  /// The file is not SQLite, or is SQLite belonging to another program. It was not modified.
  case notSamnyttaDatabase(path: String)
  /// The file was written by a newer Samnytta. It was not modified.
  case schemaTooNew(path: String, found: Int, supported: Int)
  /// A read-only open found an older schema (or an empty file): reading never migrates, so a
  /// write command has to upgrade it first. It was not modified.
  case schemaTooOld(path: String, found: Int, current: Int)
  /// A read-only open found nothing at the path; reading never creates a database.
  case noDatabase(path: String)
  /// SQLite reported an error: its extended result code and message.
  case sqlite(path: String, code: Int32, message: String)
  /// A document with the same SHA-256 is already stored (`existingID`), or appears twice in one
  /// batch (`existingID == nil`). Nothing from the batch was added.
  case duplicateDocument(path: String, name: String, existingID: Int64?)
  /// No evaluation with this id is stored.
  case noSuchEvaluation(path: String, id: Int64)

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason):
      return "Cannot open the evaluation database \(path): \(reason)."
    case .notSamnyttaDatabase(let path):
      return "The file \(path) is not a Samnytta evaluation database; it was left unchanged."
    case .schemaTooNew(let path, let found, let supported):
      return
        "The evaluation database \(path) has schema version \(found), but this program supports "
        + "versions up to \(supported); it was left unchanged. Use a newer Samnytta."
    case .schemaTooOld(let path, let found, let current):
      return
        "The evaluation database \(path) has schema version \(found), older than this program's \(current); it was left unchanged. "
        + "Run a write command (e.g. `samnytta batch`) to upgrade it."
    case .noDatabase(let path):
      return "There is no evaluation database at \(path); a read-only command never creates one (add evaluations with `samnytta db add`)."
    case .sqlite(let path, let code, let message):
      return "SQLite error \(code) in the evaluation database \(path): \(message)."
    case .duplicateDocument(let path, let name, let existingID?):
      return
        "The document \"\(name)\" is already stored in \(path) as evaluation \(existingID); "
        + "nothing was added."
    case .duplicateDocument(let path, let name, nil):
      return
        "The document \"\(name)\" appears twice among the documents being added to \(path); "
        + "nothing was added."
    case .noSuchEvaluation(let path, let id):
      return "The evaluation database \(path) has no evaluation with id \(id)."
    }
  }
}

/// Why a database file cannot be opened or created, as values each language renders (SamnyttaReports).
public enum OpenReason: Error, Equatable, Sendable, CustomStringConvertible {
  /// Something at the path that is not a regular file.
  case notAFile(PathRefusal)
  case unreadable
  case folderNotCreatable(String)
  /// SQLite could not build a new database in `folder`; `detail` is its own (English) text.
  case cannotWriteNew(folder: String, detail: String)
  case cannotMoveIntoPlace
  /// SQLite's own (English) text.
  case sqlite(String)

  public var description: String {
    switch self {
    case .notAFile(let kind): return "it is \(kind.description), not a database file"
    case .unreadable: return "the file cannot be read"
    case .folderNotCreatable(let f): return "the directory \(f) cannot be created"
    case .cannotWriteNew(let f, let detail): return "a new database cannot be written in \(f) (\(detail))"
    case .cannotMoveIntoPlace: return "the new database cannot be moved into place"
    case .sqlite(let text): return text
    }
  }
}

/// What is at a database path that is not a regular file.
public enum PathRefusal: Equatable, Sendable, CustomStringConvertible {
  case directory, characterDevice, blockDevice, fifo, socket, special, brokenLink
  /// `stat` failed: the system's text.
  case unexaminable(String)

  public var description: String {
    switch self {
    case .directory: return "a directory"
    case .characterDevice: return "a character device"
    case .blockDevice: return "a block device"
    case .fifo: return "a FIFO (named pipe)"
    case .socket: return "a socket"
    case .special: return "not a regular file"
    case .brokenLink: return "a symbolic link to a missing file"
    case .unexaminable(let text): return "a path that cannot be examined (\(text))"
    }
  }
}

extension StoreError {
  /// SQLite could not open or read the file without writing beside it (`SQLITE_READONLY`,
  /// `SQLITE_CANTOPEN` and their extended codes): what a read-only folder does to a WAL database.
  var isReadOnlyMediumFailure: Bool {
    switch self {
    case .sqlite(_, let code, _): return code & 0xff == 8 || code & 0xff == 14
    case .cannotOpen: return true
    default: return false
    }
  }
}
