import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaStore

/// The portfolio as a ``BoardReport``, so that ``HTMLReport`` and ``MarkdownReport`` write it as they
/// write an evaluation's report. Sections follow an association's yearly follow-up (seed 001): the
/// year in brief, the interventions' key figures, the national reference, participants by sex,
/// support before and after, exit reasons, and what was included.
public enum PortfolioReport {
  public static func board(_ portfolio: Portfolio, language l: Language) -> BoardReport {
    let b = PortfolioReportBuilder(p: portfolio, l: l)
    var sections = [b.summary(), b.keyFigures()]
    if let reference = b.reference() { sections.append(reference) }
    sections += [b.participants(), b.states(), b.exits(), b.appendix()]
    return BoardReport(
      language: l, kind: l.pick("Förbundets år: portfölj", "The association's year: portfolio"),
      name: "\(portfolio.association) \(portfolio.year)", facts: b.facts(), sections: sections)
  }
}

/// One method per section.
struct PortfolioReportBuilder {
  let p: Portfolio
  let l: Language

  var minimum: Int { p.minimumGroupSize }
  func kr(_ x: Double) -> String { ReportFormat.kronor(x, l) }
  /// A key figure of stored figures, or why it is undefined; `*` when its amounts are not at the price year.
  func figure(_ f: KeyFigure, _ figures: RunFigures, flagged: Bool = false) -> String {
    let text = f.text(in: figures, l)
    let isAmount = f != .verkningsgrad && f != .paybackMonths
    return flagged && isAmount && f.value(in: figures) != nil ? text + " *" : text
  }
  func label(_ i: Portfolio.Intervention) -> String {
    guard let id = i.id else { return l.pick("Totalt", "Total") }
    let version = i.version > 1 ? l.pick(", version \(i.version)", ", version \(i.version)") : ""
    let summary = i.kind == .summary ? l.pick(", sammanfattning", ", summary") : ""
    return "\(i.name) (#\(id)\(version)\(summary))"
  }
  var flaggedNames: [String] { p.interventions.filter { !$0.inTotals }.map(\.name) }

  func facts() -> [BoardReport.Fact] {
    [
      .init(label: l.pick("Samordningsförbund", "Association"), value: p.association),
      .init(label: l.pick("År", "Year"), value: "\(p.year)"),
      .init(label: l.pick("Insatser", "Interventions"), value: "\(p.interventions.count)"),
      .init(label: Labels.text(.participants, l), value: "\(p.total.participants ?? 0)"),
      .init(label: Labels.text(.model, l), value: "\(p.modelID) (\(Labels.text(.priceLevel, l)) \(p.priceYear))"),
    ]
  }

  // MARK: - The year in brief

