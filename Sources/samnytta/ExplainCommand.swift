import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaReports
import SamnyttaWorkflows

enum ExplainCommand {
  static let usage = "samnytta explain FILE [--participant ID] [--model ID|PATH] [--lang sv|en]"

  static let command = Tool.Command(
    name: "explain", usage: usage, summary: "show the flows and parameters behind a participant's figures",
    help: """
      Shows how a participant's revenue was made: for each actor, the flows before and after, each
      with the model parameter (and its source) or the input value behind it.

      usage: \(usage)

        FILE                 an evaluation input file
        --participant ID     the participant to explain (default: the first record in the file)
        --model ID|PATH      the model (default: \(ModelLibrary.defaultModelID))
        --lang sv|en         language (default: sv)

      """,
    run: run)

  static func run(_ context: Tool.Context, _ arguments: [String]) throws {
    let args = try Arguments(arguments, valued: ["participant", "model", "lang"], flags: [], usage: usage)
    guard args.positional.count == 1 else { throw UsageError("expected exactly one input file", usage: usage) }
    let language = try args.language(usage: usage)
    let model = try Files.model(args.options["model"], context: context)
    let path = args.positional[0]
    let (document, tree) = try InputDocument.decode(try FileReading.read(path), file: path)
    guard case .evaluation(let input, _) = document else {
      throw UsageError("\(args.positional[0]) is a summary document; it has no participants to explain", usage: usage)
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
      throw UsageError("no participant with id '\(id.quotedForMessage)' in \(path); ids include: \(known)", usage: usage)
    }
    Output.out(ExplainReport.text(explanation, model: model, language: language))
  }
}
