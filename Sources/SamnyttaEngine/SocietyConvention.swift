/// How society's revenue is defined (Docs/method.md, "Two society conventions").
public enum SocietyConvention: String, CaseIterable, Sendable {
  /// Production value + real resource use + payments the public sector makes to individuals.
  /// Comparable with Payoff's published figures; the actors do *not* sum to society.
  case payoff
  /// Strict cost-benefit analysis: production value + real resource use only. Transfers net out,
  /// so society equals the sum of the six actors.
  case welfare
}
