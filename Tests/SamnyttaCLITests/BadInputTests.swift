import Foundation
import SamnyttaTestSupport
import Testing

/// A small valid evaluation; each bad input below changes one thing in it.
let validDocument = """
  {
    "formatVersion": 1,
    "name": "Testinsats",
    "association": "Testförbundet",
    "cost": { "total": 100000 },
    "participants": [
      {
        "id": "p1",
        "before": {
          "spells": [ { "state": "forsorjningsstod", "months": 12, "extent": 1, "monthlyAmount": 8000 } ],
          "care": [ { "type": "lakarbesok_primarvard", "count": 2 } ]
        },
        "after": {
          "spells": [ { "state": "arbete", "months": 12, "extent": 1, "monthlyAmount": 23000 } ]
        }
      }
    ]
  }

  """

/// `validDocument` with `target` replaced by `replacement`; the target must occur exactly once.
func variant(_ target: String, _ replacement: String) -> String {
  precondition(validDocument.components(separatedBy: target).count == 2, "'\(target)' must occur exactly once in the base document")
  return validDocument.replacingOccurrences(of: target, with: replacement)
}

/// One bad input and what the tool must say about it.
struct BadInput: Sendable, CustomTestStringConvertible {
  var name: String
  var text: String
  /// Fragments that must all appear on standard error after "<file>:" (the JSON path, the rule…).
  var expected: [String]
  var status: Int32 = 65
  var testDescription: String { name }
}

