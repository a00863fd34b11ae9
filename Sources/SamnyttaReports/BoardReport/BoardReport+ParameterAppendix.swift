import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// Bilaga A: the model's parameters this evaluation used, in words, with value, range, source and
/// year. "Used" is decided by the path: a parameter of one support state or care type
/// (`states[arbete].…`, `benefitRules[a_kassa].…`, `careTypes[akutbesok].…`) is listed when that
/// state or care type occurs in the input; a general parameter (`labour.…`, `taxes.…`) always; the
/// Skatteverket tables only under those tax rules. The full list, with each value's working
/// notes, stays in `samnytta model show`.
extension EvaluationReportBuilder {
  func parameterAppendix(input: EvaluationInput?) -> ReportSection {
    let used = input.map(Self.usedCodes)
    let parameters = model.numericParameters.filter { isUsed($0.path, codes: used) }
    let estimate = l.pick(" (uppskattning)", " (estimate)")
    let rows = parameters.map { p in
      ReportTable.Row(cells: [
        parameterName(p.path), value(p.value, p.kind), p.low == p.high ? "–" : "\(value(p.low, p.kind))–\(value(p.high, p.kind))",
        source(p.provenance.source, estimate: p.provenance.estimate ? estimate : ""), "\(p.provenance.year)",
      ])
    }
    let table = ReportTable(
      caption: l.pick("Parametrar som denna utvärdering använder", "Parameters this evaluation uses"),
      header: [
        l.pick("Parameter", "Parameter"), l.pick("Värde", "Value"), l.pick("Intervall", "Range"), l.pick("Källa", "Source"), l.pick("År", "Year"),
      ],
      rows: rows, textColumns: [3])
    let text = l.pick(
      "Modell \(result.modelID): \(model.title). De \(parameters.count) av modellens \(model.numericParameters.count) värden som beräkningen av denna insats använder: de allmänna och de som hör till stödformer och vårdtyper i underlaget. Intervallet är det rimliga spannet enligt källan; källorna återges som de står i modellfilen. Hela listan, med hur varje värde är framräknat, visar samnytta model show \(result.modelID).",
      "Model \(result.modelID): \(model.title). The \(parameters.count) of the model's \(model.numericParameters.count) values this evaluation uses: the general ones and those of the support states and care types in the input. The range is the plausible span given the source; the sources are quoted as the model file gives them. samnytta model show \(result.modelID) lists them all, with how each value was worked out."
    )
    return ReportSection(
      id: "appendix-parameters", title: l.pick("Bilaga A: Modellens parametrar", "Appendix A: The model's parameters"),
      blocks: [.paragraph(text), .table(table)])
  }

  /// A source as the appendix shows it, with the report's own estimate marker: a source that already
  /// ends in the model's English "(estimate)" gets the marker once, in the report's language.
  func source(_ text: String, estimate marker: String) -> String {
    guard !marker.isEmpty else { return text }
    let own = " (estimate)"
    return (text.hasSuffix(own) ? String(text.dropLast(own.count)) : text) + marker
  }

  /// The support states and care types the input's participants have, before or after.
  static func usedCodes(_ input: EvaluationInput) -> Set<String> {
    var codes: Set<String> = []
    for p in input.participants {
      for period in [p.before, p.after] {
        for spell in period.spells { codes.insert(spell.state) }
        for care in period.care { codes.insert(care.type) }
      }
    }
    return codes
  }

  /// Whether a parameter path concerns this evaluation (`codes` nil: every parameter does).
  func isUsed(_ path: String, codes: Set<String>?) -> Bool {
    guard let codes else { return true }
    if path.hasPrefix("skatteverket.") {
      if case .skatteverket = model.parameters.taxRules { return true }
      return false
    }
    guard let code = Self.bracketed(path) else { return true }
    return codes.contains(code)
  }

  /// The first `[…]` of a path: the state or care type it belongs to.
  static func bracketed(_ path: String) -> String? {
    guard let open = path.firstIndex(of: "["), let close = path[open...].firstIndex(of: "]") else { return nil }
    return String(path[path.index(after: open)..<close])
  }

  func value(_ x: Double, _ kind: ParameterKind) -> String {
    switch kind {
    case .money: ReportFormat.kronor(x, l)
    case .share: ReportFormat.percent(x * 100, decimals: Self.decimals(x * 100), l)
    case .number: NumberFormatting.decimal(x, decimals: Self.decimals(x), language: l)
    case .table: l.pick("tabell, \(Int(x)) rader", "table, \(Int(x)) rows")
    }
  }

