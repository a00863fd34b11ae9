/// Options of the 5-year forecast and the sensitivity analyses, recorded in every output.
public struct ForecastOptions: Sendable, Hashable {
  /// Annual drop-off of the effect, as a share: year *t* keeps *(1 − d)^(t−1)* of the first year's revenue.
  public var dropOff: Double
  /// Annual discount rate: year *t* is divided by *(1 + r)^(t−1)*. Year 1, the measured year, is not discounted.
  public var discountRate: Double
  /// Share of revenue attributed to other causes in the external-factors sensitivity analysis.
  public var externalFactorsShare: Double

  public init(dropOff: Double = 0, discountRate: Double = 0, externalFactorsShare: Double = 0) {
    self.dropOff = dropOff
    self.discountRate = discountRate
    self.externalFactorsShare = externalFactorsShare
  }
}

/// Why a key figure has no value. Undefined figures are never infinite, NaN or negative.
public enum UndefinedReason: String, Sendable, Hashable {
  /// Payback needs a positive revenue: without one the cost is never paid back.
  case revenueNotPositive
  /// With a drop-off or discount rate, the forecast's cumulative revenue stays below the cost for
  /// all of its five years (``KeyFigures/paybackMonths(revenue:cost:options:)``).
  case notPaidBackWithinHorizon
  /// Return per krona divides by the cost.
  case costIsZero
  /// Verkningsgrad divides by the potential.
  case potentialNotPositive
  /// Cost per verkningsgrad divides by a positive verkningsgrad.
  case verkningsgradNotPositive
  /// A figure per participant needs the number of participants, which the source does not give.
  case participantsUnknown
}

/// The method's key figures for one perspective (Docs/method.md, "Key figures").
public struct KeyFigures: Sendable, Hashable {
  /// Years in the medium-term forecast (Payoff's "medellång sikt").
  public static let forecastYears = 5
  /// Years over which the write-off sensitivity analysis spreads the cost.
  public static let writeOffYears = 3

  public var potentialBefore: Money
  public var potentialAfter: Money
  /// R: revenue in the first 12 months after.
  public var revenue: Money
  /// C: the part of the intervention's cost this perspective bears.
  public var cost: Money
  /// R − C.
  public var profitabilityYear1: Money
  /// Σ over 5 years of R × (1 − d)^(t−1) / (1 + r)^(t−1).
  public var forecastRevenue5: Money
  /// Forecast revenue − C.
  public var profitability5: Money
  /// R − C / 3 (sensitivity analysis 2: the cost written off over three years).
  public var profitabilityWriteOff3: Money
  /// R × (1 − x) − C (sensitivity analysis 1: external factors).
  public var profitabilityExternalFactors: Money
  /// The month at which the forecast's cumulative revenue covers C (``paybackMonths(revenue:cost:options:)``);
  /// 12 × C / R without drop-off and discount.
  public var paybackMonths: Double?
  /// 100 × R / P before, when P > 0.
  public var verkningsgrad: Double?
  /// (C / n) / verkningsgrad, kr per percentage point, when verkningsgrad > 0.
  public var costPerVerkningsgrad: Double?
  /// R / C, when C > 0.
  public var returnPerKrona: Double?
  /// n, the number of people the figures are for (1 for figures per participant).
  public var participants: Int
  /// For each figure above that is `nil`, why (``KeyFigure/undefinedReason(revenue:cost:potential:verkningsgrad:participants:options:)``).
  public var undefined: [KeyFigure: UndefinedReason]

  /// Computes every key figure from the four aggregates. This is the only place these formulas live.
  ///
  /// - Parameters:
  ///   - potentialBefore: P, the annual cost of exclusion before (for ratios, this perspective's own).
  ///   - potentialAfter: the same for the period after; reported, not used in any ratio.
  ///   - revenue: R, after − before.
  ///   - cost: C.
  ///   - participants: n, the number of people (typfall counts included); must be positive.
  /// 100 × R / P, the share of the potential freed in year 1 (percent); `nil` unless P > 0.
  public static func verkningsgrad(revenue: Money, potential: Money) -> Double? {
    potential > .zero ? 100 * revenue.kronorValue / potential.kronorValue : nil
  }

