import SamnyttaReports
import Testing

/// `GroupSuppression.hidden(rows:totals:minimum:)`: a table of counts with row totals and column sums.
@Suite struct TableSuppressionTests {
  /// The portfolio's sex table from the tests' database: typfall with 4 of a third value.
  @Test func aSmallCellHidesItsComplementsInItsRowAndColumn() {
    let rows = [[0, 20, 22], [4, 11, 5]]
    let totals = [4, 31, 27]
    let hidden = GroupSuppression.hidden(rows: rows, totals: totals, minimum: 5)
    #expect(hidden.rows == [[nil, nil, nil], [.small, nil, .complementary]])
    #expect(hidden.totals == [.small, nil, .complementary])
  }

  @Test func nothingSmallHidesNothingAndAMinimumOfOneHidesNothing() {
    #expect(GroupSuppression.hidden(rows: [[5, 6]], totals: [5, 6], minimum: 5).totals == [nil, nil])
    #expect(GroupSuppression.hidden(rows: [[1, 2]], totals: [1, 2], minimum: 1).rows == [[nil, nil]])
  }

  /// Over many tables: every cell of 1 to minimum − 1 is hidden, and no row or column (with its
  /// sum) is left with a single hidden cell, which subtraction would reveal.
  @Test func noLineIsLeftWithASingleHiddenCell() {
    var state: UInt64 = 0x5EED
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<500 {
      let width = 1 + next(4)
      let height = 1 + next(4)
      let rows = (0..<height).map { _ in (0..<width).map { _ in next(3) == 0 ? 0 : next(12) } }
      let totals = (0..<width).map { c in rows.reduce(0) { $0 + $1[c] } }
      let hidden = GroupSuppression.hidden(rows: rows, totals: totals, minimum: 5)
      let all = rows + [totals]
      let marks = hidden.rows + [hidden.totals]
      for (r, row) in all.enumerated() {
        for (c, value) in row.enumerated() where value > 0 && value < 5 { #expect(marks[r][c] == .small, "\(rows)") }
        if width > 1 { #expect(marks[r].filter { $0 != nil }.count != 1, "row \(r) of \(rows)") }
      }
      for c in 0..<width { #expect(marks.filter { $0[c] != nil }.count != 1, "column \(c) of \(rows)") }
    }
  }
}
