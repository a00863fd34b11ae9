import Foundation
import SamnyttaDocuments
import SamnyttaFormats
import SamnyttaReports
import SamnyttaWorkflows
import SamnyttaEngine
import SamnyttaStore

/// `samnytta rank`: the board table of seed 004 (lines 522–529), ranked by one key figure.
enum RankCommand {

  static let usage =
    "samnytta rank [--by \(KeyFigure.rankable.map(\.optionName).joined(separator: "|"))] [--class PREFIX] [--format \(OutputFormat.spelled(OutputFormat.tables))] [--csv-dialect \(CSVDialect.spelled())] [--lang \(Language.spelled())] [--out PATH] [--db PATH]"
  static let command = Tool.Command(
    name: "rank", usage: usage, summary: "rank stored evaluations by a key figure",
    help: """
      The board table of seed 004: interventions with verkningsgrad, payback months and cost per verkningsgrad, \
      ranked best first by their latest run. Evaluations where the figure is undefined come last. Summary entries are marked.

      usage: \(usage)
        \(DatabaseCommands.dbOption)
        \(Arguments.csvDialectOption)

      """,
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["by", "class", "format", "csv-dialect", "lang", "db", "out"], flags: [], usage: usage)
      let figure = try args.choice("by", among: KeyFigure.rankable, spelled: \.optionName, default: .verkningsgrad, usage: usage)
      let format = try args.format(among: OutputFormat.tables, default: .text, usage: usage)
      let dialect = try args.csvDialect(usage: usage)
      let language = try args.language(usage: usage)
      let database = try DatabaseCommands.open(args, context)
      let filter = DocumentFilter(classGroupPrefix: args.options["class"])
      let ranked = RankTable.ranking(try database.call { try database.latestEntries(filter: filter) }, by: figure)
      let out = args.options["out"]
      switch format {
      case .json: try Files.emit(RankTable.json(ranked, by: figure).rendered(), to: out)
      case .csv, .xlsx: try Files.table(RankTable.csv(ranked), format, dialect, language, sheet: "Rangordning", out: out, usage: usage)
      case .text, .html, .md: try Files.emit(RankTable.text(ranked, language), to: out)
      }
    })
}
