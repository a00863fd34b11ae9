import Foundation

/// Saving and reading runs: each evaluation of a document under a model.
extension EvaluationDatabase {
  /// The columns `readRuns` reads; `resultJSON: false` leaves the result JSON (about 13 kB a run)
  /// unread, for callers that only rank or compare the figures.
  private static func runColumns(resultJSON: Bool = true) -> String {
    """
    id, document_id, model_id, price_year, convention, engine_version, run_at, \(resultJSON ? "result_json" : "NULL"),
    potential_before, revenue, cost, payback_months, verkningsgrad, cost_per_verkningsgrad, return_per_krona,
    participants, \(resultJSON ? "result_compact" : "NULL")
    """
  }

  /// Saves `runs` in one transaction and returns their ids. If any names an unknown document,
  /// none is saved, so a batch is stored completely or not at all.
  @discardableResult
  /// `saved` is called inside the transaction after each run is written, with the count so far
  /// (for a progress line).
  public func saveRuns(_ runs: [NewRun], saved: (Int) -> Void = { _ in }) throws(StoreError) -> [Int64] {
    try connection.transaction { () throws(StoreError) -> [Int64] in try insertRuns(runs, saved: saved) }
  }

  /// Inserts inside the caller's transaction.
  @discardableResult
  func insertRuns(_ runs: [NewRun], saved: (Int) -> Void = { _ in }) throws(StoreError) -> [Int64] {
    var insertion = try RunInsertion(self)
    var ids: [Int64] = []
    ids.reserveCapacity(runs.count)
    for run in runs {
      ids.append(try insertion.insert(run))
      saved(ids.count)
    }
    return ids
  }

  /// The statements that insert runs, compiled once for many runs: a run naming an unknown
  /// document throws ``StoreError/noSuchEvaluation(path:id:)``. Used inside a transaction.
  struct RunInsertion {
    let database: EvaluationDatabase
    let exists: Statement
    let insert: Statement
    /// The last run's time and its text: the runs of one batch chunk share one time, so it is
    /// formatted once (the same `Date` always gives the same text).
    private var lastTime: (date: Date, text: String)?

    init(_ database: EvaluationDatabase) throws(StoreError) {
      self.database = database
      exists = try database.connection.prepare("SELECT 1 FROM documents WHERE id = ?")
      insert = try database.connection.prepare(
        """
        INSERT INTO runs (document_id, model_id, price_year, convention, engine_version, run_at, result_json,
          potential_before, revenue, cost, payback_months, verkningsgrad, cost_per_verkningsgrad, return_per_krona,
          participants, result_compact)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    }

    /// Inserts one run and answers its id.
    mutating func insert(_ run: NewRun) throws(StoreError) -> Int64 {
      exists.reset()
      try exists.bind(run.documentID, at: 1)
      guard try exists.step() else { throw .noSuchEvaluation(path: database.path, id: run.documentID) }
      let time: String
      if let lastTime, lastTime.date == run.runAt {
        time = lastTime.text
      } else {
        time = Timestamp.text(run.runAt)
        lastTime = (run.runAt, time)
      }
      insert.reset()
      try insert.bind(run.documentID, at: 1)
      try insert.bind(run.modelID, at: 2)
      try insert.bind(run.priceYear, at: 3)
      try insert.bind(run.convention, at: 4)
      try insert.bind(run.engineVersion, at: 5)
      try insert.bind(time, at: 6)
      // Exactly one form of the result (the table's CHECK): the compact one when given.
      try insert.bind(run.resultCompact == nil ? run.resultJSON : nil, at: 7)
      try insert.bind(run.resultCompact, at: 16)
      try insert.bind(run.figures.potentialBefore, at: 8)
      try insert.bind(run.figures.revenue, at: 9)
      try insert.bind(run.figures.cost, at: 10)
      try insert.bind(run.figures.paybackMonths, at: 11)
      try insert.bind(run.figures.verkningsgrad, at: 12)
      try insert.bind(run.figures.costPerVerkningsgrad, at: 13)
      try insert.bind(run.figures.returnPerKrona, at: 14)
      try insert.bind(run.figures.participants, at: 15)
      try insert.step()
      return database.connection.lastInsertRowID
    }
  }

  /// The latest run of each document that has one, ordered by document id. Ties in `run_at`
  /// go to the run saved last. Without `resultJSON`, each run's `resultJSON` is empty.
  public func latestRuns(resultJSON: Bool = true) throws(StoreError) -> [StoredRun] {
    let statement = try connection.prepare(
      """
      SELECT \(Self.runColumns(resultJSON: resultJSON)) FROM runs AS r
      WHERE r.id = (SELECT id FROM runs WHERE document_id = r.document_id ORDER BY run_at DESC, id DESC LIMIT 1)
      ORDER BY r.document_id
      """)
    return try Self.readRuns(statement)
  }

  /// All runs of one document, oldest first.
  public func runs(documentID: Int64) throws(StoreError) -> [StoredRun] {
    let statement = try connection.prepare(
      "SELECT \(Self.runColumns()) FROM runs WHERE document_id = ? ORDER BY run_at, id")
    try statement.bind(documentID, at: 1)
    return try Self.readRuns(statement)
  }

  /// The latest run of one document (as ``latestRuns(resultJSON:)`` chooses it), or `nil`.
  public func latestRun(documentID: Int64) throws(StoreError) -> StoredRun? {
    let statement = try connection.prepare(
      "SELECT \(Self.runColumns()) FROM runs WHERE document_id = ? ORDER BY run_at DESC, id DESC LIMIT 1")
    try statement.bind(documentID, at: 1)
    return try Self.readRuns(statement).first
  }

  private static func readRuns(_ statement: Statement) throws(StoreError) -> [StoredRun] {
    var runs: [StoredRun] = []
    while try statement.step() {
      let figures = RunFigures(
        potentialBefore: statement.double(at: 8), revenue: statement.double(at: 9), cost: statement.double(at: 10),
        paybackMonths: statement.optionalDouble(at: 11), verkningsgrad: statement.optionalDouble(at: 12),
        costPerVerkningsgrad: statement.optionalDouble(at: 13), returnPerKrona: statement.optionalDouble(at: 14),
        participants: Int(statement.int64(at: 15)))
      runs.append(
        StoredRun(
          id: statement.int64(at: 0), documentID: statement.int64(at: 1), modelID: statement.string(at: 2),
          priceYear: Int(statement.int64(at: 3)), convention: statement.string(at: 4),
          engineVersion: statement.string(at: 5), runAt: statement.string(at: 6), resultJSON: statement.optionalString(at: 7) ?? "",
          resultCompact: statement.optionalData(at: 16), figures: figures))
    }
    return runs
  }
}
