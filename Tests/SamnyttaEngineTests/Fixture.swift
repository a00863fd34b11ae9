import SamnyttaEngine
import SamnyttaTestSupport

/// A small parameter set for engine tests. Its numbers are round test values, not a model:
/// the real, sourced models live in Models/ and are tested in the adapters' tests.
enum Fixture {
  /// Twelve months without public support, said with its state (an empty period is refused).
  static let noSupport = Period(spells: [Spell(state: "ingen", months: 12)])

  static func parameters(convention: SocietyConvention = .payoff) -> ParameterSet {
    func state(_ code: String, occupies: Bool = true, benefit: SupportState.Benefit? = nil, work: SupportState.Work? = nil, uses: [ResourceUse] = [])
      -> SupportState
    {
      SupportState(code: code, occupiesTime: occupies, benefit: benefit, work: work, resourceUse: uses)
    }
    return ParameterSet(
      id: "fixture", priceYear: 2020, convention: convention,
      labour: LabourParameters(
        averageMonthlySalary: .kronor(30_000), employerContributionRate: 0.3, agreedFeesRate: 0.05, agreedFeesInProductionValue: false),
      taxes: TaxParameters(municipalRate: 0.2, regionalRate: 0.1, stateRate: 0.2, stateThresholdAnnual: .kronor(400_000), indirectRate: 0.15),
      states: [
        state(
          "fs", occupies: false, benefit: .init(payer: .municipality, defaultMonthlyAmount: .kronor(8_000), taxable: false),
          uses: [ResourceUse(kind: "handling", bearer: .municipality, unitCost: .kronor(2_000))]),
        state(
          "sjuk", benefit: .init(payer: .socialInsuranceAgency, defaultMonthlyAmount: .kronor(15_000), taxable: true),
          uses: [ResourceUse(kind: "handling", bearer: .socialInsuranceAgency, unitCost: .kronor(700))]),
        state(
          "akassa", benefit: .init(payer: .otherState, defaultMonthlyAmount: .kronor(14_000), taxable: true),
          uses: [ResourceUse(kind: "handling", bearer: .employmentService, unitCost: .kronor(500))]),
        state("program", uses: [ResourceUse(kind: "programme", bearer: .employmentService, unitCost: .kronor(3_000))]),
        state("arbete", work: .init(defaultMonthlySalary: .kronor(23_000), subsidy: nil)),
        state(
          "lonebidrag", work: .init(defaultMonthlySalary: .kronor(20_000), subsidy: .init(payer: .employmentService, defaultShare: 0.6)),
          uses: [ResourceUse(kind: "handling", bearer: .employmentService, unitCost: .kronor(300))]),
        state("ingen"),
      ],
      careTypes: [
        CareType(code: "lakare", cost: ResourceUse(kind: "care", bearer: .region, unitCost: .kronor(2_000))),
        CareType(code: "psyk", cost: ResourceUse(kind: "care", bearer: .region, unitCost: .kronor(3_000))),
      ],
      defaultFinancing: [.municipality: 0.25, .region: 0.25, .socialInsuranceAgency: 0.5],
      classification: ClassificationThresholds(
        extensiveExclusionMonths: 9, mediumResourcesPerParticipant: .kronor(40_000), largeResourcesPerParticipant: .kronor(120_000)),
      externalFactorsShare: 0.2, maximumMonthlyAmount: .kronor(200_000))
  }

  static func model(convention: SocietyConvention = .payoff) -> PreparedModel { PreparedModel(parameters(convention: convention)) }

  /// A random valid period: one to three time-occupying spells within 12 full-time months (12 months
  /// of `ingen` when none was drawn), maybe a top-up benefit, maybe care.
  static func randomPeriod(_ rng: inout SplitMix64) -> Period {
    let occupying = ["sjuk", "akassa", "program", "arbete", "lonebidrag", "ingen"]
    var spells: [Spell] = []
    var monthsLeft = 12.0
    for _ in 0..<Int.random(in: 0...3, using: &rng) where monthsLeft > 0.5 {
      let months = (Double.random(in: 0.5...monthsLeft, using: &rng) * 2).rounded(.down) / 2
      guard months > 0 else { continue }
      monthsLeft -= months
      let state = occupying.randomElement(using: &rng)!
      let extent = [0.25, 0.5, 0.75, 1.0].randomElement(using: &rng)!
      let amount: Money? = Bool.random(using: &rng) ? .kronor(Int64.random(in: 5_000...40_000, using: &rng)) : nil
      let share: Double? = state == "lonebidrag" && Bool.random(using: &rng) ? Double.random(in: 0...1, using: &rng) : nil
      spells.append(
        Spell(state: state, months: months, extent: extent, monthlyAmount: state == "ingen" || state == "program" ? nil : amount, subsidyShare: share)
      )
    }
    // A period without a spell is refused; no public support is said with its state.
    if spells.isEmpty { spells.append(Spell(state: "ingen", months: 12)) }
    if Bool.random(using: &rng) {
      spells.append(
        Spell(
          state: "fs", months: Double(Int.random(in: 1...12, using: &rng)), extent: 1,
          monthlyAmount: .kronor(Int64.random(in: 3_000...12_000, using: &rng))))
    }
    var care: [CareUse] = []
    if Bool.random(using: &rng) { care.append(CareUse(type: "lakare", count: Double(Int.random(in: 0...8, using: &rng)))) }
    if Bool.random(using: &rng) { care.append(CareUse(type: "psyk", count: Double(Int.random(in: 0...20, using: &rng)))) }
    return Period(spells: spells, care: care)
  }

  static func randomInput(seed: UInt64, participants: Int = 25) -> EvaluationInput {
    var rng = SplitMix64(state: seed)
    let records = (0..<participants).map { i in
      Participant(id: "p\(i)", count: Int.random(in: 1...3, using: &rng), before: randomPeriod(&rng), after: randomPeriod(&rng))
    }
    return EvaluationInput(
      name: "Random \(seed)", association: "Test", cost: InterventionCost(total: .kronor(Int64(participants) * 50_000)), participants: records)
  }
}
