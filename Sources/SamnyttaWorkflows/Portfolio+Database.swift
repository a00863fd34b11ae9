import Foundation
import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaReports
import SamnyttaStore

extension Portfolio {
  /// `portfolio`: the stored evaluations of one association and year, each in its latest version, at
  /// the price year of `model` (``PriceLevel``), with the year in total and the national reference.
  ///
  /// - `association` matches as `db list --association` does (contained, ignoring case); when that
  ///   matches several associations, the one spelled exactly so (ignoring case) is taken, otherwise
  ///   the names are listed and nothing is reported.
  /// - Participants by sex, exit reasons and support states come from the participant records of
  ///   full evaluations; a summary has none.
  /// - Totals: counts over every intervention; amounts over those at the price year with a known
  ///   participant count; verkningsgrad = 100 × ΣR / ΣP and payback = 12 × ΣC / ΣR from the sums
  ///   (the engine's rule without drop-off), never a mean of the interventions' ratios.
  public static func load(association: String, year: Int, from database: EvaluationDatabase, model: ModelDocument) throws -> Portfolio {
    let level = try PriceLevel.load(database, filter: DocumentFilter(association: association, year: year), model: model)
    var entries = level.entries
    let names = Set(entries.map(\.document.association))
    if names.count > 1 {
      let exact = entries.filter { $0.document.association.compare(association, options: .caseInsensitive) == .orderedSame }
      guard !exact.isEmpty else {
        throw DatabaseError(path: database.path, .ambiguousAssociation(association, matches: names.sorted()))
      }
      entries = exact
    }
    guard let first = entries.first else {
      throw DatabaseError(path: database.path, .noAssociationResults(association, year: year))
    }
    var interventions: [Intervention] = []
    for (document, run) in entries {
      var intervention = Intervention(
        id: document.id, name: document.name, kind: document.kind, version: document.version,
        participants: document.kind == .summary && document.participants == 0 ? nil : run.figures.participants, figures: run.figures,
        amountsAtPriceYear: level.notes[document.id]?.isAtPriceYear ?? false, hasRecords: document.kind == .full)
      if document.kind == .full {
        let bytes = try database.call { try database.document(id: document.id).bytes }
        if case .evaluation(let input, _) = try InputDocument.decode([UInt8](bytes), file: "\(database.path)#\(document.id)").document {
          intervention.count(input.participants)
        }
      }
      interventions.append(intervention)
    }
    let summaries = try PriceLevel.load(database, filter: DocumentFilter(kind: .summary), model: model)
    let reference = summaries.reference.map { entry in
      Reference(
        id: entry.document.id, name: entry.document.name, source: referenceSource(entry.document.id, in: database),
        figures: entry.run.figures.perParticipant, amountsAtPriceYear: summaries.notes[entry.document.id]?.isAtPriceYear ?? false)
    }
    return Portfolio(
      association: first.document.association, year: year, modelID: level.modelID, priceYear: level.priceYear, interventions: interventions,
      total: total(of: interventions, options: ForecastOptions(externalFactorsShare: model.parameters.externalFactorsShare)),
      reference: reference, stateNames: model.names)
  }

  /// The year in total (see ``load(association:year:from:model:)``).
  static func total(of interventions: [Intervention], options: ForecastOptions) -> Intervention {
    let counted = interventions.filter(\.inTotals)
    let potential = counted.reduce(0) { $0 + $1.figures.potentialBefore }
    let revenue = counted.reduce(0) { $0 + $1.figures.revenue }
    let cost = counted.reduce(0) { $0 + $1.figures.cost }
    let figures = RunFigures(
      potentialBefore: potential, revenue: revenue, cost: cost,
      paybackMonths: KeyFigures.paybackMonths(revenue: revenue, cost: cost, options: options),
      verkningsgrad: potential > 0 ? 100 * revenue / potential : nil, costPerVerkningsgrad: nil, returnPerKrona: cost > 0 ? revenue / cost : nil,
      participants: counted.reduce(0) { $0 + ($1.participants ?? 0) })
    var total = Intervention(
      id: nil, name: "", kind: .full, version: 1, participants: interventions.reduce(0) { $0 + ($1.participants ?? 0) }, figures: figures,
      amountsAtPriceYear: true, hasRecords: interventions.contains(where: \.hasRecords))
    for i in interventions {
      total.bySex.merge(i.bySex, uniquingKeysWith: +)
      total.exitReasons.merge(i.exitReasons, uniquingKeysWith: +)
      total.states.merge(i.states) { a, b in
        var sum = a
        sum.participantsBefore += b.participantsBefore
        sum.monthsBefore += b.monthsBefore
        sum.participantsAfter += b.participantsAfter
        sum.monthsAfter += b.monthsAfter
        return sum
      }
    }
    return total
  }

  /// The reference's `source` text, read from its stored bytes (`nil` when it has none).
  static func referenceSource(_ id: Int64, in database: EvaluationDatabase) -> String? {
    guard let bytes = try? database.call({ try database.document(id: id).bytes }),
      let decoded = try? InputDocument.decode([UInt8](bytes), file: "\(database.path)#\(id)")
    else { return nil }
    return decoded.document.metadata.source
  }
}

extension Portfolio.Intervention {
  /// Counts the participant records: sex, exit reason, and each support state's participants and months.
  mutating func count(_ participants: [Participant]) {
    for p in participants {
      bySex[p.attributes["sex"] ?? "", default: 0] += p.count
      exitReasons[p.attributes[InputDocument.exitReasonKey].flatMap { Int($0) } ?? 0, default: 0] += p.count
      for (period, isBefore) in [(p.before, true), (p.after, false)] {
        var months: [String: Double] = [:]
        for spell in period.spells { months[spell.state, default: 0] += spell.months }
        for (state, m) in months {
          var use = states[state] ?? Portfolio.StateUse()
          if isBefore {
            use.participantsBefore += p.count
            use.monthsBefore += m * Double(p.count)
          } else {
            use.participantsAfter += p.count
            use.monthsAfter += m * Double(p.count)
          }
          states[state] = use
        }
      }
    }
  }
}

extension RunFigures {
  /// The figures per participant: amounts divided by the participant count, ratios unchanged.
  var perParticipant: RunFigures {
    let n = Double(max(participants, 1))
    return RunFigures(
      potentialBefore: potentialBefore / n, revenue: revenue / n, cost: cost / n, paybackMonths: paybackMonths, verkningsgrad: verkningsgrad,
      costPerVerkningsgrad: costPerVerkningsgrad, returnPerKrona: returnPerKrona, participants: 1)
  }
}
