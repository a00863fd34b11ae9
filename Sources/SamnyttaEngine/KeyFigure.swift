/// The key figures by name: the one vocabulary from which JSON keys, CSV headers, labels, ranking
/// choices, report cells and undefined reasons all come (Docs/method.md, "Key figures").
public enum KeyFigure: String, Sendable, Hashable, CaseIterable {
  case potentialBefore, potentialAfter, revenue, cost, profitabilityYear1, forecastRevenue5, profitability5
  case profitabilityWriteOff3, profitabilityExternalFactors, paybackMonths, verkningsgrad, costPerVerkningsgrad, returnPerKrona
  /// R / n and C / n: the comparison values of the norms (Payoff's "jämförande värden").
  case revenuePerParticipant, costPerParticipant

  /// The figures of one perspective, in the order every output lists them.
  public static let perspectiveFigures: [KeyFigure] = [
    .potentialBefore, .potentialAfter, .revenue, .cost, .profitabilityYear1, .forecastRevenue5, .profitability5, .profitabilityWriteOff3,
    .profitabilityExternalFactors, .paybackMonths, .verkningsgrad, .costPerVerkningsgrad, .returnPerKrona,
  ]

  /// The figures interventions are compared and ranked by: ratios and amounts per participant,
  /// which do not grow with the size of the intervention.
  public static let comparable: [KeyFigure] = [
    .verkningsgrad, .paybackMonths, .costPerVerkningsgrad, .returnPerKrona, .revenuePerParticipant, .costPerParticipant,
  ]

  /// Whether the figure is an amount in kronor, and so depends on the price year. Ratios
  /// (verkningsgrad, payback months, return per krona) are the same in every price year.
  public var isAmount: Bool {
    switch self {
    case .verkningsgrad, .paybackMonths, .returnPerKrona: false
    default: true
    }
  }

  /// Whether a smaller value is better (payback and cost figures), for ordering and for words
  /// such as "better than the mean".
  public var smallerIsBetter: Bool {
    switch self {
    case .paybackMonths, .costPerVerkningsgrad, .costPerParticipant, .cost, .potentialAfter: true
    default: false
    }
  }

  /// Why this figure has no value for these aggregates, or `nil` when it has one. The only place
  /// the rules live (Docs/method.md, "Undefined figures"):
  ///
  /// - payback (``KeyFigures/paybackMonths(revenue:cost:options:)``): no cost, so nothing to pay back
  ///   (C = 0); never paid back (R ≤ 0); with drop-off or discounting, not paid back by the forecast's
  ///   5-year revenue;
  /// - return per krona R / C: C = 0;
  /// - verkningsgrad 100 × R / P: P ≤ 0;
  /// - cost per verkningsgrad (C / n) / verkningsgrad: P ≤ 0, verkningsgrad ≤ 0, or C = 0;
  /// - per participant: the number of participants is not known;
  /// - amounts are always defined.
  ///
  /// Amounts are in kronor; `verkningsgrad` is the figure's value when defined; `options` are the
  /// forecast's (only payback depends on them).
  public func undefinedReason(
    revenue: Double, cost: Double, potential: Double, verkningsgrad: Double?, participants: Int, options: ForecastOptions
  ) -> UndefinedReason? {
    switch self {
    case .paybackMonths:
      if cost == 0 { return .costIsZero }
      guard revenue > 0 else { return .revenueNotPositive }
      return KeyFigures.paybackMonths(revenue: revenue, cost: cost, options: options) == nil ? .notPaidBackWithinHorizon : nil
    case .returnPerKrona: return cost > 0 ? nil : .costIsZero
    case .verkningsgrad: return potential > 0 ? nil : .potentialNotPositive
    case .costPerVerkningsgrad:
      guard potential > 0 else { return .potentialNotPositive }
      guard let verkningsgrad, verkningsgrad > 0, participants > 0 else { return .verkningsgradNotPositive }
      return cost > 0 ? nil : .costIsZero
    case .revenuePerParticipant, .costPerParticipant: return participants > 0 ? nil : .participantsUnknown
    case .potentialBefore, .potentialAfter, .revenue, .cost, .profitabilityYear1, .forecastRevenue5, .profitability5, .profitabilityWriteOff3,
      .profitabilityExternalFactors:
      return nil
    }
  }
}
