import Foundation

/// One write transaction held open while its caller reads and writes (``EvaluationDatabase/writing(_:)``):
/// `batch` stores each chunk's runs while the workers evaluate the next chunk, and still stores
/// all of its runs or none. Reads through the same database (``EvaluationDatabase/compactForms()``)
/// see the transaction's own snapshot, which no other writer can change until it ends.
public final class WriteTransaction {
  public let database: EvaluationDatabase
  private var runs: EvaluationDatabase.RunInsertion

  init(database: EvaluationDatabase) throws(StoreError) {
    self.database = database
    runs = try EvaluationDatabase.RunInsertion(database)
  }

  /// Inserts one run (as ``EvaluationDatabase/saveRuns(_:saved:)`` does) and answers its id.
  @discardableResult
  public func insert(_ run: NewRun) throws(StoreError) -> Int64 {
    try runs.insert(run)
  }

  /// Stores compact forms for existing documents (as ``EvaluationDatabase/setCompactForms(_:)``),
  /// inside this transaction. Call it after any cursor over the documents has finished.
  public func setCompactForms(_ forms: [Int64: Data]) throws(StoreError) {
    try database.updateCompactForms(forms)
  }
}

extension EvaluationDatabase {
  /// Runs `body` in one write transaction (`BEGIN IMMEDIATE`: the write lock is taken first, so
  /// writers queue on the busy timeout): commits when it returns, rolls back when it throws, so
  /// nothing `body` wrote survives a failure or a killed process. Not reentrant.
  public func writing<T>(_ body: (WriteTransaction) throws -> T) throws -> T {
    try connection.execute("BEGIN IMMEDIATE")
    let result: T
    do {
      result = try body(try WriteTransaction(database: self))
      try connection.execute("COMMIT")
    } catch {
      try? connection.execute("ROLLBACK")
      throw error
    }
    return result
  }
}