  /// As few decimals as the value needs, at most two: 22, 16,5, 4,92 (not 16,50 beside 22).
  static func decimals(_ x: Double) -> Int {
    if (x - x.rounded()).magnitude < 1e-9 { return 0 }
    return (x * 10 - (x * 10).rounded()).magnitude < 1e-9 ? 1 : 2
  }

  /// A parameter path without its codes and indices: `states.resourceUse.monthlyCost`.
  static func shape(_ path: String) -> String {
    var key = path
    while let open = key.firstIndex(of: "["), let close = key[open...].firstIndex(of: "]") { key.removeSubrange(open...close) }
    return key
  }

  /// What a parameter is, without its state or care type. A state's resource costs are named by
  /// kind and bearer ("handläggning per månad, Arbetsförmedlingen"), since one state may have
  /// several (a programme place and its handling).
  func parameterWhat(_ path: String) -> String {
    let key = Self.shape(path)
    let what = Self.parameterWords[key].map { l.pick($0.sv, $0.en) } ?? path
    guard key == "states.resourceUse.monthlyCost", let use = resourceUse(path) else { return what }
    return "\(Labels.resourceKind(use.kind, l)) \(l.pick("per månad", "per month")), \(Labels.actor(use.bearer, l))"
  }

  /// The model's resource use a `states[code].resourceUse[i].…` path names.
  func resourceUse(_ path: String) -> ResourceUse? {
    // "states", "code].resourceUse", "i].monthlyCost"
    let parts = path.split(separator: "[")
    guard let code = Self.bracketed(path), parts.count == 3, parts[1].hasSuffix("resourceUse"), let index = Int(parts[2].prefix { $0 != "]" }) else {
      return nil
    }
    guard let state = model.parameters.states.first(where: { $0.code == code }), state.resourceUse.indices.contains(index) else { return nil }
    return state.resourceUse[index]
  }

  /// A parameter path in words: its state or care type by the model's name, then what it is.
  func parameterName(_ path: String) -> String {
    let what = parameterWhat(path)
    return Self.bracketed(path).map { "\(model.name(of: $0, l)): \(what)" } ?? what
  }

  /// A group of parameters that move together in the uncertainty analysis, in words: one
  /// parameter by its name; one assumption written in several places by what it is, its value and
  /// where; the prisbasbelopp and the kommunalskatt by their own names. `places` adds the names of
  /// the states or care types (for the table; the chart has room for the short form only).
  func parameterGroupName(_ members: [String], places: Bool) -> String {
    guard let first = members.first else { return "" }
    if members.count == 1 { return parameterName(first) }
    if members.allSatisfy({ $0.hasSuffix("priceBaseAmount") }) {
      return l.pick("Prisbasbelopp (\(members.count) ställen i modellen)", "Price base amount (\(members.count) places in the model)")
    }
    if Set(members) == ["taxes.municipalRate", "taxes.regionalRate"] { return l.pick("Kommunal- och regionskatt", "Municipal and regional tax") }
    var what = parameterWhat(first)
    what = what.prefix(1).uppercased() + what.dropFirst()
    if let parameter = model.numericParameters.first(where: { $0.path == first }) { what += ": \(value(parameter.value, parameter.kind))" }
    let codes = members.compactMap(Self.bracketed)
    guard codes.count == members.count else { return what }
    if places { return what + " (" + codes.map { model.name(of: $0, l) }.joined(separator: "; ") + ")" }
    let kind =
      first.hasPrefix("careTypes")
      ? l.pick("vårdtyper", "care types") : first.hasPrefix("states") ? l.pick("stödformer", "support states") : l.pick("regler", "rules")
    return what + " (\(codes.count) \(kind))"
  }

