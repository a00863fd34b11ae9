import Foundation
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaStore

extension SimilarInterventions {
  /// The stored evaluations of the same class group (this document excluded, by id or by content),
  /// each by its latest run, through the store's norms (`ClassNorms`): for each key figure the
  /// group's mean and median beside this evaluation's value.
  public static func find(
    in database: EvaluationDatabase, to k: KeyFigures, group: String, excludingID: Int64?, excludingDocument bytes: [UInt8]
  ) throws -> SimilarInterventions {
    let sha = SHA256.hexDigest(Data(bytes))
    let entries = try database.call { try database.latestEntries(filter: DocumentFilter(classGroupPrefix: group)) }
      .filter { $0.document.classGroup == group && $0.document.id != excludingID && $0.document.sha256 != sha }
    let norms = ClassNorms.groups(entries).first { $0.classGroup == group }
    let comparisons = SimilarInterventions.figures.map { figure in
      let distribution = norms?.figures[figure]
      let value: Double? = if case .ratio(let x) = figure.value(k) { x } else { nil }
      return SimilarInterventions.Comparison(
        figure: figure, value: value, mean: distribution?.mean, median: distribution?.median, defined: distribution?.count ?? 0)
    }
    return SimilarInterventions(
      classGroup: group, count: norms?.count ?? 0, comparisons: comparisons,
      models: Set(entries.map { "\($0.run.modelID) (\($0.run.priceYear))" }).sorted())
  }
}
