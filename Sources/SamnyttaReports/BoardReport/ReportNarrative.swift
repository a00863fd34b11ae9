import SamnyttaEngine

/// What the evaluator writes in their own words, and the report's date: the input's optional
/// `description`, `targetGroup` and `conclusions` (free text, rendered as escaped paragraphs; a
/// blank line starts a new paragraph), and the day the report was made.
public struct ReportNarrative: Sendable, Hashable {
  public var description: String?
  public var targetGroup: String?
  public var conclusions: String?
  /// `YYYY-MM-DD`; `nil` leaves the date out (tests of the content alone).
  public var date: String?

  public init(description: String? = nil, targetGroup: String? = nil, conclusions: String? = nil, date: String? = nil) {
    self.description = description
    self.targetGroup = targetGroup
    self.conclusions = conclusions
    self.date = date
  }

  /// A text's paragraphs: split at blank lines, trimmed, empty ones dropped.
  static func paragraphs(_ text: String?) -> [String] {
    guard let text else { return [] }
    var paragraphs: [String] = []
    var current: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.allSatisfy(\.isWhitespace) {
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        current = []
      } else {
        current.append(line.drop { $0.isWhitespace })
      }
    }
    if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
    return paragraphs.map { String($0.reversed().drop { $0.isWhitespace }.reversed()) }.filter { !$0.isEmpty }
  }
}
