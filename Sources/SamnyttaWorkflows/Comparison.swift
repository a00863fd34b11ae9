import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaStore

extension ComparisonReport {
  /// `compare`: the stored documents `ids` re-evaluated under one model, so that all are at one
  /// price level, side by side.
  public static func of(_ ids: [Int64], in database: EvaluationDatabase, model: ParameterSet) throws -> ComparisonReport {
    let prepared = PreparedModel(model)
    let compared = try ids.map { id in
      let stored = try database.call { try database.document(id: id) }
      let evaluated = try StoredEvaluation.evaluate([UInt8](stored.bytes), file: "\(database.path)#\(id)", model: prepared)
      return ComparedEvaluation(
        id: id, name: stored.summary.name, association: stored.summary.association, isSummary: stored.summary.kind == .summary,
        participants: evaluated.participants, perParticipant: evaluated.perParticipant)
    }
    return ComparisonReport(evaluations: compared, modelID: model.id, priceYear: model.priceYear)
  }
}
