/// Society's key figures of one run, kept as plain columns beside the full result JSON so that
/// ranking and norms are SQL queries rather than thousands of JSON decodes.
///
/// Amounts are kronor. An undefined figure (e.g. payback without positive revenue) is `nil`.
public struct RunFigures: Sendable, Hashable {
  public var potentialBefore: Double
  public var revenue: Double
  public var cost: Double
  public var paybackMonths: Double?
  public var verkningsgrad: Double?
  public var costPerVerkningsgrad: Double?
  public var returnPerKrona: Double?
  public var participants: Int

  public init(
    potentialBefore: Double, revenue: Double, cost: Double, paybackMonths: Double?, verkningsgrad: Double?,
    costPerVerkningsgrad: Double?, returnPerKrona: Double?, participants: Int
  ) {
    self.potentialBefore = potentialBefore
    self.revenue = revenue
    self.cost = cost
    self.paybackMonths = paybackMonths
    self.verkningsgrad = verkningsgrad
    self.costPerVerkningsgrad = costPerVerkningsgrad
    self.returnPerKrona = returnPerKrona
    self.participants = participants
  }
}
