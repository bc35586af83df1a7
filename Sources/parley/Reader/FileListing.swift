import Corpus

/// The corpus list of a folder, made a part at a time: the first screenful before the first frame, the
/// rest after it, each article shown by its file's name until its summary is made.
enum FileListing {
    /// Summarized before the first frame: more rows than a terminal shows.
    static let firstScreenful = 256
    /// Summarized at a time after the first frame, then handed to the reader.
    static let chunk = 2048

    /// What the list shows of a file not summarized yet.
    static func standIn(_ path: String) -> ArticleSummary {
        let doc = Loader.doc(for: path)
        return ArticleSummary(doc: doc, path: path, title: doc, subtitle: nil)
    }

    /// The files' summaries; one that cannot be read keeps its place, shown by its name with the problem.
    static func summaries(_ files: ArraySlice<String>) -> (summaries: [ArticleSummary], problems: [LoadProblem]) {
        var problems: [LoadProblem] = []
        let summaries = zip(files, Summarizer.summarize(files: Array(files))).map { file, result in
            switch result {
            case .success(let summary): return summary
            case .failure(let problem):
                problems.append(problem)
                let standIn = standIn(file)
                return ArticleSummary(doc: standIn.doc, path: file, title: standIn.title, subtitle: problem.message)
            }
        }
        return (summaries, problems)
    }
}
