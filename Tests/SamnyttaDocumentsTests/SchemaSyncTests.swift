import Foundation
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaTestSupport
import Testing

@testable import SamnyttaDocuments

/// Keeps `Docs/schemas/*.schema.json` in sync with the strict decoders (`InputDocument`,
/// `ModelDocument`): at every object level, the schema's property names must be exactly the keys
/// the decoder accepts. Where the decoder exposes its list (`InputDocument.topKeys`, `summaryKeys`,
/// `attributeKeys`, the actor and perspective enums) it is compared directly; everywhere else the
/// decoder is asked: a made-up key must be refused with "unknown key …; allowed keys: …", and the
/// list in that message must equal the schema's; every schema key, inserted with a value built
/// from the schema, must decode.
@Suite("Schemas in sync with the decoders")
struct SchemaSyncTests {
  static let root = PackageRoot.url
  static let madeUp = "madeUpKey"

  // MARK: - Schema access

  /// A schema loaded with JSONSerialization, with `$ref` resolution inside it.
  struct Schema {
    let document: [String: Any]

    init(_ name: String) throws {
      let url = SchemaSyncTests.root.appendingPathComponent("Docs/schemas/\(name)")
      document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// Follows `$ref` and the `anyOf: [X, {type: null}]` wrapper of optional keys.
    func resolved(_ node: [String: Any]) -> [String: Any] {
      if let ref = node["$ref"] as? String, ref.hasPrefix("#/") {
        var current: Any = document
        for part in ref.dropFirst(2).split(separator: "/") { current = (current as? [String: Any])?[String(part)] as Any }
        return resolved(current as? [String: Any] ?? [:])
      }
      if let branches = node["anyOf"] as? [[String: Any]],
        let branch = branches.first(where: { ($0["type"] as? String) != "null" })
      {
        return resolved(branch)
      }
      return node
    }

    /// The node reached by walking `steps` (keys such as `$defs`, `properties`, a property name, `items`).
    func node(_ steps: [String]) throws -> [String: Any] {
      var current = document
      for step in steps {
        current = resolved(current)
        current = try #require(current[step] as? [String: Any], "no schema node at \(steps.joined(separator: "/"))")
      }
      return resolved(current)
    }

    func propertyNames(_ steps: [String]) throws -> Set<String> {
      let level = try node(steps)
      #expect(level["additionalProperties"] as? Bool == false, "additionalProperties is not false at \(steps.joined(separator: "/"))")
      return Set((level["properties"] as? [String: Any] ?? [:]).keys)
    }

    /// A value the schema accepts: consts and first enum values, required properties filled in, a
    /// date for `format: date`.
    func sample(_ raw: [String: Any]) -> JSONValue {
      let node = resolved(raw)
      if let value = node["const"] { return Self.literal(value) }
      if let values = node["enum"] as? [Any], let first = values.first(where: { !($0 is NSNull) }) { return Self.literal(first) }
      let types = (node["type"] as? [String]) ?? [(node["type"] as? String) ?? "object"]
      switch types.first(where: { $0 != "null" }) ?? "null" {
      case "object":
        let properties = node["properties"] as? [String: Any] ?? [:]
        let required = node["required"] as? [String] ?? []
        return JSONValue(.object(required.map { ($0, sample(properties[$0] as? [String: Any] ?? [:])) }))
      case "array":
        // minItems: one sample element (the model's bracket tables must not be empty).
        let count = (node["minItems"] as? NSNumber)?.intValue ?? 0
        return JSONValue(.array((0..<count).map { _ in sample(node["items"] as? [String: Any] ?? [:]) }))
      case "string": return JSONValue(.string(node["format"] as? String == "date" ? "2000-01-01" : "x"))
      case "integer": return JSONValue(.number(Self.number((node["minimum"] as? NSNumber)?.doubleValue ?? 1)))
      case "number":
        let bound = (node["maximum"] as? NSNumber) ?? (node["minimum"] as? NSNumber)
        return JSONValue(.number(Self.number(bound?.doubleValue ?? 1)))
      case "boolean": return JSONValue(.bool(false))
      default: return JSONValue(.null)
      }
    }

    static func literal(_ value: Any) -> JSONValue {
      if let text = value as? String { return JSONValue(.string(text)) }
      if let number = value as? NSNumber { return JSONValue(.number(number.stringValue)) }
      return JSONValue(.null)
    }

    static func number(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : "\(x)" }
  }

