import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaWorkflows

/// `samnytta compare ID…`: stored evaluations' key figures side by side, per perspective.
enum CompareCommand {
  static let usage =
    "samnytta compare ID... [--model ID|PATH] [--format \(OutputFormat.spelled(OutputFormat.tables))] [--csv-dialect \(CSVDialect.spelled())] [--csv-headers \(CSVHeaders.spelled())] [--lang \(Language.spelled())] [--out PATH] [--db PATH]"
  static let command = Tool.Command(
    name: "compare", usage: usage, help: .compare,
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["model", "format", "csv-dialect", "csv-headers", "lang", "db", "out"], flags: [], usage: usage)
      guard !args.positional.isEmpty else { throw UsageError(.expectedEvaluationIDs, args.l, usage: usage) }
      let ids = try args.positional.map { text in
        guard let id = Int64(text), id > 0 else { throw UsageError(.invalidEvaluationID(text.quotedForMessage), args.l, usage: usage) }
        return id
      }
      let format = try args.format(among: OutputFormat.tables, default: .text, usage: usage)
      let dialect = try args.csvDialect(usage: usage)
      let language = try args.language(usage: usage)
      let model = try Files.model(args.options["model"], context: context)
      let database = try DatabaseCommands.open(args, context)
      let report = try ComparisonReport.of(ids, in: database, model: model.parameters)
      let out = args.options["out"]
      switch format {
      case .json: try Files.emit(report.json().rendered(), to: out)
      case .csv, .xlsx:
        try Files.table(
          report.csv(), format, dialect, language, headers: try args.csvHeaders(usage: usage),
          sheet: language == .sv ? "Jämförelse" : "Comparison", out: out, usage: usage)
      case .text, .html, .md: try Files.emit(report.text(language), to: out)
      }
    })
}
