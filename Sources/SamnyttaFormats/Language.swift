/// The language of human-readable output.
public enum Language: String, CaseIterable, Sendable {
  case sv, en
}
