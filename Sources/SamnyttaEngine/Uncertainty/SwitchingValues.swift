/// Switching values (brytpunkter): how far an assumption may move before the investment stops
/// paying, for one perspective's key figures (Docs/method.md, "Switching values"). Closed forms,
/// since every figure is linear in revenue R and cost C; with forecast weight F = Σ of the five
/// years' weights and cumulative weight W(T) = the forecast's cumulative revenue at T months per
/// krona of R (``KeyFigures/cumulativeRevenue(_:months:options:)``):
///
/// - external-factors share at which year-1 profitability is zero: x = 1 − C / R;
/// - the same for the 5-year profitability, the share taken off every forecast year: x = 1 − C / (F R);
/// - how far R may fall before payback exceeds T months (12, 36): payback is T exactly when
///   R′ W(T) = C, so the fall is 1 − C / (R W(T));
/// - how far C may rise before the 5-year profitability is zero: F R / C − 1.
///
/// Each is a share; undefined, with a reason, where the question has no answer.
public struct SwitchingValues: Sendable, Hashable {
  public enum UndefinedReason: String, Sendable, Hashable {
    /// Revenue is zero or negative: nothing to attribute or let fall.
    case revenueNotPositive
    /// Already not profitable (or not paid back in time) at the current values.
    case alreadyNotProfitable
    /// No cost: the profitability never reaches zero by a rise of it, and there is nothing to pay back.
    case costIsZero
  }

  /// A share, or why there is none.
  public struct Value: Sendable, Hashable {
    public var share: Double?
    public var undefined: UndefinedReason?
    public init(share: Double?, undefined: UndefinedReason?) {
      self.share = share
      self.undefined = undefined
    }
    static func defined(_ share: Double) -> Value { Value(share: share, undefined: nil) }
    static func undefined(_ reason: UndefinedReason) -> Value { Value(share: nil, undefined: reason) }
  }

  /// The payback horizons asked about, in months.
  public static let paybackHorizons = [12, 36]

  public var externalFactorsYear1: Value
  public var externalFactors5: Value
  /// By horizon in months (``paybackHorizons``).
  public var revenueFallBeforePayback: [Int: Value]
  public var costRiseBefore5: Value

  public init(_ k: KeyFigures, options: ForecastOptions) {
    let r = k.revenue.kronorValue
    let c = k.cost.kronorValue
    var f = 0.0
    for year in 1...KeyFigures.forecastYears { f += KeyFigures.forecastWeight(year: year, options: options) }
    func share(_ x: Double) -> Value { x >= 0 ? .defined(x) : .undefined(.alreadyNotProfitable) }
    externalFactorsYear1 = r > 0 ? share(1 - c / r) : .undefined(.revenueNotPositive)
    externalFactors5 = r > 0 && f > 0 ? share(1 - c / (f * r)) : .undefined(.revenueNotPositive)
    var fall: [Int: Value] = [:]
    for months in Self.paybackHorizons {
      let w = KeyFigures.cumulativeRevenue(1, months: Double(months), options: options)
      if c <= 0 {
        fall[months] = .undefined(.costIsZero)
      } else if r <= 0 || w <= 0 {
        fall[months] = .undefined(.revenueNotPositive)
      } else {
        fall[months] = share(1 - c / (r * w))
      }
    }
    revenueFallBeforePayback = fall
    if c <= 0 {
      costRiseBefore5 = .undefined(.costIsZero)
    } else if r <= 0 {
      costRiseBefore5 = .undefined(.revenueNotPositive)
    } else {
      costRiseBefore5 = share(f * r / c - 1)
    }
  }
}
