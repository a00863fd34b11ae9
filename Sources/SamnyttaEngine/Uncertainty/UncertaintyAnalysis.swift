/// The uncertainty analysis (Docs/method.md, "Uncertainty"): the evaluation re-run `draws` times
/// for each ``UncertaintySource``, with the participants resampled (the bootstrap), the model's
/// values drawn from their ranges (Monte Carlo), or both; then percentiles of every key figure.
///
/// Deterministic: each source draws from its own stream of the seed (``RandomGenerator``), the
/// records are put in a canonical order (by id) first, and the draws run in sequence.
public enum UncertaintyAnalysis {
  /// Runs the analysis for `input` under `model`, drawing the parameters of `space`.
  ///
  /// - Throws: ``EvaluationError`` when the input breaks a rule (nothing is drawn then).
  public static func run(
    _ input: EvaluationInput, model: ParameterSet, options: ForecastOptions, space: ParameterSpace, settings: UncertaintySettings
  ) throws(EvaluationError) -> UncertaintyResult {
    var canonical = input
    canonical.participants.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    canonical.comparison?.participants.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    let prepared = PreparedModel(model)
    let society = Perspective.allCases.firstIndex(of: .society) ?? 0

    var summaries: [UncertaintySource: UncertaintySummary] = [:]
    for source in UncertaintySource.allCases {
      var generator = RandomGenerator(seed: settings.seed, stream: source.stream)
      var collector = DrawCollector(draws: settings.draws)
      for _ in 0..<settings.draws {
        collector.add(try draw(source, canonical, prepared: prepared, space: space, options: options, generator: &generator))
      }
      summaries[source] = collector.summary(settings)
    }

    let base = try evaluateTotals(prepared, canonical, options)[society].profitability5
    var bars: [TornadoBar] = []
    for group in space.groups where group.members.contains(where: { $0.distribution.varies }) {
      func at(_ high: Bool) throws(EvaluationError) -> Money {
        try evaluateTotals(PreparedModel(space.applying(group: group, high: high, to: model)), canonical, options)[society].profitability5
      }
      bars.append(TornadoBar(name: group.name, members: group.members.map(\.path), atLow: try at(false), atHigh: try at(true)))
    }
    bars.sort { $0.spread != $1.spread ? $0.spread > $1.spread : $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    return UncertaintyResult(
      settings: settings, summaries: summaries, drawnGroups: space.groups.filter { $0.members.contains { $0.distribution.varies } }.count,
      baseProfitability5: base, tornado: Array(bars.prefix(UncertaintyResult.tornadoBars)))
  }

  /// One draw of `source`: the canonical records resampled and/or the model's groups drawn, then
  /// the totals. `input` must be in canonical order.
  public static func draw(
    _ source: UncertaintySource, _ input: EvaluationInput, prepared: PreparedModel, space: ParameterSpace, options: ForecastOptions,
    generator: inout RandomGenerator
  ) throws(EvaluationError) -> [KeyFigures] {
    var drawnInput = input
    if source.resamplesParticipants {
      // Two samples, each resampled within itself: the participants and, when there is one, the
      // comparison group (its size stays its own, as a difference in differences needs).
      drawnInput.participants = resampled(input.participants, using: &generator)
      if let group = input.comparison { drawnInput.comparison = ComparisonGroup(participants: resampled(group.participants, using: &generator)) }
    }
    var model = prepared
    if source.drawsParameters {
      let quantiles = space.groups.map { _ in generator.nextUnit() }
      model = PreparedModel(space.applying(quantiles: quantiles, to: prepared.parameters))
    }
    return try evaluateTotals(model, drawnInput, options)
  }

  /// `records` drawn with replacement, person by person (each record weighted by its count), as
  /// records with the drawn counts; records drawn no time are left out.
  static func resampled(_ records: [Participant], using generator: inout RandomGenerator) -> [Participant] {
    let drawn = Bootstrap.resample(counts: records.map(\.count), using: &generator)
    return zip(records, drawn).compactMap { record, count in
      guard count > 0 else { return nil }
      var copy = record
      copy.count = count
      return copy
    }
  }

  /// Every perspective's total key figures, in ``Perspective/allCases`` order: the analysis's one
  /// call into the engine, so a faster totals-only path can replace it here alone.
  public static func evaluateTotals(_ model: PreparedModel, _ input: EvaluationInput, _ options: ForecastOptions) throws(EvaluationError)
    -> [KeyFigures]
  {
    try model.totals(input, options: options).perspectives.map(\.total)
  }
}

extension KeyFigures {
  /// The figure's value as a number (kronor for amounts), or `nil` when undefined.
  public func number(_ figure: KeyFigure) -> Double? {
    switch figure {
    case .potentialBefore: potentialBefore.kronorValue
    case .potentialAfter: potentialAfter.kronorValue
    case .revenue: revenue.kronorValue
    case .cost: cost.kronorValue
    case .profitabilityYear1: profitabilityYear1.kronorValue
    case .forecastRevenue5: forecastRevenue5.kronorValue
    case .profitability5: profitability5.kronorValue
    case .profitabilityWriteOff3: profitabilityWriteOff3.kronorValue
    case .profitabilityExternalFactors: profitabilityExternalFactors.kronorValue
    case .paybackMonths: paybackMonths
    case .verkningsgrad: verkningsgrad
    case .costPerVerkningsgrad: costPerVerkningsgrad
    case .returnPerKrona: returnPerKrona
    case .revenuePerParticipant: participants > 0 ? revenue.kronorValue / Double(participants) : nil
    case .costPerParticipant: participants > 0 ? cost.kronorValue / Double(participants) : nil
    }
  }
}

/// The draws of one source, per perspective and figure, until they are summarised.
struct DrawCollector {
  var values: [[[Double]]]
  var undefined: [[Int]]
  var profitableYear1: [Int]
  var profitable5: [Int]
  var count = 0

