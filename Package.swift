// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "parley",
    products: [
        .executable(name: "parley", targets: ["parley"]),
        // For the benchmark package beside this one.
        .library(name: "Corpus", targets: ["Corpus"]),
        .library(name: "ReaderModel", targets: ["ReaderModel"]),
        .library(name: "Library", targets: ["Library"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        // 1. Text in, structure out. Pure Swift, no terminal.
        .target(name: "Corpus"),
        // Scoring against PolNeAR-style brat gold; mirrors shared/tools/score_attribution.py.
        .target(name: "Evaluation", dependencies: ["Corpus"]),
        // 2. The view-model: state, reducer, keymap, layout, rendering into a cell grid.
        .target(name: "ReaderModel", dependencies: ["Corpus"]),
        // 2b. The SQLite index of a parsed corpus and the reader's remembered state.
        .target(name: "Library", dependencies: ["Corpus", .product(name: "GRDB", package: "GRDB.swift")]),
        // 3. ncursesw, seen through a shim header.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "Terminal", dependencies: ["ReaderModel", "CNcursesw"]),
        // 4. The executable.
        .executableTarget(
            name: "parley",
            dependencies: [
                "Corpus", "Evaluation", "Library", "ReaderModel", "Terminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers the test targets share (temporary folders).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", "TestSupport"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Corpus"]),
        .testTarget(name: "LibraryTests", dependencies: ["Library", "Corpus", "TestSupport"]),
        // Goldens/ holds expected screens, read from the source tree by path.
        .testTarget(name: "ReaderModelTests", dependencies: ["ReaderModel", "Corpus"], exclude: ["Goldens"]),
        // Drives the built binary: CLI behaviour and tmux end-to-end sessions.
        .testTarget(name: "ParleyTests", dependencies: ["parley", "Library", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
                    exclude: ["Goldens"]),
    ]
)
