import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaStore

extension SimilarInterventions {
  /// The stored evaluations like this one (this document excluded, by id or by content), each by its
  /// latest version at `model`'s price year (``PriceLevel``): its class group, or the first broader
  /// group holding at least the minimum of peers (``PeerGroup``), and the national reference.
  public static func find(
    in database: EvaluationDatabase, to k: KeyFigures, group: String, excludingID: Int64?, excludingDocument bytes: [UInt8],
    model: ModelDocument, minimumPeers: Int? = nil
  ) throws -> SimilarInterventions {
    let sha = SHA256.hexDigest(Data(bytes))
    let level = try PriceLevel.load(database, model: model, minimumPeers: minimumPeers)
    let candidates = level.entries.filter { $0.document.id != excludingID && $0.document.sha256 != sha }
    let peers = PeerGroup.choose(for: group, among: candidates, minimum: level.minimumPeers, amountsUnknown: level.amountsUnknown)
    let comparisons = SimilarInterventions.figures.map { figure in
      let distribution = peers.norms.figures[figure]
      let value: Double? = if case .ratio(let x) = figure.value(k) { x } else { nil }
      return SimilarInterventions.Comparison(
        figure: figure, value: value, mean: distribution?.mean, median: distribution?.median, defined: distribution?.count ?? 0)
    }
    var similar = SimilarInterventions(
      classGroup: group, count: peers.norms.count, comparisons: comparisons, models: ["\(level.modelID) (\(level.priceYear))"])
    similar.level = peers.level
    similar.peerKey = peers.key
    similar.minimum = peers.minimum
    similar.priceYear = level.priceYear
    if let reference = level.reference {
      similar.referenceName = "\(reference.document.name), \(reference.document.association)"
      for figure in SimilarInterventions.figures { similar.reference[figure] = figure.value(in: reference.run.figures) }
    }
    return similar
  }
}
