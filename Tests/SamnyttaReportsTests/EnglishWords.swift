/// English words that have no place in a Swedish message. Option names (`--model`) and paths
/// (`~/.local/share/samnytta/evaluations.sqlite`) are what is typed, the same in both languages, and
/// are left out; placeholders are upper case (`FILE`), so they are no word here.
enum EnglishWords {
  static let words: Set<String> = [
    "the", "is", "are", "expected", "invalid", "needs", "only", "with", "and", "of", "to", "from", "default", "file", "files", "error",
    "usage", "command", "commands", "option", "options", "give", "not", "unknown", "shown", "written", "added", "removed", "show", "write",
    "stored", "evaluation", "evaluations", "participant", "participants", "model", "database", "when", "which",
  ]

  /// The English words in `text`.
  static func `in`(_ text: String) -> [String] {
    text.split(whereSeparator: \.isWhitespace).filter { !$0.contains("--") && !$0.contains("/") }
      .flatMap { $0.split(whereSeparator: { !$0.isLetter }).map(String.init) }.filter { words.contains($0) }
  }
}
