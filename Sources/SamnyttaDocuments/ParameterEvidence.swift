/// What a model value rests on: the kind of source that sets it. It decides how wide its range is
/// (Docs/models.md, "Evidence"): a rate set by law is exact, an estimate is wide.
public enum Basis: String, Sendable, Hashable, CaseIterable {
  /// Set by a law, an ordinance or an agency's binding decision (a tax rate, a benefit level).
  case law
  /// Published by an official statistics producer (SCB, MI, Socialstyrelsen).
  case officialStatistic
  /// A published price (a region's price list for care bought from another region).
  case priceList
  /// Arithmetic from sourced inputs (an indexed value, a law's formula applied to an assumed salary).
  case derived
  /// An assumption or an order of magnitude with no source stating the value.
  case estimate
}

/// How uncertain a value is: the interval `low`…`high` it plausibly lies in. The uncertainty
/// analysis draws from it; the model check requires `low ≤ value ≤ high`.
public struct ParameterRange: Sendable, Hashable {
  public var low: Double
  public var high: Double

  public init(low: Double, high: Double) {
    self.low = low
    self.high = high
  }

  public func contains(_ value: Double) -> Bool { low <= value && value <= high }
}

/// The evidence behind one model value besides its source and year: its basis, the day it was
/// last checked against that source, and its range. Required from model format version 2.
public struct ParameterEvidence: Sendable, Hashable {
  public var basis: Basis
  /// An ISO date, `YYYY-MM-DD`.
  public var verified: String
  public var range: ParameterRange

  public init(basis: Basis, verified: String, range: ParameterRange) {
    self.basis = basis
    self.verified = verified
    self.range = range
  }
}
