import SamnyttaEngine

/// How the uncertainty analysis treats one model parameter (Docs/method.md, "Uncertainty").
public enum DrawRule: Sendable, Hashable {
  case drawn(ParameterDistribution)
  case fixed(FixedReason)

  /// Why a parameter is not drawn.
  public enum FixedReason: String, Sendable, Hashable {
    /// Set by law: the value is exact for the model's year.
    case law
    /// The range is one value (or a format-1 file gives none).
    case noRange
    /// A bracket table: recorded with its source, never drawn.
    case table
    /// Not a price of the method: a classification line, an input check, a peer-group size, the
    /// default financing split (a decision, not an uncertain quantity).
    case notAPrice
    /// The external-factors share is the sensitivity analysis's own assumption; the switching
    /// value says where it would turn the result, so drawing it would hide that question.
    case sensitivityAssumption
  }
}

extension ModelDocument {
  /// Top-level sections whose values are not prices of the method.
  static let sectionsNotPriced: Set<Substring> = ["classification", "validation", "comparison", "defaultFinancing"]

  /// Whether and how the analysis draws `parameter`: fixed for law, for a range of one value, for
  /// tables and for values that are not prices; uniform over the range for an official statistic
  /// or a price list (the source gives an interval, not a likelier point in it); triangular with
  /// its mode at the value for an estimate or a derived value (the model's value is the best guess).
  public static func drawRule(for parameter: ModelParameter) -> DrawRule {
    if parameter.kind == .table { return .fixed(.table) }
    let head = ParsedPath(parameter.path).head
    if sectionsNotPriced.contains(head) { return .fixed(.notAPrice) }
    if parameter.path == "sensitivity.externalFactorsShare" { return .fixed(.sensitivityAssumption) }
    if parameter.basis == .law { return .fixed(.law) }
    guard let basis = parameter.basis, parameter.low < parameter.high else { return .fixed(.noRange) }
    switch basis {
    case .law: return .fixed(.law)
    case .officialStatistic, .priceList: return .drawn(.uniform(low: parameter.low, high: parameter.high))
    case .estimate, .derived: return .drawn(.triangular(low: parameter.low, mode: parameter.value, high: parameter.high))
    }
  }

  /// The name of the group a drawn parameter moves with. Values from one law or one source move together:
  ///
  /// - every prisbasbelopp (`…priceBaseAmount`): one amount for the year, wherever it is written;
  /// - the municipal and regional tax rates: the two parts of one kommunalskatt, from one SCB table;
  /// - the same value with the same range in the same kind of field (the path with its codes and
  ///   indices left out: `states[*].work.monthlySalary`): one assumption written in several places,
  ///   such as the assumed salary of every subsidised job or Arbetsförmedlingen's handling cost.
  static func groupKey(_ parameter: ModelParameter) -> String {
    if parameter.path.hasSuffix("priceBaseAmount") { return "*.priceBaseAmount" }
    if parameter.path == "taxes.municipalRate" || parameter.path == "taxes.regionalRate" { return "taxes.municipalRate+regionalRate" }
    var shape = ""
    var inBrackets = false
    for c in parameter.path {
      if c == "[" {
        inBrackets = true
        shape += "[*"
      } else if c == "]" {
        inBrackets = false
        shape.append(c)
      } else if !inBrackets {
        shape.append(c)
      }
    }
    return "\(shape)|\(parameter.value)|\(parameter.low)|\(parameter.high)"
  }

  /// The parameters the uncertainty analysis draws, grouped (``groupKey(_:)``), in file order of
  /// each group's first member; a group of one is named by its path, a larger group by its rule's
  /// name or by its shape and value (`states[*].work.monthlySalary = 30483.25`).
  public var parameterSpace: ParameterSpace {
    var order: [String] = []
    var members: [String: [(ModelParameter, ParameterDistribution)]] = [:]
    for parameter in numericParameters {
      guard case .drawn(let distribution) = Self.drawRule(for: parameter) else { continue }
      let key = Self.groupKey(parameter)
      if members[key] == nil { order.append(key) }
      members[key, default: []].append((parameter, distribution))
    }
    let groups = order.map { key in
      let list = members[key] ?? []
      let shape = String(key.prefix { $0 != "|" })
      let name = list.count == 1 ? list[0].0.path : shape.contains("[*") ? "\(shape) = \(list[0].0.provenance.value)" : shape
      return ParameterSpace.Group(name: name, members: list.map { ParameterSpace.Member(path: $0.0.path, distribution: $0.1) })
    }
    let model = parameters
    return ParameterSpace(
      groups: groups, set: { parameters, path, value in ParameterField.set(path, to: value, in: &parameters) },
      bind: { path in ParameterField.setter(path, in: model) })
  }
}
