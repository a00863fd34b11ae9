/// A ``ParameterSet`` made ready for fast evaluation: codes resolved to indices once, each state
/// flattened into plain values (no reference counting on the hot path), and the reference state
/// (full-time work at the average salary) appended after the model's own states.
public struct PreparedModel: Sendable {
  public let parameters: ParameterSet
  /// The model's states followed by the reference state, flattened.
  @usableFromInline let states: [CompiledState]
  /// Every state's resource uses, back to back; a state holds a range of them.
  @usableFromInline let resources: [CompiledResource]
  @usableFromInline let careCosts: [CompiledResource]
  @usableFromInline let stateIndex: [String: Int]
  @usableFromInline let careIndex: [String: Int]
  /// The benefit rules whose amount steps down over a spell (a-kassa), which a state points into
  /// by ``CompiledState/benefitStepRule``; kept apart so that ``CompiledState`` holds no reference.
  @usableFromInline let steppedBenefitRules: [BenefitRule]
  /// The state and care codes, for the kernel's lookups without `String` hashing.
  let stateCodes: CodeTable
  let careCodes: CodeTable
  /// The model's tax rules as plain values, and their schedules' brackets (``CompiledTax``).
  @usableFromInline let compiledTax: CompiledTax
  @usableFromInline let taxBrackets: [CompiledBracket]
  /// What the rules a ``ResolvedInput`` was checked against depend on.
  let structure: ModelStructure
  /// Index in ``states`` of full-time unsubsidised work at the average salary.
  public let referenceState: Int
  /// Who this preparation is: copies share it, every `init` makes a new one. A
  /// ``PeriodAccountMemo`` serves only the model it was made for.
  let identity = ModelIdentity()

  public init(_ parameters: ParameterSet) {
    self.init(parameters, codesOf: nil)
  }

  /// `parameters` prepared with `base`'s code tables when its state and care codes are `base`'s in
  /// the same order, as in every model drawn from `base`'s parameter space (``ParameterSpace``):
  /// no code is hashed again, and a ``ResolvedInput`` of `base`'s structure is recognised at once.
  /// Otherwise the same as ``init(_:)``. Either way the prepared model is the same.
  public init(_ parameters: ParameterSet, sharingCodesWith base: PreparedModel) {
    let same =
      parameters.states.count == base.parameters.states.count && parameters.careTypes.count == base.parameters.careTypes.count
      && zip(parameters.states, base.parameters.states).allSatisfy { $0.code == $1.code }
      && zip(parameters.careTypes, base.parameters.careTypes).allSatisfy { $0.code == $1.code }
    self.init(parameters, codesOf: same ? base : nil)
  }

  private init(_ parameters: ParameterSet, codesOf base: PreparedModel?) {
    self.parameters = parameters
    let reference = SupportState(
      code: "", occupiesTime: true, benefit: nil,
      work: .init(defaultMonthlySalary: parameters.labour.averageMonthlySalary, subsidy: nil), resourceUse: [])
    var resources: [CompiledResource] = []
    var stepped: [BenefitRule] = []
    states = (parameters.states + [reference]).map { state in
      let first = resources.count
      resources += state.resourceUse.map { CompiledResource(bearer: $0.bearer, unitCost: $0.unitCost, scalesWithExtent: $0.scalesWithExtent) }
      var stepRule: Int? = nil
      if let rule = state.benefit?.rule, !rule.steps.isEmpty {
        stepRule = stepped.count
        stepped.append(rule)
      }
      return CompiledState(state, resources: first..<resources.count, benefitStepRule: stepRule)
    }
    self.resources = resources
    steppedBenefitRules = stepped
    let stateCodeList = base?.structure.stateCodes ?? parameters.states.map(\.code)
    let careCodeList = base?.structure.careCodes ?? parameters.careTypes.map(\.code)
    stateCodes = base?.stateCodes ?? CodeTable(stateCodeList)
    careCodes = base?.careCodes ?? CodeTable(careCodeList)
    careCosts = parameters.careTypes.map { CompiledResource(bearer: $0.cost.bearer, unitCost: $0.cost.unitCost, scalesWithExtent: false) }
    referenceState = parameters.states.count
    if let base {
      stateIndex = base.stateIndex
      careIndex = base.careIndex
    } else {
      var stateIndex: [String: Int] = [:]
      for (i, state) in parameters.states.enumerated() { stateIndex[state.code] = i }
      self.stateIndex = stateIndex
      var careIndex: [String: Int] = [:]
      for (i, care) in parameters.careTypes.enumerated() { careIndex[care.code] = i }
      self.careIndex = careIndex
    }
    var brackets: [CompiledBracket] = []
    compiledTax = CompiledTax(parameters, brackets: &brackets)
    taxBrackets = brackets
    structure = ModelStructure(stateCodes: stateCodeList, careCodes: careCodeList, states: states, parameters: parameters)
  }

