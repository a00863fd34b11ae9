import Foundation
import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaStore
import SamnyttaWorkflows

/// `samnytta batch`: re-evaluates every stored evaluation under one model (`Batch`), with a
/// progress line on a terminal.
enum BatchCommand {
  static let usage = "samnytta batch [--model ID|PATH] [--db PATH] [--uncertainty [--draws N] [--seed S] [--level PCT]]"
  static let command = Tool.Command(
    name: "batch", usage: usage, summary: "re-evaluate every stored evaluation under one model",
    help: """
      Re-evaluates every stored evaluation under one model (e.g. to put the database at one price level) and stores the \
      results in one transaction: a batch that fails or is interrupted stores nothing. A progress line is shown on a terminal.

      usage: \(usage)
        \(DatabaseCommands.dbOption)
        \(Uncertainty.help)

      """,
    run: { context, arguments in
      let args = try Arguments(arguments, valued: Set(["model", "db"]).union(Uncertainty.valuedOptions), flags: [Uncertainty.flag], usage: usage)
      let model = try Files.model(args.options["model"], context: context)
      let uncertainty = try args.uncertaintySettings(usage: usage).map { Uncertainty.Request(model: model, settings: $0) }
      let database = try DatabaseCommands.openForWriting(args, context)
      let terminal = isatty(2) != 0
      let count = try Batch.run(
        database: database, model: model.parameters, uncertainty: uncertainty,
        progress: { step in
          guard terminal else { return }
          switch step {
          case .evaluated(let done, let total): Output.err("\rbatch: \(done)/\(total) evaluated")
          case .saved(let done, let total) where done % 1000 == 0 || done == total: Output.err("\rbatch: \(done)/\(total) saved    ")
          default: break
          }
        }, pause: { $0.reached(context.environment) })
      if terminal { Output.err("\n") }
      Output.out("batch: \(count) evaluations re-evaluated under \(model.parameters.id)\n")
    })
}
