/// The evaluations one evaluation is compared with: its class group when that holds enough peers,
/// otherwise the first broader group that does (aim + method + resources, then aim + method, then
/// all), always saying which level was used and how many peers it holds.
public struct PeerGroup: Sendable, Hashable {
  /// How broad the group is, narrowest first.
  public enum Level: String, Sendable, Hashable, CaseIterable {
    /// All four of Payoff's criteria.
    case classGroup
    /// Exclusion ignored (summary entries seldom know it).
    case aimMethodResources
    case aimMethod
    case all
  }

  public var level: Level
  /// The group's description as a key: `primary/traditional/extensive/medium`, `primary/traditional/*/medium`,
  /// `primary/traditional`, or `*`.
  public var key: String
  /// The peers' comparison values (the evaluation itself and the national reference excluded).
  public var norms: ClassNorms
  /// The peers the comparison needs for a mean to carry a judgement.
  public var minimum: Int

  /// Whether the group holds at least ``minimum`` peers: only then "better or worse than the mean".
  public var isEnough: Bool { norms.count >= minimum }

  public typealias Entry = (document: DocumentSummary, run: StoredRun)

  /// The narrowest level at which `candidates` hold at least `minimum` peers of `classGroup`, or
  /// `all` when none does. `amountsUnknown`: ids whose amounts are not at the comparison's price
  /// year, left out of the means of amounts (``ClassNorms/groups(_:amountsUnknown:)``).
  public static func choose(for classGroup: String, among candidates: [Entry], minimum: Int, amountsUnknown: Set<Int64> = []) -> PeerGroup {
    let own = Criteria(classGroup)
    for level in Level.allCases {
      let members = candidates.filter { own.matches(Criteria($0.document.classGroup ?? "-"), at: level) }
      if members.count >= minimum || level == .all {
        var norms =
          ClassNorms.groups(members.map { ($0.document, $0.run) }, amountsUnknown: amountsUnknown, groupedAs: own.key(level)).first
          ?? ClassNorms(classGroup: own.key(level), count: 0, summaryCount: 0, documentIDs: [], figures: [:])
        norms.classGroup = own.key(level)
        return PeerGroup(level: level, key: own.key(level), norms: norms, minimum: minimum)
      }
    }
    // Not reached: `all` always returns.
    return PeerGroup(
      level: .all, key: "*", norms: ClassNorms(classGroup: "*", count: 0, summaryCount: 0, documentIDs: [], figures: [:]), minimum: minimum)
  }

  /// A class group key's four criteria (exclusion absent for interventions not aimed at the labour market).
  struct Criteria {
    var aim: Substring
    var method: Substring
    var exclusion: Substring?
    var resources: Substring

    init(_ key: String) {
      let parts = key.split(separator: "/", omittingEmptySubsequences: false)
      aim = parts.first ?? ""
      method = parts.count > 1 ? parts[1] : ""
      exclusion = parts.count > 3 ? parts[2] : nil
      resources = parts.count > 2 ? parts[parts.count - 1] : ""
    }

    func matches(_ other: Criteria, at level: Level) -> Bool {
      switch level {
      case .classGroup: aim == other.aim && method == other.method && exclusion == other.exclusion && resources == other.resources
      case .aimMethodResources: aim == other.aim && method == other.method && resources == other.resources
      case .aimMethod: aim == other.aim && method == other.method
      case .all: true
      }
    }

    func key(_ level: Level) -> String {
      switch level {
      case .classGroup: [aim, method, exclusion, resources].compactMap { $0 }.joined(separator: "/")
      case .aimMethodResources: "\(aim)/\(method)/*/\(resources)"
      case .aimMethod: "\(aim)/\(method)"
      case .all: "*"
      }
    }
  }
}
