import SamnyttaEngine
import SamnyttaFormats

/// The uncertainty analysis for people: intervals beside the society figures and a paragraph that
/// compares the sources (the sample of participants against the model's prices).
public enum UncertaintyText {
  /// Society's interval from every source together, `[low – high]`, for each of
  /// ``KeyFigure/perspectiveFigures`` in order (the rows of the text table).
  public static func societyIntervals(_ u: UncertaintyResult, _ l: Language) -> [String] {
    let summary = u.summary(.combined)
    return KeyFigure.perspectiveFigures.map { figure in
      guard let interval = summary.intervals[.society]?[figure] else { return "" }
      return "[" + bound(figure, interval.low, l) + " – " + bound(figure, interval.high, l) + "]"
    }
  }

  /// One end of an interval: the figure's text, "aldrig" for a payback never reached, "–" when undefined.
  public static func bound(_ figure: KeyFigure, _ x: Double?, _ l: Language) -> String {
    if let x { return figure.text(x, l) }
    if figure == .paybackMonths { return l == .sv ? "aldrig" : "never" }
    return "–"
  }

  /// The heading, the settings, and per source society's 5-year profitability interval and the
  /// probabilities that profitability is above zero.
  public static func summaryLines(_ u: UncertaintyResult, _ l: Language) -> [String] {
    let sv = l == .sv
    let draws = NumberFormatting.grouped(kronor: Double(u.settings.draws), language: l)
    var lines = [
      sv
        ? "Osäkerhet (\(u.settings.levelText(l)) intervall, \(draws) dragningar, frö \(u.settings.seed); \(u.drawnGroups) parametergrupper dras)"
        : "Uncertainty (\(u.settings.levelText(l)) interval, \(draws) draws, seed \(u.settings.seed); \(u.drawnGroups) parameter groups drawn)"
    ]
    func pct(_ x: Double) -> String { "\(NumberFormatting.decimal(x * 100, decimals: 0, language: l)) %" }
    for source in UncertaintySource.allCases {
      let s = u.summary(source)
      let interval = s.intervals[.society]?[.profitability5]
      let range = "[" + bound(.profitability5, interval?.low, l) + " – " + bound(.profitability5, interval?.high, l) + "]"
      let p1 = pct(s.probabilityProfitableYear1[.society] ?? 0)
      let p5 = pct(s.probabilityProfitable5[.society] ?? 0)
      lines.append(
        "  " + sourceName(source, l) + ": "
          + (sv
            ? "lönsamhet 5 år \(range); P(lönsam år 1) \(p1), P(lönsam 5 år) \(p5)"
            : "profitability 5 years \(range); P(profitable year 1) \(p1), P(profitable 5 years) \(p5)"))
    }
    return lines
  }

  public static func sourceName(_ source: UncertaintySource, _ l: Language) -> String {
    switch (source, l) {
    case (.combined, .sv): "Urval och parametrar"
    case (.sampling, .sv): "Endast urval"
    case (.parameters, .sv): "Endast parametrar"
    case (.combined, _): "Sample and parameters"
    case (.sampling, _): "Sample only"
    case (.parameters, _): "Parameters only"
    }
  }
}
