import Dispatch
import Foundation
import SamnyttaDocuments
import SamnyttaFormats
import SamnyttaReports
import SamnyttaEngine
import SamnyttaStore

/// `samnytta batch`: re-evaluates every stored evaluation under one model and stores the runs in
/// one transaction (all or nothing).
///
/// Full evaluations are read in their compact form (`CompactInput`), not re-parsed from JSON, and
/// evaluated on every core; the engine still checks each input against the model. A document
/// stored without a compact form (before it existed) is read from its JSON once and its compact
/// form saved. Any failure is reported through the JSON path, with file positions.
enum BatchCommand {
  static let usage = "samnytta batch [--model ID|PATH] [--db PATH]"
  static let command = Tool.Command(
    name: "batch", usage: usage, summary: "re-evaluate every stored evaluation under one model",
    help: """
      Re-evaluates every stored evaluation under one model (e.g. to put the database at one price level) and stores the \
      results in one transaction: a batch that fails or is interrupted stores nothing. A progress line is shown on a terminal.

      usage: \(usage)
        \(DatabaseCommands.dbOption)

      """,
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["model", "db"], flags: [], usage: usage)
      let model = try Files.model(args.options["model"], context: context)
      let database = try DatabaseCommands.open(args, context)
      let terminal = isatty(2) != 0

      let forms: [CompactForm] = try DatabaseCommands.storeCall(database) {
        var forms: [CompactForm] = []
        let cursor = try database.compactForms()
        while let form = try cursor.next() { forms.append(form) }
        return forms
      }
      let path = database.path
      let prepared = PreparedModel(model.parameters)
      let outcomes = Outcomes(count: forms.count)
      let progress = Progress(total: forms.count, terminal: terminal)
      DispatchQueue.concurrentPerform(iterations: forms.count) { i in
        outcomes.set(i, evaluate(forms[i], prepared: prepared, path: path))
        progress.step()
      }
      var runs: [NewRun] = []
      var backfill: [Int64: Data] = [:]
      for (form, outcome) in zip(forms, outcomes.all) {
        let evaluated = try outcome.get()
        runs.append(DatabaseCommands.newRun(documentID: form.id, model: model.parameters, json: evaluated.json, figures: evaluated.figures))
        if let compact = evaluated.backfill { backfill[form.id] = compact }
      }
      try DatabaseCommands.storeCall(database) {
        // A cache only: saved in its own transaction, so an interrupted batch still stores no run.
        if !backfill.isEmpty { try database.setCompactForms(backfill) }
        _ = try database.saveRuns(runs) { saved in
          if saved == runs.count / 2 + 1 { PausePoint.batchHalfSaved.reached(context.environment) }
          if terminal && (saved % 1000 == 0 || saved == runs.count) { Output.err("\rbatch: \(saved)/\(runs.count) saved    ") }
        }
      }
      if terminal { Output.err("\n") }
      Output.out("batch: \(runs.count) evaluations re-evaluated under \(model.parameters.id)\n")
    })

  struct Evaluated: Sendable {
    var json: String
    var figures: RunFigures
    /// A compact form to store for a document that had none.
    var backfill: Data?
  }

  /// One document under the model. The fast path decodes the compact form; the JSON path is
  /// taken for documents without one and for every failure, so errors name file positions.
  static func evaluate(_ form: CompactForm, prepared: PreparedModel, path: String) -> Result<Evaluated, any Error> {
    if case .compact(let data) = form.payload, let input = try? CompactInput.decode([UInt8](data)),
      let result = try? prepared.evaluate(input)
    {
      return .success(
        Evaluated(
          json: DatabaseCommands.resultJSON(result),
          figures: DatabaseCommands.figures(result.figures(.society), participants: result.participantCount), backfill: nil))
    }
    return Result {
      let bytes: [UInt8]
      switch form.payload {
      case .document(let data): bytes = [UInt8](data)
      case .compact:
        // The compact form failed: read the document itself (its own connection: this runs on any thread).
        do {
          bytes = [UInt8](try EvaluationDatabase.open(path: path).document(id: form.id).bytes)
        } catch let error as StoreError {
          throw DataError(file: path, path: "", message: error.description)
        }
      }
      let evaluated = try DatabaseCommands.evaluate(bytes, file: "\(path)#\(form.id)", model: prepared)
      let stored = evaluated.stored()
      let backfill: Data? = if case .document = form.payload { stored.compact.map { Data($0) } } else { nil }
      return Evaluated(json: stored.json, figures: evaluated.figures, backfill: backfill)
    }
  }

  /// Results written by index from many threads.
  final class Outcomes: @unchecked Sendable {
    private var results: [Result<Evaluated, any Error>?]
    private let lock = NSLock()
    init(count: Int) { results = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ result: Result<Evaluated, any Error>) { lock.withLock { results[i] = result } }
    var all: [Result<Evaluated, any Error>] { lock.withLock { results.map { $0! } } }
  }

  /// The "batch: n/N evaluated" line on a terminal, updated at most every 100 evaluations.
  final class Progress: @unchecked Sendable {
    private let total: Int
    private let terminal: Bool
    private var done = 0
    private let lock = NSLock()
    init(total: Int, terminal: Bool) {
      self.total = total
      self.terminal = terminal
    }
    func step() {
      guard terminal else { return }
      lock.withLock {
        done += 1
        if done % 100 == 0 || done == total { Output.err("\rbatch: \(done)/\(total) evaluated") }
      }
    }
  }
}
