import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaStore

/// `db add` and `import --db-add`: validates and evaluates every file, then stores all documents
/// with their first runs in one transaction: all or nothing.
public enum AddEvaluations {
  /// One stored document: its id, name, and which version of its evaluation it is.
  public struct Added: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var version: Int
    /// The id of the version before it, when this is not the first.
    public var previousID: Int64?
  }

  /// Every file's problems are collected before anything is stored; then one transaction.
  /// - Returns: the new documents in the order given.
  public static func add(
    _ files: [(file: String, bytes: [UInt8])], model: PreparedModel, databasePath: String,
    pause: (PausePoint) -> Void = { _ in }
  ) throws -> [Added] {
    var documents: [NewDocument] = []
    var runs: [(result: StoredResult, figures: RunFigures)] = []
    var problems: [DataError] = []
    for (file, bytes) in files {
      do {
        let evaluated = try StoredEvaluation.evaluate(bytes, file: file, model: model)
        let metadata = evaluated.metadata
        let stored = evaluated.stored()
        documents.append(
          NewDocument(
            bytes: Data(bytes), kind: evaluated.kind, name: metadata.name, association: metadata.association, year: metadata.year,
            classGroup: evaluated.classGroup, participants: evaluated.participants ?? 0, compact: stored.compact.map { Data($0) },
            identity: EvaluationIdentity.key(metadata), priceYear: metadata.priceYear?.year, isReference: metadata.isNationalReference))
        runs.append((stored.result, evaluated.figures))
      } catch let error as DataError {
        problems.append(error)
      } catch let error as DataErrors {
        problems += error.errors
      }
    }
    if !problems.isEmpty { throw DataErrors(problems) }
    let database = try EvaluationDatabase.openForWriting(path: databasePath)
    let ids = try database.call {
      try database.add(documents) { id, index in
        if index == 0 { pause(.addBeforeRuns) }
        return NewRun(documentID: id, model: model.parameters, result: runs[index].result, figures: runs[index].figures)
      }
    }
    return try database.call {
      try zip(ids, documents).map { id, document in
        let versions = try database.versions(of: id)
        let index = versions.firstIndex { $0.id == id }
        let version = index.map { versions[$0].version } ?? 1
        return Added(id: id, name: document.name, version: version, previousID: index.flatMap { $0 > 0 ? versions[$0 - 1].id : nil })
      }
    }
  }
}
