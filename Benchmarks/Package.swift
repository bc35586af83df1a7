// swift-tools-version: 6.0
import PackageDescription

// Kept out of the main package so that `make test` never builds it. Run with `make bench`.
let package = Package(
    name: "parley-benchmarks",
    dependencies: [
        .package(name: "parley", path: ".."),
    ],
    targets: [
        // Deterministic synthetic news, recombined from the shipped corpus.
        .target(name: "SyntheticNews"),
        .executableTarget(name: "gen-corpus", dependencies: ["SyntheticNews"]),
        .executableTarget(
            name: "parley-bench",
            dependencies: [
                "SyntheticNews",
                .product(name: "Corpus", package: "parley"),
                .product(name: "Library", package: "parley"),
                .product(name: "ReaderModel", package: "parley"),
            ]
        ),
    ]
)
