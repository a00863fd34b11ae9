import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// Writes a ``BoardReport`` as one self-contained HTML file: styles inline, charts as inline SVG,
/// no script, no external asset (it works offline and can be mailed or archived as is), A4 print
/// rules (`@page`, `@media print`), and XHTML-compatible markup (void elements closed, attributes
/// quoted, only XML's own entities) so an XML parser can check every report. All text passes
/// through ``HTMLText/escape(_:)`` here and nowhere else (after ``NoBreakNumbers``).
public enum HTMLReport {
  public static func render(_ report: BoardReport, generator: String) -> String {
    let l = report.language
    func e(_ text: String) -> String { Self.text(text) }
    // In the title and in attributes: no markup, only escaped text.
    func plain(_ text: String) -> String { HTMLText.escape(NoBreakNumbers.joined(text)) }
    var html = """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" lang="\(l.rawValue)" xml:lang="\(l.rawValue)">
      <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <meta name="generator" content="\(plain(generator))"/>
      <title>\(plain(report.kind)): \(plain(report.name))</title>
      <style>
      \(style)\(pageMargins(l, name: report.name, date: report.date))</style>
      </head>
      <body>
      <header class="cover">
      <p class="kind">\(e(report.kind))</p>
      <h1>\(e(report.name))</h1>
      <dl class="facts">

      """
    for fact in report.facts { html += "<dt>\(e(fact.label))</dt><dd>\(e(fact.value))</dd>\n" }
    html += "</dl>\n</header>\n<nav class=\"toc\">\n<h2>\(e(l.pick("Innehåll", "Contents")))</h2>\n<ol>\n"
    for section in report.sections { html += "<li><a href=\"#\(plain(section.id))\">\(e(section.title))</a></li>\n" }
    html += "</ol>\n</nav>\n<main>\n"
    var chartNumber = 0
    for (i, section) in report.sections.enumerated() {
      html += "<section id=\"\(plain(section.id))\">\n<h2>\(i + 1). \(e(section.title))</h2>\n"
      for block in section.blocks {
        switch block {
        case .paragraph(let text): html += "<p>\(e(text))</p>\n"
        case .subheading(let text): html += "<h3>\(e(text))</h3>\n"
        case .headline(let figures, let note): html += headline(figures, note)
        case .table(let table): html += self.table(table)
        case .barChart(let chart):
          chartNumber += 1
          html += figure(SVGChart.bars(chart, id: "chart\(chartNumber)"), caption: chart.title, number: chartNumber, l)
        case .lineChart(let chart):
          chartNumber += 1
          html += figure(SVGChart.lines(chart, id: "chart\(chartNumber)"), caption: chart.title, number: chartNumber, l)
        case .rangeChart(let chart):
          chartNumber += 1
          html += figure(SVGChart.ranges(chart, id: "chart\(chartNumber)"), caption: chart.title, number: chartNumber, l)
        }
      }
      html += "</section>\n"
    }
    // The hint to print is for the screen; a printed page only names the generator and the method.
    html +=
      "</main>\n<footer>\n<p>\(e(generator)). \(e(l.pick("Metoden beskrivs i Samnyttas metodbeskrivning.", "The method is described in Samnytta's method description.")))"
      + "<span class=\"screen-only\"> \(e(l.pick("Skriv ut till PDF från webbläsaren (A4).", "Print to PDF from the browser (A4).")))</span></p>\n</footer>\n</body>\n</html>\n"
    return html
  }

  /// Text as written into the page: numbers kept on one line (``NoBreakNumbers``), then escaped,
  /// and a command-line option (`--external-factors`) kept whole (``options(_:)``).
  static func text(_ text: String) -> String { options(HTMLText.escape(NoBreakNumbers.joined(text))) }

  /// Escaped text with each command-line option (`--` then a lower-case letter, at the start or after
  /// a space or a parenthesis) in a `span.option` that does not wrap, so that a browser never breaks
  /// `--external-factors` at its hyphen into two lines and a reader copies it as one word.
  static func options(_ escaped: String) -> String {
    guard escaped.contains("--") else { return escaped }
    let c = Array(escaped.unicodeScalars)
    var out = String.UnicodeScalarView()
    func letter(_ k: Int) -> Bool { k < c.count && ("a"..."z").contains(c[k]) }
    var i = 0
    while i < c.count {
      let starts = c[i] == "-" && i + 1 < c.count && c[i + 1] == "-" && letter(i + 2) && (i == 0 || c[i - 1] == " " || c[i - 1] == "(")
      guard starts else {
        out.append(c[i])
        i += 1
        continue
      }
      var end = i + 2
      while end < c.count, letter(end) || ("0"..."9").contains(c[end]) || (c[end] == "-" && letter(end + 1)) {
        end += 1
      }
      out.append(contentsOf: "<span class=\"option\">".unicodeScalars)
      out.append(contentsOf: c[i..<end])
      out.append(contentsOf: "</span>".unicodeScalars)
      i = end
    }
    return String(out)
  }

