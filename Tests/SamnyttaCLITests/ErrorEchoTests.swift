import Foundation
import SamnyttaTestSupport
import Testing

/// Error messages on standard error: user text is never echoed raw (control characters escaped)
/// nor whole (a long argument is quoted as a short prefix).
@Suite struct ErrorEchoTests {
  @Test func controlCharactersInArgumentsAreEscapedOnStandardError() throws {
    let result = try CLI.run(["explain", "Docs/examples/realistic-42-participants.json", "--participant", "x\u{1B}[31mred"])
    #expect(result.status == 64)
    #expect(!result.err.contains("\u{1B}"), "\(result.err)")
    #expect(result.err.contains("\\u{1B}"), "\(result.err)")
  }

  @Test func longArgumentsAreQuotedAsAPrefix() throws {
    let long = String(repeating: "9", count: 100_000)
    let result = try CLI.run(["evaluate", "Docs/examples/typfall-trampolinen.json", "--drop-off", long])
    #expect(result.status == 64)
    #expect(result.err.utf8.count < 1_000, "\(result.err.utf8.count) bytes")
    let unknown = try CLI.run([String(repeating: "x", count: 100_000)])
    #expect(unknown.status == 64 && unknown.err.utf8.count < 5_000)
  }
}
