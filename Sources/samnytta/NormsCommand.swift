import Foundation
import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaStore
import SamnyttaWorkflows

/// `samnytta norms`: per class group, how each key figure is spread; for one evaluation, its
/// deviation from the mean of the other evaluations in its group (Payoff's "jämförande värden").
enum NormsCommand {
  static let usage =
    "samnytta norms [--id ID] [--class PREFIX] [--format \(OutputFormat.spelled(OutputFormat.tables))] [--csv-dialect \(CSVDialect.spelled())] [--csv-headers \(CSVHeaders.spelled())] [--lang \(Language.spelled())] [--model ID|PATH] [--min-peers N] [--out PATH] [--db PATH]"
  static let command = Tool.Command(
    name: "norms", usage: usage, help: .norms,
    run: { context, arguments in
      let args = try Arguments(
        arguments, valued: ["id", "class", "format", "csv-dialect", "csv-headers", "lang", "db", "model", "min-peers", "out"], flags: [], usage: usage
      )
      let format = try args.format(among: OutputFormat.tables, default: .text, usage: usage)
      let dialect = try args.csvDialect(usage: usage)
      let l = try args.language(usage: usage)
      let model = try Files.model(args.options["model"], context: context)
      let minimum = try args.wholeNumber("min-peers", in: 1...1000, usage: usage)
      let out = args.options["out"]
      let database = try DatabaseCommands.open(args, context)
      let level = try PriceLevel.load(database, filter: DocumentFilter(classGroupPrefix: args.options["class"]), model: model, minimumPeers: minimum)
      if let text = args.options["id"] {
        guard let id = Int64(text), id > 0 else { throw UsageError(.invalidEvaluationID(text.quotedForMessage), args.l, usage: usage) }
        guard let entry = level.entries.first(where: { $0.document.id == id }) else {
          let stored = try database.call { try database.document(id: id) }  // names a missing id
          if !stored.summary.isLatest {
            throw DataError(
              file: database.path, path: "",
              message: CommandMessage.notLatestVersion(id: id, version: stored.summary.version, versions: stored.summary.versionCount).text(l))
          }
          throw DataError(
            file: database.path, path: "",
            message: CommandMessage.noResultsToCompare(id: id).text(l))
        }
        let deviation = NormsTables.Deviation(
          entry: entry, peers: level.peers(of: entry), reference: level.reference, priceYear: level.priceYear, model: level.modelID,
          amountsUnknown: level.amountsUnknown)
        switch format {
        case .json: try Files.emit(NormsTables.deviationJSON(deviation).rendered(), to: out)
        case .csv, .xlsx:
          try Files.table(
            NormsTables.deviationCSV(deviation), format, dialect, l, headers: try args.csvHeaders(usage: usage),
            sheet: l == .sv ? "Jämförande värden" : "Comparative values", out: out,
            usage: usage)
        case .text, .html, .md: try Files.emit(NormsTables.deviationText(deviation, l), to: out)
        }
        return
      }
      let groups = ClassNorms.groups(level.entries, amountsUnknown: level.amountsUnknown)
      switch format {
      case .json: try Files.emit(NormsTables.json(groups, priceYear: level.priceYear, model: level.modelID).rendered(), to: out)
      case .csv, .xlsx:
        try Files.table(
          NormsTables.csv(groups), format, dialect, l, headers: try args.csvHeaders(usage: usage),
          sheet: l == .sv ? "Jämförande värden" : "Comparative values", out: out, usage: usage)
      case .text, .html, .md:
        try Files.emit(NormsTables.text(groups, priceYear: level.priceYear, model: level.modelID, flagged: level.amountsUnknown.count, l), to: out)
      }
    })
}
