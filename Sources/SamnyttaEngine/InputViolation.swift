/// One broken rule in an evaluation input: which rule, and where. The engine names the place as a
/// typed ``InputLocation``; only the documents layer turns it into a file's text and position.
public struct InputViolation: Sendable, Hashable, CustomStringConvertible {
  public var location: InputLocation
  public var rule: BrokenRule
  public init(_ rule: BrokenRule, at location: InputLocation) {
    self.location = location
    self.rule = rule
  }
  /// The rule in plain English, without the place.
  public var message: String { rule.message }
  public var description: String { "\(location): \(message)" }
}

/// Why the engine refused to evaluate.
public enum EvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The input broke one or more rules; all of them are listed, in input order.
  case invalidInput([InputViolation])
  /// `explain` was asked for a participant the input does not hold.
  case unknownParticipant(String)

  public var description: String {
    switch self {
    case .invalidInput(let violations): violations.map(\.description).joined(separator: "\n")
    case .unknownParticipant(let id): "no participant with id '\(id.quotedForMessage)'"
    }
  }
}
