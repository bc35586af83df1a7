/// Everything a key can ask for. The raw value is the name used in the config's `[keys]` table.
public enum Command: String, CaseIterable, Hashable, Sendable {
    case down, up
    case pageDown = "page-down", pageUp = "page-up"
    case halfPageDown = "half-page-down", halfPageUp = "half-page-up"
    case top, bottom
    case nextPane = "next-pane", prevPane = "prev-pane"
    case open
    case nextSpeakerQuote = "next-speaker-quote", prevSpeakerQuote = "prev-speaker-quote"
    case nextQuote = "next-quote", prevQuote = "prev-quote"
    case nextArticle = "next-article", prevArticle = "prev-article"
    case search
    case nextMatch = "next-match", prevMatch = "prev-match"
    case mark, compare
    case toggleScope = "toggle-scope"
    case copyQuote = "copy-quote"
    case bookmark, bookmarks
    case removeBookmark = "remove-bookmark"
    case toggleRead = "toggle-read"
    case searchLibrary = "search-library"
    case help
    case close
    case back
    case quit
    case redraw
}
