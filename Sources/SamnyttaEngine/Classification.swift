/// Payoff's four criteria for comparing like with like (seed 004, lines 494–501).
public struct ClassificationInput: Sendable, Hashable {
  /// Criterion 1: is the labour market the primary aim?
  public var aim: Aim
  /// Criterion 2: evaluated with the traditional before/after method?
  public var method: Method
  /// Criterion 3 as a summary's source states it (full evaluations derive it from their records).
  public var exclusion: Classification.Exclusion?
  /// Criterion 4 as a summary's source states it (otherwise derived from cost per participant).
  public var resources: Classification.Resources?
  public init(
    aim: Aim = .primary, method: Method = .traditional, exclusion: Classification.Exclusion? = nil, resources: Classification.Resources? = nil
  ) {
    self.aim = aim
    self.method = method
    self.exclusion = exclusion
    self.resources = resources
  }

  public enum Aim: String, CaseIterable, Sendable { case primary, secondary }
  public enum Method: String, CaseIterable, Sendable { case traditional, alternative }
}

/// The full classification: the two criteria the input states and the two the engine derives.
public struct Classification: Sendable, Hashable {
  public var aim: ClassificationInput.Aim
  public var method: ClassificationInput.Method
  /// Criterion 3, only for interventions aimed primarily at the labour market.
  public var exclusion: Exclusion?
  /// Criterion 4.
  public var resources: Resources

  public init(aim: ClassificationInput.Aim, method: ClassificationInput.Method, exclusion: Exclusion?, resources: Resources) {
    self.aim = aim
    self.method = method
    self.exclusion = exclusion
    self.resources = resources
  }

  /// `unknown` for a summary entry whose source does not say how long participants had been outside.
  public enum Exclusion: String, CaseIterable, Sendable { case limited, extensive, unknown }
  public enum Resources: String, CaseIterable, Sendable { case small, medium, large }

  /// A group key such as `primary/traditional/extensive/medium`, for comparing like with like.
  public var group: String {
    [aim.rawValue, method.rawValue, exclusion?.rawValue, resources.rawValue].compactMap { $0 }.joined(separator: "/")
  }
}