  func summary() -> ReportSection {
    let t = p.total
    // Only counts the participants table shows: a sum the table hides must not appear here.
    let shown = Dictionary(
      uniqueKeysWithValues: zip(sexValues, sexHidden.totals).filter { $0.1 == nil }.map { ($0.0.lowercased(), t.bySex[$0.0] ?? 0) })
    var sexText = ""
    if let women = shown["kvinna"], let men = shown["man"] {
      sexText = l.pick(" (\(women) kvinnor och \(men) män)", " (\(women) women and \(men) men)")
    }
    let ended = t.exitReasons.filter { $0.key != 0 }.values.reduce(0, +)
    // The count with an exit reason, only when the exit table hides none of its total row (else it gives a hidden cell away).
    let exitTotalsHidden = GroupSuppression.hidden(
      rows: p.interventions.filter(\.hasRecords).map { i in exitCodes.map { i.exitReasons[$0] ?? 0 } },
      totals: exitCodes.map { t.exitReasons[$0] ?? 0 },
      minimum: minimum
    ).totals.contains { $0 != nil }
    var text = l.pick(
      "Förbundet har under \(p.year) finansierat \(p.interventions.count) insatser med totalt \(t.participants ?? 0) deltagare\(sexText). ",
      "In \(p.year) the association financed \(p.interventions.count) interventions with \(t.participants ?? 0) participants in total\(sexText). ")
    if ended > 0 && !exitTotalsHidden {
      text += l.pick("\(ended) deltagare har en angiven avslutsorsak (avsnitt 6). ", "\(ended) participants have an exit reason given (section 6). ")
    }
    text += l.pick(
      "Insatserna kostade tillsammans \(kr(t.figures.cost)), och samhällets intäkter år 1 var \(kr(t.figures.revenue)).",
      "Together the interventions cost \(kr(t.figures.cost)), and society's revenue in year 1 was \(kr(t.figures.revenue)).")
    let f = t.figures
    let figures = [
      HeadlineFigure(label: Labels.text(.cost, l), value: kr(f.cost), detail: l.pick("alla insatser", "all interventions")),
      HeadlineFigure(label: Labels.text(.revenue, l), value: kr(f.revenue), detail: l.pick("samhällets, år 1", "society's, year 1")),
      HeadlineFigure(label: Labels.text(.profitability1, l), value: kr(f.revenue - f.cost), detail: l.pick("intäkter − kostnad", "revenue − cost")),
      HeadlineFigure(
        label: Labels.text(.verkningsgrad, l), value: figure(.verkningsgrad, f),
        detail: l.pick("av summan av potentialerna före (\(kr(f.potentialBefore)))", "of the sum of the potentials before (\(kr(f.potentialBefore)))")
      ),
      HeadlineFigure(
        label: Labels.text(.payback, l), value: figure(.paybackMonths, f), detail: l.pick("12 × kostnad / intäkt år 1", "12 × cost / year-1 revenue")),
    ]
    var points = [
      l.pick(
        "Varje insats i sin senaste version; alla belopp i prisnivå \(p.priceYear) (modell \(p.modelID)): fullständiga utvärderingar räknade med modellen, sammanfattningars belopp uppräknade med löneindex. Kvoter behöver ingen uppräkning.",
        "Each intervention in its latest version; all amounts at the price level \(p.priceYear) (model \(p.modelID)): full evaluations computed under the model, summaries' amounts uprated by the wage index. Ratios need no uprating."
      ),
      l.pick(
        "Totalens verkningsgrad och återbetalningstid räknas ur summorna, inte som medel av insatsernas.",
        "The total's verkningsgrad and payback are computed from the sums, not as means of the interventions'."),
      Labels.text(.noControlGroup, l),
    ]
    if !flaggedNames.isEmpty {
      points.append(
        l.pick(
          "Belopp märkta * har okänd prisnivå eller okänt antal deltagare och ingår inte i totalens belopp: \(flaggedNames.joined(separator: ", ")).",
          "Amounts marked * are of unknown price year or participant count and are left out of the total's amounts: \(flaggedNames.joined(separator: ", "))."
        )
      )
    }
    return ReportSection(
      id: "summary", title: l.pick("Året i korthet", "The year in brief"),
      blocks: [.paragraph(text), .headline(figures, note: MethodNote(title: l.pick("Om siffrorna", "About the figures"), points: points))])
  }

  // MARK: - Key figures per intervention

