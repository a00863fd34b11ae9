import Foundation
import SamnyttaFormats
import SamnyttaTestSupport
import Testing

/// Every JSON output has a schema in `Docs/schemas/`, named after it, and the real outputs of the
/// bundled examples are checked against it by a small validator that knows exactly the keywords
/// the schemas use (an unknown keyword fails, so no rule is silently skipped). Objects are closed
/// (`additionalProperties: false`), so a key added to an output without its schema fails here.
/// And every `null` figure has its reason: under `undefined` beside it.
@Suite struct OutputSchemaTests {
  // MARK: - The validator

  struct Validator {
    let root: JSONValue
    static let keywords: Set<String> = [
      "$schema", "$id", "title", "description", "$defs", "$ref", "oneOf", "anyOf", "const", "enum", "type", "properties", "required",
      "additionalProperties", "propertyNames", "items",
    ]

    init(_ name: String) throws {
      root = try JSONParser.parse([UInt8](try Data(contentsOf: PackageRoot.url("Docs/schemas/\(name).schema.json"))))
    }

    static func members(_ v: JSONValue) -> [(key: String, value: JSONValue)]? {
      if case .object(let m) = v.kind { return m }
      return nil
    }
    static func member(_ v: JSONValue, _ key: String) -> JSONValue? { members(v)?.first { $0.key == key }?.value }

    func resolve(_ ref: String) -> JSONValue? {
      guard ref.hasPrefix("#/") else { return nil }
      var node = root
      for part in ref.dropFirst(2).split(separator: "/") {
        guard let next = Self.member(node, String(part)) else { return nil }
        node = next
      }
      return node
    }

    static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
      switch (a.kind, b.kind) {
      case (.null, .null): return true
      case (.bool(let x), .bool(let y)): return x == y
      case (.string(let x), .string(let y)): return x == y
      case (.number(let x), .number(let y)): return Double(x) == Double(y)
      default: return false
      }
    }

