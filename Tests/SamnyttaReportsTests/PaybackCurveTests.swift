import SamnyttaEngine
import SamnyttaTestSupport
import Testing

@testable import SamnyttaReports

/// The report's payback curve is the engine's forecast: it crosses zero at the key figure's payback.
@Suite struct PaybackCurveTests {
  @Test(
    "The full-cost curve changes sign where KeyFigures.paybackMonths says, for every forecast setting",
    arguments: [
      ForecastOptions(), ForecastOptions(dropOff: 0.25), ForecastOptions(discountRate: 0.05), ForecastOptions(dropOff: 0.5, discountRate: 0.035),
      ForecastOptions(dropOff: 0.6),
    ])
  func crossesAtThePayback(options: ForecastOptions) throws {
    let revenue = Money.kronor(80_000)
    let cost = Money.kronor(150_000)
    let curve = PaybackCurve(revenue: revenue, cost: cost, options: options)
    let k = KeyFigures(potentialBefore: .kronor(500_000), potentialAfter: .zero, revenue: revenue, cost: cost, participants: 1, options: options)
    #expect(curve.paybackMonths == k.paybackMonths)
    #expect(curve.fullCost.count == 61 && curve.fullCost[0] == -150_000)
    #expect(abs(curve.fullCost[60] - (k.forecastRevenue5 - cost).kronorValue) < 0.01)
    if let months = k.paybackMonths {
      let before = Int(months.rounded(.down))
      #expect(curve.fullCost[before] <= 0 && curve.fullCost[min(60, before + 1)] >= 0, "\(months)")
    } else {
      #expect(k.undefined[.paybackMonths] == .notPaidBackWithinHorizon)
      #expect(curve.fullCost.allSatisfy { $0 < 0 })
    }
  }
}
