import SamnyttaEngine

/// The comparison values of one classification group: how each key figure is spread over the
/// latest runs of the group's stored evaluations (full and summary entries alike).
public struct ClassNorms: Sendable, Hashable {
  public var classGroup: String
  /// The evaluations in the group, summary entries included.
  public var count: Int
  /// How many of them are summary entries, known only by published figures.
  public var summaryCount: Int
  /// The ids of the evaluations in the group, ascending.
  public var documentIDs: [Int64]
  /// A figure is absent when no evaluation in the group defines it.
  public var figures: [KeyFigure: Distribution]

  public init(classGroup: String, count: Int, summaryCount: Int, documentIDs: [Int64], figures: [KeyFigure: Distribution]) {
    self.classGroup = classGroup
    self.count = count
    self.summaryCount = summaryCount
    self.documentIDs = documentIDs
    self.figures = figures
  }

  /// Groups `entries` (a document and its latest run) by class group, ordered by group key.
  /// Documents without a class group are grouped under `"-"`; with `groupedAs`, all entries form
  /// one group of that name. The amounts of `amountsUnknown` (ids whose kronor are not at the
  /// comparison's price year) are left out of the distributions of amounts; their ratios count.
  public static func groups(
    _ entries: [(document: DocumentSummary, run: StoredRun)], amountsUnknown: Set<Int64> = [], groupedAs: String? = nil
  ) -> [ClassNorms] {
    Dictionary(grouping: entries) { groupedAs ?? $0.document.classGroup ?? "-" }
      .map { group, members in
        let sorted = members.sorted { $0.document.id < $1.document.id }
        var figures: [KeyFigure: Distribution] = [:]
        for figure in KeyFigure.comparable {
          let counted = figure.isAmount ? sorted.filter { !amountsUnknown.contains($0.document.id) } : sorted
          figures[figure] = Distribution(counted.compactMap { figure.value(in: $0.run.figures) })
        }
        return ClassNorms(
          classGroup: group, count: sorted.count, summaryCount: sorted.filter { $0.document.kind == .summary }.count,
          documentIDs: sorted.map(\.document.id), figures: figures)
      }
      .sorted { $0.classGroup < $1.classGroup }
  }
}

extension EvaluationDatabase {
  /// The latest run of every document matching `filter`, paired with the document, by id.
  /// Documents never run are left out. The runs' result JSON is not read (only their figures).
  public func latestEntries(filter: DocumentFilter = .all) throws(StoreError) -> [(document: DocumentSummary, run: StoredRun)] {
    try connection.transaction(immediate: false) { () throws(StoreError) -> [(document: DocumentSummary, run: StoredRun)] in
      let documents = Dictionary(uniqueKeysWithValues: try list(filter: filter).map { ($0.id, $0) })
      return try latestRuns(resultJSON: false).compactMap { run in documents[run.documentID].map { (document: $0, run: run) } }
    }
  }
}