  static func headline(_ figures: [HeadlineFigure], _ note: MethodNote) -> String {
    var html = "<div class=\"headline\">\n<div class=\"figures\">\n"
    for f in figures {
      // A value too long for a third of the page width at full size (milliards, with sign) is set smaller, never wrapped.
      let size = f.value.count >= longValue ? "value long" : "value"
      html += "<div class=\"figure\"><p class=\"label\">\(Self.text(f.label))</p><p class=\"\(size)\">\(Self.text(f.value))</p>"
      if let detail = f.detail { html += "<p class=\"detail\">\(Self.text(detail))</p>" }
      html += "</div>\n"
    }
    html += "</div>\n<aside class=\"method-note\">\n<h3>\(Self.text(note.title))</h3>\n<ul>\n"
    html += note.points.map { "<li>\(Self.text($0))</li>\n" }.joined()
    return html + "</ul>\n</aside>\n</div>\n"
  }

  /// Characters from which a headline value is set in the smaller size: "−24 457 631 202 kr" (18)
  /// is wider than a headline box at 14 pt; "−2 288 156 011 kr" (17) still fits.
  static let longValue = 18

  /// Rows up to which a table is not split across pages in print.
  static let shortTable = 12

  static func table(_ table: ReportTable) -> String {
    // Seven columns or more: a smaller type so the table fits the A4 width. A short table is kept
    // on one page in print, so that its caption and head never stand alone at a page's foot.
    let classes = (table.header.count >= 7 ? ["wide"] : []) + (table.rows.count <= shortTable ? ["keep"] : [])
    var html = classes.isEmpty ? "<table>\n" : "<table class=\"\(classes.joined(separator: " "))\">\n"
    if let caption = table.caption { html += "<caption>\(Self.text(caption))</caption>\n" }
    html += "<thead><tr>"
    for (column, title) in table.header.enumerated() {
      html += "<th scope=\"col\"\(table.textColumns.contains(column) ? " class=\"text\"" : "")>\(Self.text(title))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      html += row.emphasis ? "<tr class=\"emphasis\">" : "<tr>"
      for (column, cell) in row.cells.enumerated() {
        if column == 0 {
          html += "<th scope=\"row\"\(row.indent ? " class=\"indent\"" : "")>\(Self.text(cell))</th>"
        } else {
          // A text column, or an undefined figure ("– (reason)"), may wrap; figures never do.
          let kind = table.textColumns.contains(column) ? " class=\"text\"" : cell.hasPrefix("– (") ? " class=\"na\"" : ""
          html += "<td\(kind)>\(Self.text(cell))</td>"
        }
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  static func figure(_ svg: String, caption: String, number: Int, _ l: Language) -> String {
    "<figure class=\"chart\">\n\(svg)<figcaption>\(Self.text(l.pick("Diagram", "Chart"))) \(number): \(Self.text(caption))</figcaption>\n</figure>\n"
  }

  /// Page numbers ("Sida 2 av 9") and, when the report has a date, the intervention's name and the
  /// date in the bottom margin of every printed page, through CSS page margin boxes, which
  /// Chromium's print (and so `report --format pdf`) honours. Margin boxes do not inherit the
  /// body's font, so they name it.
  static func pageMargins(_ l: Language, name: String, date: String?) -> String {
    let (page, of) = l == .sv ? ("Sida", "av") : ("Page", "of")
    let font = "font-family: \"DejaVu Sans\", Arial, Helvetica, sans-serif; font-size: 8pt; color: #444444;"
    var rules = "@bottom-right { content: \"\(page) \" counter(page) \" \(of) \" counter(pages); \(font) }"
    if let date {
      let name = SVGChart.shortened(name, 70)
      rules += " @bottom-left { content: \"\(cssString(name)) \\B7  \(cssString(date))\"; \(font) }"
    }
    return "@page { \(rules) }\n"
  }

  /// Text inside a CSS string in the `<style>` element: every character but letters, digits and
  /// spaces as a CSS escape (`\\3C `), so no quote ends the string and no `<` or `&` breaks the XML.
  static func cssString(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " {
        out.unicodeScalars.append(scalar)
      } else {
        out += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
      }
    }
    return out
  }

  /// The stylesheet: screen and A4 print. No `<`, `&` or `]]>` in it, so it is also valid XML text.
  static let style = """
    @page { size: A4; margin: 15mm 14mm 17mm 14mm; }
    body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.4; color: #111111; background: #ffffff; max-width: 182mm; margin: 0 auto; padding: 10mm 8mm; }
    header.cover { border-top: 8px solid #1f4e79; padding-top: 4mm; margin-bottom: 5mm; }
    .kind { text-transform: uppercase; letter-spacing: 0.08em; color: #1f4e79; font-weight: bold; margin: 0; }
    h1 { font-size: 20pt; margin: 1mm 0 4mm 0; line-height: 1.2; }
    h2 { font-size: 14pt; color: #1f4e79; border-bottom: 1.5px solid #1f4e79; padding-bottom: 1mm; margin: 8mm 0 3mm 0; }
    h3 { font-size: 11pt; margin: 5mm 0 2mm 0; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 6mm; margin: 0; }
    dl.facts dt { font-weight: bold; }
    dl.facts dd { margin: 0; }
    nav.toc { background: #f2f2f2; border: 1px solid #cccccc; padding: 2mm 5mm; }
    nav.toc h2 { border: none; font-size: 11pt; margin: 1mm 0; color: #111111; }
    nav.toc ol { margin: 0; columns: 2; }
    a { color: #1f4e79; }
    .figures { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; }
    .figure { border: 1px solid #8aa4bf; border-left: 5px solid #1f4e79; background: #eef3f8; padding: 2mm 3mm; }
    .figure p { margin: 0; }
    .figure .label { font-size: 9pt; font-weight: bold; }
    .figure .value { font-size: 14pt; font-weight: bold; white-space: nowrap; }
    .figure .value.long { font-size: 11pt; line-height: 1.9; }
    .figure .detail { font-size: 8pt; color: #333333; }
    aside.method-note { border: 1px dashed #555555; background: #fdf6e3; padding: 2mm 4mm; margin-top: 3mm; font-size: 8.5pt; }
    aside.method-note h3 { margin: 1mm 0; font-size: 10pt; }
    aside.method-note ul { padding-left: 4mm; margin: 0; columns: 2; column-gap: 7mm; }
    aside.method-note li { break-inside: avoid; margin-bottom: 1mm; }
    span.option { white-space: nowrap; }
    table { border-collapse: collapse; width: 100%; margin: 2mm 0 5mm 0; font-size: 8pt; }
    caption { text-align: left; font-weight: bold; padding-bottom: 1mm; }
    th, td { border-bottom: 1px solid #bbbbbb; padding: 0.8mm 1.5mm; text-align: right; white-space: nowrap; vertical-align: top; }
    thead th { border-bottom: 2px solid #000000; vertical-align: bottom; white-space: normal; }
    thead th:first-child, th[scope="row"] { text-align: left; white-space: normal; overflow-wrap: break-word; min-width: 24mm; }
    th[scope="row"] { font-weight: normal; }
    table.wide { font-size: 7.5pt; }
    table.wide th, table.wide td { padding: 0.8mm 1mm; }
    th.text { text-align: left; }
    td.text { text-align: left; white-space: normal; overflow-wrap: break-word; }
    td.na { white-space: normal; font-size: 8pt; color: #333333; }
    th.indent, table.wide th.indent { padding-left: 5mm; }
    tr.emphasis th, tr.emphasis td { font-weight: bold; border-top: 1.5px solid #000000; }
    figure.chart { margin: 3mm 0 4mm 0; }
    figure.chart svg { width: 100%; height: auto; display: block; }
    figcaption { font-size: 9pt; font-style: italic; margin-top: 1mm; }
    footer { margin-top: 8mm; border-top: 1px solid #bbbbbb; font-size: 8pt; color: #444444; }
    @media print {
      body { max-width: none; padding: 0; font-size: 9.5pt; }
      nav.toc, .screen-only { display: none; }
      h2, h3, caption { break-after: avoid; }
      figure.chart, .figures, .figure, aside.method-note li, tr { break-inside: avoid; }
      thead { display: table-header-group; break-after: avoid; }
      tbody tr:first-child { break-before: avoid; }
      table.keep { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
      .figure, aside.method-note, nav.toc { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }

    """
}