let badInputs: [BadInput] = [
  // Syntax errors, with line and column.
  BadInput(
    name: "missing comma", text: "{\n  \"formatVersion\": 1\n  \"name\": \"x\"\n}\n",
    expected: [":3:3: invalid JSON: expected ',' or '}'"]),
  BadInput(
    name: "trailing comma in object", text: "{\n  \"formatVersion\": 1,\n  \"name\": \"x\",\n}\n",
    expected: [":4:1: invalid JSON: trailing comma before '}'"]),
  BadInput(
    name: "trailing comma in array", text: "{\n  \"participants\": [1, 2, ]\n}\n",
    expected: [":2:26: invalid JSON: trailing comma before ']'"]),
  BadInput(
    name: "duplicate key", text: "{\n  \"formatVersion\": 1,\n  \"formatVersion\": 1\n}\n",
    expected: [":3:3: invalid JSON: duplicate key 'formatVersion'"]),
  BadInput(name: "unterminated document", text: "{\n  \"formatVersion\": 1,\n", expected: [":3:1: invalid JSON:"]),
  BadInput(name: "not JSON at all", text: "Version = 1\n", expected: [":1:1: invalid JSON: unexpected character 'V'"]),
  BadInput(name: "empty file", text: "", expected: [":1:1: invalid JSON:", "end of file"]),
  BadInput(
    name: "NaN is not JSON", text: variant("\"months\": 12, \"extent\": 1, \"monthlyAmount\": 8000", "\"months\": NaN"), expected: ["invalid JSON"]),

  // Structure.
  BadInput(
    name: "unknown top-level key", text: variant("\"name\": \"Testinsats\",", "\"name\": \"Testinsats\",\n  \"deltagare\": 3,"),
    expected: ["$.deltagare: unknown key 'deltagare'", "allowed keys:", "participants"]),
  BadInput(
    name: "unknown key in a spell", text: variant("\"months\": 12, \"extent\": 1, \"monthlyAmount\": 8000", "\"months\": 12, \"amount\": 8000"),
    expected: ["$.participants[0].before.spells[0].amount: unknown key 'amount'", "monthlyAmount"]),
  BadInput(
    name: "unknown key in a participant", text: variant("\"id\": \"p1\",", "\"id\": \"p1\", \"namn\": \"Anna\","),
    expected: ["$.participants[0].namn: unknown key 'namn'"]),
  BadInput(
    name: "string for months", text: variant("\"months\": 12, \"extent\": 1, \"monthlyAmount\": 8000", "\"months\": \"12\""),
    expected: ["$.participants[0].before.spells[0].months: expected a number, found a string"]),
  BadInput(
    name: "array for cost", text: variant("\"cost\": { \"total\": 100000 }", "\"cost\": [100000]"),
    expected: ["$.cost: expected an object, found an array"]),
  BadInput(
    name: "missing participants",
    text: "{ \"formatVersion\": 1, \"name\": \"a\", \"association\": \"b\", \"cost\": { \"total\": 0 } }\n",
    expected: ["$: missing required key 'participants'"]),
  BadInput(
    name: "missing name", text: variant("\"name\": \"Testinsats\",\n", ""),
    expected: ["$: missing required key 'name'"]),
  BadInput(
    name: "missing participant id", text: variant("\"id\": \"p1\",", ""),
    expected: ["$.participants[0]: missing required key 'id'"]),
  BadInput(
    name: "unsupported formatVersion 2", text: variant("\"formatVersion\": 1", "\"formatVersion\": 2"),
    expected: ["$.formatVersion: format version 2 is not supported", "version 1"]),
  BadInput(
    name: "fractional formatVersion", text: variant("\"formatVersion\": 1", "\"formatVersion\": 1.5"),
    expected: ["$.formatVersion: expected a whole number, found 1.5"]),

  // The engine's rules.
  BadInput(
    name: "unknown state code", text: variant("\"state\": \"arbete\"", "\"state\": \"jobb\""),
    expected: [
      "$.participants[0].after.spells[0].state: unknown state 'jobb'", "valid states under model se-2026:", "arbete",
      "forsorjningsstod", "studier",
    ]),
  BadInput(
    name: "months 0", text: variant("\"state\": \"arbete\", \"months\": 12", "\"state\": \"arbete\", \"months\": 0"),
    expected: ["$.participants[0].after.spells[0].months: must be more than 0 and at most 12"]),
  BadInput(
    name: "months 13", text: variant("\"state\": \"arbete\", \"months\": 12", "\"state\": \"arbete\", \"months\": 13"),
    expected: ["$.participants[0].after.spells[0].months: must be more than 0 and at most 12, got 13"]),
  BadInput(
    name: "negative months", text: variant("\"state\": \"arbete\", \"months\": 12", "\"state\": \"arbete\", \"months\": -1"),
    expected: ["$.participants[0].after.spells[0].months: must be more than 0 and at most 12"]),
  BadInput(
    name: "extent 1.5",
    text: variant("\"months\": 12, \"extent\": 1, \"monthlyAmount\": 23000", "\"months\": 12, \"extent\": 1.5, \"monthlyAmount\": 23000"),
    expected: ["$.participants[0].after.spells[0].extent: must be more than 0 and at most 1, got 1.5"]),
  BadInput(
    name: "extent 0",
    text: variant("\"months\": 12, \"extent\": 1, \"monthlyAmount\": 23000", "\"months\": 12, \"extent\": 0, \"monthlyAmount\": 23000"),
    expected: ["$.participants[0].after.spells[0].extent: must be more than 0 and at most 1"]),
  BadInput(
    name: "period over 12 full-time months",
    text: variant(
      "{ \"state\": \"arbete\", \"months\": 12, \"extent\": 1, \"monthlyAmount\": 23000 }",
      "{ \"state\": \"arbete\", \"months\": 12, \"extent\": 1, \"monthlyAmount\": 23000 }, { \"state\": \"studier\", \"months\": 6 }"),
    expected: ["$.participants[0].after.spells: holds 18", "full-time months; a period holds at most 12"]),
  BadInput(
    name: "period without spells",
    text: variant(
      "\"spells\": [ { \"state\": \"arbete\", \"months\": 12, \"extent\": 1, \"monthlyAmount\": 23000 } ]", "\"spells\": []"),
    expected: [
      "$.participants[0].after.spells: has no spells; a period without public support is stated with the state 'ingen_offentlig_forsorjning'"
    ]),
  BadInput(
    name: "period without any key",
    text: variant("\"spells\": [ { \"state\": \"arbete\", \"months\": 12, \"extent\": 1, \"monthlyAmount\": 23000 } ]", ""),
    expected: ["$.participants[0].after.spells: has no spells"]),
  BadInput(
    name: "negative monthlyAmount", text: variant("\"monthlyAmount\": 23000", "\"monthlyAmount\": -100"),
    expected: ["$.participants[0].after.spells[0].monthlyAmount: must be between 0 and", "kr per month"]),
  BadInput(
    name: "absurd monthlyAmount", text: variant("\"monthlyAmount\": 23000", "\"monthlyAmount\": 5000000"),
    expected: ["$.participants[0].after.spells[0].monthlyAmount: must be between 0 and", "kr per month, got 5"]),
  BadInput(
    name: "amount with three decimals", text: variant("\"monthlyAmount\": 23000", "\"monthlyAmount\": 23000.125"),
    expected: ["$.participants[0].after.spells[0].monthlyAmount: amount 23000.125 has more than two decimals"]),
  BadInput(
    name: "huge number", text: variant("\"monthlyAmount\": 23000", "\"monthlyAmount\": 1e400"),
    expected: ["$.participants[0].after.spells[0].monthlyAmount: amount 1e400 is out of range"]),
  BadInput(
    name: "personnummer id", text: variant("\"id\": \"p1\"", "\"id\": \"19900101-1234\""),
    expected: ["$.participants[0].id: looks like a Swedish personal identity number (personnummer)", "pseudonymous"]),
  BadInput(
    name: "short personnummer id", text: variant("\"id\": \"p1\"", "\"id\": \"900101-1234\""),
    expected: ["$.participants[0].id: looks like a Swedish personal identity number"]),
  BadInput(
    name: "samordningsnummer id", text: variant("\"id\": \"p1\"", "\"id\": \"199001611234\""),
    expected: ["$.participants[0].id: looks like a Swedish personal identity number"]),
  BadInput(
    name: "personnummer with an en dash in a longer id", text: variant("\"id\": \"p1\"", "\"id\": \"id 850101\u{2013}1234\""),
    expected: ["$.participants[0].id: looks like a Swedish personal identity number (personnummer)", "not repeated"]),
  BadInput(
    name: "personnummer in the name", text: variant("\"name\": \"Testinsats\"", "\"name\": \"Insats för ８５０１０１－１２３４\""),
    expected: [":3:11: $.name: looks like a Swedish personal identity number (personnummer)"]),
  BadInput(
    name: "personnummer as a state", text: variant("\"state\": \"arbete\"", "\"state\": \"850101/1234\""),
    expected: ["$.participants[0].after.spells[0].state: looks like a Swedish personal identity number"]),
  BadInput(
    name: "duplicate participant ids",
    text: variant(
      "\n  ]\n}",
      """
      ,
          {
            "id": "p1",
            "before": { "spells": [ { "state": "a_kassa", "months": 12 } ] },
            "after": { "spells": [ { "state": "arbete", "months": 12, "monthlyAmount": 25000 } ] }
          }
        ]
      }
      """),
    expected: ["$.participants[1].id: duplicate id 'p1'"]),
  BadInput(
    name: "count 0", text: variant("\"id\": \"p1\",", "\"id\": \"p1\", \"count\": 0,"),
    expected: ["$.participants[0].count: must be a whole number from 1 to 10000000, got 0"]),
  BadInput(
    name: "fractional count", text: variant("\"id\": \"p1\",", "\"id\": \"p1\", \"count\": 2.5,"),
    expected: ["$.participants[0].count: expected a whole number, found 2.5"]),
  BadInput(
    name: "empty participants",
    text: "{ \"formatVersion\": 1, \"name\": \"a\", \"association\": \"b\", \"cost\": { \"total\": 0 }, \"participants\": [] }\n",
    expected: ["$.participants: must hold at least one participant"]),
  BadInput(
    name: "unknown care type", text: variant("\"type\": \"lakarbesok_primarvard\"", "\"type\": \"tandlakare\""),
    expected: [
      "$.participants[0].before.care[0].type: unknown care type 'tandlakare'", "valid types under model se-2026:",
      "lakarbesok_primarvard", "psykiatribesok",
    ]),
  BadInput(
    name: "negative care count", text: variant("\"count\": 2", "\"count\": -2"),
    expected: ["$.participants[0].before.care[0].count: must be between 0 and 10000 contacts"]),
  BadInput(
    name: "financing not summing to 1",
    text: variant("\"cost\": { \"total\": 100000 }", "\"cost\": { \"total\": 100000, \"financing\": { \"municipality\": 0.5, \"region\": 0.2 } }"),
    expected: ["$.cost.financing: shares must sum to 1, got 0.7"]),
  BadInput(
    name: "unknown financing actor",
    text: variant("\"cost\": { \"total\": 100000 }", "\"cost\": { \"total\": 100000, \"financing\": { \"kommunen\": 1 } }"),
    expected: ["$.cost.financing.kommunen: unknown actor 'kommunen'", "municipality"]),
  BadInput(
    name: "byType not summing to total",
    text: variant("\"cost\": { \"total\": 100000 }", "\"cost\": { \"total\": 100000, \"byType\": { \"personal\": 60000, \"lokaler\": 30000 } }"),
    expected: ["$.cost.byType: sums to 90", "but total is 100"]),
  BadInput(
    name: "negative cost", text: variant("\"cost\": { \"total\": 100000 }", "\"cost\": { \"total\": -1 }"),
    expected: ["$.cost.total: must not be negative"]),
  BadInput(
    name: "empty name", text: variant("\"name\": \"Testinsats\"", "\"name\": \"  \""),
    expected: ["$.name: must not be empty"]),
  BadInput(
    name: "unknown kind", text: variant("\"formatVersion\": 1,", "\"formatVersion\": 1, \"kind\": \"rapport\","),
    expected: ["$.kind: unknown kind 'rapport'"]),
  BadInput(
    name: "subsidy share on a state without wage subsidy",
    text: variant("\"monthlyAmount\": 23000", "\"monthlyAmount\": 23000, \"subsidyShare\": 0.5"),
    expected: ["$.participants[0].after.spells[0].subsidyShare: state 'arbete' has no wage subsidy"]),
  BadInput(
    name: "top level is an array", text: "[1, 2, 3]\n", expected: ["$: expected an object, found an array"]),
]

