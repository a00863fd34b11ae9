import Foundation
import SamnyttaDocuments
import SamnyttaFormats
import SamnyttaReports
import SamnyttaEngine
import SamnyttaStore

/// `samnytta db …`, `batch` and `rank`: the evaluation database (Docs/database.md).
enum DatabaseCommands {
  static let dbOption = "--db PATH (default: $SAMNYTTA_DB, else ~/.local/share/samnytta/evaluations.sqlite)"

  static func open(_ args: Arguments, _ context: Tool.Context) throws -> EvaluationDatabase {
    let path = args.options["db"] ?? EvaluationDatabase.defaultPath(environment: context.environment)
    do { return try EvaluationDatabase.open(path: path) } catch { throw DataError(file: path, path: "", message: error.description) }
  }

  /// One document evaluated under a model: what the database stores and what comparisons read.
  struct Evaluated {
    var metadata: DocumentMetadata
    var kind: DocumentKind
    var classGroup: String
    var figures: RunFigures
    /// Key figures per participant, per perspective (society's only for a summary).
    var perParticipant: [Perspective: KeyFigures]
    /// `nil` for a summary whose source gives no participant count.
    var participants: Int?
    /// What storing needs: the run's result JSON and, for a full evaluation, the input in
    /// `CompactInput` form. Rendered only when stored (`compare` never stores).
    var stored: @Sendable () -> (json: String, compact: [UInt8]?)
  }

  /// Evaluates one stored or new document under `model`.
  static func evaluate(_ bytes: [UInt8], file: String, model: PreparedModel) throws -> Evaluated {
    switch try Files.evaluated(bytes, file: file, model: model) {
    case .evaluation(let result, let input, let metadata):
      return Evaluated(
        metadata: metadata, kind: .full, classGroup: result.classification.group,
        figures: figures(result.figures(.society), participants: result.participantCount),
        perParticipant: Dictionary(uniqueKeysWithValues: result.perspectives.map { ($0.perspective, $0.perParticipant) }),
        participants: result.participantCount, stored: { (resultJSON(result), CompactInput.encode(input)) })
    case .summary(let summary, let metadata):
      let options = ForecastOptions(externalFactorsShare: model.parameters.externalFactorsShare)
      let k = summary.keyFigures(options: options)
      let classification = model.classify(summary, stated: metadata.classification ?? ClassificationInput())
      return Evaluated(
        metadata: metadata, kind: .summary, classGroup: classification.group,
        figures: figures(k, participants: summary.participants), perParticipant: [.society: k.perParticipant(summary.participants)],
        participants: summary.participantsKnown ? summary.participants : nil,
        stored: { (ResultJSON.summary(summary, figures: k, options: options, metadata: metadata, toolVersion: Tool.version).rendered(), nil) })
    }
  }

  /// A run of `document` under `model` by this program, now.
  static func newRun(documentID: Int64, model: ParameterSet, json: String, figures: RunFigures) -> NewRun {
    NewRun(
      documentID: documentID, modelID: model.id, priceYear: model.priceYear, convention: model.convention.rawValue,
      engineVersion: Tool.version, resultJSON: json, figures: figures)
  }

  /// A run's stored result: the evaluation without its per-participant rows.
  static func resultJSON(_ result: EvaluationResult) -> String {
    ResultJSON.evaluation(result, toolVersion: Tool.version, includeParticipants: false).rendered()
  }

  static func figures(_ k: KeyFigures, participants: Int) -> RunFigures {
    RunFigures(
      potentialBefore: k.potentialBefore.kronorValue, revenue: k.revenue.kronorValue, cost: k.cost.kronorValue, paybackMonths: k.paybackMonths,
      verkningsgrad: k.verkningsgrad, costPerVerkningsgrad: k.costPerVerkningsgrad, returnPerKrona: k.returnPerKrona, participants: participants)
  }

