import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// Every human-readable label, in Swedish and English. Swedish is the default.
public enum Labels {
  static func perspective(_ p: Perspective, _ l: Language) -> String {
    switch (p, l) {
    case (.society, .sv): "Samhället"
    case (.society, .en): "Society"
    case (.publicSector, .sv): "Offentlig sektor"
    case (.publicSector, .en): "Public sector"
    case (.municipality, .sv): "Kommunen"
    case (.municipality, .en): "Municipality"
    case (.region, .sv): "Regionen"
    case (.region, .en): "Region"
    case (.state, .sv): "Staten"
    case (.state, .en): "State"
    case (.employmentService, .sv): "Arbetsförmedlingen"
    case (.employmentService, .en): "Employment Service"
    case (.socialInsuranceAgency, .sv): "Försäkringskassan"
    case (.socialInsuranceAgency, .en): "Social Insurance Agency"
    case (.otherState, .sv): "Övrig stat"
    case (.otherState, .en): "Other state"
    case (.individual, .sv): "Individen"
    case (.individual, .en): "Individual"
    }
  }

  static func actor(_ a: Actor, _ l: Language) -> String {
    perspective(Perspective(rawValue: a.rawValue)!, l)
  }

  static func undefined(_ reason: UndefinedReason, _ l: Language) -> String {
    switch (reason, l) {
    case (.revenueNotPositive, .sv): "ingen återbetalning"
    case (.revenueNotPositive, .en): "no payback"
    case (.notPaidBackWithinHorizon, .sv): "ingen återbetalning inom 5 år"
    case (.notPaidBackWithinHorizon, .en): "not paid back within 5 years"
    case (.costIsZero, .sv): "ingen kostnad"
    case (.costIsZero, .en): "no cost"
    case (.potentialNotPositive, .sv): "ingen potential"
    case (.potentialNotPositive, .en): "no potential"
    case (.verkningsgradNotPositive, .sv): "ingen verkningsgrad"
    case (.verkningsgradNotPositive, .en): "no efficiency"
    case (.participantsUnknown, .sv): "antal deltagare okänt"
    case (.participantsUnknown, .en): "participants unknown"
    }
  }

  static func convention(_ c: SocietyConvention, _ l: Language) -> String {
    switch (c, l) {
    case (.payoff, .sv): "Payoff-kompatibel (produktion, resurser och offentliga utbetalningar)"
    case (.payoff, .en): "Payoff-compatible (production, resources and public payments)"
    case (.welfare, .sv): "välfärdsekonomisk (produktion och resurser; transfereringar tar ut varandra)"
    case (.welfare, .en): "welfare (production and resources; transfers net out)"
    }
  }

  /// A convention's short name, for a column header.
  static func conventionName(_ c: SocietyConvention, _ l: Language) -> String {
    switch (c, l) {
    case (.payoff, .sv): "Payoff-kompatibel"
    case (.payoff, .en): "Payoff-compatible"
    case (.welfare, .sv): "Strikt välfärdsekonomisk"
    case (.welfare, .en): "Strict welfare"
    }
  }

  /// A classification group (`primary/traditional/extensive/medium`) in words.
  static func classification(_ c: Classification, _ l: Language) -> String { classGroup(c.group, l) }

  /// A class-group key in words. In English the key itself follows in brackets (for `--class`
  /// and scripts); in Swedish only the words, so no English key reaches a Swedish reader. Unknown
  /// parts are kept as they are (through ``TerminalText/escaped(_:)``: a stored class label is text
  /// anyone could have written).
  public static func classGroup(_ group: String, _ l: Language) -> String {
    let words = classGroupWords(group, l)
    return l == .sv ? words : words + " (\(TerminalText.escaped(group)))"
  }

  /// A class-group key's parts in words, joined by commas, without the key.
  public static func classGroupWords(_ group: String, _ l: Language) -> String {
    let words: [String: (String, String)] = [
      "primary": ("primärt arbetsmarknad", "labour market primary"), "secondary": ("sekundärt arbetsmarknad", "labour market secondary"),
      "traditional": ("traditionell metod", "traditional method"), "alternative": ("alternativ metod", "alternative method"),
      "limited": ("begränsat utanförskap", "limited exclusion"), "extensive": ("omfattande utanförskap", "extensive exclusion"),
      "unknown": ("okänt utanförskap", "exclusion unknown"),
      "small": ("små resurser", "small resources"), "medium": ("medelstora resurser", "medium resources"),
      "large": ("stora resurser", "large resources"),
      "-": ("okänd", "unknown"),
    ]
    // "*" is a peer group's open criterion: it names nothing, so it is left out.
    let parts = group.split(separator: "/").filter { $0 != "*" }
    if parts.isEmpty { return l == .sv ? "alla" : "all" }
    return parts.map { words[String($0)].map { l == .sv ? $0.0 : $0.1 } ?? TerminalText.escaped(String($0)) }.joined(separator: ", ")
  }