  func keyFigures() -> ReportSection {
    func row(_ i: Portfolio.Intervention, emphasis: Bool = false) -> ReportTable.Row {
      let flagged = !i.inTotals
      let profit = kr(i.figures.revenue - i.figures.cost) + (flagged ? " *" : "")
      return .init(
        cells: [
          label(i), i.participants.map(String.init) ?? "–", figure(.cost, i.figures, flagged: flagged), figure(.revenue, i.figures, flagged: flagged),
          profit,
        ]
          + [figure(.verkningsgrad, i.figures), figure(.paybackMonths, i.figures)], emphasis: emphasis)
    }
    let table = ReportTable(
      caption: l.pick(
        "Nyckeltal för samhället per insats, prisnivå \(p.priceYear)", "Society's key figures per intervention, price level \(p.priceYear)"),
      header: [
        l.pick("Insats", "Intervention"), Labels.text(.participants, l), Labels.text(.cost, l), Labels.text(.revenue, l),
        Labels.text(.profitability1, l),
        Labels.text(.verkningsgrad, l), Labels.text(.payback, l),
      ],
      rows: p.interventions.map { row($0) } + [row(p.total, emphasis: true)])
    let counted = p.interventions.filter(\.inTotals)
    let chart = BarChart(
      title: l.pick("Kostnad och samhällets intäkter år 1 per insats", "Cost and society's year-1 revenue per intervention"),
      categories: counted.map { i in "#\(i.id ?? 0) " + (i.name.count <= 16 ? i.name : String(i.name.prefix(15)) + "…") },
      series: [
        .init(name: Labels.text(.cost, l), values: counted.map(\.figures.cost)),
        .init(name: Labels.text(.revenue, l), values: counted.map(\.figures.revenue)),
      ], unit: .kronor, axisLabel: l.pick("kronor, alla deltagare", "kronor, all participants"), language: l)
    var blocks: [ReportBlock] = []
    if !counted.isEmpty { blocks.append(.barChart(chart)) }
    blocks.append(.table(table))
    if !flaggedNames.isEmpty {
      blocks.append(
        .paragraph(
          l.pick(
            "* okänd prisnivå eller okänt antal deltagare: visas men ingår inte i totalen.",
            "* unknown price year or participant count: shown but not in the total.")))
    }
    return ReportSection(
      id: "interventions", title: l.pick("Insatserna och deras nyckeltal", "The interventions and their key figures"), blocks: blocks)
  }

  // MARK: - National reference

  func reference() -> ReportSection? {
    guard let r = p.reference else { return nil }
    let ref = r.figures
    let compared: [KeyFigure] = [.costPerParticipant, .revenuePerParticipant, .verkningsgrad, .paybackMonths]
    let flag = r.amountsAtPriceYear ? "" : " *"
    let referenceRow = ReportTable.Row(
      cells: [r.name]
        + compared.map { f in
          let isAmount = f == .costPerParticipant || f == .revenuePerParticipant
          return f.text(in: ref, l) + (isAmount && f.value(in: ref) != nil ? flag : "")
        }, emphasis: false)
    func deviation(_ i: Portfolio.Intervention) -> ReportTable.Row {
      .init(
        cells: [label(i)]
          + compared.map { f in
            guard let own = f.value(in: i.figures), let theirs = f.value(in: ref) else { return "–" }
            let isAmount = f == .costPerParticipant || f == .revenuePerParticipant
            return f.text(own - theirs, l, signed: true) + (isAmount && (!i.inTotals || !r.amountsAtPriceYear) ? " *" : "")
          }, emphasis: i.id == nil)
    }
    let header = [l.pick("Insats", "Intervention")] + compared.map { $0.label(l) }
    func values(_ i: Portfolio.Intervention) -> ReportTable.Row {
      .init(cells: [label(i)] + compared.map { figure($0, i.figures, flagged: !i.inTotals) }, emphasis: i.id == nil)
    }
    var referenceLine = referenceRow
    referenceLine.cells[0] = l.pick("Riksreferens: ", "National reference: ") + r.name
    let values = ReportTable(
      caption: l.pick("Per deltagare, bredvid riksreferensen", "Per participant, beside the national reference"), header: header,
      rows: p.interventions.map(values) + [values(p.total), referenceLine])
    let table = ReportTable(
      caption: l.pick(
        "Avvikelse från riksreferensen (procentenheter, månader, kronor per deltagare)",
        "Deviation from the national reference (percentage points, months, kronor per participant)"),
      header: header, rows: p.interventions.map(deviation) + [deviation(p.total)])
    var text = l.pick(
      "Riksreferensen är medelvärdet av de utvärderingar som NNS rapportserie 2015:1 sammanställer: ett mått på vad en typisk insats åstadkommer, inte ett krav. En verkningsgrad över referensen och en återbetalningstid under den är bättre än referensen.",
      "The national reference is the mean of the evaluations compiled in NNS rapportserie 2015:1: a measure of what a typical intervention achieves, not a requirement. A verkningsgrad above it and a payback time below it are better than the reference."
    )
    if !r.amountsAtPriceYear {
      text += l.pick(
        " Dess belopp har okänd prisnivå (*): jämför dem med försiktighet; kvoterna (verkningsgrad, återbetalningstid) påverkas inte.",
        " Its amounts are of unknown price year (*): compare them with care; the ratios (verkningsgrad, payback) are not affected.")
    }
    var blocks: [ReportBlock] = [.paragraph(text), .table(values), .table(table)]
    if let source = r.source { blocks.append(.paragraph(l.pick("Källa: ", "Source: ") + source)) }
    return ReportSection(id: "reference", title: l.pick("Jämfört med riksreferensen", "Against the national reference"), blocks: blocks)
  }

