extension EvaluationResult {
  /// What a result without its participants is made of: everything else follows from these by
  /// the key-figure formulas, so a stored run keeps only them (CompactResult) and is rebuilt to be shown.
  public struct Parts: Sendable {
    public var name: String
    public var association: String
    public var period: String?
    public var modelID: String
    public var priceYear: Int
    public var convention: SocietyConvention
    public var options: ForecastOptions
    public var classification: Classification
    public var participantCount: Int
    public var recordCount: Int
    public var cost: InterventionCost
    public var financing: [Actor: Double]
    public var totalBefore: PeriodAccount
    public var totalAfter: PeriodAccount
    public var reference: PeriodAccount

    public init(
      name: String, association: String, period: String?, modelID: String, priceYear: Int, convention: SocietyConvention, options: ForecastOptions,
      classification: Classification, participantCount: Int, recordCount: Int, cost: InterventionCost, financing: [Actor: Double],
      totalBefore: PeriodAccount, totalAfter: PeriodAccount, reference: PeriodAccount
    ) {
      self.name = name
      self.association = association
      self.period = period
      self.modelID = modelID
      self.priceYear = priceYear
      self.convention = convention
      self.options = options
      self.classification = classification
      self.participantCount = participantCount
      self.recordCount = recordCount
      self.cost = cost
      self.financing = financing
      self.totalBefore = totalBefore
      self.totalAfter = totalAfter
      self.reference = reference
    }
  }

  /// This result's parts (its participants left out).
  public var parts: Parts {
    Parts(
      name: name, association: association, period: period, modelID: modelID, priceYear: priceYear, convention: convention, options: options,
      classification: classification, participantCount: participantCount, recordCount: recordCount, cost: cost, financing: financing,
      totalBefore: totalBefore, totalAfter: totalAfter, reference: reference)
  }

  /// The result with these parts and no participants: its key figures computed from the accounts
  /// exactly as `evaluate` computes them, so they are the figures of the run that stored the parts.
  /// Parts are stored only for results measured against the before-period (``Baseline``); a run
  /// with another baseline is stored as JSON.
  public init(rebuilding p: Parts) {
    self.init(
      name: p.name, association: p.association, period: p.period, modelID: p.modelID, priceYear: p.priceYear, convention: p.convention,
      options: p.options, classification: p.classification, participantCount: p.participantCount, recordCount: p.recordCount, cost: p.cost,
      financing: p.financing,
      perspectives: PreparedModel.perspectives(
        p.convention, before: p.totalBefore, after: p.totalAfter, reference: p.reference, participants: p.participantCount, cost: p.cost.total,
        financing: p.financing, options: p.options),
      totalBefore: p.totalBefore, totalAfter: p.totalAfter, reference: p.reference, participants: [],
      baseline: Baseline(kind: .beforeAfter, total: p.totalBefore))
  }
}
