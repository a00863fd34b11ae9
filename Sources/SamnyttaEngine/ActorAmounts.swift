/// One amount per actor, held in fixed storage so the hot path never allocates.
public struct ActorAmounts: Hashable, Sendable {
  public var municipality = Money.zero
  public var region = Money.zero
  public var employmentService = Money.zero
  public var socialInsuranceAgency = Money.zero
  public var otherState = Money.zero
  public var individual = Money.zero

  public init() {}

  @inlinable public subscript(actor: Actor) -> Money {
    get {
      switch actor {
      case .municipality: municipality
      case .region: region
      case .employmentService: employmentService
      case .socialInsuranceAgency: socialInsuranceAgency
      case .otherState: otherState
      case .individual: individual
      }
    }
    set {
      switch actor {
      case .municipality: municipality = newValue
      case .region: region = newValue
      case .employmentService: employmentService = newValue
      case .socialInsuranceAgency: socialInsuranceAgency = newValue
      case .otherState: otherState = newValue
      case .individual: individual = newValue
      }
    }
  }

  /// The exact sum over all six actors.
  @inlinable public var sum: Money {
    municipality + region + employmentService + socialInsuranceAgency + otherState + individual
  }

  @inlinable public static func + (a: ActorAmounts, b: ActorAmounts) -> ActorAmounts {
    var r = ActorAmounts()
    r.municipality = a.municipality + b.municipality
    r.region = a.region + b.region
    r.employmentService = a.employmentService + b.employmentService
    r.socialInsuranceAgency = a.socialInsuranceAgency + b.socialInsuranceAgency
    r.otherState = a.otherState + b.otherState
    r.individual = a.individual + b.individual
    return r
  }

  @inlinable public static func - (a: ActorAmounts, b: ActorAmounts) -> ActorAmounts {
    var r = ActorAmounts()
    r.municipality = a.municipality - b.municipality
    r.region = a.region - b.region
    r.employmentService = a.employmentService - b.employmentService
    r.socialInsuranceAgency = a.socialInsuranceAgency - b.socialInsuranceAgency
    r.otherState = a.otherState - b.otherState
    r.individual = a.individual - b.individual
    return r
  }

  @inlinable public static func * (a: ActorAmounts, n: Int) -> ActorAmounts {
    var r = ActorAmounts()
    r.municipality = a.municipality * n
    r.region = a.region * n
    r.employmentService = a.employmentService * n
    r.socialInsuranceAgency = a.socialInsuranceAgency * n
    r.otherState = a.otherState * n
    r.individual = a.individual * n
    return r
  }
}
