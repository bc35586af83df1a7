/// Expands base verbs into the forms news prose uses ("add" -> add, adds, added, adding).
enum Inflection {
    static func forms(of base: String) -> [String] {
        if base.hasSuffix("e") {
            return [base, base + "s", base + "d", String(base.dropLast()) + "ing"]
        }
        if base.hasSuffix("y"), let before = base.dropLast().last, !"aeiou".contains(before) {
            let stem = String(base.dropLast())
            return [base, stem + "ies", stem + "ied", base + "ing"]
        }
        if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x") {
            return [base, base + "es", base + "ed", base + "ing"]
        }
        return [base, base + "s", base + "ed", base + "ing"]
    }

    static func allForms(_ bases: [String], irregular: [String] = []) -> Set<String> {
        Set(bases.flatMap(forms(of:))).union(irregular)
    }
}
