/// The model values an uncertainty analysis draws, in groups that move together, and how to set
/// one. Built by the adapters from a model file (they know the parameter paths and their bases);
/// the engine only draws and evaluates.
public struct ParameterSpace: Sendable {
  /// One drawn value: its path (for names and the tornado chart) and its distribution.
  public struct Member: Sendable, Hashable {
    public var path: String
    public var distribution: ParameterDistribution
    public init(path: String, distribution: ParameterDistribution) {
      self.path = path
      self.distribution = distribution
    }
  }

  /// Values that move together: one draw of a quantile u sets every member to its own
  /// distribution's value at u (one prisbasbelopp, one assumed salary written in several states).
  public struct Group: Sendable, Hashable {
    /// The group's name: its rule's name, or its first member's path.
    public var name: String
    public var members: [Member]
    public init(name: String, members: [Member]) {
      self.name = name
      self.members = members
    }
  }

  /// The groups, in a fixed order (the draws take one quantile per group in this order).
  public var groups: [Group]
  /// Writes `value` (kronor for amounts) into the field at `path`; the one path-to-field map.
  public var set: @Sendable (inout ParameterSet, _ path: String, _ value: Double) -> Void

  public init(groups: [Group], set: @escaping @Sendable (inout ParameterSet, String, Double) -> Void) {
    self.groups = groups
    self.set = set
  }

  /// `base` with every group at quantile `quantiles[g]`.
  public func applying(quantiles: [Double], to base: ParameterSet) -> ParameterSet {
    var parameters = base
    for (group, u) in zip(groups, quantiles) {
      for member in group.members { set(&parameters, member.path, member.distribution.value(atQuantile: u)) }
    }
    return parameters
  }

  /// `base` with one group's members all at their low (`high: false`) or high end.
  public func applying(group: Group, high: Bool, to base: ParameterSet) -> ParameterSet {
    var parameters = base
    for member in group.members {
      let bounds = member.distribution.bounds
      set(&parameters, member.path, high ? bounds.high : bounds.low)
    }
    return parameters
  }
}
