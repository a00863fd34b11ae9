import Foundation
import SamnyttaTestSupport
import Testing

/// The report a board keeps: the evaluator's own words (escaped paragraphs), the support states
/// before and after, the glossary, the date, page numbers in print, Bilaga A with only the
/// parameters used, PDF through Chromium, and a file instead of HTML on a terminal.
@Suite struct BoardReportContentTests {
  static let typfall = PackageRoot.url("Docs/examples/typfall-trampolinen.json").path

  /// The typfall with the three free-text fields added.
  static func narrated(_ directory: TemporaryDirectory, extra: [String: Any] = [:]) throws -> String {
    var document = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: typfall))) as? [String: Any])
    document["description"] = "Coacher stödjer unga vuxna.\n\nAndra stycket <b>fet</b> & mer."
    document["targetGroup"] = "Unga vuxna 18–29 år."
    document["conclusions"] = "Förläng insatsen ett år."
    for (key, value) in extra { document[key] = value }
    return try directory.write("narrated.json", String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self))
  }

  /// The HTML of one section, from its opening tag to the next.
  static func section(_ id: String, in html: String) -> String {
    guard let start = html.range(of: "<section id=\"\(id)\">") else { return "" }
    let rest = html[start.upperBound...]
    return String(rest[..<(rest.range(of: "</section>")?.lowerBound ?? rest.endIndex)])
  }

  @Test func theEvaluatorsWordsAreEscapedParagraphs() throws {
    let directory = try TemporaryDirectory()
    let result = try CLI.run(["report", try Self.narrated(directory), "--db", directory.path("none.sqlite")], environment: [:])
    // A named database that does not exist is refused (66); without --db, none is used.
    #expect(result.status == 66)
    let html = try CLI.run(["report", try Self.narrated(directory)], environment: ["SAMNYTTA_DB": directory.path("none.sqlite")])
    #expect(html.status == 0, "\(html.err)")
    let about = Self.section("about", in: html.out)
    #expect(about.contains("<h2>2. Om insatsen</h2>"))
    #expect(about.contains("<p>Coacher stödjer unga vuxna.</p>\n<p>Andra stycket &lt;b&gt;fet&lt;/b&gt; &amp; mer.</p>"), "\(about)")
    #expect(about.contains("<h3>Målgrupp</h3>\n<p>Unga vuxna 18–29\u{A0}år.</p>"), "\(about)")
    #expect(Self.section("conclusions", in: html.out).contains("<p>Förläng insatsen ett år.</p>"))
    #expect(!html.out.contains("<b>fet</b>"))
    // Without the fields, neither section is there.
    let plain = try CLI.run(["report", Self.typfall], environment: ["SAMNYTTA_DB": directory.path("none.sqlite")])
    #expect(!plain.out.contains("<section id=\"about\">") && !plain.out.contains("<section id=\"conclusions\">"))
  }

  @Test func theFreeTextIsCheckedLikeOtherText() throws {
    let directory = try TemporaryDirectory()
    let number = try CLI.run(["report", try Self.narrated(directory, extra: ["conclusions": 12]), "--lang", "en"])
    #expect(number.status == 65 && number.err.contains("conclusions") && number.err.contains("expected a string"), "\(number.err)")
    let personal = try CLI.run(["validate", try Self.narrated(directory, extra: ["targetGroup": "Bland andra 19811218-9876."])])
    #expect(personal.status == 65 && personal.err.contains("targetGroup") && !personal.err.contains("9876"), "\(personal.err)")
  }

  @Test func supportStatesGlossaryDateAndPageNumbers() throws {
    let directory = try TemporaryDirectory()
    let html = try CLI.run(["report", Self.typfall], environment: ["SAMNYTTA_DB": directory.path("none.sqlite")]).out
    let states = Self.section("support-states", in: html)
    // The typfall: 6 participants with 12 months of försörjningsstöd before, 6 with 3 months after.
    #expect(states.contains("<th scope=\"row\">Försörjningsstöd (ekonomiskt bistånd)</th><td>6</td><td>72</td><td>6</td><td>18</td>"), "\(states)")
    #expect(states.contains("<th scope=\"row\">Arbete utan subvention</th><td>0</td><td>0</td><td>11</td><td>64</td>"))
    #expect(Self.section("glossary", in: html).contains("Verkningsgrad"))
    #expect(html.contains("<dt>Datum</dt><dd>2026-01-01</dd>"))
    #expect(html.contains("counter(page)") && html.contains("Sida "))
  }

  @Test func appendixAListsOnlyTheParametersUsed() throws {
    let directory = try TemporaryDirectory()
    let html = try CLI.run(["report", Self.typfall], environment: ["SAMNYTTA_DB": directory.path("none.sqlite")]).out
    let appendix = Self.section("appendix-parameters", in: html)
    #expect(appendix.contains("Genomsnittlig månadslön") && appendix.contains("Kommunalskatt"))
    #expect(appendix.contains("Försörjningsstöd (ekonomiskt bistånd): ersättning per månad"))
    // No participant of the typfall has rehabiliteringspenning: its parameters are left out.
    #expect(!appendix.lowercased().contains("rehabiliteringspenning"), "\(appendix)")
    // Paths are not shown; values are formatted (a share as a percentage, kronor grouped).
    #expect(!appendix.contains("labour.averageMonthlySalary") && !appendix.contains("states["))
    #expect(appendix.contains("31,42\u{A0}%"))
    let rows = appendix.components(separatedBy: "<tr>").count - 2
    let model = try CLI.run(["model", "show", "se-2026", "--format", "json"]).out.components(separatedBy: "\"path\":").count - 1
    #expect(rows > 10 && rows < model, "\(rows) of \(model)")
  }

  @Test func pdfThroughChromiumOrAClearError() throws {
    let directory = try TemporaryDirectory()
    let missing = try CLI.run(
      ["report", Self.typfall, "--format", "pdf", "--out", directory.path("r.pdf")], environment: ["PATH": directory.url.path, "CHROMIUM": ""])
    #expect(missing.status == 69 && missing.err.contains("'chromium'"), "\(missing)")
    guard BrowserTests.chromium() != nil else {
      Issue.record("chromium is not installed: run `make test-deps` or set CHROMIUM")
      return
    }
    let out = directory.path("rapport.pdf")
    let pdf = try CLI.run(["report", Self.typfall, "--format", "pdf", "--out", out], environment: ["SAMNYTTA_DB": directory.path("none.sqlite")])
    #expect(pdf.status == 0, "\(pdf)")
    let bytes = try #require(FileManager.default.contents(atPath: out))
    #expect(bytes.starts(with: Array("%PDF".utf8)) && bytes.count > 20_000, "\(bytes.count) bytes")
    // A4 pages, more than one.
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.components(separatedBy: "/Type /Page").count - 1 > 2, "no pages found")
  }

  @Test func onATerminalTheReportGoesToAFile() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
      print("util-linux script is not installed: skipping the terminal check")
      return
    }
    let directory = try TemporaryDirectory()
    let result = try CLI.run(
      [Self.typfall], in: directory.url, environment: ["SAMNYTTA_DB": directory.path("none.sqlite")],
      launcher: ["/bin/sh", "-c", "exec /usr/bin/script -qec \"$0 report $*\" \(directory.path("typescript"))"])
    #expect(result.status == 0, "\(result)")
    let name = "rapport-typfallsutvardering-unga-vuxna-till-arbete-och-studier.html"
    #expect(result.out.contains("rapporten är skriven till \(name)"), "\(result)")
    let html = try #require(FileManager.default.contents(atPath: directory.path(name)))
    #expect(String(decoding: html, as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
    #expect(!result.out.contains("<!DOCTYPE"))
    // Piped, standard output as before.
    let piped = try CLI.run(["report", Self.typfall], environment: ["SAMNYTTA_DB": directory.path("none.sqlite")])
    #expect(piped.out.hasPrefix("<!DOCTYPE html>"))
  }
}