  static let addUsage = "samnytta db add FILE... [--model ID|PATH] [--db PATH]"
  static let add = Tool.Command(
    name: "db add", usage: addUsage, summary: "validate and store evaluation files (all or nothing)",
    help: "Validates every file, then stores all of them and their results in one transaction. A document already stored is refused.\n\nusage: \(addUsage)\n  \(dbOption)\n",
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["model", "db"], flags: [], usage: addUsage)
      guard !args.positional.isEmpty else { throw UsageError("expected at least one file", usage: addUsage) }
      let model = try Files.model(args.options["model"], context: context)
      let files = try args.positional.map { path in (file: path, bytes: try Files.read(path)) }
      try addDocuments(files, model: PreparedModel(model.parameters), args: args, context: context)
    })

  /// Validates and evaluates every file, then stores all documents with their first runs in one
  /// transaction: all or nothing. Prints one line per added document.
  static func addDocuments(_ files: [(file: String, bytes: [UInt8])], model: PreparedModel, args: Arguments, context: Tool.Context) throws {
    var documents: [NewDocument] = []
    var runs: [(json: String, figures: RunFigures)] = []
    var problems: [DataError] = []
    for (file, bytes) in files {
      do {
        let evaluated = try evaluate(bytes, file: file, model: model)
        let metadata = evaluated.metadata
        let stored = evaluated.stored()
        documents.append(
          NewDocument(
            bytes: Data(bytes), kind: evaluated.kind, name: metadata.name, association: metadata.association, year: metadata.year,
            classGroup: evaluated.classGroup, participants: evaluated.participants ?? 0, compact: stored.compact.map { Data($0) }))
        runs.append((stored.json, evaluated.figures))
      } catch let error as DataError {
        problems.append(error)
      } catch let error as DataErrors {
        problems += error.errors
      }
    }
    if !problems.isEmpty { throw DataErrors(problems) }
    let database = try open(args, context)
    let ids = try storeCall(database) {
      try database.add(documents) { id, index in
        if index == 0 { PausePoint.addBeforeRuns.reached(context.environment) }
        return newRun(documentID: id, model: model.parameters, json: runs[index].json, figures: runs[index].figures)
      }
    }
    for (id, document) in zip(ids, documents) { Output.out("added \(id): \(document.name)\n") }
  }

  static let listUsage = "samnytta db list [--association TEXT] [--year YEAR] [--class PREFIX] [--db PATH]"
  static let list = Tool.Command(
    name: "db list", usage: listUsage, summary: "list stored evaluations", help: "Lists stored evaluations; summary entries are marked.\n\nusage: \(listUsage)\n",
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["association", "year", "class", "db"], flags: [], usage: listUsage)
      var filter = DocumentFilter.all
      filter.association = args.options["association"]
      if let year = args.options["year"] {
        guard let y = Int(year) else { throw UsageError("invalid year '\(year)'", usage: listUsage) }
        filter.year = y
      }
      filter.classGroupPrefix = args.options["class"]
      let database = try open(args, context)
      let rows = try storeCall(database) { try database.list(filter: filter) }
      for row in rows {
        let mark = row.kind == .summary ? " [summary]" : ""
        Output.out("\(row.id)\t\(row.year.map(String.init) ?? "-")\t\(row.classGroup ?? "-")\t\(row.participants == 0 ? "-" : String(row.participants))\t\(row.name) (\(row.association))\(mark)\n")
      }
      if rows.isEmpty { Output.out("no evaluations stored in \(database.path)\n") }
    })

  static func id(_ args: Arguments, usage: String) throws -> Int64 {
    guard args.positional.count == 1, let id = Int64(args.positional[0]) else { throw UsageError("expected one evaluation id", usage: usage) }
    return id
  }

  static let showUsage = "samnytta db show ID [--db PATH]"
  static let show = Tool.Command(
    name: "db show", usage: showUsage, summary: "show a stored evaluation and its latest results", help: "usage: \(showUsage)\n",
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["db"], flags: [], usage: showUsage)
      let database = try open(args, context)
      let stored = try storeCall(database) { try database.document(id: try id(args, usage: showUsage)) }
      let s = stored.summary
      var text = "\(s.id): \(s.name) (\(s.association))\(s.kind == .summary ? " [summary]" : "")\nyear \(s.year.map(String.init) ?? "-"), class \(s.classGroup ?? "-"), \(s.participants) participants, added \(s.addedAt), sha256 \(s.sha256)\n"
      if let run = stored.latestRun {
        text += "latest run: model \(run.modelID) (\(run.priceYear)), \(run.runAt)\n" + run.resultJSON
      }
      Output.out(text)
    })

  static let exportUsage = "samnytta db export ID|--all [--out DIR] [--db PATH]"
  static let export = Tool.Command(
    name: "db export", usage: exportUsage, summary: "write stored documents back, byte for byte",
    help: "Writes a stored document to standard output, or every document to DIR as ID.json, exactly as it was added.\n\nusage: \(exportUsage)\n",
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["db", "out"], flags: ["all"], usage: exportUsage)
      let database = try open(args, context)
      if args.flags.contains("all") {
        guard let directory = args.options["out"] else { throw UsageError("--all needs --out DIR", usage: exportUsage) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for id in try storeCall(database, { try database.allDocumentIDs() }) {
          let bytes = try storeCall(database) { try database.document(id: id).bytes }
          try bytes.write(to: URL(fileURLWithPath: "\(directory)/\(id).json"))
        }
        return
      }
      let bytes = try storeCall(database) { try database.document(id: try id(args, usage: exportUsage)).bytes }
      FileHandle.standardOutput.write(bytes)
    })

  static let removeUsage = "samnytta db remove ID [--db PATH]"
  static let remove = Tool.Command(
    name: "db remove", usage: removeUsage, summary: "remove a stored evaluation and its runs", help: "usage: \(removeUsage)\n",
    run: { context, arguments in
      let args = try Arguments(arguments, valued: ["db"], flags: [], usage: removeUsage)
      let database = try open(args, context)
      let target = try id(args, usage: removeUsage)
      try storeCall(database) { try database.remove(id: target) }
      Output.out("removed \(target)\n")
    })

  /// Runs a store call, turning its error into a data error naming the database file.
  static func storeCall<T>(_ database: EvaluationDatabase, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as StoreError { throw DataError(file: database.path, path: "", message: error.description) }
  }
}

