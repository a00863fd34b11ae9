import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// Writes a ``BoardReport`` as Markdown: the same content as the HTML report, as headings,
/// paragraphs and tables that can be pasted into board minutes. Charts are left out: every chart's
/// numbers are also in a table of its section. All text passes through ``MarkdownText/escape(_:)``.
public enum MarkdownReport {
  public static func render(_ report: BoardReport, generator: String) -> String {
    let l = report.language
    func e(_ text: String) -> String { MarkdownText.escape(text) }
    var md = "# \(e(report.kind)): \(e(report.name))\n\n"
    for fact in report.facts { md += "- **\(e(fact.label)):** \(e(fact.value))\n" }
    md += "\n"
    for (i, section) in report.sections.enumerated() {
      md += "## \(i + 1). \(e(section.title))\n\n"
      for block in section.blocks {
        switch block {
        case .paragraph(let text): md += "\(e(text))\n\n"
        case .subheading(let text): md += "### \(e(text))\n\n"
        case .headline(let figures, let note):
          md += table(
            ReportTable(
              caption: nil, header: [l.pick("Nyckeltal", "Key figure"), l.pick("Värde", "Value"), l.pick("Förklaring", "Explanation")],
              rows: figures.map { .init(cells: [$0.label, $0.value, $0.detail ?? ""]) }, textColumns: [2]))
          md += "**\(e(note.title))**\n\n" + note.points.map { "- \(e($0))\n" }.joined() + "\n"
        case .table(let t): md += table(t)
        case .barChart, .lineChart, .rangeChart: break
        }
      }
    }
    md += "---\n\n\(e(generator))\n"
    return md
  }

  static func table(_ table: ReportTable) -> String {
    var md = table.caption.map { "**\(MarkdownText.escape($0))**\n\n" } ?? ""
    md += "| " + table.header.map(MarkdownText.escape).joined(separator: " | ") + " |\n"
    md += "|" + table.header.indices.map { $0 == 0 || table.textColumns.contains($0) ? "---|" : "---:|" }.joined() + "\n"
    for row in table.rows {
      let cells = row.cells.enumerated().map { column, cell -> String in
        var text = MarkdownText.escape(cell)
        if column == 0 && row.indent { text = "– " + text }
        return row.emphasis && !text.isEmpty ? "**\(text)**" : text
      }
      md += "| " + cells.joined(separator: " | ") + " |\n"
    }
    return md + "\n"
  }
}