  // MARK: - Counts with small groups hidden

  /// A table of counts per intervention (those with records) and in total, small groups hidden.
  func countTable(caption: String, first: String, columns: [(label: String, count: (Portfolio.Intervention) -> Int)]) -> (
    ReportTable, [GroupSuppression?]
  ) {
    let withRecords = p.interventions.filter(\.hasRecords)
    let counts = withRecords.map { i in columns.map { $0.count(i) } }
    let totals = columns.map { $0.count(p.total) }
    let hidden = GroupSuppression.hidden(rows: counts, totals: totals, minimum: minimum)
    func cells(_ values: [Int], _ hide: [GroupSuppression?]) -> [String] {
      zip(values, hide).map { value, reason in reason == .small ? "<\(minimum)" : reason == nil ? "\(value)" : "–" }
    }
    var rows = withRecords.indices.map { r in
      ReportTable.Row(cells: [label(withRecords[r])] + cells(counts[r], hidden.rows[r]) + ["\(counts[r].reduce(0, +))"])
    }
    rows.append(.init(cells: [l.pick("Totalt", "Total")] + cells(totals, hidden.totals) + ["\(totals.reduce(0, +))"], emphasis: true))
    let table = ReportTable(caption: caption, header: [first] + columns.map(\.label) + [l.pick("Summa", "Sum")], rows: rows)
    return (table, hidden.rows.flatMap { $0 } + hidden.totals)
  }

  /// What the suppression hid, and why; `nil` when nothing is hidden.
  func suppressionNote(_ hidden: [GroupSuppression?]) -> String? {
    guard hidden.contains(.small) else { return nil }
    var note = l.pick(
      "Grupper med färre än \(minimum) deltagare visas som <\(minimum), så att ingen enskild deltagare kan pekas ut.",
      "Groups of fewer than \(minimum) participants are shown as <\(minimum), so that no single participant can be singled out.")
    if hidden.contains(.complementary) {
      note += l.pick(
        " Några större grupper döljs också (–), så att de små inte kan räknas fram ur radernas och kolumnernas summor.",
        " Some larger groups are hidden too (–), so that the small ones cannot be worked out from the rows' and columns' sums.")
    }
    return note
  }

  var noRecords: ReportBlock {
    .paragraph(
      l.pick(
        "Inga av årets insatser har deltagarposter i databasen (bara sammanfattningar).",
        "None of the year's interventions has participant records in the database (summaries only)."))
  }

  // MARK: - Participants by sex

