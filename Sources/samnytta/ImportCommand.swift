import Foundation
import SamnyttaDocuments
import SamnyttaFormats
import SamnyttaWorkflows
import SamnyttaEngine

/// `samnytta import`: participants kept in a spreadsheet, into an input file or straight into the
/// evaluation database. The CSV holds only participants; the intervention's name, association and
/// cost come from an existing document or from options. Nothing is written unless the whole
/// result validates.
enum ImportCommand {
  static let usage =
    "samnytta import FILE.csv (--into FILE.json | --db-add | both) [--base FILE.json] [--name TEXT] [--association TEXT] [--cost KR] [--year YEAR] [--period TEXT] [--source TEXT] [--model ID|PATH] [--db PATH]"

  static let command = Tool.Command(
    name: "import", usage: usage, summary: "import participants from a spreadsheet (CSV) into an input file or the database",
    help: """
      Reads participants from a CSV file saved from a spreadsheet (one row per participant, period
      and spell; Docs/input-format.md, "Importing participants from a spreadsheet") and writes them
      as the participants of an evaluation input file, or stores that document in the database, or
      both. Every bad row is reported with its line and column; nothing is written unless the whole
      file, and the document made from it, is valid.

      usage: \(usage)

        FILE.csv             the participants: ';' or ',' separated, UTF-8 (BOM or not) or Windows-1252
        --into FILE.json     write the document here; an existing FILE keeps every field but its participants
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
      arguments, valued: ["into", "base", "db", "name", "association", "cost", "year", "period", "source", "model"], flags: ["db-add"], usage: usage)
    guard args.positional.count == 1 else { throw UsageError("expected exactly one CSV file", usage: usage) }
    let into = args.options["into"]
    let dbAdd = args.flags.contains("db-add")
    guard into != nil || dbAdd else { throw UsageError("nothing to do: give --into FILE.json, --db-add, or both", usage: usage) }
    if args.options["db"] != nil && !dbAdd { throw UsageError("--db is only used with --db-add", usage: usage) }
    var overrides: [String: JSONOutput] = [:]
    for key in ["name", "association", "period", "source"] { if let text = args.options[key] { overrides[key] = .string(text) } }
    if let text = args.options["year"] {
      guard let year = Int(text) else { throw UsageError("invalid value '\(text.quotedForMessage)' for '--year'; expected a whole year such as 2025", usage: usage) }
      overrides["year"] = .integer(year)
    }
    var cost: Money? = nil
    if let text = args.options["cost"] {
      guard let amount = DecimalText(text.lowercased().hasSuffix("kr") ? String(text.dropLast(2)) : text)?.money, amount >= .zero else {
        throw UsageError("invalid value '\(text.quotedForMessage)' for '--cost'; expected kronor (at most two decimals), e.g. 1440000 or 1440000,50", usage: usage)
      }
      cost = amount
    }

    let model = try Files.model(args.options["model"], context: context)
    let csvPath = args.positional[0]
    let csv = try Files.read(csvPath)

    let base = args.options["base"] ?? into.flatMap({ FileManager.default.fileExists(atPath: $0) ? $0 : nil })
    if base == nil {
      let missing = [("name", "--name TEXT"), ("association", "--association TEXT")].filter { overrides[$0.0] == nil }.map(\.1)
        + (cost == nil ? ["--cost KR"] : [])
      if !missing.isEmpty {
        let what = into.map { "\($0) does not exist" } ?? "no --base document is given"
        throw UsageError("\(what), so a new document is made; it needs \(missing.joined(separator: ", "))", usage: usage)
      }
    }
    let label = into ?? "\(csvPath) (imported)"
    let document = try ParticipantImport.assemble(
      csv: csv, csvPath: csvPath, base: base, overrides: .init(fields: overrides, cost: cost), model: model, label: label)

    if dbAdd { try DatabaseCommands.addDocuments([(file: label, bytes: document.bytes)], model: PreparedModel(model.parameters), args: args, context: context) }
    if let into {
      try Files.write(document.text, to: into)
      let n = document.participantRecords
      Output.out("imported \(n) participant record\(n == 1 ? "" : "s") from \(csvPath) into \(into)\n")
    }
  }
}
