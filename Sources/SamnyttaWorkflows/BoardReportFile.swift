import SamnyttaReports

/// What `report --format` writes: the board report as one HTML page, Markdown tables, or a PDF
/// printed from the HTML by headless Chromium (``PDFPrinting``).
public enum BoardReportFile: String, Sendable, CaseIterable {
  case html, md, pdf

  /// The report's bytes in this format.
  public func bytes(_ report: BoardReport, generator: String) throws(PDFPrinting.Failure) -> [UInt8] {
    switch self {
    case .md: Array(MarkdownReport.render(report, generator: generator).utf8)
    case .html: Array(HTMLReport.render(report, generator: generator).utf8)
    case .pdf: try PDFPrinting.pdf(html: HTMLReport.render(report, generator: generator))
    }
  }
}
