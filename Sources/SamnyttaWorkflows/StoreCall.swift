import SamnyttaDocuments
import SamnyttaStore

extension EvaluationDatabase {
  /// Opens the database at `path`; a store failure becomes a data error naming the file.
  public static func openForUse(path: String) throws(DataError) -> EvaluationDatabase {
    do { return try EvaluationDatabase.open(path: path) } catch { throw DataError(file: path, path: "", message: error.description) }
  }

  /// Runs a store call, turning its error into a data error naming the database file.
  public func call<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as StoreError { throw DataError(file: path, path: "", message: error.description) }
  }
}
