/// The bounds of a summary document's figures (Docs/input-format.md, "Summary"), in one place,
/// so that whatever `validate` accepts `evaluate` and `db add` compute without overflow.
///
/// Every amount a summary gives or derives stays below ``Money/limit`` (10¹⁵ kr), so the key
/// figures (5-year forecast, profitability, per-participant averages) cannot overflow. The published
/// figures are bounded generously above anything a report prints, and the amounts derived from them
/// (method.md, section 8a) are checked before they are made: a tiny verkningsgrad or payback, or a
/// huge cost per verkningsgrad, is refused naming the figure, not turned into an overflow.
public enum SummaryRules {
  /// Verkningsgrad is a share of the potential, in percent: more than 0, at most 100.
  public static let maximumVerkningsgrad = 100.0
  /// A payback of more than a century (1 200 months) is no payback a table prints.
  public static let maximumPaybackMonths = 1200.0
  /// Kronor back per krona spent; far above any published intervention.
  public static let maximumReturnPerKrona = 1_000_000.0

  /// Every broken rule of a summary, in document order; empty when the summary can be computed.
  ///
  /// - Parameters:
  ///   - participants: n; `nil` only in the published form (amounts per participant).
  ///   - revenue: `nil` in the published form, whose amounts are derived from `published`.
  public static func violations(
    participants: Int?, potential: Money?, revenue: Money?, cost: Money?, published: PublishedKeyFigures?
  ) -> [InputViolation] {
    var found: [InputViolation] = []
    func fail(_ location: InputLocation, _ rule: BrokenRule) { found.append(InputViolation(rule, at: location)) }
    if let n = participants {
      if n < 1 { fail(.participants, .summaryParticipantsOutOfRange(tooMany: false)) }
      if n > InputRules.maximumCount { fail(.participants, .summaryParticipantsOutOfRange(tooMany: true)) }
    }
    if let potential, potential < .zero { fail(.summary(.potential), .negativeAmount) }
    if let cost, cost < .zero { fail(.summary(.cost), .negativeAmount) }
    for (field, amount) in [(InputLocation.SummaryField.potential, potential), (.revenue, revenue), (.cost, cost)] {
      if let amount, !amount.isWithinLimit { fail(.summary(field), .amountBeyondLimit) }
    }
    if let published { found += violations(published) }
    guard found.isEmpty, let published else { return found }

    if let revenue {
      // Aggregates: only the potential may be derived, P = 100 × R / v.
      if potential == nil, let v = published.verkningsgrad, revenue > .zero, derivedPotential(revenue: revenue, verkningsgrad: v) == nil {
        fail(
          .summary(.publishedFigure(.verkningsgrad)),
          .derivedAmountBeyondLimit(.potentialFromRevenue(revenue: revenue), kronor: revenue.kronorValue * 100 / v, participants: 1))
      }
    } else if case .refused(let violation) = derivation(participants: participants ?? 1, published: published) {
      found.append(violation)
    }
    return found
  }

  /// The ranges of the published figures, each optional.
  static func violations(_ published: PublishedKeyFigures) -> [InputViolation] {
    var found: [InputViolation] = []
    func check(_ figure: KeyFigure, _ value: Double?, atMost maximum: Double, _ unit: String = "") {
      guard let value else { return }
      if !(value > 0 && value <= maximum) {
        found.append(InputViolation(.publishedOutOfRange(value, maximum: maximum, unit: unit), at: .summary(.publishedFigure(figure))))
      }
    }
    check(.verkningsgrad, published.verkningsgrad, atMost: maximumVerkningsgrad, " (percent)")
    check(.paybackMonths, published.paybackMonths, atMost: maximumPaybackMonths)
    if let k = published.costPerVerkningsgrad, !(k > 0 && k < Money.limit.kronorValue) {
      found.append(InputViolation(.publishedBeyondLimit(k), at: .summary(.publishedFigure(.costPerVerkningsgrad))))
    }
    check(.returnPerKrona, published.returnPerKrona, atMost: maximumReturnPerKrona)
    return found
  }

  /// P = 100 × R / v, rounded to öre, when below the limit.
  static func derivedPotential(revenue: Money, verkningsgrad v: Double) -> Money? {
    guard let p = revenue.scaledIfRepresentable(by: 100 / v), p.isWithinLimit else { return nil }
    return p
  }

  /// The published form's amounts (method.md, section 8a): per participant C = k × v,
  /// R = 12 × C / t, P = 100 × R / v, each rounded to öre once, then multiplied by n exactly. Each
  /// step is checked against ``Money/limit``; the first that exceeds it names the figure that made it
  /// (for the potential, 1200 × k / t, the payback).
  /// Expects `published` to hold all three figures, positive (the caller's structural check).
  static func derivation(participants n: Int, published: PublishedKeyFigures) -> Derivation {
    guard let v = published.verkningsgrad, let t = published.paybackMonths, let k = published.costPerVerkningsgrad, v > 0, t > 0, k > 0
    else {
      return .refused(InputViolation(.publishedIncomplete, at: .summary(.published)))
    }
    func total(_ perParticipant: Money?) -> Money? {
      guard let perParticipant else { return nil }
      let (value, overflow) = perParticipant.multipliedReportingOverflow(by: n)
      return !overflow && value.isWithinLimit ? value : nil
    }
    guard let cost = Money(ore: 100).scaledIfRepresentable(by: k * v), let costTotal = total(cost) else {
      return .refused(
        InputViolation(
          .derivedAmountBeyondLimit(.cost, kronor: k * v * Double(n), participants: n), at: .summary(.publishedFigure(.costPerVerkningsgrad))))
    }
    // Zero times an infinite factor (a payback or verkningsgrad near the smallest double) is zero.
    guard let revenue = cost == .zero ? .zero : cost.scaledIfRepresentable(by: 12 / t), let revenueTotal = total(revenue) else {
      return .refused(
        InputViolation(
          .derivedAmountBeyondLimit(.revenue, kronor: cost.kronorValue * 12 / t * Double(n), participants: n),
          at: .summary(.publishedFigure(.paybackMonths))))
    }
    // P = 100 × R / v = 1200 × k / t: a potential too large comes from the payback (k is bounded).
    guard let potential = revenue == .zero ? .zero : revenue.scaledIfRepresentable(by: 100 / v), let potentialTotal = total(potential) else {
      return .refused(
        InputViolation(
          .derivedAmountBeyondLimit(.potentialFromPayback, kronor: revenue.kronorValue * 100 / v * Double(n), participants: n),
          at: .summary(.publishedFigure(.paybackMonths))))
    }
    return .amounts(cost: costTotal, revenue: revenueTotal, potential: potentialTotal)
  }

  /// The published form's amounts, or the rule they broke.
  enum Derivation {
    case amounts(cost: Money, revenue: Money, potential: Money)
    case refused(InputViolation)
  }

  /// ``Money/limit`` for a message, in whole kronor.
  static let limitText = "\(Money.limit.ore / 100) kr"

  /// A derived amount for a message, in whole kronor whatever its size (`1.2e+20 kr` beyond 64 bits).
  static func approximately(_ kronor: Double) -> String {
    guard kronor.isFinite, abs(kronor) < 0x1p62 else { return "\(kronor) kr" }
    return "\(Int64(kronor.rounded())) kr"
  }
}
