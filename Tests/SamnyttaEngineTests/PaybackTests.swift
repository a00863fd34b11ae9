import SamnyttaEngine
import Testing

/// Payback follows the forecast (Docs/method.md, "Payback"): the first month at which the
/// cumulative revenue, decaying and discounted as the 5-year forecast has it, covers the cost.
@Suite("Payback follows the forecast")
struct PaybackTests {
  func figures(r: Int64, c: Int64, _ options: ForecastOptions) -> KeyFigures {
    KeyFigures(potentialBefore: .kronor(1_000_000), potentialAfter: .zero, revenue: .kronor(r), cost: .kronor(c), participants: 1, options: options)
  }

  @Test("Without drop-off and discount: exactly 12 × C / R, also beyond the five years")
  func constant() {
    for (r, c) in [(72_000, 30_000), (50_000, 100_000), (3_600_000, 2_200_000), (10_000, 100_000)] as [(Int64, Int64)] {
      let k = figures(r: r, c: c, ForecastOptions())
      #expect(k.paybackMonths == 12 * Double(c) / Double(r))
      #expect(k.undefined[.paybackMonths] == nil)
    }
    // 120 months: a constant revenue keeps coming, so it is not cut at the horizon.
    #expect(figures(r: 10_000, c: 100_000, ForecastOptions()).paybackMonths == 120)
  }

  @Test("Drop-off 50 %: R 120 000, C 135 000 → year 1 gives 120 000, year 2 60 000 → 12 + 12 × 15 000 / 60 000 = 15 months")
  func dropOff() throws {
    let k = figures(r: 120_000, c: 135_000, ForecastOptions(dropOff: 0.5))
    let months = try #require(k.paybackMonths)
    #expect(abs(months - 15) < 1e-12)
    #expect(months > 12 * 135_000 / 120_000.0)  // later than the undecayed 13.5 months
  }

  @Test("Discount 10 %: R 120 000, C 180 000 → year 2 is worth 109 090.91 → 12 + 12 × 60 000 / 109 090.91 = 18.6 months")
  func discount() throws {
    let k = figures(r: 120_000, c: 180_000, ForecastOptions(discountRate: 0.1))
    #expect(abs(try #require(k.paybackMonths) - 18.6) < 1e-9)
  }

  @Test("Within year 1 neither drop-off nor discount matters: C 60 000, R 120 000 → 6 months")
  func withinYearOne() throws {
    let k = figures(r: 120_000, c: 60_000, ForecastOptions(dropOff: 0.3, discountRate: 0.035))
    #expect(abs(try #require(k.paybackMonths) - 6) < 1e-12)
  }

  @Test("Never within the horizon: R 50 000, C 100 000, drop-off 50 % → 5-year revenue 96 875 < 100 000, undefined with its reason")
  func neverWithinHorizon() {
    let k = figures(r: 50_000, c: 100_000, ForecastOptions(dropOff: 0.5))
    #expect(k.forecastRevenue5 == .kronor(96_875))
    #expect(k.profitability5 < .zero)
    #expect(k.paybackMonths == nil)
    #expect(k.undefined[.paybackMonths] == .notPaidBackWithinHorizon)
    // A 100 % drop-off leaves only year 1.
    let gone = figures(r: 50_000, c: 60_000, ForecastOptions(dropOff: 1))
    #expect(gone.paybackMonths == nil && gone.undefined[.paybackMonths] == .notPaidBackWithinHorizon)
  }

  @Test("Exactly covered at the horizon: the 5-year revenue equal to the cost pays back at month 60")
  func exactlyAtHorizon() throws {
    // Weights 1, 0.5, 0.25, 0.125, 0.0625 sum to 1.9375; R = 160 000 → 310 000.
    let k = figures(r: 160_000, c: 310_000, ForecastOptions(dropOff: 0.5))
    #expect(k.forecastRevenue5 == .kronor(310_000))
    #expect(abs(try #require(k.paybackMonths) - 60) < 1e-9)
  }

  @Test("Rule precedence is unchanged: no cost first, then no positive revenue, then the horizon")
  func precedence() {
    let decaying = ForecastOptions(dropOff: 0.5)
    #expect(figures(r: 0, c: 0, decaying).undefined[.paybackMonths] == .costIsZero)
    #expect(figures(r: 10_000, c: 0, decaying).undefined[.paybackMonths] == .costIsZero)
    #expect(figures(r: -10_000, c: 100_000, decaying).undefined[.paybackMonths] == .revenueNotPositive)
    #expect(figures(r: 0, c: 100_000, ForecastOptions()).undefined[.paybackMonths] == .revenueNotPositive)
    // The one rule agrees with the figures for every case.
    for (r, c) in [(0, 0), (10_000, 0), (-10_000, 100_000), (50_000, 100_000), (120_000, 135_000)] as [(Int64, Int64)] {
      let k = figures(r: r, c: c, decaying)
      let reason = KeyFigure.paybackMonths.undefinedReason(
        revenue: Double(r), cost: Double(c), potential: 1_000_000, verkningsgrad: k.verkningsgrad, participants: 1, options: decaying)
      #expect(reason == k.undefined[.paybackMonths])
      #expect((reason == nil) == (k.paybackMonths != nil))
    }
  }

  @Test("The cumulative revenue is the forecast's: after 60 months it equals the 5-year forecast")
  func cumulativeMatchesForecast() {
    for options in [
      ForecastOptions(), ForecastOptions(dropOff: 0.25), ForecastOptions(discountRate: 0.035), ForecastOptions(dropOff: 0.1, discountRate: 0.05),
    ] {
      let k = figures(r: 123_456, c: 0, options)
      let cumulative = KeyFigures.cumulativeRevenue(123_456, months: 60, options: options)
      #expect(abs(cumulative - k.forecastRevenue5.kronorValue) < 0.01)
      // Evenly within a year: half of year 2 is half its weighted revenue.
      let halfYear2 =
        KeyFigures.cumulativeRevenue(123_456, months: 18, options: options) - KeyFigures.cumulativeRevenue(123_456, months: 12, options: options)
      #expect(abs(halfYear2 - 123_456 * KeyFigures.forecastWeight(year: 2, options: options) / 2) < 1e-6)
    }
  }

  @Test("Payback is where the cumulative revenue reaches the cost")
  func crossing() throws {
    let options = ForecastOptions(dropOff: 0.2, discountRate: 0.035)
    let months = try #require(KeyFigures.paybackMonths(revenue: 80_000, cost: 150_000, options: options))
    #expect(abs(KeyFigures.cumulativeRevenue(80_000, months: months, options: options) - 150_000) < 1e-6)
  }
}
