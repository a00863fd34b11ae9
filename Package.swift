// swift-tools-version:6.1
import PackageDescription

// MARK: - Settings shared by every target

let strictness: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "Samnytta",
  products: [
    .library(name: "SamnyttaEngine", targets: ["SamnyttaEngine"]),
    .library(name: "SamnyttaAdapters", targets: ["SamnyttaAdapters"]),
    .executable(name: "samnytta", targets: ["samnytta"]),
  ],
  targets: [
    // MARK: - Public API

    /// The calculation engine: value types in, value types out. No I/O, no Foundation.
    .target(name: "SamnyttaEngine", swiftSettings: strictness),

    /// JSON in and out, model loading, text rendering: everything between files and the engine.
    .target(name: "SamnyttaAdapters", dependencies: ["SamnyttaEngine"], swiftSettings: strictness),

    /// The command-line tool: parses arguments, reads files, calls the adapters, renders errors.
    .executableTarget(name: "samnytta", dependencies: ["SamnyttaAdapters", "SamnyttaEngine"], swiftSettings: strictness),

    // MARK: - Benchmarks

    .executableTarget(
      name: "samnytta-bench", dependencies: ["SamnyttaAdapters", "SamnyttaEngine"],
      path: "Benchmarks/samnytta-bench", swiftSettings: strictness),

    // MARK: - Tests

    .testTarget(name: "SamnyttaEngineTests", dependencies: ["SamnyttaEngine"], swiftSettings: strictness),
    .testTarget(
      name: "SamnyttaAdaptersTests", dependencies: ["SamnyttaAdapters", "SamnyttaEngine"],
      swiftSettings: strictness),
    .testTarget(
      name: "SamnyttaCLITests", dependencies: ["samnytta"],
      resources: [.copy("Golden")], swiftSettings: strictness),
  ],
  swiftLanguageModes: [.v6]
)
