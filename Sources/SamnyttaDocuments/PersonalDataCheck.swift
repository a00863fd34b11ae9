import SamnyttaEngine
import SamnyttaFormats

/// Refuses personal identity numbers anywhere in the free text of an input file, so that the
/// data stays pseudonymous: every string value and object key of an evaluation or summary input
/// (name, association, period, source, attributes and their keys, cost-type keys, ids, codes), and
/// every cell of a participant CSV, header included. The rule is `PersonalIdentityNumber`'s.
///
/// A refusal says where (line, column, JSON path or CSV column) and that the text looks like a
/// personnummer, and never repeats the text: an error message ends up in terminals, logs and CI
/// output. A key that looks like one is named by its position (`<key 2>`) in every path.
///
/// Model documents are not checked: they are ours, and hold no participant data.
public enum PersonalDataCheck {
  /// What every refusal says after naming the place, in English (``DataMessage`` renders both languages).
  public static let message =
    "looks like a Swedish personal identity number (personnummer); input data must be pseudonymous, "
    + "so the text is not repeated here: remove the number or use a pseudonym"

  /// Every string value and object key in `tree` that looks like a personnummer, in file order,
  /// each at its line and column (a key at its value's) and JSON path.
  public static func errors(in tree: JSONValue, file: String) -> [DataError] {
    var found: [DataError] = []
    walk(tree, path: "$", file: file, into: &found)
    return found
  }

  static func walk(_ node: JSONValue, path: String, file: String, into found: inout [DataError]) {
    switch node.kind {
    case .string(let text):
      if PersonalIdentityNumber.looksLikeOne(text) {
        found.append(DataError(file: file, path: path, line: node.line, column: node.column, reason: .personalIdentityNumber(.value)))
      }
    case .array(let elements):
      for (i, element) in elements.enumerated() { walk(element, path: "\(path)[\(i)]", file: file, into: &found) }
    case .object(let members):
      for (i, member) in members.enumerated() {
        if PersonalIdentityNumber.looksLikeOne(member.key) {
          found.append(
            DataError(file: file, path: path, line: member.value.line, column: member.value.column, reason: .personalIdentityNumber(.key(i + 1))))
          walk(member.value, path: "\(path).<key \(i + 1)>", file: file, into: &found)
        } else {
          walk(member.value, path: "\(path).\(member.key)", file: file, into: &found)
        }
      }
    case .null, .bool, .number: break
    }
  }

  /// Every cell of a CSV document that looks like a personnummer, in file order, at its line and
  /// named by its column: the header's text when that is clean, otherwise the cell's position.
  public static func errors(in document: CSVReader.Document, file: String) -> [DataError] {
    guard let header = document.records.first else { return [] }
    let names = header.cells.map { text -> String? in
      let name = text.trimmedBlank
      return name.isEmpty || PersonalIdentityNumber.looksLikeOne(name) ? nil : name
    }
    var found: [DataError] = []
    for (i, text) in header.cells.enumerated() where PersonalIdentityNumber.looksLikeOne(text) {
      found.append(DataError(file: file, path: "", line: header.line, reason: .personalIdentityNumber(.headerCell(i + 1))))
    }
    for record in document.records.dropFirst() {
      for (i, text) in record.cells.enumerated() where PersonalIdentityNumber.looksLikeOne(text) {
        let name = i < names.count ? names[i] : nil
        found.append(DataError(file: file, path: "", line: record.line, reason: .personalIdentityNumber(.cell(header: name, position: i + 1))))
      }
    }
    return found
  }

  /// The first of `errors`, telling where the others are (by place, never by text), for a caller
  /// that can throw only one error.
  static func first(of errors: [DataError]) -> DataError? {
    guard var first = errors.first else { return nil }
    let others = errors.dropFirst()
    if !others.isEmpty, case .personalIdentityNumber(let place, _, _) = first.reason {
      let shown = others.prefix(10).map { DataMessage.Elsewhere(line: $0.line, path: $0.path) }
      first.reason = .personalIdentityNumber(place, elsewhere: Array(shown), elsewhereCount: others.count)
    }
    return first
  }
}
