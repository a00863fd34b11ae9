/// One broken rule in an evaluation input, located by its JSON path (e.g. `$.participants[2].before.spells[0].months`).
public struct InputViolation: Sendable, Hashable, CustomStringConvertible {
  public var path: String
  public var message: String
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }
  public var description: String { "\(path): \(message)" }
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
    case .unknownParticipant(let id): "no participant with id '\(id)'"
    }
  }
}
