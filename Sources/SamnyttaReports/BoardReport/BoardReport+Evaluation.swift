import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaStore

extension BoardReport {
  /// The report of an evaluation with participant records, structured as Payoff's reports are
  /// (Sammanfattning → nyckeltal → potential → intäkter per aktör → återbetalning →
  /// känslighetsanalyser → jämförande värden → fördelning per grupp → bilagor).
  ///
  /// - Parameters:
  ///   - similar: the comparison with the database's evaluations of the same class group; `nil`
  ///     when there is no database to compare with.
  ///   - minimumGroupSize: the breakdowns by sex, age, education and household hide any group of
  ///     fewer participants than this (``GroupSuppression``); 1 hides none.
  ///   - uncertainty: with `--uncertainty`, the section "Osäkerhet" after the sensitivity analyses.
  public static func evaluation(
    _ result: EvaluationResult, model: ModelDocument, similar: SimilarInterventions?, language: Language,
    minimumGroupSize: Int = GroupSuppression.defaultMinimum, input: EvaluationInput? = nil, narrative: ReportNarrative = ReportNarrative(),
    uncertainty: UncertaintyResult? = nil
  ) -> BoardReport {
    let b = EvaluationReportBuilder(result: result, model: model, l: language, minimumGroupSize: minimumGroupSize)
    // The evaluator's own sections (about, conclusions), the support-state table and the uncertainty
    // analysis appear when there is something to show.
    let sections: [ReportSection?] = [
      b.summary(), b.about(narrative), b.keyFigures(), input.map(b.supportStates), b.potential(), b.revenue(), b.payback(), b.sensitivity(),
      uncertainty.map(b.uncertaintySection), b.comparison(similar), b.breakdowns(), b.conclusions(narrative), b.glossary(),
      b.parameterAppendix(input: input), b.costAppendix(),
    ]
    var facts = b.facts()
    if let date = narrative.date { facts.append(.init(label: language.pick("Datum", "Date"), value: date)) }
    return BoardReport(
      language: language, kind: Labels.text(.title, language), name: result.name, facts: facts, sections: sections.compactMap { $0 },
      date: narrative.date)
  }
}

/// Builds each section from the result; one method per section.
struct EvaluationReportBuilder {
  let result: EvaluationResult
  let model: ModelDocument
  let l: Language
  /// Breakdown groups smaller than this are hidden.
  let minimumGroupSize: Int

  var society: KeyFigures { result.figures(.society) }
  func kr(_ m: Money) -> String { ReportFormat.kronor(m, l) }
  func t(_ key: Labels.Key) -> String { Labels.text(key, l) }
  func name(_ p: Perspective) -> String { Labels.perspective(p, l) }
  /// AF, FK and övrig stat are parts of staten: shown indented under it.
  func isStatePart(_ p: Perspective) -> Bool { p.isPartOfState }

  func facts() -> [BoardReport.Fact] {
    var facts = [BoardReport.Fact(label: l.pick("Samordningsförbund", "Association"), value: result.association)]
    if let period = result.period { facts.append(.init(label: l.pick("Period", "Period"), value: period)) }
    let perHead = society.perParticipant(result.participantCount).cost
    facts += [
      .init(label: t(.participants), value: "\(result.participantCount) (\(Labels.records(result.recordCount, l)))"),
      .init(label: t(.cost), value: "\(kr(result.cost.total)) (\(kr(perHead)) \(t(.perParticipant)))"),
      .init(label: t(.classification), value: Labels.classification(result.classification, l)),
      .init(label: t(.model), value: "\(result.modelID): \(model.title)"),
      .init(label: t(.convention), value: Labels.convention(result.convention, l)),
    ]
    return facts
  }

  // MARK: - Summary

  func summary() -> ReportSection {
    let k = society
    let figures = [
      HeadlineFigure(
        label: l.pick("Samhällets lönsamhet år 1", "Society's profitability, year 1"), value: kr(k.profitabilityYear1),
        detail: l.pick("intäkter \(kr(k.revenue)) − kostnad \(kr(k.cost))", "revenue \(kr(k.revenue)) − cost \(kr(k.cost))")),
      HeadlineFigure(
        label: l.pick("Samhällets lönsamhet 5 år (prognos)", "Society's profitability, 5 years (forecast)"), value: kr(k.profitability5),
        detail: l.pick("intäkter 5 år \(kr(k.forecastRevenue5))", "revenue over 5 years \(kr(k.forecastRevenue5))")),
      HeadlineFigure(
        label: t(.payback), value: ReportFormat.payback(k, l),
        detail: l.pick("tills samhällets intäkter täcker kostnaden", "until society's revenue covers the cost")),
      HeadlineFigure(
        label: t(.verkningsgrad), value: ReportFormat.verkningsgrad(k, l),
        detail: l.pick(
          "andel av potentialen före (\(kr(k.potentialBefore))) som frigjorts år 1",
          "share of the potential before (\(kr(k.potentialBefore))) freed in year 1")),
      HeadlineFigure(
        label: t(.costPerPoint), value: ReportFormat.costPerPoint(k, l),
        detail: l.pick("per deltagare och procentenhet verkningsgrad", "per participant and percentage point")),
      HeadlineFigure(
        label: t(.returnPerKrona), value: ReportFormat.returnPerKrona(k, l),
        detail: l.pick("intäkt år 1 per satsad krona", "year-1 revenue per krona spent")),
    ]
    let publicSector = result.figures(.publicSector)
    let verdict: String
    switch (k.profitabilityYear1 >= .zero, k.profitability5 >= .zero) {
    case (true, _):
      verdict = l.pick("Insatsen är samhällsekonomiskt lönsam redan första året.", "The intervention is socially profitable in its first year.")
    case (false, true):
      verdict = l.pick(
        "Insatsen är olönsam första året men lönsam på fem års sikt.",
        "The intervention is unprofitable in its first year but profitable over five years.")
    case (false, false):
      verdict = l.pick(
        "Insatsen är inte lönsam inom fem år enligt prognosen.", "According to the forecast the intervention is not profitable within five years.")
    }
    let text =
      l.pick(
        "Insatsen kostade \(kr(k.cost)) för \(result.participantCount) deltagare. Under de första tolv månaderna efter insatsen ökade samhällets intäkter med \(kr(k.revenue)) jämfört med \(result.baseline.comparedWith(l)), och den offentliga sektorns med \(kr(publicSector.revenue)). ",
        "The intervention cost \(kr(k.cost)) for \(result.participantCount) participants. In the twelve months after it, society's revenue was \(kr(k.revenue)) higher than \(result.baseline.comparedWith(l)), and the public sector's \(kr(publicSector.revenue)) higher. "
      ) + verdict
    return ReportSection(
      id: "summary", title: l.pick("Sammanfattning", "Summary"), blocks: [.paragraph(text), .headline(figures, note: methodNote())])
  }

