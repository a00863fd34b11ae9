/// Which input rule was broken, with the values its message quotes. ``InputViolation`` pairs it
/// with the ``InputLocation`` it was broken at; callers that need more than the English message
/// (a translation, a spreadsheet hint) switch on the case instead of reading the text.
public enum BrokenRule: Sendable, Hashable {
  /// A name, an association or a participant id that is empty or only whitespace.
  case emptyText
  case noParticipants
  /// A participant id that looks like a personnummer; ids must be pseudonymous.
  case personalIdentityNumber
  case duplicateId(String)
  /// A participant's count outside 1 ... ``InputRules/maximumCount``.
  case countOutOfRange(Int)
  /// The participants together stand for more than ``InputRules/maximumCount`` people.
  case tooManyPeople(Int)
  case negativeAmount
  /// The cost by type does not add up to the total.
  case costByTypeSum(sum: Money, total: Money)
  case financingShareOutOfRange(Double)
  /// The financing shares do not add up to 1.
  case financingSum(Double)
  case unknownState(String, model: String, valid: [String])
  case monthsOutOfRange(Double)
  case extentOutOfRange(Double)
  /// A monthly amount on a state that has neither a salary nor a benefit.
  case amountWithoutSalaryOrBenefit(state: String)
  case monthlyAmountOutOfRange(Money, maximum: Money)
  /// A subsidy share on a state without a wage subsidy.
  case subsidyWithoutWageSubsidy(state: String)
  case subsidyShareOutOfRange(Double)
  /// A period's spells that take time hold more full-time months than the period has.
  case periodOverfull(fullTimeMonths: Double)
  /// A period with no spells at all. An empty period would silently count as twelve months without
  /// any public flow; that must be said with its state, `noSupportState` (the model's state for no
  /// public support, ``PreparedModel/noPublicSupportState``).
  case periodWithoutSpells(noSupportState: String?)
  case unknownCareType(String, model: String, valid: [String])
  case contactsOutOfRange(Double)
  /// A participant's counterfactual period beside a comparison group: the group's change is then the
  /// baseline, and two baselines for one revenue would be counted against each other.
  case counterfactualWithComparisonGroup
  /// A counterfactual period on a comparison group's record: the group is itself the counterfactual.
  case counterfactualInComparisonGroup
  /// `cost.byType` sums beyond what an amount can hold.
  case costByTypeOverflow(total: Money)
  /// A participant's amounts, estimated from above, bring the totals to the amount limit.
  case amountsBeyondLimit(kronor: Double)
  /// A summary's count below 1 or above the maximum.
  case summaryParticipantsOutOfRange(tooMany: Bool)
  /// A summary amount at or beyond ``Money/limit``.
  case amountBeyondLimit
  /// A published figure outside (0, maximum].
  case publishedOutOfRange(Double, maximum: Double, unit: String)
  /// A published cost per verkningsgrad outside (0, limit).
  case publishedBeyondLimit(Double)
  /// Without revenue, `published` needs all three of verkningsgrad, payback and cost per verkningsgrad.
  case publishedIncomplete
  /// An amount derived from published figures (method.md §8a) beyond ``Money/limit``.
  case derivedAmountBeyondLimit(DerivedAmount, kronor: Double, participants: Int)

  /// The amounts derived from a summary's published figures, by the formula that made them.
  public enum DerivedAmount: Sendable, Hashable {
    /// P = 100 × R / v, with revenue given.
    case potentialFromRevenue(revenue: Money)
    /// C = k × v.
    case cost
    /// R = 12 × C / t.
    case revenue
    /// P = 100 × R / v = 1200 × k / t.
    case potentialFromPayback
  }