  init(draws: Int) {
    let perspectives = Perspective.allCases.count
    let figures = KeyFigure.perspectiveFigures.count
    values = Array(repeating: Array(repeating: [], count: figures), count: perspectives)
    for p in 0..<perspectives { for f in 0..<figures { values[p][f].reserveCapacity(draws) } }
    undefined = Array(repeating: Array(repeating: 0, count: figures), count: perspectives)
    profitableYear1 = Array(repeating: 0, count: perspectives)
    profitable5 = Array(repeating: 0, count: perspectives)
  }

  mutating func add(_ totals: [KeyFigures]) {
    count += 1
    for (p, k) in totals.enumerated() {
      if k.profitabilityYear1 > .zero { profitableYear1[p] += 1 }
      if k.profitability5 > .zero { profitable5[p] += 1 }
      for (f, figure) in KeyFigure.perspectiveFigures.enumerated() {
        if let value = k.number(figure) {
          values[p][f].append(value)
        } else {
          undefined[p][f] += 1
          // A cost never paid back ranks after every number of months.
          if figure == .paybackMonths, let reason = k.undefined[figure], reason != .costIsZero { values[p][f].append(.infinity) }
        }
      }
    }
  }

  func summary(_ settings: UncertaintySettings) -> UncertaintySummary {
    let q = settings.quantiles
    var intervals: [Perspective: [KeyFigure: FigureInterval]] = [:]
    var year1: [Perspective: Double] = [:]
    var five: [Perspective: Double] = [:]
    for (p, perspective) in Perspective.allCases.enumerated() {
      var figures: [KeyFigure: FigureInterval] = [:]
      for (f, figure) in KeyFigure.perspectiveFigures.enumerated() {
        let sorted = values[p][f].sorted()
        func at(_ quantile: Double) -> Double? {
          guard !sorted.isEmpty else { return nil }
          let value = Percentile.of(sorted: sorted, quantile)
          return value.isFinite ? value : nil
        }
        figures[figure] = FigureInterval(low: at(q.low), median: at(q.median), high: at(q.high), undefinedDraws: undefined[p][f])
      }
      intervals[perspective] = figures
      year1[perspective] = count > 0 ? Double(profitableYear1[p]) / Double(count) : 0
      five[perspective] = count > 0 ? Double(profitable5[p]) / Double(count) : 0
    }
    return UncertaintySummary(intervals: intervals, probabilityProfitableYear1: year1, probabilityProfitable5: five)
  }
}
