import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// The cumulative net result month by month over the forecast's five years: revenue is the engine's
/// cumulative forecast revenue (``KeyFigures/cumulativeRevenue(_:months:options:)``: each year's
/// weighted revenue spread evenly over its months), and the cost is charged either at once (month 0)
/// or evenly over the three-year write-off. The full-cost curve crosses zero at ``paybackMonths``,
/// the engine's one payback rule, so the chart and the key figures cannot disagree.
struct PaybackCurve {
  /// Cumulative net result at months 0, 1, …, 60, cost charged at once.
  var fullCost: [Double]
  /// The same with the cost written off evenly over 36 months.
  var writtenOff: [Double]
  /// Where ``fullCost`` reaches zero (``KeyFigures/paybackMonths(revenue:cost:options:)``); `nil` when it does not.
  var paybackMonths: Double?

  init(revenue: Money, cost: Money, options: ForecastOptions) {
    let months = KeyFigures.forecastYears * 12
    let writeOffMonths = Double(KeyFigures.writeOffYears * 12)
    let r = revenue.kronorValue
    let c = cost.kronorValue
    var full: [Double] = []
    var spread: [Double] = []
    for month in 0...months {
      let m = Double(month)
      let cumulative = KeyFigures.cumulativeRevenue(r, months: m, options: options)
      full.append(cumulative - c)
      spread.append(cumulative - c * min(m, writeOffMonths) / writeOffMonths)
    }
    fullCost = full
    writtenOff = spread
    paybackMonths = KeyFigures.paybackMonths(revenue: r, cost: c, options: options)
  }
}
