import Foundation
import SamnyttaTestSupport
import Testing

/// The layout README.md describes, checked: which module may import which, and the size rules
/// that keep any one room from filling up again.
@Suite struct LayoutTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources")

  /// Each module's allowed imports (besides the toolchain's Foundation, Dispatch and the like where noted).
  static let allowed: [String: Set<String>] = [
    "SamnyttaEngine": [],
    "SamnyttaFormats": ["SamnyttaEngine"],
    "SamnyttaDocuments": ["SamnyttaEngine", "SamnyttaFormats", "Foundation"],
    "SamnyttaStore": ["CSQLite", "SamnyttaEngine", "Foundation"],
    "SamnyttaReports": ["SamnyttaEngine", "SamnyttaFormats", "SamnyttaDocuments", "SamnyttaStore"],
    "SamnyttaWorkflows": ["SamnyttaEngine", "SamnyttaFormats", "SamnyttaDocuments", "SamnyttaStore", "SamnyttaReports", "Foundation", "Dispatch"],
    "SamnyttaCommandLine": ["SamnyttaEngine", "SamnyttaFormats", "SamnyttaReports", "Foundation"],
    "samnytta": [
      "SamnyttaEngine", "SamnyttaFormats", "SamnyttaDocuments", "SamnyttaStore", "SamnyttaReports", "SamnyttaWorkflows", "SamnyttaCommandLine",
      "Foundation", "Dispatch", "Glibc", "Synchronization",
    ],
  ]

  static func swiftFiles(_ module: String) throws -> [(name: String, text: String)] {
    let root = sources.appendingPathComponent(module)
    guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
    return try walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted().map { name in
      (name, try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8))
    }
  }

  static func nonBlankLines(_ text: String) -> Int { text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.count }

  @Test("Each module imports only what README's layout table allows", arguments: allowed.keys.sorted())
  func imports(module: String) throws {
    for (name, text) in try Self.swiftFiles(module) {
      for line in text.split(separator: "\n") where line.hasPrefix("import ") || line.hasPrefix("@testable import ") {
        let imported = String(line.split(separator: " ").last ?? "")
        #expect(Self.allowed[module]?.contains(imported) == true, "\(module)/\(name) imports \(imported)")
      }
    }
  }

  @Test("No module holds more than 30 % of the source lines; the executable stays under 1 100 and holds no SQL or rendering")
  func sizes() throws {
    let counts = try Dictionary(
      uniqueKeysWithValues: Self.allowed.keys.map { m in (m, try Self.swiftFiles(m).map { Self.nonBlankLines($0.text) }.reduce(0, +)) })
    let total = counts.values.reduce(0, +)
    for (module, count) in counts { #expect(Double(count) <= 0.30 * Double(total), "\(module): \(count) of \(total) lines") }
    #expect((counts["samnytta"] ?? 0) < 1_100)
    for (name, text) in try Self.swiftFiles("samnytta") {
      for word in ["SELECT ", "INSERT ", "sqlite3_", "JSONOutput.object", "CSVTable(", "TextTable."] {
        #expect(!text.contains(word), "samnytta/\(name) contains \(word)")
      }
    }
  }
}
