import Foundation
import SamnyttaEngine
import SamnyttaTestSupport
import Testing

@testable import SamnyttaStore

/// Peer groups that exist: the class group when it holds enough peers, else broader ones.
@Suite struct PeerGroupTests {
  func entry(_ id: Int64, _ group: String, verkningsgrad: Double = 20, cost: Double = 100) -> PeerGroup.Entry {
    let document = DocumentSummary(
      id: id, sha256: "\(id)", kind: .summary, name: "n\(id)", association: "a", year: nil, classGroup: group, participants: 1,
      addedAt: "", byteCount: 0)
    let run = StoredRun(
      id: id, documentID: id, modelID: "m", priceYear: 2025, convention: "payoff", engineVersion: "", runAt: "", resultJSON: "",
      figures: RunFigures(
        potentialBefore: 1000, revenue: verkningsgrad * 10, cost: cost, paybackMonths: 6, verkningsgrad: verkningsgrad,
        costPerVerkningsgrad: cost / verkningsgrad,
        returnPerKrona: 2, participants: 1))
    return (document, run)
  }

  @Test func fallsBackStepByStepAndSaysWhere() {
    let own = "primary/traditional/extensive/medium"
    let candidates = [
      entry(1, own), entry(2, "primary/traditional/unknown/medium"), entry(3, "primary/traditional/unknown/medium"),
      entry(4, "primary/traditional/limited/medium"), entry(5, "primary/traditional/unknown/small"), entry(6, "secondary/traditional/small"),
    ]
    #expect(PeerGroup.choose(for: own, among: candidates, minimum: 1).level == .classGroup)
    let four = PeerGroup.choose(for: own, among: candidates, minimum: 4)
    #expect(four.level == .aimMethodResources && four.key == "primary/traditional/*/medium" && four.norms.count == 4 && four.isEnough)
    let five = PeerGroup.choose(for: own, among: candidates, minimum: 5)
    #expect(five.level == .aimMethod && five.key == "primary/traditional" && five.norms.count == 5)
    let six = PeerGroup.choose(for: own, among: candidates, minimum: 6)
    #expect(six.level == .all && six.norms.count == 6 && six.isEnough)
    // Never enough: the broadest group, and no judgement.
    let seven = PeerGroup.choose(for: own, among: candidates, minimum: 7)
    #expect(seven.level == .all && seven.norms.count == 6 && !seven.isEnough)
  }

  /// Amounts whose price year is unknown are left out of the means of amounts; their ratios count.
  @Test func unknownPriceYearsStayOutOfTheMeansOfAmounts() throws {
    let group = "primary/traditional/unknown/medium"
    let peers = PeerGroup.choose(
      for: group, among: [entry(1, group, verkningsgrad: 10, cost: 100), entry(2, group, verkningsgrad: 30, cost: 900)], minimum: 1,
      amountsUnknown: [2])
    #expect(peers.norms.figures[.verkningsgrad]?.mean == 20 && peers.norms.figures[.verkningsgrad]?.count == 2)
    #expect(peers.norms.figures[.costPerParticipant]?.mean == 100 && peers.norms.figures[.costPerParticipant]?.count == 1)
  }
}
