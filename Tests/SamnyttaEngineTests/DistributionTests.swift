import SamnyttaEngine
import Testing

@Suite struct DistributionTests {
  @Test func oddCountHasTheMiddleValueAsMedian() throws {
    let d = try #require(Distribution([26, 16, 13, 12, 12, 11, 29]))
    #expect(d.count == 7)
    #expect(d.median == 13)
    #expect(d.minimum == 11 && d.maximum == 29)
    #expect(abs(d.mean - 119.0 / 7) < 1e-12)
  }

  @Test func evenCountAveragesTheTwoMiddleValues() throws {
    let d = try #require(Distribution([4, 1, 3, 2]))
    #expect(d.median == 2.5)
    #expect(d.mean == 2.5)
    // Population standard deviation: √((2.25 + 0.25 + 0.25 + 2.25) / 4) = √1.25.
    #expect(abs(d.standardDeviation - 1.25.squareRoot()) < 1e-12)
  }

  @Test func orderDoesNotMatterAndNonFiniteValuesAreLeftOut() throws {
    let a = try #require(Distribution([5, 1, .nan, 3, .infinity]))
    let b = try #require(Distribution([3, 5, 1]))
    #expect(a == b)
    #expect(Distribution([]) == nil)
    #expect(Distribution([.nan]) == nil)
  }

  @Test func aSingleValueHasNoSpread() throws {
    let d = try #require(Distribution([7]))
    #expect(d.standardDeviation == 0 && d.median == 7 && d.deviation(of: 9) == 2)
    #expect(Distribution([0, 0])?.relativeDeviation(of: 1) == nil)
  }
}
