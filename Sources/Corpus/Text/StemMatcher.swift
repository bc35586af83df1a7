/// Finds which of a fixed list of lowercase stems occur in a text, in one pass over its bytes: an
/// Aho-Corasick automaton, built once, reads one table entry per byte whatever the stems, with no
/// candidates to compare (the grouping by first two bytes it replaces read three tables and compared
/// stems at half the positions of English text, whose common pairs start stems: "in", "re", "co").
/// Everything lives in flat arrays read through unsafe views: no reference counting per byte.
struct StemMatcher: Sendable {
    /// Per text byte, the column of its lowercase in `next`; 0 for a byte no stem holds.
    private let columnOfByte: [UInt8]
    /// Rows of `next` are `1 << columnBits` wide, so that a row start and a column combine by `|`.
    private let columnBits: Int
    /// Per state and column, the state after reading a byte of that column, as the start of its row
    /// (state << columnBits): the next entry is read with no shift. State 0 has read nothing of any stem.
    private let next: [UInt16]
    /// States from this one on have just read the end of a stem; they are numbered last so that one
    /// comparison per byte tells them apart. As a row start, like `next`.
    private let firstEndRow: Int
    /// Per end state, counted from the first, the stems it has just read, as indices into the list:
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
        // 2,048 states at 32 columns: the topic and stance words need about 1,200.
        precondition(trie.next.count <= 1 << 16, "too many stem states for 16-bit rows")

        // Renumbered so that end states come last, in the order they were made.
        let order = trie.ended.indices.filter { trie.ended[$0].isEmpty } + trie.ended.indices.filter { !trie.ended[$0].isEmpty }
        var number = [Int](repeating: 0, count: order.count)
        for (new, old) in order.enumerated() { number[old] = new }
        var next = [UInt16](repeating: 0, count: trie.next.count)
        for (new, old) in order.enumerated() {
            for column in 0..<(1 << columnBits) {
                next[new << columnBits | column] = UInt16(number[trie.next[old << columnBits | column]] << columnBits)
            }
        }
        let firstEndState = trie.ended.filter(\.isEmpty).count
        firstEndRow = firstEndState << columnBits
        let ended = order[firstEndState...].map { trie.ended[$0].sorted().map(Int32.init) }
        endedStart = ended.reduce(into: [Int32(0)]) { $0.append($0.last! + Int32($1.count)) }
        endedStems = ended.flatMap { $0 }
        self.next = next
        self.columnBits = columnBits
        columnOfByte = (0...255).map { columnOfStemByte[Int(ASCIICase.lower(UInt8($0)))] }
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
        return text.withUTF8 { text in
            scan({ automaton in
                for byte in text { automaton.read(byte) }
            }, then: Array.init)
        }
    }

    /// `body` of one flag per stem, set when the stem occurs in the UTF-8 of `text` with `padding`
    /// before and after it (compared lowercased). Code points are read as their bytes, and the flags
    /// live on the stack for the length of `body`: no string, copy or array is made.
    func withMatches<Result>(in text: ArraySlice<Unicode.Scalar>, between padding: UInt8,
                             _ body: (UnsafeBufferPointer<Bool>) -> Result) -> Result {
        scan({ automaton in
            automaton.read(padding)
            for scalar in text {
                if scalar.isASCII {
                    automaton.read(UInt8(truncatingIfNeeded: scalar.value))
                } else {
                    UTF8.encode(scalar) { automaton.read($0) }
                }
            }
            automaton.read(padding)
        }, then: body)
    }

    /// `body` of the flags of the stems found in the bytes `feed` gives the automaton.
    private func scan<Result>(_ feed: (inout Automaton) -> Void, then body: (UnsafeBufferPointer<Bool>) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: stemCount) { found in
            found.initialize(repeating: false)
            columnOfByte.withUnsafeBufferPointer { columnOfByte in
                next.withUnsafeBufferPointer { next in
                    endedStart.withUnsafeBufferPointer { endedStart in
                        endedStems.withUnsafeBufferPointer { endedStems in
                            var automaton = Automaton(columnOfByte: columnOfByte, next: next, firstEndRow: firstEndRow, columnBits: columnBits,
                                                      endedStart: endedStart, endedStems: endedStems, found: found)
                            feed(&automaton)
                        }
                    }
                }
            }
            return body(UnsafeBufferPointer(found))
        }
    }

    /// The automaton as it reads a text: its tables as unsafe views, its row, and the flags it sets.
    private struct Automaton {
        let columnOfByte: UnsafeBufferPointer<UInt8>
        let next: UnsafeBufferPointer<UInt16>
        let firstEndRow: Int
        let columnBits: Int
        let endedStart: UnsafeBufferPointer<Int32>
        let endedStems: UnsafeBufferPointer<Int32>
        let found: UnsafeMutableBufferPointer<Bool>
        var row = 0

        @inline(__always)
        mutating func read(_ byte: UInt8) {
            row = Int(next[row | Int(columnOfByte[Int(byte)])])
            if row >= firstEndRow { setFound() }
        }

        /// Flags the stems that end at the state of `row`, an end state.
        private func setFound() {
            let end = (row - firstEndRow) >> columnBits
            for stem in endedStems[Int(endedStart[end])..<Int(endedStart[end + 1])] { found[Int(stem)] = true }
        }
    }
}

extension UnsafeBufferPointer<Bool> {
    /// The index of the first flag set from `start` on; nil when none is. A statement holds few of the
    /// stems, so eight flags are read at a time while all are clear.
    func firstSet(from start: Int) -> Int? {
        var index = start
        let bytes = UnsafeRawBufferPointer(self)
        while index + 8 <= count, bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) == 0 { index += 8 }
        while index < count {
            if self[index] { return index }
            index += 1
        }
        return nil
    }
}