  /// The state an input names for a period without public support: the model's first state that
  /// takes time and has no flow at all (no salary, benefit, wage subsidy or resource use); in the
  /// shipped models `ingen_offentlig_forsorjning`. `nil` when the model has none. Quoted by the rule
  /// that refuses an empty period (``BrokenRule/periodWithoutSpells(noSupportState:)``).
  public var noPublicSupportState: String? {
    parameters.states.indices.first { i in
      let state = states[i]
      return state.occupiesTime && state.salary == nil && !state.isPublicSupport
    }.map { parameters.states[$0].code }
  }

  @inlinable public func state(_ code: String) -> Int? { stateIndex[code] }
  @inlinable public func careType(_ code: String) -> Int? { careIndex[code] }
}

/// One support state as plain values, for the hot path: no field holds a reference, so reading a
/// state costs no retain or release. Built from ``SupportState``; what a ``BenefitRule`` makes of the
/// model's amount is worked out here once (its default amount at the first step, its ceiling), and
/// only a rule that steps down over the spell is kept, by index, for the spell's length.
@usableFromInline struct CompiledState: Sendable {
  @usableFromInline var occupiesTime: Bool
  @usableFromInline var benefit: (payer: Actor, amount: Money, taxable: Bool)?
  @usableFromInline var salary: Money?
  @usableFromInline var subsidy: (payer: Actor, share: Double)?
  /// Whether the benefit follows a ``BenefitRule``; then ``benefitRuleDefault`` is its
  /// `defaultMonthlyAmount(flat:)` and ``benefitCeiling`` its `monthlyCeiling`.
  @usableFromInline var hasBenefitRule: Bool
  @usableFromInline var benefitRuleDefault: Money
  @usableFromInline var benefitCeiling: Money?
  /// Index in ``PreparedModel/steppedBenefitRules`` of the rule, when its amount steps down.
  @usableFromInline var benefitStepRule: Int?
  @usableFromInline var subsidyRule: SubsidyRule?
  @usableFromInline var resources: Range<Int>
  /// Whether the state involves any public flow: a benefit, a wage subsidy or resource use.
  @usableFromInline var isPublicSupport: Bool

  init(_ state: SupportState, resources: Range<Int>, benefitStepRule: Int?) {
    occupiesTime = state.occupiesTime
    benefit = state.benefit.map { ($0.payer, $0.defaultMonthlyAmount, $0.taxable) }
    salary = state.work?.defaultMonthlySalary
    subsidy = state.work?.subsidy.map { ($0.payer, $0.rule?.share ?? $0.defaultShare) }
    let rule = state.benefit?.rule
    hasBenefitRule = rule != nil
    benefitRuleDefault = state.benefit.flatMap { b in rule.map { $0.defaultMonthlyAmount(flat: b.defaultMonthlyAmount) } } ?? .zero
    benefitCeiling = rule?.monthlyCeiling
    self.benefitStepRule = benefitStepRule
    subsidyRule = state.work?.subsidy?.rule
    self.resources = resources
    isPublicSupport = benefit != nil || subsidy != nil || !resources.isEmpty
  }
}

/// A unit cost and the actor that bears it.
@usableFromInline struct CompiledResource: Sendable {
  @usableFromInline var bearer: Actor
  @usableFromInline var unitCost: Money
  @usableFromInline var scalesWithExtent: Bool
}

/// The identity of one ``PreparedModel`` (compared with `===`).
final class ModelIdentity: Sendable {}
