import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// One evaluation in a side-by-side comparison: its key figures per participant, per perspective.
public struct ComparedEvaluation: Sendable {
  public var id: Int64
  public var name: String
  public var association: String
  /// Known only by published figures: society's perspective only.
  public var isSummary: Bool
  /// `nil` when the source does not give a participant count.
  public var participants: Int?
  public var perParticipant: [Perspective: KeyFigures]

  public init(id: Int64, name: String, association: String, isSummary: Bool, participants: Int?, perParticipant: [Perspective: KeyFigures]) {
    self.id = id
    self.name = name
    self.association = association
    self.isSummary = isSummary
    self.participants = participants
    self.perParticipant = perParticipant
  }
}

/// Key figures side by side, one column per evaluation and one block per perspective.
///
/// Amounts are per participant so that interventions of different size can be read side by side;
/// ratios do not depend on the count. A perspective an evaluation lacks (a summary entry has
/// society's only) is an empty cell.
public struct ComparisonReport: Sendable {
  public var evaluations: [ComparedEvaluation]
  public var modelID: String
  public var priceYear: Int

  public init(evaluations: [ComparedEvaluation], modelID: String, priceYear: Int) {
    self.evaluations = evaluations
    self.modelID = modelID
    self.priceYear = priceYear
  }

  /// The perspectives any evaluation has, in the usual order.
  var perspectives: [Perspective] { Perspective.allCases.filter { p in evaluations.contains { $0.perParticipant[p] != nil } } }

  public func text(_ l: Language) -> String {
    var lines = [
      (l == .sv ? "Jämförelse per deltagare, modell " : "Comparison per participant, model ")
        + "\(modelID) (\(Labels.text(.priceLevel, l)) \(priceYear))",
      "",
    ]
    for e in evaluations {
      let count = e.participants.map { "\($0)" } ?? (l == .sv ? "okänt antal" : "count unknown")
      lines.append(
        "  [\(e.id)] \(e.name), \(e.association) (\(count) \(Labels.text(.participants, l).lowercased()))\(e.isSummary ? Labels.summaryTag(l) : "")")
    }
    for perspective in perspectives {
      lines.append("")
      lines.append(Labels.perspective(perspective, l))
      var table = [[""] + evaluations.map { "[\($0.id)]" }]
      for field in KeyFigure.perspectiveFigures {
        table.append([field.label(l)] + evaluations.map { e in e.perParticipant[perspective].map { field.text($0, l) } ?? "" })
      }
      lines += TextTable.lines(table, indent: "  ")
    }
    return TerminalText.document(lines)
  }

  public func json() -> JSONOutput {
    .object([
      "formatVersion": .integer(ResultJSON.formatVersion), "model": .string(modelID), "priceYear": .integer(priceYear),
      "amounts": .string("perParticipant"),
      "evaluations": .array(
        evaluations.map { e in
          .object([
            "id": .integer(Int(e.id)), "name": .string(e.name), "association": .string(e.association), "summary": .bool(e.isSummary),
            "participants": e.participants.map(JSONOutput.integer) ?? .null,
            "keyFigures": .object(
              Dictionary(
                uniqueKeysWithValues: e.perParticipant.map { perspective, k in
                  (perspective.rawValue, ResultJSON.keyFigures(k))
                })),
          ])
        }),
    ])
  }

  /// One row per perspective and figure, one column per evaluation (headed by its id).
  public func csv() -> CSVTable {
    var table = CSVTable(header: ["perspective", "figure"] + evaluations.map { "\($0.id)" })
    for perspective in perspectives {
      for field in KeyFigure.perspectiveFigures {
        table.rows.append(
          [.text(perspective.rawValue), .text(field.rawValue)]
            + evaluations.map { e in e.perParticipant[perspective].map { field.cell($0) } ?? .text("") })
      }
    }
    return table
  }
}
