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
    name: "report", usage: usage, summary: "write a board report (HTML or Markdown) of an evaluation",
    help: """
      Writes the report a board reads: summary with the method note, key figures per perspective,
      potential before and after, revenue per actor, the payback curve, sensitivity analyses,
      comparison with similar stored evaluations, breakdowns by participant attributes, and every
      model parameter with its source. The HTML is one self-contained file that
      prints on A4; Markdown gives the same content as tables.

      usage: \(usage)

        FILE                   an evaluation input file (JSON, as in the input format); - reads standard input
        --id ID                instead of FILE: an evaluation stored in the database
        --format html|md|pdf   one HTML file (default), Markdown tables, or a PDF printed by headless Chromium
        --out PATH             write to a file (-: standard output; none: rapport-NAME.html here on a terminal, else standard output)
        --lang sv|en           language (default: sv)
        --model ID|PATH        a model in Models/ by id, or a model file (default: \(ModelLibrary.defaultModelID))
        \(Arguments.conventionOption)
        \(DatabaseCommands.dbOption);
                               the comparison uses it when it exists and holds evaluations of the same class group
        --drop-off PCT         5-year forecast: annual drop-off of the effect, percent (default 0)
        --discount-rate PCT    5-year forecast: annual discount rate, percent (default 0)
        --external-factors PCT sensitivity: share of revenue attributed to other causes (default: the model's)
        --min-group N          breakdowns by sex, age, education and household hide groups of fewer than N
                               participants (default \(GroupSuppression.defaultMinimum)), so no one can be singled out
        \(Uncertainty.help)

      """,
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
      guard let id = Int64(text), id > 0 else { throw UsageError("invalid evaluation id '\(text.quotedForMessage)'", usage: usage) }
      guard args.positional.isEmpty else { throw UsageError("give either FILE or --id, not both", usage: usage) }
      storedID = id
    } else if args.positional.count != 1 {
      throw UsageError("expected exactly one input file or --id ID", usage: usage)
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
      throw UsageError(
        "\(file) is a summary document (published aggregates only); a report needs participant records. Use `samnytta evaluate` for its key figures.",
        usage: usage)
    }
    let similar = try database.map {
      try SimilarInterventions.find(
        in: $0, to: result.figures(.society), group: result.classification.group, excludingID: storedID, excludingDocument: bytes, model: model)
    }
    let minimumGroup =
      try args.wholeNumber("min-group", in: 1...1000, "a whole number of participants from 1 to 1000", usage: usage)
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
      Output.err(language == .sv ? "rapporten är skriven till \(name)\n" : "the report is written to \(name)\n")
      return
    }
    try Files.emit(page, to: args.options["out"], binary: format == .pdf, usage: usage)
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
