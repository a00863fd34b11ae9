import Dispatch
import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaStore

/// `batch`: re-evaluates every stored evaluation under one model and stores the runs in one
/// transaction (all or nothing).
///
/// Full evaluations are read in their compact form (`CompactInput`), not re-parsed from JSON, their
/// records resolved in place (``CompactInput/resolve(_:model:)``), and evaluated on every core; the
/// engine still checks each input against the model. A document
/// stored without a compact form (before it existed) is read from its JSON once and its compact
/// form saved. Any failure is reported through the JSON path, with file positions.
public enum Batch {
  /// What a batch reports while it works: documents evaluated so far, then runs saved so far.
  public enum Progress: Sendable {
    case evaluated(done: Int, total: Int)
    case saved(done: Int, total: Int)
  }

  /// Re-evaluates every stored document under `model`. `progress` is called from the calling
  /// thread, once per chunk of documents evaluated and once per run saved.
  ///
  /// One write transaction holds the whole batch: the documents are read in it (so no other writer
  /// can add or remove one meanwhile) and each chunk's runs are stored while the workers evaluate
  /// the next chunk, so reading and storing overlap the evaluation instead of following it. It
  /// commits only when every run is stored, with the compact forms of documents that had none.
  /// - Returns: the number of runs stored.
  public static func run(
    database: EvaluationDatabase, model: ParameterSet, uncertainty: Uncertainty.Request? = nil,
    progress: @escaping @Sendable (Progress) -> Void = { _ in }, pause: (PausePoint) -> Void = { _ in }
  ) throws -> Int {
    let path = database.path
    let prepared = PreparedModel(model)
    return try database.call {
      try database.writing { transaction in
        let total = try database.documentCount()
        let cursor = try database.compactForms()
        var backfill: [Int64: Data] = [:]
        var saved = 0
        var evaluatedCount = 0
        /// The chunk evaluated last, whose runs are stored while the next one is evaluated.
        var pending: (rows: [CompactFormRow], outcomes: [Result<Evaluated, any Error>], runAt: Date)? = nil
        /// A failure to read the next chunk, reported after the runs read before it are stored, so
        /// the first failure in document order is the one reported.
        var readFailure: StoreError? = nil
        var chunk = Chunk()
        var next = Chunk()
        var more = try chunk.read(from: cursor)
        while more || pending != nil {
          let evaluation = more ? Evaluation(chunk, prepared: prepared, path: path, uncertainty: uncertainty) : nil
          // Whatever is thrown below, the workers are done with the chunk before it is reused or freed.
          defer { evaluation?.wait() }
          if let stored = pending {
            for (row, outcome) in zip(stored.rows, stored.outcomes) {
              let evaluated = try outcome.get()
              try transaction.insert(
                NewRun(documentID: row.id, model: model, result: evaluated.result, figures: evaluated.figures, runAt: stored.runAt))
              if let compact = evaluated.backfill { backfill[row.id] = compact }
              saved += 1
              if saved == total / 2 + 1 { pause(.batchHalfSaved) }
              progress(.saved(done: saved, total: total))
            }
            pending = nil
          }
          if let readFailure { throw readFailure }
          guard let evaluation else { break }
          do throws(StoreError) { more = try next.read(from: cursor) } catch {
            readFailure = error
            more = false
          }
          pending = (chunk.rows, evaluation.outcomes(), Date())
          evaluatedCount += chunk.rows.count
          progress(.evaluated(done: evaluatedCount, total: max(total, evaluatedCount)))
          swap(&chunk, &next)
        }
        // A cache only, stored in the same transaction once the cursor has finished.
        if !backfill.isEmpty { try transaction.setCompactForms(backfill) }
        return saved
      }
    }
  }

  /// A run of consecutive documents read into one buffer (one copy from SQLite's rows, no `Data` per
  /// document) and evaluated on every core. Bounded in documents and bytes, so a batch over 10 000
  /// documents never holds them all in memory, and large enough that the cores seldom wait.
  ///
  /// A class, so that an ``Evaluation`` keeps its buffer alive; `@unchecked Sendable` because the
  /// workers only read it between an evaluation's start and its ``Evaluation/wait()``, while the
  /// reading thread leaves it alone.
  final class Chunk: @unchecked Sendable {
    static let maximumRows = 256
    static let maximumBytes = 8 << 20
    var bytes: [UInt8] = []
    var rows: [CompactFormRow] = []

    /// Reads the next documents; `false` when there are none left.
    func read(from cursor: CompactFormCursor) throws(StoreError) -> Bool {
      bytes.removeAll(keepingCapacity: true)
      rows.removeAll(keepingCapacity: true)
      while rows.count < Self.maximumRows, bytes.count < Self.maximumBytes, let row = try cursor.next(appendingTo: &bytes) { rows.append(row) }
      return !rows.isEmpty
    }

