import SamnyttaEngine

extension KeyFigure {
  /// The figure's value in a stored run; `nil` when undefined (the engine's rule, applied again
  /// so that runs stored before a rule changed read the same as new ones) and for figures a run
  /// does not store (only the comparable figures and society's aggregates are stored).
  public func value(in figures: RunFigures) -> Double? {
    if undefinedReason(in: figures) != nil { return nil }
    return switch self {
    case .verkningsgrad: figures.verkningsgrad
    case .paybackMonths: figures.paybackMonths
    case .costPerVerkningsgrad: figures.costPerVerkningsgrad
    case .returnPerKrona: figures.returnPerKrona
    case .revenuePerParticipant: figures.revenue / Double(figures.participants)
    case .costPerParticipant: figures.cost / Double(figures.participants)
    case .potentialBefore: figures.potentialBefore
    case .revenue: figures.revenue
    case .cost: figures.cost
    case .potentialAfter, .profitabilityYear1, .forecastRevenue5, .profitability5, .profitabilityWriteOff3, .profitabilityExternalFactors: nil
    }
  }

  /// Why the figure is undefined in a stored run, by the engine's one rule. Runs are stored with the
  /// forecast's defaults (no drop-off, no discounting), so payback is 12 × C / R there.
  public func undefinedReason(in figures: RunFigures) -> UndefinedReason? {
    undefinedReason(
      revenue: figures.revenue, cost: figures.cost, potential: figures.potentialBefore, verkningsgrad: figures.verkningsgrad,
      participants: figures.participants, options: ForecastOptions())
  }
}
