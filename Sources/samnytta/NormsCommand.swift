import Foundation
import SamnyttaDocuments
import SamnyttaFormats
import SamnyttaReports
import SamnyttaWorkflows
import SamnyttaEngine
import SamnyttaStore

/// `samnytta norms`: per class group, how each key figure is spread; for one evaluation, its
/// deviation from the mean of the other evaluations in its group (Payoff's "jämförande värden").
enum NormsCommand {
  static let usage =
    "samnytta norms [--id ID] [--class PREFIX] [--format \(OutputFormat.spelled(OutputFormat.tables))] [--csv-dialect \(CSVDialect.spelled())] [--lang \(Language.spelled())] [--out PATH] [--db PATH]"
  static let command = Tool.Command(
    name: "norms", usage: usage, summary: "comparison values per class group; one evaluation against its group",
    help: """
      Per classification group: the count, mean, median, minimum, maximum and standard deviation of each key figure over \
      the latest run of every stored evaluation (summary entries included). With --id, that evaluation's figures beside \
      the mean of the other evaluations in its group, and the deviation. Run `samnytta batch` first to put every \
      evaluation at one price level.

      usage: \(usage)
        \(DatabaseCommands.dbOption)
        \(Arguments.csvDialectOption)

      """,
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["id", "class", "format", "csv-dialect", "lang", "db", "out"], flags: [], usage: usage)
      let format = try args.format(among: OutputFormat.tables, default: .text, usage: usage)
      let dialect = try args.csvDialect(usage: usage)
      let l = try args.language(usage: usage)
      let out = args.options["out"]
      let database = try DatabaseCommands.open(args, context)
      let filter = DocumentFilter(classGroupPrefix: args.options["class"])
      let entries = try database.call { try database.latestEntries(filter: filter) }
      if let text = args.options["id"] {
        guard let id = Int64(text) else { throw UsageError("invalid evaluation id '\(text.quotedForMessage)'", usage: usage) }
        guard let entry = entries.first(where: { $0.document.id == id }) else {
          _ = try database.call { try database.document(id: id) }  // names a missing id
          throw DataError(file: database.path, path: "", message: "evaluation \(id) has no results (or is outside --class); run `samnytta batch`")
        }
        let others = entries.filter { $0.document.id != id && $0.document.classGroup == entry.document.classGroup }
        let group = ClassNorms.groups(others).first
        switch format {
        case .json: try Files.emit(NormsTables.deviationJSON(entry, group).rendered(), to: out)
        case .csv, .xlsx: try Files.table(NormsTables.deviationCSV(entry, group), format, dialect, l, sheet: "Jämförande värden", out: out, usage: usage)
        case .text, .html, .md: try Files.emit(NormsTables.deviationText(entry, group, l), to: out)
        }
        return
      }
      let groups = ClassNorms.groups(entries)
      switch format {
      case .json: try Files.emit(NormsTables.json(groups).rendered(), to: out)
      case .csv, .xlsx: try Files.table(NormsTables.csv(groups), format, dialect, l, sheet: "Jämförande värden", out: out, usage: usage)
      case .text, .html, .md: try Files.emit(NormsTables.text(groups, l), to: out)
      }
    })
}
