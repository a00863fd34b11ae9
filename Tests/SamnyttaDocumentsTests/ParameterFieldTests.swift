import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaTestSupport
import Testing

/// Every numeric parameter path of the shipped models reaches its field (``ParameterField``), and
/// the uncertainty analysis's draws stay in the parameters' ranges.
@Suite struct ParameterFieldTests {
  static let bundled = ["se-2016", "se-2025", "se-2026"]

  static func model(_ id: String) throws -> ModelDocument {
    try ModelDocument.decode(try PackageRoot.bytes("Models/\(id).json"), file: "\(id).json")
  }

  /// Paths with no field in the engine's parameters: the comparison settings (peer groups) live
  /// beside them in the model document and are never drawn.
  static func outsideTheEngine(_ p: ModelParameter) -> Bool { p.kind == .table || p.path.hasPrefix("comparison.") }

  /// Reading a path gives the file's value; writing a path is read back; tables and the
  /// comparison settings are the only paths without a field (they are never drawn).
  @Test(arguments: bundled) func everyPathReachesItsField(_ id: String) throws {
    let model = try Self.model(id)
    let paths = model.numericParameters.filter { !Self.outsideTheEngine($0) }
    for parameter in model.numericParameters {
      guard !Self.outsideTheEngine(parameter) else {
        #expect(ParameterField.value(parameter.path, in: model.parameters) == nil, "\(parameter.path)")
        #expect(ModelDocument.drawRule(for: parameter) == .fixed(parameter.kind == .table ? .table : .notAPrice))
        continue
      }
      let read = try #require(ParameterField.value(parameter.path, in: model.parameters), "\(id): \(parameter.path) has no field")
      #expect(abs(read - parameter.value) < 0.005, "\(id): \(parameter.path) reads \(read), the file says \(parameter.value)")
      var changed = model.parameters
      let target = parameter.value + (parameter.kind == .share ? 0.001 : 7)
      #expect(ParameterField.set(parameter.path, to: target, in: &changed), "\(parameter.path)")
      #expect(abs((ParameterField.value(parameter.path, in: changed) ?? .nan) - target) < 0.005, "\(id): \(parameter.path) was not written")
      // The setter found once (what the draws use) writes exactly what `set` writes.
      let setter = try #require(ParameterField.setter(parameter.path, in: model.parameters), "\(id): \(parameter.path) has no setter")
      var bound = model.parameters
      setter(&bound, target)
      #expect(paths.allSatisfy { ParameterField.value($0.path, in: bound) == ParameterField.value($0.path, in: changed) }, "\(id): \(parameter.path)")
      // Only that field moved: every other path still reads the file's value.
      for other in paths where other.path != parameter.path {
        let value = ParameterField.value(other.path, in: changed) ?? .nan
        #expect(abs(value - other.value) < 0.005, "\(id): writing \(parameter.path) moved \(other.path)")
      }
    }
    #expect(ParameterField.value("labour.noSuchField", in: model.parameters) == nil)
    #expect(ParameterField.setter("labour.noSuchField", in: model.parameters) == nil)
    #expect(ParameterField.setter("states[noSuchState].work.monthlySalary", in: model.parameters) == nil)
    #expect(ParameterField.value("states[noSuchState].work.monthlySalary", in: model.parameters) == nil)
  }

  /// Law is fixed, and so is what is not a price; every drawn distribution stays in the range.
  @Test(arguments: bundled) func drawRulesFollowTheBasis(_ id: String) throws {
    for parameter in try Self.model(id).numericParameters {
      switch ModelDocument.drawRule(for: parameter) {
      case .drawn(let d):
        #expect(parameter.basis != .law && parameter.low < parameter.high, "\(parameter.path)")
        #expect(d.bounds.low == parameter.low && d.bounds.high == parameter.high)
        if parameter.basis == .officialStatistic || parameter.basis == .priceList {
          #expect(d == .uniform(low: parameter.low, high: parameter.high))
        } else {
          #expect(d == .triangular(low: parameter.low, mode: parameter.value, high: parameter.high))
        }
      case .fixed(let reason):
        if parameter.basis == .law && parameter.kind != .table && !parameter.path.hasPrefix("defaultFinancing") { #expect(reason == .law) }
      }
    }
  }

  @Test(arguments: bundled) func drawsStayInTheirRanges(_ id: String) throws {
    let model = try Self.model(id)
    let space = model.parameterSpace
    let ranges = Dictionary(uniqueKeysWithValues: model.numericParameters.map { ($0.path, $0.range) })
    var generator = RandomGenerator(seed: 5)
    for _ in 0..<50 {
      let drawn = space.applying(quantiles: space.groups.map { _ in generator.nextUnit() }, to: model.parameters)
      for member in space.groups.flatMap(\.members) {
        let value = try #require(ParameterField.value(member.path, in: drawn))
        let range = try #require(ranges[member.path])
        #expect(value >= range.low - 0.005 && value <= range.high + 0.005, "\(member.path): \(value) outside \(range)")
      }
    }
  }

  /// One prisbasbelopp and one kommunalskatt; one assumption written in several states draws once.
  @Test func groupsMoveTogether() throws {
    let space = try Self.model("se-2026").parameterSpace
    let names = space.groups.map(\.name)
    #expect(Set(names).count == names.count)
    let tax = try #require(space.groups.first { $0.name == "taxes.municipalRate+regionalRate" })
    #expect(Set(tax.members.map(\.path)) == ["taxes.municipalRate", "taxes.regionalRate"])
    let salary = try #require(space.groups.first { $0.name.hasPrefix("states[*].work.monthlySalary = ") })
    #expect(salary.members.count == 6)
    // Every prisbasbelopp is law in the shipped models, so none is drawn.
    #expect(!space.groups.contains { $0.members.contains { $0.path.hasSuffix("priceBaseAmount") } })
    #expect(!space.groups.contains { $0.members.contains { $0.path == "sensitivity.externalFactorsShare" } })
  }
}
