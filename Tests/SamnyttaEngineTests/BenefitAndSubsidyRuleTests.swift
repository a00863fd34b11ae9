import SamnyttaEngine
import Testing

/// Benefit rules (level, step-down, ceiling), wage-subsidy caps and resource scaling, with the
/// law's figures as `Models/se-2025.json` states them.
@Suite("Benefit and subsidy rules")
struct BenefitAndSubsidyRuleTests {
  /// The flows of one period of `spell` in the fixture model with `edit` applied.
  func account(
    _ edit: (inout ParameterSet) -> Void, state code: String, months: Double = 12, extent: Double = 1,
    amount: Money? = nil, share: Double? = nil
  ) -> (PeriodAccount, [FlowRecord]) {
    var parameters = Fixture.parameters()
    edit(&parameters)
    let model = PreparedModel(parameters)
    let spell = ResolvedSpell(state: model.state(code)!, months: months, extent: extent, monthlyAmount: amount, subsidyShare: share)
    var sink = AccountingSink()
    model.emitFlows(spells: [spell], care: EmptyCollection(), into: &sink)
    var recorder = RecordingSink()
    model.emitFlows(spells: [spell], care: EmptyCollection(), into: &recorder)
    return (sink.account, recorder.records)
  }

  func index(_ parameters: ParameterSet, _ code: String) -> Int { parameters.states.firstIndex { $0.code == code }! }

  @Test("a-kassa from 1 Oct 2025: 80 % days 1-100, 70 % 101-200, 65 % 201-300, by the spell's payable days")
  func akassaSteps() {
    let rule = BenefitRule(
      defaultAmount: nil, steps: [.init(fromDay: 1, rate: 0.8), .init(fromDay: 101, rate: 0.7), .init(fromDay: 201, rate: 0.65)],
      payableDaysPerMonth: 22, monthlyCeiling: .kronor(27_200))
    // 4 months = 88 days, all at 80 %.
    #expect(rule.stepFactor(months: 4) == 1)
    // 12 months = 264 days: (100 × 0,8 + 100 × 0,7 + 64 × 0,65) / 264 / 0,8.
    #expect(abs(rule.stepFactor(months: 12) - (80 + 70 + 41.6) / 264 / 0.8) < 1e-12)
    // 20 months = 440 days: beyond day 300 the last rate continues.
    #expect(abs(rule.stepFactor(months: 20) - (80 + 70 + 240 * 0.65) / 440 / 0.8) < 1e-12)
    let (account, _) = account({ p in p.states[index(p, "akassa")].benefit?.rule = rule }, state: "akassa")
    // The fixture's flat a-kassa is 14 000 kr/month at day 1.
    #expect(account.actors[.otherState] < .zero)
    #expect(account.publicPayments == Money.kronor(14_000).scaled(by: rule.stepFactor(months: 12)).scaled(by: 12))
  }

  @Test("the ceiling caps an amount from the input too: sjukpenning at most 10 PBB × 0,97 × 0,80 / 12")
  func sjukpenningCeiling() {
    let ceiling = Money.kronor(58_800 * 10).scaled(by: 0.97 * 0.80 / 12)
    #expect(ceiling == .kronor(38_024))
    let rule = BenefitRule(defaultAmount: nil, steps: [], payableDaysPerMonth: 0, monthlyCeiling: ceiling)
    let (high, _) = account({ p in p.states[index(p, "sjuk")].benefit?.rule = rule }, state: "sjuk", amount: .kronor(50_000))
    #expect(high.publicPayments == ceiling.scaled(by: 12))
    let (low, _) = account({ p in p.states[index(p, "sjuk")].benefit?.rule = rule }, state: "sjuk", amount: .kronor(20_000))
    #expect(low.publicPayments == .kronor(240_000))
  }

  @Test("levels: aktivitetsstöd 365 kr/day × 22; guarantee level in PBB by the assumed age")
  func levels() {
    let daily = BenefitRule(defaultAmount: .daily(amount: .kronor(365), daysPerMonth: 22), steps: [], payableDaysPerMonth: 22, monthlyCeiling: nil)
    #expect(daily.defaultMonthlyAmount(flat: .kronor(4_906)) == .kronor(8_030))
    let tiers: [BenefitRule.AgeTier] = [.init(fromAge: 19, multiple: 2.48), .init(fromAge: 25, multiple: 2.63), .init(fromAge: 30, multiple: 2.78)]
    func level(_ age: Double) -> Money {
      BenefitRule(
        defaultAmount: .priceBaseMultiple(tiers: tiers, assumedAge: age, priceBaseAmount: .kronor(58_800)), steps: [],
        payableDaysPerMonth: 0, monthlyCeiling: nil
      ).defaultMonthlyAmount(flat: .zero)
    }
    #expect(level(30) == .kronor(13_622))  // FK: 2,78 PBB from 30
    #expect(level(25) == .kronor(12_887))
    #expect(level(20) == .kronor(12_152))  // 2,48 × 58 800 / 12
  }

  @Test("wage subsidy = min(share × capped basis, cap): a 40 000 kr salary costs AF what a 20 000 kr one does")
  func subsidyCap() {
    let rule = SubsidyRule(share: 0.8, basis: .labourCost, salaryCap: .kronor(20_000), monthlyCap: nil)
    func subsidy(_ salary: Int64) -> Money {
      let (account, _) = account({ p in p.states[index(p, "lonebidrag")].work?.subsidy?.rule = rule }, state: "lonebidrag", amount: .kronor(salary))
      return -account.actors[.employmentService] - Money.kronor(300 * 12)  // less AF's handling
    }
    // Fixture employer contributions are 30 %: 0,8 × 20 000 × 1,3 × 12.
    #expect(subsidy(20_000) == .kronor(249_600))
    #expect(subsidy(40_000) == subsidy(20_000))
    #expect(subsidy(10_000) == .kronor(124_800))
    // Nystartsjobb-like: one employer contribution on the salary up to the cap, and a monthly cap.
    let salaryRule = SubsidyRule(share: 0.3142, basis: .salary, salaryCap: .kronor(20_000), monthlyCap: .kronor(5_000))
    let (capped, _) = account(
      { p in p.states[index(p, "lonebidrag")].work?.subsidy?.rule = salaryRule }, state: "lonebidrag", amount: .kronor(30_000))
    #expect(-capped.actors[.employmentService] == Money.kronor(5_000 * 12 + 300 * 12))
    // A share from the input is the actual share of the labour cost.
    let (input, _) = account(
      { p in p.states[index(p, "lonebidrag")].work?.subsidy?.rule = rule }, state: "lonebidrag", amount: .kronor(40_000), share: 1)
    #expect(input.production == .zero)
  }

  @Test("resource use: kinds that scale with extent cost half at half time; handling does not")
  func scaling() {
    let (flat, _) = account({ _ in }, state: "program", extent: 0.5)
    #expect(flat.resourceUse == .kronor(36_000))
    let (scaled, _) = account({ p in p.states[index(p, "program")].resourceUse[0].scalesWithExtent = true }, state: "program", extent: 0.5)
    #expect(scaled.resourceUse == .kronor(18_000))
    let (handling, _) = account({ p in p.states[index(p, "lonebidrag")].resourceUse[0].scalesWithExtent = false }, state: "lonebidrag", extent: 0.5)
    #expect(handling.resourceUse == .kronor(3_600))
  }
}
