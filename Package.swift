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
    .library(name: "SamnyttaStore", targets: ["SamnyttaStore"]),
    .executable(name: "samnytta", targets: ["samnytta"]),
  ],
  targets: [
    // MARK: - Public API

    /// The calculation engine: value types in, value types out. No I/O, no Foundation.
    .target(
      name: "SamnyttaEngine", swiftSettings: strictness,
      linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),

    /// JSON in and out, model loading, text rendering: everything between files and the engine.
    .target(name: "SamnyttaAdapters", dependencies: ["SamnyttaEngine"], swiftSettings: strictness),

    /// The system's SQLite C library (libsqlite3-dev), wrapped by our own module map.
    .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),

    /// The evaluation database: SQLite through CSQLite, schema migrations, documents and runs.
    .target(name: "SamnyttaStore", dependencies: ["CSQLite", "SamnyttaEngine"], swiftSettings: strictness),

    /// The command-line tool: parses arguments, reads files, calls the adapters, renders errors.
    .executableTarget(name: "samnytta", dependencies: ["SamnyttaAdapters", "SamnyttaEngine", "SamnyttaStore"], swiftSettings: strictness),

    // MARK: - Benchmarks

    .executableTarget(
      name: "samnytta-bench", dependencies: ["SamnyttaAdapters", "SamnyttaEngine"],
      path: "Benchmarks/samnytta-bench", swiftSettings: strictness),
    .executableTarget(
      name: "samnytta-dbbench", dependencies: ["SamnyttaStore"], path: "Benchmarks/samnytta-dbbench", swiftSettings: strictness),

    // MARK: - Tests

    .testTarget(name: "SamnyttaEngineTests", dependencies: ["SamnyttaEngine"], swiftSettings: strictness),
    .testTarget(
      name: "SamnyttaAdaptersTests", dependencies: ["SamnyttaAdapters", "SamnyttaEngine"],
      swiftSettings: strictness),
    .testTarget(name: "SamnyttaStoreTests", dependencies: ["SamnyttaStore"], swiftSettings: strictness),
    .testTarget(
      name: "SamnyttaCLITests", dependencies: ["samnytta"],
      resources: [.copy("Golden")], swiftSettings: strictness),
  ],
  swiftLanguageModes: [.v6]
)
