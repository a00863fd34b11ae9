import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// Charts drawn as inline SVG by our own code: no script, no external asset, so the report file
/// works offline and prints as it looks on screen. Every series is told apart by a fill pattern or
/// a dash style and a marker shape, not by colour alone, and values are written beside the bars
/// and line ends, so a black-and-white print reads the same. Coordinates are written with one
/// fixed decimal, so the same numbers always give the same bytes.
public enum SVGChart {
  /// Fill patterns of bar series, darkest first: solid, diagonal hatch, dots, cross-hatch.
  static let barStyles: [(colour: String, kind: String)] = [
    ("#1f4e79", "solid"), ("#c55a11", "hatch"), ("#2e7d32", "dots"), ("#6a1b9a", "cross"),
  ]
  /// Line series: colour, dash array (empty: solid) and marker.
  static let lineStyles: [(colour: String, dash: String, marker: String)] = [
    ("#1f4e79", "", "circle"), ("#c55a11", "8 5", "square"), ("#2e7d32", "2 4", "diamond"),
  ]

  // MARK: - Bar chart

  /// A horizontal grouped bar chart. `id` must be unique in the page (it prefixes pattern ids).
  public static func bars(_ chart: BarChart, id: String) -> String {
    let width = 760.0
    let labelWidth = 170.0
    let rightMargin = 110.0
    let barHeight = 16.0
    let barGap = 2.0
    let categoryGap = 14.0
    let legendHeight = chart.series.count > 1 ? 30.0 : 8.0
    let axisHeight = 56.0
    let seriesCount = max(1, chart.series.count)
    let band = Double(seriesCount) * (barHeight + barGap) + categoryGap
    let plotTop = legendHeight + 6
    let plotHeight = band * Double(max(1, chart.categories.count))
    let height = plotTop + plotHeight + axisHeight

    let values = chart.series.flatMap(\.values).map(finite)
    let ticks = niceTicks(min(0, values.min() ?? 0), max(0, values.max() ?? 0))
    let lo = ticks.first!
    let hi = ticks.last!
    let plotLeft = labelWidth
    let plotWidth = width - labelWidth - rightMargin
    func x(_ v: Double) -> Double { plotLeft + (finite(v) - lo) / (hi - lo) * plotWidth }

    var svg = open(width: width, height: height, title: chart.title, id: id)
    svg += "<defs>" + chart.series.indices.map { pattern(id: "\(id)-s\($0)", style: barStyles[$0 % barStyles.count]) }.joined() + "</defs>\n"
    if chart.series.count > 1 { svg += legend(chart.series.map(\.name), id: id, x: plotLeft, y: 8) }

    // Grid and value axis.
    let shown = labelledTicks(ticks, spacing: plotWidth / Double(max(1, ticks.count - 1)), unit: chart.unit, chart.language)
    for tick in ticks {
      let tx = n(x(tick))
      let isZero = tick == 0
      svg += "<line x1=\"\(tx)\" y1=\"\(n(plotTop))\" x2=\"\(tx)\" y2=\"\(n(plotTop + plotHeight))\" "
      svg += isZero ? "stroke=\"#000000\" stroke-width=\"1.2\"/>\n" : "stroke=\"#bbbbbb\" stroke-width=\"0.6\" stroke-dasharray=\"3 3\"/>\n"
      if let label = shown[tick] { svg += text(label, x: x(tick), y: plotTop + plotHeight + 16, anchor: "middle", size: 11) }
    }
    svg +=
      "<line x1=\"\(n(plotLeft))\" y1=\"\(n(plotTop + plotHeight))\" x2=\"\(n(plotLeft + plotWidth))\" y2=\"\(n(plotTop + plotHeight))\" stroke=\"#000000\" stroke-width=\"0.8\"/>\n"
    svg += text(chart.axisLabel, x: plotLeft + plotWidth / 2, y: plotTop + plotHeight + 40, anchor: "middle", size: 12, weight: "bold")

    // Bars with direct labels.
    for (c, category) in chart.categories.enumerated() {
      let top = plotTop + Double(c) * band + categoryGap / 2
      let middle = top + Double(seriesCount) * (barHeight + barGap) / 2
      svg += label(category, limit: 22, x: plotLeft - 8, y: middle + 4, size: 12)
      for (s, series) in chart.series.enumerated() {
        let v = c < series.values.count ? finite(series.values[c]) : 0
        let y = top + Double(s) * (barHeight + barGap)
        let x0 = x(min(0, v))
        let x1 = x(max(0, v))
        svg +=
          "<rect x=\"\(n(x0))\" y=\"\(n(y))\" width=\"\(n(max(0.5, x1 - x0)))\" height=\"\(n(barHeight))\" fill=\"url(#\(id)-s\(s))\" stroke=\"#000000\" stroke-width=\"0.6\"/>\n"
        svg += text(format(v, chart.unit, chart.language), x: x1 + 4, y: y + barHeight - 4, anchor: "start", size: 11)
      }
    }
    return svg + "</svg>\n"
  }

