import SamnyttaEngine
import SamnyttaFormats

/// How the outputs say which baseline revenue was measured against (Docs/method.md, "Baselines"):
/// one sentence for the text report's method line and the board report's method box, and the words
/// the summary uses for what revenue is compared with. Each alternative sentence states its caveat.
extension Baseline {
  /// The method sentence, in Swedish or English. Before/after keeps the sentence it always had.
  public func methodSentence(participants n: Int, records: Int, _ l: Language) -> String {
    switch kind {
    case .beforeAfter:
      return Labels.text(.noControlGroup, l)
    case .comparisonGroup:
      let m = comparison?.participantCount ?? 0
      return l.pick(
        "Jämförelsegrupp (skillnad i skillnader): intäkterna är deltagarnas förändring minus jämförelsegruppens förändring per person (\(m) personer), uppräknad till de \(n) deltagarna; potentialen mäts på deltagarnas år före. Resultatet håller bara om grupperna är jämförbara: en grupp som valts eller valt sig annorlunda (urvalsfel) flyttar effekten åt okänt håll.",
        "Comparison group (difference in differences): revenue is the participants' change less the comparison group's change per person (\(m) people), scaled to the \(n) participants; the potential is measured on the participants' year before. The result holds only if the groups are comparable: a group selected, or selecting itself, differently (selection bias) moves the effect in an unknown direction."
      )
    case .counterfactual:
      return l.pick(
        "Kontrafaktiskt scenario: intäkterna mäts mot det angivna läget utan insatsen, inte mot året före; potentialen mäts på året före. Scenariot är ett antagande, och resultatet är aldrig säkrare än det.",
        "Counterfactual scenario: revenue is measured against the stated situation without the intervention, not against the year before; the potential is measured on the year before. The scenario is an assumption, and the result is never surer than it."
      )
    case .mixed:
      let k = counterfactualRecords
      return l.pick(
        "Blandad jämförelse: \(k) av \(Labels.records(records, l)) mäts mot ett angivet läge utan insatsen, de övriga mot året före; potentialen mäts på året före. De angivna lägena är antaganden, och de övrigas intäkter visar förändringen, inte enbart insatsens effekt.",
        "Mixed baseline: \(k) of \(Labels.records(records, l)) are measured against a stated situation without the intervention, the others against the year before; the potential is measured on the year before. The stated situations are assumptions, and the others' revenue shows the change, not the intervention's effect alone."
      )
    }
  }

  /// The baseline as a noun phrase: "året före", "the comparison group's change".
  public func name(_ l: Language) -> String {
    switch kind {
    case .beforeAfter: l.pick("året före", "the year before")
    case .comparisonGroup: l.pick("jämförelsegruppens utveckling", "the comparison group's change")
    case .counterfactual: l.pick("det angivna läget utan insatsen", "the stated situation without the intervention")
    case .mixed: l.pick("det angivna läget utan insatsen eller året före", "the stated situation without the intervention or the year before")
    }
  }

  /// What revenue is compared with, completing "revenue was … higher than" / "intäkterna ökade … jämfört med".
  public func comparedWith(_ l: Language) -> String {
    switch kind {
    case .beforeAfter: l.pick("året före", "in the year before")
    case .comparisonGroup: l.pick("jämförelsegruppens utveckling", "the comparison group's change would give")
    case .counterfactual: l.pick("det angivna läget utan insatsen", "under the stated situation without the intervention")
    case .mixed:
      l.pick("det angivna läget utan insatsen eller året före", "under the stated situation without the intervention or in the year before")
    }
  }
}