  func methodNote() -> MethodNote {
    let salary = kr(model.parameters.labour.averageMonthlySalary)
    let x = ReportFormat.percent(result.options.externalFactorsShare * 100, decimals: 0, l)
    return MethodNote(
      title: l.pick("Om metoden", "About the method"),
      points: [
        result.baseline.methodSentence(participants: result.participantCount, records: result.recordCount, l),
        conventionPoint(),
        taxRulesPoint(),
        "\(t(.forecastAssumption)): \(TextReport.forecastAssumption(result.options, l)) "
          + l.pick("Återbetalningstiden räknas med samma antaganden.", "Payback is computed under the same assumptions."),
        l.pick(
          "Potentialen är årskostnaden för utanförskapet före insatsen, mätt mot heltidsarbete till modellens genomsnittslön (\(salary) per månad).",
          "The potential is the annual cost of exclusion before the intervention, measured against full-time work at the model's average salary (\(salary) a month)."
        ),
        l.pick(
          "Känslighetsanalys 1 tillskriver \(x) av intäkterna yttre faktorer; parametrarna som beräkningen använder står, med källa, år och intervall, i bilaga A.",
          "Sensitivity analysis 1 attributes \(x) of the revenue to external factors; the parameters the calculation uses are in appendix A, with source, year and range."
        ),
      ])
  }

  /// The method box's sentence on society's convention, in plain words, pointing to the other one.
  func conventionPoint() -> String {
    switch result.convention {
    case .payoff:
      l.pick(
        "Samhällsperspektiv: Payoff-kompatibelt. Samhällets intäkt är ökad produktion, frigjorda resurser (handläggning, vård, program) och minskade offentliga utbetalningar till deltagarna, som i Payoffs utvärderingar. Nyckeltalsavsnittet visar också den strikt välfärdsekonomiska räkningen, där utbetalningarna är transfereringar som tar ut varandra.",
        "Society convention: Payoff-compatible. Society's revenue is added production, freed resources (handling, care, programmes) and lower public payments to the participants, as in Payoff's evaluations. The key-figures section also shows the strict welfare count, in which the payments are transfers that net out."
      )
    case .welfare:
      l.pick(
        "Samhällsperspektiv: strikt välfärdsekonomiskt. Samhällets intäkt är ökad produktion och frigjorda resurser (handläggning, vård, program); ersättningar och bidrag är transfereringar mellan aktörerna och tar ut varandra. Nyckeltalsavsnittet visar också den Payoff-kompatibla räkningen, som jämförs med Payoffs publicerade siffror.",
        "Society convention: strict welfare. Society's revenue is added production and freed resources (handling, care, programmes); benefits are transfers between the actors and net out. The key-figures section also shows the Payoff-compatible count, which compares with Payoff's published figures."
      )
    }
  }

  /// The method box's sentence on how taxes are computed, from the model's tax rules.
  func taxRulesPoint() -> String {
    switch model.parameters.taxRules {
    case .flat:
      l.pick(
        "Skatter: kommunal-, region- och statlig inkomstskatt med modellens fulla skattesatser på hela bruttoinkomsten, utan grundavdrag och jobbskatteavdrag, som Payoffs siffror förutsätter; kommunens, regionens och statens skatteintäkter blir därmed något för höga och deltagarnas för låga.",
        "Taxes: municipal, regional and state income tax at the model's full rates on the whole gross income, without basic allowance or earned-income tax credit, as Payoff's figures imply; the tax revenue of municipality, region and state is therefore somewhat too high and the participants' too low."
      )
    case .skatteverket:
      l.pick(
        "Skatter som Skatteverket räknar dem, per år på periodens inkomst: grundavdrag, kommunal- och regionskatt, statlig inkomstskatt över skiktgränsen, jobbskatteavdrag och skattereduktion för förvärvsinkomst (som staten bär, inte kommun eller region), med modellens skattesatser.",
        "Taxes as Skatteverket computes them, per year on the period's income: basic allowance, municipal and regional tax, state income tax above the threshold, and the earned-income tax credit and reduction (borne by the state, not by municipality or region), at the model's rates."
      )
    }
  }

