import Corpus

/// One article of a gold split: its text and the attributions of its chosen annotator.
public struct GoldDocument: Sendable {
    public let name: String
    public let text: ArticleText
    public let attributions: [GoldAttribution]
    /// The `.ann` file scored against; empty when the article has none.
    public let annotationFile: String
}

/// A PolNeAR-style split: `<split>/text/<doc>.txt` and `<split>/attributions/<doc>_<annotator>.ann`.
public struct Gold: Sendable {
    public let documents: [GoldDocument]
    /// One line each, for standard error.
    public let warnings: [String]

    /// Reads the split; `limit` keeps only the first documents by name (0 or nil: all).
    public static func load(split: String, limit: Int? = nil) throws -> Gold {
        let textDirectory = PythonFile.join(split, "text")
        let annotationDirectory = PythonFile.join(split, "attributions")
        let annotations = try pickAnnotationFiles(PythonFile.names(in: annotationDirectory))
        var names = try PythonFile.names(in: textDirectory).filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }
        if let limit, limit != 0 { names = Array(names.prefix(pythonSlice: limit)) }
        var documents: [GoldDocument] = []
        var warnings: [String] = []
        for name in names {
            let text = ArticleText(PythonString.string(try PythonFile.text(PythonFile.join(textDirectory, name + ".txt"))))
            var attributions: [GoldAttribution] = []
            if let file = annotations[name] {
                let annotation = try PythonFile.text(PythonFile.join(annotationDirectory, file))
                attributions = BratAnnotation.parse(annotation, text: text)
            } else {
                warnings.append("warning: no .ann for \(name); scored with no gold")
            }
            documents.append(GoldDocument(name: name, text: text, attributions: attributions,
                                          annotationFile: annotations[name] ?? ""))
        }
        return Gold(documents: documents, warnings: warnings)
    }

    /// Doc name -> the lexicographically first `<doc>_<annotator>.ann` (names come sorted).
    static func pickAnnotationFiles(_ sortedNames: [String]) -> [String: String] {
        var picked: [String: String] = [:]
        for file in sortedNames {
            let scalars = Array(file.unicodeScalars)
            guard scalars.count >= 4, PythonString.string(scalars.suffix(4)) == ".ann", scalars.contains("_") else { continue }
            let stem = scalars.dropLast(4)
            let doc = PythonString.string(stem.lastIndex(of: "_").map { stem[..<$0] } ?? stem)
            if picked[doc] == nil { picked[doc] = file }
        }
        return picked
    }
}
