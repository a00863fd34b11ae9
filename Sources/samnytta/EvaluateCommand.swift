import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaWorkflows

enum EvaluateCommand {
  static let usage =
    "samnytta evaluate FILE [--model ID|PATH] [--format \(OutputFormat.spelled(OutputFormat.tables))] [--csv-dialect \(CSVDialect.spelled())] [--csv-headers \(CSVHeaders.spelled())] [--lang \(Language.spelled())] [--convention \(SocietyConvention.spelled())] [--drop-off PCT] [--discount-rate PCT] [--external-factors PCT] [--no-participants] [--uncertainty [--draws N] [--seed S] [--level PCT]] [--out PATH]"

  static let command = Tool.Command(
    name: "evaluate", usage: usage, summary: "compute the key figures of an evaluation file",
    help: """
      Computes every key figure of an evaluation for society, the public sector, the state and each actor.

      usage: \(usage)

        FILE                   an evaluation or summary input file (JSON, as in the input format); - reads standard input
        --model ID|PATH        a model in Models/ by id, or a model file (default: \(ModelLibrary.defaultModelID))
        --format text|json|csv|xlsx  a table for people (default), stable JSON, the key figures as CSV or an .xlsx workbook
        \(Arguments.csvDialectOption)
        \(Arguments.csvHeadersOption)
        --lang sv|en           language of the table (default: sv)
        \(Arguments.conventionOption)
        --drop-off PCT         5-year forecast: annual drop-off of the effect, percent (default 0)
        --discount-rate PCT    5-year forecast: annual discount rate, percent (default 0)
        --external-factors PCT sensitivity: share of revenue attributed to other causes (default: the model's)
        --no-participants      JSON: leave out the per-participant results
        \(Uncertainty.help)
        --out PATH             write to a file instead of standard output (- or none: standard output; xlsx not to a terminal)

      """,
    run: run)

  static func run(_ context: Tool.Context, _ arguments: [String]) throws {
    let args = try Arguments(
      arguments,
      valued: Set(["model", "format", "lang", "csv-dialect", "csv-headers", "convention", "drop-off", "discount-rate", "external-factors", "out"])
        .union(Uncertainty.valuedOptions),
      flags: ["no-participants", Uncertainty.flag],
      usage: usage)
    guard args.positional.count == 1 else { throw UsageError("expected exactly one input file", usage: usage) }
    let format = try args.format(among: OutputFormat.tables, default: .text, usage: usage)
    let dialect = try args.csvDialect(usage: usage)
    if args.options["csv-dialect"] != nil && format != .csv { throw UsageError("--csv-dialect is only used with --format csv", usage: usage) }
    let language = try args.language(usage: usage)
    let model = try args.model(try Files.model(args.options["model"], context: context), conventionUsage: usage)
    let options = try args.forecastOptions(model: model, usage: usage)
    let uncertaintySettings = try args.uncertaintySettings(usage: usage)
    if uncertaintySettings != nil && (format == .csv || format == .xlsx) {
      throw UsageError("--uncertainty is shown in text and JSON, not in --format \(format.rawValue)", usage: usage)
    }

    let path = args.positional[0]
    let out = args.options["out"]
    // Per-participant results are only computed when an output shows them.
    let participants = !(format == .json && args.flags.contains("no-participants"))
    switch try EvaluatedDocument.evaluate(
      try FileReading.read(path), file: FileReading.name(path), model: PreparedModel(model.parameters), options: options,
      includeParticipants: participants)
    {
    case .evaluation(let result, let input, _):
      let uncertainty = try uncertaintySettings.map { s throws(EvaluationError) in
        try Uncertainty.analyse(input, model: model, options: result.options, settings: s)
      }
      switch format {
      case .json:
        let json = ResultJSON.evaluation(result, toolVersion: SamnyttaVersion.current, includeParticipants: participants, uncertainty: uncertainty)
        try Files.emit(json.rendered(), to: out)
      case .csv, .xlsx:
        try Files.table(
          KeyFiguresCSV.evaluation(result), format, dialect, language, headers: try args.csvHeaders(usage: usage), sheet: "Nyckeltal", out: out,
          usage: usage)
      case .text, .html, .md: try Files.emit(TextReport.evaluation(result, language: language, uncertainty: uncertainty), to: out)
      }
    case .summary(let summary, let metadata):
      if uncertaintySettings != nil {
        throw UsageError("--uncertainty needs participant records; a summary of published aggregates has none to resample", usage: usage)
      }
      let figures = summary.keyFigures(options: options)
      switch format {
      case .json:
        try Files.emit(
          ResultJSON.summary(summary, figures: figures, options: options, metadata: metadata, toolVersion: SamnyttaVersion.current).rendered(),
          to: out)
      case .csv, .xlsx:
        try Files.table(
          KeyFiguresCSV.summary(figures, participants: summary.participants), format, dialect, language, headers: try args.csvHeaders(usage: usage),
          sheet: "Nyckeltal", out: out, usage: usage)
      case .text, .html, .md:
        try Files.emit(TextReport.summary(summary, figures: figures, metadata: metadata, options: options, language: language), to: out)
      }
    }
  }
}