  /// The rule in plain English, quoting the values as people write them (`13`, `0.3`, `90000.5 kr`);
  /// text from the input is quoted through ``Swift/String/quotedForMessage`` (at most 40 scalars).
  public var message: String {
    typealias R = InputRules
    switch self {
    case .emptyText: return "must not be empty"
    case .noParticipants: return "must hold at least one participant"
    case .personalIdentityNumber:
      return "looks like a Swedish personal identity number (personnummer); participant ids must be pseudonymous"
    case .duplicateId(let id): return "duplicate id '\(id.quotedForMessage)'; ids must be unique within an evaluation"
    case .countOutOfRange(let count): return "must be a whole number from 1 to \(R.maximumCount), got \(count)"
    case .tooManyPeople(let people): return "stand for \(people) people; an evaluation may stand for at most \(R.maximumCount)"
    case .negativeAmount: return "must not be negative"
    case .costByTypeSum(let sum, let total): return "sums to \(R.text(sum)) but total is \(R.text(total))"
    case .financingShareOutOfRange: return "must be a share between 0 and 1"
    case .financingSum(let sum): return "shares must sum to 1, got \(R.text(sum))"
    case .unknownState(let code, let model, let valid):
      return "unknown state '\(code.quotedForMessage)'; valid states under model \(model): \(valid.joined(separator: ", "))"
    case .monthsOutOfRange(let months): return "must be more than 0 and at most \(R.text(R.periodMonths)), got \(R.text(months))"
    case .extentOutOfRange(let extent): return "must be more than 0 and at most 1, got \(R.text(extent))"
    case .amountWithoutSalaryOrBenefit(let state): return "state '\(state.quotedForMessage)' has no salary or benefit to set an amount for"
    case .monthlyAmountOutOfRange(let amount, let maximum): return "must be between 0 and \(R.text(maximum)) per month, got \(R.text(amount))"
    case .subsidyWithoutWageSubsidy(let state): return "state '\(state.quotedForMessage)' has no wage subsidy"
    case .subsidyShareOutOfRange(let share): return "must be a share between 0 and 1, got \(R.text(share))"
    case .periodOverfull(let months): return "holds \(R.text(months)) full-time months; a period holds at most \(R.text(R.periodMonths))"
    case .periodWithoutSpells(let state):
      guard let state else { return "has no spells; every period states the participant's support with at least one spell" }
      return "has no spells; a period without public support is stated with the state '\(state)'"
    case .unknownCareType(let code, let model, let valid):
      return "unknown care type '\(code.quotedForMessage)'; valid types under model \(model): \(valid.joined(separator: ", "))"
    case .contactsOutOfRange(let count): return "must be between 0 and \(Int(R.maximumContacts)) contacts, got \(R.text(count))"
    case .counterfactualWithComparisonGroup:
      return
        "a counterfactual period cannot be combined with a comparison group; give either the comparison group or the participants' counterfactual periods"
    case .counterfactualInComparisonGroup:
      return "a comparison group's records have no counterfactual period: the group itself is the counterfactual"
    case .costByTypeOverflow(let total): return "sums to more than \(R.text(Money(ore: .max))) but total is \(R.text(total))"
    case .amountsBeyondLimit(let kronor):
      return
        "brings the evaluation's amounts to about \(SummaryRules.approximately(kronor)) (an upper estimate of its totals over all participants, counts included); they must stay below \(SummaryRules.limitText)"
    case .summaryParticipantsOutOfRange(let tooMany): return tooMany ? "must be at most \(R.maximumCount)" : "must be a whole number ≥ 1"
    case .amountBeyondLimit: return "must be below \(SummaryRules.limitText) in magnitude"
    case .publishedOutOfRange(let value, let maximum, let unit):
      return "must be more than 0 and at most \(R.text(maximum))\(unit), got \(R.text(value))"
    case .publishedBeyondLimit(let value): return "must be more than 0 and below \(SummaryRules.limitText), got \(R.text(value))"
    case .publishedIncomplete: return "without 'revenue', 'published' needs verkningsgrad, paybackMonths and costPerVerkningsgrad, all positive"
    case .derivedAmountBeyondLimit(let amount, let kronor, let n):
      let people = n == 1 ? "" : " for \(n) participants"
      let limit = "amounts must be below \(SummaryRules.limitText)"
      let about = SummaryRules.approximately(kronor)
      return switch amount {
      case .potentialFromRevenue(let revenue):
        "with revenue \(R.text(revenue)) gives a potential of \(about) (100 × revenue / verkningsgrad); \(limit)"
      case .cost: "gives a cost of \(about)\(people) (costPerVerkningsgrad × verkningsgrad); \(limit)"
      case .revenue: "gives a revenue of \(about)\(people) (12 × cost / paybackMonths); \(limit)"
      case .potentialFromPayback:
        "gives a potential of \(about)\(people) (100 × revenue / verkningsgrad = 1200 × costPerVerkningsgrad / paybackMonths); \(limit)"
      }
    }
  }
}
