/// Turns quotes and reported speech into positions. (Placeholder: finds nothing.)
public enum ClaimExtractor {
    public static func extract(_ text: ArticleText, sentences: [Sentence], actors: [Actor], quotes: [Quote]) -> [Claim] {
        []
    }
}
