import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// The report's sections in the evaluator's words, the support states before and after, and the
/// glossary: what a board reads besides the figures.
extension EvaluationReportBuilder {
  /// "Om insatsen": the description and the target group, when the input gives them.
  func about(_ narrative: ReportNarrative) -> ReportSection? {
    let description = ReportNarrative.paragraphs(narrative.description)
    let target = ReportNarrative.paragraphs(narrative.targetGroup)
    guard !description.isEmpty || !target.isEmpty else { return nil }
    var blocks = description.map(ReportBlock.paragraph)
    if !target.isEmpty { blocks += [.subheading(l.pick("Målgrupp", "Target group"))] + target.map(ReportBlock.paragraph) }
    return ReportSection(id: "about", title: l.pick("Om insatsen", "About the intervention"), blocks: blocks)
  }

  /// "Slutsatser": the evaluator's conclusions, when the input gives them.
  func conclusions(_ narrative: ReportNarrative) -> ReportSection? {
    let paragraphs = ReportNarrative.paragraphs(narrative.conclusions)
    guard !paragraphs.isEmpty else { return nil }
    return ReportSection(id: "conclusions", title: l.pick("Slutsatser", "Conclusions"), blocks: paragraphs.map(ReportBlock.paragraph))
  }

  /// Participants and months per support state in the year before and the year after: a
  /// participant counts once per state they spent any time in; months are summed over everyone
  /// (a record's months times its count). States in the model's order, then any other.
  func supportStates(_ input: EvaluationInput) -> ReportSection {
    struct Tally { var people = 0, months = 0.0 }
    func tally(_ period: (Participant) -> Period) -> [String: Tally] {
      var out: [String: Tally] = [:]
      for p in input.participants {
        var seen: Set<String> = []
        for spell in period(p).spells {
          out[spell.state, default: Tally()].months += spell.months * Double(p.count)
          if seen.insert(spell.state).inserted { out[spell.state, default: Tally()].people += p.count }
        }
      }
      return out
    }
    let before = tally(\.before)
    let after = tally(\.after)
    let known = model.parameters.states.map(\.code)
    let codes =
      known.filter { before[$0] != nil || after[$0] != nil }
      + Set(before.keys).union(after.keys).subtracting(known).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    func months(_ m: Double) -> String { NumberFormatting.decimal(m, decimals: m == m.rounded() ? 0 : 1, language: l) }
    let total = { (t: [String: Tally]) in months(t.values.reduce(0) { $0 + $1.months }) }
    let rows =
      codes.map { code in
        ReportTable.Row(cells: [
          model.name(of: code, l), String(before[code]?.people ?? 0), months(before[code]?.months ?? 0), String(after[code]?.people ?? 0),
          months(after[code]?.months ?? 0),
        ])
      } + [
        ReportTable.Row(
          cells: [
            l.pick("Alla deltagare", "All participants"), String(input.participantCount), total(before), String(input.participantCount), total(after),
          ],
          emphasis: true)
      ]
    let table = ReportTable(
      caption: l.pick(
        "Deltagare och månader per stödform, året före och året efter",
        "Participants and months per support state, the year before and the year after"),
      header: [
        l.pick("Stödform", "Support state"), l.pick("Deltagare före", "Participants before"), l.pick("Månader före", "Months before"),
        l.pick("Deltagare efter", "Participants after"), l.pick("Månader efter", "Months after"),
      ], rows: rows)
    let text = l.pick(
      "Vad de \(input.participantCount) deltagarna levde av under tolv månader före insatsen och tolv månader efter den. En deltagare räknas en gång per stödform hen hade någon gång under året; månaderna är summerade över alla deltagare, och den som har två stödformer samma månad (till exempel sjukpenning och försörjningsstöd) räknas i båda.",
      "What the \(input.participantCount) participants lived on in the twelve months before the intervention and the twelve months after it. A participant counts once per support state they had at any time in the year; the months are summed over all participants, and someone with two support states in the same month (sickness benefit and social assistance, say) counts in both."
    )
    return ReportSection(
      id: "support-states", title: l.pick("Stödformer före och efter", "Support states before and after"), blocks: [.paragraph(text), .table(table)])
  }

  /// "Begreppsförklaring": the report's terms in plain words.
  func glossary() -> ReportSection {
    let terms: [(String, String, String, String)] = [
      (
        "Potential",
        "Årskostnaden för deltagarnas utanförskap före insatsen: det samhället skulle vinna om alla arbetade heltid till genomsnittslön.",
        "Potential",
        "The annual cost of the participants' exclusion before the intervention: what society would gain if all worked full time at the average salary."
      ),
      (
        "Intäkt", "Skillnaden mellan året efter och året före: lägre offentliga utbetalningar och resurser, högre produktion och skatter.",
        "Revenue", "The difference between the year after and the year before: lower public payments and resources, higher production and taxes."
      ),
      ("Lönsamhet", "Intäkten minus insatsens kostnad.", "Profitability", "The revenue minus the intervention's cost."),
      (
        "Verkningsgrad", "Den andel av potentialen före som insatsen frigjort under första året.", "Efficiency ratio (verkningsgrad)",
        "The share of the potential before that the intervention freed in its first year."
      ),
      (
        "Kostnad per verkningsgrad", "Kostnaden per deltagare för varje procentenhet verkningsgrad.", "Cost per efficiency point",
        "The cost per participant of each percentage point of efficiency."
      ),
      (
        "Återbetalningstid", "Antal månader tills samhällets intäkter har täckt insatsens kostnad.", "Payback time",
        "The number of months until society's revenue has covered the intervention's cost."
      ),
      ("Avkastning per krona", "Intäkt år 1 för varje satsad krona.", "Return per krona", "Year-1 revenue for every krona spent."),
      (
        "Stödform", "Det en deltagare lever av en viss månad: arbete, studier, försörjningsstöd, sjukpenning med mera.", "Support state",
        "What a participant lives on in a month: work, studies, social assistance, sickness benefit and so on."
      ),
      (
        "Aktör", "Den som bär en kostnad eller får en intäkt: kommunen, regionen, Arbetsförmedlingen, Försäkringskassan, övrig stat och individen.",
        "Actor",
        "Who bears a cost or gains a revenue: the municipality, the region, the Employment Service, the Social Insurance Agency, other state and the individual."
      ),
      (
        "Prognos 5 år", "Intäkten år 1 förlängd över fem år med antagen avtagande effekt och diskontering.", "5-year forecast",
        "The year-1 revenue extended over five years under the assumed drop-off and discounting."
      ),
      (
        "Jämförelsegrupp", "Andra utvärderingar i databasen med samma syfte, metod, utanförskap och resurser.", "Peer group",
        "Other evaluations in the database with the same aim, method, exclusion and resources."
      ),
    ]
    let rows = terms.map { ReportTable.Row(cells: [l.pick($0.0, $0.2), l.pick($0.1, $0.3)]) }
    return ReportSection(
      id: "glossary", title: l.pick("Begreppsförklaring", "Glossary"),
      blocks: [
        .table(ReportTable(caption: nil, header: [l.pick("Begrepp", "Term"), l.pick("Förklaring", "Explanation")], rows: rows, textColumns: [1]))
      ])
  }
}
