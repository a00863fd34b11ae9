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
    "samnytta import FILE.csv|FILE.xlsx (--into FILE.json | --db-add | both) [--sheet NAME] [--base FILE.json] [--name TEXT] [--association TEXT] [--cost KR] [--year YEAR] [--period TEXT] [--source TEXT] [--model ID|PATH] [--lang \(Language.spelled())] [--db PATH]"

  static let command = Tool.Command(
    name: "import", usage: usage, help: .importParticipants,
    run: run)

  static func run(_ context: Tool.Context, _ arguments: [String]) throws {
    let args = try Arguments(
      arguments, valued: ["into", "base", "db", "name", "association", "cost", "year", "period", "source", "model", "sheet", "lang"],
      flags: ["db-add"],
      usage: usage)
    _ = try args.language(usage: usage)
    guard args.positional.count == 1 else { throw UsageError(.expectedOneSpreadsheet, args.l, usage: usage) }
    let into = args.options["into"]
    let dbAdd = args.flags.contains("db-add")
    guard into != nil || dbAdd else { throw UsageError(.nothingToImport, args.l, usage: usage) }
    if args.options["db"] != nil && !dbAdd { throw UsageError(.onlyUsedWith(option: "--db", requires: "--db-add"), args.l, usage: usage) }
    var overrides: [String: JSONOutput] = [:]
    for key in ["name", "association", "period", "source"] { if let text = args.options[key] { overrides[key] = .string(text) } }
    if let year = try args.wholeNumber("year", in: 1900...2200, usage: usage) { overrides["year"] = .integer(year) }
    var cost: Money? = nil
    if let text = args.options["cost"] {
      guard let amount = DecimalText(text.lowercased().hasSuffix("kr") ? String(text.dropLast(2)) : text)?.money, amount >= .zero else {
        throw UsageError(.invalidCost(text.quotedForMessage), args.l, usage: usage)
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
        throw UsageError(.newDocumentNeeds(into: into, missing: missing), args.l, usage: usage)
      }
    }
    let label = into.map { $0 == "-" ? "<stdout>" : $0 } ?? CommandMessage.importedLabel(csvPath).text(args.l)
    let document = try ParticipantImport.assemble(
      csv: csv, csvPath: csvPath, sheet: args.options["sheet"], base: base, overrides: .init(fields: overrides, cost: cost), model: model,
      label: label)
    for note in document.notes { Output.err(CommandMessage.note(note.text(args.l)).text(args.l) + "\n") }

    if dbAdd {
      try DatabaseCommands.addDocuments([(file: label, bytes: document.bytes)], model: PreparedModel(model.parameters), args: args, context: context)
    }
    if let into {
      try Files.emit(document.text, to: into)
      let line = CommandMessage.imported(records: document.participantRecords, from: csvPath, into: label).text(args.l) + "\n"
      if into == "-" { Output.err(line) } else { Output.out(line) }
    }
  }
}
