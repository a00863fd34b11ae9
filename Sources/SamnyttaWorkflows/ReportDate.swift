import Foundation

/// The date a report states, and the file name a report gets on a terminal.
public enum ReportDate {
  /// Today as `YYYY-MM-DD` in local time; with `SOURCE_DATE_EPOCH` set (reproducible builds'
  /// convention, used by the tests), that moment's date in UTC, so the same input gives the same bytes.
  public static func today(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    var calendar = Calendar(identifier: .gregorian)
    var date = Date()
    if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text), seconds >= 0, seconds < 253_402_300_800 {
      date = Date(timeIntervalSince1970: TimeInterval(seconds))
      calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    }
    let c = calendar.dateComponents([.year, .month, .day], from: date)
    func two(_ n: Int?) -> String { String((n ?? 0) + 100).dropFirst().description }
    return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day))"
  }

  /// An intervention's name as a file name: lower case, å/ä → a and ö → o, anything else than
  /// a–z and 0–9 as one hyphen, at most 60 characters; "insats" when nothing is left.
  public static func fileName(_ name: String) -> String {
    var out = ""
    for scalar in name.lowercased().unicodeScalars {
      let mapped: Character? =
        switch scalar {
        case "a"..."z", "0"..."9": Character(scalar)
        case "å", "ä", "á", "à", "â": "a"
        case "ö", "ó", "ò", "ô", "ø": "o"
        case "é", "è", "ê", "ë": "e"
        case "ü", "ú": "u"
        default: nil
        }
      if let mapped { out.append(mapped) } else if !out.isEmpty && out.last != "-" { out.append("-") }
      if out.count >= 60 { break }
    }
    while out.last == "-" { out.removeLast() }
    return out.isEmpty ? "insats" : out
  }
}
