import Foundation
import SamnyttaCommandLine
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaStore
import SamnyttaWorkflows

/// `samnytta db …`, `batch` and `rank`: the evaluation database (Docs/database.md).
enum DatabaseCommands {
  /// The database `--db` names, else `$SAMNYTTA_DB`, else the default path.
  static func path(_ args: Arguments, _ context: Tool.Context) -> String {
    args.options["db"] ?? EvaluationDatabase.defaultPath(environment: context.environment)
  }

  /// The database, opened read-only: it is never created, migrated or written (`db list`, `db show`,
  /// `db export`, `rank`, `norms`, `compare`, `report`). A missing database exits 66.
  static func open(_ args: Arguments, _ context: Tool.Context) throws -> EvaluationDatabase {
    try EvaluationDatabase.openForReading(path: path(args, context))
  }

  /// The database, opened to be written (created if missing, migrated if older): `db remove`, `batch`.
  static func openForWriting(_ args: Arguments, _ context: Tool.Context) throws -> EvaluationDatabase {
    try EvaluationDatabase.openForWriting(path: path(args, context))
  }

  static let addUsage = "samnytta db add FILE... [--model ID|PATH] [--lang \(Language.spelled())] [--db PATH]"
  static let add = Tool.Command(
    name: "db add", usage: addUsage, help: .dbAdd,
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["model", "db", "lang"], flags: [], usage: addUsage)
      _ = try args.language(usage: addUsage)
      guard !args.positional.isEmpty else { throw UsageError(.expectedInputFiles, args.l, usage: addUsage) }
      let model = try Files.model(args.options["model"], context: context)
      let files = try args.positional.map { path in (file: FileReading.name(path), bytes: try FileReading.read(path)) }
      try addDocuments(files, model: PreparedModel(model.parameters), args: args, context: context)
    })

  /// Stores the files (all or nothing) and prints one line per added document.
  static func addDocuments(_ files: [(file: String, bytes: [UInt8])], model: PreparedModel, args: Arguments, context: Tool.Context) throws {
    let added = try AddEvaluations.add(files, model: model, databasePath: path(args, context)) { $0.reached(context.environment) }
    for a in added {
      let line: CommandMessage =
        a.version == 1 ? .added(id: a.id, name: a.name) : .addedVersion(id: a.id, name: a.name, version: a.version, previous: a.previousID)
      Output.out(line.text(args.l) + "\n")
    }
  }

  static let listUsage = "samnytta db list [--association TEXT] [--year YEAR] [--class PREFIX] [--lang \(Language.spelled())] [--db PATH]"
  static let list = Tool.Command(
    name: "db list", usage: listUsage, help: .dbList,
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["association", "year", "class", "db", "lang"], flags: [], usage: listUsage)
      let language = try args.language(usage: listUsage)
      var filter = DocumentFilter.all
      filter.association = args.options["association"]
      filter.year = try args.wholeNumber("year", in: 1900...2200, usage: listUsage)
      filter.classGroupPrefix = args.options["class"]
      let database = try open(args, context)
      let rows = try database.call { try database.list(filter: filter) }
      Output.out(DatabaseListing.text(rows, databasePath: database.path, language))
    })

  static func id(_ args: Arguments, usage: String) throws -> Int64 {
    guard args.positional.count == 1, let id = Int64(args.positional[0]) else { throw UsageError(.expectedOneEvaluationID, args.l, usage: usage) }
    return id
  }

  static let showUsage = "samnytta db show ID [--version N] [--lang \(Language.spelled())] [--db PATH]"
  static let show = Tool.Command(
    name: "db show", usage: showUsage, help: .dbShow,
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["db", "version", "lang"], flags: [], usage: showUsage)
      let target = try id(args, usage: showUsage)
      let version = try args.wholeNumber("version", in: 1...Int.max, usage: showUsage)
      let database = try open(args, context)
      let stored = try database.document(id: target, version: version)
      Output.out(DatabaseListing.text(stored, try args.language(usage: showUsage)))
    })

  static let historyUsage = "samnytta db history ID [--lang \(Language.spelled())] [--db PATH]"
  static let history = Tool.Command(
    name: "db history", usage: historyUsage, help: .dbHistory,
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["db", "lang"], flags: [], usage: historyUsage)
      let target = try id(args, usage: historyUsage)
      let language = try args.language(usage: historyUsage)
      let database = try open(args, context)
      let versions = try database.call { try database.versions(of: target).map { (document: $0, run: try database.latestRun(documentID: $0.id)) } }
      Output.out(DatabaseListing.history(versions, language))
    })

  static let exportUsage = "samnytta db export ID|--all [--out DIR] [--lang \(Language.spelled())] [--db PATH]"
  static let export = Tool.Command(
    name: "db export", usage: exportUsage, help: .dbExport,
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["db", "out", "lang"], flags: ["all"], usage: exportUsage)
      _ = try args.language(usage: exportUsage)
      let database = try open(args, context)
      if args.flags.contains("all") {
        guard let directory = args.options["out"] else { throw UsageError(.allNeedsOut, args.l, usage: exportUsage) }
        _ = try ExportDocuments.all(from: database, to: directory)
        return
      }
      let bytes = try database.call { try database.document(id: try id(args, usage: exportUsage)).bytes }
      Output.out(bytes: bytes)
    })

  static let removeUsage = "samnytta db remove ID [--lang \(Language.spelled())] [--db PATH]"
  static let remove = Tool.Command(
    name: "db remove", usage: removeUsage, help: .dbRemove,
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["db", "lang"], flags: [], usage: removeUsage)
      _ = try args.language(usage: removeUsage)
      let database = try openForWriting(args, context)
      let target = try id(args, usage: removeUsage)
      try database.call { try database.remove(id: target) }
      Output.out(CommandMessage.removed(id: target).text(args.l) + "\n")
    })
}