  // MARK: - Key figures per perspective

  func keyFigures() -> ReportSection {
    var rows: [ReportTable.Row] = []
    for p in result.perspectives {
      let k = p.total
      rows.append(
        .init(
          cells: [
            name(p.perspective), kr(k.potentialBefore), kr(k.revenue), ReportFormat.verkningsgrad(k, l), ReportFormat.payback(k, l),
            ReportFormat.costPerPoint(k, l), ReportFormat.returnPerKrona(k, l),
          ], emphasis: p.perspective == .society, indent: isStatePart(p.perspective)))
    }
    let table = ReportTable(
      caption: l.pick("Nyckeltal per perspektiv, alla deltagare", "Key figures per perspective, all participants"),
      header: [
        l.pick("Perspektiv", "Perspective"), t(.potentialBefore), t(.revenue), t(.verkningsgrad), t(.payback), t(.costPerPoint),
        t(.returnPerKrona),
      ], rows: rows)
    var perHead: [ReportTable.Row] = []
    for p in [Perspective.society, .publicSector] {
      let k = result.figures(p).perParticipant(result.participantCount)
      perHead.append(
        .init(
          cells: [name(p), kr(k.potentialBefore), kr(k.potentialAfter), kr(k.revenue), kr(k.cost), kr(k.profitabilityYear1)], emphasis: p == .society)
      )
    }
    let perParticipant = ReportTable(
      caption: l.pick("Per deltagare", "Per participant"),
      header: [l.pick("Perspektiv", "Perspective"), t(.potentialBefore), t(.potentialAfter), t(.revenue), t(.cost), t(.profitability1)],
      rows: perHead)
    let note = l.pick(
      "Samhällets kostnad är hela insatskostnaden; varje aktör bär sin finansieringsandel (avsnitt 4 och bilaga B), och dess återbetalningstid och kostnad per verkningsgrad räknas på den. Staten är summan av Arbetsförmedlingen, Försäkringskassan och övrig stat.",
      "Society bears the whole cost; each actor bears its financing share (section 4 and appendix B), on which its payback and cost per point are computed. The state is the sum of the Employment Service, the Social Insurance Agency and other state."
    )
    return ReportSection(
      id: "key-figures", title: l.pick("Nyckeltal per perspektiv", "Key figures per perspective"),
      blocks: [.table(table), .paragraph(note)] + conventions() + [.table(perParticipant)])
  }

  /// The figures society's key figures are compared on under both conventions.
  static let conventionFigures: [KeyFigure] = [
    .potentialBefore, .revenue, .profitabilityYear1, .profitability5, .paybackMonths, .verkningsgrad, .costPerVerkningsgrad, .returnPerKrona,
  ]

  /// Society's key figures in the chosen convention and, beside them, in the other, with the reason
  /// they differ: the public payments to the individual (Docs/method.md, "Two society conventions").
  func conventions() -> [ReportBlock] {
    let chosen = result.convention
    let other: SocietyConvention = chosen == .payoff ? .welfare : .payoff
    let mine = society
    let theirs = result.societyFigures(other)
    let rows = Self.conventionFigures.map { f in
      ReportTable.Row(cells: [f.label(l), ReportFormat.figure(f, mine, l), ReportFormat.figure(f, theirs, l)])
    }
    let table = ReportTable(
      caption: l.pick("Samhällets nyckeltal i båda samhällsperspektiven", "Society's key figures under both conventions"),
      header: [
        l.pick("Nyckeltal", "Key figure"), Labels.conventionName(chosen, l) + l.pick(" (vald)", " (chosen)"), Labels.conventionName(other, l),
      ], rows: rows)
    let payoff = chosen == .payoff ? mine : theirs
    let welfare = chosen == .payoff ? theirs : mine
    let payments = kr(payoff.revenue - welfare.revenue)
    let why = l.pick(
      "De skiljer sig med de offentliga utbetalningarna till individen (ersättningar och bidrag; här \(payments) i intäkt år 1): den Payoff-kompatibla räkningen tar med dem i samhällets potential och intäkt, den strikt välfärdsekonomiska räknar dem som transfereringar som tar ut varandra mellan aktörerna.",
      "They differ by the public payments to the individual (benefits; here \(payments) of year-1 revenue): the Payoff-compatible count includes them in society's potential and revenue, strict welfare economics treats them as transfers that net out between the actors."
    )
    return [.table(table), .paragraph(why)]
  }

  // MARK: - Potential before and after

