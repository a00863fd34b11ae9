/// An option's typed value (like swift-argument-parser's `ExpressibleByArgument` enums): its
/// spellings come from the cases, so help and usage errors list them by themselves.
public protocol OptionChoice: RawRepresentable, CaseIterable, Sendable where RawValue == String {}

extension OptionChoice {
  /// "a|b|c" for a usage line.
  public static func spelled(_ cases: [Self] = Array(allCases)) -> String { cases.map(\.rawValue).joined(separator: "|") }
}
