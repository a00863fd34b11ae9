import Dispatch
import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaStore

/// `batch`: re-evaluates every stored evaluation under one model and stores the runs in one
/// transaction (all or nothing).
///
/// Full evaluations are read in their compact form (`CompactInput`), not re-parsed from JSON, and
/// evaluated on every core; the engine still checks each input against the model. A document
/// stored without a compact form (before it existed) is read from its JSON once and its compact
/// form saved. Any failure is reported through the JSON path, with file positions.
public enum Batch {
  /// What a batch reports while it works: documents evaluated so far, then runs saved so far.
  public enum Progress: Sendable {
    case evaluated(done: Int, total: Int)
    case saved(done: Int, total: Int)
  }

  /// Re-evaluates every stored document under `model`. `progress` is called from any thread.
  /// - Returns: the number of runs stored.
  public static func run(
    database: EvaluationDatabase, model: ParameterSet, uncertainty: Uncertainty.Request? = nil,
    progress: @escaping @Sendable (Progress) -> Void = { _ in }, pause: (PausePoint) -> Void = { _ in }
  ) throws -> Int {
    let forms: [CompactForm] = try database.call {
      var forms: [CompactForm] = []
      let cursor = try database.compactForms()
      while let form = try cursor.next() { forms.append(form) }
      return forms
    }
    let path = database.path
    let prepared = PreparedModel(model)
    let outcomes = Outcomes(count: forms.count)
    let counter = Counter()
    DispatchQueue.concurrentPerform(iterations: forms.count) { i in
      outcomes.set(i, evaluate(forms[i], prepared: prepared, path: path, uncertainty: uncertainty))
      progress(.evaluated(done: counter.increment(), total: forms.count))
    }
    var runs: [NewRun] = []
    var backfill: [Int64: Data] = [:]
    for (form, outcome) in zip(forms, outcomes.all) {
      let evaluated = try outcome.get()
      runs.append(NewRun(documentID: form.id, model: model, result: evaluated.result, figures: evaluated.figures))
      if let compact = evaluated.backfill { backfill[form.id] = compact }
    }
    try database.call {
      // A cache only: saved in its own transaction, so an interrupted batch still stores no run.
      if !backfill.isEmpty { try database.setCompactForms(backfill) }
      _ = try database.saveRuns(runs) { saved in
        if saved == runs.count / 2 + 1 { pause(.batchHalfSaved) }
        progress(.saved(done: saved, total: runs.count))
      }
    }
    return runs.count
  }

  struct Evaluated: Sendable {
    var result: StoredResult
    var figures: RunFigures
    /// A compact form to store for a document that had none.
    var backfill: Data?
  }

  /// One document under the model. The fast path decodes the compact form; the JSON path is
  /// taken for documents without one and for every failure, so errors name file positions.
  static func evaluate(_ form: CompactForm, prepared: PreparedModel, path: String, uncertainty: Uncertainty.Request?) -> Result<Evaluated, any Error>
  {
    if case .compact(let data) = form.payload, let input = try? CompactInput.decode([UInt8](data)),
      let result = try? prepared.evaluate(input, includeParticipants: false),
      case .success(let analysis) = Result(catching: { () throws(EvaluationError) in
        try uncertainty.map { request throws(EvaluationError) in try request.analyse(input, model: prepared.parameters, options: result.options) }
      })
    {
      return .success(
        Evaluated(
          result: StoredEvaluation.storedResult(result, uncertainty: analysis),
          figures: RunFigures(result.figures(.society), participants: result.participantCount),
          backfill: nil))
    }
    return Result {
      let bytes: [UInt8]
      switch form.payload {
      case .document(let data): bytes = [UInt8](data)
      case .compact:
        // The compact form failed: read the document itself (its own connection: this runs on any thread).
        do {
          bytes = [UInt8](try EvaluationDatabase.open(path: path, access: .readOnly).document(id: form.id).bytes)
        } catch let error as StoreError {
          throw DatabaseError(error, path: path)
        }
      }
      let evaluated = try StoredEvaluation.evaluate(bytes, file: "\(path)#\(form.id)", model: prepared, uncertainty: uncertainty)
      let stored = evaluated.stored()
      let backfill: Data? = if case .document = form.payload { stored.compact.map { Data($0) } } else { nil }
      return Evaluated(result: stored.result, figures: evaluated.figures, backfill: backfill)
    }
  }

  /// Results written by index from many threads.
  final class Outcomes: @unchecked Sendable {
    private var results: [Result<Evaluated, any Error>?]
    private let lock = NSLock()
    init(count: Int) { results = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ result: Result<Evaluated, any Error>) { lock.withLock { results[i] = result } }
    var all: [Result<Evaluated, any Error>] {
      lock.withLock { results.map { $0 ?? .failure(DataError(file: "", path: "", message: "internal error: a batch slot was not filled")) } }
    }
  }

  /// A thread-safe count of finished evaluations.
  final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func increment() -> Int {
      lock.withLock {
        value += 1
        return value
      }
    }
  }
}
