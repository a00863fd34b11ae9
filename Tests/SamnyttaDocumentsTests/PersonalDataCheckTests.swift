import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaTestSupport
import Testing

/// Personnummer anywhere in the free text of an input document are refused at their place, and the
/// refusal never repeats them.
@Suite("Personal data in input documents")
struct PersonalDataCheckTests {
  static let number = "850101\u{2013}1234"
  static let digits = "8501011234"

  static let evaluation = """
    {"formatVersion": 1, "name": "NAME", "association": "ASSOCIATION", "period": "PERIOD", "year": 2024,
     "cost": {"total": 100, "byType": {"COSTKEY": 100}},
     "participants": [{"id": "ID", "sex": "SEX", "ageBand": "AGE", "education": "EDUCATION", "household": "HOUSEHOLD",
       "before": {"spells": [{"state": "STATE", "months": 12}], "care": [{"type": "CARE", "count": 2}]},
       "after": {"spells": [{"state": "arbete", "months": 12}]}}]}
    """

  static let summary = """
    {"formatVersion": 1, "kind": "summary", "name": "NAME", "association": "ASSOCIATION", "source": "SOURCE", "participants": 1,
     "revenue": 1, "cost": 1, "revenueByPerspective": {"society": 1}}
    """

  /// Each field, where it is, and the JSON path the refusal names.
  static let fields: [(placeholder: String, path: String)] = [
    ("NAME", "$.name"), ("ASSOCIATION", "$.association"), ("PERIOD", "$.period"), ("ID", "$.participants[0].id"),
    ("SEX", "$.participants[0].sex"), ("AGE", "$.participants[0].ageBand"), ("EDUCATION", "$.participants[0].education"),
    ("HOUSEHOLD", "$.participants[0].household"), ("STATE", "$.participants[0].before.spells[0].state"),
    ("CARE", "$.participants[0].before.care[0].type"),
  ]

  /// The template with each placeholder of `texts` replaced by its text and every other one by a clean word.
  static func document(_ template: String, _ texts: [String: String]) -> [UInt8] {
    var json = template
    for (placeholder, text) in texts { json = json.replacingOccurrences(of: "\"\(placeholder)\"", with: "\"\(text)\"") }
    for (other, _) in fields + [("COSTKEY", ""), ("SOURCE", "")] { json = json.replacingOccurrences(of: "\"\(other)\"", with: "\"x\"") }
    return Array(json.utf8)
  }

  static func document(_ template: String, _ placeholder: String, _ text: String) -> [UInt8] { document(template, [placeholder: text]) }

  static func refusal(_ bytes: [UInt8]) -> DataError? {
    do {
      _ = try InputDocument.decode(bytes, file: "in.json")
      return nil
    } catch {
      return error
    }
  }

  @Test(arguments: fields)
  func everyTextFieldOfAnEvaluationIsChecked(placeholder: String, path: String) throws {
    for text in [Self.number, "Anna (\(Self.number))", "pnr:19850101/1234x"] {
      let error = try #require(Self.refusal(Self.document(Self.evaluation, placeholder, text)), "\(path): \(text)")
      #expect(error.path == path)
      #expect(error.message == PersonalDataCheck.message)
      #expect(error.line != nil && error.column != nil)
      #expect(!error.description.contains(Self.digits) && !error.description.contains("1234"), "\(error)")
    }
  }

  @Test func aCostTypeKeyIsNamedByPosition() throws {
    let error = try #require(Self.refusal(Self.document(Self.evaluation, "COSTKEY", "lön \(Self.number)")))
    // At the value's line and column (columns count bytes), since a key has no position of its own.
    #expect(error.description == "in.json:2:58: $.cost.byType: key 1 " + PersonalDataCheck.message)
  }

  @Test func summaryFieldsAreChecked() throws {
    for (placeholder, path) in [("NAME", "$.name"), ("ASSOCIATION", "$.association"), ("SOURCE", "$.source")] {
      let error = try #require(Self.refusal(Self.document(Self.summary, placeholder, "seed \(Self.number)")))
      #expect(error.path == path)
      #expect(!error.description.contains("1234"))
    }
  }

  @Test func anyOtherStringAndKeyIsCheckedToo() throws {
    // An unknown key and an unknown value would be quoted by the structural checks: the personal
    // data check comes first, so neither is.
    let unknownKey = Array(#"{"formatVersion": 1, "name": "n", "association": "a", "850101-1234": 1}"#.utf8)
    let keyError = try #require(Self.refusal(unknownKey))
    #expect(keyError.description == "in.json:1:70: $: key 4 " + PersonalDataCheck.message)
    let nested = Array(
      #"{"formatVersion": 1, "name": "n", "association": "a", "kind": "evaluation", "x": {"850101-1234": ["ok", "19850101-1234"]}}"#.utf8)
    let errors = PersonalDataCheck.errors(in: try JSONParser.parse(nested), file: "in.json")
    #expect(errors.map(\.path) == ["$.x", "$.x.<key 1>[1]"])
    let unknownKind = Array(#"{"formatVersion": 1, "kind": "summary 850101-1234", "name": "n", "association": "a"}"#.utf8)
    #expect(try #require(Self.refusal(unknownKind)).path == "$.kind")
  }

  @Test func allPlacesAreListedInTheFirstRefusal() throws {
    let bytes = Self.document(Self.evaluation, ["NAME": Self.number, "ID": Self.number])
    let error = try #require(Self.refusal(bytes))
    #expect(error.path == "$.name")
    #expect(error.message.hasSuffix("(1 more in this file: line 3 $.participants[0].id)"), "\(error)")
  }

  @Test func aDuplicateKeyIsNotQuoted() throws {
    let error = try #require(Self.refusal(Array(#"{"850101-1234": 1, "850101-1234": 2}"#.utf8)))
    #expect(error.message == "invalid JSON: duplicate key (a key that looks like a personal identity number, not repeated here)")
    let clean = try #require(Self.refusal(Array(#"{"a": 1, "a": 2}"#.utf8)))
    #expect(clean.message == "invalid JSON: duplicate key 'a'")
  }

  @Test func cleanDocumentsPass() throws {
    _ = try InputDocument.decode(Self.document(Self.evaluation, "STATE", "arbete"), file: "in.json")
    _ = try InputDocument.decode(Self.document(Self.summary, "NAME", "Trampolinen 2024-01-01–2024-12-31, 1 250 000 kr"), file: "in.json")
  }
}
