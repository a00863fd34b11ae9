import SamnyttaEngine
import Testing

/// METHOD.md, "Figures the engine must reproduce", relationships 1–5 (exact, from aggregates).
@Suite("Published relationships 1–5")
struct KeyFigureRelationshipTests {
  let undiscounted = ForecastOptions()

  func figures(p: Int64, r: Int64, c: Int64, n: Int = 1) -> KeyFigures {
    KeyFigures(
      potentialBefore: .kronor(p), potentialAfter: .kronor(p - r), revenue: .kronor(r), cost: .kronor(c), participants: n, options: undiscounted)
  }

  @Test("1. Jobbcoach: P 600 000, R 72 000, C 30 000 → 12 %, 5.0 months, 2 500 kr")
  func jobbcoach() {
    let k = figures(p: 600_000, r: 72_000, c: 30_000)
    #expect(k.verkningsgrad == 12)
    #expect(k.paybackMonths == 5)
    #expect(k.costPerVerkningsgrad == 2_500)
  }

  /// The seed's table (004, lines 522–529): verkningsgrad %, payback months, cost per verkningsgrad.
  static let table: [(String, Double, Double, Double)] = [
    ("Arbetsmarknadstorget", 26, 8, 4_600), ("Samordningsteam Sala", 16, 11, 7_000), ("Tuna", 13, 7, 3_600),
    ("Jobbcoach", 12, 5, 2_500), ("Balder", 12, 12, 5_800), ("Samordningsgruppen", 11, 14, 7_900), ("E.L.S.A.", 29, 17, 11_000),
  ]

  @Test("2. Every table row satisfies payback = 1200 × cost per verkningsgrad / P", arguments: table)
  func tableConsistency(row: (String, Double, Double, Double)) {
    let (_, vg, payback, cpv) = row
    // Reconstruct one participant's aggregates from the row, then recompute the row.
    let p = 1_200 * cpv / payback
    let c = cpv * vg
    let r = vg * p / 100
    let k = KeyFigures(
      potentialBefore: Money(ore: Int64((p * 100).rounded())), potentialAfter: .zero, revenue: Money(ore: Int64((r * 100).rounded())),
      cost: Money(ore: Int64((c * 100).rounded())), participants: 1, options: undiscounted)
    #expect(abs(k.verkningsgrad! - vg) < 1e-6)
    #expect(abs(k.paybackMonths! - payback) < 1e-6)
    #expect(abs(k.costPerVerkningsgrad! - cpv) < 1e-3)
    #expect(abs(k.paybackMonths! - 1_200 * k.costPerVerkningsgrad! / p) < 1e-6)
  }

  @Test("2. Arbetsmarknadstorget 26 %, 8 months, 4 600 kr ⇒ P ≈ 690 000")
  func impliedPotential() {
    #expect(1_200 * 4_600 / 8 == 690_000)
  }

  @Test("3. Arbetsmarknadstorget 2013: R 3.6 MSEK, profitability 1.4 MSEK")
  func arbetsmarknadstorget() {
    let k = figures(p: 0, r: 3_600_000, c: 2_200_000, n: 19)
    #expect(k.profitabilityYear1 == .kronor(1_400_000))
    #expect(abs(k.paybackMonths! - 7.333_333) < 1e-5)
    #expect(Int((k.paybackMonths!).rounded(.up)) == 8)
    #expect(k.forecastRevenue5 == .kronor(18_000_000))
  }

  @Test("4. TUNA: 1.80 kr per krona ⇒ payback 6.67 months; over two years 3.60")
  func tuna() {
    let k = figures(p: 0, r: 180, c: 100)
    #expect(k.returnPerKrona == 1.8)
    #expect(abs(k.paybackMonths! - 6.666_667) < 1e-5)
    #expect(Int(k.paybackMonths!.rounded(.up)) == 7)
    #expect(2 * k.returnPerKrona! == 3.6)
  }

  @Test("5. R 50 000, C 100 000: −50 000; write-off +16 667; 5 years +150 000; payback 24")
  func writeOff() {
    let k = figures(p: 0, r: 50_000, c: 100_000)
    #expect(k.profitabilityYear1 == .kronor(-50_000))
    #expect(k.profitabilityWriteOff3 == Money(ore: 1_666_667))
    #expect(k.profitability5 == .kronor(150_000))
    #expect(k.paybackMonths == 24)
  }

  @Test("Undefined figures are absent with a reason, never infinite")
  func undefined() {
    let k = figures(p: 0, r: -10_000, c: 0)
    #expect(k.paybackMonths == nil && k.undefined[.paybackMonths] == .costIsZero)
    #expect(k.returnPerKrona == nil && k.undefined[.returnPerKrona] == .costIsZero)
    #expect(k.verkningsgrad == nil && k.undefined[.verkningsgrad] == .potentialNotPositive)
    let negative = figures(p: 600_000, r: -1_000, c: 5_000)
    #expect(negative.verkningsgrad! < 0)
    #expect(negative.paybackMonths == nil && negative.undefined[.paybackMonths] == .revenueNotPositive)
    #expect(negative.costPerVerkningsgrad == nil && negative.undefined[.costPerVerkningsgrad] == .verkningsgradNotPositive)
  }

  @Test("No cost, so no payback and no cost per verkningsgrad: undefined with a reason, never 0")
  func noCost() {
    let k = figures(p: 600_000, r: 100_000, c: 0)
    #expect(k.verkningsgrad != nil)
    #expect(k.paybackMonths == nil && k.undefined[.paybackMonths] == .costIsZero)
    #expect(k.costPerVerkningsgrad == nil && k.undefined[.costPerVerkningsgrad] == .costIsZero)
    #expect(k.returnPerKrona == nil && k.undefined[.returnPerKrona] == .costIsZero)
    // The stored-run form applies the same rule (so rank, norms and compare agree with evaluate).
    for figure in KeyFigure.allCases {
      let reason = figure.undefinedReason(
        revenue: 100_000, cost: 0, potential: 600_000, verkningsgrad: k.verkningsgrad, participants: 1, options: ForecastOptions())
      #expect(reason == k.undefined[figure], "\(figure)")
    }
  }

  @Test("Drop-off and discounting: year 1 undiscounted, later years decline")
  func forecastOptions() {
    let k = KeyFigures(
      potentialBefore: .zero, potentialAfter: .zero, revenue: .kronor(100_000), cost: .zero, participants: 1,
      options: ForecastOptions(dropOff: 0.1, discountRate: 0.035))
    var expected = 0.0
    for t in 0..<5 { expected += 100_000 * pow(0.9, t) / pow(1.035, t) }
    #expect(abs(k.forecastRevenue5.kronorValue - expected) < 0.01)
  }

  func pow(_ x: Double, _ n: Int) -> Double { (0..<n).reduce(1.0) { r, _ in r * x } }
}
