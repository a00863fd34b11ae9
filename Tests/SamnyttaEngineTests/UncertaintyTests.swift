import SamnyttaEngine
import Testing

@Suite struct UncertaintyTests {
  /// A space over the fixture model: the salary of work (triangular) and the sickness benefit
  /// (uniform), set through a small path map of the test's own.
  static let space = ParameterSpace(
    groups: [
      .init(name: "salary", members: [.init(path: "salary", distribution: .triangular(low: 20_000, mode: 23_000, high: 26_000))]),
      .init(name: "sjuk", members: [.init(path: "sjuk", distribution: .uniform(low: 13_000, high: 17_000))]),
    ],
    set: { p, path, value in
      let money = Money(roundingOre: value * 100) ?? .zero
      if path == "salary" { p.states[4].work?.defaultMonthlySalary = money } else { p.states[1].benefit?.defaultMonthlyAmount = money }
    })

  static func participant(_ id: String, count: Int = 1, work months: Double) -> Participant {
    Participant(
      id: id, count: count, before: Period(spells: [Spell(state: "sjuk", months: 12)]),
      after: Period(spells: [Spell(state: "arbete", months: months), Spell(state: "ingen", months: 12 - months)].filter { $0.months > 0 }))
  }

  static let input = EvaluationInput(
    name: "t", association: "a", cost: InterventionCost(total: .kronor(300_000)),
    participants: (0..<12).map { participant("p\($0)", count: 1 + $0 % 3, work: Double($0 % 5) * 3) })

  static func run(_ input: EvaluationInput, draws: Int = 300, seed: UInt64 = 1, level: Double = 90) throws -> UncertaintyResult {
    try UncertaintyAnalysis.run(
      input, model: Fixture.parameters(), options: ForecastOptions(externalFactorsShare: 0.2), space: space,
      settings: UncertaintySettings(draws: draws, seed: seed, level: level))
  }

  @Test func theGeneratorIsDeterministicAndInRange() {
    var a = RandomGenerator(seed: 42)
    var b = RandomGenerator(seed: 42)
    var c = RandomGenerator(seed: 42, stream: 1)
    let first = (0..<100).map { _ in a.next() }
    #expect(first == (0..<100).map { _ in b.next() })
    #expect(first != (0..<100).map { _ in c.next() })
    for _ in 0..<10_000 {
      let u = a.nextUnit()
      #expect(u >= 0 && u < 1)
      #expect(a.next(below: 7) < 7)
    }
  }

  @Test func distributionsStayInTheirRanges() {
    let distributions: [ParameterDistribution] = [
      .uniform(low: 2, high: 5), .triangular(low: 2, mode: 3, high: 5), .triangular(low: 2, mode: 2, high: 5), .triangular(low: 2, mode: 5, high: 5),
    ]
    var g = RandomGenerator(seed: 7)
    for d in distributions {
      for u in [0, 1e-12, 0.5, 1 - 1e-12, 1] + (0..<1000).map({ _ in g.nextUnit() }) {
        let x = d.value(atQuantile: u)
        #expect(x >= 2 && x <= 5, "\(d) at \(u): \(x)")
      }
    }
    // The triangular's quantile at (mode − low) / (high − low) is the mode.
    #expect(abs(ParameterDistribution.triangular(low: 2, mode: 3, high: 5).value(atQuantile: 1.0 / 3) - 3) < 1e-12)
    #expect(ParameterDistribution.uniform(low: 2, high: 4).value(atQuantile: 0.25) == 2.5)
    #expect(ParameterDistribution.fixed(9).value(atQuantile: 0.9) == 9)
  }

  @Test func percentilesInterpolateBetweenOrderStatistics() {
    #expect(Percentile.of(sorted: [1, 2, 3, 4, 5], 0.5) == 3)
    #expect(Percentile.of(sorted: [1, 2, 3, 4, 5], 0.05) == 1.2)
    #expect(Percentile.of(sorted: [10, 20], 0.25) == 12.5)
    #expect(Percentile.of(sorted: [1, 2, .infinity], 0.95) == .infinity)
    #expect(Percentile.of(sorted: [7], 0.95) == 7)
  }

