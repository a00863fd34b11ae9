import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// `samnytta model show`: every parameter with its value, range, basis, source, year and the date
/// it was verified. The text is Swedish (numbers with space thousands and decimal comma); the JSON
/// gives the same per parameter with plain numbers, for the uncertainty analysis and other programs.
public enum ModelReport {
  public static func text(_ model: ModelDocument) -> String {
    let p = model.parameters
    var lines = [
      "\(p.id): \(model.title)",
      "prisnivå \(p.priceYear), samhällskonvention \(p.convention.rawValue), formatversion \(model.fileFormatVersion)", "",
    ]
    let header = ["parameter", "värde", "intervall", "grund", "år", "verifierad"]
    let rows = model.numericParameters.map { parameter in
      [
        parameter.path, display(parameter.value, parameter.kind),
        "\(display(parameter.low, parameter.kind))–\(display(parameter.high, parameter.kind))",
        parameter.basis.map(label) ?? "–", "\(parameter.provenance.year)", parameter.provenance.evidence?.verified ?? "–",
      ]
    }
    let table = TextTable.lines([header] + rows)
    let width = table.map(\.count).max() ?? 0
    let sources = ["källa"] + model.numericParameters.map { $0.provenance.source + ($0.provenance.estimate ? " [uppskattning]" : "") }
    for (i, line) in table.enumerated() {
      lines.append(line + String(repeating: " ", count: width - line.count) + "  " + sources[i])
      if i > 0, let note = model.numericParameters[i - 1].provenance.note { lines.append("    not: \(note)") }
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

  /// The Swedish name of a basis.
  public static func label(_ basis: Basis) -> String {
    switch basis {
    case .law: "lag"
    case .officialStatistic: "officiell statistik"
    case .priceList: "prislista"
    case .derived: "härledd"
    case .estimate: "uppskattning"
    }
  }

  /// Kronor with space thousands and öre where there are any; shares and other numbers with a decimal comma.
  static func display(_ x: Double, _ kind: ParameterKind) -> String {
    switch kind {
    case .money: NumberFormatting.groupedWithOre(Money(ore: Int64((x * 100).rounded())), language: .sv)
    case .share, .number: NumberFormatting.fixed(x, decimals: 6, trimZeros: true, decimalSeparator: ",")
    case .table: "tabell, \(Int(x)) rader"
    }
  }

  /// A JSON number: at most six decimals, without trailing zeros (money has at most two).
  static func plain(_ x: Double) -> String { NumberFormatting.fixed(x, decimals: 6, trimZeros: true) }
}
