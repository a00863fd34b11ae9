import Foundation
import SamnyttaTestSupport
import Testing

/// Compares `actual` with the golden file `Golden/<name>.<ext>`, in the style of
/// swift-argument-parser's `assertSnapshot`: when the file is missing, or `RECORD_SNAPSHOTS=1` is
/// set, the output is written to the source tree as the new baseline and the test records an issue
/// saying so (so a recording run never passes silently); otherwise a mismatch is reported as a
/// line diff.
func assertSnapshot(
  _ actual: String, named name: String, extension ext: String = "txt", sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let file = CLI.goldenDirectory.appendingPathComponent("\(name).\(ext)")
  let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"].map { $0 == "1" || $0.lowercased() == "true" } ?? false
  guard !record, FileManager.default.fileExists(atPath: file.path) else {
    try FileManager.default.createDirectory(at: CLI.goldenDirectory, withIntermediateDirectories: true)
    try Data(actual.utf8).write(to: file)
    Issue.record("Recorded new baseline for '\(name).\(ext)' at \(file.path)", sourceLocation: sourceLocation)
    return
  }
  let expected = try String(contentsOf: file, encoding: .utf8)
  guard expected != actual else { return }
  Issue.record(
    """
    Output does not match the golden file \(file.lastPathComponent) (set RECORD_SNAPSHOTS=1 to re-record).
    \(lineDiff(expected: expected, actual: actual))
    """, sourceLocation: sourceLocation)
}

/// A readable line diff: `-` lines only in `expected`, `+` lines only in `actual`, with up to
/// `context` unchanged lines around each change (`…` marks skipped runs).
func lineDiff(expected: String, actual: String, context: Int = 2) -> String {
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  let difference = new.difference(from: old)

  var removed: Set<Int> = []
  var inserted: Set<Int> = []
  for change in difference {
    switch change {
    case .remove(let offset, _, _): removed.insert(offset)
    case .insert(let offset, _, _): inserted.insert(offset)
    }
  }

  // Walk both sides in step, producing a unified list of lines.
  enum Line {
    case same(String)
    case minus(String)
    case plus(String)
  }
  var lines: [Line] = []
  var i = 0
  var j = 0
  while i < old.count || j < new.count {
    if i < old.count, removed.contains(i) {
      lines.append(.minus(old[i]))
      i += 1
    } else if j < new.count, inserted.contains(j) {
      lines.append(.plus(new[j]))
      j += 1
    } else {
      if i < old.count { lines.append(.same(old[i])) }
      i += 1
      j += 1
    }
  }

  // Keep changed lines and their context.
  var keep = Array(repeating: false, count: lines.count)
  for (k, line) in lines.enumerated() {
    if case .same = line { continue }
    for n in max(0, k - context)...min(lines.count - 1, k + context) { keep[n] = true }
  }
  var text: [String] = []
  var skipping = false
  for (k, line) in lines.enumerated() {
    guard keep[k] else {
      if !skipping { text.append("  …") }
      skipping = true
      continue
    }
    skipping = false
    switch line {
    case .same(let s): text.append("  \(s)")
    case .minus(let s): text.append("- \(s)")
    case .plus(let s): text.append("+ \(s)")
    }
  }
  return text.joined(separator: "\n")
}

@Suite struct LineDiffTests {
  @Test func reportsRemovedAndInsertedLines() {
    let diff = lineDiff(expected: "a\nb\nc\nd\ne\nf\ng", actual: "a\nb\nC\nd\ne\nf\ng\nh", context: 1)
    #expect(diff == "  …\n  b\n- c\n+ C\n  d\n  …\n  g\n+ h")
  }

  @Test func identicalTextHasNoChanges() {
    #expect(!lineDiff(expected: "x\ny", actual: "x\ny").contains("- "))
  }
}
