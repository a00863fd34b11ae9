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
    .library(name: "SamnyttaFormats", targets: ["SamnyttaFormats"]),
    .library(name: "SamnyttaDocuments", targets: ["SamnyttaDocuments"]),
    .library(name: "SamnyttaStore", targets: ["SamnyttaStore"]),
    .library(name: "SamnyttaReports", targets: ["SamnyttaReports"]),
    .library(name: "SamnyttaWorkflows", targets: ["SamnyttaWorkflows"]),
    .library(name: "SamnyttaCommandLine", targets: ["SamnyttaCommandLine"]),
    .executable(name: "samnytta", targets: ["samnytta"]),
  ],
  targets: [
    // MARK: - Public API

    /// The calculation engine: value types in, value types out. No I/O, no Foundation.
    .target(
      name: "SamnyttaEngine", swiftSettings: strictness,
      linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),

    /// Syntax only: JSON parser and writer, CSV reader and writer, exact decimals, number
    /// formatting, HTML and Markdown escaping, text tables.
    .target(name: "SamnyttaFormats", dependencies: ["SamnyttaEngine"], swiftSettings: strictness),

    /// What a file means: input and model documents, the compact input, participant CSV, and the
    /// one place an engine violation becomes a file position.
    .target(name: "SamnyttaDocuments", dependencies: ["SamnyttaEngine", "SamnyttaFormats"], swiftSettings: strictness),

    /// The system's SQLite C library (libsqlite3-dev), wrapped by our own module map.
    .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),

    /// The evaluation database: SQLite through CSQLite, schema migrations, documents and runs.
    .target(name: "SamnyttaStore", dependencies: ["CSQLite", "SamnyttaEngine"], swiftSettings: strictness),

    /// Everything people or programs read: labels, result JSON, CSV and text tables, explain,
    /// the model listing, rank/norms/compare renderers, the board report.
    .target(
      name: "SamnyttaReports", dependencies: ["SamnyttaEngine", "SamnyttaFormats", "SamnyttaDocuments", "SamnyttaStore"],
      swiftSettings: strictness),

    /// The use cases a front end calls: evaluate a document, store runs, batch, import, compare.
    .target(
      name: "SamnyttaWorkflows",
      dependencies: ["SamnyttaEngine", "SamnyttaFormats", "SamnyttaDocuments", "SamnyttaStore", "SamnyttaReports"],
      swiftSettings: strictness),

    /// The command line as syntax: a small strict argument parser, typed option choices, usage
    /// errors and sysexits codes (what swift-argument-parser gives a tool, written here).
    .target(
      name: "SamnyttaCommandLine", dependencies: ["SamnyttaEngine", "SamnyttaFormats", "SamnyttaReports"], swiftSettings: strictness),

    /// The command-line tool: reads options, calls one use case, renders errors as exit codes.
    .executableTarget(
      name: "samnytta",
      dependencies: [
        "SamnyttaEngine", "SamnyttaFormats", "SamnyttaDocuments", "SamnyttaStore", "SamnyttaReports", "SamnyttaWorkflows", "SamnyttaCommandLine",
      ],
      swiftSettings: strictness),

    // MARK: - Benchmarks

    .executableTarget(
      name: "samnytta-bench", dependencies: ["SamnyttaDocuments", "SamnyttaEngine", "SamnyttaFormats", "SamnyttaReports", "SamnyttaWorkflows"],
      path: "Benchmarks/samnytta-bench", swiftSettings: strictness),
    .executableTarget(
      name: "samnytta-dbbench", dependencies: ["SamnyttaStore"], path: "Benchmarks/samnytta-dbbench", swiftSettings: strictness),

    // MARK: - Fuzzing

    /// One input through a reader and the engine: shared by the fuzzer and the seeded mutation test.
    .target(
      name: "SamnyttaFuzzing", dependencies: ["SamnyttaDocuments", "SamnyttaEngine", "SamnyttaFormats", "SamnyttaReports"],
      path: "Fuzz/SamnyttaFuzzing", swiftSettings: strictness),
    /// The libFuzzer target, built by `make fuzz` with -sanitize=fuzzer; a stub that says so in a normal build.
    .executableTarget(name: "samnytta-fuzz", dependencies: ["SamnyttaFuzzing"], path: "Fuzz/samnytta-fuzz", swiftSettings: strictness),

    // MARK: - Tests

    /// What the test targets share: the package root, the built executables, child processes, temporary directories, a seeded generator.
    .target(name: "SamnyttaTestSupport", path: "Tests/SamnyttaTestSupport", swiftSettings: strictness),
    .testTarget(
      name: "SamnyttaFuzzTests", dependencies: ["SamnyttaFuzzing", "SamnyttaDocuments", "SamnyttaEngine", "SamnyttaTestSupport"],
      swiftSettings: strictness),

    .testTarget(name: "SamnyttaEngineTests", dependencies: ["SamnyttaEngine", "SamnyttaTestSupport"], swiftSettings: strictness),
    .testTarget(name: "SamnyttaFormatsTests", dependencies: ["SamnyttaFormats", "SamnyttaEngine", "SamnyttaDocuments"], swiftSettings: strictness),
    .testTarget(
      name: "SamnyttaDocumentsTests",
      dependencies: ["SamnyttaDocuments", "SamnyttaFormats", "SamnyttaEngine", "SamnyttaReports", "SamnyttaTestSupport"],
      swiftSettings: strictness),
    .testTarget(
      name: "SamnyttaReportsTests",
      dependencies: ["SamnyttaReports", "SamnyttaDocuments", "SamnyttaFormats", "SamnyttaEngine", "SamnyttaStore", "SamnyttaTestSupport"],
      swiftSettings: strictness),
    .testTarget(name: "SamnyttaStoreTests", dependencies: ["SamnyttaStore", "SamnyttaTestSupport"], swiftSettings: strictness),
    .testTarget(
      name: "SamnyttaWorkflowsTests",
      dependencies: ["SamnyttaWorkflows", "SamnyttaDocuments", "SamnyttaEngine", "SamnyttaStore", "SamnyttaTestSupport"],
      swiftSettings: strictness),
    .testTarget(
      name: "SamnyttaCLITests", dependencies: ["samnytta", "SamnyttaFormats", "SamnyttaTestSupport"],
      resources: [.copy("Golden")], swiftSettings: strictness),
  ],
  swiftLanguageModes: [.v6]
)