  func potential() -> ReportSection {
    var rows: [ReportTable.Row] = []
    for p in result.perspectives {
      let k = p.total
      rows.append(
        .init(
          cells: [name(p.perspective), kr(k.potentialBefore), kr(k.potentialAfter), kr(k.revenue), ReportFormat.verkningsgrad(k, l)],
          emphasis: p.perspective == .society, indent: isStatePart(p.perspective)))
    }
    let table = ReportTable(
      caption: l.pick("Potential i före- och efterläge", "Potential before and after"),
      header: [
        l.pick("Perspektiv", "Perspective"), t(.potentialBefore), t(.potentialAfter), l.pick("Frigjort år 1", "Freed in year 1"), t(.verkningsgrad),
      ],
      rows: rows)
    let shown: [Perspective] = [.society, .publicSector, .municipality, .region, .state, .individual]
    let chart = BarChart(
      title: l.pick("Potential i före- respektive efterläge", "Potential before and after"), categories: shown.map(name),
      series: [
        .init(name: t(.potentialBefore), values: shown.map { result.figures($0).potentialBefore.kronorValue }),
        .init(name: t(.potentialAfter), values: shown.map { result.figures($0).potentialAfter.kronorValue }),
      ], unit: .kronor, axisLabel: l.pick("kronor per år, alla deltagare", "kronor a year, all participants"), language: l)

    // Society's potential split into production and real resource use (and public payments).
    let n = result.participantCount
    let reference = result.reference * n
    func parts(_ a: PeriodAccount) -> [Money] {
      [reference.production - a.production, a.resourceUse - reference.resourceUse, a.publicPayments - reference.publicPayments]
    }
    let before = parts(result.totalBefore)
    let after = parts(result.totalAfter)
    var labels = [
      l.pick("Produktionsbortfall mot heltidsarbete", "Production shortfall against full-time work"),
      l.pick("Real resursförbrukning (handläggning, vård, program)", "Real resource use (handling, care, programmes)"),
    ]
    var count = 2
    if result.convention == .payoff {
      labels.append(l.pick("Offentliga utbetalningar till individen", "Public payments to the individual"))
      count = 3
    }
    var splitRows = (0..<count).map { ReportTable.Row(cells: [labels[$0], kr(before[$0]), kr(after[$0])]) }
    splitRows.append(
      .init(cells: [l.pick("Samhällets potential", "Society's potential"), kr(society.potentialBefore), kr(society.potentialAfter)], emphasis: true))
    let caption =
      result.convention == .payoff
      ? l.pick(
        "Potentialens fördelning på produktion, real resursförbrukning och offentliga utbetalningar (samhället)",
        "The potential split into production, real resource use and public payments (society)")
      : l.pick(
        "Potentialens fördelning på produktion och real resursförbrukning (samhället)",
        "The potential split into production and real resource use (society)")
    let split = ReportTable(caption: caption, header: [l.pick("Del", "Part"), t(.potentialBefore), t(.potentialAfter)], rows: splitRows)
    // With an alternative baseline revenue is measured against it, not as the potential's fall.
    let difference =
      result.baseline.kind == .beforeAfter
      ? l.pick("Skillnaden är intäkten år 1.", "The difference is the year-1 revenue.")
      : l.pick(
        "Intäkten år 1 mäts här mot \(result.baseline.name(.sv)), inte som skillnaden mellan före och efter.",
        "The year-1 revenue is measured here against \(result.baseline.name(.en)), not as the difference between before and after.")
    let text =
      l.pick(
        "Potentialen är vad deltagarnas utanförskap kostar per år, sett från varje perspektiv; efterläget visar vad som återstår efter insatsen. ",
        "The potential is what the participants' exclusion costs a year, from each perspective; the after column shows what remains after the intervention. "
      ) + difference
    var blocks: [ReportBlock] = [.paragraph(text), .barChart(chart), .table(table), .table(split)]
    if result.convention == .payoff {
      blocks.append(
        .paragraph(
          l.pick(
            "Payoffs rapporter delar potentialen i produktion och real resursförbrukning. Här ingår också de offentliga utbetalningarna, eftersom samhällets intäkt räknar med dem: då är intäkten exakt den del av potentialen som frigjorts och verkningsgraden en andel av den. Utan utbetalningarna är potentialen den strikt välfärdsekonomiska (avsnitt 2).",
            "Payoff's reports split the potential into production and real resource use. Here it also holds the public payments, because society's revenue counts them: the revenue is then exactly the part of the potential that was freed, and verkningsgrad a share of it. Without the payments the potential is the strict welfare one (section 2)."
          )))
    }
    return ReportSection(id: "potential", title: l.pick("Potential före och efter", "Potential before and after"), blocks: blocks)
  }

  // MARK: - Revenue per actor

  func revenue() -> ReportSection {
    var rows: [ReportTable.Row] = []
    for p in result.perspectives {
      let k = p.total
      rows.append(
        .init(
          cells: [name(p.perspective), kr(k.revenue), kr(k.forecastRevenue5), kr(k.cost), kr(k.profitabilityYear1), kr(k.profitability5)],
          emphasis: p.perspective == .society, indent: isStatePart(p.perspective)))
    }
    let table = ReportTable(
      caption: l.pick("Intäkter, kostnader och lönsamhet per aktör", "Revenue, cost and profitability per actor"),
      header: [l.pick("Perspektiv", "Perspective"), t(.revenue), t(.forecast5), t(.cost), t(.profitability1), t(.profitability5)], rows: rows)
    let shown = result.perspectives.map(\.perspective)
    let chart = BarChart(
      title: l.pick("Intäkter på kort sikt (1 år) och medellång sikt (5 år)", "Revenue in the short term (1 year) and medium term (5 years)"),
      categories: shown.map(name),
      series: [
        .init(name: l.pick("Kort sikt: 1 år", "Short term: 1 year"), values: shown.map { result.figures($0).revenue.kronorValue }),
        .init(
          name: l.pick("Medellång sikt: 5 år (prognos)", "Medium term: 5 years (forecast)"),
          values: shown.map { result.figures($0).forecastRevenue5.kronorValue }),
      ], unit: .kronor, axisLabel: l.pick("kronor, alla deltagare", "kronor, all participants"), language: l)
    return ReportSection(id: "revenue", title: l.pick("Intäkter per aktör", "Revenue per actor"), blocks: [.barChart(chart), .table(table)])
  }