  static let parameterWords: [String: (sv: String, en: String)] = [
    "labour.averageMonthlySalary": ("Genomsnittlig månadslön", "Average monthly salary"),
    "labour.employerContributionRate": ("Arbetsgivaravgift", "Employer contributions"),
    "labour.agreedFeesRate": ("Avtalsförsäkringar och avgifter", "Agreed insurance and fees"),
    "taxes.municipalRate": ("Kommunalskatt", "Municipal tax rate"), "taxes.regionalRate": ("Regionskatt", "Regional tax rate"),
    "taxes.stateRate": ("Statlig inkomstskatt", "State income tax rate"),
    "taxes.stateThresholdAnnual": ("Skiktgräns för statlig skatt per år", "State tax threshold per year"),
    "taxes.indirectRate": ("Indirekta skatter (moms m.m.)", "Indirect taxes (VAT etc.)"),
    "states.benefit.monthlyAmount": ("ersättning per månad", "benefit per month"), "states.work.monthlySalary": ("månadslön", "monthly salary"),
    "states.work.subsidy.share": ("lönestödets andel av lönen", "wage subsidy as a share of the salary"),
    "states.resourceUse.monthlyCost": ("resurskostnad per månad", "resource cost per month"),
    "careTypes.unitCost": ("kostnad per besök", "cost per visit"),
    "benefitRules.dailyAmount": ("dagbelopp", "daily amount"), "benefitRules.monthlyCeiling": ("tak per månad", "ceiling per month"),
    "benefitRules.payableDaysPerMonth": ("ersättningsdagar per månad", "payable days per month"), "benefitRules.steps": ("avtrappning", "step-downs"),
    "benefitRules.guaranteeLevel.tiers": ("garantinivå, steg", "guarantee level, tiers"),
    "benefitRules.guaranteeLevel.priceBaseAmount": ("garantinivå, prisbasbelopp", "guarantee level, price base amount"),
    "benefitRules.guaranteeLevel.assumedAge": ("garantinivå, antagen ålder", "guarantee level, assumed age"),
    "subsidyRules.share": ("stödnivå, andel av lönekostnaden upp till taket", "subsidy level, share of the labour cost up to the cap"),
    "subsidyRules.salaryCap": ("lönetak för stödet", "salary cap for the subsidy"),
    "subsidyRules.monthlyCap": ("högsta stöd per månad", "maximum subsidy per month"),
    "classification.extensiveExclusionMonths": ("Omfattande utanförskap från (månader)", "Extensive exclusion from (months)"),
    "classification.mediumResourcesPerParticipant": ("Medelstora resurser från (per deltagare)", "Medium resources from (per participant)"),
    "classification.largeResourcesPerParticipant": ("Stora resurser från (per deltagare)", "Large resources from (per participant)"),
    "comparison.minimumPeers": ("Minsta jämförelsegrupp", "Minimum peer group"),
    "defaultFinancing.municipality": ("Finansiering, kommunens andel", "Financing, municipality's share"),
    "defaultFinancing.region": ("Finansiering, regionens andel", "Financing, region's share"),
    "defaultFinancing.socialInsuranceAgency": ("Finansiering, Försäkringskassans andel", "Financing, Social Insurance Agency's share"),
    "sensitivity.externalFactorsShare": ("Andel yttre faktorer (känslighetsanalys)", "Share of external factors (sensitivity)"),
    "validation.maximumMonthlyAmount": ("Högsta rimliga månadsbelopp i underlaget", "Highest plausible monthly amount in the input"),
    "skatteverket.basicAllowance": ("Grundavdrag", "Basic allowance"),
    "skatteverket.jobTaxCreditBase": ("Jobbskatteavdrag, underlag", "Job tax credit base"),
    "skatteverket.priceBaseAmount": ("Prisbasbelopp", "Price base amount"),
    "skatteverket.incomeRounding": ("Avrundning av inkomst", "Income rounding"),
    "skatteverket.allowanceRounding": ("Avrundning av grundavdrag", "Allowance rounding"),
    "skatteverket.creditRounding": ("Avrundning av avdrag", "Credit rounding"),
    "skatteverket.earnedIncomeReduction.threshold": ("Skattereduktion förvärvsinkomst, gräns", "Earned-income reduction, threshold"),
    "skatteverket.earnedIncomeReduction.rate": ("Skattereduktion förvärvsinkomst, andel", "Earned-income reduction, rate"),
    "skatteverket.earnedIncomeReduction.maximum": ("Skattereduktion förvärvsinkomst, högst", "Earned-income reduction, maximum"),
    "skatteverket.publicServiceFee.rate": ("Public service-avgift, andel", "Public service fee, rate"),
    "skatteverket.publicServiceFee.maximum": ("Public service-avgift, högst", "Public service fee, maximum"),
  ]
}
