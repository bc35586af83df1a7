/// Small articles in the shape of wire copy, for tests that run the real extractor over files.
enum Wire {
    static func story(_ n: Int, topic: String = "the ceasefire") -> String {
        """
        Talks resume in round \(n)

        Envoys met again on Monday to discuss \(topic).

        "We will not give up on \(topic)," Foreign Minister Maria Keller said after round \(n). Keller added that a deal was close.

        """
    }
}
