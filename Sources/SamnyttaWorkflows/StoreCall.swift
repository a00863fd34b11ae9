import SamnyttaDocuments
import SamnyttaStore

extension EvaluationDatabase {
  /// Opens the database at `path` to store into it (creating or migrating it); a store failure
  /// becomes a data error naming the file.
  public static func openForWriting(path: String) throws(DataError) -> EvaluationDatabase {
    do { return try EvaluationDatabase.open(path: path) } catch { throw DataError(file: path, path: "", message: error.description) }
  }

  /// Opens the database at `path` read-only, for commands that only read: it is never created,
  /// migrated or written. A missing database is a `MissingFileError` (the CLI exits 66); any
  /// other store failure a data error naming the file.
  public static func openForReading(path: String) throws -> EvaluationDatabase {
    do {
      return try EvaluationDatabase.open(path: path, access: .readOnly)
    } catch .noDatabase {
      throw MissingFileError(path: path, reason: "no such evaluation database (a read-only command never creates one; `samnytta db add` does)")
    } catch {
      throw DataError(file: path, path: "", message: error.description)
    }
  }

  /// Runs a store call, turning its error into a data error naming the database file.
  public func call<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as StoreError { throw DataError(file: path, path: "", message: error.description) }
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
        throw DataError(
          file: path, path: "",
          message: "evaluation \(id) has no version \(version); its versions are \(versions.map { String($0.version) }.joined(separator: ", "))")
      }
      return try document(id: match.id)
    }
  }
}
