import Foundation
import SamnyttaTestSupport
import Testing

/// `--convention payoff|welfare` on evaluate and report, both conventions in the report, and payback
/// that follows the forecast, through the real executable (Docs/method.md, sections 5–7).
@Suite struct ConventionTests {
  static let seed = "Docs/examples/forsorjningsstod-8000-till-arbete-23000.json"

  func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let directory = try TemporaryDirectory()
    let result = try CLI.run(arguments, environment: ["SAMNYTTA_DB": directory.path("none.sqlite")], sourceLocation: sourceLocation)
    #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
    #expect(result.err.isEmpty, "unexpected standard error: \(result.err)", sourceLocation: sourceLocation)
    return result.out
  }

  /// The evaluation's JSON: its model object and society's total key figures.
  func evaluate(_ arguments: [String]) throws -> (model: [String: Any], society: [String: Any], actors: [String: Any]) {
    let text = try run(["evaluate"] + arguments + ["--format", "json", "--no-participants"])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let model = try #require(root["model"] as? [String: Any])
    let figures = try #require(root["keyFigures"] as? [String: Any])
    let society = try #require((figures["society"] as? [String: Any])?["total"] as? [String: Any])
    return (model, society, figures)
  }

  func revenue(_ figures: [String: Any], _ perspective: String) -> Double? {
    ((figures[perspective] as? [String: Any])?["total"] as? [String: Any])?["revenue"] as? Double
  }

  @Test("evaluate --convention chooses society's convention; the JSON records it; the model's own is the default")
  func evaluateChoosesTheConvention() throws {
    let byDefault = try evaluate([Self.seed, "--model", "se-2016"])
    let payoff = try evaluate([Self.seed, "--model", "se-2016", "--convention", "payoff"])
    let welfare = try evaluate([Self.seed, "--model", "se-2016", "--convention", "welfare"])
    #expect(byDefault.model["convention"] as? String == "payoff")
    #expect(payoff.model["convention"] as? String == "payoff")
    #expect(welfare.model["convention"] as? String == "welfare")
    // method.md, figure 6: 480 305.28 with the saved försörjningsstöd (96 000), 384 305.28 without.
    #expect(byDefault.society["revenue"] as? Double == 480_305.28)
    #expect(payoff.society["revenue"] as? Double == 480_305.28)
    #expect(welfare.society["revenue"] as? Double == 384_305.28)
    #expect(welfare.society["potentialBefore"] as? Double == 538_855.2)
    // Under welfare, society is the sum of the six actors; the actors themselves do not change.
    let actors = ["municipality", "region", "employmentService", "socialInsuranceAgency", "otherState", "individual"]
    let sum = actors.compactMap { revenue(welfare.actors, $0) }.reduce(0, +)
    #expect(abs(sum - 384_305.28) < 0.005)
    for actor in actors { #expect(revenue(welfare.actors, actor) == revenue(payoff.actors, actor), "\(actor)") }
  }

  @Test("A model whose own convention is welfare is evaluated so by default, and --convention payoff overrides it")
  func theModelsOwnConventionIsTheDefault() throws {
    let directory = try TemporaryDirectory()
    let original = try String(contentsOfFile: CLI.modelsDirectory + "/se-2016.json", encoding: .utf8)
    #expect(original.contains("\"societyConvention\": \"payoff\""))
    let path = try directory.write(
      "se-2016.json", original.replacingOccurrences(of: "\"societyConvention\": \"payoff\"", with: "\"societyConvention\": \"welfare\""))
    #expect(try evaluate([Self.seed, "--model", path]).model["convention"] as? String == "welfare")
    let overridden = try evaluate([Self.seed, "--model", path, "--convention", "payoff"])
    #expect(overridden.model["convention"] as? String == "payoff")
    #expect(overridden.society["revenue"] as? Double == 480_305.28)
  }

  @Test("An unknown convention is a usage error (64) that lists the choices", arguments: ["evaluate", "report"])
  func unknownConventionIsAUsageError(command: String) throws {
    let result = try CLI.run([command, Self.seed, "--convention", "strict", "--lang", "en"])
    #expect(result.status == 64)
    #expect(result.out.isEmpty)
    #expect(result.err.contains("invalid value 'strict' for '--convention'; expected one of: payoff, welfare"), "\(result.err)")
  }

  @Test("The report shows society's figures in the chosen convention and beside them in the other, with why they differ")
  func reportShowsBothConventions() throws {
    let payoff = try run(["report", Self.seed, "--model", "se-2016", "--format", "md"])
    let row = "| Intäkter år 1 | 480 305 kr | 384 305 kr |"
    #expect(payoff.contains("| Nyckeltal | Payoff-kompatibel (vald) | Strikt välfärdsekonomisk |"), "\(payoff)")
    #expect(payoff.contains(row))
    #expect(payoff.contains("| Potential före | 634 855 kr | 538 855 kr |"))
    #expect(payoff.contains("De skiljer sig med de offentliga utbetalningarna till individen (ersättningar och bidrag; här 96 000 kr i intäkt år 1)"))
    #expect(payoff.contains("Samhällsperspektiv: Payoff-kompatibelt."))

    let welfare = try run(["report", Self.seed, "--model", "se-2016", "--format", "md", "--convention", "welfare", "--lang", "en"])
    #expect(welfare.contains("| Key figure | Strict welfare (chosen) | Payoff-compatible |"), "\(welfare)")
    #expect(welfare.contains("| Revenue year 1 | 384,305 SEK | 480,305 SEK |"))
    #expect(welfare.contains("They differ by the public payments to the individual (benefits; here 96,000 SEK of year-1 revenue)"))
    #expect(welfare.contains("Society convention: strict welfare."))
    // The headline figures are the chosen convention's.
    #expect(welfare.contains("revenue 384,305 SEK − cost 0 SEK"))
  }

  @Test("The method box names the method, the convention, the tax rules and the forecast's assumptions")
  func methodBox() throws {
    let sv = try run(["report", Self.seed, "--model", "se-2016", "--format", "md", "--drop-off", "10", "--discount-rate", "3,5"])
    for point in [
      "- Före/efter-jämförelse utan kontrollgrupp", "- Samhällsperspektiv: Payoff-kompatibelt.", "- Skatter: ",
      "- 5-årsprognos: år 1-effekten minskar med 10,0 % per år och diskonteras med 3,5 % per år (år 1 odiskonterat). Återbetalningstiden räknas med samma antaganden.",
    ] {
      #expect(sv.contains(point), "missing: \(point)")
    }
    let en = try run(["report", Self.seed, "--model", "se-2016", "--format", "md", "--lang", "en"])
    for point in [
      "- Before/after comparison without a control group", "- Society convention: Payoff-compatible.", "- Taxes: ", "- 5-year forecast: ",
    ] {
      #expect(en.contains(point), "missing: \(point)")
    }
  }

  @Test("Payback with drop-off: undefined beyond the horizon in evaluate's JSON and text and in the report's curve")
  func paybackNotWithinHorizon() throws {
    let directory = try TemporaryDirectory()
    let original = try String(contentsOfFile: Self.seed, encoding: .utf8)
    // R = 480 305.28; with 50 % drop-off five years give 1.9375 × R = 930 591.48 < 1 000 000.
    let path = try directory.write("costly.json", original.replacingOccurrences(of: "\"total\": 0", with: "\"total\": 1000000"))
    let decaying = try evaluate([path, "--model", "se-2016", "--drop-off", "50"]).society
    #expect(decaying["paybackMonths"] is NSNull)
    #expect((decaying["undefined"] as? [String: Any])?["paybackMonths"] as? String == "notPaidBackWithinHorizon")
    #expect(decaying["forecastRevenue5"] as? Double == 930_591.48)
    let text = try run(["evaluate", path, "--model", "se-2016", "--drop-off", "50"])
    #expect(text.contains("ingen återbetalning inom 5 år"), "\(text)")
    let report = try run(["report", path, "--model", "se-2016", "--format", "md", "--drop-off", "50"])
    #expect(report.contains("ingen återbetalning inom 5 år"))
    #expect(report.contains("täcker fem års intäkter inte kostnaden"))
    // The curve stays below zero at month 60: −69 409 kr (930 591 − 1 000 000).
    #expect(report.contains("| 60 | −69 409 kr |"), "\(report)")

    // Without drop-off the same cost pays back at 12 × C / R = 24.98 months, as before.
    let constant = try evaluate([path, "--model", "se-2016"]).society
    let months = try #require(constant["paybackMonths"] as? Double)
    #expect(abs(months - 12 * 1_000_000 / 480_305.28) < 0.0001)
    // With 25 % drop-off: years 1 and 2 give 480 305.28 + 360 228.96 = 840 534.24, year 3 270 171.72,
    // so 24 + 12 × 159 465.76 / 270 171.72 = 31.08 months.
    let faded = try #require(try evaluate([path, "--model", "se-2016", "--drop-off", "25"]).society["paybackMonths"] as? Double)
    #expect(abs(faded - (24 + 12 * 159_465.76 / 270_171.72)) < 0.0001)
  }
}