  // MARK: - Document editing

  enum Step {
    case key(String)
    case index(Int)
  }

  static func jsonPath(_ steps: [Step]) -> String {
    steps.reduce("$") { path, step in
      switch step {
      case .key(let key): "\(path).\(key)"
      case .index(let i): "\(path)[\(i)]"
      }
    }
  }

  /// `value` with the object at `steps` changed by `change`.
  static func editing(
    _ value: JSONValue, at steps: ArraySlice<Step>, _ change: (inout [(key: String, value: JSONValue)]) -> Void
  ) -> JSONValue {
    var value = value
    switch (steps.first, value.kind) {
    case (nil, .object(var members)):
      change(&members)
      value.kind = .object(members)
    case (.key(let key)?, .object(var members)):
      if let i = members.firstIndex(where: { $0.key == key }) {
        members[i].value = editing(members[i].value, at: steps.dropFirst(), change)
      }
      value.kind = .object(members)
    case (.index(let i)?, .array(var elements)) where elements.indices.contains(i):
      elements[i] = editing(elements[i], at: steps.dropFirst(), change)
      value.kind = .array(elements)
    default:
      Issue.record("no object at \(jsonPath(Array(steps)))")
    }
    return value
  }

  static func object(_ value: JSONValue, at steps: [Step]) -> [(key: String, value: JSONValue)]? {
    var current = value
    for step in steps {
      switch (step, current.kind) {
      case (.key(let key), .object(let members)):
        guard let next = members.first(where: { $0.key == key })?.value else { return nil }
        current = next
      case (.index(let i), .array(let elements)) where elements.indices.contains(i): current = elements[i]
      default: return nil
      }
    }
    if case .object(let members) = current.kind { return members }
    return nil
  }

  static func member(_ value: JSONValue, _ key: String) -> JSONValue? {
    guard case .object(let members) = value.kind else { return nil }
    return members.first { $0.key == key }?.value
  }

  static func serialized(_ value: JSONValue) -> [UInt8] {
    var out = ""
    func write(_ v: JSONValue) {
      switch v.kind {
      case .null: out += "null"
      case .bool(let flag): out += flag ? "true" : "false"
      case .number(let text): out += text
      case .string(let text): out += JSONOutput.quoted(text)
      case .array(let elements):
        out += "["
        for (i, e) in elements.enumerated() {
          if i > 0 { out += "," }
          write(e)
        }
        out += "]"
      case .object(let members):
        out += "{"
        for (i, m) in members.enumerated() {
          if i > 0 { out += "," }
          out += JSONOutput.quoted(m.key) + ":"
          write(m.value)
        }
        out += "}"
      }
    }
    write(value)
    return Array(out.utf8)
  }

  static func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

