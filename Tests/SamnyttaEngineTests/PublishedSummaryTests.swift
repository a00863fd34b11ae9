import SamnyttaEngine
import Testing

/// Summaries known only by the three figures of Payoff's table (seed 004, lines 522–529).
@Suite struct PublishedSummaryTests {
  static let table: [(String, Double, Double, Double)] = [
    ("Arbetsmarknadstorget", 26, 8, 4_600), ("Samordningsteam Sala", 16, 11, 7_000), ("Tuna", 13, 7, 3_600),
    ("Jobbcoach", 12, 5, 2_500), ("Balder", 12, 12, 5_800), ("Samordningsgruppen", 11, 14, 7_900), ("E.L.S.A.", 29, 17, 11_000),
  ]

  @Test(arguments: table)
  func derivedAmountsGiveBackThePublishedFigures(row: (String, Double, Double, Double)) throws {
    let published = PublishedKeyFigures(verkningsgrad: row.1, paybackMonths: row.2, costPerVerkningsgrad: row.3)
    let summary = try #require(SummaryInput(name: row.0, association: "a", participants: nil, published: published))
    let k = summary.keyFigures(options: ForecastOptions())
    #expect(!summary.participantsKnown && summary.derivedFromPublished)
    #expect(abs(try #require(k.verkningsgrad) - row.1) < 1e-4)
    #expect(abs(try #require(k.paybackMonths) - row.2) < 1e-4)
    #expect(abs(try #require(k.costPerVerkningsgrad) - row.3) < 1e-2)
  }

  @Test func aParticipantCountMultipliesTheAmountsExactlyAndLeavesTheRatios() throws {
    let published = PublishedKeyFigures(verkningsgrad: 26, paybackMonths: 8, costPerVerkningsgrad: 4_600)
    let one = try #require(SummaryInput(name: "n", association: "a", participants: nil, published: published))
    let nineteen = try #require(SummaryInput(name: "n", association: "a", participants: 19, published: published))
    #expect(nineteen.revenue == one.revenue * 19 && nineteen.cost == one.cost * 19)
    let a = one.keyFigures(options: ForecastOptions())
    let b = nineteen.keyFigures(options: ForecastOptions())
    #expect(a.verkningsgrad == b.verkningsgrad && a.paybackMonths == b.paybackMonths)
    #expect(abs(a.costPerVerkningsgrad! - b.costPerVerkningsgrad!) < 1e-6)
  }

  @Test func aMissingOrNonPositiveFigureGivesNoSummary() {
    #expect(SummaryInput(name: "n", association: "a", participants: nil, published: PublishedKeyFigures(verkningsgrad: 26, paybackMonths: 8)) == nil)
    #expect(
      SummaryInput(
        name: "n", association: "a", participants: nil, published: PublishedKeyFigures(verkningsgrad: 0, paybackMonths: 8, costPerVerkningsgrad: 1))
        == nil)
  }

  @Test func aPublishedVerkningsgradGivesTheMissingPotential() {
    // Arbetsmarknadstorget (lines 551–555): revenue 3.6 million kr, verkningsgrad 26 %.
    let s = SummaryInput(
      name: "n", association: "a", participants: 19, potential: nil, revenue: .kronor(3_600_000), cost: .kronor(2_200_000),
      published: PublishedKeyFigures(verkningsgrad: 26))
    #expect(abs(s.keyFigures(options: ForecastOptions()).verkningsgrad! - 26) < 1e-6)
  }
}
