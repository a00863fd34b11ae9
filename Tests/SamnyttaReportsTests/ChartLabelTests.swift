import SamnyttaFormats
import SamnyttaReports
import Testing

/// Chart labels as they were seen in print: a long Swedish name goes on two lines instead of being
/// cut, and the range chart's axis writes amounts as the bar charts do (tkr, mn kr).
@Suite struct ChartLabelTests {
  @Test func aLongCategoryGoesOnTwoLinesNotCut() {
    let chart = BarChart(
      title: "T", categories: ["Arbetsförmedlingen", "Försörjningsstöd (ekonomiskt bistånd)"],
      series: [.init(name: "Samhället", values: [-1_582_339, 9_656_690])], unit: .kronor, axisLabel: "kronor", language: .sv)
    let svg = SVGChart.bars(chart, id: "c")
    #expect(svg.contains(">Arbetsförmedlingen</text>"), "a short label stays one text")
    #expect(svg.contains("<tspan x=\"162\">Försörjningsstöd</tspan><tspan x=\"162\" dy=\"13\">(ekonomiskt bistånd)</tspan>"), "\(svg)")
    #expect(!svg.contains("…"))
  }

  @Test func theRangeChartsAxisIsInMillions() {
    let chart = RangeChart(
      title: "T", rows: [.init(label: "Programkostnad per månad, Arbetsförmedlingen: 5 150 kr (3 stödformer)", low: 43_083_300, high: 47_183_604)],
      reference: 45_133_452, referenceLabel: "modellens värden", unit: .kronor, axisLabel: "kronor", language: .sv)
    let svg = SVGChart.ranges(chart, id: "r")
    #expect(svg.contains(">45\u{A0}mn kr</text>"), "\(svg)")
    #expect(!svg.contains(">45 000 000 kr</text>"))
    #expect(svg.contains("<tspan") && !svg.contains("…"), "\(svg)")
  }

  @Test func aWrappedLabelNeverSplitsANumber() {
    // The break would fall inside "1 133 kr" at 46 characters; the number moves to the second line whole.
    let chart = RangeChart(
      title: "T", rows: [.init(label: "Handläggning per månad, Arbetsförmedlingen: 1 133 kr (9 stödformer)", low: 1, high: 2)],
      reference: nil, referenceLabel: nil, unit: .kronor, axisLabel: "kronor", language: .sv)
    let svg = SVGChart.ranges(chart, id: "r")
    #expect(svg.contains(">1\u{A0}133\u{A0}kr (9 stödformer)</tspan>"), "\(svg)")
  }
}