  // MARK: - Payback curve

  func payback() -> ReportSection {
    let k = society
    let curve = PaybackCurve(revenue: k.revenue, cost: k.cost, options: result.options)
    let fullName = l.pick("Kostnaden år 1", "Cost in year 1")
    let spreadName = l.pick("Kostnaden avskriven på 3 år", "Cost written off over 3 years")
    let chart = LineChart(
      title: l.pick("Samhällets ackumulerade resultat", "Society's cumulative result"),
      series: [
        .init(name: fullName, points: curve.fullCost.enumerated().map { .init(x: Double($0.offset), y: $0.element) }),
        .init(name: spreadName, points: curve.writtenOff.enumerated().map { .init(x: Double($0.offset), y: $0.element) }),
      ], xTicks: [0, 12, 24, 36, 48, 60], xUnit: .months, yUnit: .kronor,
      xAxisLabel: l.pick("månader efter insatsen", "months after the intervention"),
      yAxisLabel: l.pick("ackumulerat resultat, kr", "cumulative result, SEK"), zeroLabel: l.pick("nollpunkt", "break-even"), language: l)
    let rows = stride(from: 0, through: 60, by: 6).map { month in
      ReportTable.Row(cells: ["\(month)", ReportFormat.kronor(curve.fullCost[month], l), ReportFormat.kronor(curve.writtenOff[month], l)])
    }
    let table = ReportTable(
      caption: l.pick("Ackumulerat resultat för samhället", "Society's cumulative result"),
      header: [l.pick("Månad", "Month"), fullName, spreadName], rows: rows)
    var text = l.pick(
      "Kurvan visar samhällets intäkter minus kostnad, månad för månad, med 5-årsprognosens antaganden. ",
      "The curve shows society's revenue less the cost, month by month, under the 5-year forecast's assumptions. ")
    text += paybackSentence(k, curve: curve)
    return ReportSection(id: "payback", title: l.pick("Återbetalning", "Payback"), blocks: [.paragraph(text), .lineChart(chart), .table(table)])
  }

  /// What the payback figure is and how it was found, or why there is none. The figure is the
  /// curve's zero crossing, the engine's one payback rule (``KeyFigures/paybackMonths(revenue:cost:options:)``).
  func paybackSentence(_ k: KeyFigures, curve: PaybackCurve) -> String {
    if k.undefined[.paybackMonths] == nil, let months = curve.paybackMonths {
      let m = ReportFormat.months(months, l)
      return KeyFigures.isConstant(result.options)
        ? l.pick(
          "Återbetalningstiden är \(m), där kurvan når noll: utan bortfall och diskontering är den 12 × kostnad / intäkt år 1.",
          "The payback time is \(m), where the curve reaches zero: without drop-off and discounting it is 12 × cost / year-1 revenue.")
        : l.pick(
          "Återbetalningstiden är \(m), där kurvan når noll: den första månad då intäkterna, med prognosens bortfall och diskontering, täcker kostnaden.",
          "The payback time is \(m), where the curve reaches zero: the first month at which revenue, with the forecast's drop-off and discounting, covers the cost."
        )
    }
    switch k.undefined[.paybackMonths] {
    case .costIsZero: return l.pick("Insatsen har ingen kostnad att betala tillbaka.", "The intervention has no cost to pay back.")
    case .notPaidBackWithinHorizon:
      return l.pick(
        "Med prognosens bortfall och diskontering täcker fem års intäkter inte kostnaden: ingen återbetalning inom 5 år.",
        "With the forecast's drop-off and discounting, five years of revenue do not cover the cost: not paid back within 5 years.")
    default:
      return l.pick("Intäkterna är inte positiva, så kostnaden betalas aldrig tillbaka.", "Revenue is not positive, so the cost is never paid back.")
    }
  }

  // MARK: - Sensitivity analyses

  /// Illustrative alternative settings of the method's own options (not parameters of the Swedish
  /// economy): a strong and a very strong drop-off, a discount rate, and a cautious combination.
  static let alternativeDropOffs = [0.25, 0.5]
  static let alternativeDiscountRate = 0.05

