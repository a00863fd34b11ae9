/// Where in an evaluation input a broken rule sits, as a value: the engine knows the input's
/// structure, not the file it came from, so it names the field and leaves the text (a JSON path,
/// a CSV row and column) and the line to the documents layer. Indices count from 0.
public enum InputLocation: Sendable, Hashable, CustomStringConvertible {
  case name
  case association
  case cost(CostField)
  /// The participant list as a whole (empty, or standing for too many people).
  case participants
  case participant(index: Int, field: ParticipantField)
  /// The spells of one period as a whole (their full-time months, or that there are none).
  case spells(participant: Int, period: PeriodName)
  case spell(participant: Int, period: PeriodName, index: Int, field: SpellField)
  case care(participant: Int, period: PeriodName, index: Int, field: CareField)
  /// A participant record as a whole (its amounts over both periods).
  case participantRecord(index: Int)
  /// A participant's period as a whole (a counterfactual where none is allowed).
  case period(participant: Int, period: PeriodName)
  /// A place inside the comparison group: `location` is one of the participant cases above, counted
  /// within the group's own records (`.comparison(.participants)` is the group's list as a whole).
  indirect case comparison(InputLocation)
  /// A field of a summary document.
  case summary(SummaryField)

  public enum CostField: Sendable, Hashable {
    case total
    /// The cost by type as a whole (its sum).
    case byType
    /// One type's amount.
    case byTypeAmount(String)
    /// The financing shares as a whole (their sum).
    case financing
    /// One actor's share.
    case financingShare(Actor)
  }

  public enum ParticipantField: Sendable, Hashable, CaseIterable { case id, count }

  /// Which of a participant's periods: the two measured ones, or the stated scenario without the intervention.
  public enum PeriodName: Sendable, Hashable, CaseIterable { case before, after, counterfactual }

  public enum SpellField: Sendable, Hashable, CaseIterable { case state, months, extent, monthlyAmount, subsidyShare }

  public enum CareField: Sendable, Hashable, CaseIterable { case type, count }

  /// A summary's aggregates and its published key figures.
  public enum SummaryField: Sendable, Hashable {
    case potential, revenue, cost, published
    case publishedFigure(KeyFigure)
  }

  /// A plain English place for logs and test failures (`participant 2, before, spell 0, extent`);
  /// files report their own text through the documents layer.
  public var description: String {
    switch self {
    case .name: "name"
    case .association: "association"
    case .cost(let field):
      switch field {
      case .total: "cost, total"
      case .byType: "cost by type"
      case .byTypeAmount(let type): "cost by type, '\(type.quotedForMessage)'"
      case .financing: "financing"
      case .financingShare(let actor): "financing, \(actor)"
      }
    case .participants: "participants"
    case .participant(let i, let field): "participant \(i), \(field)"
    case .spells(let i, let period): "participant \(i), \(period), spells"
    case .spell(let i, let period, let j, let field): "participant \(i), \(period), spell \(j), \(field)"
    case .care(let i, let period, let j, let field): "participant \(i), \(period), care \(j), \(field)"
    case .participantRecord(let i): "participant \(i)"
    case .period(let i, let period): "participant \(i), \(period)"
    case .comparison(let inner): "comparison group, \(inner)"
    case .summary(let field): "summary, \(field)"
    }
  }
}
