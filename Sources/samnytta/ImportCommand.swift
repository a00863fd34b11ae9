import Foundation
import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaWorkflows

/// `samnytta import`: participants kept in a spreadsheet, into an input file or straight into the
/// evaluation database. The CSV holds only participants; the intervention's name, association and
/// cost come from an existing document or from options. Nothing is written unless the whole
/// result validates.
enum ImportCommand {
  static let usage =
    "samnytta import FILE.csv|FILE.xlsx (--into FILE.json | --db-add | both) [--sheet NAME] [--base FILE.json] [--name TEXT] [--association TEXT] [--cost KR] [--year YEAR] [--period TEXT] [--source TEXT] [--model ID|PATH] [--db PATH]"

  static let command = Tool.Command(
    name: "import", usage: usage, summary: "import participants from a spreadsheet (.xlsx or CSV) into an input file or the database",
    help: """
      Reads participants from an .xlsx workbook or a CSV file saved from a spreadsheet (one row per participant, period
      and spell; see "Importing participants from a spreadsheet" in the input format) and writes them
      as the participants of an evaluation input file, or stores that document in the database, or
      both. Every bad row is reported with its line and column; nothing is written unless the whole
      file, and the document made from it, is valid.

      usage: \(usage)

        FILE.csv|FILE.xlsx   the participants: an .xlsx workbook, or CSV text (';', ',' or tab separated, UTF-8 or Windows-1252); - reads standard input
        --sheet NAME         the workbook's sheet to read (default: the first)
        --into FILE.json     write the document here (-: standard output); an existing FILE keeps every field but its participants
        --db-add             store the document and its first run in the evaluation database
        --base FILE.json     take the other fields from this document (default: FILE of --into, when it exists)
        --name TEXT          the intervention's name           } required for a new document,
        --association TEXT   the coordination association      } otherwise they replace
        --cost KR            the intervention's total cost     } the document's values
        --year YEAR, --period TEXT, --source TEXT               optional metadata
        --model ID|PATH      the model whose states the CSV names (default: \(ModelLibrary.defaultModelID))
        \(DatabaseCommands.dbOption)

      """,
    run: run)

  static func run(_ context: Tool.Context, _ arguments: [String]) throws {
    let args = try Arguments(
      arguments, valued: ["into", "base", "db", "name", "association", "cost", "year", "period", "source", "model", "sheet"], flags: ["db-add"],
      usage: usage)
    guard args.positional.count == 1 else { throw UsageError("expected exactly one spreadsheet (.xlsx or CSV)", usage: usage) }
    let into = args.options["into"]
    let dbAdd = args.flags.contains("db-add")
    guard into != nil || dbAdd else { throw UsageError("nothing to do: give --into FILE.json, --db-add, or both", usage: usage) }
    if args.options["db"] != nil && !dbAdd { throw UsageError("--db is only used with --db-add", usage: usage) }
    var overrides: [String: JSONOutput] = [:]
    for key in ["name", "association", "period", "source"] { if let text = args.options[key] { overrides[key] = .string(text) } }
    if let year = try args.wholeNumber("year", in: 1900...2200, "a whole year such as 2025", usage: usage) { overrides["year"] = .integer(year) }
    var cost: Money? = nil
    if let text = args.options["cost"] {
      guard let amount = DecimalText(text.lowercased().hasSuffix("kr") ? String(text.dropLast(2)) : text)?.money, amount >= .zero else {
        throw UsageError(
          "invalid value '\(text.quotedForMessage)' for '--cost'; expected kronor (at most two decimals), e.g. 1440000 or 1440000,50", usage: usage)
      }
      cost = amount
    }

    let model = try Files.model(args.options["model"], context: context)
    let csvPath = FileReading.name(args.positional[0])
    let csv = try FileReading.read(args.positional[0])

    let base = args.options["base"] ?? into.flatMap({ $0 != "-" && FileManager.default.fileExists(atPath: $0) ? $0 : nil })
    if base == nil {
      let missing =
        [("name", "--name TEXT"), ("association", "--association TEXT")].filter { overrides[$0.0] == nil }.map(\.1)
        + (cost == nil ? ["--cost KR"] : [])
      if !missing.isEmpty {
        let what = into.map { "\($0) does not exist" } ?? "no --base document is given"
        throw UsageError("\(what), so a new document is made; it needs \(missing.joined(separator: ", "))", usage: usage)
      }
    }
    let label = into.map { $0 == "-" ? "<stdout>" : $0 } ?? "\(csvPath) (imported)"
    let document = try ParticipantImport.assemble(
      csv: csv, csvPath: csvPath, sheet: args.options["sheet"], base: base, overrides: .init(fields: overrides, cost: cost), model: model,
      label: label)
    let l = CLIMessage.language(arguments: arguments, environment: context.environment)
    for note in document.notes { Output.err("\(l == .sv ? "anmärkning" : "note"): \(note.text(l))\n") }

    if dbAdd {
      try DatabaseCommands.addDocuments([(file: label, bytes: document.bytes)], model: PreparedModel(model.parameters), args: args, context: context)
    }
    if let into {
      try Files.emit(document.text, to: into)
      let n = document.participantRecords
      let line = "imported \(n) participant record\(n == 1 ? "" : "s") from \(csvPath) into \(label)\n"
      if into == "-" { Output.err(line) } else { Output.out(line) }
    }
  }
}
