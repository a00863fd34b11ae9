import Foundation
import SamnyttaDocuments
import SamnyttaFormats
import SamnyttaReports
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
      guard let year = Int(text) else { throw UsageError("invalid value '\(text)' for '--year'; expected a whole year such as 2025", usage: usage) }
      overrides["year"] = .integer(year)
    }
    var cost: Money? = nil
    if let text = args.options["cost"] {
      guard let amount = DecimalText(text.lowercased().hasSuffix("kr") ? String(text.dropLast(2)) : text)?.money, amount >= .zero else {
        throw UsageError("invalid value '\(text)' for '--cost'; expected kronor (at most two decimals), e.g. 1440000 or 1440000,50", usage: usage)
      }
      cost = amount
    }

    let model = try Files.model(args.options["model"], context: context)
    let csvPath = args.positional[0]
    let csv = try Files.read(csvPath)

    var root: [String: JSONOutput]
    if let base = args.options["base"] ?? into.flatMap({ FileManager.default.fileExists(atPath: $0) ? $0 : nil }) {
      root = try baseDocument(base)
    } else {
      let missing = [("name", "--name TEXT"), ("association", "--association TEXT")].filter { overrides[$0.0] == nil }.map(\.1)
        + (cost == nil ? ["--cost KR"] : [])
      if !missing.isEmpty {
        let what = into.map { "\($0) does not exist" } ?? "no --base document is given"
        throw UsageError("\(what), so a new document is made; it needs \(missing.joined(separator: ", "))", usage: usage)
      }
      root = ["formatVersion": .integer(InputDocument.formatVersion)]
    }
    for (key, value) in overrides { root[key] = value }
    if let cost {
      if case .object(var object)? = root["cost"] {
        object["total"] = .money(cost)
        root["cost"] = .object(object)
      } else {
        root["cost"] = .object(["total": .money(cost)])
      }
    }

    let participants = try ParticipantCSV.read(csv, file: csvPath, model: model)
    root["participants"] = .array(participants)
    let text = JSONOutput.object(root).rendered()
    let bytes = Array(text.utf8)
    let label = into ?? "\(csvPath) (imported)"
    let prepared = PreparedModel(model.parameters)
    try check(bytes, label: label, model: prepared)

    if dbAdd { try DatabaseCommands.addDocuments([(file: label, bytes: bytes)], model: prepared, args: args, context: context) }
    if let into {
      try Files.write(text, to: into)
      Output.out("imported \(participants.count) participant record\(participants.count == 1 ? "" : "s") from \(csvPath) into \(into)\n")
    }
  }

  /// The document `validate` would accept, or its errors. They name the document to be written
  /// without a line (it has none yet) and say that nothing was written.
  static func check(_ bytes: [UInt8], label: String, model: PreparedModel) throws {
    func unwritten(_ error: DataError) -> DataError {
      DataError(file: "\(label) (not written)", path: error.path, message: error.message)
    }
    do {
      _ = try Files.decodeChecked(bytes, file: label, model: model)
    } catch let error as DataError {
      throw unwritten(error)
    } catch let error as DataErrors {
      throw DataErrors(error.errors.map(unwritten))
    }
  }

  /// The top-level fields of an existing evaluation document, numbers kept as written.
  static func baseDocument(_ path: String) throws -> [String: JSONOutput] {
    let tree: JSONValue
    do {
      tree = try JSONParser.parse(try Files.read(path))
    } catch let error as JSONSyntaxError {
      throw DataError(file: path, path: "", line: error.line, column: error.column, message: "invalid JSON: \(error.message)")
    }
    guard case .object(let members) = tree.kind else {
      throw DataError(file: path, path: "$", line: tree.line, column: tree.column, message: "expected an object, found \(tree.typeName)")
    }
    if let kind = members.first(where: { $0.key == "kind" })?.value, case .string("summary") = kind.kind {
      throw DataError(
        file: path, path: "$.kind", line: kind.line, column: kind.column, message: "a summary document has no participants to import into; use an evaluation document")
    }
    guard case .object(let fields) = JSONOutput(tree) else { return [:] }
    return fields
  }
}