    /// Each document's outcome into its slot, on every core: the workers take runs of
    /// ``documentsPerMemo`` documents, each run resolved with one ``CompactInput/CodeMemo`` (one
    /// model), so a code is looked up once per run instead of once per document, and evaluated with
    /// one ``PeriodAccountMemo``, so a period is accounted once per run. Every worker
    /// writes only the slots of its own documents, so no lock is taken.
    func evaluate(into slots: Slots, prepared: PreparedModel, path: String, uncertainty: Uncertainty.Request?) {
      let n = Self.documentsPerMemo
      bytes.withUnsafeBytes { all in
        let all = UncheckedSendable(all)
        DispatchQueue.concurrentPerform(iterations: (rows.count + n - 1) / n) { run in
          var codes = CompactInput.CodeMemo()
          let accounts = PeriodAccountMemo(for: prepared)
          for i in run * n..<min(rows.count, run * n + n) {
            let row = rows[i]
            slots.set(
              i,
              Batch.evaluate(
                row, bytes: UnsafeRawBufferPointer(rebasing: all.value[row.bytes]), prepared: prepared, path: path, uncertainty: uncertainty,
                codes: &codes, accounts: accounts))
          }
        }
      }
    }

    /// Few enough that the cores finish a chunk together, enough that a memo is mostly hits.
    static let documentsPerMemo = 8
  }

  /// One chunk evaluated on every core in the background, while the calling thread stores the runs
  /// before it and reads the chunk after it.
  final class Evaluation: Sendable {
    private let done = DispatchGroup()
    private let slots: Slots

    init(_ chunk: Chunk, prepared: PreparedModel, path: String, uncertainty: Uncertainty.Request?) {
      slots = Slots(count: chunk.rows.count)
      done.enter()
      DispatchQueue.global().async { [slots, done] in
        chunk.evaluate(into: slots, prepared: prepared, path: path, uncertainty: uncertainty)
        done.leave()
      }
    }

    /// Waits until every document of the chunk is evaluated (again at once after the first time).
    func wait() { done.wait() }

    /// Each document's outcome, in order, once all are done.
    func outcomes() -> [Result<Evaluated, any Error>] {
      done.wait()
      return slots.take()
    }
  }

  struct Evaluated: Sendable {
    var result: StoredResult
    var figures: RunFigures
    /// A compact form to store for a document that had none.
    var backfill: Data?
  }

  /// One document under the model, by the first path that decides it:
  /// 1. without an uncertainty analysis, the compact form's records resolved in place into the
  ///    engine's flat form (``CompactInput/resolve(_:model:)``: no `String` or array per record);
  /// 2. the compact form decoded into an ``EvaluationInput`` (what the uncertainty analysis draws
  ///    from, and whatever the first path leaves to it: counterfactuals, a comparison group, ids
  ///    or codes it cannot match by their bytes);
  /// 3. the JSON document, for documents without a compact form and for every failure, so errors
  ///    name file positions.
  /// The three store the same run for the same document (BatchPathTests).
  static func evaluate(
    _ row: CompactFormRow, bytes: UnsafeRawBufferPointer, prepared: PreparedModel, path: String, uncertainty: Uncertainty.Request?,
    codes: inout CompactInput.CodeMemo, accounts: PeriodAccountMemo? = nil
  ) -> Result<Evaluated, any Error> {
    if row.isCompact, uncertainty == nil, let resolved = CompactInput.resolve(bytes, model: prepared, codes: &codes),
      let result = prepared.evaluate(
        resolved.records, name: resolved.name, association: resolved.association, period: resolved.period,
        classification: resolved.classification, cost: resolved.cost, memo: accounts)
    {
      return .success(
        Evaluated(
          result: StoredEvaluation.storedResult(result), figures: RunFigures(result.figures(.society), participants: result.participantCount),
          backfill: nil))
    }
    if row.isCompact, let input = try? CompactInput.decode([UInt8](bytes)),
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
      let document: [UInt8]
      if row.isCompact {
        // The compact form failed: read the document itself (its own connection: this runs on any thread).
        do {
          document = [UInt8](try EvaluationDatabase.open(path: path, access: .readOnly).document(id: row.id).bytes)
        } catch let error as StoreError {
          throw DatabaseError(error, path: path)
        }
      } else {
        document = [UInt8](bytes)
      }
      let evaluated = try StoredEvaluation.evaluate(document, file: "\(path)#\(row.id)", model: prepared, uncertainty: uncertainty)
      let stored = evaluated.stored()
      let backfill: Data? = row.isCompact ? nil : stored.compact.map { Data($0) }
      return Evaluated(result: stored.result, figures: evaluated.figures, backfill: backfill)
    }
  }

  /// A value handed to the workers that only read it while the caller waits for them.
  struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
  }

  /// One outcome per document, each slot written by exactly one worker (so no lock) and read after
  /// `concurrentPerform` has returned, which orders every write before the read.
  final class Slots: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Result<Evaluated, any Error>?>
    private let count: Int

    init(count: Int) {
      self.count = count
      base = .allocate(capacity: count)
      base.initialize(repeating: nil, count: count)
    }

    deinit {
      base.deinitialize(count: count)
      base.deallocate()
    }

    func set(_ i: Int, _ result: Result<Evaluated, any Error>) { base[i] = result }

    func take() -> [Result<Evaluated, any Error>] {
      (0..<count).map { base[$0] ?? .failure(DataError(file: "", path: "", message: "internal error: a batch slot was not filled")) }
    }
  }
}
