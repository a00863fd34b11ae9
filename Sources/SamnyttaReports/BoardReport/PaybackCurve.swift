import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// The cumulative net result month by month over the forecast's five years: revenue accrues evenly
/// within each year with that year's forecast weight (``KeyFigures/forecastWeight(year:options:)``),
/// and the cost is charged either at once (month 0) or evenly over the three-year write-off.
/// Where the full-cost curve crosses zero is the payback time of a report's chart.
struct PaybackCurve {
  /// Cumulative net result at months 0, 1, …, 60, cost charged at once.
  var fullCost: [Double]
  /// The same with the cost written off evenly over 36 months.
  var writtenOff: [Double]

  init(revenue: Money, cost: Money, options: ForecastOptions) {
    let months = KeyFigures.forecastYears * 12
    let writeOffMonths = Double(KeyFigures.writeOffYears * 12)
    let r = revenue.kronorValue
    let c = cost.kronorValue
    var cumulative = 0.0
    var full: [Double] = [-c]
    var spread: [Double] = [0]
    for month in 1...months {
      let year = (month - 1) / 12 + 1
      cumulative += r * KeyFigures.forecastWeight(year: year, options: options) / 12
      full.append(cumulative - c)
      spread.append(cumulative - c * min(Double(month), writeOffMonths) / writeOffMonths)
    }
    fullCost = full
    writtenOff = spread
  }
}
