import Foundation
import SamnyttaTestSupport
import Testing

/// What was seen when the printed report was looked at, kept checked: every word in the report's
/// language (the model's source texts in Bilaga A aside), the tornado's parameters in words, print
/// rules that keep headings with what follows and repeat table heads, and the name, the date and the
/// page number at the foot of every printed page.
@Suite struct BoardReportPageTests {
  static let realistic = "Docs/examples/realistic-42-participants.json"

  static func report(_ language: String) throws -> String {
    let directory = try TemporaryDirectory()
    let result = try CLI.run(
      ["report", realistic, "--uncertainty", "--draws", "200", "--lang", language], environment: ["SAMNYTTA_DB": directory.path("none.sqlite")])
    #expect(result.status == 0, "\(result)")
    return result.out
  }

  /// The words a reader sees: no style, no title or cover (the input's own name), no Bilaga A
  /// source cells (the model's texts), no command-line options or commands; tags and entities removed.
  static func visibleWords(_ html: String) -> [String] {
    var text = html
    func drop(_ pattern: String) { text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression) }
    drop("(?s)<style>.*?</style>")
    drop("(?s)<title>.*?</title>")
    drop("(?s)<header class=\"cover\">.*?</header>")
    if let start = text.range(of: "<section id=\"appendix-parameters\">"), let end = text[start.upperBound...].range(of: "</section>") {
      let appendix = String(text[start.lowerBound..<end.upperBound])
      let withoutSources = appendix.replacingOccurrences(of: "(?s)<td class=\"text\">.*?</td>", with: " ", options: .regularExpression)
      text.replaceSubrange(start.lowerBound..<end.upperBound, with: withoutSources)
    }
    drop("<span class=\"option\">[^<]*</span>")
    drop("samnytta (model show|db add)")
    drop("<[^>]+>")
    drop("&[a-z#0-9]+;")
    return text.split { !$0.isLetter && $0 != "[" && $0 != "]" && $0 != "_" }.map(String.init)
  }

  @Test func theSwedishReportHasNoEnglishWords() throws {
    let words = Self.visibleWords(try Self.report("sv"))
    #expect(words.count > 2000)
    let english: Set<String> = [
      "the", "and", "of", "to", "with", "is", "are", "from", "not", "by", "source", "estimate", "share", "rules", "monthly", "cost", "page", "chart",
      "table", "appendix", "society", "revenue", "states", "benefit", "care", "low", "high", "path", "model", "payback",
    ]
    let found = Set(words.filter { english.contains($0.lowercased()) })
    #expect(found.isEmpty, "English in the Swedish report: \(found.sorted())")
    // No model path (states[…], careTypes[…], subsidyRules) or camelCase key is shown.
    // `kopta_tjanster` is the example's own free-text cost type (Bilaga B shows it as given).
    let paths = words.filter { $0 != "kopta_tjanster" }.filter {
      $0.contains("[") || $0.contains("_") || $0.dropFirst().contains(where: \.isUppercase) && $0.first!.isLowercase
    }
    #expect(paths.isEmpty, "\(paths)")
  }

  @Test func theEnglishReportHasNoSwedishWordsOfItsOwn() throws {
    let words = Self.visibleWords(try Self.report("en"))
    // The input's breakdown values (kvinna, ensamstående med barn) are the data's own words.
    let swedish: Set<String> = [
      "och", "att", "inte", "är", "för", "Sida", "av", "månad", "Samhället", "Bilaga", "Diagram", "uppskattning", "Nyckeltal",
    ]
    let found = Set(words.filter { swedish.contains($0) })
    #expect(found.isEmpty, "Swedish in the English report: \(found.sorted())")
  }

  @Test func theTornadoNamesItsParametersInWords() throws {
    let html = try Self.report("sv")
    let uncertainty = BoardReportContentTests.section("uncertainty", in: html)
    #expect(uncertainty.contains("Tornadodiagram"))
    for path in ["states[", "careTypes[", "benefitRules[", "subsidyRules", "monthlyCost", "sökväg"] {
      #expect(!uncertainty.contains(path), "\(path) in the uncertainty section")
    }
    let subsidy = "Stödnivå, andel av lönekostnaden upp till taket: 80\u{A0}% (Lönebidrag (till 2024; från 2025 lönestöd); Lönestöd"
    #expect(uncertainty.contains(subsidy), "\(uncertainty.suffix(3000))")
    #expect(uncertainty.contains("<th scope=\"col\">Percentil 5 (nedre)</th>"))
  }

  @Test func bilagaANamesEachParameterOnce() throws {
    let html = try Self.report("sv")
    let body = BoardReportContentTests.section("appendix-parameters", in: html)
    let names = body.components(separatedBy: "<th scope=\"row\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
    #expect(names.count > 40)
    let repeated = Dictionary(grouping: names, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    #expect(repeated.isEmpty, "the same name on two rows: \(repeated)")
    #expect(body.contains("programkostnad per månad, Arbetsförmedlingen"))
    // As many decimals as the value needs: 16,5–27,5 days, not 16,50–27,50.
    #expect(body.range(of: "[0-9],[0-9]0(\u{A0}|–|<)", options: .regularExpression) == nil, "a trailing zero decimal in Bilaga A")
  }

  @Test func aHugeHeadlineValueIsSetSmallerNotWrapped() throws {
    let directory = try TemporaryDirectory()
    var document = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: BoardReportContentTests.typfall))) as? [String: Any])
    document["cost"] = ["total": 25_000_000_000]
    let file = try directory.write("stor.json", String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self))
    let html = try CLI.run(["report", file], environment: ["SAMNYTTA_DB": directory.path("none.sqlite")]).out
    #expect(html.contains("<p class=\"value long\">−24\u{A0}"), "\(BoardReportContentTests.section("summary", in: html))")
    #expect(html.contains("<p class=\"value\">23,8\u{A0}%</p>"))
    #expect(html.contains(".figure .value.long { font-size: 11pt;"))
  }

  @Test func printRulesKeepThePagesReadable() throws {
    let html = try Self.report("sv")
    // Headings stay with what follows, table heads repeat on every page, rows and charts are not split.
    #expect(html.contains("h2, h3, caption { break-after: avoid; }"))
    // A table's caption and head go with its first row (Chromium otherwise leaves a captioned head
    // alone at a page's foot), and a short table is not split at all.
    #expect(html.contains("thead { display: table-header-group; break-after: avoid; }"))
    #expect(html.contains("tbody tr:first-child { break-before: avoid; }") && html.contains("table.keep { break-inside: avoid; }"))
    #expect(html.contains("<table class=\"keep\">\n<caption>Samhällets nyckeltal i båda samhällsperspektiven</caption>"))
    #expect(html.contains("<table>\n<caption>Parametrar som denna utvärdering använder</caption>"), "a long table may break")
    #expect(html.contains("figure.chart, .figures, .figure, aside.method-note li, tr { break-inside: avoid; }"))
    // The summary's box may break across pages: a whole box that does not fit page 1 left it empty.
    #expect(!html.contains(".headline { display: grid") && !html.contains(".headline, "))
    // Name and date bottom left, page number bottom right, in the report's font.
    let foot = "@bottom-left { content: \"Samverkansteam Norra \\28 realistiskt exempel\\29  \\B7  2026\\2D 01\\2D 01\";"
    #expect(html.contains(foot), "\(html.prefix(6000))")
    #expect(html.contains("@bottom-right { content: \"Sida \" counter(page) \" av \" counter(pages); font-family: \"DejaVu Sans\""))
    // The hint to print is for the screen only, and an option is never broken at its hyphen.
    #expect(html.contains("<span class=\"screen-only\"> Skriv ut till PDF från webbläsaren (A4).</span>"))
    #expect(html.contains("nav.toc, .screen-only { display: none; }"))
    #expect(html.contains("<span class=\"option\">--external-factors</span>"))
  }
}
