/// A published evaluation known only by its aggregates: potential, revenue, cost and participants.
/// Lets the seed's and other reports' key figures be recomputed and compared with full evaluations.
public struct SummaryInput: Sendable {
  public var name: String
  public var association: String
  /// n. When the source gives no count, 1, and every amount is per participant.
  public var participants: Int
  /// Whether the source gives the participant count.
  public var participantsKnown: Bool
  /// Society's potential before, in total.
  public var potential: Money?
  /// Society's revenue in total.
  public var revenue: Money
  public var cost: Money
  /// Revenue per perspective where the report gives it (society's is `revenue`).
  public var revenueByPerspective: [Perspective: Money]
  /// The key figures the source publishes, kept beside the recomputed ones.
  public var published: PublishedKeyFigures?
  /// Whether the amounts were derived from `published` rather than given.
  public var derivedFromPublished: Bool

  public init(
    name: String, association: String, participants: Int, potential: Money?, revenue: Money, cost: Money,
    revenueByPerspective: [Perspective: Money] = [:], published: PublishedKeyFigures? = nil, participantsKnown: Bool = true
  ) {
    self.name = name
    self.association = association
    self.participants = participants
    self.participantsKnown = participantsKnown
    self.revenue = revenue
    self.cost = cost
    self.revenueByPerspective = revenueByPerspective
    self.published = published
    self.derivedFromPublished = false
    // A published verkningsgrad fixes the potential the source does not give: P = 100 × R / v.
    // A potential beyond ``Money/limit`` is left undefined (``SummaryRules`` refuses such input).
    if potential == nil, let v = published?.verkningsgrad, v > 0, revenue > .zero {
      self.potential = SummaryRules.derivedPotential(revenue: revenue, verkningsgrad: v)
    } else {
      self.potential = potential
    }
  }

  /// A summary known only by the three figures of a published ranking table (seed 004, lines
  /// 522–529), turned back into the aggregates per participant that give exactly those figures:
  ///
  ///     C = k × v,   R = 12 × C / t,   P = 100 × R / v
  ///
  /// where v is verkningsgrad (percent), t payback months and k cost per verkningsgrad (kr).
  /// Each amount is rounded to öre once, so recomputed figures match to a few decimals. With a
  /// participant count the amounts are multiplied by n (exactly). `nil` unless all three are given
  /// and positive and every amount stays below ``Money/limit`` (``SummaryRules`` says which broke).
  public init?(name: String, association: String, participants: Int?, published: PublishedKeyFigures) {
    let n = participants ?? 1
    guard n >= 1, SummaryRules.violations(published).isEmpty,
      case .amounts(let cost, let revenue, let potential) = SummaryRules.derivation(participants: n, published: published)
    else {
      return nil
    }
    self.init(name: name, association: association, participants: n, potential: potential, revenue: revenue, cost: cost, published: published)
    participantsKnown = participants != nil
    derivedFromPublished = true
  }

  /// Society's key figures. Without a potential, verkningsgrad is undefined.
  public func keyFigures(options: ForecastOptions) -> KeyFigures {
    KeyFigures(
      potentialBefore: potential ?? .zero, potentialAfter: potential.map { $0 - revenue } ?? .zero, revenue: revenue,
      cost: cost, participants: participants, options: options)
  }
}

/// Key figures as a source publishes them, rounded as printed.
public struct PublishedKeyFigures: Sendable, Hashable {
  /// Percent.
  public var verkningsgrad: Double?
  public var paybackMonths: Double?
  /// Kronor per percentage point, per participant.
  public var costPerVerkningsgrad: Double?
  public var returnPerKrona: Double?

  public init(verkningsgrad: Double? = nil, paybackMonths: Double? = nil, costPerVerkningsgrad: Double? = nil, returnPerKrona: Double? = nil) {
    self.verkningsgrad = verkningsgrad
    self.paybackMonths = paybackMonths
    self.costPerVerkningsgrad = costPerVerkningsgrad
    self.returnPerKrona = returnPerKrona
  }
}
