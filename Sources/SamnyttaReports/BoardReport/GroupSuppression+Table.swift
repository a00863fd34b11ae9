extension GroupSuppression {
  /// Which cells of a table of counts to hide when its row totals and column totals are shown:
  /// rows are interventions (each row's total, its participants, is shown elsewhere) and `totals`
  /// is the row of column sums (the year in total).
  ///
  /// - A cell of 1 to `minimum − 1` participants is hidden (`small`); 0 is shown, as it singles out no one.
  /// - A line (a row with its total, or a column with its sum) with exactly one hidden cell could be
  ///   solved by subtraction, so the smallest shown cell of that line is hidden too (`complementary`);
  ///   repeated until no line has a single hidden cell. This is the usual simple rule for a table
  ///   with margins; it does not guard against every combination of several lines.
  /// - A minimum of 1 or less hides nothing.
  public static func hidden(rows: [[Int]], totals: [Int], minimum: Int) -> (rows: [[GroupSuppression?]], totals: [GroupSuppression?]) {
    let all = rows + [totals]
    let width = totals.count
    guard minimum > 1, width > 0, all.allSatisfy({ $0.count == width }) else {
      return (rows.map { $0.map { _ in nil } }, totals.map { _ in nil })
    }
    var hidden: [[GroupSuppression?]] = all.map { $0.map { $0 > 0 && $0 < minimum ? .small : nil } }
    /// When exactly one cell of `line` is hidden, hides the smallest shown cell of `line`, taken
    /// from `first` when it has one shown.
    func complete(_ line: [(Int, Int)], first: [(Int, Int)]) -> Bool {
      guard line.filter({ hidden[$0.0][$0.1] != nil }).count == 1 else { return false }
      let shown = { (cells: [(Int, Int)]) in cells.filter { hidden[$0.0][$0.1] == nil }.min(by: { all[$0.0][$0.1] < all[$1.0][$1.1] }) }
      guard let smallest = shown(first) ?? shown(line) else { return false }
      hidden[smallest.0][smallest.1] = .complementary
      return true
    }
    var changed = true
    while changed {
      changed = false
      for r in all.indices {
        let line = (0..<width).map { (r, $0) }
        if complete(line, first: line) { changed = true }
      }
      // A column with its sum: an intervention's cell is hidden before the total's.
      for c in 0..<width where complete(all.indices.map { ($0, c) }, first: rows.indices.map { ($0, c) }) { changed = true }
    }
    return (Array(hidden.dropLast()), hidden.last ?? [])
  }
}
