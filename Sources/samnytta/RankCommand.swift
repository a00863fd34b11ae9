import Foundation
import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaStore
import SamnyttaWorkflows

/// `samnytta rank`: the board table of seed 004 (lines 522–529), ranked by one key figure.
enum RankCommand {

  static let usage =
    "samnytta rank [--by \(KeyFigure.rankable.map(\.optionName).joined(separator: "|"))] [--class PREFIX] [--format \(OutputFormat.spelled(OutputFormat.tables))] [--csv-dialect \(CSVDialect.spelled())] [--csv-headers \(CSVHeaders.spelled())] [--lang \(Language.spelled())] [--model ID|PATH] [--out PATH] [--db PATH]"
  static let command = Tool.Command(
    name: "rank", usage: usage, help: .rank,
    run: { context, arguments in
      let args = try Arguments(
        arguments, valued: ["by", "class", "format", "csv-dialect", "csv-headers", "lang", "db", "model", "out"], flags: [], usage: usage)
      let figure = try args.choice("by", among: KeyFigure.rankable, spelled: \.optionName, default: .verkningsgrad, usage: usage)
      let format = try args.format(among: OutputFormat.tables, default: .text, usage: usage)
      let dialect = try args.csvDialect(usage: usage)
      let language = try args.language(usage: usage)
      let model = try Files.model(args.options["model"], context: context)
      let database = try DatabaseCommands.open(args, context)
      let level = try PriceLevel.load(database, filter: DocumentFilter(classGroupPrefix: args.options["class"]), model: model)
      let unknown = level.amountsUnknown
      let ranked = RankTable.ranking(level.entries, by: figure, amountsUnknown: unknown)
      let out = args.options["out"]
      switch format {
      case .json: try Files.emit(RankTable.json(ranked, by: figure, priceYear: level.priceYear, amountsUnknown: unknown).rendered(), to: out)
      case .csv, .xlsx:
        try Files.table(
          RankTable.csv(ranked), format, dialect, language, headers: try args.csvHeaders(usage: usage),
          sheet: language == .sv ? "Rangordning" : "Ranking", out: out, usage: usage)
      case .text, .html, .md:
        let line = NormsTables.priceLine(priceYear: level.priceYear, model: level.modelID, flagged: unknown.count, language)
        try Files.emit(RankTable.text(ranked, language, amountsUnknown: unknown, priceLine: line), to: out)
      }
    })
}