  // MARK: - Line chart

  /// A line chart with labelled axes, a marked zero line and each series labelled at its end.
  public static func lines(_ chart: LineChart, id: String) -> String {
    let width = 760.0
    let height = 380.0
    let left = 120.0
    let right = 120.0
    let top = chart.series.count > 1 ? 40.0 : 16.0
    let bottom = 58.0
    let plotWidth = width - left - right
    let plotHeight = height - top - bottom
    let xs = chart.series.flatMap { $0.points.map { finite($0.x) } } + chart.xTicks.map(finite)
    let ys = chart.series.flatMap { $0.points.map { finite($0.y) } }
    let xLo = xs.min() ?? 0
    var xHi = xs.max() ?? 1
    if xHi <= xLo { xHi = xLo + 1 }
    let yTicks = niceTicks(min(0, ys.min() ?? 0), max(0, ys.max() ?? 0))
    let yLo = yTicks.first!
    let yHi = yTicks.last!
    func px(_ v: Double) -> Double { left + (finite(v) - xLo) / (xHi - xLo) * plotWidth }
    func py(_ v: Double) -> Double { top + plotHeight - (finite(v) - yLo) / (yHi - yLo) * plotHeight }

    var svg = open(width: width, height: height, title: chart.title, id: id)
    if chart.series.count > 1 { svg += lineLegend(chart.series.map(\.name), x: left, y: 12) }
    for tick in yTicks {
      let ty = n(py(tick))
      svg += "<line x1=\"\(n(left))\" y1=\"\(ty)\" x2=\"\(n(left + plotWidth))\" y2=\"\(ty)\" "
      svg += tick == 0 ? "stroke=\"#000000\" stroke-width=\"1.4\"/>\n" : "stroke=\"#bbbbbb\" stroke-width=\"0.6\" stroke-dasharray=\"3 3\"/>\n"
      svg += text(format(tick, chart.yUnit, chart.language), x: left - 8, y: py(tick) + 4, anchor: "end", size: 11)
    }
    if let zeroLabel = chart.zeroLabel {
      svg += text(zeroLabel, x: left + plotWidth - 6, y: py(0) + 14, anchor: "end", size: 11, style: "italic")
    }
    for tick in chart.xTicks {
      let tx = n(px(tick))
      svg +=
        "<line x1=\"\(tx)\" y1=\"\(n(top + plotHeight))\" x2=\"\(tx)\" y2=\"\(n(top + plotHeight + 5))\" stroke=\"#000000\" stroke-width=\"0.8\"/>\n"
      svg += text(format(tick, chart.xUnit, chart.language), x: px(tick), y: top + plotHeight + 19, anchor: "middle", size: 11)
    }
    svg +=
      "<rect x=\"\(n(left))\" y=\"\(n(top))\" width=\"\(n(plotWidth))\" height=\"\(n(plotHeight))\" fill=\"none\" stroke=\"#000000\" stroke-width=\"0.8\"/>\n"
    svg += text(chart.xAxisLabel, x: left + plotWidth / 2, y: height - 12, anchor: "middle", size: 12, weight: "bold")
    svg +=
      "<text x=\"0\" y=\"0\" transform=\"translate(16 \(n(top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\">\(HTMLText.escape(chart.yAxisLabel))</text>\n"

    // Lines, markers at the x ticks, and each end value written once, labels at least 14 px apart
    // (the legend's line styles and markers say which line is which).
    var ends: [(y: Double, label: String)] = []
    for (s, series) in chart.series.enumerated() where !series.points.isEmpty {
      let style = lineStyles[s % lineStyles.count]
      let path = series.points.map { "\(n(px($0.x))),\(n(py($0.y)))" }.joined(separator: " ")
      let dash = style.dash.isEmpty ? "" : " stroke-dasharray=\"\(style.dash)\""
      svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(style.colour)\" stroke-width=\"2.5\"\(dash)/>\n"
      let ticks = Set(chart.xTicks)
      for point in series.points where ticks.contains(point.x) {
        svg += marker(style.marker, x: px(point.x), y: py(point.y), colour: style.colour)
      }
      let last = series.points.last!
      let label = format(last.y, chart.yUnit, chart.language)
      if !ends.contains(where: { $0.label == label }) { ends.append((py(last.y), label)) }
    }
    var placed: [Double] = []
    for end in ends.enumerated().sorted(by: { $0.element.y != $1.element.y ? $0.element.y < $1.element.y : $0.offset < $1.offset }) {
      var y = end.element.y + 4
      if let previous = placed.last, y < previous + 14 { y = previous + 14 }
      placed.append(y)
      svg += text(shortened(end.element.label, 32), x: left + plotWidth + 8, y: y, anchor: "start", size: 11)
    }
    return svg + "</svg>\n"
  }

