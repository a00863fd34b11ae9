/// The key figures that norms and comparisons are computed for, read from a run's stored figures.
public enum NormFigure: String, Sendable, CaseIterable, Hashable {
  case verkningsgrad
  case paybackMonths
  case costPerVerkningsgrad
  case returnPerKrona
  case revenuePerParticipant
  case costPerParticipant

  /// The figure's value in a run; `nil` when undefined (no revenue, no potential, no participant count).
  public func value(in figures: RunFigures) -> Double? {
    switch self {
    case .verkningsgrad: figures.verkningsgrad
    case .paybackMonths: figures.paybackMonths
    case .costPerVerkningsgrad: figures.costPerVerkningsgrad
    case .returnPerKrona: figures.returnPerKrona
    case .revenuePerParticipant: figures.participants > 0 ? figures.revenue / Double(figures.participants) : nil
    case .costPerParticipant: figures.participants > 0 ? figures.cost / Double(figures.participants) : nil
    }
  }

  /// Whether a smaller value is better (payback and cost figures), for ordering and for words such as "better than".
  public var smallerIsBetter: Bool {
    switch self {
    case .paybackMonths, .costPerVerkningsgrad, .costPerParticipant: true
    case .verkningsgrad, .returnPerKrona, .revenuePerParticipant: false
    }
  }
}
