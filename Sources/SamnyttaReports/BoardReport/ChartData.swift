import SamnyttaDocuments
import SamnyttaEngine
import SamnyttaFormats

/// What a value on a chart axis means, so axes and labels are written in the report's language
/// ("1 234 567 kr", "24 mån").
public enum ChartUnit: Sendable, Hashable {
  case kronor, months
}

/// A horizontal bar chart's numbers: one bar per series in each category. The report shows the
/// same numbers in a table beside it, so the chart never has to be read for exact values.
public struct BarChart: Sendable, Hashable {
  public struct Series: Sendable, Hashable {
    public var name: String
    /// One value per category, in category order.
    public var values: [Double]
    public init(name: String, values: [Double]) {
      self.name = name
      self.values = values
    }
  }

  public var title: String
  public var categories: [String]
  public var series: [Series]
  public var unit: ChartUnit
  public var axisLabel: String
  public var language: Language

  public init(title: String, categories: [String], series: [Series], unit: ChartUnit, axisLabel: String, language: Language) {
    self.title = title
    self.categories = categories
    self.series = series
    self.unit = unit
    self.axisLabel = axisLabel
    self.language = language
  }
}

/// A line chart's numbers: each series a list of (x, y) points over a common x range.
public struct LineChart: Sendable, Hashable {
  public struct Point: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) {
      self.x = x
      self.y = y
    }
  }

  public struct Series: Sendable, Hashable {
    public var name: String
    public var points: [Point]
    public init(name: String, points: [Point]) {
      self.name = name
      self.points = points
    }
  }

  public var title: String
  public var series: [Series]
  /// Where the x axis has ticks and where the series carry markers (e.g. every 12 months).
  public var xTicks: [Double]
  public var xUnit: ChartUnit
  public var yUnit: ChartUnit
  public var xAxisLabel: String
  public var yAxisLabel: String
  /// A label for the horizontal line at y = 0 (e.g. "break-even"), if it has a meaning.
  public var zeroLabel: String?
  public var language: Language

  public init(
    title: String, series: [Series], xTicks: [Double], xUnit: ChartUnit, yUnit: ChartUnit, xAxisLabel: String, yAxisLabel: String,
    zeroLabel: String?, language: Language
  ) {
    self.title = title
    self.series = series
    self.xTicks = xTicks
    self.xUnit = xUnit
    self.yUnit = yUnit
    self.xAxisLabel = xAxisLabel
    self.yAxisLabel = yAxisLabel
    self.zeroLabel = zeroLabel
    self.language = language
  }
}
