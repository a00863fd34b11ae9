/// An amount of Swedish kronor, stored exactly as a whole number of öre (1/100 krona).
///
/// Sums of `Money` are exact and associative, so totals never depend on the order in which
/// participants, spells or actors are visited. The one place where rounding happens is
/// ``scaled(by:)``: multiplying by a non-integer factor (months, extent, a rate) rounds the
/// product to the nearest öre, halves away from zero. Each flow is rounded once, then summed exactly.
///
/// Caveat: amounts are limited to ±9.2 × 10¹⁶ öre (about 92 000 billion kronor); arithmetic
/// traps on overflow rather than wrapping.
public struct Money: Hashable, Comparable, Sendable {
  /// The amount in öre.
  public var ore: Int64

  @inlinable public init(ore: Int64) { self.ore = ore }

  /// A whole number of kronor.
  @inlinable public static func kronor(_ kronor: Int64) -> Money { Money(ore: kronor * 100) }

  public static let zero = Money(ore: 0)

  /// The amount in kronor as a floating-point number, for ratios computed after all sums are exact.
  @inlinable public var kronorValue: Double { Double(ore) / 100 }

  /// `self × factor`, rounded to the nearest öre (halves away from zero).
  @inlinable public func scaled(by factor: Double) -> Money {
    Money(ore: Int64((Double(ore) * factor).rounded()))
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
