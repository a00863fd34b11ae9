/// Everything `evaluate` computes. Totals are exact integer sums and perspectives follow
/// ``Perspective/allCases``, so no figure depends on the order of the input records;
/// `participants` keeps input order, and renderers sort it by id (``participantsByID``).
public struct EvaluationResult: Sendable {
  public var name: String
  public var association: String
  public var period: String?
  public var modelID: String
  public var priceYear: Int
  public var convention: SocietyConvention
  public var options: ForecastOptions
  public var classification: Classification
  /// n: people, typfall counts included.
  public var participantCount: Int
  /// Records in the input (a typfall is one record).
  public var recordCount: Int
  public var cost: InterventionCost
  /// The financing shares used: the input's, or the model's default.
  public var financing: [Actor: Double]
  /// Each perspective's key figures for all participants together, in ``Perspective/allCases`` order.
  public var perspectives: [PerspectiveFigures]
  /// Sums over all participants (count-weighted) of the before and after accounts.
  public var totalBefore: PeriodAccount
  public var totalAfter: PeriodAccount
  /// The account of one person in full-time work at the average salary: the potential's yardstick.
  public var reference: PeriodAccount
  public var participants: [ParticipantResult]
  /// What revenue was measured against: the before-period, counterfactual periods or a comparison group.
  public var baseline: Baseline

  /// The participant results ordered by id (by UTF-8 bytes), as every output writes them.
  public var participantsByID: [ParticipantResult] {
    participants.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
  }

  public func figures(_ perspective: Perspective) -> KeyFigures {
    perspectives.first { $0.perspective == perspective }!.total
  }
}

/// One perspective's key figures, in total and per participant.
public struct PerspectiveFigures: Sendable {
  public var perspective: Perspective
  public var total: KeyFigures
  public var perParticipant: KeyFigures
}

/// One input record's accounts. Figures are for one person; multiply by `count` for the typfall.
public struct ParticipantResult: Sendable {
  public var id: String
  public var count: Int
  public var attributes: [String: String]
  public var before: PeriodAccount
  public var after: PeriodAccount
  /// The account of the record's stated counterfactual period, when it has one.
  public var counterfactual: PeriodAccount? {
    get { counterfactualBox?.account }
    set { counterfactualBox = newValue.map(AccountBox.init) }
  }
  /// Boxed: few records have one, and a million results are 72 bytes smaller each without it
  /// inline (what a full evaluation writes per participant, Docs/performance.md).
  private var counterfactualBox: AccountBox? = nil

  public init(id: String, count: Int, attributes: [String: String], before: PeriodAccount, after: PeriodAccount, counterfactual: PeriodAccount? = nil)
  {
    self.id = id
    self.count = count
    self.attributes = attributes
    self.before = before
    self.after = after
    self.counterfactual = counterfactual
  }

  /// After − the record's own baseline: its counterfactual period, else its before-period. A
  /// comparison group's change is the whole group's and is not taken from any one record.
  public var revenue: PeriodAccount { after - (counterfactual ?? before) }
}

/// What ``PreparedModel/totals(_:options:)`` computes: the count-weighted accounts and every
/// perspective's key figures, without per-participant results.
public struct EvaluationTotals: Sendable {
  /// n: people, typfall counts included.
  public var participantCount: Int
  public var totalBefore: PeriodAccount
  public var totalAfter: PeriodAccount
  /// The account of one person in full-time work at the average salary.
  public var reference: PeriodAccount
  /// In ``Perspective/allCases`` order.
  public var perspectives: [PerspectiveFigures]

  /// One perspective's key figures for all participants together.
  public func figures(_ perspective: Perspective) -> KeyFigures {
    perspectives[Perspective.allCases.firstIndex(of: perspective) ?? 0].total
  }
}

/// A ``PeriodAccount`` kept by reference (``ParticipantResult/counterfactual``).
final class AccountBox: Sendable {
  let account: PeriodAccount
  init(_ account: PeriodAccount) { self.account = account }
}
