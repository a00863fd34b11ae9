import SamnyttaDocuments
import SamnyttaFormats
import SamnyttaReports
import SamnyttaWorkflows

/// `samnytta portfolio`: an association's year from the database (`Portfolio.load`), written as a
/// board report (`PortfolioReport`, HTML or Markdown) or a table (`PortfolioTable`, CSV or xlsx).
enum PortfolioCommand {
  static let usage =
    "samnytta portfolio --association NAME --year YEAR [--format \(OutputFormat.spelled([.html, .md, .csv, .xlsx]))] [--out PATH] [--model ID|PATH] [--lang \(Language.spelled())] [--csv-dialect \(CSVDialect.spelled())] [--db PATH]"
  static let command = Tool.Command(
    name: "portfolio", usage: usage, summary: "the association's year: every intervention and the total, against the national reference",
    help: """
      The association's year for its board and owners: per intervention (the latest version of each stored evaluation \
      of the association and year) and in total, participants (by sex where the records say), cost, society's revenue \
      and profitability, verkningsgrad and payback, each against the national reference (NNS 2015:1) when stored; the \
      support states before and after; SUS's exit reasons (avslutsorsak 1–3) where the input gives them. Groups of fewer \
      than \(GroupSuppression.defaultMinimum) participants are hidden. All amounts at the price year of --model (default \
      \(ModelLibrary.defaultModelID)). --association matches as `db list` does (contained, ignoring case).

      usage: \(usage)
        \(DatabaseCommands.dbOption)
        \(Arguments.csvDialectOption)

      """,
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["association", "year", "format", "out", "model", "lang", "csv-dialect", "db"], flags: [], usage: usage)
      let format = try args.format(among: [.html, .md, .csv, .xlsx], default: .html, usage: usage)
      let l = try args.language(usage: usage)
      let dialect = try args.csvDialect(usage: usage)
      guard let association = args.options["association"], !association.allSatisfy(\.isWhitespace) else {
        throw UsageError("--association NAME is required", usage: usage)
      }
      guard let text = args.options["year"], let year = Int(text), (1900...2200).contains(year) else {
        throw UsageError("--year YEAR is required: a year such as 2024", usage: usage)
      }
      let model = try Files.model(args.options["model"], context: context)
      let database = try DatabaseCommands.open(args, context)
      let portfolio = try Portfolio.load(association: association, year: year, from: database, model: model)
      let out = args.options["out"]
      let generator = "Samnytta \(SamnyttaVersion.current)"
      switch format {
      case .html: try Files.emit(HTMLReport.render(PortfolioReport.board(portfolio, language: l), generator: generator), to: out)
      case .md: try Files.emit(MarkdownReport.render(PortfolioReport.board(portfolio, language: l), generator: generator), to: out)
      case .csv, .xlsx: try Files.table(PortfolioTable.csv(portfolio), format, dialect, l, sheet: l == .sv ? "Portfölj" : "Portfolio", out: out, usage: usage)
      case .text, .json: throw UsageError("--format \(format.rawValue) is not offered", usage: usage)
      }
    })
}
