/// A published evaluation known only by its aggregates: potential, revenue, cost and participants.
/// Lets the seed's and other reports' key figures be recomputed and compared with full evaluations.
public struct SummaryInput: Sendable {
  public var name: String
  public var association: String
  public var participants: Int
  /// Society's potential before, in total.
  public var potential: Money?
  /// Society's revenue in total.
  public var revenue: Money
  public var cost: Money
  /// Revenue per perspective where the report gives it (society's is `revenue`).
  public var revenueByPerspective: [Perspective: Money]

  public init(
    name: String, association: String, participants: Int, potential: Money?, revenue: Money, cost: Money,
    revenueByPerspective: [Perspective: Money] = [:]
  ) {
    self.name = name
    self.association = association
    self.participants = participants
    self.potential = potential
    self.revenue = revenue
    self.cost = cost
    self.revenueByPerspective = revenueByPerspective
  }

  /// Society's key figures. Without a potential, verkningsgrad is undefined.
  public func keyFigures(options: ForecastOptions) -> KeyFigures {
    KeyFigures(
      potentialBefore: potential ?? .zero, potentialAfter: potential.map { $0 - revenue } ?? .zero, revenue: revenue,
      cost: cost, participants: participants, options: options)
  }
}