  @Test func theBootstrapDrawsAsManyPeopleAsThereAre() {
    var g = RandomGenerator(seed: 3)
    let drawn = Bootstrap.resample(counts: [1, 5, 2, 0, 10], using: &g)
    #expect(drawn.reduce(0, +) == 18)
    #expect(drawn[3] == 0)
    #expect(Bootstrap.resample(counts: [1000], using: &g) == [1000])
  }

  @Test func intervalsCoverThePointEstimate() throws {
    let point = try Fixture.model().evaluate(Self.input, options: ForecastOptions(externalFactorsShare: 0.2))
    let result = try Self.run(Self.input)
    for source in UncertaintySource.allCases {
      for perspective in [Perspective.society, .publicSector] {
        for figure in [KeyFigure.revenue, .profitabilityYear1, .profitability5, .verkningsgrad] {
          let interval = try #require(result.summary(source).intervals[perspective]?[figure])
          let value = try #require(point.figures(perspective).number(figure))
          let low = try #require(interval.low)
          let high = try #require(interval.high)
          #expect(low <= value && value <= high, "\(source) \(perspective) \(figure): \(low) \(value) \(high)")
          #expect(low < high, "\(source) \(perspective) \(figure) has no spread")
        }
      }
    }
  }

  @Test func oneTypfallHasNoSamplingSpread() throws {
    let input = EvaluationInput(
      name: "t", association: "a", cost: InterventionCost(total: .kronor(3_000_000)),
      participants: [Self.participant("typfall", count: 1000, work: 6)])
    let result = try Self.run(input, draws: 50)
    let point = try Fixture.model().evaluate(input, options: ForecastOptions(externalFactorsShare: 0.2))
    for figure in KeyFigure.perspectiveFigures {
      let interval = try #require(result.summary(.sampling).intervals[.society]?[figure])
      #expect(interval.low == interval.high, "\(figure)")
      #expect(interval.low == point.figures(.society).number(figure), "\(figure)")
    }
    let parameters = try #require(result.summary(.parameters).intervals[.society]?[.revenue])
    #expect(try #require(parameters.low) < (try #require(parameters.high)))
  }

  @Test func theSameSeedGivesTheSameResultWhateverTheRecordOrder() throws {
    let a = try Self.run(Self.input, draws: 100, seed: 9)
    var shuffled = Self.input
    shuffled.participants.reverse()
    shuffled.participants.swapAt(0, 5)
    #expect(try Self.run(shuffled, draws: 100, seed: 9) == a)
    #expect(try Self.run(Self.input, draws: 100, seed: 10) != a)
  }

  /// With a comparison group, both samples are resampled (each within itself) and the group's
  /// record order changes nothing either; its spread shows in the sampling interval.
  @Test func aComparisonGroupIsResampledToo() throws {
    var withGroup = Self.input
    withGroup.comparison = ComparisonGroup(participants: (0..<6).map { Self.participant("c\($0)", count: 2, work: Double($0 % 4) * 2) })
    let a = try Self.run(withGroup, draws: 100, seed: 3)
    var shuffled = withGroup
    shuffled.comparison?.participants.reverse()
    #expect(try Self.run(shuffled, draws: 100, seed: 3) == a)
    // Participants who cannot vary (one typfall) beside a group that can: the sampling interval
    // of society's revenue is wide only because the group is resampled.
    var typfall = EvaluationInput(
      name: "t", association: "a", cost: InterventionCost(total: .kronor(300_000)), participants: [Self.participant("typfall", count: 12, work: 6)])
    typfall.comparison = withGroup.comparison
    let revenue = try #require(try Self.run(typfall, draws: 100, seed: 3).summary(.sampling).intervals[.society]?[.revenue])
    #expect(try #require(revenue.low) < (try #require(revenue.high)))
  }

