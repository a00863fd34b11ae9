import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaReports
import SamnyttaWorkflows

enum ExplainCommand {
  static let usage = "samnytta explain FILE [--participant ID] [--model ID|PATH] [--lang sv|en]"

  static let command = Tool.Command(
    name: "explain", usage: usage, help: .explain,
    run: run)

  static func run(_ context: Tool.Context, _ arguments: [String]) throws {
    let args = try Arguments(arguments, valued: ["participant", "model", "lang"], flags: [], usage: usage)
    guard args.positional.count == 1 else { throw UsageError(.expectedOneInputFile, args.l, usage: usage) }
    let language = try args.language(usage: usage)
    let model = try Files.model(args.options["model"], context: context)
    let path = args.positional[0]
    let (document, tree) = try InputDocument.decode(try FileReading.read(path), file: path)
    guard case .evaluation(let input, _) = document else {
      throw UsageError(.summaryHasNoParticipants(file: args.positional[0]), args.l, usage: usage)
    }
    let id = args.options["participant"] ?? input.participants.first?.id ?? ""
    let prepared = PreparedModel(model.parameters)
    // The engine checks the rules first (exit 65), then looks the participant up.
    let explanation: ParticipantExplanation
    do {
      explanation = try EvaluatedDocument.reportingLines(file: path, document: tree) { () throws(EvaluationError) in
        try prepared.explain(input, participant: id)
      }
    } catch EvaluationError.unknownParticipant {
      let known = input.participants.prefix(10).map(\.id.quotedForMessage).joined(separator: ", ") + (input.participants.count > 10 ? ", …" : "")
      throw UsageError(.unknownParticipant(id: id.quotedForMessage, file: path, known: known), args.l, usage: usage)
    }
    Output.out(ExplainReport.text(explanation, model: model, language: language))
  }
}
