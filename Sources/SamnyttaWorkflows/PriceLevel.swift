import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaStore

/// The stored evaluations at one price year, the year of one model: what every comparison reads
/// (rank, norms, the report's comparison, the portfolio).
///
/// - A full evaluation whose latest run is under another model is evaluated again under this one
///   (in memory; nothing is written), so its amounts are in the model's price year.
/// - A summary entry's amounts (potential, revenue, cost, cost per verkningsgrad) are moved from
///   the price year it states to the model's by the model's wage index (Payoff values potential and
///   revenue as production at wages, and an intervention's cost is mostly staff), I(to) / I(from).
/// - A summary whose price year is unknown, or outside the index, keeps its amounts as published:
///   they are shown, flagged, and left out of the means of amounts (`amountsUnknown`).
/// - Ratios (verkningsgrad, payback months, return per krona) are the same in every price year.
public struct PriceLevel: Sendable {
  public typealias Entry = (document: DocumentSummary, run: StoredRun)

  /// How one entry's amounts reached the price year.
  public enum Note: Sendable, Hashable {
    /// A full evaluation run under the comparison's model.
    case model
    /// A summary whose stated price year is the comparison's.
    case stated
    /// A summary moved from its stated year by the wage index.
    case uprated(from: Int, factor: Double)
    /// A summary whose source states no price year.
    case unknown
    /// A summary whose year the wage index does not cover.
    case outsideIndex(from: Int)

    /// Whether the entry's amounts may be compared at the price year.
    public var isAtPriceYear: Bool {
      switch self {
      case .model, .stated, .uprated: true
      case .unknown, .outsideIndex: false
      }
    }
  }

  public var priceYear: Int
  public var modelID: String
  /// The latest version of every evaluation (never the national reference), its figures at `priceYear`.
  public var entries: [Entry]
  /// The national reference, when stored (its price year is unknown: its amounts are flagged).
  public var reference: Entry?
  public var notes: [Int64: Note]
  public var minimumPeers: Int

  /// The ids whose amounts are not at the price year.
  public var amountsUnknown: Set<Int64> { Set(notes.filter { !$0.value.isAtPriceYear }.map(\.key)) }

  /// Reads the latest versions matching `filter` and brings them to `model`'s price year.
  public static func load(_ database: EvaluationDatabase, filter: DocumentFilter = .all, model: ModelDocument, minimumPeers: Int? = nil) throws
    -> PriceLevel
  {
    let target = model.parameters.priceYear
    let prepared = PreparedModel(model.parameters)
    let stored = try database.call { try database.latestEntries(filter: filter) }
    var entries: [Entry] = []
    var reference: Entry? = nil
    var notes: [Int64: Note] = [:]
    for (document, run) in stored {
      var run = run
      let note: Note
      switch document.kind {
      case .full:
        if run.modelID != model.parameters.id {
          let bytes = try database.call { try database.document(id: document.id).bytes }
          let evaluated = try StoredEvaluation.evaluate([UInt8](bytes), file: "\(database.path)#\(document.id)", model: prepared)
          run.figures = evaluated.figures
          run.modelID = model.parameters.id
          run.priceYear = target
        }
        note = .model
      case .summary:
        if let year = document.priceYear {
          if year == target {
            note = .stated
          } else if let factor = model.comparison.wages?.factor(from: year, to: target) {
            run.figures = run.figures.uprated(by: factor)
            note = .uprated(from: year, factor: factor)
          } else {
            note = .outsideIndex(from: year)
          }
        } else {
          note = .unknown
        }
      }
      notes[document.id] = note
      if document.isReference { reference = reference ?? (document, run) } else { entries.append((document, run)) }
    }
    return PriceLevel(
      priceYear: target, modelID: model.parameters.id, entries: entries, reference: reference, notes: notes,
      minimumPeers: minimumPeers ?? model.comparison.minimumPeers)
  }

  /// The peer group of `entry` (itself excluded) by ``PeerGroup/choose(for:among:minimum:amountsUnknown:)``.
  public func peers(of entry: Entry) -> PeerGroup {
    PeerGroup.choose(
      for: entry.document.classGroup ?? "-", among: entries.filter { $0.document.id != entry.document.id }, minimum: minimumPeers,
      amountsUnknown: amountsUnknown)
  }
}

extension RunFigures {
  /// The amounts moved by an index factor; ratios unchanged.
  public func uprated(by factor: Double) -> RunFigures {
    RunFigures(
      potentialBefore: potentialBefore * factor, revenue: revenue * factor, cost: cost * factor, paybackMonths: paybackMonths,
      verkningsgrad: verkningsgrad, costPerVerkningsgrad: costPerVerkningsgrad.map { $0 * factor }, returnPerKrona: returnPerKrona,
      participants: participants)
  }
}