  @Test func theTornadoRanksGroupsBySpread() throws {
    let result = try Self.run(Self.input, draws: 10)
    #expect(result.tornado.map(\.name).sorted() == ["salary", "sjuk"])
    #expect(result.tornado[0].spread >= result.tornado[1].spread)
    let base = result.baseProfitability5
    for bar in result.tornado { #expect(min(bar.atLow, bar.atHigh) <= base && base <= max(bar.atLow, bar.atHigh)) }
  }

  @Test func levelNamesTheQuantiles() {
    let q = UncertaintySettings(level: 95).quantiles
    #expect(abs(q.low - 0.025) < 1e-12 && abs(q.high - 0.975) < 1e-12 && q.median == 0.5)
  }
}

@Suite struct SwitchingValueTests {
  static func figures(revenue: Int64, cost: Int64, options: ForecastOptions = ForecastOptions()) -> KeyFigures {
    KeyFigures(
      potentialBefore: .kronor(1_000_000), potentialAfter: .kronor(900_000), revenue: .kronor(revenue), cost: .kronor(cost), participants: 10,
      options: options)
  }

  /// R = 100 000, C = 40 000, constant forecast (F = 5, W(12) = 1, W(36) = 3), by hand:
  /// x₁ = 1 − 40/100 = 0.6; x₅ = 1 − 40/500 = 0.92; fall₁₂ = 0.6; fall₃₆ = 1 − 40/300 = 0.8667; rise = 500/40 − 1 = 11.5.
  @Test func aHandComputedCase() {
    let s = SwitchingValues(Self.figures(revenue: 100_000, cost: 40_000), options: ForecastOptions())
    #expect(abs(s.externalFactorsYear1.share! - 0.6) < 1e-12)
    #expect(abs(s.externalFactors5.share! - 0.92) < 1e-12)
    #expect(abs(s.revenueFallBeforePayback[12]!.share! - 0.6) < 1e-12)
    #expect(abs(s.revenueFallBeforePayback[36]!.share! - (1 - 40.0 / 300)) < 1e-12)
    #expect(abs(s.costRiseBefore5.share! - 11.5) < 1e-12)
  }

  /// With a 20 % drop-off: F = 1 + 0.8 + 0.64 + 0.512 + 0.4096 = 3.3616, W(36) = 2.44.
  @Test func aHandComputedCaseWithDropOff() {
    let options = ForecastOptions(dropOff: 0.2)
    let s = SwitchingValues(Self.figures(revenue: 100_000, cost: 40_000, options: options), options: options)
    #expect(abs(s.externalFactors5.share! - (1 - 40_000 / 336_160.0)) < 1e-12)
    #expect(abs(s.revenueFallBeforePayback[36]!.share! - (1 - 40_000 / 244_000.0)) < 1e-12)
    #expect(abs(s.costRiseBefore5.share! - (336_160.0 / 40_000 - 1)) < 1e-12)
  }

  /// At each switching value the figure it names is zero (payback exactly at the horizon).
  @Test func atTheSwitchingValueTheFigureIsZero() throws {
    let options = ForecastOptions(dropOff: 0.1, discountRate: 0.03)
    let k = Self.figures(revenue: 250_000, cost: 180_000, options: options)
    let s = SwitchingValues(k, options: options)
    let fall = try #require(s.revenueFallBeforePayback[36]?.share)
    let payback = try #require(KeyFigures.paybackMonths(revenue: 250_000 * (1 - fall), cost: 180_000, options: options))
    #expect(abs(payback - 36) < 1e-9)
    let rise = try #require(s.costRiseBefore5.share)
    #expect(abs(k.forecastRevenue5.kronorValue - 180_000 * (1 + rise)) < 0.01)
  }

  @Test func undefinedWithAReason() {
    let noCost = SwitchingValues(Self.figures(revenue: 100_000, cost: 0), options: ForecastOptions())
    #expect(noCost.costRiseBefore5.undefined == .costIsZero)
    #expect(noCost.revenueFallBeforePayback[12]?.undefined == .costIsZero)
    #expect(noCost.externalFactorsYear1.share == 1)
    let loss = SwitchingValues(Self.figures(revenue: -5_000, cost: 10_000), options: ForecastOptions())
    #expect(loss.externalFactorsYear1.undefined == .revenueNotPositive)
    #expect(loss.costRiseBefore5.undefined == .revenueNotPositive)
    let slow = SwitchingValues(Self.figures(revenue: 10_000, cost: 50_000), options: ForecastOptions())
    #expect(slow.externalFactorsYear1.undefined == .alreadyNotProfitable)
    #expect(slow.revenueFallBeforePayback[36]?.undefined == .alreadyNotProfitable)
    #expect(slow.externalFactors5.share == 0)
  }
}