  /// The tag a summary entry carries in a list (`[sammanfattning]`).
  public static func summaryTag(_ l: Language) -> String { l == .sv ? " [sammanfattning]" : " [summary]" }

  /// A resource kind from the model (`handling`, `programme`, `service`, `care`) in words.
  static func resourceKind(_ kind: String, _ l: Language) -> String {
    switch (kind, l) {
    case ("handling", .sv): "handläggning"
    case ("programme", .sv): "programkostnad"
    case ("programme", .en): "programme cost"
    case ("service", .sv): "insatskostnad"
    case ("service", .en): "service cost"
    case ("care", .sv): "vård"
    default: kind
    }
  }

  static func records(_ n: Int, _ l: Language) -> String {
    switch l {
    case .sv: n == 1 ? "1 post" : "\(n) poster"
    case .en: n == 1 ? "1 record" : "\(n) records"
    }
  }

  static func text(_ key: Key, _ l: Language) -> String {
    let pair = key.pair
    return l == .sv ? pair.0 : pair.1
  }

  enum Key {
    case title, model, priceLevel, convention, participants, cost, classification
    case keyFiguresSociety, potentialBefore, potentialAfter, revenue, profitability1, forecast5, profitability5
    case writeOff3, external, payback, verkningsgrad, costPerPoint, returnPerKrona, perActor
    case revenueYear1, months, method, noControlGroup, forecastAssumption, kr, perParticipant
    case revenuePerParticipant, costPerParticipant, percentagePoints

    var pair: (String, String) {
      switch self {
      case .title: ("Samhällsekonomisk utvärdering", "Socio-economic evaluation")
      case .model: ("Modell", "Model")
      case .priceLevel: ("prisnivå", "price level")
      case .convention: ("Samhällsperspektiv", "Society convention")
      case .participants: ("Deltagare", "Participants")
      case .cost: ("Kostnad", "Cost")
      case .classification: ("Klassificering", "Classification")
      case .keyFiguresSociety: ("Nyckeltal för samhället", "Key figures for society")
      case .potentialBefore: ("Potential före", "Potential before")
      case .potentialAfter: ("Potential efter", "Potential after")
      case .revenue: ("Intäkter år 1", "Revenue year 1")
      case .profitability1: ("Lönsamhet år 1", "Profitability year 1")
      case .forecast5: ("Intäkter 5 år (prognos)", "Revenue 5 years (forecast)")
      case .profitability5: ("Lönsamhet 5 år", "Profitability 5 years")
      case .writeOff3: ("Lönsamhet år 1, kostnad avskriven på 3 år", "Profitability year 1, cost written off over 3 years")
      case .external: ("Lönsamhet år 1, yttre faktorer", "Profitability year 1, external factors")
      case .payback: ("Återbetalningstid", "Payback time")
      case .verkningsgrad: ("Verkningsgrad", "Efficiency ratio (verkningsgrad)")
      case .costPerPoint: ("Kostnad per verkningsgrad", "Cost per efficiency point")
      case .returnPerKrona: ("Avkastning per krona", "Return per krona")
      case .perActor: ("Per aktör", "Per actor")
      case .revenueYear1: ("Intäkt år 1", "Revenue year 1")
      case .months: ("mån", "months")
      case .method: ("Metod", "Method")
      case .noControlGroup:
        (
          "Före/efter-jämförelse utan kontrollgrupp: intäkterna visar förändringen, inte enbart insatsens effekt.",
          "Before/after comparison without a control group: revenue shows the change, not the intervention's effect alone."
        )
      case .forecastAssumption: ("5-årsprognos", "5-year forecast")
      case .kr: ("kr", "SEK")
      case .perParticipant: ("per deltagare", "per participant")
      case .revenuePerParticipant: ("Intäkt år 1 per deltagare", "Revenue year 1 per participant")
      case .costPerParticipant: ("Kostnad per deltagare", "Cost per participant")
      case .percentagePoints: ("procentenheter", "points")
      }
    }
  }
}
