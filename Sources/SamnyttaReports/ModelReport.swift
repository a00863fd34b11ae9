import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// `samnytta model show`: every parameter with its value, source and year.
public enum ModelReport {
  public static func text(_ model: ModelDocument) -> String {
    let p = model.parameters
    var lines = [
      "\(p.id): \(model.title)", "price year \(p.priceYear), society convention \(p.convention.rawValue)", "",
    ]
    let width = model.provenance.map(\.path.count).max() ?? 0
    for (path, provenance) in model.provenance {
      let estimate = provenance.estimate ? " [estimate]" : ""
      lines.append("\(path.padded(width))  \(provenance.value)  (\(provenance.year)) \(provenance.source)\(estimate)")
      if let note = provenance.note { lines.append(String(repeating: " ", count: width) + "  note: \(note)") }
    }
    return TerminalText.document(lines)
  }

  public static func json(_ model: ModelDocument) -> JSONOutput {
    .object([
      "formatVersion": .integer(ModelDocument.formatVersion),
      "id": .string(model.parameters.id),
      "title": .string(model.title),
      "priceYear": .integer(model.parameters.priceYear),
      "convention": .string(model.parameters.convention.rawValue),
      "parameters": .array(
        model.provenance.map { path, p in
          .object([
            "path": .string(path), "value": .string(p.value), "source": .string(p.source), "year": .integer(p.year),
            "estimate": .bool(p.estimate), "note": p.note.map(JSONOutput.string) ?? .null,
          ])
        }),
    ])
  }
}