  func sensitivity() -> ReportSection {
    let k = society
    let o = result.options
    let n = result.participantCount
    func figures(_ options: ForecastOptions, externalShare: Double = 0) -> KeyFigures {
      KeyFigures(
        potentialBefore: k.potentialBefore, potentialAfter: k.potentialAfter, revenue: k.revenue.scaled(by: 1 - externalShare), cost: k.cost,
        participants: n, options: options)
    }
    func pct(_ share: Double) -> String { ReportFormat.percent(share * 100, decimals: 1, l) }
    func row(_ label: String, _ f: KeyFigures, year1: Money? = nil, emphasis: Bool = false) -> ReportTable.Row {
      .init(
        cells: [
          label, kr(f.revenue), kr(year1 ?? f.profitabilityYear1), kr(f.profitability5), ReportFormat.payback(f, l), ReportFormat.verkningsgrad(f, l),
        ],
        emphasis: emphasis)
    }
    let x = o.externalFactorsShare
    let cautiousX = min(1, 2 * x)
    var rows = [
      row(
        l.pick(
          "Grundkalkyl (bortfall \(pct(o.dropOff)), diskontering \(pct(o.discountRate)))",
          "Base (drop-off \(pct(o.dropOff)), discount rate \(pct(o.discountRate)))"), k, emphasis: true),
      row(
        l.pick(
          "Känslighetsanalys 1: yttre faktorer förklarar \(pct(x)) av intäkterna", "Sensitivity 1: external factors explain \(pct(x)) of revenue"),
        figures(o, externalShare: x)),
      row(
        l.pick("Känslighetsanalys 2: kostnaden skrivs av på 3 år", "Sensitivity 2: cost written off over 3 years"), k, year1: k.profitabilityWriteOff3
      ),
    ]
    for d in Self.alternativeDropOffs where d != o.dropOff {
      var alternative = o
      alternative.dropOff = d
      rows.append(row(l.pick("Bortfall \(pct(d)) per år", "Drop-off \(pct(d)) a year"), figures(alternative)))
    }
    if o.discountRate != Self.alternativeDiscountRate {
      var alternative = o
      alternative.discountRate = Self.alternativeDiscountRate
      rows.append(
        row(
          l.pick("Diskonteringsränta \(pct(Self.alternativeDiscountRate)) per år", "Discount rate \(pct(Self.alternativeDiscountRate)) a year"),
          figures(alternative)))
    }
    var cautious = o
    cautious.dropOff = max(o.dropOff, Self.alternativeDropOffs.last!)
    cautious.discountRate = max(o.discountRate, Self.alternativeDiscountRate)
    rows.append(
      row(
        l.pick(
          "Försiktigt: bortfall \(pct(cautious.dropOff)), diskontering \(pct(cautious.discountRate)), yttre faktorer \(pct(cautiousX))",
          "Cautious: drop-off \(pct(cautious.dropOff)), discount rate \(pct(cautious.discountRate)), external factors \(pct(cautiousX))"),
        figures(cautious, externalShare: cautiousX)))
    let table = ReportTable(
      caption: l.pick("Samhällets nyckeltal under olika antaganden", "Society's key figures under different assumptions"),
      header: [
        l.pick("Antagande", "Assumption"), l.pick("Intäkter år 1 som räknas", "Year-1 revenue counted"), t(.profitability1), t(.profitability5),
        t(.payback), t(.verkningsgrad),
      ],
      rows: rows)
    let text = l.pick(
      "Payoffs två känslighetsanalyser (yttre faktorer och kostnad avskriven på tre år) samt prognosens egna antaganden: hur snabbt effekten avtar (bortfall) och hur framtida intäkter diskonteras. Bortfall och diskontering påverkar 5-årsprognosen och därmed återbetalningstiden när den är längre än ett år; år 1 är uppmätt. De alternativa värdena är illustrativa; välj egna med --drop-off, --discount-rate och --external-factors.",
      "Payoff's two sensitivity analyses (external factors and the cost written off over three years) and the forecast's own assumptions: how fast the effect fades (drop-off) and how future revenue is discounted. Drop-off and discounting affect the 5-year forecast, and so the payback time when it is longer than a year; year 1 is measured. The alternative values are illustrative; choose your own with --drop-off, --discount-rate and --external-factors."
    )
    return ReportSection(
      id: "sensitivity", title: l.pick("Känslighetsanalyser", "Sensitivity analyses"),
      blocks: [.paragraph(text), .table(table), .table(switchingValuesTable())])
  }

  // MARK: - Comparison with similar interventions

