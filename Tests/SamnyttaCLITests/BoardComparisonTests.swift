import Foundation
import SamnyttaTestSupport
import Testing

/// Issue 13: the board's comparison with the shipped entries: one price level, peer groups that
/// exist, the national reference.
@Suite struct BoardComparisonTests {
  static var everything: [String] {
    let published = (try? FileManager.default.contentsOfDirectory(atPath: PackageRoot.url("Docs/examples/published").path)) ?? []
    return published.filter { $0.hasSuffix(".json") }.sorted().map { "Docs/examples/published/\($0)" }
      + [
        "Docs/examples/realistic-42-participants.json", "Docs/examples/forsorjningsstod-8000-till-arbete-23000.json",
        "Docs/examples/typfall-trampolinen.json",
      ]
  }

  func json(_ text: String) throws -> [String: Any] { try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) }

  @Test func aPeerGroupOfFiveTheReferenceAndOnePriceYear() throws {
    let directory = try TemporaryDirectory()
    let db = directory.path("e.sqlite")
    #expect(try CLI.run(["db", "add"] + Self.everything + ["--db", db]).status == 0)
    let list = try CLI.run(["db", "list", "--db", db]).out
    let realistic = try #require(list.split(separator: "\n").first { $0.contains("Samverkansteam Norra") }?.split(separator: "\t").first)
    let norms = try CLI.run(["norms", "--id", String(realistic), "--format", "json", "--model", "se-2025", "--db", db])
    #expect(norms.status == 0, "\(norms)")
    let result = try json(norms.out)
    #expect(result["priceYear"] as? Int == 2025 && result["peerLevel"] as? String == "aimMethodResources", "\(result)")
    #expect(result["peerGroup"] as? String == "primary/traditional/*/medium" && result["peerCount"] as? Int == 5 && result["judged"] as? Bool == true)
    let figures = try #require(result["figures"] as? [String: [String: Any]])
    #expect(figures["verkningsgrad"]?["classCount"] as? Int == 5 && figures["verkningsgrad"]?["judgement"] as? String == "better than the mean")
    // The national reference, beside the group and never in it: 82 000 / 603 000.
    #expect(abs((figures["verkningsgrad"]?["nationalReference"] as? Double ?? 0) - 13.5987) < 0.001)
    // The summaries' amounts are of unknown price year: out of the means of amounts.
    #expect(figures["costPerParticipant"]?["classCount"] as? Int == 1)
    // Fewer than --min-peers: no judgement.
    let strict = try json(
      try CLI.run(["norms", "--id", String(realistic), "--format", "json", "--min-peers", "20", "--model", "se-2025", "--db", db]).out)
    #expect(strict["peerLevel"] as? String == "all" && strict["judged"] as? Bool == false)
    let text = try CLI.run(["norms", "--id", String(realistic), "--model", "se-2025", "--db", db]).out
    #expect(text.contains("procentenheter") && text.contains("Riksreferens: [") && text.contains("Prisnivå 2025"), "\(text)")
    // All groups state their price year.
    let groups = try json(try CLI.run(["norms", "--format", "json", "--model", "se-2025", "--db", db]).out)
    #expect(groups["priceYear"] as? Int == 2025)
    let older = try json(try CLI.run(["norms", "--format", "json", "--model", "se-2016", "--db", db]).out)
    #expect(older["priceYear"] as? Int == 2016 && older["model"] as? String == "se-2016")
    // rank: amounts of unknown price year are marked and rank after those at the price year.
    let rank = try CLI.run(["rank", "--by", "cost-per-point", "--model", "se-2025", "--db", db]).out
    #expect(rank.contains("4 453 kr *") && rank.contains("Prisnivå 2025"), "\(rank)")
    #expect(!rank.contains("58 Payoff-utvärderingar"))
  }

  /// A summary with a known price year is uprated by the wage index: 2023 → 2025 is 42 989,86 / 39 900.
  @Test func aSummaryOfAKnownYearIsUprated() throws {
    let directory = try TemporaryDirectory()
    let db = directory.path("e.sqlite")
    let summary = try directory.write(
      "s.json",
      #"{"formatVersion": 1, "kind": "summary", "name": "S", "association": "A", "priceYear": 2023, "participants": 10, "potential": 6000000, "revenue": 1200000, "cost": 800000}"#
    )
    let elsewhere = try directory.write(
      "t.json",
      #"{"formatVersion": 1, "kind": "summary", "name": "T", "association": "A", "priceYear": 2019, "participants": 10, "potential": 6000000, "revenue": 1200000, "cost": 800000}"#
    )
    #expect(try CLI.run(["db", "add", summary, elsewhere, "--db", db]).status == 0)
    let rank = try json(try CLI.run(["rank", "--format", "json", "--model", "se-2025", "--db", db]).out)
    let rows = try #require(rank["rows"] as? [[String: Any]])
    let s = try #require(rows.first { $0["name"] as? String == "S" })
    // Cost per verkningsgrad: 80 000 / 20 % = 4 000 kr in 2023, × 42 989,86 / 39 900 in 2025; verkningsgrad unchanged.
    #expect(abs((s["costPerVerkningsgrad"] as? Double ?? 0) - 4000 * 42989.86 / 39900) < 0.01 && s["verkningsgrad"] as? Double == 20)
    #expect(s["priceYearKnown"] as? Bool == true)
    // 2019 is not in the wage series: not moved, flagged.
    let t = try #require(rows.first { $0["name"] as? String == "T" })
    #expect(t["priceYearKnown"] as? Bool == false && t["costPerVerkningsgrad"] as? Double == 4000)
  }
}