  /// The sex values: named ones in byte order, "not given" last, as the report's breakdowns order them.
  var sexValues: [String] {
    p.total.bySex.keys.sorted { a, b in a.isEmpty != b.isEmpty ? !a.isEmpty : a.utf8.lexicographicallyPrecedes(b.utf8) }
  }
  var sexHidden: (rows: [[GroupSuppression?]], totals: [GroupSuppression?]) {
    GroupSuppression.hidden(
      rows: p.interventions.filter(\.hasRecords).map { i in sexValues.map { i.bySex[$0] ?? 0 } }, totals: sexValues.map { p.total.bySex[$0] ?? 0 },
      minimum: minimum)
  }

  func participants() -> ReportSection {
    let title = l.pick("Deltagare per kön", "Participants by sex")
    guard p.total.hasRecords else { return ReportSection(id: "participants", title: title, blocks: [noRecords]) }
    let values = sexValues
    let (table, hidden) = countTable(
      caption: l.pick("Deltagare per insats och kön", "Participants per intervention and sex"), first: l.pick("Insats", "Intervention"),
      columns: values.map { v in (v.isEmpty ? l.pick("(uppgift saknas)", "(not given)") : v, { $0.bySex[v] ?? 0 }) })
    var blocks: [ReportBlock] = [
      .paragraph(
        l.pick(
          "Antal deltagare (typfall räknade med sitt antal) per kön, som underlaget anger det. Sammanfattningar har inga deltagarposter och ingår inte.",
          "Participants (typfall counted with their count) by sex, as the input gives it. Summaries have no participant records and are not included."
        )),
      .table(table),
    ]
    if let note = suppressionNote(hidden) { blocks.append(.paragraph(note)) }
    return ReportSection(id: "participants", title: title, blocks: blocks)
  }

  // MARK: - Support before and after

  func states() -> ReportSection {
    let title = l.pick("Försörjning före och efter", "Support before and after")
    guard p.total.hasRecords else { return ReportSection(id: "support", title: title, blocks: [noRecords]) }
    let codes = p.total.states.keys.sorted { a, b in
      let x = p.total.states[a]!
      let y = p.total.states[b]!
      return x.participantsBefore != y.participantsBefore ? x.participantsBefore > y.participantsBefore : a.utf8.lexicographicallyPrecedes(b.utf8)
    }
    var anyHidden = false
    func count(_ n: Int) -> String {
      guard n > 0, n < minimum else { return "\(n)" }
      anyHidden = true
      return "<\(minimum)"
    }
    func months(_ n: Int, _ m: Double) -> String { n > 0 && n < minimum ? "–" : NumberFormatting.groupedDecimal(m, decimals: 1, language: l) }
    let rows = codes.map { code -> ReportTable.Row in
      let u = p.total.states[code]!
      let name = p.stateNames[code].map { l == .sv ? $0.sv : $0.en } ?? code
      return .init(
        cells: [
          name, count(u.participantsBefore), months(u.participantsBefore, u.monthsBefore), count(u.participantsAfter),
          months(u.participantsAfter, u.monthsAfter),
        ])
    }
    let table = ReportTable(
      caption: l.pick("Deltagare och månader per försörjning, alla insatser", "Participants and months per support state, all interventions"),
      header: [
        l.pick("Försörjning", "Support state"), l.pick("Deltagare före", "Participants before"), l.pick("Månader före", "Months before"),
        l.pick("Deltagare efter", "Participants after"), l.pick("Månader efter", "Months after"),
      ], rows: rows)
    var blocks: [ReportBlock] = [
      .paragraph(
        l.pick(
          "Under de tolv månaderna före insatsen och de tolv efter: hur många deltagare som hade varje försörjning, och hur många månader de hade den sammanlagt (kalendermånader, oavsett omfattning). En deltagare kan ha flera försörjningar under samma period, så kolumnerna summerar inte till antalet deltagare.",
          "In the twelve months before the intervention and the twelve after: how many participants had each support state, and for how many months in all (calendar months, whatever the extent). A participant can have several states in one period, so the columns do not sum to the number of participants."
        )),
      .table(table),
    ]
    if anyHidden {
      blocks.append(
        .paragraph(
          l.pick(
            "Försörjningar med färre än \(minimum) deltagare visas som <\(minimum) utan månader (–).",
            "Support states of fewer than \(minimum) participants are shown as <\(minimum) without months (–).")))
    }
    return ReportSection(id: "support", title: title, blocks: blocks)
  }

