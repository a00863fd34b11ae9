import Foundation
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaTestSupport
import Testing

@testable import SamnyttaDocuments

/// The documents layer's side of typed violation locations: the JSON path text and the line in a
/// parsed document for every kind of place, and the row and column in a participant import file.
@Suite struct InputLocationTests {
  /// Every target value is written once, so its position can be found in the text itself.
  static let text = """
    {
      "name": "N",
      "association": "A",
      "cost": {
        "total": -1,
        "byType": { "staff": -2 },
        "financing": { "municipality": 1.5 }
      },
      "participants": [
        { "id": "p0", "before": { "spells":[] }, "after": { "spells":[] } },
        {
          "id": "p1",
          "count": 0,
          "before": {
            "spells": [
              { "state": "nope", "months": 13.5, "extent": 2.5, "monthlyAmount": 999999999, "subsidyShare": 7 }
            ],
            "care": [
              { "type": "zzz", "count": 77777 }
            ]
          },
          "after": { "spells": [ { "state": "sjuk", "months": 1 } ] }
        }
      ]
    }
    """

  /// The 1-based line and column of the first occurrence of `needle` in the text, moved `offset` characters on.
  static func position(of needle: String, offset: Int = 0) -> (line: Int, column: Int)? {
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard let range = line.range(of: needle) else { continue }
      return (n + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1 + offset)
    }
    return nil
  }

  @Test(
    arguments: [
      (InputLocation.name, "$.name", "\"N\"", 0),
      (.association, "$.association", "\"A\"", 0),
      (.cost(.total), "$.cost.total", "-1", 0),
      (.cost(.byType), "$.cost.byType", "{ \"staff\"", 0),
      (.cost(.byTypeAmount("staff")), "$.cost.byType.staff", "-2", 0),
      (.cost(.financing), "$.cost.financing", "{ \"municipality\"", 0),
      (.cost(.financingShare(.municipality)), "$.cost.financing.municipality", "1.5", 0),
      (.participants, "$.participants", "\"participants\": [", 16),
      (.participant(index: 1, field: .id), "$.participants[1].id", "\"p1\"", 0),
      (.participant(index: 1, field: .count), "$.participants[1].count", "0,", 0),
      (.spells(participant: 1, period: .before), "$.participants[1].before.spells", "\"spells\": [", 10),
      (.spell(participant: 1, period: .before, index: 0, field: .state), "$.participants[1].before.spells[0].state", "\"nope\"", 0),
      (.spell(participant: 1, period: .before, index: 0, field: .months), "$.participants[1].before.spells[0].months", "13.5", 0),
      (.spell(participant: 1, period: .before, index: 0, field: .extent), "$.participants[1].before.spells[0].extent", "2.5", 0),
      (.spell(participant: 1, period: .before, index: 0, field: .monthlyAmount), "$.participants[1].before.spells[0].monthlyAmount", "999999999", 0),
      (.spell(participant: 1, period: .before, index: 0, field: .subsidyShare), "$.participants[1].before.spells[0].subsidyShare", "7 }", 0),
      (.care(participant: 1, period: .before, index: 0, field: .type), "$.participants[1].before.care[0].type", "\"zzz\"", 0),
      (.care(participant: 1, period: .before, index: 0, field: .count), "$.participants[1].before.care[0].count", "77777", 0),
      (.spells(participant: 1, period: .after), "$.participants[1].after.spells", "[ { \"state\": \"sjuk\"", 0),
    ] as [(InputLocation, String, String, Int)])
  func jsonPathAndPosition(location: InputLocation, path: String, needle: String, offset: Int) throws {
    let tree = try JSONParser.parse(Array(Self.text.utf8))
    let expected = try #require(Self.position(of: needle, offset: offset))
    #expect(location.jsonPath == path)
    let node = tree.node(at: location)
    #expect((node.line, node.column) == expected)
  }

  /// A value the file leaves out (a default) is reported at the nearest value on the way to it.
  @Test func aMissingValueIsReportedAtItsNearestParent() throws {
    let tree = try JSONParser.parse(Array(Self.text.utf8))
    let spell = try #require(Self.position(of: "{ \"state\": \"sjuk\""))
    let missing = tree.node(at: .spell(participant: 1, period: .after, index: 0, field: .extent))
    #expect((missing.line, missing.column) == spell)
    let participant = try #require(Self.position(of: "{ \"id\": \"p0\""))
    let noCount = tree.node(at: .participant(index: 0, field: .count))
    #expect((noCount.line, noCount.column) == participant)
    let noCare = tree.node(at: .care(participant: 3, period: .after, index: 0, field: .type))
    #expect((noCare.line, noCare.column) == (try #require(Self.position(of: "\"participants\": [", offset: 16))))
  }

  @Test func violationsBecomeDataErrorsWithPathAndLine() throws {
    let tree = try JSONParser.parse(Array(Self.text.utf8))
    let violations = [
      InputViolation(.monthsOutOfRange(13.5), at: .spell(participant: 1, period: .before, index: 0, field: .months)),
      InputViolation(.tooManyPeople(11), at: .participants),
    ]
    let months = try #require(Self.position(of: "13.5"))
    let list = try #require(Self.position(of: "\"participants\": [", offset: 16))
    #expect(
      DataErrors(violations, file: "in.json", document: tree).description == """
        in.json:\(months.line):\(months.column): $.participants[1].before.spells[0].months: must be more than 0 and at most 12, got 13.5
        in.json:\(list.line):\(list.column): $.participants: stand for 11 people; an evaluation may stand for at most 10000000
        """)
    #expect(
      DataErrors(violations, file: "in.json", document: nil).errors.map(\.description) == [
        "in.json: $.participants[1].before.spells[0].months: must be more than 0 and at most 12, got 13.5",
        "in.json: $.participants: stand for 11 people; an evaluation may stand for at most 10000000",
      ])
  }

  // MARK: - Participant import files

  /// Two records: `P1` with rows on lines 2 and 3 (before) and 4 (after, with a care row on 5), `P2` on line 6.
  static func records() throws -> [ParticipantCSV.Record] {
    let one = try #require(DecimalText("1"))
    var p1 = ParticipantCSV.Record(id: "P1", line: 2)
    p1.count = (value: 3, text: "3", line: 3)
    p1.periods[0] = ParticipantCSV.PeriodRows(
      firstLine: 2, label: "före",
      spells: [.init(line: 2, state: "sjuk", months: one), .init(line: 3, state: "arbete", months: one)])
    p1.periods[1] = ParticipantCSV.PeriodRows(
      firstLine: 4, label: "efter", spells: [.init(line: 4, state: "sjuk", months: one)], care: [.init(line: 5, type: "lakare", count: one)])
    return [p1, ParticipantCSV.Record(id: "P2", line: 6)]
  }

  @Test(
    arguments: [
      (InputLocation.participant(index: 0, field: .id), 2, ParticipantCSV.Column.id, "'P1': "),
      (.participant(index: 0, field: .count), 3, .count, ""),
      (.participant(index: 1, field: .count), 6, .count, ""),
      (.spells(participant: 0, period: .after), 4, .months, "participant 'P1', period 'efter': "),
      (.spells(participant: 1, period: .before), 6, .months, "participant 'P2', period '': "),
      (.spell(participant: 0, period: .before, index: 1, field: .state), 3, .state, ""),
      (.spell(participant: 0, period: .before, index: 1, field: .months), 3, .months, ""),
      (.spell(participant: 0, period: .before, index: 0, field: .extent), 2, .extent, ""),
      (.spell(participant: 0, period: .before, index: 0, field: .monthlyAmount), 2, .monthlyAmount, ""),
      (.spell(participant: 0, period: .after, index: 0, field: .subsidyShare), 4, .subsidy, ""),
      (.care(participant: 0, period: .after, index: 0, field: .type), 5, .care, ""),
      (.care(participant: 0, period: .after, index: 0, field: .count), 5, .careCount, ""),
    ] as [(InputLocation, Int, ParticipantCSV.Column, String)])
  func csvRowAndColumn(location: InputLocation, line: Int, column: ParticipantCSV.Column, context: String) throws {
    let place = ParticipantCSV.locate(location, in: try Self.records())
    #expect(place.line == line)
    #expect(place.column == column)
    #expect(DataMessage.text(place.context, .en) == context)
  }

  /// Places the file cannot hold (the document's own fields, the list as a whole, a participant it
  /// does not have) name the participants without a row; a spell it does not have, the period's first row.
  @Test(
    arguments: [
      (InputLocation.name, nil, "the participants "),
      (.association, nil, "the participants "),
      (.cost(.financingShare(.region)), nil, "the participants "),
      (.participants, nil, "the participants "),
      (.participant(index: 2, field: .id), nil, "the participants "),
      (.spell(participant: 5, period: .before, index: 0, field: .state), nil, "the participants "),
      (.spell(participant: 0, period: .before, index: 9, field: .state), 2, "participant 'P1', period 'före': "),
      (.care(participant: 0, period: .before, index: 0, field: .count), 2, "participant 'P1', period 'före': "),
    ] as [(InputLocation, Int?, String)])
  func csvPlacesOutsideTheRows(location: InputLocation, line: Int?, context: String) throws {
    let place = ParticipantCSV.locate(location, in: try Self.records())
    #expect(place.line == line)
    #expect(place.column == nil)
    #expect(DataMessage.text(place.context, .en) == context)
  }
}
