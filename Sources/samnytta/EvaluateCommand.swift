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
    name: "evaluate", usage: usage, help: .evaluate,
    run: run)

  static func run(_ context: Tool.Context, _ arguments: [String]) throws {
    let args = try Arguments(
      arguments,
      valued: Set(["model", "format", "lang", "csv-dialect", "csv-headers", "convention", "drop-off", "discount-rate", "external-factors", "out"])
        .union(Uncertainty.valuedOptions),
      flags: ["no-participants", Uncertainty.flag],
      usage: usage)
    guard args.positional.count == 1 else { throw UsageError(.expectedOneInputFile, args.l, usage: usage) }
    let format = try args.format(among: OutputFormat.tables, default: .text, usage: usage)
    let dialect = try args.csvDialect(usage: usage)
    if args.options["csv-dialect"] != nil && format != .csv {
      throw UsageError(.onlyUsedWith(option: "--csv-dialect", requires: "--format csv"), args.l, usage: usage)
    }
    let language = try args.language(usage: usage)
    let model = try args.model(try Files.model(args.options["model"], context: context), conventionUsage: usage)
    let options = try args.forecastOptions(model: model, usage: usage)
    let uncertaintySettings = try args.uncertaintySettings(usage: usage)
    if uncertaintySettings != nil && (format == .csv || format == .xlsx) {
      throw UsageError(.uncertaintyNotInFormat(format.rawValue), args.l, usage: usage)
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
          KeyFiguresCSV.evaluation(result), format, dialect, language, headers: try args.csvHeaders(usage: usage),
          sheet: language == .sv ? "Nyckeltal" : "Key figures", out: out,
          usage: usage)
      case .text, .html, .md: try Files.emit(TextReport.evaluation(result, language: language, uncertainty: uncertainty), to: out)
      }
    case .summary(let summary, let metadata):
      if uncertaintySettings != nil {
        throw UsageError(.uncertaintyNeedsParticipants, args.l, usage: usage)
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
          sheet: language == .sv ? "Nyckeltal" : "Key figures", out: out, usage: usage)
      case .text, .html, .md:
        try Files.emit(TextReport.summary(summary, figures: figures, metadata: metadata, options: options, language: language), to: out)
      }
    }
  }
}