  // MARK: - Exit reasons

  /// SUS's reasons 1–3, and 0 (not given) when some participants have none.
  var exitCodes: [Int] { ExitReason.codes + (p.total.exitReasons[0] ?? 0 > 0 ? [0] : []) }

  func exits() -> ReportSection {
    let title = l.pick("Avslutsorsaker", "Exit reasons")
    guard p.total.hasRecords else { return ReportSection(id: "exits", title: title, blocks: [noRecords]) }
    let given = p.total.exitReasons.filter { $0.key != 0 }.values.reduce(0, +)
    guard given > 0 else {
      return ReportSection(
        id: "exits", title: title,
        blocks: [
          .paragraph(
            l.pick(
              "Underlaget anger ingen avslutsorsak (exitReason, i importen kolumnen avslutsorsak) för årets deltagare.",
              "The input gives no exit reason (exitReason; in the import, the column avslutsorsak) for the year's participants."))
        ])
    }
    let codes = exitCodes
    let (table, hidden) = countTable(
      caption: l.pick("Deltagare per insats och avslutsorsak", "Participants per intervention and exit reason"),
      first: l.pick("Insats", "Intervention"),
      columns: codes.map { c in (c == 0 ? l.pick("Saknas", "Not given") : "\(c)", { $0.exitReasons[c] ?? 0 }) })
    let legend = ReportTable(
      caption: l.pick("Avslutsorsakerna", "The exit reasons"), header: [l.pick("Orsak", "Reason"), l.pick("Betydelse", "Meaning")],
      rows: codes.map { .init(cells: [$0 == 0 ? l.pick("Saknas", "Not given") : "\($0)", ExitReason.label($0, l)]) }, textColumns: [1])
    var blocks: [ReportBlock] = [
      .paragraph(
        l.pick(
          "Avslutsorsak enligt SUS för de deltagare som underlaget anger en för. Etiketterna är SUS:s (\(ExitReason.source)), så som förbundens uppföljningar citerar dem.",
          "Exit reason as SUS records it, for the participants the input gives one for. The labels are SUS's (\(ExitReason.source)), as the associations' follow-ups quote them."
        )),
      .table(legend), .table(table),
    ]
    if let note = suppressionNote(hidden) { blocks.append(.paragraph(note)) }
    return ReportSection(id: "exits", title: title, blocks: blocks)
  }

  // MARK: - What was included

  func appendix() -> ReportSection {
    let rows = p.interventions.map { i in
      ReportTable.Row(cells: [
        "\(i.id ?? 0)", i.name, "\(i.version)", i.kind == .summary ? l.pick("sammanfattning", "summary") : l.pick("utvärdering", "evaluation"),
        i.inTotals ? l.pick("ja", "yes") : l.pick("nej (*)", "no (*)"),
      ])
    }
    let table = ReportTable(
      caption: l.pick("Utvärderingarna i portföljen", "The evaluations in the portfolio"),
      header: ["ID", l.pick("Namn", "Name"), "Version", l.pick("Slag", "Kind"), l.pick("I totalens belopp", "In the total's amounts")], rows: rows,
      textColumns: [1, 3, 4])
    return ReportSection(
      id: "appendix", title: l.pick("Bilaga: underlaget", "Appendix: what was included"),
      blocks: [
        .paragraph(
          l.pick(
            "Senaste versionen av varje lagrad utvärdering av förbundet med året \(p.year) (kommandot samnytta db history ID visar versionerna).",
            "The latest version of every stored evaluation of the association with the year \(p.year) (the command samnytta db history ID shows the versions)."
          )),
        .table(table),
      ])
  }
}