@Suite struct BadInputTests {
  @Test func theBaseDocumentIsValid() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("valid.json", validDocument)
    let evaluate = try CLI.run(["evaluate", path])
    #expect(evaluate.status == 0, "\(evaluate)")
    let validate = try CLI.run(["validate", path])
    #expect(validate.status == 0, "\(validate)")
    #expect(validate.out == "\(path): inga fel\n")
  }

  /// Every bad input is refused with exit 65 by `evaluate`, `validate` and `explain`; the message
  /// names the file and says where and what.
  @Test(arguments: badInputs)
  func refused(_ input: BadInput) throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("bad.json", input.text)
    for command in ["evaluate", "validate", "explain"] {
      let result = try CLI.run([command, path], environment: CLI.english)
      #expect(result.status == input.status, "\(command): \(result)")
      #expect(result.out.isEmpty, "\(command) wrote to standard output: \(result.out)")
      #expect(result.err.hasPrefix("error: \(path):"), "\(command): message does not start with the file: \(result.err)")
      for fragment in input.expected {
        #expect(result.err.contains(fragment), "\(command): '\(fragment)' missing from: \(result.err)")
      }
      if input.name.hasPrefix("personnummer") { #expect(!result.err.contains("1234") && !result.err.contains("１２３４"), "\(command): \(result.err)") }
    }
    // Swedish by default: the same place, in other words.
    let swedish = try CLI.run(["validate", path])
    #expect(swedish.status == input.status && swedish.err.hasPrefix("fel: \(path):"), "\(swedish.err)")
    if input.name.hasPrefix("personnummer") { #expect(!swedish.err.contains("1234") && !swedish.err.contains("１２３４"), "\(swedish.err)") }
  }

  /// The file name in a message is the one the user typed (a relative path stays relative).
  @Test func relativePathIsNamedAsGiven() throws {
    let directory = try TemporaryDirectory()
    try directory.write("bad.json", variant("\"state\": \"arbete\", \"months\": 12", "\"state\": \"arbete\", \"months\": 13"))
    var environment: [String: String] = [:]
    environment["SAMNYTTA_MODELS"] = CLI.modelsDirectory
    let result = try CLI.run(["evaluate", "bad.json"], in: directory.url, environment: environment)
    #expect(result.status == 65)
    #expect(result.err.hasPrefix("fel: bad.json:"), "\(result.err)")
    // The line of the offending value is given too.
    #expect(result.err.contains("bad.json:14:"), "\(result.err)")
  }

  /// Several rule violations in one file are all reported, one line each, in input order.
  @Test func severalErrorsAreAllReported() throws {
    let directory = try TemporaryDirectory()
    let text = variant(
      "\"spells\": [ { \"state\": \"arbete\", \"months\": 12, \"extent\": 1, \"monthlyAmount\": 23000 } ]",
      "\"spells\": [ { \"state\": \"arbete\", \"months\": 13, \"extent\": 1.5, \"monthlyAmount\": 5000000 }, { \"state\": \"jobb\", \"months\": 1 } ]"
    ).replacingOccurrences(of: "\"id\": \"p1\"", with: "\"id\": \"\", \"count\": 0")
      .replacingOccurrences(of: "\"type\": \"lakarbesok_primarvard\"", with: "\"type\": \"tandlakare\"")
    let path = try directory.write("several.json", text)
    for command in ["evaluate", "validate"] {
      let result = try CLI.run([command, path], environment: CLI.english)
      #expect(result.status == 65, "\(result)")
      let lines = result.err.split(separator: "\n").filter { $0.hasPrefix("error: ") }
      let expected = [
        "$.participants[0].id: must not be empty",
        "$.participants[0].count: must be a whole number from 1 to 10000000",
        "$.participants[0].before.care[0].type: unknown care type 'tandlakare'",
        "$.participants[0].after.spells[0].months: must be more than 0 and at most 12",
        "$.participants[0].after.spells[0].extent: must be more than 0 and at most 1",
        "$.participants[0].after.spells[0].monthlyAmount: must be between 0 and",
        "$.participants[0].after.spells[1].state: unknown state 'jobb'",
      ]
      #expect(lines.count == expected.count, "\(command): \(result.err)")
      for fragment in expected {
        #expect(lines.contains { $0.contains(fragment) && $0.hasPrefix("error: \(path):") }, "\(command): '\(fragment)' missing from: \(result.err)")
      }
    }
  }

  /// `validate` checks every file it is given and reports the problems of each.
  @Test func validateReportsEveryFile() throws {
    let directory = try TemporaryDirectory()
    let good = try directory.write("good.json", validDocument)
    let bad1 = try directory.write("bad1.json", variant("\"formatVersion\": 1", "\"formatVersion\": 2"))
    let bad2 = try directory.write("bad2.json", variant("\"state\": \"arbete\"", "\"state\": \"jobb\""))
    let result = try CLI.run(["validate", bad1, good, bad2])
    #expect(result.status == 65)
    #expect(result.out == "\(good): inga fel\n")
    #expect(result.err.contains("fel: \(bad1):"))
    #expect(result.err.contains("fel: \(bad2):"))
  }

  @Test func missingFileIsExit66() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("does-not-exist.json")
    for command in ["evaluate", "validate", "explain"] {
      let result = try CLI.run([command, path], environment: CLI.english)
      #expect(result.status == 66, "\(command): \(result)")
      #expect(result.err.contains(path) && result.err.contains("no such file"), "\(result.err)")
      #expect(result.out.isEmpty)
    }
  }

  @Test func directoryIsExit66() throws {
    let directory = try TemporaryDirectory()
    for command in ["evaluate", "validate", "explain"] {
      let result = try CLI.run([command, directory.url.path], environment: CLI.english)
      #expect(result.status == 66, "\(command): \(result)")
      #expect(result.err.contains(directory.url.path) && result.err.contains("directory"), "\(result.err)")
    }
  }

  @Test func missingModelFileIsExit66() throws {
    let directory = try TemporaryDirectory()
    let result = try CLI.run(["evaluate", "Docs/examples/forsorjningsstod-8000-till-arbete-23000.json", "--model", directory.path("nope.json")])
    #expect(result.status == 66, "\(result)")
    #expect(result.err.contains("nope.json"))
  }

  @Test func badModelFileIsExit65() throws {
    let directory = try TemporaryDirectory()
    let model = try directory.write("model.json", "{ \"formatVersion\": 1, }")
    let result = try CLI.run(["evaluate", "Docs/examples/forsorjningsstod-8000-till-arbete-23000.json", "--model", model])
    #expect(result.status == 65, "\(result)")
    #expect(result.err.contains("\(model):1:"), "\(result.err)")
  }
}
