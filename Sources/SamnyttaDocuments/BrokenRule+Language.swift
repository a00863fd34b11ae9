import SamnyttaEngine
import SamnyttaFormats

extension BrokenRule {
  /// The rule in `language`. English is the engine's own ``BrokenRule/message``; Swedish quotes
  /// the same values, with a decimal comma (`0,3`, `90000,5 kr`).
  public func text(_ language: Language) -> String {
    guard language == .sv else { return message }
    typealias N = RuleNumber
    let maximumCount = InputRules.maximumCount
    let months = N.text(InputRules.periodMonths)
    switch self {
    case .emptyText: return "får inte vara tom"
    case .noParticipants: return "måste innehålla minst en deltagare"
    case .personalIdentityNumber: return "ser ut som ett personnummer; deltagarnas id måste vara pseudonymer"
    case .duplicateId(let id): return "id '\(id.quotedForMessage)' förekommer mer än en gång; varje id får bara finnas en gång i en utvärdering"
    case .countOutOfRange(let count): return "måste vara ett heltal från 1 till \(maximumCount), men är \(count)"
    case .tooManyPeople(let people): return "motsvarar \(people) personer; en utvärdering får motsvara högst \(maximumCount)"
    case .negativeAmount: return "får inte vara negativt"
    case .costByTypeSum(let sum, let total): return "summan är \(N.text(sum)) men totalen är \(N.text(total))"
    case .financingShareOutOfRange: return "måste vara en andel mellan 0 och 1"
    case .financingSum(let sum): return "andelarna måste tillsammans vara 1, men summan är \(N.text(sum))"
    case .unknownState(let code, let model, let valid):
      return "okänd försörjning '\(code.quotedForMessage)'; giltiga försörjningskoder i modellen \(model): \(valid.joined(separator: ", "))"
    case .monthsOutOfRange(let value): return "måste vara mer än 0 och högst \(months), men är \(N.text(value))"
    case .extentOutOfRange(let extent): return "måste vara mer än 0 och högst 1, men är \(N.text(extent))"
    case .amountWithoutSalaryOrBenefit(let state):
      return "försörjningen '\(state.quotedForMessage)' har ingen lön eller ersättning som ett belopp kan anges för"
    case .monthlyAmountOutOfRange(let amount, let maximum): return "måste vara mellan 0 och \(N.text(maximum)) per månad, men är \(N.text(amount))"
    case .subsidyWithoutWageSubsidy(let state): return "försörjningen '\(state.quotedForMessage)' har inget lönebidrag"
    case .subsidyShareOutOfRange(let share): return "måste vara en andel mellan 0 och 1, men är \(N.text(share))"
    case .periodOverfull(let full): return "innehåller \(N.text(full)) heltidsmånader; en period rymmer högst \(months)"
    case .periodWithoutSpells(let state):
      guard let state else { return "saknar försörjning; varje period anger deltagarens försörjning minst en gång" }
      return "saknar försörjning; en period utan offentlig försörjning anges med försörjningen '\(state)'"
    case .unknownCareType(let code, let model, let valid):
      return "okänd vårdtyp '\(code.quotedForMessage)'; giltiga vårdtyper i modellen \(model): \(valid.joined(separator: ", "))"
    case .contactsOutOfRange(let count): return "måste vara mellan 0 och \(Int(InputRules.maximumContacts)) kontakter, men är \(N.text(count))"
    case .counterfactualWithComparisonGroup:
      return
        "en kontrafaktisk period kan inte kombineras med en jämförelsegrupp; ange antingen jämförelsegruppen eller deltagarnas kontrafaktiska perioder"
    case .counterfactualInComparisonGroup:
      return "en jämförelsegrupps poster har ingen kontrafaktisk period: gruppen är själv det kontrafaktiska utfallet"
    case .costByTypeOverflow(let total): return "summan är större än \(N.text(Money(ore: .max))) men totalen är \(N.text(total))"
    case .amountsBeyondLimit(let kronor):
      return
        "ger utvärderingens belopp omkring \(N.approximately(kronor)) (en övre uppskattning av summorna för alla deltagare, antal inräknade); de måste vara under \(N.limit)"
    case .summaryParticipantsOutOfRange(let tooMany): return tooMany ? "får vara högst \(maximumCount)" : "måste vara ett heltal ≥ 1"
    case .amountBeyondLimit: return "måste ha ett absolutbelopp under \(N.limit)"
    case .publishedOutOfRange(let value, let maximum, let unit):
      let shown = unit == " (percent)" ? " (procent)" : unit
      return "måste vara mer än 0 och högst \(N.text(maximum))\(shown), men är \(N.text(value))"
    case .publishedBeyondLimit(let value): return "måste vara mer än 0 och under \(N.limit), men är \(N.text(value))"
    case .publishedIncomplete: return "utan 'revenue' behöver 'published' verkningsgrad, paybackMonths och costPerVerkningsgrad, alla positiva"
    case .derivedAmountBeyondLimit(let amount, let kronor, let n):
      let people = n == 1 ? "" : " för \(n) deltagare"
      let limit = "beloppen måste vara under \(N.limit)"
      let about = N.approximately(kronor)
      return switch amount {
      case .potentialFromRevenue(let revenue):
        "med revenue \(N.text(revenue)) blir potentialen \(about) (100 × intäkt / verkningsgrad); \(limit)"
      case .cost: "ger en kostnad på \(about)\(people) (costPerVerkningsgrad × verkningsgrad); \(limit)"
      case .revenue: "ger en intäkt på \(about)\(people) (12 × kostnad / paybackMonths); \(limit)"
      case .potentialFromPayback:
        "ger en potential på \(about)\(people) (100 × intäkt / verkningsgrad = 1200 × costPerVerkningsgrad / paybackMonths); \(limit)"
      }
    }
  }

