import SamnyttaDocuments
import SamnyttaFormats
import SamnyttaReports
import SamnyttaStore

/// Something wrong with the evaluation database, or with what a command asked of it: the file and
/// a ``DatabaseMessage`` each language renders. The CLI exits 65 (EX_DATAERR) for these.
public struct DatabaseError: Error, Sendable, CustomStringConvertible {
  public var path: String
  public var message: DatabaseMessage
  public init(path: String, _ message: DatabaseMessage) {
    self.path = path
    self.message = message
  }
  public init(_ error: StoreError, path: String) { self.init(path: path, .store(error)) }
  /// `evaluations.sqlite: …` in `language`.
  public func text(_ language: Language) -> String { "\(path): \(message.text(language))" }
  public var description: String { text(.en) }
}

extension EvaluationDatabase {
  /// Opens the database at `path` to store into it (creating or migrating it); a store failure
  /// becomes a database error naming the file.
  public static func openForWriting(path: String) throws(DatabaseError) -> EvaluationDatabase {
    do { return try EvaluationDatabase.open(path: path) } catch { throw DatabaseError(error, path: path) }
  }

  /// Opens the database at `path` read-only, for commands that only read: it is never created,
  /// migrated or written. A missing database is a `MissingFileError` (the CLI exits 66); any
  /// other store failure a database error naming the file.
  public static func openForReading(path: String) throws -> EvaluationDatabase {
    do {
      return try EvaluationDatabase.open(path: path, access: .readOnly)
    } catch .noDatabase {
      throw MissingFileError(path: path, reason: .noDatabase)
    } catch {
      throw DatabaseError(error, path: path)
    }
  }

  /// Runs a store call, turning its error into a database error naming the file.
  public func call<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as StoreError { throw DatabaseError(error, path: path) }
  }
}

extension EvaluationDatabase {
  /// Version `version` of the evaluation that document `id` belongs to (`db show ID --version N`),
  /// or the document itself when no version is asked for.
  public func document(id: Int64, version: Int?) throws -> StoredDocument {
    try call { () throws -> StoredDocument in
      guard let version else { return try document(id: id) }
      let versions = try versions(of: id)
      guard let match = versions.first(where: { $0.version == version }) else {
        throw DatabaseError(path: path, .noVersion(id: id, version: version, versions: versions.map(\.version)))
      }
      return try document(id: match.id)
    }
  }
}
