import SamnyttaEngine
import SamnyttaFormats

/// The one place an engine ``InputLocation`` becomes a JSON document's text and position: the
/// input format's keys, walked in the parsed tree for a line and column, and written as the JSON
/// path error messages show (`$.participants[2].after.spells[0].extent`).
extension InputLocation {
  /// One step from a JSON value to a member or element of it.
  enum JSONStep: Hashable {
    case key(String)
    case index(Int)
  }

  /// The steps from the document's root to the value the location names, in the input format's keys.
  var jsonSteps: [JSONStep] {
    switch self {
    case .name: return [.key("name")]
    case .association: return [.key("association")]
    case .cost(let field):
      switch field {
      case .total: return [.key("cost"), .key("total")]
      case .byType: return [.key("cost"), .key("byType")]
      case .byTypeAmount(let type): return [.key("cost"), .key("byType"), .key(type)]
      case .financing: return [.key("cost"), .key("financing")]
      case .financingShare(let actor): return [.key("cost"), .key("financing"), .key(actor.rawValue)]
      }
    case .participants: return [.key("participants")]
    case .participant(let i, let field): return [.key("participants"), .index(i), .key(Self.key(field))]
    case .spells(let i, let period): return [.key("participants"), .index(i), .key(Self.key(period)), .key("spells")]
    case .spell(let i, let period, let j, let field):
      return [.key("participants"), .index(i), .key(Self.key(period)), .key("spells"), .index(j), .key(Self.key(field))]
    case .care(let i, let period, let j, let field):
      return [.key("participants"), .index(i), .key(Self.key(period)), .key("care"), .index(j), .key(Self.key(field))]
    case .participantRecord(let i): return [.key("participants"), .index(i)]
    case .period(let i, let period): return [.key("participants"), .index(i), .key(Self.key(period))]
    case .comparison(let inner): return [.key("comparison")] + inner.jsonSteps
    case .summary(let field):
      switch field {
      case .potential: return [.key("potential")]
      case .revenue: return [.key("revenue")]
      case .cost: return [.key("cost")]
      case .published: return [.key("published")]
      case .publishedFigure(let figure): return [.key("published"), .key(figure.rawValue)]
      }
    }
  }

  /// The JSON path error messages show: `$` and each step as `.key` or `[index]`; a key from the
  /// input (a cost type) is shown as ``Swift/String/quotedForMessage`` shows it.
  public var jsonPath: String {
    jsonSteps.reduce(into: "$") { path, step in
      switch step {
      case .key(let key): path += "." + key.quotedForMessage
      case .index(let i): path += "[\(i)]"
      }
    }
  }

  static func key(_ field: ParticipantField) -> String {
    switch field {
    case .id: "id"
    case .count: "count"
    }
  }

  static func key(_ period: PeriodName) -> String {
    switch period {
    case .before: "before"
    case .after: "after"
    case .counterfactual: "counterfactual"
    }
  }

  static func key(_ field: SpellField) -> String {
    switch field {
    case .state: "state"
    case .months: "months"
    case .extent: "extent"
    case .monthlyAmount: "monthlyAmount"
    case .subsidyShare: "subsidyShare"
    }
  }

  static func key(_ field: CareField) -> String {
    switch field {
    case .type: "type"
    case .count: "count"
    }
  }
}

extension JSONValue {
  /// The value `location` names in this document, or the nearest value on the way to it that is
  /// present (a default left out of the file is reported at the object that would hold it).
  public func node(at location: InputLocation) -> JSONValue {
    var current = self
    for step in location.jsonSteps {
      switch (step, current.kind) {
      case (.key(let key), .object(let members)):
        guard let next = members.first(where: { $0.key == key })?.value else { return current }
        current = next
      case (.index(let i), .array(let elements)):
        guard elements.indices.contains(i) else { return current }
        current = elements[i]
      default:
        return current
      }
    }
    return current
  }
}
