import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// A board report's content, built once from an evaluation (``BoardReport/evaluation(_:model:similar:language:)``)
/// and then written as HTML or Markdown. Every text is final (in the report's language, numbers
/// formatted) but not yet escaped: the renderers escape it as they write, in one place each.
/// Keeping content and layout apart means the two formats cannot drift apart in what they say.
public struct BoardReport: Sendable, Hashable {
  public var language: Language
  /// "Samhällsekonomisk utvärdering" / "Socio-economic evaluation".
  public var kind: String
  /// The intervention's name, as typed in the input.
  public var name: String
  /// Facts under the title: association, period, model, convention, participants, cost, class.
  public var facts: [Fact]
  public var sections: [ReportSection]
  /// The report's date (`YYYY-MM-DD`), also among the facts; print repeats it at the foot of every page.
  public var date: String? = nil

  public struct Fact: Sendable, Hashable {
    public var label: String
    public var value: String
  }
}

/// One numbered part of the report (Sammanfattning, Nyckeltal, …).
public struct ReportSection: Sendable, Hashable {
  /// A stable anchor, e.g. `summary`.
  public var id: String
  public var title: String
  public var blocks: [ReportBlock]
}

/// The pieces a section is made of.
public enum ReportBlock: Sendable, Hashable {
  case paragraph(String)
  /// The headline figures, with the method note that belongs beside them.
  case headline([HeadlineFigure], note: MethodNote)
  case table(ReportTable)
  /// A chart; its numbers are always also in a table of the same section, so Markdown leaves it out.
  case barChart(BarChart)
  case lineChart(LineChart)
  /// Intervals or a tornado (``RangeChart``).
  case rangeChart(RangeChart)
  case subheading(String)
}

/// A big number at the top: "Lönsamhet år 1: 1 234 567 kr".
public struct HeadlineFigure: Sendable, Hashable {
  public var label: String
  public var value: String
  /// A short explanation under the value.
  public var detail: String?
}

/// What a reader must know to read the headline: how the figures were made and what they assume.
public struct MethodNote: Sendable, Hashable {
  public var title: String
  public var points: [String]
}

/// A table: the first column names the row, the others hold figures (aligned right).
public struct ReportTable: Sendable, Hashable {
  public struct Row: Sendable, Hashable {
    public var cells: [String]
    /// A total or headline row, set in bold.
    public var emphasis: Bool = false
    /// A sub-item of the row above (e.g. AF under Staten).
    public var indent: Bool = false
  }

  public var caption: String?
  public var header: [String]
  public var rows: [Row]
  /// Columns after the first hold text rather than figures (e.g. the appendix's sources).
  public var textColumns: Set<Int> = []
}
