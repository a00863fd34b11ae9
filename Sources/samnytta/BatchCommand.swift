import Foundation
import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaStore
import SamnyttaWorkflows

/// `samnytta batch`: re-evaluates every stored evaluation under one model (`Batch`), with a
/// progress line on a terminal.
enum BatchCommand {
  static let usage =
    "samnytta batch [--model ID|PATH] [--lang \(Language.spelled())] [--db PATH] [--uncertainty [--draws N] [--seed S] [--level PCT]]"
  static let command = Tool.Command(
    name: "batch", usage: usage, help: .batch,
    run: { context, arguments in
      let args = try Arguments(
        arguments, valued: Set(["model", "db", "lang"]).union(Uncertainty.valuedOptions), flags: [Uncertainty.flag], usage: usage)
      _ = try args.language(usage: usage)
      let model = try Files.model(args.options["model"], context: context)
      let uncertainty = try args.uncertaintySettings(usage: usage).map { Uncertainty.Request(model: model, settings: $0) }
      let database = try DatabaseCommands.openForWriting(args, context)
      let terminal = isatty(2) != 0
      let count = try Batch.run(
        database: database, model: model.parameters, uncertainty: uncertainty,
        progress: { step in
          guard terminal else { return }
          switch step {
          case .evaluated(let done, let total): Output.err("\r" + CommandMessage.batchEvaluated(done: done, total: total).text(args.l))
          case .saved(let done, let total) where done % 1000 == 0 || done == total:
            Output.err("\r" + CommandMessage.batchSaved(done: done, total: total).text(args.l))
          default: break
          }
        }, pause: { $0.reached(context.environment) })
      if terminal { Output.err("\n") }
      Output.out(CommandMessage.batchDone(count: count, model: model.parameters.id).text(args.l) + "\n")
    })
}
