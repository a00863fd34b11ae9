import Foundation

/// Times are stored as ISO 8601 UTC text with milliseconds: readable in the `sqlite3` tool, and
/// fixed-width, so text order is time order ("latest run" is a plain `ORDER BY`).
enum Timestamp {
  static func text(_ date: Date) -> String {
    date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
  }
}
