import Foundation
import SamnyttaTestSupport
import Testing

/// Bad inputs that once crashed or were accepted; kept so they stay refused.
@Suite struct RegressionTests {
  /// An absurd typfall weight (10^11, Int.max) once trapped in the engine; it is refused with exit 65.
  @Test(arguments: ["100000000000", "9223372036854775807"])
  func absurdCountIsRefused(_ count: String) throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("count.json", variant("\"id\": \"p1\",", "\"id\": \"p1\", \"count\": \(count),"))
    let result = try CLI.run(["evaluate", path])
    #expect(result.status == 65, "\(result.status): \(result.err.prefix(300))")
    #expect(result.err.contains("$.participants[0].count"))
  }

  /// A summary whose figures are each in range but whose cost per verkningsgrad point is about
  /// 10²¹ kr once trapped (SIGILL) in the number formatting of every output format.
  @Test(arguments: ["text", "json", "csv"])
  func hugeCostPerPointIsWrittenNotTrapped(_ format: String) throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "huge.json",
      #"{"formatVersion": 1, "kind": "summary", "name": "x", "association": "y", "participants": 1, "potential": 999999999999999, "revenue": 0.01, "cost": 1000000}"#
    )
    let result = try CLI.run(["evaluate", path, "--format", format])
    #expect(result.status == 0, "\(result.status): \(result.err.prefix(300))")
    #expect(result.out.contains("951"))  // the exact digits of 999 999 999 999 998 951 424
  }

  /// A summary document with a negative potential is refused.
  @Test func negativeSummaryPotentialIsRefused() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "summary.json",
      #"{ "formatVersion": 1, "kind": "summary", "name": "a", "association": "b", "participants": 10, "potential": -100, "revenue": 500, "cost": 100 }"#
    )
    let result = try CLI.run(["evaluate", path])
    #expect(result.status == 65, "\(result)")
    #expect(result.err.contains("$.potential"))
  }
}
