import Foundation
import SyntheticNews

/// gen-corpus --articles N [--seed S] [--from DIR] OUT
let usage = "usage: gen-corpus --articles N [--seed S] [--from DIR] OUT"
var articles = 0
var seed: UInt64 = 1
var from = "corpus"
var out: String?
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--articles": articles = arguments.next().flatMap { Int($0) } ?? -1
    case "--seed": seed = arguments.next().flatMap { UInt64($0) } ?? 0
    case "--from": from = arguments.next() ?? from
    default: out = argument
    }
}
guard articles > 0, let out else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(2)
}
do {
    let written = try CorpusWriter(sourceFolder: from).write(articles: articles, seed: seed, to: out)
    print("gen-corpus: wrote \(articles) articles, \(written) bytes, to \(out)")
} catch {
    FileHandle.standardError.write(Data("gen-corpus: \(error)\n".utf8))
    exit(1)
}
