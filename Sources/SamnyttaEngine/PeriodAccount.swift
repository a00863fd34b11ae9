/// The net position of every party over one 12-month period, or a difference of two such positions.
///
/// Positions are additive: the account of a typfall with count *n* is *n* times one record's
/// account, and revenue is `after − before`. All fields are exact sums of rounded flows.
public struct PeriodAccount: Hashable, Sendable {
  /// Each actor's net position: money received minus money paid and resources used.
  public var actors = ActorAmounts()
  /// Value of work done: labour cost net of wage subsidies.
  public var production = Money.zero
  /// Real resources used: handling, programme places, care.
  public var resourceUse = Money.zero
  /// Payments from public actors to the individual (benefits).
  public var publicPayments = Money.zero

  public init() {}

  /// Society's position. `payoff`: production − resource use − public payments;
  /// `welfare`: production − resource use (equal to the sum of the six actors).
  @inlinable public func society(_ convention: SocietyConvention) -> Money {
    switch convention {
    case .payoff: production - resourceUse - publicPayments
    case .welfare: production - resourceUse
    }
  }

  /// The position seen from one perspective.
  @inlinable public func value(_ perspective: Perspective, _ convention: SocietyConvention) -> Money {
    guard let members = perspective.actors else { return society(convention) }
    return members.reduce(.zero) { $0 + actors[$1] }
  }

  @inlinable public static func + (a: PeriodAccount, b: PeriodAccount) -> PeriodAccount {
    var r = PeriodAccount()
    r.actors = a.actors + b.actors
    r.production = a.production + b.production
    r.resourceUse = a.resourceUse + b.resourceUse
    r.publicPayments = a.publicPayments + b.publicPayments
    return r
  }

  @inlinable public static func - (a: PeriodAccount, b: PeriodAccount) -> PeriodAccount {
    var r = PeriodAccount()
    r.actors = a.actors - b.actors
    r.production = a.production - b.production
    r.resourceUse = a.resourceUse - b.resourceUse
    r.publicPayments = a.publicPayments - b.publicPayments
    return r
  }

  /// Adds `a` taken `n` times (a record's account times the people it stands for). Most records
  /// stand for one person, so that case is added without the multiplication and its overflow checks.
  @inlinable public mutating func add(_ a: PeriodAccount, times n: Int) {
    self = self + (n == 1 ? a : a * n)
  }

  @inlinable public static func * (a: PeriodAccount, n: Int) -> PeriodAccount {
    var r = PeriodAccount()
    r.actors = a.actors * n
    r.production = a.production * n
    r.resourceUse = a.resourceUse * n
    r.publicPayments = a.publicPayments * n
    return r
  }
}

/// The sink that turns flows into a ``PeriodAccount``.
public struct AccountingSink: FlowSink {
  public var account = PeriodAccount()
  @inlinable public init() {}

  @inlinable @inline(__always) public mutating func transfer(_ amount: Money, from: Actor?, to: Actor?, origin: FlowOrigin, basis: FlowBasis) {
    if let from { account.actors[from] -= amount }
    if let to { account.actors[to] += amount }
    if from?.isPublic == true, to == .individual, !origin.isTaxReduction { account.publicPayments += amount }
  }

  @inlinable @inline(__always) public mutating func consume(_ amount: Money, by bearer: Actor, origin: FlowOrigin, basis: FlowBasis) {
    account.actors[bearer] -= amount
    account.resourceUse += amount
  }

  @inlinable @inline(__always) public mutating func produce(_ amount: Money, origin: FlowOrigin) {
    account.production += amount
  }
}
