/// A key press as the terminal reports it, independent of ncurses codes.
public enum Key: Hashable, Sendable {
    case char(Character)
    /// Ctrl plus a letter, lowercase: `.ctrl("d")`.
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
}

/// What the terminal layer turns its events into.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
}

public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// Work the view-model asks the outside world to do; the executable and terminal perform it.
public enum Effect: Hashable, Sendable {
    case quit
    /// Copy text to the system clipboard (the terminal sends it as OSC 52).
    case copyToClipboard(String)
    /// Repaint everything, not only what changed (Ctrl-L).
    case fullRedraw
    case bell
    /// Remember where an article was left: the code point at the top of its text on screen.
    case savePosition(doc: String, offset: Int)
    case setRead(doc: String, read: Bool)
    case bookmark(QuoteMark)
    case unbookmark(doc: String, quote: String)
    /// Remember what to reopen next time, on quitting.
    case saveResume(ResumePoint)
    /// Search the whole library; the answer comes back as `Action.librarySearchResults`.
    case searchLibrary(String)
}
