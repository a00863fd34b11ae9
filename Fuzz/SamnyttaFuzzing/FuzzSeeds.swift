import Foundation
import SamnyttaDocuments

/// The files fuzzing starts from: every example input (and, for each full evaluation, its compact
/// form), every model, and the participant CSV template, each with the reader it is for.
public struct FuzzSeed: Sendable {
  /// The file's path in the package; `(compact)` added for a compact form made from it.
  public var name: String
  public var target: FuzzTarget
  public var bytes: [UInt8]

  /// As a fuzz input: the byte that selects the reader, then the file.
  public var fuzzInput: [UInt8] { [target.rawValue] + bytes }

  /// A file name for the seed in a corpus folder, e.g. `inputDocument-typfall-trampolinen.json`.
  public var fileName: String {
    let base = name.split(separator: "/").last.map(String.init) ?? name
    return "\(target)-\(base.replacingOccurrences(of: " (compact)", with: ".compact"))"
  }

  /// The seeds in the package at `root`, in a fixed order.
  /// - Throws: when a file cannot be read or an example does not decode.
  public static func all(packageRoot root: URL) throws -> [FuzzSeed] {
    func json(in folder: String) throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
        .filter { $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
    }
    func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: root.appendingPathComponent(path))) }
    var seeds: [FuzzSeed] = []
    for path in try json(in: "Docs/examples") + json(in: "Docs/examples/published") {
      let input = try bytes(path)
      seeds.append(FuzzSeed(name: path, target: .inputDocument, bytes: input))
      if case .evaluation(let evaluation, _) = try InputDocument.decode(input, file: path).document {
        seeds.append(FuzzSeed(name: "\(path) (compact)", target: .compactInput, bytes: CompactInput.encode(evaluation)))
      }
    }
    for path in try json(in: "Models") { seeds.append(FuzzSeed(name: path, target: .modelDocument, bytes: try bytes(path))) }
    let csv = "Docs/examples/participants-template.csv"
    seeds.append(FuzzSeed(name: csv, target: .participantCSV, bytes: try bytes(csv)))
    return seeds
  }
}
