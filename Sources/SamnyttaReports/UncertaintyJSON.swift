import SamnyttaEngine
import SamnyttaFormats

extension UncertaintySettings {
  /// The JSON keys of the interval's ends and median, named after their percentiles: `p05`, `p50`,
  /// `p95` at level 90; `p025`, `p50`, `p975` at 95 (the percentile's digits without the decimal
  /// point, at least two before it).
  public var percentileKeys: (low: String, median: String, high: String) {
    let q = quantiles
    return (Self.key(q.low), Self.key(q.median), Self.key(q.high))
  }

  static func key(_ quantile: Double) -> String {
    let percent = NumberFormatting.fixed(quantile * 100, decimals: 4, trimZeros: true)
    let parts = percent.split(separator: ".", omittingEmptySubsequences: false)
    let whole = parts[0].count < 2 ? "0" + parts[0] : String(parts[0])
    return "p" + whole + (parts.count > 1 ? String(parts[1]) : "")
  }

  /// The level as people read it: `90 %`.
  public func levelText(_ l: Language) -> String { "\(NumberFormatting.decimal(level, decimals: level == level.rounded() ? 0 : 1, language: l)) %" }
}

extension ResultJSON {
  /// The top-level `uncertainty` object (Docs/output-format.md): the settings, then per source
  /// (`combined`, `sampling`, `parameters`) `keyFigures.<perspective>.<figure>` = `{p05, p50, p95,
  /// undefinedDraws}` and the probabilities that profitability year 1 and over 5 years is above zero;
  /// and the tornado bars of society's 5-year profitability.
  public static func uncertainty(_ u: UncertaintyResult) -> JSONOutput {
    let keys = u.settings.percentileKeys
    func value(_ figure: KeyFigure, _ x: Double?) -> JSONOutput {
      guard let x else { return .null }
      if figure.isAmount { return Money(roundingOre: x * 100).map(JSONOutput.money) ?? .null }
      return .ratio(x, decimals: ratioDecimals)
    }
    var sources: [String: JSONOutput] = [:]
    for source in UncertaintySource.allCases {
      let summary = u.summary(source)
      var perspectives: [String: JSONOutput] = [:]
      var probabilities: [String: JSONOutput] = [:]
      for perspective in Perspective.allCases {
        var figures: [String: JSONOutput] = [:]
        for figure in KeyFigure.perspectiveFigures {
          guard let interval = summary.intervals[perspective]?[figure] else { continue }
          figures[figure.key] = .object([
            keys.low: value(figure, interval.low), keys.median: value(figure, interval.median), keys.high: value(figure, interval.high),
            "undefinedDraws": .integer(interval.undefinedDraws),
          ])
        }
        perspectives[perspective.rawValue] = .object(figures)
        probabilities[perspective.rawValue] = .object([
          "profitabilityYear1": .ratio(summary.probabilityProfitableYear1[perspective] ?? 0, decimals: 4),
          "profitability5": .ratio(summary.probabilityProfitable5[perspective] ?? 0, decimals: 4),
        ])
      }
      sources[source.rawValue] = .object(["keyFigures": .object(perspectives), "probabilityAboveZero": .object(probabilities)])
    }
    return .object([
      "draws": .integer(u.settings.draws), "seed": .number(String(u.settings.seed)), "level": .ratio(u.settings.level, decimals: 4),
      "drawnParameterGroups": .integer(u.drawnGroups),
      "sources": .object(sources),
      "tornado": .object([
        "figure": .string(KeyFigure.profitability5.key), "perspective": .string(Perspective.society.rawValue),
        "base": .money(u.baseProfitability5),
        "bars": .array(
          u.tornado.map { bar in
            .object([
              "parameter": .string(bar.name), "members": .array(bar.members.map(JSONOutput.string)), "atLow": .money(bar.atLow),
              "atHigh": .money(bar.atHigh),
            ])
          }),
      ]),
    ])
  }

  /// The top-level `switchingValues` object: society's switching values as shares, `null` with a
  /// reason in `undefined` where there is none.
  public static func switchingValues(_ s: SwitchingValues) -> JSONOutput {
    var members: [String: JSONOutput] = ["perspective": .string(Perspective.society.rawValue)]
    var undefined: [String: JSONOutput] = [:]
    for (key, value) in s.entries {
      members[key] = value.share.map { .ratio($0, decimals: 6) } ?? .null
      if let reason = value.undefined { undefined[key] = .string(reason.rawValue) }
    }
    members["undefined"] = .object(undefined)
    return .object(members)
  }
}

extension SwitchingValues {
  /// Every switching value by its JSON key, in the order the text lists them.
  public var entries: [(key: String, value: Value)] {
    [("externalFactorsShareYear1", externalFactorsYear1), ("externalFactorsShare5", externalFactors5)]
      + Self.paybackHorizons.map {
        ("revenueFallBeforePayback\($0)Months", revenueFallBeforePayback[$0] ?? Value(share: nil, undefined: .revenueNotPositive))
      }
      + [("costRiseBeforeProfitability5", costRiseBefore5)]
  }
}
