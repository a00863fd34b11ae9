import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// The key-figure table a board member reads: Swedish by default, kr with space thousands separators.
/// Its lines are printed through ``TerminalText/document(_:)``, so control characters in the input's
/// name, association, period or source show instead of acting.
public enum TextReport {
  /// - Parameter uncertainty: when given (`--uncertainty`), each society figure gets its interval
  ///   (all sources together) beside it, and a paragraph compares the sources.
  public static func evaluation(_ result: EvaluationResult, language l: Language, uncertainty: UncertaintyResult? = nil) -> String {
    func t(_ key: Labels.Key) -> String { Labels.text(key, l) }
    func kr(_ m: Money) -> String { "\(NumberFormatting.grouped(m, language: l)) \(t(.kr))" }
    var lines: [String] = []
    lines.append("\(t(.title)): \(result.name)")
    lines.append(result.association + (result.period.map { " · \($0)" } ?? ""))
    lines.append("\(t(.model)): \(result.modelID) (\(t(.priceLevel)) \(result.priceYear))")
    lines.append("\(t(.convention)): \(Labels.convention(result.convention, l))")
    lines.append("\(t(.participants)): \(result.participantCount) (\(Labels.records(result.recordCount, l)))")
    let perHead = result.figures(.society).perParticipant(result.participantCount).cost
    lines.append("\(t(.cost)): \(kr(result.cost.total)) (\(kr(perHead)) \(t(.perParticipant)))")
    lines.append("\(t(.classification)): \(Labels.classification(result.classification, l))")
    lines.append("")

    let society = result.figures(.society)
    lines.append(t(.keyFiguresSociety))
    let rows: [(String, String)] =
      [
        (t(.potentialBefore), kr(society.potentialBefore)),
        (t(.potentialAfter), kr(society.potentialAfter)),
        (t(.revenue), kr(society.revenue)),
        (t(.cost), kr(society.cost)),
        (t(.profitability1), kr(society.profitabilityYear1)),
        (t(.forecast5), kr(society.forecastRevenue5)),
        (t(.profitability5), kr(society.profitability5)),
        (t(.writeOff3), kr(society.profitabilityWriteOff3)),
        (
          t(.external) + " (\(NumberFormatting.decimal(result.options.externalFactorsShare * 100, decimals: 0, language: l)) %)",
          kr(society.profitabilityExternalFactors)
        ),
        (t(.payback), payback(society, l)),
      ] + ratioRows(society, l)
    let labelWidth = rows.map(\.0.count).max()!
    let valueWidth = rows.map(\.1.count).max()!
    let intervals = uncertainty.map { UncertaintyText.societyIntervals($0, l) }
    for (i, (label, value)) in rows.enumerated() {
      let interval = intervals.map { $0.indices.contains(i) ? "  " + $0[i] : "" } ?? ""
      lines.append("  " + label.padded(labelWidth) + "  " + value.leftPadded(valueWidth) + interval)
    }
    lines.append("")

    lines.append(t(.perActor))
    let header = ["", t(.revenueYear1), t(.cost), t(.profitability1), t(.profitability5), t(.payback)]
    var table: [[String]] = [header]
    for figures in result.perspectives {
      let k = figures.total
      let indent = figures.perspective.isPartOfState ? "  " : ""
      table.append([
        indent + Labels.perspective(figures.perspective, l), kr(k.revenue), kr(k.cost), kr(k.profitabilityYear1),
        kr(k.profitability5), payback(k, l),
      ])
    }
    let widths = (0..<header.count).map { column in table.map { $0[column].count }.max()! }
    for row in table {
      var line = "  " + row[0].padded(widths[0])
      for column in 1..<row.count { line += "  " + row[column].leftPadded(widths[column]) }
      lines.append(line)
    }
    lines.append("")
    lines.append("\(t(.method)): \(result.baseline.methodSentence(participants: result.participantCount, records: result.recordCount, l))")
    lines.append("\(t(.forecastAssumption)): " + forecastAssumption(result.options, l))
    lines.append("")
    lines += switchingValueLines(SwitchingValues(society, options: result.options), l)
    if let uncertainty {
      lines.append("")
      lines += UncertaintyText.summaryLines(uncertainty, l)
    }
    return TerminalText.document(lines)
  }

  /// The switching values under their heading, one sentence each.
  static func switchingValueLines(_ s: SwitchingValues, _ l: Language) -> [String] {
    [SwitchingValuesText.heading(l)] + SwitchingValuesText.sentences(s, l).map { "  " + $0 }
  }

  static func payback(_ k: KeyFigures, _ l: Language) -> String { KeyFigure.paybackMonths.text(k, l) }