  func comparison(_ similar: SimilarInterventions?) -> ReportSection {
    let title = l.pick("Jämförelse med likartade insatser", "Comparison with similar interventions")
    let group = Labels.classGroup(result.classification.group, l)
    guard let similar else {
      return ReportSection(
        id: "comparison", title: title,
        blocks: [
          .paragraph(
            l.pick(
              "Ingen databas med tidigare utvärderingar fanns att jämföra med (se samnytta db add och --db).",
              "There was no database of earlier evaluations to compare with (see samnytta db add and --db)."))
        ])
    }
    guard similar.count > 0 else {
      return ReportSection(
        id: "comparison", title: title,
        blocks: [
          .paragraph(
            l.pick(
              "Databasen har inga andra utvärderingar att jämföra med (klassgrupp \(group)).",
              "The database has no other evaluations to compare with (class group \(group))."))
        ])
    }
    var rows: [ReportTable.Row] = []
    for c in similar.comparisons {
      let figure = c.figure
      let format = { (x: Double) in figure.text(x, self.l) }
      let value = c.value.map(format) ?? ReportFormat.undefined(society.undefined[figure], l)
      let deviation = c.deviationFromMean.map { figure.text($0, self.l, signed: true) } ?? "–"
      var judgement = "–"
      // A judgement only against a mean of at least the minimum of peers.
      if let d = c.deviationFromMean, c.defined >= similar.minimum {
        let better = figure.smallerIsBetter ? d < 0 : d > 0
        judgement =
          d == 0
          ? l.pick("som medel", "at the mean")
          : better ? l.pick("bättre än medel", "better than the mean") : l.pick("sämre än medel", "worse than the mean")
      }
      let reference = similar.reference[figure].map { format($0) + (figure.isAmount ? " *" : "") } ?? "–"
      rows.append(
        .init(cells: [
          figure.label(l), value, c.mean.map(format) ?? "–", c.median.map(format) ?? "–", deviation, judgement, "\(c.defined)", reference,
        ]))
    }
    let table = ReportTable(
      caption: l.pick(
        "Nyckeltal jämfört med jämförelsegruppens medelvärde och riksreferensen",
        "Key figures against the peer group's mean and the national reference"),
      header: [
        l.pick("Nyckeltal", "Key figure"), l.pick("Denna insats", "This intervention"), l.pick("Medelvärde", "Mean"), l.pick("Median", "Median"),
        l.pick("Avvikelse från medel", "Deviation from mean"), l.pick("Bedömning", "Judgement"), l.pick("Antal", "Count"),
        l.pick("Riksreferens", "National reference"),
      ], rows: rows, textColumns: [5])
    let others = NormsTables.others(similar.count, l)
    let levelText = NormsTables.levelText(similar.level, l)
    let fallback =
      similar.level == .classGroup
      ? ""
      : l.pick(
        " Klassgruppen \(group) har färre än \(similar.minimum) andra utvärderingar, så jämförelsen använder den bredare gruppen \(Labels.classGroup(similar.peerKey, l)).",
        " The class group \(group) holds fewer than \(similar.minimum) other evaluations, so the comparison uses the broader group \(Labels.classGroup(similar.peerKey, l))."
      )
    let judged =
      similar.count >= similar.minimum
      ? l.pick(
        " En bedömning görs för nyckeltal som minst \(similar.minimum) av dem har.",
        " A judgement is made for figures at least \(similar.minimum) of them have.")
      : l.pick(
        " Gruppen har färre än \(similar.minimum) utvärderingar, så ingen bedömning görs.",
        " The group holds fewer than \(similar.minimum) evaluations, so no judgement is made.")
    let reference =
      similar.referenceName.map {
        l.pick(
          " Riksreferensen är \($0) (prisår okänt: belopp markerade *).", " The national reference is \($0) (price year unknown: amounts marked *).")
      } ?? l.pick(" Ingen riksreferens är lagrad i databasen.", " No national reference is stored in the database.")
    let models = similar.models.joined(separator: ", ")
    let text = l.pick(
      "Jämförelsen omfattar \(others) i databasen med \(levelText) (\(Labels.classification(result.classification, l)) för denna insats), var och en i sin senaste version, i prisnivå \(models); sammanfattningars belopp är uppräknade med löneindex, och kvoter behöver ingen uppräkning.\(fallback)\(judged)\(reference)",
      "The comparison covers \(others) in the database with \(levelText) (\(Labels.classification(result.classification, l)) for this intervention), each in its latest version, at the price level \(models); summary entries' amounts are uprated by the wage index, and ratios need no uprating.\(fallback)\(judged)\(reference)"
    )
    return ReportSection(id: "comparison", title: title, blocks: [.paragraph(text), .table(table)])
  }

  // MARK: - Breakdowns by participant attribute

