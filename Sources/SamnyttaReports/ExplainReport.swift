import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// How a participant's figures were made: for each actor, the flows before and after, each with
/// the model parameter (or input value) behind it.
public enum ExplainReport {
  public static func text(_ e: ParticipantExplanation, model: ModelDocument, language l: Language) -> String {
    let p = model.parameters
    func kr(_ m: Money) -> String { "\(NumberFormatting.grouped(m, language: l)) \(Labels.text(.kr, l))" }
    func amount(_ m: Money) -> String { "\(NumberFormatting.groupedWithOre(m, language: l)) \(Labels.text(.kr, l))" }
    func describe(_ record: FlowRecord) -> String {
      let path = p.parameterPath(of: record.origin)
      var what = label(record.origin, model: model, language: l)
      if let basis = record.basis {
        let factor = NumberFormatting.fixed(basis.factor, decimals: 4, trimZeros: true, decimalSeparator: l == .sv ? "," : ".")
        let source = basis.fromInput ? (l == .sv ? "indata" : "input") : path
        what += " = \(amount(basis.base)) × \(factor)  [\(source)]"
      }
      if let provenance = model.provenance(of: path), record.basis?.fromInput != true {
        what += "  (\(provenance.source), \(provenance.year)\(provenance.estimate ? (l == .sv ? ", uppskattning" : ", estimate") : ""))"
      }
      return what
    }

    var lines: [String] = []
    let header = l == .sv ? "Så räknades deltagare" : "How the figures were made for participant"
    lines.append("\(header) \(e.id)" + (e.count > 1 ? " (typfall × \(e.count))" : ""))
    lines.append(
      "\(Labels.text(.model, l)): \(p.id) (\(Labels.text(.priceLevel, l)) \(p.priceYear)); \(Labels.text(.convention, l).lowercased()): \(p.convention.rawValue)"
    )
    if e.counterfactual != nil {
      lines.append(
        l == .sv
          ? "Belopp för en person och tolv månader; intäkt = efter − kontrafaktiskt läge (det angivna läget utan insatsen)."
          : "Amounts for one person and twelve months; revenue = after − counterfactual (the stated situation without the intervention).")
    } else {
      lines.append(
        l == .sv
          ? "Belopp för en person och tolv månader; intäkt = efter − före." : "Amounts for one person and twelve months; revenue = after − before.")
    }
    if e.hasComparisonGroup {
      lines.append(
        l == .sv
          ? "Utvärderingens intäkt drar dessutom av jämförelsegruppens förändring, som hör till hela gruppen och inte till någon enskild deltagare."
          : "The evaluation's revenue also subtracts the comparison group's change, which belongs to the whole group, not to any one participant.")
    }
    var periods = [(l == .sv ? "före" : "before", e.before)]
    if let counterfactual = e.counterfactual { periods.append((l == .sv ? "kontrafaktiskt" : "counterfactual", counterfactual)) }
    periods.append((l == .sv ? "efter" : "after", e.after))
    for actor in Actor.allCases {
      lines.append("")
      let revenue = e.result.revenue.actors[actor]
      lines.append("\(Labels.actor(actor, l)): \(l == .sv ? "intäkt" : "revenue") \(kr(revenue))")
      for (title, records) in periods {
        let relevant = records.filter { $0.effect(on: actor) != .zero }
        let net = relevant.reduce(Money.zero) { $0 + $1.effect(on: actor) }
        lines.append("  \(title): \(kr(net))")
        for record in relevant {
          let effect = record.effect(on: actor)
          lines.append("    \(effect > .zero ? "+" : "−") \(amount(effect > .zero ? effect : -effect)): \(describe(record))")
        }
      }
    }
    lines.append("")
    let society = e.result.revenue.society(p.convention)
    lines.append("\(Labels.perspective(.society, l)): \(l == .sv ? "intäkt" : "revenue") \(kr(society))")
    let after = e.result.after
    let before = e.result.counterfactual ?? e.result.before
    lines.append("  \(l == .sv ? "produktionsvärde" : "production value"): \(kr(before.production)) → \(kr(after.production))")
    lines.append("  \(l == .sv ? "real resursförbrukning" : "real resource use"): \(kr(before.resourceUse)) → \(kr(after.resourceUse))")
    if p.convention == .payoff {
      lines.append(
        "  \(l == .sv ? "offentliga utbetalningar till individen" : "public payments to the individual"): \(kr(before.publicPayments)) → \(kr(after.publicPayments))"
      )
    }
    return TerminalText.document(lines)
  }

  static func label(_ origin: FlowOrigin, model: ModelDocument, language l: Language) -> String {
    let states = model.parameters.states
    func state(_ i: Int) -> String {
      i < states.count ? model.name(of: states[i].code, l) : (l == .sv ? "referens: heltidsarbete" : "reference: full-time work")
    }
    switch origin {
    case .salary(let i): return (l == .sv ? "lön, " : "salary, ") + state(i)
    case .employerContributions(let i): return (l == .sv ? "arbetsgivaravgifter, " : "employer contributions, ") + state(i)
    case .agreedFees(let i): return (l == .sv ? "avtalade avgifter, " : "agreed fees, ") + state(i)
    case .wageSubsidy(let i): return (l == .sv ? "lönesubvention, " : "wage subsidy, ") + state(i)
    case .benefit(let i): return state(i)
    case .stateResource(let i, let item): return "\(Labels.resourceKind(states[i].resourceUse[item].kind, l)), " + state(i)
    case .care(let t): return model.name(of: model.parameters.careTypes[t].code, l)
    case .municipalTax: return l == .sv ? "kommunalskatt" : "municipal tax"
    case .regionalTax: return l == .sv ? "regionskatt" : "regional tax"
    case .stateTax: return l == .sv ? "statlig inkomstskatt" : "state income tax"
    case .publicServiceFee: return l == .sv ? "public service-avgift" : "public service fee"
    case .jobTaxCredit: return l == .sv ? "jobbskatteavdrag" : "earned income tax credit"
    case .earnedIncomeReduction: return l == .sv ? "skattereduktion för förvärvsinkomst" : "tax reduction on earned income"
    case .indirectTax: return l == .sv ? "indirekta skatter" : "indirect taxes"
    }
  }
}
