/// `str` operations with Python's exact results, on code point arrays.
enum PythonString {
    static let capitalSigma: Unicode.Scalar = "\u{03A3}"

    /// `str.lower()`: full case mapping, with the final-sigma rule Swift's `lowercased()` lacks.
    static func lower(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        for (index, scalar) in scalars.enumerated() {
            if scalar == capitalSigma {
                out.append(isFinalSigma(scalars, at: index) ? "\u{03C2}" : "\u{03C3}")
            } else {
                out += scalar.properties.lowercaseMapping.unicodeScalars
            }
        }
        return out
    }

    /// Cased letter before (skipping case-ignorables), and no cased letter after.
    private static func isFinalSigma(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let before = scalars[..<index].last { !$0.properties.isCaseIgnorable }
        guard let before, before.properties.isCased else { return false }
        let after = scalars[(index + 1)...].first { !$0.properties.isCaseIgnorable }
        return !(after?.properties.isCased ?? false)
    }

    static func lower(_ string: String) -> String { self.string(lower(Array(string.unicodeScalars))) }

    /// `s[:-len(suffix)] if s.endswith(suffix) else s`, by code point.
    static func removingSuffix(_ suffix: String, from string: String) -> String {
        let scalars = Array(string.unicodeScalars)
        let tail = Array(suffix.unicodeScalars)
        return scalars.count >= tail.count && Array(scalars.suffix(tail.count)) == tail
            ? self.string(scalars.dropLast(tail.count)) : string
    }

    static func lstrip(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        scalars.drop(while: PythonCharacters.isSpace)
    }

    static func strip(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var trimmed = lstrip(scalars)
        while let last = trimmed.last, PythonCharacters.isSpace(last) { trimmed.removeLast() }
        return trimmed
    }

    /// `str.split()` without arguments: runs of whitespace separate, empty pieces dropped.
    static func split(_ scalars: ArraySlice<Unicode.Scalar>) -> [ArraySlice<Unicode.Scalar>] {
        scalars.split(whereSeparator: PythonCharacters.isSpace)
    }

    /// A text file read in Python's default text mode: CRLF and lone CR become LF.
    static func universalNewlines(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var previousWasCR = false
        for scalar in scalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            out.append(previousWasCR ? "\n" : scalar)
        }
        return out
    }

    /// Python compares strings by code point; Swift's `<` would compare canonically.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
    }

    /// The value of decimal digits of any script; past `Int.max` it saturates (Python's int would not,
    /// but every offset is clamped to the text afterwards).
    static func decimalValue<C: Collection>(_ digits: C) -> Int where C.Element == Unicode.Scalar {
        var value = 0
        for digit in digits {
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(Int(digit.properties.numericValue ?? 0))
            if overflow || carry { return .max }
            value = sum
        }
        return value
    }

    static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