  static func bytes(_ relative: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: root.appendingPathComponent(relative)))
  }

  // MARK: - The levels

  /// One object level: where it is in the schema, where an instance of it is in a base document,
  /// and what the decoder says about a key it does not know.
  struct Level: CustomStringConvertible {
    var schema: [String]
    var document: [Step]
    /// The message prefix of the decoder's refusal; the allowed names follow it, comma-separated.
    var refusal: String = "unknown key '\(SchemaSyncTests.madeUp)'; allowed keys: "
    /// A map level (actor → share): a schema key is tried alone rather than added.
    var exclusive = false
    var description: String { SchemaSyncTests.jsonPath(document) }
  }

  static let actorRefusal = "unknown actor '\(madeUp)'; expected one of: "

  /// A base evaluation with every nested level present.
  static let evaluationBase = """
    {"formatVersion": 1, "name": "n", "association": "a", "classification": {"aim": "primary"},
     "cost": {"total": 100, "byType": {"personal": 100}, "financing": {"municipality": 1}},
     "participants": [{"id": "p1",
       "before": {"spells": [{"state": "forsorjningsstod", "months": 12}], "care": [{"type": "lakarbesok_primarvard", "count": 2}]},
       "after": {"spells": [{"state": "arbete", "months": 12}]}}],
     "comparison": {"participants": [{"id": "c1",
       "before": {"spells": [{"state": "forsorjningsstod", "months": 12}]}, "after": {"spells": [{"state": "arbete", "months": 12}]}}]}}
    """

  static let summaryBase = """
    {"formatVersion": 1, "kind": "summary", "name": "n", "association": "a", "participants": 1, "revenue": 1, "cost": 1,
     "classification": {"aim": "primary"}, "revenueByPerspective": {"society": 1}}
    """

  static let evaluationLevels: [Level] = [
    Level(schema: ["$defs", "evaluation"], document: []),
    Level(schema: ["$defs", "evaluation", "properties", "classification"], document: [.key("classification")]),
    Level(schema: ["$defs", "evaluation", "properties", "cost"], document: [.key("cost")]),
    Level(
      schema: ["$defs", "evaluation", "properties", "cost", "properties", "financing"], document: [.key("cost"), .key("financing")],
      refusal: actorRefusal, exclusive: true),
    Level(schema: ["$defs", "evaluation", "properties", "participants", "items"], document: [.key("participants"), .index(0)]),
    Level(
      schema: ["$defs", "evaluation", "properties", "participants", "items", "properties", "before"],
      document: [.key("participants"), .index(0), .key("before")]),
    Level(
      schema: ["$defs", "evaluation", "properties", "participants", "items", "properties", "after"],
      document: [.key("participants"), .index(0), .key("after")]),
    Level(
      schema: ["$defs", "evaluation", "properties", "participants", "items", "properties", "before", "properties", "spells", "items"],
      document: [.key("participants"), .index(0), .key("before"), .key("spells"), .index(0)]),
    Level(
      schema: ["$defs", "evaluation", "properties", "participants", "items", "properties", "before", "properties", "care", "items"],
      document: [.key("participants"), .index(0), .key("before"), .key("care"), .index(0)]),
    Level(schema: ["$defs", "evaluation", "properties", "comparison"], document: [.key("comparison")]),
    Level(
      schema: ["$defs", "evaluation", "properties", "comparison", "properties", "participants", "items"],
      document: [.key("comparison"), .key("participants"), .index(0)]),
  ]

  static let summaryLevels: [Level] = [
    Level(schema: ["$defs", "summary"], document: []),
    Level(schema: ["$defs", "summary", "properties", "classification"], document: [.key("classification")]),
    Level(
      schema: ["$defs", "summary", "properties", "revenueByPerspective"], document: [.key("revenueByPerspective")],
      refusal: "unknown perspective '\(madeUp)'; expected one of: ", exclusive: true),
  ]

  // MARK: - Input schema

  @Test("the input schema's key lists equal the decoder's lists")
  func inputKeyLists() throws {
    let schema = try Schema("evaluation-input.schema.json")
    #expect(try schema.propertyNames(["$defs", "evaluation"]) == Set(InputDocument.topKeys))
    #expect(try schema.propertyNames(["$defs", "summary"]) == Set(InputDocument.summaryKeys))
    #expect(
      try schema.propertyNames(["$defs", "evaluation", "properties", "participants", "items"])
        == Set(["id", "count", "before", "after", "counterfactual", InputDocument.exitReasonKey] + InputDocument.attributeKeys))
    #expect(
      try schema.propertyNames(["$defs", "evaluation", "properties", "cost", "properties", "financing"])
        == Set(Actor.allCases.map(\.rawValue)))
    #expect(try schema.propertyNames(["$defs", "summary", "properties", "revenueByPerspective"]) == Set(Perspective.allCases.map(\.rawValue)))
    // The root dispatches on `kind` to the two shapes.
    let root = schema.document
    #expect((root["then"] as? [String: Any])?["$ref"] as? String == "#/$defs/summary")
    #expect((root["else"] as? [String: Any])?["$ref"] as? String == "#/$defs/evaluation")
  }

  @Test("every input level: schema keys are exactly the keys the decoder accepts", arguments: [false, true])
  func inputLevels(summary: Bool) throws {
    let schema = try Schema("evaluation-input.schema.json")
    let base = try Self.parse(summary ? Self.summaryBase : Self.evaluationBase)
    let decode: ([UInt8]) throws -> Void = { _ = try InputDocument.decode($0, file: "sync.json") }
    try decode(Self.serialized(base))
    for level in summary ? Self.summaryLevels : Self.evaluationLevels {
      try check(level, schema: schema, base: base, decode: decode)
    }
  }

  // MARK: - Model schema

  @Test("every model level: schema keys are exactly the keys the decoder accepts")
  func modelLevels() throws {
    let schema = try Schema("model.schema.json")
    let base = try JSONParser.parse(try Self.bytes("Models/se-2025.json"))
    let decode: ([UInt8]) throws -> Void = { _ = try ModelDocument.decode($0, file: "se-2025.json") }
    try decode(Self.serialized(base))

    /// The index of the first state holding `key` (an object, or a non-empty array), and `nested` inside it,
    /// so each optional part of a state has an instance to test.
    func state(with key: String, _ nested: String? = nil) throws -> Int {
      guard case .array(let states)? = Self.member(base, "states")?.kind else { throw SyncError("no states") }
      let i = states.firstIndex { state in
        switch Self.member(state, key)?.kind {
        case .object(let members)?: nested.map { n in members.contains { $0.key == n } } ?? true
        case .array(let elements)?: !elements.isEmpty && nested == nil
        default: false
        }
      }
      return try #require(i, "no state with \(key)")
    }
    let benefit = try state(with: "benefit")
    let subsidised = try state(with: "work", "subsidy")
    let withUse = try state(with: "resourceUse")
    let stateSchema = ["properties", "states", "items"]
    let levels: [Level] = [
      Level(schema: [], document: []),
      Level(schema: ["properties", "labour"], document: [.key("labour")]),
      Level(schema: ["properties", "taxes"], document: [.key("taxes")]),
      Level(schema: ["properties", "classification"], document: [.key("classification")]),
      Level(schema: ["properties", "sensitivity"], document: [.key("sensitivity")]),
      Level(schema: ["properties", "validation"], document: [.key("validation")]),
      Level(schema: ["properties", "defaultFinancing"], document: [.key("defaultFinancing")], refusal: Self.actorRefusal, exclusive: true),
      Level(schema: ["properties", "labour", "properties", "averageMonthlySalary"], document: [.key("labour"), .key("averageMonthlySalary")]),
      Level(
        schema: ["properties", "labour", "properties", "employerContributionRate"], document: [.key("labour"), .key("employerContributionRate")]),
      Level(
        schema: ["properties", "labour", "properties", "averageMonthlySalary", "properties", "range"],
        document: [.key("labour"), .key("averageMonthlySalary"), .key("range")]),
      Level(
        schema: ["properties", "classification", "properties", "extensiveExclusionMonths"],
        document: [.key("classification"), .key("extensiveExclusionMonths")]),
      Level(schema: stateSchema, document: [.key("states"), .index(benefit)]),
      Level(schema: stateSchema + ["properties", "name"], document: [.key("states"), .index(benefit), .key("name")]),
      Level(schema: stateSchema + ["properties", "benefit"], document: [.key("states"), .index(benefit), .key("benefit")]),
      Level(schema: stateSchema + ["properties", "work"], document: [.key("states"), .index(subsidised), .key("work")]),
      Level(
        schema: stateSchema + ["properties", "work", "properties", "subsidy"],
        document: [.key("states"), .index(subsidised), .key("work"), .key("subsidy")]),
      Level(
        schema: stateSchema + ["properties", "resourceUse", "items"],
        document: [.key("states"), .index(withUse), .key("resourceUse"), .index(0)]),
      Level(schema: ["properties", "careTypes", "items"], document: [.key("careTypes"), .index(0)]),
      Level(schema: ["properties", "skatteverket"], document: [.key("skatteverket")]),
      Level(
        schema: ["properties", "skatteverket", "properties", "earnedIncomeReduction"],
        document: [.key("skatteverket"), .key("earnedIncomeReduction")]),
      Level(schema: ["properties", "skatteverket", "properties", "publicServiceFee"], document: [.key("skatteverket"), .key("publicServiceFee")]),
      Level(schema: ["properties", "benefitRules", "additionalProperties"], document: [.key("benefitRules"), .key("a_kassa")]),
      Level(
        schema: ["properties", "benefitRules", "additionalProperties", "properties", "guaranteeLevel"],
        document: [.key("benefitRules"), .key("sjukersattning"), .key("guaranteeLevel")]),
      Level(schema: ["properties", "subsidyRules", "additionalProperties"], document: [.key("subsidyRules"), .key("lonebidrag")]),
      Level(schema: ["properties", "resourceScaling"], document: [.key("resourceScaling")]),
      Level(schema: ["properties", "careTypes", "items", "properties", "name"], document: [.key("careTypes"), .index(0), .key("name")]),
      Level(schema: ["properties", "comparison"], document: [.key("comparison")]),
      Level(schema: ["properties", "comparison", "properties", "indexSeries"], document: [.key("comparison"), .key("indexSeries")]),
      Level(
        schema: ["properties", "comparison", "properties", "indexSeries", "properties", "wages"],
        document: [.key("comparison"), .key("indexSeries"), .key("wages")]),
    ]
    for level in levels { try check(level, schema: schema, base: base, decode: decode) }
    #expect(try schema.propertyNames(["properties", "defaultFinancing"]) == Set(Actor.allCases.map(\.rawValue)))
    // The three kinds of sourced value share one shape.
    let sourced = try schema.propertyNames(["$defs", "sourcedMoney"])
    #expect(try schema.propertyNames(["$defs", "sourcedShare"]) == sourced)
    #expect(try schema.propertyNames(["$defs", "sourcedNumber"]) == sourced)
  }

  // MARK: - The check

  struct SyncError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  func check(_ level: Level, schema: Schema, base: JSONValue, decode: ([UInt8]) throws -> Void) throws {
    let levelSchema = try schema.node(level.schema)
    let names = try schema.propertyNames(level.schema)
    let properties = levelSchema["properties"] as? [String: Any] ?? [:]
    #expect(Self.object(base, at: level.document) != nil, "the base document has no object at \(level)")

    // A made-up key is refused, and the refusal lists exactly the schema's keys.
    let withMadeUp = Self.editing(base, at: level.document[...]) { $0.append((Self.madeUp, JSONValue(.number("1")))) }
    do {
      try decode(Self.serialized(withMadeUp))
      Issue.record("\(level): the made-up key was accepted")
    } catch let error as DataError {
      #expect(error.path == "\(level).\(Self.madeUp)", "\(level): \(error)")
      if error.message.hasPrefix(level.refusal) {
        let accepted = Set(error.message.dropFirst(level.refusal.count).components(separatedBy: ", "))
        #expect(accepted == names, "\(level): decoder accepts \(accepted.sorted()), schema has \(names.sorted())")
      } else {
        Issue.record("\(level): unexpected refusal: \(error)")
      }
    }

    // Every schema key decodes when present, with a value built from the schema.
    for name in names.sorted() {
      let value = schema.sample(properties[name] as? [String: Any] ?? [:])
      let edited = Self.editing(base, at: level.document[...]) { members in
        if level.exclusive {
          members = [(name, value)]
        } else if !members.contains(where: { $0.key == name }) {
          members.append((name, value))
        }
      }
      do {
        try decode(Self.serialized(edited))
      } catch {
        Issue.record("\(level): schema key '\(name)' does not decode: \(error)")
      }
    }
  }

  // MARK: - Files

  @Test("every example decodes and keeps the rules under both default models")
  func examplesDecodeAndValidate() throws {
    let directory = Self.root.appendingPathComponent("Docs/examples")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
    #expect(!files.isEmpty)
    for id in ["se-2016", "se-2025", "se-2026"] {
      let model = PreparedModel(try ModelDocument.decode(try Self.bytes("Models/\(id).json"), file: "\(id).json").parameters)
      for file in files {
        let (document, _) = try InputDocument.decode(try Self.bytes("Docs/examples/\(file)"), file: file)
        if case .evaluation(let input, _) = document {
          let violations = InputRules.violations(in: input, model: model)
          #expect(violations.isEmpty, "\(file) under \(id): \(violations)")
        }
      }
    }
  }

  @Test("the bundled models decode", arguments: ["se-2016", "se-2025", "se-2026"])
  func modelsDecode(id: String) throws {
    let document = try ModelDocument.decode(try Self.bytes("Models/\(id).json"), file: "\(id).json")
    #expect(document.parameters.id == id)
  }
}
