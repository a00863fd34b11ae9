import SamnyttaFormats

/// A horizontal range chart: one bar per row from `low` to `high`, an optional marker on it (the
/// median), and a vertical reference line (the point estimate, the tornado's base). It draws both
/// the report's interval chart and its tornado chart; a table of the same section holds the numbers.
public struct RangeChart: Sendable, Hashable {
  public struct Row: Sendable, Hashable {
    public var label: String
    public var low: Double
    public var high: Double
    public var mark: Double?
    public init(label: String, low: Double, high: Double, mark: Double? = nil) {
      self.label = label
      self.low = low
      self.high = high
      self.mark = mark
    }
  }

  public var title: String
  public var rows: [Row]
  public var reference: Double?
  public var referenceLabel: String?
  public var unit: ChartUnit
  public var axisLabel: String
  public var language: Language

  public init(
    title: String, rows: [Row], reference: Double?, referenceLabel: String?, unit: ChartUnit, axisLabel: String, language: Language
  ) {
    self.title = title
    self.rows = rows
    self.reference = reference
    self.referenceLabel = referenceLabel
    self.unit = unit
    self.axisLabel = axisLabel
    self.language = language
  }
}

extension SVGChart {
  /// A range chart (``RangeChart``): each row a bar from its low to its high end with both values
  /// written beside it, the marker a black diamond, the reference a dashed vertical line.
  public static func ranges(_ chart: RangeChart, id: String) -> String {
    let width = 760.0
    let labelWidth = 296.0
    let valueRoom = 86.0
    let barHeight = 16.0
    let rowGap = 12.0
    let top = chart.referenceLabel == nil ? 12.0 : 28.0
    let axisHeight = 56.0
    let plotHeight = (barHeight + rowGap) * Double(max(1, chart.rows.count))
    let height = top + plotHeight + axisHeight
    // The axis spans the values only (not 0): a tornado's bars lie far from zero.
    let values = chart.rows.flatMap { [$0.low, $0.high] }.map(finite) + (chart.reference.map { [finite($0)] } ?? [])
    let ticks = niceTicks(values.min() ?? 0, values.max() ?? 0)
    let lo = ticks.first!
    let hi = ticks.last!
    let plotLeft = labelWidth + valueRoom
    let plotWidth = width - plotLeft - valueRoom
    func x(_ v: Double) -> Double { plotLeft + (finite(v) - lo) / (hi - lo) * plotWidth }
    // Tick labels as the bar charts write them (tkr, mn kr), thinned out when they would touch.
    let shown = labelledTicks(ticks, spacing: plotWidth / Double(max(1, ticks.count - 1)), unit: chart.unit, chart.language)

    var svg = open(width: width, height: height, title: chart.title, id: id)
    for tick in ticks {
      let tx = n(x(tick))
      svg += "<line x1=\"\(tx)\" y1=\"\(n(top))\" x2=\"\(tx)\" y2=\"\(n(top + plotHeight))\" "
      svg += tick == 0 ? "stroke=\"#000000\" stroke-width=\"1.2\"/>\n" : "stroke=\"#bbbbbb\" stroke-width=\"0.6\" stroke-dasharray=\"3 3\"/>\n"
      if let label = shown[tick] { svg += text(label, x: x(tick), y: top + plotHeight + 16, anchor: "middle", size: 11) }
    }
    svg += text(chart.axisLabel, x: plotLeft + plotWidth / 2, y: top + plotHeight + 40, anchor: "middle", size: 12, weight: "bold")
    for (r, row) in chart.rows.enumerated() {
      let y = top + Double(r) * (barHeight + rowGap) + rowGap / 2
      let x0 = x(min(row.low, row.high))
      let x1 = x(max(row.low, row.high))
      svg += label(row.label, limit: 46, x: labelWidth, y: y + barHeight - 4, size: 11)
      svg +=
        "<rect x=\"\(n(x0))\" y=\"\(n(y))\" width=\"\(n(max(1, x1 - x0)))\" height=\"\(n(barHeight))\" fill=\"#9dc3e6\" stroke=\"#1f4e79\" stroke-width=\"0.8\"/>\n"
      svg += text(format(min(row.low, row.high), chart.unit, chart.language), x: x0 - 4, y: y + barHeight - 4, anchor: "end", size: 10)
      svg += text(format(max(row.low, row.high), chart.unit, chart.language), x: x1 + 4, y: y + barHeight - 4, anchor: "start", size: 10)
      if let mark = row.mark { svg += marker("diamond", x: x(mark), y: y + barHeight / 2, colour: "#000000") }
    }
    if let reference = chart.reference {
      let rx = n(x(reference))
      svg +=
        "<line x1=\"\(rx)\" y1=\"\(n(top - 4))\" x2=\"\(rx)\" y2=\"\(n(top + plotHeight))\" stroke=\"#c55a11\" stroke-width=\"1.6\" stroke-dasharray=\"6 3\"/>\n"
      if let label = chart.referenceLabel { svg += text(label, x: x(reference), y: top - 8, anchor: "middle", size: 11, style: "italic") }
    }
    return svg + "</svg>\n"
  }
}