  /// Verkningsgrad, cost per verkningsgrad and return per krona, or why each is undefined.
  static func ratioRows(_ k: KeyFigures, _ l: Language) -> [(String, String)] {
    [KeyFigure.verkningsgrad, .costPerVerkningsgrad, .returnPerKrona].map { ($0.label(l), $0.text(k, l)) }
  }

  static func forecastAssumption(_ o: ForecastOptions, _ l: Language) -> String {
    let drop = NumberFormatting.decimal(o.dropOff * 100, decimals: 1, language: l)
    let rate = NumberFormatting.decimal(o.discountRate * 100, decimals: 1, language: l)
    if o.dropOff == 0 && o.discountRate == 0 {
      return l == .sv
        ? "år 1-effekten antas bestå oförändrad i 5 år, odiskonterad."
        : "the year-1 effect is assumed to persist unchanged for 5 years, undiscounted."
    }
    return l == .sv
      ? "år 1-effekten minskar med \(drop) % per år och diskonteras med \(rate) % per år (år 1 odiskonterat)."
      : "the year-1 effect drops by \(drop) % a year and is discounted at \(rate) % a year (year 1 undiscounted)."
  }
}

extension String {
  func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
  func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}

extension TextReport {
  /// Key figures of an evaluation known only by its published aggregates.
  public static func summary(_ s: SummaryInput, figures k: KeyFigures, metadata: DocumentMetadata, options: ForecastOptions, language l: Language)
    -> String
  {
    func t(_ key: Labels.Key) -> String { Labels.text(key, l) }
    func kr(_ m: Money) -> String { "\(NumberFormatting.grouped(m, language: l)) \(t(.kr))" }
    let rows: [(String, String)] =
      [
        (t(.potentialBefore), k.potentialBefore > .zero ? kr(k.potentialBefore) : "–"),
        (t(.revenue), kr(k.revenue)),
        (t(.cost), kr(k.cost)),
        (t(.profitability1), kr(k.profitabilityYear1)),
        (t(.forecast5), kr(k.forecastRevenue5)),
        (t(.profitability5), kr(k.profitability5)),
        (t(.writeOff3), kr(k.profitabilityWriteOff3)),
        (t(.payback), payback(k, l)),
      ] + ratioRows(k, l)
    var lines = ["\(t(.title)): \(s.name)", s.association + (metadata.period.map { " · \($0)" } ?? "")]
    lines.append(
      l == .sv ? "Sammanfattning utan deltagarposter (publicerade aggregat)" : "Summary without participant records (published aggregates)")
    if let source = metadata.source { lines.append((l == .sv ? "Källa: " : "Source: ") + source) }
    if s.participantsKnown {
      lines.append("\(t(.participants)): \(s.participants)")
    } else {
      lines.append("\(t(.participants)): " + (l == .sv ? "okänt antal; beloppen gäller per deltagare" : "count unknown; amounts are per participant"))
    }
    if s.derivedFromPublished {
      lines.append(
        l == .sv
          ? "Beloppen är härledda ur publicerad verkningsgrad, återbetalningstid och kostnad per verkningsgrad."
          : "The amounts are derived from the published verkningsgrad, payback time and cost per verkningsgrad.")
    }
    if let p = s.published {
      let kr = t(.kr)
      let parts = [
        p.verkningsgrad.map { "\(t(.verkningsgrad)) \(NumberFormatting.decimal($0, decimals: 1, language: l)) %" },
        p.paybackMonths.map { "\(t(.payback)) \(NumberFormatting.groupedDecimal($0, decimals: 1, language: l)) \(t(.months))" },
        p.costPerVerkningsgrad.map { "\(t(.costPerPoint)) \(NumberFormatting.grouped(kronor: $0, language: l)) \(kr)" },
        p.returnPerKrona.map { "\(t(.returnPerKrona)) \(NumberFormatting.decimal($0, decimals: 2, language: l)) \(kr)" },
      ].compactMap { $0 }
      lines.append((l == .sv ? "Publicerat: " : "Published: ") + parts.joined(separator: "; "))
    }
    lines.append("")
    lines.append(t(.keyFiguresSociety))
    let labelWidth = rows.map(\.0.count).max()!
    let valueWidth = rows.map(\.1.count).max()!
    for (label, value) in rows { lines.append("  " + label.padded(labelWidth) + "  " + value.leftPadded(valueWidth)) }
    lines.append("")
    lines.append("\(t(.forecastAssumption)): " + forecastAssumption(options, l))
    lines.append("")
    lines += switchingValueLines(SwitchingValues(k, options: options), l)
    return TerminalText.document(lines)
  }
}