  /// One of each rule, for the test that every message exists in both languages.
  public static let examples: [BrokenRule] = [
    .emptyText, .noParticipants, .personalIdentityNumber, .duplicateId("p1"), .countOutOfRange(0), .tooManyPeople(11_000_001), .negativeAmount,
    .costByTypeSum(sum: Money(ore: 9_000_050), total: .kronor(1)), .financingShareOutOfRange(1.5), .financingSum(0.3),
    .unknownState("nope", model: "se-2026", valid: ["fs", "arbete"]), .monthsOutOfRange(14), .extentOutOfRange(1.5),
    .amountWithoutSalaryOrBenefit(state: "ingen"), .monthlyAmountOutOfRange(.kronor(2_000_000), maximum: .kronor(1_000_000)),
    .subsidyWithoutWageSubsidy(state: "arbete"), .subsidyShareOutOfRange(1.2), .periodOverfull(fullTimeMonths: 14),
    .periodWithoutSpells(noSupportState: nil), .periodWithoutSpells(noSupportState: "ingen"),
    .unknownCareType("x", model: "se-2026", valid: ["psykiatri"]), .contactsOutOfRange(-1), .counterfactualWithComparisonGroup,
    .counterfactualInComparisonGroup, .costByTypeOverflow(total: .kronor(1)), .amountsBeyondLimit(kronor: 2e15),
    .summaryParticipantsOutOfRange(tooMany: true), .summaryParticipantsOutOfRange(tooMany: false), .amountBeyondLimit,
    .publishedOutOfRange(150, maximum: 100, unit: " (percent)"), .publishedBeyondLimit(-1), .publishedIncomplete,
    .derivedAmountBeyondLimit(.potentialFromRevenue(revenue: .kronor(1)), kronor: 2e15, participants: 1),
    .derivedAmountBeyondLimit(.cost, kronor: 2e15, participants: 3), .derivedAmountBeyondLimit(.revenue, kronor: 2e15, participants: 3),
    .derivedAmountBeyondLimit(.potentialFromPayback, kronor: 2e15, participants: 1),
  ]
}

/// Numbers in a Swedish rule message, as ``InputRules`` writes them in English (`13`, `0.3`,
/// `90000.5 kr`) but with a decimal comma.
enum RuleNumber {
  static func text(_ x: Double) -> String {
    guard x.isFinite else { return "\(x)" }
    let rounded = (x * 1_000_000).rounded() / 1_000_000
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
    return "\(rounded)".replacingDecimalPoint
  }

  static func text(_ m: Money) -> String { text(m.kronorValue) + " kr" }

  /// A derived amount in whole kronor whatever its size.
  static func approximately(_ kronor: Double) -> String {
    guard kronor.isFinite, abs(kronor) < 0x1p62 else { return "\(kronor)".replacingDecimalPoint + " kr" }
    return "\(Int64(kronor.rounded())) kr"
  }

  static var limit: String { "\(Money.limit.ore / 100) kr" }
}

extension String {
  fileprivate var replacingDecimalPoint: String { String(map { $0 == "." ? "," : $0 }) }
}