    static func typeMatches(_ v: JSONValue, _ type: String) -> Bool {
      switch (type, v.kind) {
      case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object), ("number", .number): return true
      case ("integer", .number(let text)): return !text.contains(".") && !text.lowercased().contains("e")
      default: return false
      }
    }

    /// The problems of `value` under `schema`, each with its JSON path.
    func problems(_ value: JSONValue, _ schema: JSONValue, _ path: String) -> [String] {
      guard let rules = Self.members(schema) else { return ["\(path): schema node is not an object"] }
      var found: [String] = []
      for (keyword, rule) in rules {
        guard Self.keywords.contains(keyword) else { return ["\(path): the validator does not know the keyword '\(keyword)'"] }
        switch keyword {
        case "$ref":
          guard case .string(let ref) = rule.kind, let target = resolve(ref) else { return ["\(path): unresolvable $ref"] }
          found += problems(value, target, path)
        case "oneOf", "anyOf":
          guard case .array(let branches) = rule.kind else { return ["\(path): \(keyword) is not an array"] }
          let passing = branches.filter { problems(value, $0, path).isEmpty }.count
          if keyword == "oneOf" ? passing != 1 : passing == 0 {
            let details = branches.map { problems(value, $0, path).prefix(3).joined(separator: "; ") }.joined(separator: " | ")
            found.append("\(path): \(passing) of the \(keyword) branches match (\(details))")
          }
        case "const": if !Self.same(value, rule) { found.append("\(path): not the constant") }
        case "enum":
          guard case .array(let allowed) = rule.kind else { return ["\(path): enum is not an array"] }
          if !allowed.contains(where: { Self.same(value, $0) }) { found.append("\(path): \(value.typeName) value not in the enum") }
        case "type":
          let types: [String]
          switch rule.kind {
          case .string(let t): types = [t]
          case .array(let list): types = list.compactMap { if case .string(let t) = $0.kind { return t } else { return nil } }
          default: return ["\(path): bad type keyword"]
          }
          if !types.contains(where: { Self.typeMatches(value, $0) }) {
            found.append("\(path): \(value.typeName), expected \(types.joined(separator: "|"))")
          }
        case "required":
          guard let object = Self.members(value), case .array(let names) = rule.kind else { continue }
          for case .string(let name) in names.map(\.kind) where !object.contains(where: { $0.key == name }) {
            found.append("\(path): missing '\(name)'")
          }
        case "properties", "additionalProperties", "propertyNames":
          guard let object = Self.members(value) else { continue }
          let properties = Self.members(Self.member(schema, "properties") ?? JSONValue(.object([]))) ?? []
          for (key, member) in object {
            if keyword == "properties", let sub = properties.first(where: { $0.key == key })?.value {
              found += problems(member, sub, "\(path).\(key)")
            } else if keyword == "additionalProperties", !properties.contains(where: { $0.key == key }) {
              if case .bool(false) = rule.kind {
                found.append("\(path): unknown key '\(key)'")
              } else if case .object = rule.kind {
                found += problems(member, rule, "\(path).\(key)")
              }
            } else if keyword == "propertyNames" {
              found += problems(JSONValue(.string(key)), rule, "\(path) key '\(key)'")
            }
          }
        case "items":
          guard case .array(let elements) = value.kind else { continue }
          for (i, element) in elements.enumerated() { found += problems(element, rule, "\(path)[\(i)]") }
        default: break
        }
      }
      return found
    }

    func check(_ output: String, _ what: String) {
      do {
        let value = try JSONParser.parse(Array(output.utf8))
        let found = problems(value, root, "$")
        #expect(found.isEmpty, "\(what): \(found.prefix(10).joined(separator: "\n"))")
        let unexplained = OutputSchemaTests.unexplainedNulls(value, "$")
        #expect(unexplained.isEmpty, "\(what): null figures without a reason: \(unexplained.prefix(10))")
      } catch {
        Issue.record("\(what): not JSON: \(error)")
      }
    }
  }

  /// Every null member of an object that has an `undefined` object beside it (or, for the norms
  /// groups, inside its `figures`) is named there, and `undefined` names only nulls.
  static func unexplainedNulls(_ value: JSONValue, _ path: String) -> [String] {
    var found: [String] = []
    switch value.kind {
    case .array(let elements):
      for (i, e) in elements.enumerated() { found += unexplainedNulls(e, "\(path)[\(i)]") }
    case .object(let members):
      if let undefined = members.first(where: { $0.key == "undefined" }).flatMap({ Validator.members($0.value) }) {
        let figures = members.first(where: { $0.key == "figures" }).flatMap { Validator.members($0.value) }
        let checked = figures.map { figures in members.filter { $0.key != "figures" } + figures } ?? members
        let nulls = Set(checked.filter { if case .null = $0.value.kind { return true } else { return false } }.map(\.key))
          .subtracting(["classGroup", "period", "note", "participants", "source"])
        let named = Set(undefined.map(\.key))
        for key in nulls.subtracting(named) { found.append("\(path).\(key)") }
        for key in named.subtracting(nulls) { found.append("\(path).undefined.\(key) names a value that is not null") }
      }
      for (key, member) in members { found += unexplainedNulls(member, "\(path).\(key)") }
    default: break
    }
    return found
  }

  // MARK: - The outputs

  static let examples = [
    "typfall-trampolinen.json", "realistic-42-participants.json", "forsorjningsstod-8000-till-arbete-23000.json", "comparison-group.json",
    "counterfactual-scenario.json",
  ]

  static func published() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: PackageRoot.url("Docs/examples/published").path)
      .filter { $0.hasSuffix(".json") }.sorted().map { "Docs/examples/published/\($0)" }
  }

  func run(_ arguments: [String]) throws -> String {
    let result = try CLI.run(arguments)
    #expect(result.status == 0, "\(arguments): \(result.err)")
    return result.out
  }

  @Test func evaluationResults() throws {
    let schema = try Validator("evaluation-result")
    for file in Self.examples.map({ "Docs/examples/\($0)" }) + (try Self.published()) {
      schema.check(try run(["evaluate", file, "--format", "json"]), file)
      schema.check(try run(["evaluate", file, "--format", "json", "--model", "se-2016", "--no-participants"]), "\(file) se-2016")
    }
    for file in Self.examples.map({ "Docs/examples/\($0)" }) {
      schema.check(
        try run(["evaluate", file, "--format", "json", "--no-participants", "--uncertainty", "--draws", "40", "--level", "95"]),
        "\(file) --uncertainty")
    }
  }

  @Test func databaseOutputs() throws {
    let directory = try TemporaryDirectory()
    let db = directory.path("b.sqlite")
    let files = Self.examples.map { "Docs/examples/\($0)" } + (try Self.published())
    #expect(try CLI.run(["db", "add"] + files + ["--db", db]).status == 0)
    let rank = try Validator("rank")
    for by in ["verkningsgrad", "payback", "cost-per-point", "return"] {
      rank.check(try run(["rank", "--by", by, "--format", "json", "--db", db]), "rank \(by)")
    }
    try Validator("norms").check(try run(["norms", "--format", "json", "--db", db]), "norms")
    let deviation = try Validator("norms-deviation")
    // Every stored evaluation but the national reference, which is beside every group and in none.
    let reference = try #require(files.firstIndex { $0.hasSuffix("nns-rapportserie-2015-1.json") }) + 1
    for id in 1...files.count where id != reference {
      deviation.check(try run(["norms", "--id", "\(id)", "--format", "json", "--db", db]), "norms --id \(id)")
    }
    try Validator("compare").check(try run(["compare"] + (1...files.count).map(String.init) + ["--format", "json", "--db", db]), "compare")
  }

  @Test func modelShow() throws {
    let schema = try Validator("model-show")
    for id in ["se-2016", "se-2025", "se-2026"] { schema.check(try run(["model", "show", id, "--format", "json"]), id) }
  }

  /// The validator is not a rubber stamp: an unknown key, a wrong type and a missing key fail.
  @Test func theValidatorRefusesWhatTheSchemaDoesNot() throws {
    let schema = try Validator("model-show")
    let good = try run(["model", "show", "se-2025", "--format", "json"])
    for bad in [
      good.replacingOccurrences(of: "\"formatVersion\": 2,", with: "\"formatVersion\": 2, \"extra\": 1,"),
      good.replacingOccurrences(of: "\"priceYear\": 2025", with: "\"priceYear\": \"2025\""),
      good.replacingOccurrences(of: "\"title\":", with: "\"titel\":"),
    ] {
      #expect(bad != good, "the mutation must change the output")
      let problems = schema.problems(try JSONParser.parse(Array(bad.utf8)), schema.root, "$")
      #expect(!problems.isEmpty)
    }
    let nulls = try JSONParser.parse(Array("{\"a\": null, \"undefined\": {}}".utf8))
    #expect(Self.unexplainedNulls(nulls, "$") == ["$.a"])
  }

  /// Every JSON output a command offers has its schema file.
  @Test func everyJSONOutputHasASchema() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.url("Docs/schemas").path)
    for name in ["evaluation-result", "rank", "norms", "norms-deviation", "compare", "model-show", "evaluation-input", "model"] {
      #expect(names.contains("\(name).schema.json"), "\(name)")
    }
  }
}
