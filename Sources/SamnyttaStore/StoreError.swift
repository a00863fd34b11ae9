/// Everything that can go wrong with the evaluation database, as values the command line can print.
///
/// Every message is a full sentence naming the database file, because a user with several
/// databases (`--db`, `$SAMNYTTA_DB`) must be able to tell which one is meant.
public enum StoreError: Error, Equatable, CustomStringConvertible {
  /// The file could not be opened or created at all (missing directory, permissions, a directory).
  case cannotOpen(path: String, reason: String)
  /// The file is not SQLite, or is SQLite belonging to another program. It was not modified.
  case notSamnyttaDatabase(path: String)
  /// The file was written by a newer Samnytta. It was not modified.
  case schemaTooNew(path: String, found: Int, supported: Int)
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
