import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaReports
import SamnyttaTestSupport
import Testing

/// The report's building blocks on their own: escaping, and SVG charts that are deterministic,
/// finite and escape their labels.
@Suite("Report rendering")
struct ReportRenderingTests {
  @Test func htmlEscapingCoversMarkupAndQuotes() {
    #expect(HTMLText.escape("<script>alert('x') & \"y\"</script>") == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
    #expect(HTMLText.escape("Åsa Öberg, 1 234 kr") == "Åsa Öberg, 1 234 kr")
    // Control characters are not allowed in XML and are dropped.
    #expect(HTMLText.escape("a\u{0}b\u{1B}c") == "abc")
  }

  @Test func markdownEscapingKeepsATableCellOnePieceOfText() {
    #expect(MarkdownText.escape("a | b") == "a \\| b")
    #expect(MarkdownText.escape("*bold* _it_ `code` [link](x) #1") == "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\#1")
    #expect(MarkdownText.escape("<script>\nx") == "&lt;script&gt; x")
  }

  func chart(_ values: [Double], category: String = "Kommunen") -> BarChart {
    BarChart(
      title: "T", categories: values.indices.map { "\(category) \($0)" }, series: [.init(name: "S", values: values)], unit: .kronor,
      axisLabel: "kr", language: .sv)
  }

  @Test func barChartIsDeterministicAndFinite() {
    let a = SVGChart.bars(chart([1_234_567, -250_000, 0]), id: "c1")
    let b = SVGChart.bars(chart([1_234_567, -250_000, 0]), id: "c1")
    #expect(a == b)
    #expect(a.contains("1 234 567 kr"))
    #expect(a.contains("−250 000 kr"))
    #expect(!a.contains("nan") && !a.contains("inf"))
    // Not finite values are drawn as 0, never written.
    let odd = SVGChart.bars(chart([.nan, .infinity, -.infinity]), id: "c2")
    #expect(!odd.contains("nan") && !odd.contains("inf"))
  }

  @Test func chartLabelsAreEscaped() {
    let svg = SVGChart.bars(chart([1], category: "<script>alert(1)</script>"), id: "c")
    #expect(!svg.contains("<script"))
    #expect(svg.contains("&lt;script&gt;"))
  }

  @Test func lineChartLabelsBothAxesAndTheZeroLine() {
    let chart = LineChart(
      title: "Payback",
      series: [
        .init(name: "A", points: [.init(x: 0, y: -100), .init(x: 12, y: 55)]), .init(name: "B", points: [.init(x: 0, y: 0), .init(x: 12, y: 55)]),
      ],
      xTicks: [0, 12], xUnit: .months, yUnit: .kronor, xAxisLabel: "months", yAxisLabel: "kronor", zeroLabel: "break-even", language: .en)
    let svg = SVGChart.lines(chart, id: "p")
    #expect(svg.contains(">months<") && svg.contains(">kronor<") && svg.contains(">break-even<"))
    #expect(svg.contains("stroke-dasharray=\"8 5\""))
    // The two lines end at the same value: it is written once.
    #expect(svg.split(separator: "\n").filter { $0.contains(">55 SEK<") }.count == 1)
  }
}
