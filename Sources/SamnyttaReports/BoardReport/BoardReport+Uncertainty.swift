import SamnyttaEngine
import SamnyttaFormats

/// The report's switching values (always) and its section "Osäkerhet" (with `--uncertainty`).
extension EvaluationReportBuilder {
  /// Society's switching values: the value and one plain sentence each.
  func switchingValuesTable() -> ReportTable {
    let s = SwitchingValues(society, options: result.options)
    let sentences = SwitchingValuesText.sentences(s, l)
    let rows = zip(s.entries, sentences).map { entry, sentence in
      ReportTable.Row(cells: [entry.value.share.map { SwitchingValuesText.percent($0, l) } ?? "–", sentence])
    }
    return ReportTable(
      caption: SwitchingValuesText.heading(l), header: [l.pick("Brytpunkt", "Switching value"), l.pick("Innebörd", "Meaning")], rows: rows,
      textColumns: [1])
  }

  /// "Osäkerhet": how sure society's figures are, from the sample and from the prices, with an
  /// interval chart of the 5-year profitability per source and a tornado chart of the parameters.
  func uncertaintySection(_ u: UncertaintyResult) -> ReportSection {
    let level = u.settings.levelText(l)
    func interval(_ source: UncertaintySource, _ figure: KeyFigure) -> FigureInterval? { u.summary(source).intervals[.society]?[figure] }
    func width(_ source: UncertaintySource) -> Double {
      guard let i = interval(source, .profitability5), let low = i.low, let high = i.high else { return 0 }
      return high - low
    }
    let dominant =
      width(.sampling) >= width(.parameters)
      ? l.pick("urvalet av deltagare väger tyngre än modellens priser", "the sample of participants weighs more than the model's prices")
      : l.pick("modellens priser väger tyngre än urvalet av deltagare", "the model's prices weigh more than the sample of participants")
    let draws = NumberFormatting.grouped(kronor: Double(u.settings.draws), language: l)
    let text = l.pick(
      "Intervallen visar var \(level) av \(draws) omräkningar hamnar (frö \(u.settings.seed)). Urval: deltagarna dras om med återläggning (bootstrap), så intervallet visar hur mycket resultatet beror på just dessa deltagare. Parametrar: modellens \(u.drawnGroups) osäkra parametergrupper dras ur sina intervall (lag är fast; uppskattningar triangulärt kring modellens värde; officiell statistik likformigt). För lönsamheten på 5 år gäller att \(dominant). Intervallen antar att deltagarna är ett slumpmässigt urval av dem insatsen riktar sig till och att parametrarna varierar oberoende utom där de kommer ur samma källa.",
      "The intervals show where \(level) of \(draws) recalculations fall (seed \(u.settings.seed)). Sample: the participants are redrawn with replacement (bootstrap), so the interval shows how much the result depends on these very participants. Parameters: the model's \(u.drawnGroups) uncertain parameter groups are drawn from their ranges (law is fixed; estimates triangular around the model's value; official statistics uniform). For the 5-year profitability, \(dominant). The intervals assume the participants are a random sample of those the intervention is for and that the parameters vary independently except where they come from one source."
    )
    let chart = RangeChart(
      title: l.pick("Samhällets lönsamhet på 5 år: \(level)-intervall per källa", "Society's 5-year profitability: \(level) interval per source"),
      rows: UncertaintySource.allCases.compactMap { source in
        guard let i = interval(source, .profitability5), let low = i.low, let high = i.high else { return nil }
        return RangeChart.Row(label: UncertaintyText.sourceName(source, l), low: low, high: high, mark: i.median)
      }, reference: society.profitability5.kronorValue, referenceLabel: l.pick("punktskattning", "point estimate"), unit: .kronor,
      axisLabel: l.pick("kronor, alla deltagare", "kronor, all participants"), language: l)

    // Column heads in words ("Percentil 5 (nedre)"), not the JSON's keys (p05).
    let q = u.settings.quantiles
    func percentile(_ x: Double) -> String { NumberFormatting.decimal(x * 100, decimals: EvaluationReportBuilder.decimals(x * 100), language: l) }
    let keys = (
      low: l.pick("Percentil \(percentile(q.low)) (nedre)", "Percentile \(percentile(q.low)) (low)"), median: l.pick("Median", "Median"),
      high: l.pick("Percentil \(percentile(q.high)) (övre)", "Percentile \(percentile(q.high)) (high)")
    )
    var rows: [ReportTable.Row] = []
    for figure in [KeyFigure.revenue, .profitabilityYear1, .profitability5, .paybackMonths, .verkningsgrad] {
      for source in UncertaintySource.allCases {
        guard let i = interval(source, figure) else { continue }
        rows.append(
          .init(
            cells: [
              "\(figure.label(l)): \(UncertaintyText.sourceName(source, l).lowercased())", UncertaintyText.bound(figure, i.low, l),
              UncertaintyText.bound(figure, i.median, l), UncertaintyText.bound(figure, i.high, l),
            ], emphasis: source == .combined))
      }
    }
    let table = ReportTable(
      caption: l.pick("Samhällets nyckeltal: percentiler per källa", "Society's key figures: percentiles per source"),
      header: [l.pick("Nyckeltal och källa", "Key figure and source"), keys.low, keys.median, keys.high], rows: rows)
    let probabilities = ReportTable(
      caption: l.pick("Sannolikheten att samhällets lönsamhet är över noll", "The probability that society's profitability is above zero"),
      header: [l.pick("Källa", "Source"), t(.profitability1), t(.profitability5)],
      rows: UncertaintySource.allCases.map { source in
        let s = u.summary(source)
        return .init(
          cells: [
            UncertaintyText.sourceName(source, l), ReportFormat.percent((s.probabilityProfitableYear1[.society] ?? 0) * 100, decimals: 0, l),
            ReportFormat.percent((s.probabilityProfitable5[.society] ?? 0) * 100, decimals: 0, l),
          ], emphasis: source == .combined)
      })

    var blocks: [ReportBlock] = [.paragraph(text), .rangeChart(chart), .table(table), .table(probabilities)]
    if !u.tornado.isEmpty {
      let tornado = RangeChart(
        title: l.pick(
          "Tornadodiagram: de parametrar som flyttar samhällets lönsamhet på 5 år mest (var och en i sitt lägsta och högsta värde)",
          "Tornado chart: the parameters that move society's 5-year profitability most (each at its low and its high)"),
        rows: u.tornado.map {
          RangeChart.Row(label: parameterGroupName($0.members, places: false), low: $0.atLow.kronorValue, high: $0.atHigh.kronorValue)
        },
        reference: u.baseProfitability5.kronorValue, referenceLabel: l.pick("modellens värden", "the model's values"), unit: .kronor,
        axisLabel: l.pick("lönsamhet 5 år, kronor", "5-year profitability, kronor"), language: l)
      let tornadoTable = ReportTable(
        caption: l.pick(
          "Lönsamhet 5 år med parametern i sitt lägsta och högsta värde", "5-year profitability with the parameter at its low and its high"),
        header: [
          l.pick("Parameter", "Parameter"), l.pick("I lägsta värdet", "At its low"),
          l.pick("I högsta värdet", "At its high"),
        ],
        rows: u.tornado.map { .init(cells: [parameterGroupName($0.members, places: true), kr($0.atLow), kr($0.atHigh)]) })
      blocks += [.rangeChart(tornado), .table(tornadoTable)]
    }
    return ReportSection(id: "uncertainty", title: l.pick("Osäkerhet", "Uncertainty"), blocks: blocks)
  }
}
