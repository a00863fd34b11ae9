import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats
import SamnyttaStore

/// An association's year, as a board and its owners read it (seed 001): the interventions it
/// financed, each in its latest version, and the year in total, all at one price year. Built by the
/// workflow (`Portfolio.load`), written by ``PortfolioReport`` (HTML, Markdown) and ``PortfolioTable`` (CSV).
public struct Portfolio: Sendable {
  public var association: String
  public var year: Int
  public var modelID: String
  public var priceYear: Int
  public var interventions: [Intervention]
  /// The year in total: counts summed over every intervention, amounts over those at the price year
  /// with a known participant count (``Intervention/inTotals``); verkningsgrad and payback from the sums.
  public var total: Intervention
  /// The national reference (NNS 2015:1), per participant, when stored.
  public var reference: Reference?
  /// Display names of the support states (the model's).
  public var stateNames: [String: LocalizedName]
  /// Groups of fewer participants are hidden (``GroupSuppression``).
  public var minimumGroupSize: Int

  public init(
    association: String, year: Int, modelID: String, priceYear: Int, interventions: [Intervention], total: Intervention, reference: Reference?,
    stateNames: [String: LocalizedName], minimumGroupSize: Int = GroupSuppression.defaultMinimum
  ) {
    self.association = association
    self.year = year
    self.modelID = modelID
    self.priceYear = priceYear
    self.interventions = interventions
    self.total = total
    self.reference = reference
    self.stateNames = stateNames
    self.minimumGroupSize = minimumGroupSize
  }

  /// One intervention of the year, or the total.
  public struct Intervention: Sendable, Hashable {
    /// The stored document; `nil` for the total.
    public var id: Int64?
    public var name: String
    public var kind: DocumentKind
    public var version: Int
    /// `nil` when a summary's source gives no count.
    public var participants: Int?
    /// Society's figures at the price year (amounts for all participants).
    public var figures: RunFigures
    /// Whether its amounts are at the price year (a summary of unknown price year is not).
    public var amountsAtPriceYear: Bool
    /// Whether it has participant records: only then are sex, exit reasons and support states known.
    public var hasRecords: Bool
    /// Participants by the `sex` attribute as written; "" for not given.
    public var bySex: [String: Int]
    /// Participants by exit reason 1–3; 0 for not given.
    public var exitReasons: [Int: Int]
    /// Per support state code, the participants in it and their months, before and after.
    public var states: [String: StateUse]

    /// Whether its amounts enter the total: at the price year and with a known participant count.
    public var inTotals: Bool { amountsAtPriceYear && participants != nil }

    public init(
      id: Int64?, name: String, kind: DocumentKind, version: Int, participants: Int?, figures: RunFigures, amountsAtPriceYear: Bool,
      hasRecords: Bool, bySex: [String: Int] = [:], exitReasons: [Int: Int] = [:], states: [String: StateUse] = [:]
    ) {
      self.id = id
      self.name = name
      self.kind = kind
      self.version = version
      self.participants = participants
      self.figures = figures
      self.amountsAtPriceYear = amountsAtPriceYear
      self.hasRecords = hasRecords
      self.bySex = bySex
      self.exitReasons = exitReasons
      self.states = states
    }
  }

  /// A support state's use in the 12 months before and the 12 months after.
  public struct StateUse: Sendable, Hashable {
    public var participantsBefore = 0
    /// Calendar months in the state (not weighted by extent), summed over participants.
    public var monthsBefore = 0.0
    public var participantsAfter = 0
    public var monthsAfter = 0.0
    public init() {}
  }

  /// The national reference's mean key figures per participant.
  public struct Reference: Sendable, Hashable {
    public var id: Int64
    public var name: String
    /// Its source, as stored (where its figures come from).
    public var source: String?
    /// Per participant: cost, revenue, profitability; and verkningsgrad, payback.
    public var figures: RunFigures
    public var amountsAtPriceYear: Bool
    public init(id: Int64, name: String, source: String?, figures: RunFigures, amountsAtPriceYear: Bool) {
      self.id = id
      self.name = name
      self.source = source
      self.figures = figures
      self.amountsAtPriceYear = amountsAtPriceYear
    }
  }
}

/// SUS's exit reasons (avslutsorsak), as the input's `exitReason` 1–3 numbers them.
///
/// The labels are SUS's (Sektorsövergripande system för uppföljning av samordningsförbund), as an
/// association's yearly follow-up quotes them (seed 001: Samordningsförbundet Stockholms stad,
/// "Uppföljning av förbundets individinriktade insatser 2021").
public enum ExitReason {
  public static let codes = [1, 2, 3]
  public static let source = "SUS (Sektorsövergripande system för uppföljning av samordningsförbund), avslutsorsak 1–3"

  public static func label(_ code: Int, _ l: Language) -> String {
    switch (code, l) {
    case (1, .sv): "Utskrivning till aktivt arbetssökande och/eller arbete och studier"
    case (1, .en): "Discharged to active job seeking and/or work and studies"
    case (2, .sv): "Utskrivning till fortsatt rehabilitering"
    case (2, .en): "Discharged to continued rehabilitation"
    case (3, .sv): "Utskrivning på grund av sjukdom"
    case (3, .en): "Discharged because of illness"
    case (_, .sv): "Avslutsorsak saknas"
    case (_, .en): "No exit reason given"
    }
  }
}
