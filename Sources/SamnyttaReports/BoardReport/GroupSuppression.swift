/// Which groups of a breakdown (by sex, age band, education, household) the board report hides, so
/// that no participant can be singled out.
///
/// - A group of fewer than `minimum` participants is hidden: its count is shown as `<minimum`, its
///   amounts as `–`.
/// - When exactly one group is hidden so and others are shown, the smallest of the others is hidden
///   too (count and amounts as `–`): the report gives the totals elsewhere (participants, revenue
///   per perspective), and one hidden group could be worked out from them by subtraction. Ties go
///   to the group shown first.
/// - A minimum of 1 or less hides nothing.
public enum GroupSuppression: Sendable, Hashable {
  /// Fewer participants than the minimum.
  case small
  /// Large enough, hidden so that a single small group cannot be derived from the totals.
  case complementary

  /// The default minimum group size.
  public static let defaultMinimum = 5

  /// For each group size (in the order shown), whether and why that group is hidden.
  public static func hidden(sizes: [Int], minimum: Int) -> [GroupSuppression?] {
    var hidden: [GroupSuppression?] = sizes.map { $0 < minimum ? .small : nil }
    let small = hidden.filter { $0 == .small }.count
    if small == 1, let smallestShown = sizes.indices.filter({ hidden[$0] == nil }).min(by: { sizes[$0] < sizes[$1] }) {
      hidden[smallestShown] = .complementary
    }
    return hidden
  }
}