  // MARK: - Pieces

  static func open(width: Double, height: Double, title: String, id: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"\(id)-title\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">\n"
      + "<title id=\"\(id)-title\">\(HTMLText.escape(title))</title>\n"
      + "<rect x=\"0\" y=\"0\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"#ffffff\"/>\n"
  }

  static func pattern(id: String, style: (colour: String, kind: String)) -> String {
    let c = style.colour
    switch style.kind {
    case "hatch":
      return
        "<pattern id=\"\(id)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"\(c)\" stroke-width=\"3\"/></pattern>"
    case "dots":
      return
        "<pattern id=\"\(id)\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><rect width=\"5\" height=\"5\" fill=\"#ffffff\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.4\" fill=\"\(c)\"/></pattern>"
    case "cross":
      return
        "<pattern id=\"\(id)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><path d=\"M0 0L6 6M6 0L0 6\" stroke=\"\(c)\" stroke-width=\"1\"/></pattern>"
    default:
      return "<pattern id=\"\(id)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"\(c)\"/></pattern>"
    }
  }

  static func legend(_ names: [String], id: String, x: Double, y: Double) -> String {
    var out = ""
    var cx = x
    for (i, name) in names.enumerated() {
      out += "<rect x=\"\(n(cx))\" y=\"\(n(y))\" width=\"18\" height=\"12\" fill=\"url(#\(id)-s\(i))\" stroke=\"#000000\" stroke-width=\"0.6\"/>\n"
      let label = shortened(name, 34)
      out += text(label, x: cx + 24, y: y + 10, anchor: "start", size: 12)
      cx += 40 + Double(label.count) * 7
    }
    return out
  }

  static func lineLegend(_ names: [String], x: Double, y: Double) -> String {
    var out = ""
    var cx = x
    for (i, name) in names.enumerated() {
      let style = lineStyles[i % lineStyles.count]
      let dash = style.dash.isEmpty ? "" : " stroke-dasharray=\"\(style.dash)\""
      out +=
        "<line x1=\"\(n(cx))\" y1=\"\(n(y + 6))\" x2=\"\(n(cx + 34))\" y2=\"\(n(y + 6))\" stroke=\"\(style.colour)\" stroke-width=\"2.5\"\(dash)/>\n"
      out += marker(style.marker, x: cx + 17, y: y + 6, colour: style.colour)
      let label = shortened(name, 44)
      out += text(label, x: cx + 42, y: y + 10, anchor: "start", size: 12)
      cx += 60 + Double(label.count) * 7
    }
    return out
  }

  static func marker(_ kind: String, x: Double, y: Double, colour: String) -> String {
    switch kind {
    case "square":
      return "<rect x=\"\(n(x - 4))\" y=\"\(n(y - 4))\" width=\"8\" height=\"8\" fill=\"#ffffff\" stroke=\"\(colour)\" stroke-width=\"2\"/>\n"
    case "diamond":
      return "<path d=\"M\(n(x)) \(n(y - 5))L\(n(x + 5)) \(n(y))L\(n(x)) \(n(y + 5))L\(n(x - 5)) \(n(y))Z\" fill=\"\(colour)\"/>\n"
    default:
      return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"4\" fill=\"\(colour)\"/>\n"
    }
  }

  static func text(_ content: String, x: Double, y: Double, anchor: String, size: Int, weight: String? = nil, style: String? = nil) -> String {
    var attributes = "x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" font-size=\"\(size)\""
    if let weight { attributes += " font-weight=\"\(weight)\"" }
    if let style { attributes += " font-style=\"\(style)\"" }
    return "<text \(attributes)>\(HTMLText.escape(content))</text>\n"
  }

  /// A category label right-aligned at `x`: on one line when it has at most `limit` characters,
  /// else on two lines broken at a space (centred on `y`), the second cut with an ellipsis if it is
  /// still too long; the table beside the chart shows it in full.
  static func label(_ content: String, limit: Int, x: Double, y: Double, size: Int) -> String {
    // Spaces inside a number ("1 133 kr") become no-break spaces first, so a figure is never split.
    let lines = wrapped(NoBreakNumbers.joined(content), limit)
    guard lines.count == 2 else { return text(lines[0], x: x, y: y, anchor: "end", size: size) }
    let lineHeight = Double(size) + 1
    return "<text x=\"\(n(x))\" y=\"\(n(y - lineHeight / 2))\" text-anchor=\"end\" font-size=\"\(size)\">"
      + "<tspan x=\"\(n(x))\">\(HTMLText.escape(lines[0]))</tspan><tspan x=\"\(n(x))\" dy=\"\(n(lineHeight))\">\(HTMLText.escape(lines[1]))</tspan></text>\n"
  }

