/// Where panes go for a terminal size. Pure, so the reducer (page sizes, wrap width) and the
/// renderer agree.
public enum Layout {
    public static let minimum = Size(width: 40, height: 10)
    public static let sidebarWidth = 24
    public static let claimsWidth = 36

    public enum Mode: Hashable, Sendable {
        /// >= 120 columns: actors | document | claims.
        case threeColumns
        /// 80...119: actors | document over claims.
        case sidebarAndStack
        /// < 80: one pane at a time.
        case single
    }

    public struct ArticlePanes: Hashable, Sendable {
        public var mode: Mode
        public var actors: Rect
        /// Where the document is, or would be when shown: the wrap width never depends on focus.
        public var document: Rect
        public var claims: Rect
        /// The panes drawn, given the focus.
        public var visible: [Pane]
    }

    public static func isTooSmall(_ size: Size) -> Bool {
        size.width < minimum.width || size.height < minimum.height
    }

    public static func mode(for size: Size) -> Mode {
        size.width >= 120 ? .threeColumns : size.width >= 80 ? .sidebarAndStack : .single
    }

    /// Rows above the status line.
    public static func body(_ size: Size) -> Rect { Rect(x: 0, y: 0, width: size.width, height: size.height - 1) }

    public static func article(size: Size, focus: Pane) -> ArticlePanes {
        let body = body(size)
        switch mode(for: size) {
        case .threeColumns:
            let document = Rect(x: sidebarWidth, y: 0, width: body.width - sidebarWidth - claimsWidth, height: body.height)
            return ArticlePanes(mode: .threeColumns,
                                actors: Rect(x: 0, y: 0, width: sidebarWidth, height: body.height),
                                document: document,
                                claims: Rect(x: document.maxX, y: 0, width: claimsWidth, height: body.height),
                                visible: Pane.allCases)
        case .sidebarAndStack:
            let right = body.width - sidebarWidth
            let documentHeight = body.height - body.height / 3
            return ArticlePanes(mode: .sidebarAndStack,
                                actors: Rect(x: 0, y: 0, width: sidebarWidth, height: body.height),
                                document: Rect(x: sidebarWidth, y: 0, width: right, height: documentHeight),
                                claims: Rect(x: sidebarWidth, y: documentHeight, width: right, height: body.height - documentHeight),
                                visible: Pane.allCases)
        case .single:
            return ArticlePanes(mode: .single, actors: body, document: body, claims: body, visible: [focus])
        }
    }

    /// The rectangle of a pane in a layout.
    public static func rect(_ pane: Pane, in panes: ArticlePanes) -> Rect {
        switch pane {
        case .actors: panes.actors
        case .document: panes.document
        case .claims: panes.claims
        }
    }
}
