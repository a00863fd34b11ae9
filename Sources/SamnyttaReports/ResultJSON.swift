import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// The stable JSON form of results (Docs/output-format.md): sorted keys, a format version, the
/// model and convention used, and `null` with a reason for every undefined figure.
public enum ResultJSON {
  public static let formatVersion = 1
  /// Decimals kept for ratios (payback months, verkningsgrad, kr per point, return per krona).
  public static let ratioDecimals = 4

  /// - Parameter uncertainty: the analysis of `--uncertainty`, written as the top-level `uncertainty` object when given.
  public static func evaluation(
    _ result: EvaluationResult, toolVersion: String, includeParticipants: Bool = true, uncertainty: UncertaintyResult? = nil
  ) -> JSONOutput {
    var perspectives: [String: JSONOutput] = [:]
    for figures in result.perspectives {
      perspectives[figures.perspective.rawValue] = .object([
        "total": keyFigures(figures.total), "perParticipant": keyFigures(figures.perParticipant),
      ])
    }
    var root: [String: JSONOutput] = [
      "formatVersion": .integer(formatVersion),
      "kind": .string("evaluation"),
      "engineVersion": .string(toolVersion),
      "model": .object([
        "id": .string(result.modelID), "priceYear": .integer(result.priceYear), "convention": .string(result.convention.rawValue),
      ]),
      "options": options(result.options),
      "intervention": .object([
        "name": .string(result.name), "association": .string(result.association), "period": result.period.map(JSONOutput.string) ?? .null,
        "classification": classification(result.classification),
      ]),
      "participants": .integer(result.participantCount),
      "records": .integer(result.recordCount),
      "cost": .object([
        "total": .money(result.cost.total),
        "byType": .object(result.cost.byType.mapValues(JSONOutput.money)),
        "financing": .object(Dictionary(uniqueKeysWithValues: result.financing.map { ($0.key.rawValue, JSONOutput.ratio($0.value, decimals: 6)) })),
      ]),
      "keyFigures": .object(perspectives),
      "accounts": .object(accounts(result)),
      "baseline": .string(result.baseline.kind.rawValue),
    ]
    root["switchingValues"] = switchingValues(SwitchingValues(result.figures(.society), options: result.options))
    if let uncertainty { root["uncertainty"] = Self.uncertainty(uncertainty) }
    if includeParticipants {
      root["participantResults"] = .array(
        result.participantsByID.map { p in
          let reference = result.reference
          return .object([
            "id": .string(p.id), "count": .integer(p.count), "attributes": .object(p.attributes.mapValues(JSONOutput.string)),
            "potentialBefore": perspectiveValues(reference - p.before, result.convention),
            "potentialAfter": perspectiveValues(reference - p.after, result.convention),
            "revenue": perspectiveValues(p.revenue, result.convention),
          ])
        })
    }
    return .object(root)
  }

  public static func summary(_ summary: SummaryInput, figures: KeyFigures, options: ForecastOptions, metadata: DocumentMetadata, toolVersion: String)
    -> JSONOutput
  {
    .object([
      "formatVersion": .integer(formatVersion),
      "kind": .string("summary"),
      "engineVersion": .string(toolVersion),
      "options": Self.options(options),
      "intervention": .object([
        "name": .string(summary.name), "association": .string(summary.association), "period": metadata.period.map(JSONOutput.string) ?? .null,
        "source": metadata.source.map(JSONOutput.string) ?? .null,
      ]),
      "participants": summary.participantsKnown ? .integer(summary.participants) : .null,
      "amountsDerivedFromPublished": .bool(summary.derivedFromPublished),
      "published": summary.published.map(published) ?? .null,
      "keyFigures": .object([
        "society": .object(["total": keyFigures(figures), "perParticipant": keyFigures(figures.perParticipant(summary.participants))])
      ]),
      "revenueByPerspective": .object(
        Dictionary(uniqueKeysWithValues: summary.revenueByPerspective.map { ($0.key.rawValue, JSONOutput.money($0.value)) })),
      "switchingValues": switchingValues(SwitchingValues(figures, options: options)),
    ])
  }

  /// The figures a source published; one it does not give is null, and `undefined` says so.
  static func published(_ p: PublishedKeyFigures) -> JSONOutput {
    let values: [String: Double?] = [
      "verkningsgrad": p.verkningsgrad, "paybackMonths": p.paybackMonths, "costPerVerkningsgrad": p.costPerVerkningsgrad,
      "returnPerKrona": p.returnPerKrona,
    ]
    var members: [String: JSONOutput] = values.mapValues { value in value.map { JSONOutput.ratio($0, decimals: ratioDecimals) } ?? .null }
    let notPublished = values.filter { $0.value == nil }.mapValues { _ in JSONOutput.string(MissingValue.notPublished.rawValue) }
    members["undefined"] = .object(notPublished)
    return .object(members)
  }

  static func options(_ options: ForecastOptions) -> JSONOutput {
    .object([
      "dropOff": .ratio(options.dropOff, decimals: 6), "discountRate": .ratio(options.discountRate, decimals: 6),
      "externalFactorsShare": .ratio(options.externalFactorsShare, decimals: 6),
      "forecastYears": .integer(KeyFigures.forecastYears), "writeOffYears": .integer(KeyFigures.writeOffYears),
    ])
  }

  static func classification(_ c: Classification) -> JSONOutput {
    .object([
      "aim": .string(c.aim.rawValue), "method": .string(c.method.rawValue), "exclusion": c.exclusion.map { .string($0.rawValue) } ?? .null,
      "resources": .string(c.resources.rawValue), "group": .string(c.group),
    ])
  }

  /// Every ``KeyFigure`` by its key, and why each undefined one is undefined.
  public static func keyFigures(_ k: KeyFigures) -> JSONOutput {
    var members = figures(k)
    members["undefined"] = .object(Dictionary(uniqueKeysWithValues: k.undefined.map { ($0.key.key, JSONOutput.string($0.value.rawValue)) }))
    return .object(members)
  }

  /// Every ``KeyFigure`` by its key.
  static func figures(_ k: KeyFigures) -> [String: JSONOutput] {
    Dictionary(uniqueKeysWithValues: KeyFigure.perspectiveFigures.map { ($0.rawValue, $0.json(k)) })
  }

  /// The totals; with an alternative baseline also the account revenue was measured against, and a
  /// comparison group's own totals and its change scaled to the participants.
  static func accounts(_ result: EvaluationResult) -> [String: JSONOutput] {
    var members = ["before": account(result.totalBefore), "after": account(result.totalAfter), "referencePerPerson": account(result.reference)]
    guard result.baseline.kind != .beforeAfter else { return members }
    members["baseline"] = account(result.baseline.total)
    if let group = result.baseline.comparison {
      members["comparison"] = .object([
        "participants": .integer(group.participantCount), "records": .integer(group.recordCount), "before": account(group.before),
        "after": account(group.after), "scaledChange": account(group.scaledChange),
      ])
    }
    return members
  }

  static func account(_ a: PeriodAccount) -> JSONOutput {
    .object([
      "production": .money(a.production), "resourceUse": .money(a.resourceUse), "publicPayments": .money(a.publicPayments),
      "actors": .object(Dictionary(uniqueKeysWithValues: Actor.allCases.map { ($0.rawValue, JSONOutput.money(a.actors[$0])) })),
    ])
  }

  static func perspectiveValues(_ a: PeriodAccount, _ convention: SocietyConvention) -> JSONOutput {
    .object(Dictionary(uniqueKeysWithValues: Perspective.allCases.map { ($0.rawValue, JSONOutput.money(a.value($0, convention))) }))
  }
}