  func breakdowns() -> ReportSection {
    let title = l.pick("Fördelning på kön, ålder, utbildning och hushållstyp", "Breakdown by sex, age, education and household")
    var blocks: [ReportBlock] = []
    let participants = result.participantsByID
    let missing = l.pick("(uppgift saknas)", "(not given)")
    for key in InputDocument.attributeKeys where participants.contains(where: { $0.attributes[key] != nil }) {
      struct Group {
        var n = 0
        var society = Money.zero
        var publicSector = Money.zero
        var potential = Money.zero
      }
      var groups: [String: Group] = [:]
      for p in participants {
        let value = p.attributes[key] ?? ""
        var g = groups[value] ?? Group()
        let revenue = p.revenue
        g.n += p.count
        g.society += revenue.value(.society, result.convention) * p.count
        g.publicSector += revenue.value(.publicSector, result.convention) * p.count
        g.potential += (result.reference - p.before).value(.society, result.convention) * p.count
        groups[value] = g
      }
      // Named groups in byte order, "not given" last.
      let values = groups.keys.sorted { a, b in a.isEmpty != b.isEmpty ? !a.isEmpty : a.utf8.lexicographicallyPrecedes(b.utf8) }
      let labels = values.map { $0.isEmpty ? missing : $0 }
      let hidden = GroupSuppression.hidden(sizes: values.map { groups[$0]!.n }, minimum: minimumGroupSize)
      func perHead(_ m: Money, _ n: Int) -> Money { n > 0 ? m.scaled(by: 1 / Double(n)) : .zero }
      let rows = values.indices.map { i -> ReportTable.Row in
        let g = groups[values[i]]!
        if let reason = hidden[i] {
          let count = reason == .small ? "<\(minimumGroupSize)" : "–"
          return .init(cells: [labels[i], count] + Array(repeating: "–", count: 5))
        }
        let vg =
          KeyFigures.verkningsgrad(revenue: g.society, potential: g.potential).map { ReportFormat.percent($0, l) }
          ?? ReportFormat.undefined(.potentialNotPositive, l)
        return .init(cells: [
          labels[i], "\(g.n)", kr(g.society), kr(perHead(g.society, g.n)), kr(g.publicSector), kr(perHead(g.publicSector, g.n)), vg,
        ])
      }
      let heading = attributeName(key)
      blocks.append(.subheading(heading))
      // Hidden groups have no bar: an empty place would read as zero.
      let shown = values.indices.filter { hidden[$0] == nil }
      if !shown.isEmpty {
        blocks.append(
          .barChart(
            BarChart(
              title: l.pick(
                "Intäkter på kort sikt per deltagare, uppdelat på \(heading.lowercased())",
                "Short-term revenue per participant by \(heading.lowercased())"),
              categories: shown.map { labels[$0] },
              series: [
                .init(
                  name: l.pick("Samhället per deltagare", "Society per participant"),
                  values: shown.map { perHead(groups[values[$0]]!.society, groups[values[$0]]!.n).kronorValue }),
                .init(
                  name: l.pick("Offentlig sektor per deltagare", "Public sector per participant"),
                  values: shown.map { perHead(groups[values[$0]]!.publicSector, groups[values[$0]]!.n).kronorValue }),
              ], unit: .kronor, axisLabel: l.pick("kronor per deltagare, år 1", "kronor per participant, year 1"), language: l)))
      }
      blocks.append(
        .table(
          ReportTable(
            caption: l.pick("Intäkter år 1 per \(heading.lowercased())", "Year-1 revenue by \(heading.lowercased())"),
            header: [
              heading, t(.participants), l.pick("Samhället", "Society"), l.pick("per deltagare", "per participant"),
              l.pick("Offentlig sektor", "Public sector"),
              l.pick("per deltagare", "per participant"), t(.verkningsgrad),
            ], rows: rows)))
      if let note = suppressionNote(hidden) { blocks.append(.paragraph(note)) }
    }
    if blocks.isEmpty {
      blocks.append(
        .paragraph(
          l.pick(
            "Deltagarposterna saknar uppgifter om kön, ålder, utbildning och hushållstyp, så ingen fördelning kan visas.",
            "The participant records give no sex, age band, education or household type, so no breakdown can be shown.")))
    } else {
      blocks.insert(
        .paragraph(
          l.pick(
            "Intäkterna år 1 fördelade på deltagarnas egenskaper, som de anges i underlaget. Små grupper ger osäkra tal.",
            "Year-1 revenue split by the participants' attributes as given in the input. Small groups give uncertain figures.")), at: 0)
    }
    return ReportSection(id: "breakdowns", title: title, blocks: blocks)
  }

  /// The line under a breakdown table that hides groups, saying which and why; `nil` when none is hidden.
  func suppressionNote(_ hidden: [GroupSuppression?]) -> String? {
    guard hidden.contains(.small) else { return nil }
    let m = minimumGroupSize
    var note = l.pick(
      "Grupper med färre än \(m) deltagare visas som <\(m) utan belopp (–), så att ingen enskild deltagare kan pekas ut.",
      "Groups of fewer than \(m) participants are shown as <\(m) without amounts (–), so that no single participant can be singled out.")
    if hidden.contains(.complementary) {
      note += l.pick(
        " Den minsta av de övriga grupperna döljs också (–), så att den lilla gruppen inte kan räknas fram ur rapportens summor.",
        " The smallest of the other groups is hidden too (–), so that the small group cannot be worked out from the report's totals.")
    }
    return note
  }

  func attributeName(_ key: String) -> String {
    switch key {
    case "sex": l.pick("Kön", "Sex")
    case "ageBand": l.pick("Åldersgrupp", "Age band")
    case "education": l.pick("Utbildning", "Education")
    case "household": l.pick("Hushållstyp", "Household")
    default: key
    }
  }

  // MARK: - Appendices

  func costAppendix() -> ReportSection {
    var blocks: [ReportBlock] = []
    if !result.cost.byType.isEmpty {
      let rows =
        result.cost.byType.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map {
          ReportTable.Row(cells: [$0, kr(result.cost.byType[$0]!)])
        }
        + [ReportTable.Row(cells: [l.pick("Summa", "Total"), kr(result.cost.total)], emphasis: true)]
      blocks.append(
        .table(
          ReportTable(caption: l.pick("Kostnad per kostnadsslag", "Cost by type"), header: [l.pick("Kostnadsslag", "Type"), t(.cost)], rows: rows)))
    }
    let financing = Actor.allCases.filter { (result.financing[$0] ?? 0) > 0 }.map { actor in
      ReportTable.Row(
        cells: [
          Labels.actor(actor, l), ReportFormat.percent((result.financing[actor] ?? 0) * 100, l),
          kr(result.figures(Perspective(rawValue: actor.rawValue)!).cost),
        ])
    }
    blocks.append(
      .table(
        ReportTable(
          caption: l.pick("Finansiering", "Financing"), header: [l.pick("Aktör", "Actor"), l.pick("Andel", "Share"), t(.cost)], rows: financing)))
    return ReportSection(id: "appendix-cost", title: l.pick("Bilaga B: Kostnad och finansiering", "Appendix B: Cost and financing"), blocks: blocks)
  }
}
