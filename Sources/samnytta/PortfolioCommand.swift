import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaFormats
import SamnyttaReports
import SamnyttaWorkflows

/// `samnytta portfolio`: an association's year from the database (`Portfolio.load`), written as a
/// board report (`PortfolioReport`, HTML or Markdown) or a table (`PortfolioTable`, CSV or xlsx).
enum PortfolioCommand {
  static let usage =
    "samnytta portfolio --association NAME --year YEAR [--format \(OutputFormat.spelled([.html, .md, .csv, .xlsx]))] [--out PATH] [--model ID|PATH] [--lang \(Language.spelled())] [--csv-dialect \(CSVDialect.spelled())] [--csv-headers \(CSVHeaders.spelled())] [--db PATH]"
  static let command = Tool.Command(
    name: "portfolio", usage: usage, help: .portfolio,
    run: { context, arguments in
      let args = try Arguments(
        arguments, valued: ["association", "year", "format", "out", "model", "lang", "csv-dialect", "csv-headers", "db"], flags: [], usage: usage)
      let format = try args.format(among: [.html, .md, .csv, .xlsx], default: .html, usage: usage)
      let (l, dialect) = (try args.language(usage: usage), try args.csvDialect(usage: usage))
      guard let association = args.options["association"], !association.allSatisfy(\.isWhitespace),
        let year = args.options["year"].flatMap({ Int($0) }),
        (1900...2200).contains(year)
      else { throw UsageError(.associationAndYearRequired, l, usage: usage) }
      let model = try Files.model(args.options["model"], context: context)
      let database = try DatabaseCommands.open(args, context)
      let portfolio = try Portfolio.load(association: association, year: year, from: database, model: model)
      let (out, generator) = (args.options["out"], "Samnytta \(SamnyttaVersion.current)")
      switch format {
      case .html, .md:
        let board = PortfolioReport.board(portfolio, language: l)
        try Files.emit(format == .md ? MarkdownReport.render(board, generator: generator) : HTMLReport.render(board, generator: generator), to: out)
      case .csv, .xlsx:
        try Files.table(
          PortfolioTable.csv(portfolio), format, dialect, l, headers: try args.csvHeaders(usage: usage), sheet: l == .sv ? "Portfölj" : "Portfolio",
          out: out, usage: usage)
      case .text, .json: throw UsageError(.formatNotOffered(format.rawValue), l, usage: usage)
      }
    })
}