  /// `label` as one line, or two broken at the last (breaking) space that keeps the first within `limit`.
  static func wrapped(_ label: String, _ limit: Int) -> [String] {
    guard label.count > limit else { return [label] }
    let characters = Array(label)
    let spaces = characters.indices.filter { characters[$0] == " " && $0 > 0 && $0 <= limit }
    guard let cut = spaces.last else { return [shortened(label, limit)] }
    return [String(characters[..<cut]), shortened(String(characters[(cut + 1)...]), limit)]
  }

  /// A long label cut to `limit` characters with an ellipsis (the table beside shows it in full).
  static func shortened(_ label: String, _ limit: Int) -> String {
    label.count <= limit ? label : String(label.prefix(limit - 1)) + "…"
  }

  /// A coordinate: one decimal, trailing zero dropped; anything not finite is 0.
  static func n(_ x: Double) -> String {
    NumberFormatting.fixed(max(-1e6, min(1e6, finite(x))), decimals: 1, trimZeros: true)
  }

  static func finite(_ x: Double) -> Double { x.isFinite ? x : 0 }

  /// A value as the report writes it: kronor grouped, months whole.
  static func format(_ value: Double, _ unit: ChartUnit, _ language: Language) -> String {
    switch unit {
    case .kronor: ReportFormat.kronor(value, language)
    case .months: "\(NumberFormatting.decimal(value, decimals: 0, language: language)) \(Labels.text(.months, language))"
    }
  }

  /// The labels under a horizontal axis, by tick, so that none overlaps its neighbour: amounts in
  /// whole kronor, thousands (tkr) or millions (mn kr) by the largest tick, and, when they are
  /// still wider than the space between ticks, every other label (0 always kept) is left out.
  static func labelledTicks(_ ticks: [Double], spacing: Double, unit: ChartUnit, _ l: Language) -> [Double: String] {
    let largest = ticks.map(abs).max() ?? 0
    func label(_ v: Double) -> String {
      guard unit == .kronor, largest >= 10_000, v != 0 else { return format(v, unit, l) }
      let (divisor, suffix) = largest >= 1_000_000 ? (1_000_000.0, l == .sv ? "mn kr" : "m SEK") : (1_000.0, l == .sv ? "tkr" : "k SEK")
      let scaled = v / divisor
      return "\(NumberFormatting.decimal(scaled, decimals: scaled == scaled.rounded() ? 0 : 1, language: l))\u{00A0}\(suffix)"
    }
    let labels = ticks.map(label)
    // DejaVu Sans at 11 px: about 6.7 px a character; 10 px between labels.
    let widest = Double(labels.map(\.count).max() ?? 0) * 6.7 + 10
    let every = max(1, Int((widest / max(1, spacing)).rounded(.up)))
    let zero = ticks.firstIndex(of: 0) ?? 0
    var out: [Double: String] = [:]
    for (i, tick) in ticks.enumerated() where (i - zero) % every == 0 { out[tick] = labels[i] }
    return out
  }

  /// Round axis ticks (1, 2 or 5 × 10^k apart) covering `lo…hi`, about five of them, always
  /// including 0 when the range spans it.
  static func niceTicks(_ lo: Double, _ hi: Double) -> [Double] {
    var lo = finite(lo)
    var hi = finite(hi)
    if hi - lo <= 0 {
      hi = lo + 1
    }
    let rough = (hi - lo) / 5
    var magnitude = 1.0
    while magnitude * 10 <= rough { magnitude *= 10 }
    while magnitude > rough && magnitude > 1e-9 { magnitude /= 10 }
    let normalised = rough / magnitude
    let step = (normalised < 1.5 ? 1 : normalised < 3 ? 2 : normalised < 7 ? 5 : 10) * magnitude
    lo = (lo / step).rounded(.down) * step
    hi = (hi / step).rounded(.up) * step
    var ticks: [Double] = []
    var k = 0
    while true {
      let tick = lo + Double(k) * step
      // Snap values that are zero up to rounding error, so the zero line is drawn as such.
      ticks.append(abs(tick) < step * 1e-9 ? 0 : tick)
      if tick >= hi - step * 1e-9 || k > 100 { break }
      k += 1
    }
    return ticks
  }
}
