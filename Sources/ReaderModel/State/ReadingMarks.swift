import Corpus

/// What the reader remembers between runs, given to it at start-up by the executable (which keeps it
/// in the library): where each article was left, which were read, bookmarked quotes, and what to
/// reopen. Keyed by doc name, as the library is.
public struct ReadingMarks: Hashable, Sendable {
    /// Whether anything is remembered at all. Without a library there is nothing to save to, so no
    /// effects are asked for and no article is shown as unread.
    public var remembers: Bool
    /// Code-point offset of the first character on screen when the article was left.
    public var positions: [String: Int]
    public var read: Set<String>
    /// Oldest first.
    public var bookmarks: [QuoteMark]
    public var resume: ResumePoint?
    /// Articles of the reader's corpus not read: counted once at start-up, then kept, since the list's
    /// title shows it on every frame and a library may hold 100,000 articles.
    var unreadCount = 0

    public init(remembers: Bool = true, positions: [String: Int] = [:], read: Set<String> = [],
                bookmarks: [QuoteMark] = [], resume: ResumePoint? = nil) {
        self.remembers = remembers
        self.positions = positions
        self.read = read
        self.bookmarks = bookmarks
        self.resume = resume
    }

    /// Nothing remembered and nothing to remember with.
    public static let none = ReadingMarks(remembers: false)

    public func isBookmarked(doc: String, quote: String) -> Bool {
        bookmarks.contains { $0.doc == doc && $0.quote == quote }
    }

    func isUnread(_ doc: String) -> Bool { remembers && !read.contains(doc) }

    /// Marks an article of the corpus read or unread; false when it already was.
    mutating func setRead(_ doc: String, _ isRead: Bool) -> Bool {
        let changed = isRead ? read.insert(doc).inserted : read.remove(doc) != nil
        if changed { unreadCount += isRead ? -1 : 1 }
        return changed
    }
}

/// A bookmarked quote as it was when bookmarked: a later extraction may number quotes differently.
public struct QuoteMark: Hashable, Sendable {
    public var doc: String
    public var quote: String
    public var span: Span?
    public var speaker: String?
    public var text: String?

    public init(doc: String, quote: String, span: Span? = nil, speaker: String? = nil, text: String? = nil) {
        self.doc = doc
        self.quote = quote
        self.span = span
        self.speaker = speaker
        self.text = text
    }
}

/// Where the user was on quitting: the article last read, and whether it was open.
public struct ResumePoint: Hashable, Sendable {
    public var doc: String
    public var inArticle: Bool

    public init(doc: String, inArticle: Bool) {
        self.doc = doc
        self.inArticle = inArticle
    }
}
