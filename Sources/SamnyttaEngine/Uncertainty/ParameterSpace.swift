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
  public var groups: [Group] {
    didSet { setters = Self.bind(groups, set: set, bind: bind) }
  }
  /// Writes `value` (kronor for amounts) into the field at `path`; the one path-to-field map.
  public var set: @Sendable (inout ParameterSet, _ path: String, _ value: Double) -> Void
  /// What writes one path's field, found once (the path parsed, its state found) instead of on
  /// every draw; `nil` for a path it does not know, which `set` then writes.
  public typealias Setter = @Sendable (inout ParameterSet, _ value: Double) -> Void
  private let bind: (@Sendable (String) -> Setter?)?
  /// Per group, per member: its setter.
  private var setters: [[Setter]]

  public init(
    groups: [Group], set: @escaping @Sendable (inout ParameterSet, String, Double) -> Void, bind: (@Sendable (String) -> Setter?)? = nil
  ) {
    self.groups = groups
    self.set = set
    self.bind = bind
    setters = Self.bind(groups, set: set, bind: bind)
  }

  private static func bind(
    _ groups: [Group], set: @escaping @Sendable (inout ParameterSet, String, Double) -> Void, bind: (@Sendable (String) -> Setter?)?
  )
    -> [[Setter]]
  {
    var all: [[Setter]] = []
    for group in groups {
      var setters: [Setter] = []
      for member in group.members {
        let path = member.path
        if let bound = bind?(path) {
          setters.append(bound)
        } else {
          setters.append { parameters, value in set(&parameters, path, value) }
        }
      }
      all.append(setters)
    }
    return all
  }

  /// `base` with every group at quantile `quantiles[g]`.
  public func applying(quantiles: [Double], to base: ParameterSet) -> ParameterSet {
    var parameters = base
    for (g, u) in zip(groups.indices, quantiles) {
      for (member, setter) in zip(groups[g].members, setters[g]) { setter(&parameters, member.distribution.value(atQuantile: u)) }
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
