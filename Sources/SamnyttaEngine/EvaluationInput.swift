/// One intervention (insats) to evaluate: who took part, what they lived on before and after, and
/// what it cost. The adapters build it from an input file and have already checked its ranges.
public struct EvaluationInput: Sendable {
  public var name: String
  public var association: String
  public var period: String?
  public var classification: ClassificationInput
  public var cost: InterventionCost
  public var participants: [Participant]
  /// A group that did not take part, followed over the same periods: when present, revenue is the
  /// participants' change less the group's change per person (difference in differences, ``Baseline``).
  public var comparison: ComparisonGroup?

  public init(
    name: String, association: String, period: String? = nil,
    classification: ClassificationInput = ClassificationInput(), cost: InterventionCost,
    participants: [Participant], comparison: ComparisonGroup? = nil
  ) {
    self.name = name
    self.association = association
    self.period = period
    self.classification = classification
    self.cost = cost
    self.participants = participants
    self.comparison = comparison
  }

  /// The number of people the records stand for: the sum of their counts.
  public var participantCount: Int { participants.reduce(0) { $0 + $1.count } }
}

/// What the intervention cost, and who paid.
public struct InterventionCost: Sendable {
  public var total: Money
  /// Optional split by cost type (staff, premises…), for the report; must sum to `total`.
  public var byType: [String: Money]
  /// Optional shares of the cost per financing actor, summing to 1. Empty: the model's default.
  public var financing: [Actor: Double]

  public init(total: Money, byType: [String: Money] = [:], financing: [Actor: Double] = [:]) {
    self.total = total
    self.byType = byType
    self.financing = financing
  }
}

/// One record: a participant, or a typfall standing for `count` identical participants.
public struct Participant: Sendable {
  /// A pseudonymous id, unique within the evaluation.
  public var id: String
  public var count: Int
  public var attributes: [String: String]
  /// The 12 months before the intervention started (föreläge).
  public var before: Period
  /// The 12 months after the participant left (efterläge).
  public var after: Period
  /// The 12 months expected without the intervention (a stated scenario, kontrafaktiskt läge): when
  /// given, the baseline of this participant's revenue instead of `before` (``Baseline``). The
  /// potential is still measured on `before`.
  public var counterfactual: Period?

  public init(
    id: String, count: Int = 1, attributes: [String: String] = [:], before: Period, after: Period, counterfactual: Period? = nil
  ) {
    self.id = id
    self.count = count
    self.attributes = attributes
    self.before = before
    self.after = after
    self.counterfactual = counterfactual
  }
}

/// People who did not take part in the intervention, followed over the same before and after
/// periods, in the same record format as the participants (their own counterfactuals are not allowed).
public struct ComparisonGroup: Sendable {
  public var participants: [Participant]
  public init(participants: [Participant]) { self.participants = participants }

  /// The number of people the records stand for: the sum of their counts.
  public var participantCount: Int { participants.reduce(0) { $0 + $1.count } }
}

/// Twelve months of support states and care use.
public struct Period: Sendable {
  public var spells: [Spell]
  public var care: [CareUse]
  public init(spells: [Spell] = [], care: [CareUse] = []) {
    self.spells = spells
    self.care = care
  }
}

/// Some months in one support state, at some extent.
public struct Spell: Sendable {
  public var state: String
  /// 0 < months ≤ 12; fractions allowed.
  public var months: Double
  /// Share of full time, 0 < extent ≤ 1.
  public var extent: Double
  /// Gross salary or benefit per month at full extent; `nil` takes the model's default.
  public var monthlyAmount: Money?
  /// Share of the labour cost paid as wage subsidy; `nil` takes the model's default.
  public var subsidyShare: Double?

  public init(state: String, months: Double, extent: Double = 1, monthlyAmount: Money? = nil, subsidyShare: Double? = nil) {
    self.state = state
    self.months = months
    self.extent = extent
    self.monthlyAmount = monthlyAmount
    self.subsidyShare = subsidyShare
  }
}

/// A number of care or handling contacts of one type within a period.
public struct CareUse: Sendable {
  public var type: String
  public var count: Double
  public init(type: String, count: Double) {
    self.type = type
    self.count = count
  }
}
