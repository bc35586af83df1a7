/// Finds which of a fixed list of lowercase stems occur in a text, in one pass over its bytes: an
/// Aho-Corasick automaton, built once, reads one table entry per byte whatever the stems, with no
/// candidates to compare (the grouping by first two bytes it replaces read three tables and compared
/// stems at half the positions of English text, whose common pairs start stems: "in", "re", "co").
/// Everything lives in flat arrays read through unsafe views: no reference counting per byte.
struct StemMatcher: Sendable {
    /// Per text byte, the column of its lowercase in `next`; 0 for a byte no stem holds.
    private let columnOfByte: [UInt8]
    /// Rows of `next` are `1 << columnBits` wide, so that a row is found by a shift.
    private let columnBits: Int
    /// Per state and column, the state after reading a byte of that column. State 0 has read nothing
    /// of any stem.
    private let next: [UInt16]
    /// States from this one on have just read the end of a stem; they are numbered last so that one
    /// comparison per byte tells them apart.
    private let firstEndState: Int
    /// Per end state (from `firstEndState`), the stems it has just read, as indices into the list:
    /// `endedStems[endedStart[s]..<endedStart[s + 1]]`.
    private let endedStart: [Int32]
    private let endedStems: [Int32]
    private let stemCount: Int

    /// A stem shorter than two bytes is never found.
    init(_ stems: [String]) {
        let words = stems.map { Array($0.utf8) }
        var columnOfStemByte = [UInt8](repeating: 0, count: 256)
        var columns = 1
        for word in words where word.count >= 2 {
            for byte in word where columnOfStemByte[Int(byte)] == 0 {
                columnOfStemByte[Int(byte)] = UInt8(columns)
                columns += 1
            }
        }
        var columnBits = 0
        while 1 << columnBits < columns { columnBits += 1 }
        let trie = Self.trie(of: words, columnOfByte: columnOfStemByte, columnBits: columnBits)
        precondition(trie.next.count <= Int(UInt16.max) << columnBits, "too many stem states for the table")

        // Renumbered so that end states come last, in the order they were made.
        let order = trie.ended.indices.filter { trie.ended[$0].isEmpty } + trie.ended.indices.filter { !trie.ended[$0].isEmpty }
        var number = [Int](repeating: 0, count: order.count)
        for (new, old) in order.enumerated() { number[old] = new }
        var next = [UInt16](repeating: 0, count: trie.next.count)
        for (new, old) in order.enumerated() {
            for column in 0..<(1 << columnBits) {
                next[new << columnBits | column] = UInt16(number[trie.next[old << columnBits | column]])
            }
        }
        firstEndState = trie.ended.filter(\.isEmpty).count
        let ended = order[firstEndState...].map { trie.ended[$0].sorted().map(Int32.init) }
        endedStart = ended.reduce(into: [Int32(0)]) { $0.append($0.last! + Int32($1.count)) }
        endedStems = ended.flatMap { $0 }
        self.next = next
        self.columnBits = columnBits
        columnOfByte = (0...255).map { columnOfStemByte[Int(Self.lower(UInt8($0)))] }
        stemCount = words.count
    }

    /// The automaton of `words` (those of two bytes or more): per state, its row of next states and
    /// the stems that end there, itself or as a suffix.
    private static func trie(of words: [[UInt8]], columnOfByte: [UInt8], columnBits: Int) -> (next: [Int], ended: [[Int]]) {
        let width = 1 << columnBits
        // -1 for a transition the trie lacks; filled from the fallback states below.
        var next = [Int](repeating: -1, count: width)
        var ended: [[Int]] = [[]]
        for (index, word) in words.enumerated() where word.count >= 2 {
            var state = 0
            for byte in word {
                let slot = state * width + Int(columnOfByte[Int(byte)])
                if next[slot] < 0 {
                    next[slot] = ended.count
                    next += [Int](repeating: -1, count: width)
                    ended.append([])
                }
                state = next[slot]
            }
            ended[state].append(index)
        }
        // Breadth first, each state's missing transitions are those of its fallback: the state of the
        // longest proper suffix of what it has read that is also a prefix of a stem.
        var fallback = [Int](repeating: 0, count: ended.count)
        var queue: [Int] = []
        for column in 0..<width {
            if next[column] < 0 {
                next[column] = 0
            } else {
                queue.append(next[column])
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            ended[state] += ended[fallback[state]]
            for column in 0..<width {
                let slot = state * width + column
                if next[slot] < 0 {
                    next[slot] = next[fallback[state] * width + column]
                } else {
                    fallback[next[slot]] = next[fallback[state] * width + column]
                    queue.append(next[slot])
                }
            }
        }
        return (next, ended)
    }

    /// For each stem, whether it occurs in `text` (compared lowercased).
    func matches(in text: String) -> [Bool] {
        var text = text
        return text.withUTF8 { matches(in: $0, between: nil) }
    }

    /// For each stem, whether it occurs in `text` with `padding`, when given, before and after it
    /// (compared lowercased): the text is read as padded without being copied.
    func matches(in text: UnsafeBufferPointer<UInt8>, between padding: UInt8?) -> [Bool] {
        var found = [Bool](repeating: false, count: stemCount)
        columnOfByte.withUnsafeBufferPointer { columnOfByte in
            next.withUnsafeBufferPointer { next in
                endedStart.withUnsafeBufferPointer { endedStart in
                    endedStems.withUnsafeBufferPointer { endedStems in
                        found.withUnsafeMutableBufferPointer { found in
                            var scan = Scan(columnOfByte: columnOfByte, next: next, endedStart: endedStart, endedStems: endedStems,
                                            found: found, columnBits: columnBits, firstEndState: firstEndState)
                            if let padding { scan.read(padding) }
                            for byte in text { scan.read(byte) }
                            if let padding { scan.read(padding) }
                        }
                    }
                }
            }
        }
        return found
    }

    /// The automaton's tables as unsafe views, its state, and the flags it sets.
    private struct Scan {
        let columnOfByte: UnsafeBufferPointer<UInt8>
        let next: UnsafeBufferPointer<UInt16>
        let endedStart: UnsafeBufferPointer<Int32>
        let endedStems: UnsafeBufferPointer<Int32>
        let found: UnsafeMutableBufferPointer<Bool>
        let columnBits: Int
        let firstEndState: Int
        var state = 0

        @inline(__always)
        mutating func read(_ byte: UInt8) {
            state = Int(next[state << columnBits | Int(columnOfByte[Int(byte)])])
            guard state >= firstEndState else { return }
            let end = state - firstEndState
            for stem in endedStems[Int(endedStart[end])..<Int(endedStart[end + 1])] { found[Int(stem)] = true }
        }
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
