import Foundation
import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaStore
import SamnyttaWorkflows

/// `samnytta report`: the board report of one evaluation (a file or a stored document) as a
/// self-contained HTML page or as Markdown. Reading, evaluating and the database comparison happen
/// in the workflows; the content and its rendering live in SamnyttaReports (`BoardReport`,
/// `HTMLReport`, `MarkdownReport`).
enum ReportCommand {
  static let usage =
    "samnytta report FILE|--id ID [--format \(BoardReportFile.spelled())] [--out PATH] [--lang \(Language.spelled())] [--model ID|PATH] [--convention \(SocietyConvention.spelled())] [--db PATH] [--drop-off PCT] [--discount-rate PCT] [--external-factors PCT] [--min-group N] [--uncertainty [--draws N] [--seed S] [--level PCT]]"

  static let command = Tool.Command(
    name: "report", usage: usage, help: .report,
    run: run)

  static func run(_ context: Tool.Context, _ arguments: [String]) throws {
    let args = try Arguments(
      arguments,
      valued: Set(["format", "out", "lang", "model", "convention", "db", "id", "drop-off", "discount-rate", "external-factors", "min-group"])
        .union(Uncertainty.valuedOptions),
      flags: [Uncertainty.flag], usage: usage)
    let uncertaintySettings = try args.uncertaintySettings(usage: usage)
    let format = try args.choice("format", default: BoardReportFile.html, usage: usage)
    let language = try args.language(usage: usage)
    var storedID: Int64? = nil
    if let text = args.options["id"] {
      guard let id = Int64(text), id > 0 else { throw UsageError(.invalidEvaluationID(text.quotedForMessage), args.l, usage: usage) }
      guard args.positional.isEmpty else { throw UsageError(.fileOrIDNotBoth, args.l, usage: usage) }
      storedID = id
    } else if args.positional.count != 1 {
      throw UsageError(.expectedOneInputFileOrID, args.l, usage: usage)
    }
    let model = try args.model(try Files.model(args.options["model"], context: context), conventionUsage: usage)
    let options = try args.forecastOptions(model: model, usage: usage)

    // The document's bytes, and the database to compare with (if any).
    let bytes: [UInt8]
    let file: String
    var database: EvaluationDatabase? = nil
    if let storedID {
      let db = try DatabaseCommands.open(args, context)
      bytes = [UInt8](try db.call { try db.document(id: storedID).bytes })
      file = "\(db.path)#\(storedID)"
      database = db
    } else {
      file = FileReading.name(args.positional[0])
      bytes = try FileReading.read(args.positional[0])
      database = try openDatabase(args, context, required: args.options["db"] != nil)
    }

    guard
      case .evaluation(let result, let input, let metadata) = try EvaluatedDocument.evaluate(
        bytes, file: file, model: PreparedModel(model.parameters), options: options)
    else {
      throw UsageError(.reportNeedsParticipants(file: file), args.l, usage: usage)
    }
    let similar = try database.map {
      try SimilarInterventions.find(
        in: $0, to: result.figures(.society), group: result.classification.group, excludingID: storedID, excludingDocument: bytes, model: model)
    }
    let minimumGroup =
      try args.wholeNumber("min-group", in: 1...1000, usage: usage)
      ?? GroupSuppression.defaultMinimum
    let uncertainty = try uncertaintySettings.map { s throws(EvaluationError) in
      try Uncertainty.analyse(input, model: model, options: result.options, settings: s)
    }
    let narrative = ReportNarrative(
      description: metadata.description, targetGroup: metadata.targetGroup, conclusions: metadata.conclusions, date: ReportDate.today())
    let report = BoardReport.evaluation(
      result, model: model, similar: similar, language: language, minimumGroupSize: minimumGroup, input: input, narrative: narrative,
      uncertainty: uncertainty)
    let page = try format.bytes(report, generator: "Samnytta \(SamnyttaVersion.current)")
    // On a terminal, 80 kB of HTML is no use: the report goes to a file named after the intervention.
    if args.options["out"] == nil && isatty(STDOUT_FILENO) == 1 {
      let name = "rapport-\(ReportDate.fileName(result.name)).\(format.rawValue)"
      try Files.emit(page, to: name)
      Output.err(CommandMessage.reportWritten(name).text(language) + "\n")
      return
    }
    try Files.emit(page, to: args.options["out"], binary: format == .pdf, usage: usage, args.l)
  }

  /// The database named by `--db`, else the default one if it exists, opened read-only. A database
  /// the user named must exist (exit 66); an absent default database means no comparison, and is
  /// never created.
  static func openDatabase(_ args: Arguments, _ context: Tool.Context, required: Bool) throws -> EvaluationDatabase? {
    let path = DatabaseCommands.path(args, context)
    if !required && !FileManager.default.fileExists(atPath: path) { return nil }
    return try DatabaseCommands.open(args, context)
  }
}
