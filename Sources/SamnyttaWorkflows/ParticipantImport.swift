import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// `import`: participants kept in a spreadsheet become the participants of an evaluation
/// document. The CSV holds only participants; the intervention's name, association and cost come
/// from an existing document (`base`) or from `overrides`. The document is checked as `validate`
/// would check it before anyone writes it.
public enum ParticipantImport {
  /// What the user gives besides the CSV: top-level text and year fields, and the total cost.
  public struct Overrides: Sendable {
    public var fields: [String: JSONOutput]
    public var cost: Money?
    public init(fields: [String: JSONOutput] = [:], cost: Money? = nil) {
      self.fields = fields
      self.cost = cost
    }
  }

  /// The assembled document: its JSON text, how many participant records it holds, and the
  /// import's notes (columns left out), each with its place in the spreadsheet.
  public struct Document: Sendable {
    public var text: String
    public var participantRecords: Int
    public var notes: [DataError] = []
    public var bytes: [UInt8] { Array(text.utf8) }
  }

  /// Builds the document from `csv` (CSV text or an .xlsx workbook, whose first sheet or `sheet`
  /// is read) and either `base` (an existing document's path) or the overrides alone, and checks
  /// it under `model`. `label` names the document in errors.
  public static func assemble(
    csv: [UInt8], csvPath: String, sheet: String? = nil, base: String?, overrides: Overrides, model: ModelDocument, label: String
  ) throws -> Document {
    var root: [String: JSONOutput]
    if let base {
      root = try baseDocument(base)
    } else {
      root = ["formatVersion": .integer(InputDocument.formatVersion)]
    }
    for (key, value) in overrides.fields { root[key] = value }
    if let cost = overrides.cost {
      if case .object(var object)? = root["cost"] {
        object["total"] = .money(cost)
        root["cost"] = .object(object)
      } else {
        root["cost"] = .object(["total": .money(cost)])
      }
    }
    let imported = try ParticipantCSV.load(csv, file: csvPath, model: model, sheet: sheet)
    root["participants"] = .array(imported.participants)
    // The comparison group's rows (`grupp` jämförelse) replace a base document's group; none keeps it.
    if !imported.comparison.isEmpty { root["comparison"] = .object(["participants": .array(imported.comparison)]) }
    let document = Document(text: JSONOutput.object(root).rendered(), participantRecords: imported.participants.count, notes: imported.notes)
    try check(document.bytes, label: label, model: PreparedModel(model.parameters))
    return document
  }

  /// The document `validate` would accept, or its errors. They name the document to be written
  /// without a line (it has none yet) and say that nothing was written.
  static func check(_ bytes: [UInt8], label: String, model: PreparedModel) throws {
    func unwritten(_ error: DataError) -> DataError {
      var unwritten = DataError(file: label, path: error.path, reason: error.reason)
      unwritten.notWritten = true
      return unwritten
    }
    do {
      _ = try EvaluatedDocument.validate(bytes, file: label, model: model)
    } catch let error as DataError {
      throw unwritten(error)
    } catch let error as DataErrors {
      throw DataErrors(error.errors.map(unwritten))
    }
  }

  /// The top-level fields of an existing evaluation document, numbers kept as written.
  static func baseDocument(_ path: String) throws -> [String: JSONOutput] {
    let tree: JSONValue
    do {
      tree = try JSONParser.parse(try FileReading.read(path))
    } catch let error as JSONSyntaxError {
      throw DataError(file: path, path: "", line: error.line, column: error.column, reason: .invalidJSON(error.reason))
    }
    guard case .object(let members) = tree.kind else {
      throw DataError(file: path, path: "$", line: tree.line, column: tree.column, reason: .expectedType(.object, found: .init(tree)))
    }
    if let kind = members.first(where: { $0.key == "kind" })?.value, case .string("summary") = kind.kind {
      throw DataError(
        file: path, path: "$.kind", line: kind.line, column: kind.column,
        reason: .summaryHasNoParticipants)
    }
    guard case .object(let fields) = JSONOutput(tree) else { return [:] }
    return fields
  }
}
