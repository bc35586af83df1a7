/// Stamped on every indexed document. Bump it when the extraction engine changes what it finds:
/// documents stamped with another version are extracted again by the next `parley index`.
public enum EngineVersion {
    public static let current = "corpus-1"
}
