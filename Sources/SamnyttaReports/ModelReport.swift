import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// `samnytta model show`: every parameter with its value, range, basis, source, year and the date
/// it was verified. The headings and labels follow `--lang` (Swedish: space thousands and decimal
/// comma; English: comma thousands and decimal point); the model's own texts (title, sources,
/// notes) stay as the model file gives them. The JSON gives the same per parameter with plain
/// numbers, for the uncertainty analysis and other programs.
public enum ModelReport {
  public static func text(_ model: ModelDocument, _ l: Language = .sv) -> String {
    let p = model.parameters
    let sv = l == .sv
    var lines = [
      "\(p.id): \(model.title)",
      sv
        ? "prisnivå \(p.priceYear), samhällskonvention \(p.convention.rawValue), formatversion \(model.fileFormatVersion)"
        : "price level \(p.priceYear), society convention \(p.convention.rawValue), format version \(model.fileFormatVersion)", "",
    ]
    let header =
      sv ? ["parameter", "värde", "intervall", "grund", "år", "verifierad"] : ["parameter", "value", "range", "basis", "year", "verified"]
    let rows = model.numericParameters.map { parameter in
      [
        parameter.path, display(parameter.value, parameter.kind, l),
        "\(display(parameter.low, parameter.kind, l))–\(display(parameter.high, parameter.kind, l))",
        parameter.basis.map { label($0, l) } ?? "–", "\(parameter.provenance.year)", parameter.provenance.evidence?.verified ?? "–",
      ]
    }
    let table = TextTable.lines([header] + rows)
    let width = table.map(\.count).max() ?? 0
    let estimate = sv ? " [uppskattning]" : " [estimate]"
    let sources = [sv ? "källa" : "source"] + model.numericParameters.map { $0.provenance.source + ($0.provenance.estimate ? estimate : "") }
    for (i, line) in table.enumerated() {
      lines.append(line + String(repeating: " ", count: width - line.count) + "  " + sources[i])
      if i > 0, let note = model.numericParameters[i - 1].provenance.note { lines.append("    \(sv ? "not" : "note"): \(note)") }
    }
    return TerminalText.document(lines)
  }

  public static func json(_ model: ModelDocument) -> JSONOutput {
    .object([
      "formatVersion": .integer(model.fileFormatVersion),
      "id": .string(model.parameters.id),
      "title": .string(model.title),
      "priceYear": .integer(model.parameters.priceYear),
      "convention": .string(model.parameters.convention.rawValue),
      "parameters": .array(
        model.numericParameters.map { parameter in
          let p = parameter.provenance
          return .object([
            "path": .string(parameter.path), "kind": .string(parameter.kind.rawValue),
            "value": parameter.kind == .table ? .integer(Int(parameter.value)) : .number(p.value),
            "low": .number(plain(parameter.low)), "high": .number(plain(parameter.high)),
            "basis": parameter.basis.map { .string($0.rawValue) } ?? .null,
            "verified": p.evidence.map { .string($0.verified) } ?? .null,
            "source": .string(p.source), "year": .integer(p.year), "estimate": .bool(p.estimate),
            "note": p.note.map(JSONOutput.string) ?? .null,
          ])
        }),
    ])
  }

  /// The name of a basis in `l`.
  public static func label(_ basis: Basis, _ l: Language = .sv) -> String {
    let sv = l == .sv
    switch basis {
    case .law: return sv ? "lag" : "law"
    case .officialStatistic: return sv ? "officiell statistik" : "official statistic"
    case .priceList: return sv ? "prislista" : "price list"
    case .derived: return sv ? "härledd" : "derived"
    case .estimate: return sv ? "uppskattning" : "estimate"
    }
  }

  /// Kronor with thousands grouped and öre where there are any; shares and other numbers with the
  /// language's decimal separator.
  static func display(_ x: Double, _ kind: ParameterKind, _ l: Language) -> String {
    switch kind {
    case .money: return NumberFormatting.groupedWithOre(Money(ore: Int64((x * 100).rounded())), language: l)
    case .share, .number: return NumberFormatting.fixed(x, decimals: 6, trimZeros: true, decimalSeparator: l == .sv ? "," : ".")
    case .table: return l == .sv ? "tabell, \(Int(x)) rader" : "table, \(Int(x)) rows"
    }
  }

  /// A JSON number: at most six decimals, without trailing zeros (money has at most two).
  static func plain(_ x: Double) -> String { NumberFormatting.fixed(x, decimals: 6, trimZeros: true) }
}
