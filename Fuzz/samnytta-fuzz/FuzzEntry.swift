import Foundation
import SamnyttaFuzzing

// The fuzzer over every reader and the engine (`make fuzz`). Built with -D SAMNYTTA_FUZZING,
// -sanitize=address, coverage instrumentation and libFuzzer's library without its `main`
// (libclang_rt.fuzzer_no_main): `main` below then hands control to libFuzzer's driver. A normal
// `swift build` compiles a stub that says how to build it, so the package builds everywhere.

#if SAMNYTTA_FUZZING
  /// libFuzzer's entry for a program with its own `main` (compiler-rt's FuzzerInterface.h):
  /// `int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size))`.
  // swift-format-ignore: AlwaysUseLowerCamelCase
  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  /// The package root: this file is Fuzz/samnytta-fuzz/FuzzEntry.swift.
  let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The harness, made once: the package's default model and its typfall example.
  let harness: FuzzHarness = {
    do {
      return try FuzzHarness(packageRoot: packageRoot)
    } catch {
      fatalError("samnytta-fuzz: the package's own model or example at \(packageRoot.path) cannot be read: \(error)")
    }
  }()

  /// One fuzz input. A trap anywhere below is a crash libFuzzer records; so is a broken invariant.
  func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if case .brokenInvariant(let what) = harness.run(fuzzInput: bytes) { fatalError("broken invariant: \(what)") }
    return 0
  }

  /// Writes the seed corpus to `folder`, each file with its reader's byte in front (``FuzzSeed``).
  func writeSeeds(to folder: String) -> Int32 {
    do {
      let seeds = try FuzzSeed.all(packageRoot: packageRoot)
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      for seed in seeds { try Data(seed.fuzzInput).write(to: URL(fileURLWithPath: folder).appendingPathComponent(seed.fileName)) }
      print("samnytta-fuzz: wrote \(seeds.count) seeds to \(folder)")
      return 0
    } catch {
      FileHandle.standardError.write(Data("samnytta-fuzz: cannot write the seeds to \(folder): \(error)\n".utf8))
      return 73
    }
  }

  /// With SAMNYTTA_FUZZ_WRITE_SEEDS=<folder>: writes the seeds there and exits. Otherwise libFuzzer
  /// runs with the command line's options (e.g. `-max_total_time=60 corpus seeds`).
  @main enum SamnyttaFuzz {
    static func main() {
      if let folder = ProcessInfo.processInfo.environment["SAMNYTTA_FUZZ_WRITE_SEEDS"] { exit(writeSeeds(to: folder)) }
      var argc = CommandLine.argc
      var argv = CommandLine.unsafeArgv
      exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
    }
  }
#else
  @main enum SamnyttaFuzzStub {
    static func main() {
      FileHandle.standardError.write(Data("samnytta-fuzz: build and run it with `make fuzz` (libFuzzer, -sanitize=address)\n".utf8))
      exit(64)
    }
  }
#endif