  public init(
    potentialBefore: Money, potentialAfter: Money, revenue: Money, cost: Money, participants: Int,
    options: ForecastOptions
  ) {
    self.potentialBefore = potentialBefore
    self.potentialAfter = potentialAfter
    self.revenue = revenue
    self.cost = cost
    self.participants = participants
    profitabilityYear1 = revenue - cost

    var factor = 0.0
    for year in 1...Self.forecastYears { factor += Self.forecastWeight(year: year, options: options) }
    forecastRevenue5 = revenue.scaled(by: factor)
    profitability5 = forecastRevenue5 - cost
    profitabilityWriteOff3 = revenue - cost.scaled(by: 1 / Double(Self.writeOffYears))
    profitabilityExternalFactors = revenue.scaled(by: 1 - options.externalFactorsShare) - cost

    let r = revenue.kronorValue
    let c = cost.kronorValue
    let ratio = Self.verkningsgrad(revenue: revenue, potential: potentialBefore)
    var undefined: [KeyFigure: UndefinedReason] = [:]
    func defined(_ figure: KeyFigure) -> Bool {
      let reason = figure.undefinedReason(
        revenue: r, cost: c, potential: potentialBefore.kronorValue, verkningsgrad: ratio, participants: participants, options: options)
      // Only a reason is written: removing a key that is not there still hashes it.
      if let reason { undefined[figure] = reason }
      return reason == nil
    }
    paybackMonths = defined(.paybackMonths) ? Self.paybackMonths(revenue: r, cost: c, options: options) : nil
    returnPerKrona = defined(.returnPerKrona) ? r / c : nil
    verkningsgrad = defined(.verkningsgrad) ? ratio : nil
    costPerVerkningsgrad = defined(.costPerVerkningsgrad) ? c / Double(participants) / (ratio ?? 1) : nil
    self.undefined = undefined
  }

  /// The share of the first year's revenue counted in forecast year `year` (1-based):
  /// (1 − d)^(year−1) / (1 + r)^(year−1). Public so a report's payback curve uses the same weights
  /// as ``forecastRevenue5`` instead of restating the formula.
  public static func forecastWeight(year: Int, options: ForecastOptions) -> Double {
    let t = max(0, year - 1)
    return power(1 - options.dropOff, t) / power(1 + options.discountRate, t)
  }

  /// Whether every forecast year weighs 1 (no drop-off, no discounting): revenue then accrues at the
  /// same rate for as long as one cares to look, and payback is 12 × C / R wherever it falls.
  public static func isConstant(_ options: ForecastOptions) -> Bool { options.dropOff == 0 && options.discountRate == 0 }

  /// The forecast's cumulative revenue `months` after the intervention, from year-1 revenue `revenue`
  /// (kronor): each forecast year's revenue R × ``forecastWeight(year:options:)`` accrues evenly over
  /// its twelve months. Beyond the five forecast years it stays at the 5-year total, except when the
  /// forecast is constant (``isConstant(_:)``), where it keeps growing by R / 12 a month.
  public static func cumulativeRevenue(_ revenue: Double, months: Double, options: ForecastOptions) -> Double {
    guard months > 0 else { return 0 }
    if isConstant(options) { return revenue * months / 12 }
    var total = 0.0
    for year in 1...forecastYears {
      let start = Double(12 * (year - 1))
      guard months > start else { break }
      total += revenue * forecastWeight(year: year, options: options) * min(12, months - start) / 12
    }
    return total
  }

  /// Återbetalningstid: the first moment, in months (fraction kept), at which the forecast's cumulative
  /// revenue (``cumulativeRevenue(_:months:options:)``) covers the cost `cost`; the one payback rule of
  /// every output and of the report's payback curve (Docs/method.md, "Payback").
  ///
  /// - Without drop-off and discount it is exactly 12 × C / R, also beyond the five years: a constant
  ///   revenue keeps coming (Payoff's payback; METHOD.md's figures 1–5).
  /// - With either, revenue fades or is worth less each year; the forecast says nothing after year 5,
  ///   so a cost the 5-year revenue does not cover has no payback (`nil`,
  ///   ``UndefinedReason/notPaidBackWithinHorizon``).
  ///
  /// `nil` too when R ≤ 0; 0 when C ≤ 0 (the undefined rule names C = 0 first,
  /// ``KeyFigure/undefinedReason(revenue:cost:potential:verkningsgrad:participants:options:)``).
  public static func paybackMonths(revenue r: Double, cost c: Double, options: ForecastOptions) -> Double? {
    guard r > 0 else { return nil }
    if isConstant(options) { return 12 * c / r }
    guard c > 0 else { return 0 }
    var covered = 0.0
    for year in 1...forecastYears {
      let yearly = r * forecastWeight(year: year, options: options)
      if yearly > 0 && covered + yearly >= c { return Double(12 * (year - 1)) + 12 * (c - covered) / yearly }
      covered += yearly
    }
    return nil
  }

  /// `base` raised to a whole `exponent` ≥ 0, without Foundation.
  @usableFromInline static func power(_ base: Double, _ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<exponent { result *= base }
    return result
  }

  /// The same figures averaged over `n` participants: amounts divided by n, ratios unchanged.
  public func perParticipant(_ n: Int) -> KeyFigures {
    guard n > 1 else { return self }
    func avg(_ m: Money) -> Money { m.scaled(by: 1 / Double(n)) }
    var r = self
    r.participants = 1
    r.potentialBefore = avg(potentialBefore)
    r.potentialAfter = avg(potentialAfter)
    r.revenue = avg(revenue)
    r.cost = avg(cost)
    r.profitabilityYear1 = avg(profitabilityYear1)
    r.forecastRevenue5 = avg(forecastRevenue5)
    r.profitability5 = avg(profitability5)
    r.profitabilityWriteOff3 = avg(profitabilityWriteOff3)
    r.profitabilityExternalFactors = avg(profitabilityExternalFactors)
    return r
  }
}
