/// What caused a flow, by position in the model, so the hot path carries no strings.
/// ``ParameterSet/parameterPath(of:)`` turns it into the model parameter behind the flow.
public enum FlowOrigin: Hashable, Sendable {
  case salary(state: Int)
  case employerContributions(state: Int)
  case agreedFees(state: Int)
  case wageSubsidy(state: Int)
  case benefit(state: Int)
  case stateResource(state: Int, item: Int)
  case care(type: Int)
  case municipalTax
  case regionalTax
  case stateTax
  /// Public service-avgift (skatteverket rules): individual → övrig stat.
  case publicServiceFee
  /// Jobbskatteavdrag (skatteverket rules): borne by övrig stat, paid back to the individual.
  case jobTaxCredit
  /// Skattereduktion för förvärvsinkomst (skatteverket rules): borne by övrig stat.
  case earnedIncomeReduction
  case indirectTax
}

extension FlowOrigin {
  /// Whether the flow is a tax reduction paid back by the state (jobbskatteavdrag, skattereduktion
  /// för förvärvsinkomst): a lower tax, not a public payment to the individual, so it is left out of
  /// the `payoff` convention's public payments.
  @inlinable public var isTaxReduction: Bool {
    switch self {
    case .jobTaxCredit, .earnedIncomeReduction: return true
    default: return false
    }
  }
}

/// How a flow's amount was made: `amount = base × factor`, rounded to öre.
public struct FlowBasis: Hashable, Sendable {
  /// A price per month or contact, or the income a rate is applied to.
  public var base: Money
  /// Full-time months, contacts, or a rate.
  public var factor: Double
  /// Whether `base` came from the input rather than the model.
  public var fromInput: Bool
  @inlinable public init(base: Money, factor: Double, fromInput: Bool = false) {
    self.base = base
    self.factor = factor
    self.fromInput = fromInput
  }
}

/// Receives the flows of one period. The accounting sink adds them up without allocating; the
/// explaining sink records each one. Both see exactly the same calls, so `explain` always shows
/// the flows that made the figures.
public protocol FlowSink {
  /// Money moving between parties; `nil` stands for the employer or another private party.
  mutating func transfer(_ amount: Money, from: Actor?, to: Actor?, origin: FlowOrigin, basis: FlowBasis)
  /// A real resource (staff time, a care contact, a programme place) used up, borne by `bearer`.
  mutating func consume(_ amount: Money, by bearer: Actor, origin: FlowOrigin, basis: FlowBasis)
  /// Production value created by work: labour cost net of any wage subsidy.
  mutating func produce(_ amount: Money, origin: FlowOrigin)
}
