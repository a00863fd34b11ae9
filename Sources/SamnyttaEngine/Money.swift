/// An amount of Swedish kronor, stored exactly as a whole number of öre (1/100 krona).
///
/// Sums of `Money` are exact and associative, so totals never depend on the order in which
/// participants, spells or actors are visited. The one place where rounding happens is
/// ``scaled(by:)``: multiplying by a non-integer factor (months, extent, a rate) rounds the
/// product to the nearest öre, halves away from zero. Each flow is rounded once, then summed exactly.
///
/// Limits: the storage holds ±9.2 × 10¹⁸ öre, but every amount a document gives or the engine
/// computes from one is kept below ``limit`` (10¹⁵ kr) by the input rules (``SummaryRules``,
/// ``AmountBounds``), so that a 5-year forecast minus a cost, or a sum over participants, stays
/// far inside 64 bits. The operators `+`, `-` and `*` are used only on amounts so bounded; where
/// an amount is not yet known to be bounded, the `…ReportingOverflow` operations and
/// ``init(roundingOre:)`` check instead of trapping.
public struct Money: Hashable, Comparable, Sendable {
  /// The amount in öre.
  public var ore: Int64

  @inlinable public init(ore: Int64) { self.ore = ore }

  /// The magnitude every input amount and every total stays below: 10¹⁵ kr (10¹⁷ öre). An input
  /// amount has at most 15 whole digits, so it is below this by construction; six times this is
  /// still below `Int64.max`, so a 5-year forecast (at most 5 × revenue) minus a cost cannot overflow.
  public static let limit = Money(ore: 100_000_000_000_000_000)

  /// Whether `|self| < limit`.
  @inlinable public var isWithinLimit: Bool { ore > -Self.limit.ore && ore < Self.limit.ore }

  /// A whole number of kronor.
  @inlinable public static func kronor(_ kronor: Int64) -> Money { Money(ore: kronor * 100) }

  public static let zero = Money(ore: 0)

  /// The amount in kronor as a floating-point number, for ratios computed after all sums are exact.
  @inlinable public var kronorValue: Double { Double(ore) / 100 }

  /// `ore` rounded to the nearest öre (halves away from zero), or `nil` when it is not finite or
  /// does not fit in 64 bits. The checked conversion from a double: it never traps.
  @inlinable public init?(roundingOre ore: Double) {
    // Without a call into libm where it is exact, as in ``scaled(by:)``: the same result as `rounded()`.
    if ore > -0x1p62 && ore < 0x1p62 {
      let t = Int64(ore)
      let rest = ore - Double(t)
      self.init(ore: rest >= 0.5 ? t + 1 : rest <= -0.5 ? t - 1 : t)
      return
    }
    let rounded = ore.rounded()
    // 2⁶³ is exactly representable; every double below it in magnitude converts without trapping.
    guard rounded.isFinite, rounded > -0x1p63, rounded < 0x1p63 else { return nil }
    self.init(ore: Int64(rounded))
  }

  /// `self × factor`, rounded to the nearest öre, or `nil` when the product is not finite or does
  /// not fit in 64 bits.
  @inlinable public func scaledIfRepresentable(by factor: Double) -> Money? {
    Money(roundingOre: Double(ore) * factor)
  }

  /// `self × factor`, rounded to the nearest öre (halves away from zero).
  ///
  /// Total: a product beyond 64 bits saturates at `Int64.min`/`Int64.max` and a NaN factor gives
  /// zero, instead of trapping. The input rules keep every product inside ``limit``, so neither
  /// happens for checked input; code that scales amounts not yet checked uses
  /// ``scaledIfRepresentable(by:)``.
  @inlinable @inline(__always) public func scaled(by factor: Double) -> Money {
    let exact = Double(ore) * factor
    // The usual case without a call into libm, with the same result as `rounded()`: below 2⁶² the
    // truncation t converts exactly and x − t is exact (|x − t| < 1), so a half rounds away from zero.
    if exact > -0x1p62 && exact < 0x1p62 {
      let t = Int64(exact)
      let rest = exact - Double(t)
      return Money(ore: rest >= 0.5 ? t + 1 : rest <= -0.5 ? t - 1 : t)
    }
    let product = exact.rounded()
    if let exact = Money(roundingOre: product) { return exact }
    if product.isNaN { return .zero }
    return Money(ore: product < 0 ? .min : .max)
  }

  /// `self + other`, and whether it overflowed 64 bits.
  @inlinable public func addingReportingOverflow(_ other: Money) -> (partialValue: Money, overflow: Bool) {
    let (value, overflow) = ore.addingReportingOverflow(other.ore)
    return (Money(ore: value), overflow)
  }

  /// `self − other`, and whether it overflowed 64 bits.
  @inlinable public func subtractingReportingOverflow(_ other: Money) -> (partialValue: Money, overflow: Bool) {
    let (value, overflow) = ore.subtractingReportingOverflow(other.ore)
    return (Money(ore: value), overflow)
  }

  /// `self × n`, and whether it overflowed 64 bits.
  @inlinable public func multipliedReportingOverflow(by n: Int) -> (partialValue: Money, overflow: Bool) {
    let (value, overflow) = ore.multipliedReportingOverflow(by: Int64(n))
    return (Money(ore: value), overflow)
  }

  @inlinable public static func < (a: Money, b: Money) -> Bool { a.ore < b.ore }
  @inlinable public static func + (a: Money, b: Money) -> Money { Money(ore: a.ore + b.ore) }
  @inlinable public static func - (a: Money, b: Money) -> Money { Money(ore: a.ore - b.ore) }
  @inlinable public static prefix func - (a: Money) -> Money { Money(ore: -a.ore) }
  @inlinable public static func += (a: inout Money, b: Money) { a.ore += b.ore }
  @inlinable public static func -= (a: inout Money, b: Money) { a.ore -= b.ore }
  /// Exact multiplication by a whole number, e.g. a typfall's `count`.
  @inlinable public static func * (a: Money, n: Int) -> Money { Money(ore: a.ore * Int64(n)) }
}
